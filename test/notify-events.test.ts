import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { NotifyEventTarget } from '../src/db/notify-event-target.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const silent = pino({ level: 'silent' });

/**
 * The payloads of the `pg_notify` statements the database driver is asked to run that carry
 * `topic` (the app's own event target shares the driver and may publish too).
 */
function spyOnNotify(t: TestApp, topic: string) {
  const { driver } = t.database;
  const target = (driver.kind === 'pglite' ? driver.client : driver.pool) as unknown as {
    query: (...args: unknown[]) => unknown;
  };
  const spy = vi.spyOn(target, 'query');
  return {
    payloads: () =>
      spy.mock.calls
        .filter(([sql]) => typeof sql === 'string' && sql.includes('pg_notify'))
        .map(([, params]) => (params as string[])[1]!)
        .filter((payload) => payload.includes(`"topic":"${topic}"`)),
    restore: () => spy.mockRestore(),
  };
}

function heard(events: EventTarget, topic: string): unknown[] {
  const details: unknown[] = [];
  events.addEventListener(topic, (e) => details.push((e as CustomEvent).detail));
  return details;
}

async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('events through PostgreSQL NOTIFY', () => {
  let t: TestApp;
  let events: NotifyEventTarget;
  beforeAll(async () => {
    t = await createTestApp();
    events = new NotifyEventTarget(t.database, silent);
    await events.start();
  });
  afterAll(async () => {
    await events.close();
    await t.close();
  });

  it('sends publishes made close together as one NOTIFY, each heard in order', async () => {
    const notify = spyOnNotify(t, 'burst');
    const details = heard(events, 'burst');
    for (let i = 0; i < 5; i++) events.dispatchEvent(new CustomEvent('burst', { detail: { i } }));
    await until(() => details.length === 5);
    expect(details).toEqual([0, 1, 2, 3, 4].map((i) => ({ i })));
    expect(notify.payloads()).toHaveLength(1);
    notify.restore();
  });

  it('starts another NOTIFY where one would pass PostgreSQL payload limit', async () => {
    const notify = spyOnNotify(t, 'big');
    const details = heard(events, 'big');
    const filler = 'x'.repeat(3_000);
    for (let i = 0; i < 3; i++) {
      events.dispatchEvent(new CustomEvent('big', { detail: { i, filler } }));
    }
    await until(() => details.length === 3);
    expect(details.map((d) => (d as { i: number }).i)).toEqual([0, 1, 2]);
    const payloads = notify.payloads();
    expect(payloads).toHaveLength(2);
    for (const p of payloads) expect(Buffer.byteLength(p)).toBeLessThan(8_000);
    notify.restore();
  });

  it('refuses an event too large for any NOTIFY, and still sends the others', async () => {
    const details = heard(events, 'mixed');
    expect(events.dispatchEvent(new CustomEvent('mixed', { detail: 'y'.repeat(8_000) }))).toBe(
      false,
    );
    expect(events.dispatchEvent(new CustomEvent('mixed', { detail: 'small' }))).toBe(true);
    await until(() => details.length === 1);
    expect(details).toEqual(['small']);
  });

  it('hears a single envelope, as an instance of the previous version sends it', async () => {
    const details = heard(events, 'legacy');
    const { driver } = t.database;
    const sql = 'select pg_notify($1, $2)';
    const params = ['wismo_events', JSON.stringify({ topic: 'legacy', detail: 7 })];
    if (driver.kind === 'pglite') await driver.client.query(sql, params);
    else await driver.pool.query(sql, params);
    await until(() => details.length === 1);
    expect(details).toEqual([7]);
  });

  it('sends what is waiting when it closes', async () => {
    const closing = new NotifyEventTarget(t.database, silent);
    await closing.start();
    const details = heard(events, 'last-words');
    closing.dispatchEvent(new CustomEvent('last-words', { detail: 'bye' }));
    await closing.close();
    await until(() => details.length === 1);
    expect(details).toEqual(['bye']);
  });
});
