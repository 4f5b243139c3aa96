/**
 * The yardstick: raw node:http + pg (Pool of 10) answering what the benchmark asks the product,
 * each from one SQL statement. Run by run.ts as its own process:
 * `DATABASE_URL=... PORT=... node --import tsx bench/baseline-server.ts`.
 * Routes: GET /shipment?n=..., GET /knowledge, GET /select1, POST /ingest.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import pg from 'pg';
import { INGEST_SQL, KNOWLEDGE_SQL, SHIPMENT_SQL } from './baseline-sql.js';
import { DEFAULT_DATABASE_URL } from './options.js';

interface IngestBody {
  trackingNumber: string;
  events: { eventId: string; occurredAt: string; location: string; message: string }[];
}

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL || DEFAULT_DATABASE_URL,
  max: 10,
  statement_timeout: 5_000,
});
pool.on('error', () => {});

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function one(name: string, text: string, values: unknown[]): Promise<string | undefined> {
  const { rows } = await pool.query<{ body: string }>({ name, text, values });
  return rows[0]?.body;
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://baseline');
  if (req.method === 'GET' && url.pathname === '/shipment') {
    const body = await one('shipment', SHIPMENT_SQL, [url.searchParams.get('n') ?? '']);
    return send(res, 200, `{"data":{"shipment":${body ?? '{}'}}}`);
  }
  if (req.method === 'GET' && url.pathname === '/knowledge') {
    return send(res, 200, `{"data":${await one('knowledge', KNOWLEDGE_SQL, [])}}`);
  }
  if (req.method === 'GET' && url.pathname === '/select1') {
    await pool.query({ name: 'select1', text: 'select 1' });
    return send(res, 200, '{"data":{"ok":1}}');
  }
  if (req.method === 'POST' && url.pathname === '/ingest') {
    const input = JSON.parse(await readBody(req)) as IngestBody;
    const body = await one('ingest', INGEST_SQL, [
      input.trackingNumber,
      input.events.map((e) => e.eventId),
      input.events.map((e) => e.occurredAt),
      input.events.map((e) => e.location),
      input.events.map((e) => e.message),
    ]);
    return send(res, 200, `{"data":{"recordTrackingEvents":${body}}}`);
  }
  if (url.pathname === '/healthz') return send(res, 200, '{"ok":true}');
  send(res, 404, '{"error":"not found"}');
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) send(res, 500, '{"error":"internal"}');
  });
});
server.keepAliveTimeout = 5_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(`baseline listening http://127.0.0.1:${port}`);
});
const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
