/**
 * Throughput of a per-message function, measured so that it holds still on a shared machine:
 * a warm-up (so the optimising compiler has settled), then several equal rounds, each timed on
 * the wall clock and in CPU time of this process.
 */

export interface Throughput {
  readonly rounds: number;
  /** Messages read per round. */
  readonly perRound: number;
  /** Seconds per round, fastest first. */
  readonly wall: readonly number[];
  readonly cpu: readonly number[];
  /** False when no message got an answer (the function under test did nothing useful). */
  readonly answered: boolean;
}

export interface ThroughputOptions {
  readonly rounds?: number;
  /** Messages read per round, rounded up to whole passes over the inputs. */
  readonly perRound?: number;
  readonly warmupPasses?: number;
}

export function measureThroughput(
  read: (message: string) => number,
  inputs: readonly string[],
  options: ThroughputOptions = {},
): Throughput {
  const { rounds = 5, perRound = 60_000, warmupPasses = 2 } = options;
  let sink = 0;
  for (let p = 0; p < warmupPasses; p++) for (const m of inputs) sink += read(m);
  const passes = Math.max(1, Math.ceil(perRound / Math.max(1, inputs.length)));
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    for (let p = 0; p < passes; p++) for (const m of inputs) sink += read(m);
    const used = process.cpuUsage(cpuStart);
    wall.push((performance.now() - start) / 1000);
    cpu.push((used.user + used.system) / 1e6);
  }
  const ascending = (a: number, b: number) => a - b;
  return {
    rounds,
    perRound: passes * inputs.length,
    wall: wall.sort(ascending),
    cpu: cpu.sort(ascending),
    answered: sink > 0,
  };
}

/** Middle value of an ascending list (the lower middle for an even count). */
export function median(ascending: readonly number[]): number {
  return ascending[(ascending.length - 1) >> 1]!;
}

/**
 * The messages throughput is measured on: each corpus wording bare, with a place code after it
 * and in capitals, as carriers' systems send the same event.
 */
export function throughputInputs(messages: readonly string[]): string[] {
  return messages.flatMap((m, i) => [m, `${m} [Hub ${i}]`, m.toUpperCase()]);
}
