import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { clientIp } from '../src/plugins/client-ip.js';
import { gql } from './support/gql.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    WISMO_DEMO_DATA: 'false',
    WISMO_RATE_LOOKUPS_PER_MIN: '2',
    WISMO_TRUST_PROXY: 'true',
  });
});
afterAll(async () => {
  await t?.close();
});

const lookup = '{ detectCarrier(trackingNumber: "RB123456785GB") { carrier } }';

describe('trusted proxies (issue 16, item 4)', () => {
  it('ignores the client-written leftmost X-Forwarded-For entry', async () => {
    // One load balancer appends the real peer (192.0.2.50); the caller forges the rest.
    const forged = (fake: string) => ({ 'x-forwarded-for': `${fake}, 192.0.2.50` });
    expect((await gql(t.app, lookup, {}, forged('10.0.0.1'))).errors).toBeUndefined();
    expect((await gql(t.app, lookup, {}, forged('10.0.0.2'))).errors).toBeUndefined();
    const third = await gql(t.app, lookup, {}, forged('10.0.0.3'));
    expect(third.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // Another real client behind the same balancer has its own budget.
    const other = await gql(t.app, lookup, {}, { 'x-forwarded-for': '10.0.0.1, 192.0.2.51' });
    expect(other.errors).toBeUndefined();
  });

  it('counts hops from the right or believes only listed proxy addresses', () => {
    const request = (peer: string, xff: string) => ({
      request: new Request('http://x/', { headers: { 'x-forwarded-for': xff } }),
      req: { socket: { remoteAddress: peer } },
    });
    const ip = (env: Record<string, string>, peer: string, xff: string) =>
      clientIp(loadConfig({ ...env }))(request(peer, xff));
    expect(ip({}, '10.1.1.1', '6.6.6.6')).toBe('10.1.1.1');
    expect(ip({ WISMO_TRUST_PROXY: '2' }, '10.1.1.1', '6.6.6.6, 7.7.7.7, 8.8.8.8')).toBe('7.7.7.7');
    // Every listed proxy is skipped, so the first address they did not write is the client.
    expect(ip({ WISMO_TRUST_PROXY: '10.0.0.0/8' }, '10.1.1.1', '6.6.6.6, 10.2.2.2')).toBe(
      '6.6.6.6',
    );
    expect(ip({ WISMO_TRUST_PROXY: '10.0.0.0/8' }, '10.1.1.1', '6.6.6.6, 10.2.2.2, 5.5.5.5')).toBe(
      '5.5.5.5',
    );
    // A peer that is not a trusted proxy is the client, whatever the header says.
    expect(ip({ WISMO_TRUST_PROXY: '10.0.0.0/8' }, '8.8.4.4', '6.6.6.6')).toBe('8.8.4.4');
    expect(() => loadConfig({ WISMO_TRUST_PROXY: 'not-an-address' })).toThrow(ConfigError);
  });
});
