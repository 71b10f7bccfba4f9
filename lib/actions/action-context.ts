import 'server-only';
import { getCurrentUser } from '@/lib/auth/session';
import { expireFigureDataFromAction } from '@/lib/cache/figure-data';
import { prisma } from '@/lib/db/prisma';
import type { ActionContext } from './run-form-action';

/** The context of a server action: the session of this request, the app's database, and the page cache. */
export const liveActionContext: ActionContext = {
  readUser: getCurrentUser,
  database: prisma,
  afterWrite: expireFigureDataFromAction,
};
