/**
 * The production server under load: started on the benchmark database, timed to its first response, driven by
 * closed-loop clients (each sends its next request when the previous one is answered), its peak memory read from
 * /proc.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Timings, summarize } from './timing';

export interface RunningServer {
  base: string;
  process: ChildProcess;
  /** Milliseconds from spawning `next start` to its first successful response. */
  startupMs: number;
}

export async function startServer(databaseFile: string, port: number): Promise<RunningServer> {
  const nextBin = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, [nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, DATABASE_PATH: databaseFile, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: 'ignore',
  });
  while (performance.now() - started < 60_000) {
    const response = await fetch(`${base}/api/ping`).catch(() => null);
    if (response?.ok) return { base, process: child, startupMs: performance.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  child.kill();
  throw new Error('The server did not answer within 60 s.');
}

export interface LoadResult extends Timings {
  requestsPerSecond: number;
  errors: number;
}

/**
 * `connections` clients sending `request()` back to back for `seconds`; latencies in ms. A response counts as an
 * error unless it is 2xx and its body passes `accept`.
 */
export async function closedLoopLoad(
  connections: number,
  seconds: number,
  request: () => Promise<Response>,
  accept: (body: string) => boolean = () => true,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const client = async () => {
    while (performance.now() < deadline) {
      const start = performance.now();
      const response = await request().catch(() => null);
      const ok = !!response?.ok && accept(await response.text());
      latencies.push(performance.now() - start);
      if (!ok) errors += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, client));
  const elapsed = (performance.now() - started) / 1000;
  return { ...summarize(latencies), requestsPerSecond: latencies.length / elapsed, errors };
}

/** The highest resident memory the process and its children reached (VmHWM), in MiB. */
export function peakMemoryMiB(pid: number): number {
  const pids = [pid, ...childPids(pid)];
  return pids.reduce((sum, each) => {
    const status = readFileSync(`/proc/${each}/status`, 'utf8');
    const kib = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
    return sum + kib / 1024;
  }, 0);
}

function childPids(pid: number): number[] {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return children.flatMap((child) => [child, ...childPids(child)]);
  } catch {
    return [];
  }
}

/** The server-action id of an exported action, from the build's manifest (how the browser addresses it). */
export function serverActionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), '.next', 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName?: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, action]) => action.exportedName === exportedName);
  if (!entry) throw new Error(`No server action named ${exportedName} in the build.`);
  return entry[0];
}
