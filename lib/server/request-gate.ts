/**
 * Admits public reads a few at a time, so that an editor's save never waits behind dozens of page renders.
 *
 * Node renders every page on the server's one thread. With forty readers in flight, each render runs in short turns
 * between everyone else's, and a save that arrives waits for all of those turns at each of its own awaits. So only
 * `concurrentReads` public GETs (CONCURRENT_READS, 2 by default) run at once and the others wait their turn in
 * arrival order, without using the thread. Editors' requests (anything under /admin or /api/admin, and every request
 * that is not a GET or HEAD) and Next's static files pass at once. A slot is freed when its response is finished or
 * its client goes away.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void;

export interface RequestGateOptions {
  concurrentReads: number;
  /** Reads waiting beyond this many are answered 503 with Retry-After at once, instead of queuing without end. */
  maxWaiting: number;
}

/** Reads waiting beyond this many are refused with a 503 rather than kept for ever. */
export const MAX_WAITING_READS = 1_000;

const PRIORITY_PATH = /^\/(?:admin|api\/admin|_next\/static)(?:\/|$|\?)/;

/** Whether a request passes the gate at once: an editor's work, a write of any kind, or a static file. */
export function passesAtOnce(request: IncomingMessage): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return true;
  return PRIORITY_PATH.test(request.url ?? '/');
}

/** Wraps a request handler with the gate. */
export function gateRequests(handle: RequestHandler, options: RequestGateOptions): RequestHandler {
  let running = 0;
  const waiting: Array<() => void> = [];

  const admit = (request: IncomingMessage, response: ServerResponse) => {
    running += 1;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      running -= 1;
      // The next waiting read whose client is still there takes the slot.
      while (running < options.concurrentReads && waiting.length > 0) waiting.shift()!();
    };
    response.once('close', release);
    response.once('finish', release);
    handle(request, response);
  };

  return (request, response) => {
    if (passesAtOnce(request)) return handle(request, response);
    if (running < options.concurrentReads) return admit(request, response);
    if (waiting.length >= options.maxWaiting) {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '1', 'cache-control': 'no-store' });
      response.end('The server is busy; try again in a moment.\n');
      return;
    }
    waiting.push(() => {
      // A reader who went away while waiting is not served; the slot goes on to the next.
      if (!request.socket.destroyed) admit(request, response);
    });
  };
}
