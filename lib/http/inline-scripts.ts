/**
 * The one inline script the app writes itself (in the root layout): it marks the page as scripted, so chart frames
 * and loading skeletons show only where a script can fill them. Kept here so the admin pages' policy can allow it
 * by its hash (lib/http/content-security-policy.ts).
 */
export const MARK_SCRIPTING = "document.documentElement.classList.add('js')";
