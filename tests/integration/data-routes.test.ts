import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GET as downloadBackup } from '@/app/api/backups/[name]/route';
import { POST as restoreBackup } from '@/app/api/backups/restore/route';
import { GET as exportFull } from '@/app/api/export/full/route';
import { POST as importFull } from '@/app/api/import/full/route';
import { saveUpload } from '@/app/api/upload';
import { createBackup } from '@/app/settings/data-actions';
import type { Db } from '@/db/connection';
import { fullExportChunks } from '@/db/queries/full-export';
import { recordReview } from '@/db/queries/reviews';
import { createScheduler } from '@/lib/srs/scheduler';
import { SAMPLE_BANKS, SAMPLE_SETTINGS, fillSampleCollection, snapshotDataTables } from '../fixtures/sample-collection';
import { createActionTestDb, createTestDb, snapshotTables } from '../fixtures/test-db';

const ORIGIN = 'http://127.0.0.1:3000';
const later = new Date('2026-03-20T09:00:00.000Z');

/** A request as the settings page sends it: the file as the body, from the app's own origin unless told otherwise. */
function post(route: string, body: BodyInit, headers: Record<string, string> = { origin: ORIGIN }) {
  return new Request(`${ORIGIN}${route}`, { method: 'POST', body, headers: { host: '127.0.0.1:3000', ...headers } });
}

let backups: string;
let previousBackupDir: string | undefined;
beforeAll(() => {
  previousBackupDir = process.env.BACKUP_DIR;
  backups = mkdtempSync(path.join(tmpdir(), 'recall-route-backups-'));
  process.env.BACKUP_DIR = backups;
});
afterAll(() => {
  if (previousBackupDir === undefined) delete process.env.BACKUP_DIR;
  else process.env.BACKUP_DIR = previousBackupDir;
  rmSync(backups, { recursive: true, force: true });
});

let app: { db: Db; cleanup: () => void };
beforeEach(() => {
  app = createActionTestDb(SAMPLE_BANKS, later);
});
afterEach(() => app.cleanup());

describe('the full export and import routes', () => {
  it('downloads a dated JSON file, and imports it into an empty instance', async () => {
    const source = createTestDb();
    try {
      fillSampleCollection(source.db, new Date('2026-03-02T09:00:00.000Z'));
      const text = [...fullExportChunks(source.db, later)].join('');

      const response = await importFull(post('/api/import/full', text, { origin: ORIGIN, 'content-type': 'application/json' }));
      expect(await response.json()).toMatchObject({ ok: true, data: { cards: 9, personalCards: 2, mockSessions: 1 } });
      expect(response.status).toBe(200);
      expect(snapshotDataTables(app.db)).toEqual(snapshotDataTables(source.db));

      const download = exportFull();
      expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="recall-export-\d{4}-\d{2}-\d{2}\.json"$/);
      expect(download.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const exported = (await download.json()) as Record<string, unknown>;
      expect({ ...exported, exportedAt: null }).toEqual({ ...(JSON.parse(text) as object), exportedAt: null });

      // Now the instance holds data: a second import is refused, and says why.
      const again = await importFull(post('/api/import/full', text));
      expect(again.status).toBe(409);
      expect(await again.json()).toMatchObject({ ok: false, message: expect.stringContaining('goes only into an empty one') as unknown });
    } finally {
      source.cleanup();
    }
  });

  it('refuses a file that is not JSON, naming the problem, and writes nothing', async () => {
    const before = snapshotTables(app.db);
    const response = await importFull(post('/api/import/full', '{"format": "recall-export", "cards": [ {"id": '));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, message: expect.stringContaining('not valid JSON') as unknown });
    expect(snapshotTables(app.db)).toEqual(before);
  });

  it('refuses requests from other origins, or with none', async () => {
    const before = snapshotTables(app.db);
    for (const headers of [{ origin: 'https://evil.example' }, { origin: 'null' }, {} as Record<string, string>]) {
      expect((await importFull(post('/api/import/full', '{}', headers))).status).toBe(403);
      expect((await restoreBackup(post('/api/backups/restore', 'x', headers))).status).toBe(403);
    }
    expect(snapshotTables(app.db)).toEqual(before);
  });

  it('stops reading an upload as soon as it passes the limit', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'recall-upload-'));
    try {
      const small = await saveUpload(post('/x', 'a'.repeat(100)), path.join(directory, 'a'), 1_000);
      expect(small).toBeNull();
      const big = await saveUpload(post('/x', 'a'.repeat(5_000)), path.join(directory, 'b'), 1_000);
      expect(big?.status).toBe(413);
      const declared = await saveUpload(post('/x', 'a', { origin: ORIGIN, 'content-length': '5000' }), path.join(directory, 'c'), 1_000);
      expect(declared?.status).toBe(413);
      expect(existsSync(path.join(directory, 'c'))).toBe(false);
      expect((await saveUpload(post('/x', ''), path.join(directory, 'd'), 1_000))?.status).toBe(400);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe('backing up and restoring from settings', () => {
  it('backs up, downloads the backup, and restores it after more reviews: nothing lost, a safety backup kept', async () => {
    fillSampleCollection(app.db, new Date('2026-03-02T09:00:00.000Z'));
    const made = await createBackup({});
    expect(made).toMatchObject({ ok: true, data: { cards: 9, reviews: 13 } });
    const name = made.ok ? made.data.name : '';
    const atBackup = snapshotDataTables(app.db);

    const download = await downloadBackup(new Request(`${ORIGIN}/api/backups/${name}`), { params: Promise.resolve({ name }) });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="${name}"`);
    const bytes = new Uint8Array(await download.arrayBuffer());

    const scheduler = createScheduler(SAMPLE_SETTINGS);
    recordReview(app.db, scheduler, { reviewId: randomUUID(), cardId: 'la-5', rating: 3, durationMs: 1, source: 'daily' }, new Date());
    expect(snapshotDataTables(app.db)).not.toEqual(atBackup);

    const restored = await restoreBackup(post('/api/backups/restore', bytes, { origin: ORIGIN, 'content-type': 'application/vnd.sqlite3' }));
    expect(await restored.json()).toMatchObject({ ok: true, data: { cards: 9, reviews: 13, safetyBackup: expect.stringMatching(/^recall-before-restore-/) as unknown } });
    expect(snapshotDataTables(app.db)).toEqual(atBackup);
    expect(readdirSync(backups).some((file) => file.startsWith('recall-before-restore-'))).toBe(true);
  });

  it('takes no input for a backup: anything sent along is refused, and nothing is written', async () => {
    const before = readdirSync(backups);
    for (const input of [null, 'now', [], { path: '/etc/passwd' }, JSON.parse('{"__proto__": {"x": 1}}') as unknown]) {
      expect(await createBackup(input)).toMatchObject({ ok: false });
    }
    expect(readdirSync(backups)).toEqual(before);
  });

  it('refuses a file that is not a backup, and serves nothing but backups', async () => {
    const before = snapshotTables(app.db);
    const response = await restoreBackup(post('/api/backups/restore', 'SQLite format 3\u0000 but not really'));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, message: expect.stringContaining('Nothing was changed.') as unknown });
    expect(snapshotTables(app.db)).toEqual(before);

    for (const name of ['../recall.db', 'recall.db', '..%2Frecall-2026-01-01-000000.db']) {
      const refused = await downloadBackup(new Request(`${ORIGIN}/api/backups/x`), { params: Promise.resolve({ name }) });
      expect(refused.status, name).toBe(400);
    }
    const missing = 'recall-1999-01-01-000000.db';
    expect((await downloadBackup(new Request(`${ORIGIN}/api/backups/x`), { params: Promise.resolve({ name: missing }) })).status).toBe(404);
  });
});
