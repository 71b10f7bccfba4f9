import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { PrismaClient as PostgresqlPrismaClient } from '@/lib/generated/prisma-postgresql/client';
import { isPostgresqlUrl } from '@/lib/env';

/**
 * A Prisma client on a test database that records every query it sends with its parameters, to read the plans of
 * the queries the app's data modules send (tests/support/query-plans.ts). The same adapters as the app's client
 * (lib/db/connect.ts), with Prisma's query events on.
 */
export interface SentQuery {
  query: string;
  params: unknown[];
}

export interface QueryLoggingClient {
  client: PrismaClient<'query'>;
  sent: SentQuery[];
}

export function createQueryLoggingClient(location: string): QueryLoggingClient {
  const log: Array<{ emit: 'event'; level: 'query' }> = [{ emit: 'event', level: 'query' }];
  const client: PrismaClient<'query'> = isPostgresqlUrl(location)
    ? (new PostgresqlPrismaClient({ adapter: new PrismaPg({ connectionString: location }), log }) as unknown as PrismaClient<'query'>)
    : new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${location}` }), log });
  const sent: SentQuery[] = [];
  client.$on('query', (event) => sent.push({ query: event.query, params: JSON.parse(event.params) as unknown[] }));
  return { client, sent };
}
