import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  DATABASE_PATH: z.string().min(1).default('data/recall.db'),
});

/** The database file, from DATABASE_PATH (relative paths resolve against the working directory). */
export function databasePath(env: NodeJS.ProcessEnv = process.env): string {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid DATABASE_PATH: ${parsed.error.issues[0]?.message}`);
  return path.resolve(parsed.data.DATABASE_PATH);
}
