/**
 * npm run start:live — Warta rendered on request, behind a real HTTP cache, on loopback: the
 * built-in content API (unless CONTENT_API_URL names one), the render server, and Varnish in front.
 * Builds first when nothing is built. Prints the public address (Varnish's); Ctrl-C stops them all.
 * Every setting is read at run time, and every port and folder is one, so two copies can run side
 * by side (see the README's settings table):
 *   PORT (8080) public · RENDER_PORT (3000) · CONTENT_API_PORT (3001) · PURGE_PORT (8081, Varnish's
 *   purge listener) · SITE_URL (http://127.0.0.1:PORT) · PUBLISH_TOKEN (made up and printed when not
 *   set) · CONTENT_API_URL (none: the built-in API over CONTENT_DIR, default content/sample) ·
 *   CONTENT_WORK_DIR · VARNISH_DIR (.cache/varnish/PORT) · VARNISH_MEMORY (256m) · VARNISHD (varnishd)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const env = process.env;
const host = '127.0.0.1';
const port = Number(env.PORT ?? 8080);
const renderPort = Number(env.RENDER_PORT ?? 3000);
const contentPort = Number(env.CONTENT_API_PORT ?? 3001);
const purgePort = Number(env.PURGE_PORT ?? 8081);
const siteUrl = env.SITE_URL ?? `http://${host}:${port}`;
const publishToken = env.PUBLISH_TOKEN ?? randomBytes(18).toString('base64url');
const contentApiUrl = (env.CONTENT_API_URL ?? `http://${host}:${contentPort}`).replace(/\/+$/, '');
const varnishDir = path.resolve(env.VARNISH_DIR ?? path.join('.cache/varnish', String(port)));
const varnishd = env.VARNISHD ?? 'varnishd';

const children: ChildProcess[] = [];
let stopping = false;

function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  // Each child leads a process group of its own: the signal reaches whatever it started too.
  for (const child of children) {
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  }
  setTimeout(() => process.exit(code), 1000).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
process.on('exit', () => stop(0));

function start(name: string, command: string, args: string[], extraEnv: Record<string, string>): ChildProcess {
  const child = spawn(command, args, { env: { ...env, ...extraEnv }, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${name} stopped (${signal ?? `exit ${code ?? '?'}`}); stopping the rest.`);
    stop(1);
  });
  return child;
}

/** Waits until `url` answers 200, for at most `seconds`. */
async function ready(url: string, seconds = 60): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (stopping) throw new Error('stopped');
    const ok = await fetch(url, { signal: AbortSignal.timeout(2000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer in ${seconds} s`);
}

if (!existsSync('dist/index.html') || !existsSync('dist-ssr/live-app.js')) {
  console.log('Nothing is built yet: npm run build first.');
  const { status } = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...env, SITE_URL: siteUrl } });
  if (status !== 0) process.exit(status ?? 1);
}

try {
  if (!env.CONTENT_API_URL) {
    start('content API', process.execPath, ['--import', 'tsx', 'scripts/live/content-api.ts'], { CONTENT_API_HOST: host, CONTENT_API_PORT: String(contentPort) });
    await ready(`${contentApiUrl}/_health`, 120);
  }
  start('render server', process.execPath, ['--import', 'tsx', 'scripts/live/render-server.ts'], {
    RENDER_HOST: host,
    RENDER_PORT: String(renderPort),
    CONTENT_API_URL: contentApiUrl,
    SITE_URL: siteUrl,
    PUBLISH_TOKEN: publishToken,
    PURGE_URL: `http://${host}:${purgePort}/`,
  });
  await ready(`http://${host}:${renderPort}/_health`);

  const vcl = (await readFile('varnish/warta.vcl', 'utf8')).replaceAll('__RENDER_HOST__', host).replaceAll('__RENDER_PORT__', String(renderPort));
  await rm(varnishDir, { recursive: true, force: true });
  await mkdir(varnishDir, { recursive: true });
  await writeFile(path.join(varnishDir, 'warta.vcl'), vcl);
  start('varnish', varnishd, [
    '-F',
    '-a', `${host}:${port}`,
    '-a', `purge=${host}:${purgePort}`,
    '-f', path.join(varnishDir, 'warta.vcl'),
    '-n', path.join(varnishDir, 'work'),
    '-s', `malloc,${env.VARNISH_MEMORY ?? '256m'}`,
    '-T', 'none',
  ], {});
  await ready(`http://${host}:${port}/_health`);

  console.log(`\nWarta (live) is at http://${host}:${port}/ (site URL ${siteUrl}).`);
  console.log(`Publish: curl -X POST -H 'Authorization: Bearer ${publishToken}' -H 'Content-Type: application/json' -d '{"slugs":["<slug>"]}' http://${host}:${port}/_publish`);
  console.log('Ctrl-C stops it.');
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  stop(1);
}
