/** Where to go after signing in: only a path inside the admin area, never another site ("//evil.example"). */
export function safeReturnPath(requested: string | null | undefined): string {
  if (!requested || !requested.startsWith('/admin') || requested.startsWith('/admin/login')) return '/admin';
  return /^\/admin[\w\-/?=&%.]*$/.test(requested) ? requested : '/admin';
}
