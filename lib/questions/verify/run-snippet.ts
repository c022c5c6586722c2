import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface SnippetResult {
  stdout: string;
  stderr: string;
  exitCode: number | null;
  timedOut: boolean;
}

export interface Runtimes {
  /** Python with numpy and pandas: Debian's python3 by default. */
  python: string;
  sqlite: string;
  cxx: string;
}

/** The interpreters the banks are verified with; PYTHON, SQLITE3 and CXX override them. */
export function defaultRuntimes(env: Record<string, string | undefined>): Runtimes {
  return {
    python: env.PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3'),
    sqlite: env.SQLITE3 ?? 'sqlite3',
    cxx: env.CXX ?? 'g++',
  };
}

export const RUNNABLE_LANGUAGES = ['python', 'sql', 'cpp'] as const;
export type RunnableLanguage = (typeof RUNNABLE_LANGUAGES)[number];

export function isRunnable(language: string): language is RunnableLanguage {
  return (RUNNABLE_LANGUAGES as readonly string[]).includes(language);
}

const TIMEOUT_MS = 30_000;

/**
 * Runs a card's snippet the way the card promises: Python and SQL read from stdin (python3 -, sqlite3 :memory:),
 * C++ is compiled with -std=c++17 and run. Each snippet gets its own temporary working directory.
 */
export async function runSnippet(language: RunnableLanguage, source: string, runtimes: Runtimes): Promise<SnippetResult> {
  const workdir = mkdtempSync(path.join(tmpdir(), 'recall-snippet-'));
  try {
    if (language === 'python') {
      return await run(runtimes.python, ['-'], source, workdir, { PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' });
    }
    if (language === 'sql') return await run(runtimes.sqlite, [':memory:'], source, workdir);
    const file = path.join(workdir, 'main.cpp');
    writeFileSync(file, source);
    const binary = path.join(workdir, 'main');
    const compiled = await run(runtimes.cxx, ['-std=c++17', '-O0', '-o', binary, file], '', workdir);
    if (compiled.exitCode !== 0) return { ...compiled, stderr: `compilation failed:\n${compiled.stderr}` };
    return await run(binary, [], '', workdir);
  } finally {
    rmSync(workdir, { recursive: true, force: true });
  }
}

function run(
  command: string,
  args: string[],
  input: string,
  cwd: string,
  extraEnv: Record<string, string> = {},
): Promise<SnippetResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...extraEnv, LC_ALL: 'C.UTF-8' } });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ stdout, stderr: `${command}: ${error.message}`, exitCode: null, timedOut });
    });
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, exitCode, timedOut });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}
