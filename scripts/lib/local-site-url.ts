/**
 * The site URL of a local run: SITE_URL when it is set, else the address the local server answers
 * at (http://HOST:PORT, 127.0.0.1:4173 by default), so that the links a page shares open on this
 * machine. In: the environment; out: an origin without a trailing slash.
 */
export function siteUrlForLocalRun(env: Readonly<Record<string, string | undefined>>): string {
  if (env.SITE_URL) return env.SITE_URL.replace(/\/+$/, '');
  const host = env.HOST ?? '127.0.0.1';
  return `http://${host.includes(':') ? `[${host}]` : host}:${env.PORT ?? '4173'}`;
}
