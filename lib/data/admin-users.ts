import 'server-only';
import { prisma } from '@/lib/db/prisma';

/** One user as the administrator's page for them shows it, with how many sessions they have open; null if none. */
export async function fetchAdminUser(id: number) {
  const user = await prisma.user.findUnique({ where: { id }, include: { _count: { select: { sessions: true } } } });
  if (!user) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    disabled: user.disabledAt !== null,
    createdAt: user.createdAt.toISOString().slice(0, 10),
    openSessions: user._count.sessions,
  };
}
