import 'server-only';
import { prisma } from '@/lib/db/prisma';
import { toDateString } from '@/lib/format/dates';

/** One user as the administrator's page for them shows it, with how many sessions they have open; null if none. */
export async function queryAdminUser(id: number) {
  const user = await prisma.user.findUnique({ where: { id }, include: { _count: { select: { sessions: true } } } });
  if (!user) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    disabled: user.disabledAt !== null,
    createdAt: toDateString(user.createdAt),
    openSessions: user._count.sessions,
  };
}
