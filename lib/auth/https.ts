/** Whether the request reached us over HTTPS (directly, or through a proxy that says so with X-Forwarded-Proto). */
export function isHttpsRequest(requestHeaders: Headers, requestUrl?: string): boolean {
  const forwarded = requestHeaders.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === 'https';
  return requestUrl ? new URL(requestUrl).protocol === 'https:' : false;
}
