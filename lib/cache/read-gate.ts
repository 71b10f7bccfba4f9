/**
 * At most a few page reads query the database at once; the others wait their turn in order, without using the
 * server's one thread. better-sqlite3 answers synchronously, so every read running at once would take its share of
 * that thread from everything else, and an editor's save would wait behind all of them. Saves never pass this gate.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const CONCURRENT_READS = 3;

let running = 0;
/** Set inside a read that holds a slot: a read it makes itself runs at once, so nested reads never wait on themselves. */
const insideGate = new AsyncLocalStorage<true>();
const waiting: Array<() => void> = [];

function release(): void {
  const next = waiting.shift();
  if (next) next();
  else running -= 1;
}

/** Runs `read` when a slot is free; the slot passes straight to the next waiting read when it ends. */
export async function throughReadGate<Result>(read: () => Promise<Result>): Promise<Result> {
  if (insideGate.getStore()) return read();
  if (running < CONCURRENT_READS) running += 1;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await insideGate.run(true, read);
  } finally {
    release();
  }
}
