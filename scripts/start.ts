/**
 * npm start: builds the built-in sample content and serves it, as a reader would get it. Unless
 * SITE_URL is set, the site's address is the one this server answers at, so canonical and share
 * links ("Salin tautan", WhatsApp…) open what the reader sees, not https://warta.example.
 *   HOST (default 127.0.0.1), PORT (default 4173), SITE_URL (default http://HOST:PORT)
 */
import { spawnSync } from 'node:child_process';
import { siteUrlForLocalRun } from './lib/local-site-url';

const env = { ...process.env, SITE_URL: siteUrlForLocalRun(process.env) };
console.log(`Building with SITE_URL=${env.SITE_URL}`);
for (const [command, args] of [
  ['npm', ['run', 'build']],
  ['npx', ['tsx', 'scripts/serve.ts']],
] as const) {
  const { status } = spawnSync(command, args, { env, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
