/**
 * npm start: builds the app when no current build exists, validates the question banks, migrates and syncs the
 * database, then serves the production build on HOST:PORT (127.0.0.1:3000 unless told otherwise).
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { z } from 'zod';
import { isBuildCurrent } from './build-freshness';
import { prepareOrExit } from './prepare-or-exit';

const env = z
  .object({
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  })
  .parse(process.env);

const root = process.cwd();
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

function main(): void {
  prepareOrExit(root);

  if (!isBuildCurrent(root)) {
    console.log('Building the app (no current production build found)...');
    const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: childEnv });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  const server = spawn(process.execPath, [nextBin, 'start', '-H', env.HOST, '-p', String(env.PORT)], {
    stdio: 'inherit',
    env: childEnv,
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => server.kill(signal));
  }
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main();
