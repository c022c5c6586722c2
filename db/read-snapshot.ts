import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Db } from './connection';
import * as schema from './schema';

/**
 * A read-only connection of its own, inside one read transaction: everything read through it sees the database as it
 * was when the snapshot began, while the app's connection keeps writing beside it (WAL). A long export reads through
 * one, so its pages agree with each other (no review of a card created after the cards were read). Call `close`
 * when done; until then the WAL cannot be checkpointed past the snapshot.
 */
export function openReadSnapshot(file: string): { db: Db; close: () => void } {
  const client = new Database(file, { readonly: true, fileMustExist: true });
  try {
    client.pragma('busy_timeout = 5000');
    client.prepare('begin').run();
    // A deferred transaction takes its snapshot at the first read, so read now.
    client.prepare('select count(*) from sqlite_master').pluck().get();
  } catch (error) {
    client.close();
    throw error;
  }
  return {
    db: drizzle(client, { schema }) as Db,
    close: () => {
      if (!client.open) return;
      if (client.inTransaction) client.prepare('rollback').run();
      client.close();
    },
  };
}
