import { type Page, expect, test } from '@playwright/test';

test.describe.configure({ mode: 'serial' });

const SUBTOPIC = 'linear-algebra/sparse-matrices';
const PROMPT = 'Why does a Zorblax-ordered sparse matrix keep its fill-in low?';

/** "0 done · 5 left" → 5: the cards the review of one subtopic holds today. */
async function reviewCount(page: Page): Promise<number> {
  await page.goto(`/review?subtopic=${SUBTOPIC}`);
  const text = (await page.getByTestId('progress-text').textContent()) ?? '';
  const match = /(\d+) left/.exec(text);
  expect(match, `progress text "${text}"`).not.toBeNull();
  return Number(match![1]);
}

test('a card of my own: written in the editor, found by search, opened, suspended, and gone from review', async ({ page }) => {
  await page.goto('/browse');
  await page.getByRole('link', { name: 'Add a card' }).click();
  await expect(page.getByRole('heading', { name: 'Add a card' })).toBeVisible();
  await page.getByLabel('Area').selectOption('linear-algebra');
  await page.getByLabel('Subtopic').selectOption('sparse-matrices');
  // A mistake first: the answer is missing, and the error names its line.
  await page.getByLabel('Card text').fill(`format: free-recall\n\n### Prompt\n${PROMPT}\n\n### Answer\n\n### Key points\n- ordering\n`);
  await page.getByRole('button', { name: 'Add card' }).click();
  await expect(page.locator('form').getByRole('alert')).toContainText('Line 6 · answer: must not be empty');

  await page
    .getByLabel('Card text')
    .fill(`format: free-recall\n\n### Prompt\n${PROMPT}\n\n### Answer\nIt orders rows so $L$ stays sparse.\n\n### Key points\n- the ordering limits fill-in\n`);
  await page.keyboard.press('Control+Enter');
  await expect(page).toHaveURL(/\/cards\/my-why-does-a-zorblax-/);
  await expect(page.locator('article[data-card-id]')).toContainText('Zorblax');
  await expect(page.getByText('Your own card')).toBeVisible();
  const before = await reviewCount(page);

  await page.goto('/browse');
  await page.getByLabel('Search cards').fill('zorblax fill');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByTestId('browse-total')).toHaveText('1 card match “zorblax fill”');
  const result = page.locator('table.browse-results tbody tr');
  await expect(result).toHaveCount(1);
  await expect(result.locator('mark').first()).toHaveText(/zorblax/i);
  await expect(result).toContainText('Mine');
  await result.getByRole('link').click();

  await expect(page).toHaveURL(/\/cards\/my-/);
  await page.getByRole('button', { name: 'Suspend' }).click();
  await expect(page.getByTestId('card-actions')).toContainText('Suspended');
  expect(await reviewCount(page)).toBe(before - 1);

  // The browser finds it among the suspended cards.
  await page.goto('/browse?state=suspended');
  await expect(page.locator('table.browse-results tbody tr')).toHaveCount(1);
  await expect(page.locator('table.browse-results')).toContainText('Zorblax');
});

test('bank cards are found by any word of their content, narrowed by filters, and paged', async ({ page }) => {
  await page.goto('/browse');
  await expect(page.getByTestId('browse-total')).toHaveText(/^[\d,]+ cards$/);
  const all = Number((await page.getByTestId('browse-total').textContent())!.replace(/\D/g, ''));
  expect(all).toBeGreaterThan(1000);
  await expect(page.locator('table.browse-results tbody tr')).toHaveCount(50);

  await page.getByRole('link', { name: 'Next →' }).click();
  await expect(page.locator('table.browse-results tbody tr')).toHaveCount(50);
  await page.getByRole('link', { name: '← Previous' }).click();
  await expect(page.getByRole('link', { name: '← Previous' })).toHaveCount(0);

  await page.getByLabel('Search cards').fill('eigenvalues');
  await page.getByLabel('Area').selectOption('linear-algebra');
  await page.getByLabel('Level').selectOption('E');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/q=eigenvalues.*area=linear-algebra.*level=E/);
  const rows = page.locator('table.browse-results tbody tr');
  expect(await rows.count()).toBeGreaterThan(0);
  for (const tags of await page.locator('.browse-tags').allTextContents()) expect(tags).toContain(' · E · ');
});
