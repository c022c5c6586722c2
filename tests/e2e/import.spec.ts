import { type Page, expect, test } from '@playwright/test';

/** A small Anki 2.1.55+ "Notes in Plain Text" export: two notes to import and one without a back. */
const ANKI_EXPORT = [
  '#separator:tab',
  '#html:true',
  '#tags column:3',
  'Why does Quokkanorm rescale activations per channel?\tIt keeps each channel&#39;s scale <b>stable</b> while training<br>and costs little\toptimizers',
  'What does Quokkanorm do to the learning rate?\tNothing directly [sound:lecture.mp3]\t',
  'A Quokkanorm note without a back\t\t',
].join('\n');

async function chooseFile(page: Page) {
  await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'quokka.txt', mimeType: 'text/plain', buffer: Buffer.from(ANKI_EXPORT) });
  await page.getByLabel('Area', { exact: true }).selectOption('deep-learning');
  await page.getByLabel('Subtopic', { exact: true }).selectOption('normalization');
}

test('an Anki export: previewed with its skipped row, imported, found by search, and not imported twice', async ({ page }) => {
  await page.goto('/browse');
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Import cards' })).toBeVisible();
  await chooseFile(page);
  await page.getByRole('button', { name: 'Preview' }).click();

  const preview = page.getByRole('region', { name: 'Import preview' });
  await expect(preview.getByTestId('import-counts')).toContainText('2 cards to add');
  await expect(preview.getByTestId('import-counts')).toContainText('1 row skipped');
  const skipped = preview.getByTestId('import-skipped').locator('tbody tr');
  await expect(skipped).toHaveCount(1);
  await expect(skipped.locator('td').nth(0)).toHaveText('6');
  await expect(skipped.locator('td').nth(1)).toHaveText('the back is empty');
  // Shown as text: the HTML of the export is converted, never rendered.
  await expect(preview).toContainText("It keeps each channel's scale stable while training and costs little");
  await expect(preview).toContainText('left out: sound lecture.mp3');
  await expect(preview.locator('b')).toHaveCount(0);

  await page.getByRole('button', { name: 'Import 2 cards' }).click();
  const result = page.getByRole('region', { name: 'Import result' });
  await expect(result.getByTestId('import-counts')).toContainText('2 cards added');
  await result.getByRole('link', { name: 'See your cards' }).click();
  await expect(page).toHaveURL(/\/browse\?origin=personal/);

  await page.getByLabel('Search cards').fill('quokkanorm rescale');
  await page.getByRole('button', { name: 'Search' }).click();
  const rows = page.locator('table.browse-results tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Mine');
  await rows.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/cards\/my-why-does-quokkanorm-/);
  const card = page.locator('article[data-card-id]');
  await expect(card).toContainText('Why does Quokkanorm rescale activations per channel?');
  // The tag named a subtopic of the area, so the card went there rather than to the chosen one.
  await expect(card).toContainText('Optimizers');

  // The same file again: everything is already there, and there is nothing to import.
  await page.goto('/import');
  await chooseFile(page);
  await page.getByRole('button', { name: 'Preview' }).click();
  const again = page.getByRole('region', { name: 'Import preview' });
  await expect(again.getByTestId('import-counts')).toContainText('0 cards to add');
  await expect(again.getByTestId('import-counts')).toContainText('2 cards already there');
  await expect(page.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);
});
