import { describe, expect, it } from 'vitest';
import { holdingEventLoop } from '../src/infra/event-loop.js';

const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

describe('holdingEventLoop', () => {
  it('keeps a timer pending while the work runs and clears it after', async () => {
    const before = timers();
    let during = -1;
    const result = await holdingEventLoop(async () => {
      during = timers();
      await Promise.resolve();
      return 'done';
    });
    expect(result).toBe('done');
    expect(during).toBe(before + 1);
    expect(timers()).toBe(before);
  });

  it('clears the timer and passes the error on when the work fails', async () => {
    const before = timers();
    await expect(
      holdingEventLoop(async () => {
        throw new Error('start-up failed');
      }),
    ).rejects.toThrow('start-up failed');
    expect(timers()).toBe(before);
  });
});
