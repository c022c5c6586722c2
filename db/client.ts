import 'server-only';
import { databasePath } from './config';
import { type Db, openDatabase } from './connection';

// One connection per server process. Cached on globalThis so development hot reloads do not open a new one
// on every edit; migrations and the bank sync already ran in the start script.
const globalForDb = globalThis as unknown as { recallDb?: Db };

export function getDb(): Db {
  globalForDb.recallDb ??= openDatabase(databasePath());
  return globalForDb.recallDb;
}
