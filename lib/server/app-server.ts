import http from 'node:http';
import path from 'node:path';
import next from 'next';
import { PEER_ADDRESS_HEADER } from '@/lib/auth/client-address';
import { getEnv } from '@/lib/env';
import { writeLongStringsAsBuffers } from './buffered-bodies';
import { gateRequests, MAX_WAITING_READS } from './request-gate';

/**
 * Serves the app with Next's request handler behind a plain Node HTTP server, so that every request carries its
 * TCP peer address in PEER_ADDRESS_HEADER (replacing any value a client sent): Next gives route handlers and
 * server actions no socket, only headers, and its own X-Forwarded-For is whatever the client sent.
 */
export async function serveApp({ dev, port, hostname }: { dev: boolean; port: number; hostname?: string }): Promise<http.Server> {
  const app = next({ dev, port, hostname, dir: path.join(__dirname, '..', '..') });
  const handle = app.getRequestHandler();
  await app.prepare();
  const gated = gateRequests((request, response) => void handle(request, response), {
    concurrentReads: getEnv().CONCURRENT_READS,
    maxWaiting: MAX_WAITING_READS,
  });
  const server = http.createServer((request, response) => {
    request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? '';
    writeLongStringsAsBuffers(response);
    gated(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, resolve);
  });
  return server;
}
