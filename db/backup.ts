import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from './connection';

export interface BackupReport {
  file: string;
  cards: number;
  reviews: number;
}

/** `recall-2026-11-23-143005.db`: sorts by time, and two backups a second apart do not collide. */
export function backupFileName(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const time = `${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return `recall-${date}-${time}.db`;
}

/**
 * Copies the database, while the app keeps running, into `directory` under a timestamped name, with SQLite's
 * online backup (a consistent snapshot, whatever is written meanwhile). The copy is then opened on its own, made a
 * single file, and checked (integrity check, rows counted) before it is reported; a copy that fails is deleted.
 */
export async function backupDatabase(db: Db, directory: string, now: Date): Promise<BackupReport> {
  mkdirSync(directory, { recursive: true });
  const file = path.join(directory, backupFileName(now));
  if (existsSync(file)) throw new Error(`${file} already exists.`);
  await db.$client.backup(file);
  const copy = new Database(file);
  try {
    // One self-contained file: no -wal or -shm beside it to lose when it is copied elsewhere.
    copy.pragma('journal_mode = DELETE');
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`The backup failed its integrity check: ${String(integrity)}`);
    const count = (table: string) => copy.prepare(`select count(*) from ${table}`).pluck().get() as number;
    return { file, cards: count('cards'), reviews: count('review_logs') };
  } catch (error) {
    copy.close();
    rmSync(file, { force: true });
    throw error;
  } finally {
    if (copy.open) copy.close();
  }
}
