/**
 * Runs start-up work with a timer holding the event loop open.
 *
 * While start-up awaits nothing but promises (PGlite's WebAssembly instantiation resolves through
 * a V8 task, not a libuv handle), libuv has nothing to wait for, `uv_run` returns, and Node waits
 * in `NodePlatform::DrainTasks` until every V8 background job has finished before it runs the
 * next continuation. Those jobs include the optimising compiles of PostgreSQL's hot WebAssembly
 * functions, so a restart spent 0.5-1 s of wall clock doing nothing (main thread asleep on a
 * futex, seen with strace). With a timer pending, libuv keeps polling instead and each
 * continuation runs as soon as it is ready while the compiles go on beside it.
 */
export async function holdingEventLoop<T>(work: () => Promise<T>): Promise<T> {
  // Never fires; only its being pending matters. 2^31-1 ms is the longest delay Node accepts.
  const hold = setInterval(() => {}, 2 ** 31 - 1);
  try {
    return await work();
  } finally {
    clearInterval(hold);
  }
}
