/** Small helpers the benchmarks share: timed child processes, a static server, medians. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import os from 'node:os';

export interface Measured {
  seconds: number;
  /** Peak resident memory of the process tree's largest process, in MB (GNU time's %M). */
  peakMb: number;
}

/** Runs a command under GNU time and returns its wall time and peak memory; throws if it fails. */
export async function timed(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measured> {
  const reportFile = `${os.tmpdir()}/warta-time-${process.pid}-${Date.now()}.txt`;
  await new Promise<void>((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%e %M', '-o', reportFile, command, ...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
  const [seconds = '0', kilobytes = '0'] = (await readFile(reportFile, 'utf8')).trim().split(/\s+/).slice(-2);
  return { seconds: Number(seconds), peakMb: Math.round(Number(kilobytes) / 1024) };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export interface Server {
  /** Stops the server and every process it started (npx, tsx, node). */
  stop: () => void;
}

async function portAnswers(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/`);
    return true;
  } catch {
    return false;
  }
}

/** Starts the project's static server (scripts/serve.ts) on a free port and waits until it answers. */
export async function startServer(cwd: string, distDir: string, port: number): Promise<Server> {
  if (await portAnswers(port)) throw new Error(`port ${port} is taken: stop what is serving there first`);
  // Its own process group, so stopping it stops npx's children too.
  const child: ChildProcess = spawn('npx', ['tsx', 'scripts/serve.ts'], {
    cwd,
    env: { ...process.env, PORT: String(port), DIST_DIR: distDir },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const stop = () => {
    if (child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  for (let attempt = 0; attempt < 300; attempt += 1) {
    // Any answer, even a 404, means it is up.
    if (await portAnswers(port)) return { stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`the server on port ${port} did not start within a minute`);
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.type()} ${os.release()}`;
}
