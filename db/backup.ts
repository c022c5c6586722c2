import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from './connection';

export interface BackupReport {
  file: string;
  cards: number;
  reviews: number;
}

/** What a backup is made for: asked for, or taken automatically just before a restore replaced the data. */
export type BackupKind = 'recall' | 'recall-before-restore';

/** The names backups get, and the only files the app serves from the backup folder. */
export const BACKUP_NAME_PATTERN = /^recall(-before-restore)?-\d{4}-\d{2}-\d{2}-\d{6}\.db$/;

/** `recall-2026-11-23-143005.db`: sorts by time, and two backups a second apart do not collide. */
export function backupFileName(now: Date, kind: BackupKind = 'recall'): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const time = `${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return `${kind}-${date}-${time}.db`;
}

export interface BackupFile {
  name: string;
  bytes: number;
  modifiedAt: Date;
}

/** The backups in `directory`, newest first; none when the folder does not exist yet. */
export function listBackups(directory: string): BackupFile[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => BACKUP_NAME_PATTERN.test(name))
    .map((name) => {
      const stats = statSync(path.join(directory, name));
      return { name, bytes: stats.size, modifiedAt: stats.mtime };
    })
    .sort((a, b) => b.modifiedAt.getTime() - a.modifiedAt.getTime() || b.name.localeCompare(a.name));
}

/**
 * Copies the database, while the app keeps running, into `directory` under a timestamped name, with SQLite's
 * online backup (a consistent snapshot, whatever is written meanwhile). The copy is then opened on its own, made a
 * single file, and checked (integrity check, rows counted) before it is reported; a copy that fails is deleted.
 */
export async function backupDatabase(db: Db, directory: string, now: Date, kind: BackupKind = 'recall'): Promise<BackupReport> {
  const file = newBackupFile(directory, now, kind);
  await db.$client.backup(file);
  return checkBackupFile(file);
}

/**
 * The same copy made synchronously (`VACUUM INTO`): nothing else runs on the connection until it is done, so a
 * caller that goes on synchronously (the restore's swap) knows no write came between the copy and what follows.
 */
export function snapshotDatabase(db: Db, directory: string, now: Date, kind: BackupKind): BackupReport {
  const file = newBackupFile(directory, now, kind);
  db.$client.prepare('vacuum into ?').run(file);
  return checkBackupFile(file);
}

function newBackupFile(directory: string, now: Date, kind: BackupKind): string {
  mkdirSync(directory, { recursive: true });
  const file = path.join(directory, backupFileName(now, kind));
  if (existsSync(file)) throw new Error(`${file} already exists.`);
  return file;
}

function checkBackupFile(file: string): BackupReport {
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
