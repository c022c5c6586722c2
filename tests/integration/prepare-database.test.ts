import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StartupError, prepareDatabase } from '@/db/prepare-database';
import { bankText } from '../fixtures/test-db';

let dir: string;
let questionsDir: string;
let databaseFile: string;
const now = new Date('2026-03-02T09:00:00.000Z');

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'recall-prepare-'));
  questionsDir = path.join(dir, 'questions');
  mkdirSync(path.join(questionsDir, 'linear-algebra'), { recursive: true });
  databaseFile = path.join(dir, 'data', 'recall.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function prepare() {
  const result = prepareDatabase({ databaseFile, questionsDir, now });
  result.db.$client.close();
  return result;
}

describe('prepareDatabase', () => {
  it('creates, migrates and syncs a new database from the bank files', () => {
    writeFileSync(path.join(questionsDir, 'linear-algebra', 'eigen.md'), bankText(['la-a', 'la-b']));
    writeFileSync(path.join(questionsDir, 'FORMAT.md'), '# Not a bank file');
    expect(prepare()).toMatchObject({ cardsInBanks: 2, sync: { added: 2 } });
    expect(prepare()).toMatchObject({ cardsInBanks: 2, sync: { added: 0, unchanged: 2 } });
  });

  it('stops on a malformed bank file, naming the file and line, and leaves the database unchanged', () => {
    const bank = path.join(questionsDir, 'linear-algebra', 'eigen.md');
    writeFileSync(bank, bankText(['la-a']));
    prepare();
    const before = readFileSync(databaseFile);

    writeFileSync(bank, bankText(['la-a', 'la-b']).replace('level: E\nformat: free-recall\n\n### Prompt\nQuestion la-b', 'level: Z\nformat: free-recall\n\n### Prompt\nQuestion la-b'));
    expect(prepare).toThrow(StartupError);
    expect(prepare).toThrow(/questions\/linear-algebra\/eigen\.md:\d+: level: must be E, M or H/);
    expect(readFileSync(databaseFile).equals(before)).toBe(true);
  });

  it('refuses two cards with the same id in different files', () => {
    writeFileSync(path.join(questionsDir, 'linear-algebra', 'a.md'), bankText(['la-a']));
    writeFileSync(path.join(questionsDir, 'linear-algebra', 'b.md'), bankText(['la-a']));
    expect(prepare).toThrow(/b\.md:5: id: "la-a" is already used at .*a\.md:5/);
    expect(existsSync(databaseFile)).toBe(false);
  });

  it('reports an unreadable database file clearly and leaves it untouched', () => {
    writeFileSync(path.join(questionsDir, 'linear-algebra', 'eigen.md'), bankText(['la-a']));
    mkdirSync(path.dirname(databaseFile), { recursive: true });
    const garbage = Buffer.from('this is not a SQLite database, just some bytes '.repeat(200));
    writeFileSync(databaseFile, garbage);
    expect(prepare).toThrow(/Cannot open the database .*recall\.db: file is not a database/);
    expect(readFileSync(databaseFile).equals(garbage)).toBe(true);
  });
});
