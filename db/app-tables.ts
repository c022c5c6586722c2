import type Database from 'better-sqlite3';

export interface AppTable {
  name: string;
  /** The columns, in table order. */
  columns: string[];
  /** Whether the table has a rowid of its own to carry over (not WITHOUT ROWID, no INTEGER PRIMARY KEY alias). */
  separateRowid: boolean;
}

/**
 * Tables the app derives from the others and keeps up to date by triggers, whatever writes: copying them would
 * bring back old values. `area_versions` counts changes per area (db/migrations/0002), and caches of work derived
 * from an area's cards are keyed on it, so after its cards are replaced it must move forward, never back.
 */
export const DERIVED_TABLES: ReadonlySet<string> = new Set(['area_versions']);

/**
 * The tables holding the person's data in `schema` (main or an attached database): every ordinary table except
 * SQLite's own, drizzle's migration history, derived tables and full-text indexes (virtual tables and their shadow
 * tables, which triggers or a rebuild fill from the tables they index).
 */
export function listAppTables(client: Database.Database, schema = 'main'): AppTable[] {
  const tables = client.prepare(`pragma ${schema}.table_list`).all() as { name: string; type: string; wr: number }[];
  return tables
    .filter((table) => table.type === 'table' && !table.name.startsWith('sqlite_'))
    .filter((table) => table.name !== '__drizzle_migrations' && !DERIVED_TABLES.has(table.name))
    .map((table) => {
      const info = client.prepare(`pragma ${schema}.table_info(${quoteIdentifier(table.name)})`).all() as {
        name: string;
        type: string;
        pk: number;
      }[];
      const keys = info.filter((column) => column.pk > 0);
      const rowidAlias = keys.length === 1 && keys[0]!.type.toUpperCase() === 'INTEGER';
      return { name: table.name, columns: info.map((column) => column.name), separateRowid: table.wr === 0 && !rowidAlias };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** An SQL identifier in double quotes, inner quotes doubled. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
