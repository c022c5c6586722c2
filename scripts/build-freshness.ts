import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What goes into the production build: a change to any of these makes an existing build stale. */
const BUILD_INPUTS = ['app', 'lib', 'db', 'proxy.ts', 'next.config.mjs', 'package-lock.json', 'tsconfig.json'];

/** True when .next holds a production build newer than every source file it was built from. */
export function isBuildCurrent(root: string): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return false;
  const builtAt = statSync(buildId).mtimeMs;
  return BUILD_INPUTS.every((input) => newestModification(path.join(root, input)) <= builtAt);
}

function newestModification(target: string): number {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(target, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}
