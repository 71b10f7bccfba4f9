/**
 * PostgreSQL aborts a transaction that lost a serialization race (40001) or was chosen to break a deadlock (40P01);
 * Prisma reports both as P2034. Such a transaction did nothing and is safe to run again from the start: it is, a
 * bounded number of times, with a short random pause, so concurrent editors get an answer, never a 500.
 */
export const TRANSACTION_ATTEMPTS = 5;
const PAUSE_MS = 20;

export function isRetryableConflict(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'P2034') return true;
  const cause = (error as { cause?: { kind?: unknown } } | null)?.cause;
  return cause?.kind === 'TransactionWriteConflict';
}

export async function retryingConflicts<Result>(run: () => Promise<Result>, attempts = TRANSACTION_ATTEMPTS): Promise<Result> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isRetryableConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS * attempt * (0.5 + Math.random())));
    }
  }
}
