import 'server-only';
import { getDatabaseLocation, getEnv } from '@/lib/env';
import { createPrismaClient, type PrismaClient } from './connect';

// One client per process: Next's dev server reloads modules, so the client is kept on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.prisma ?? createPrismaClient(getDatabaseLocation());

if (getEnv().NODE_ENV !== 'production') globalForPrisma.prisma = prisma;
