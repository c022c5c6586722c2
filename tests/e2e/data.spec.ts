import { readFileSync } from 'node:fs';
import { type Page, expect, test } from '@playwright/test';
import { revealCard } from './review-submission';

// Runs on the suite's shared database. It reviews only in an area the other specs leave alone, and restores a backup
// made within it, so it hands on the data much as it found it.
test.describe.configure({ mode: 'serial' });

const AREA = 'computer-vision';

/** Grades the first card of AREA's review Good, through the page, and waits until it is saved. */
async function reviewOne(page: Page) {
  await page.goto(`/review?area=${AREA}`);
  await revealCard(page);
  await page.getByRole('group', { name: 'How well did you recall it?' }).getByRole('button').nth(2).click();
  await expect(page.getByTestId('save-status')).toHaveText('All reviews saved');
}

/** Clicks the link named `name` and saves what the browser downloads under the name the server gave it. */
async function download(page: Page, name: string | RegExp) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).first().click()]);
  const saved = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(saved);
  return { path: saved, name: file.suggestedFilename() };
}

test('your data: export everything, back up, and restore the backup after a review; the app goes on working', async ({ page }) => {
  await page.goto('/settings');
  const section = page.getByRole('region', { name: 'Your data' });
  await expect(section.getByRole('link', { name: 'Export the review history (CSV)' })).toHaveAttribute('href', '/api/export/reviews');

  // The full export is one JSON document holding every card, with its content.
  const exported = await download(page, 'Export everything (JSON)');
  expect(exported.name).toMatch(/^recall-export-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(readFileSync(exported.path, 'utf8')) as { format: string; version: number; cards: { content: unknown }[] };
  expect(file).toMatchObject({ format: 'recall-export', version: 1 });
  expect(file.cards.length).toBeGreaterThan(1000);
  expect(file.cards.every((card) => card.content !== null)).toBe(true);

  // Back up now: the message names the file and what it holds, and offers it for download.
  await section.getByRole('button', { name: 'Back up now' }).click();
  const status = section.getByRole('status');
  await expect(status).toContainText(/Backed up to recall-\d{4}-\d{2}-\d{2}-\d{6}\.db in .+: [\d,]+ cards, [\d,]+ reviews?, integrity checked\./);
  const reviewsAtBackup = /([\d,]+) reviews?, integrity/.exec((await status.textContent()) ?? '')![1]!;
  const backup = await download(page, 'Download it');
  expect(backup.name).toMatch(/^recall-\d{4}-\d{2}-\d{2}-\d{6}\.db$/);
  expect(readFileSync(backup.path).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');

  // A review after the backup: the instance is not empty, so the export cannot be imported back into it.
  await reviewOne(page);
  await page.goto('/settings');
  await page.getByLabel('Export file (.json)').setInputFiles(exported.path);
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(section.getByRole('status')).toContainText('an import goes only into an empty one, so nothing was changed');

  // Restore the backup: only once confirmed; then the page reloads and reports it, the review made since gone.
  await page.getByLabel('Backup file (.db)').setInputFiles(backup.path);
  const restore = page.getByRole('button', { name: 'Restore' });
  await expect(restore).toBeDisabled();
  await page.getByLabel('Replace all current data with this backup').check();
  await restore.click();
  await expect(section.getByRole('status')).toContainText(
    new RegExp(`Restored ${backup.name}: [\\d,]+ cards, ${reviewsAtBackup} reviews?\\. The data as it was just before is in the backup recall-before-restore-`),
  );
  await expect(section.getByRole('link', { name: /^recall-before-restore-/ })).toBeVisible();

  // The app still works on the restored data: a review is saved.
  await reviewOne(page);
  const health = await page.request.get('/api/health');
  expect(await health.json()).toMatchObject({ ok: true });
});

test('a restore refuses a file that is not a backup, and an upload from another origin', async ({ page, request }) => {
  await page.goto('/settings');
  await page.getByLabel('Backup file (.db)').setInputFiles({ name: 'notes.db', mimeType: 'application/octet-stream', buffer: Buffer.from('not a database') });
  await page.getByLabel('Replace all current data with this backup').check();
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('region', { name: 'Your data' }).getByRole('status')).toContainText(
    'The file is not a SQLite database, so it is not a Recall backup. Nothing was changed.',
  );

  const foreign = await request.post('/api/backups/restore', { headers: { origin: 'https://evil.example' }, data: Buffer.from('x') });
  expect(foreign.status()).toBe(403);
  const importing = await request.post('/api/import/full', { headers: { origin: 'https://evil.example' }, data: '{}' });
  expect(importing.status()).toBe(403);
});
