/**
 * The live stack for a test: the built-in content API over a copy of the sample content (so a test
 * can add, change and remove stories), and `npm run start:live` in front of it on free ports: render
 * server and Varnish. The content API is the test's own process, so a test can stop and start it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, cp, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const SITE_URL = 'https://warta.example';
export const TOKEN = 'token-uji-terbit';

/** `count` distinct free ports on loopback: each held open until all are chosen, so none is given twice. */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<Server>((resolve, reject) => {
          const server = createServer();
          server.on('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => {
    const address = server.address();
    return typeof address === 'object' && address ? address.port : 0;
  });
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** Polls `check` until it returns true: a condition, never a guessed wait. Throws after `seconds`. */
export async function until(check: () => Promise<boolean>, seconds = 60): Promise<void> {
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`not so within ${seconds} s`);
}

const answers = (url: string) => () => fetch(url, { signal: AbortSignal.timeout(2000) }).then((response) => response.ok);

function spawnGroup(args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  child.unref();
  return child;
}

function killGroup(child: ChildProcess | undefined): Promise<void> {
  const pid = child?.pid;
  if (!child || pid === undefined || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      resolve();
    }
  });
}

export interface Stack {
  /** The public address (Varnish's), no trailing slash. */
  url: string;
  /** The render server's own address (behind the cache). */
  renderUrl: string;
  /** Varnish's purge listener. */
  purgeUrl: string;
  /** The copy of the content the built-in API serves. */
  contentDir: string;
  publish: (slugs: string[]) => Promise<Response>;
  stopContentApi: () => Promise<void>;
  startContentApi: () => Promise<void>;
  stop: () => Promise<void>;
}

export async function startStack(): Promise<Stack> {
  const work = await mkdtemp(path.join(tmpdir(), 'warta-live-'));
  // Varnish reads its VCL as its own unprivileged user: the folder must be open to it.
  await chmod(work, 0o755);
  const contentDir = path.join(work, 'content');
  await cp('content/sample', contentDir, { recursive: true });
  const [port = 0, renderPort = 0, contentPort = 0, purgePort = 0] = await freePorts(4);
  const contentApiUrl = `http://127.0.0.1:${contentPort}`;
  let contentApi: ChildProcess | undefined;
  const startContentApi = async () => {
    contentApi = spawnGroup(['scripts/live/content-api.ts'], {
      CONTENT_DIR: contentDir,
      CONTENT_API_PORT: String(contentPort),
      // Kept between runs: the sample's images are made once.
      CONTENT_WORK_DIR: path.resolve('.cache/content-api/live-tests'),
    });
    await until(answers(`${contentApiUrl}/_health`), 180);
  };
  let live: ChildProcess | undefined;
  const stop = async () => {
    await Promise.all([killGroup(live), killGroup(contentApi)]);
    await rm(work, { recursive: true, force: true });
  };
  try {
    await startContentApi();
    live = spawnGroup(['scripts/live/start.ts'], {
      PORT: String(port),
      RENDER_PORT: String(renderPort),
      PURGE_PORT: String(purgePort),
      CONTENT_API_URL: contentApiUrl,
      SITE_URL,
      PUBLISH_TOKEN: TOKEN,
      VARNISH_DIR: path.join(work, 'varnish'),
      // The search compares itself with the archive every second here (30 s by default): a story saved without a publish call is found in the test's time.
      SEARCH_SYNC_MS: '1000',
    });
    await until(answers(`http://127.0.0.1:${port}/_health`), 180);
  } catch (error) {
    await stop();
    throw error;
  }
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    renderUrl: `http://127.0.0.1:${renderPort}`,
    purgeUrl: `http://127.0.0.1:${purgePort}/`,
    contentDir,
    publish: (slugs) =>
      fetch(`${url}/_publish`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ slugs }) }),
    stopContentApi: () => killGroup(contentApi),
    startContentApi,
    stop,
  };
}
