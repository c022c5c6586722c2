import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  DATABASE_PATH: z.string().min(1).default('data/recall.db'),
});
const backupEnvSchema = z.object({ BACKUP_DIR: z.string().min(1).default('data/backups') });

/** The database file, from DATABASE_PATH (relative paths resolve against the working directory). */
export function databasePath(env: NodeJS.ProcessEnv = process.env): string {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid DATABASE_PATH: ${parsed.error.issues[0]?.message}`);
  return path.resolve(parsed.data.DATABASE_PATH);
}

/** Where backups go, from BACKUP_DIR (default data/backups; relative paths resolve against the working directory). */
export function backupDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const parsed = backupEnvSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid BACKUP_DIR: ${parsed.error.issues[0]?.message}`);
  return path.resolve(parsed.data.BACKUP_DIR);
}
