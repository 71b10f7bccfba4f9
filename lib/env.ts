import net from 'node:net';
import path from 'node:path';
import { z } from 'zod';

/** "10.0.0.0/8" or "203.0.113.7": an address, with an optional prefix length that fits its family. */
function isAddressOrRange(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = net.isIP(address);
  if (!family || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

/**
 * The one place that reads process.env. Everything else asks `getEnv()`, so configuration is validated once
 * and a wrong value stops the app with a message naming the variable.
 */
const environmentSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^(file:.+|postgres(ql)?:\/\/.+)/, 'must be a SQLite file URL such as file:./data/dashboard.db or a PostgreSQL URL such as postgresql://user@host:5432/figures')
    .default('file:./data/dashboard.db'),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ADMIN_EMAIL: z.email('must be an email address').optional(),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((list) => list.split(',').map((entry) => entry.trim()).filter(Boolean))
    .refine((entries) => entries.every(isAddressOrRange), 'must be comma-separated IP addresses or CIDR ranges, such as 10.0.0.0/8,127.0.0.1'),
  // Read by lib/cache/redis-cache-handler.js too, which Next loads outside the bundle.
  REDIS_URL: z.string().trim().regex(/^rediss?:\/\/./, 'must be a Redis URL such as redis://127.0.0.1:6379').optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Public page and API reads the server renders at once; the others wait their turn (lib/server/request-gate.ts). */
  CONCURRENT_READS: z.coerce.number().int().min(1).max(64).default(2),
}).refine((environment) => !isPostgresqlUrl(environment.DATABASE_URL) || environment.SESSION_SECRET !== undefined, {
  // Several instances share one PostgreSQL database, so they must seal cookies with one key, given to each.
  path: ['SESSION_SECRET'],
  message: 'is required when DATABASE_URL is a PostgreSQL URL (at least 32 characters, the same on every instance)',
});

export type Environment = z.infer<typeof environmentSchema>;

/** A variable with a value the app cannot use; the message names each one and what it must be. */
export class EnvironmentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnvironmentError';
  }
}

let cached: Environment | undefined;

/** The validated environment; throws one readable error listing every bad variable. */
export function getEnv(): Environment {
  if (cached) return cached;
  const blankToUndefined = Object.fromEntries(
    Object.entries(process.env).map(([key, value]) => [key, value === '' ? undefined : value]),
  );
  const parsed = environmentSchema.safeParse(blankToUndefined);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ');
    throw new EnvironmentError(`Invalid environment: ${problems}`);
  }
  cached = parsed.data;
  return cached;
}

/** Whether a DATABASE_URL names a PostgreSQL database (postgresql:// or postgres://) rather than a SQLite file. */
export function isPostgresqlUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** A tool that works on a SQLite file only, asked to work while DATABASE_URL names a PostgreSQL database. */
export class SqliteOnlyError extends Error {
  constructor(tool: string) {
    super(`${tool} works on SQLite only, and DATABASE_URL is a PostgreSQL URL. On PostgreSQL use its own tools (pg_dump, pg_restore).`);
    this.name = 'SqliteOnlyError';
  }
}

/**
 * The absolute path of the SQLite file named by DATABASE_URL (relative paths are relative to the project root).
 * `tool` names what needs a file, for the error when DATABASE_URL is a PostgreSQL URL.
 */
export function getDatabasePath(tool = 'This'): string {
  const url = getEnv().DATABASE_URL;
  if (isPostgresqlUrl(url)) throw new SqliteOnlyError(tool);
  return databasePathFromUrl(url);
}

/** What createPrismaClient connects to: the PostgreSQL URL as given, or the SQLite file's absolute path. */
export function getDatabaseLocation(): string {
  const url = getEnv().DATABASE_URL;
  return isPostgresqlUrl(url) ? url : databasePathFromUrl(url);
}

export function databasePathFromUrl(url: string): string {
  // Resolved at run time against the working directory, so the bundler must not trace it.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), url.replace(/^file:/, ''));
}

/** The environment for a child process (next build / next start): this one's, without Next's telemetry. */
export function childProcessEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...extra };
}
