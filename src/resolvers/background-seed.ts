/**
 * Work a first start does after it listens (the demo parcels) instead of before: answering the
 * first request must not wait for ~1 s of ingestion. A lookup that finds nothing while the
 * work is pending waits for it and looks again, so a demo parcel is never reported missing.
 */
export class BackgroundSeed {
  #pending: Promise<void> | null = null;
  #started = false;
  #cancel = () => {};

  /**
   * Runs `work` once, `delayMs` from now; pending from this call on, so a lookup in that moment
   * already waits. A failure goes to `onError`, not to the waiting lookups.
   */
  start(work: () => Promise<void>, delayMs: number, onError: (error: unknown) => void): void {
    if (this.#started) return;
    this.#started = true;
    let cancelled = false;
    const delay = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, delayMs);
      this.#cancel = () => {
        cancelled = true;
        clearTimeout(timer);
        resolve();
      };
    });
    this.#pending = delay
      .then(() => (cancelled ? undefined : work()))
      .catch(onError)
      .finally(() => {
        this.#pending = null;
      });
  }

  /** True after waiting for work in progress; false at once when none is (the usual case). */
  async waitedFor(): Promise<boolean> {
    const pending = this.#pending;
    if (!pending) return false;
    await pending;
    return true;
  }

  /** Skips work still waiting for its delay, and waits for work already running. */
  async stop(): Promise<void> {
    this.#cancel();
    await this.#pending;
  }
}
