/**
 * Work a first start does after it listens (the demo parcels) instead of before: answering the
 * first request must not wait for ~1 s of ingestion. A lookup that finds nothing while the
 * work runs waits for it and looks again, so a demo parcel is never reported missing.
 */
export class BackgroundSeed {
  #pending: Promise<void> | null = null;

  /** Starts `work`; a failure is the caller's to report (the promise returned rejects). */
  run(work: () => Promise<void>): Promise<void> {
    const running = work();
    this.#pending = running.then(
      () => {},
      () => {},
    );
    void this.#pending.then(() => {
      this.#pending = null;
    });
    return running;
  }

  /** True after waiting for work in progress; false at once when none is (the usual case). */
  async waitedFor(): Promise<boolean> {
    const pending = this.#pending;
    if (!pending) return false;
    await pending;
    return true;
  }
}
