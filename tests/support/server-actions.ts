import fs from 'node:fs';
import path from 'node:path';
import type { APIResponse, BrowserContext } from 'playwright-core';

/**
 * Calls server actions of the running production build over HTTP, as a browser's form would: the action id from
 * the build's server reference manifest in the `Next-Action` header, the arguments encoded by React's own
 * `encodeReply`, so each call goes through Next's action handling and the action's own checks.
 */

const MANIFEST = path.join(__dirname, '..', '..', '.next', 'server', 'server-reference-manifest.json');

interface ManifestEntry {
  filename?: string;
  exportedName?: string;
  workers?: Record<string, unknown>;
}

export interface BuiltAction {
  id: string;
  /** A page whose forms use the action ("/admin/account"), to post it to as a browser would. */
  pagePath: string;
}

/** "app/admin/(signed-in)/users/[id]/page" → "/admin/users/1". */
function pathOfWorker(worker: string): string {
  const segments = worker.replace(/^app\//, '').replace(/\/page$/, '').split('/');
  const visible = segments.filter((segment) => !/^\(.*\)$/.test(segment)).map((segment) => (/^\[.*\]$/.test(segment) ? '1' : segment));
  return `/${visible.join('/')}`;
}

/** Each built server action by "<file>#<export>" (e.g. "lib/actions/account-actions.ts#signInAction"). */
export function builtServerActions(): Map<string, BuiltAction> {
  const manifest = JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as { node: Record<string, ManifestEntry> };
  const actions = new Map<string, BuiltAction>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    const worker = Object.keys(entry.workers ?? {}).find((name) => name.endsWith('/page'));
    if (entry.filename && entry.exportedName) actions.set(`${entry.filename}#${entry.exportedName}`, { id, pagePath: worker ? pathOfWorker(worker) : '/admin' });
  }
  return actions;
}

export interface ActionCall {
  status: number;
  /** The state the action returned (the object with a `status`), when it returned one. */
  state: { status?: string; message?: string } | null;
  /** Where the action redirected to, when it did. */
  redirectedTo: string | null;
  setCookie: string | null;
}

// React's client encoder, compiled into Next; loaded lazily so that only suites calling actions need it.
type EncodeReply = (value: unknown) => Promise<string | FormData>;
function encodeReply(): EncodeReply {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS file of Next's with no types, loaded only when used
  return (require('next/dist/compiled/react-server-dom-webpack/client.node.js') as { encodeReply: EncodeReply }).encodeReply;
}

/** A `useActionState` action's arguments (previous state, form data), encoded as React's client sends them. */
async function encodeActionArguments(fields: Record<string, string>): Promise<string | FormData> {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) formData.set(name, value);
  return encodeReply()([{ status: 'idle' }, formData]);
}

/**
 * Posts a `useActionState` action from a browser context's own HTTP client, so the cookies the answer sets are
 * stored in the context as the browser would store them.
 */
export async function postServerAction(
  context: BrowserContext,
  baseUrl: string,
  actionId: string,
  fields: Record<string, string>,
  pagePath: string,
): Promise<APIResponse> {
  const body = await encodeActionArguments(fields);
  const headers = { accept: 'text/x-component', 'next-action': actionId, origin: baseUrl };
  return context.request.post(`${baseUrl}${pagePath}`, { headers, maxRedirects: 0, ...(typeof body === 'string' ? { data: body } : { multipart: body }) });
}

/** Calls a `useActionState` action (previous state, form data) as posted from `pagePath`. */
export async function callServerAction(
  baseUrl: string,
  actionId: string,
  fields: Record<string, string>,
  { cookie, pagePath = '/admin', headers = {} }: { cookie?: string; pagePath?: string; headers?: Record<string, string> } = {},
): Promise<ActionCall> {
  const body = await encodeActionArguments(fields);
  const response = await fetch(`${baseUrl}${pagePath}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { accept: 'text/x-component', 'next-action': actionId, ...(cookie ? { cookie } : {}), ...headers },
    body,
  });
  const text = await response.text();
  let state: ActionCall['state'] = null;
  for (const line of text.split('\n')) {
    const json = /^[0-9a-f]+:(\{.*\})$/.exec(line)?.[1];
    if (!json) continue;
    const value = JSON.parse(json) as Record<string, unknown>;
    if (typeof value.status === 'string') state = value;
  }
  const redirect = response.headers.get('x-action-redirect');
  return { status: response.status, state, redirectedTo: redirect ? redirect.split(';')[0]! : null, setCookie: response.headers.get('set-cookie') };
}
