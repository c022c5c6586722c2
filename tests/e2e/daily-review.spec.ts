import { type Page, type Route, expect, test } from '@playwright/test';

// One server and one fresh database for the file: the tests follow one person's first day, in order.
test.describe.configure({ mode: 'serial' });

const currentCard = (page: Page) => page.locator('article[data-card-id]');
const cardId = async (page: Page) => (await currentCard(page).getAttribute('data-card-id')) ?? '';

/** Reveals the current card and grades it Good, from the keyboard; returns the card's id. */
async function reviewByKeyboard(page: Page): Promise<string> {
  const id = await cardId(page);
  await page.keyboard.press('Space');
  await expect(currentCard(page)).toHaveAttribute('data-phase', 'answer');
  await expect(page.getByTestId('interval-3')).toHaveText(/^\d+(\.\d)?(m|h|d|mo|y)$/);
  await page.keyboard.press('3');
  await expect(currentCard(page)).not.toHaveAttribute('data-card-id', id);
  return id;
}

test('a first review: three cards by keyboard, one undone, and the state survives a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('due-today')).toHaveText('0');
  await expect(page.getByTestId('new-today')).toHaveText('20');
  await page.getByRole('link', { name: 'Start review' }).click();
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByTestId('progress-text')).toHaveText('0 done · 20 left');

  const reviewed = [await reviewByKeyboard(page), await reviewByKeyboard(page), await reviewByKeyboard(page)];
  expect(new Set(reviewed).size).toBe(3);
  await expect(page.getByTestId('progress-text')).toContainText('3 done');

  await page.keyboard.press('u');
  await expect(currentCard(page)).toHaveAttribute('data-card-id', reviewed[2]!);
  await expect(currentCard(page)).toHaveAttribute('data-phase', 'question');
  await expect(page.getByTestId('progress-text')).toContainText('2 done');
  await expect(page.getByTestId('save-status')).toHaveText('All reviews saved');

  await page.reload();
  // The undone card is new again and first in line; the two kept reviews are learning cards due later today.
  await expect(currentCard(page)).toHaveAttribute('data-card-id', reviewed[2]!);
  await expect(page.getByTestId('progress-text')).toHaveText('0 done · 20 left');
  await page.goto('/');
  await expect(page.getByTestId('done-today')).toHaveText('2');
  await expect(page.getByTestId('new-today')).toHaveText('18');

  // The card's page shows what FSRS now knows of it and the review that got it there.
  await page.goto(`/cards/${reviewed[0]}`);
  await expect(page.getByTestId('memory-state')).toContainText('learning');
  await expect(page.getByTestId('memory-state')).toContainText('Recall now');
  const history = page.getByTestId('card-history').locator('tbody tr');
  await expect(history).toHaveCount(1);
  await expect(history.first()).toContainText('Good');
  await expect(history.first()).toContainText('daily review');
});

test('a multiple-choice card is answered in place, checked, and proposes the grade', async ({ page }) => {
  await page.goto('/review');
  for (let guard = 0; guard < 20 && (await currentCard(page).getByRole('list', { name: 'Options' }).count()) === 0; guard++) {
    await reviewByKeyboard(page);
  }
  const options = currentCard(page).getByRole('list', { name: 'Options' }).getByRole('button');
  await expect(options.first()).toBeVisible();

  await page.keyboard.press('a');
  await expect(options.first()).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Space');
  await expect(currentCard(page)).toHaveAttribute('data-phase', 'answer');

  const firstIsCorrect = (await options.first().getAttribute('class'))!.includes('correct');
  const otherCorrect = await currentCard(page).locator('.option.correct').count();
  const pickedExactlyRight = firstIsCorrect && otherCorrect === 1;
  await expect(page.getByTestId('verdict')).toHaveText(pickedExactlyRight ? 'Correct.' : 'Not quite.');
  const proposed = page.locator('.grade-button.proposed');
  await expect(proposed).toHaveCount(1);
  await expect(proposed).toContainText(pickedExactlyRight ? 'Good' : 'Again');

  const id = await cardId(page);
  await page.keyboard.press('Space');
  await expect(page.locator(`article[data-card-id="${id}"]`)).toHaveCount(0);
});

test('settings take effect at once, and the review can be limited to one skill area', async ({ page }) => {
  await page.goto('/settings');
  await page.getByLabel('New cards per day').fill('100');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();

  await page.getByLabel('New cards per day').fill('-3');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toContainText('newCardsPerDay');

  await page.goto('/');
  await page.getByLabel('Include SQL & databases').check();
  await page.getByRole('button', { name: 'Review the ticked areas' }).click();
  await expect(page).toHaveURL(/\/review\?area=sql-databases$/);
  await expect(page.getByTestId('review-scope')).toContainText('SQL & databases');
  for (let i = 0; i < 4; i++) {
    await expect(currentCard(page).locator('.tag').first()).toHaveText('SQL & databases');
    await reviewByKeyboard(page);
  }
});

test('a review that cannot be saved is retried, shown, and saved when the server is back', async ({ page }) => {
  await page.goto('/');
  const doneBefore = Number(await page.getByTestId('done-today').textContent());
  await page.goto('/review');
  // Cut the server actions off, as a dropped connection or a restarting server would.
  const blockSaves = (route: Route) =>
    route.request().method() === 'POST' ? route.abort('connectionrefused') : route.continue();
  await page.route('**/review**', blockSaves);

  await reviewByKeyboard(page);
  // The next card is there at once; the failed save is reported after its retries, not dropped.
  const alert = page.getByRole('alert').filter({ hasText: 'not saved' });
  await expect(alert).toContainText('One review was not saved: the server could not be reached.', { timeout: 15_000 });
  await expect(page.getByTestId('save-status')).toHaveText('1 review not saved');

  await page.unroute('**/review**', blockSaves);
  await alert.getByRole('button', { name: 'Retry now' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('All reviews saved');
  await expect(alert).toHaveCount(0);

  await page.goto('/');
  await expect(page.getByTestId('done-today')).toHaveText(String(doneBefore + 1));
});

test('a suspended or buried card leaves the review, and comes back where it was', async ({ page }) => {
  await page.goto('/review');
  const id = await cardId(page);
  const toggles = [
    { put: 'Suspend', takeBack: 'Unsuspend', shown: 'Suspended' },
    { put: 'Bury until tomorrow', takeBack: 'Unbury', shown: 'Buried' },
  ];
  for (const { put, takeBack, shown } of toggles) {
    await page.goto(`/cards/${id}`);
    await page.getByRole('button', { name: put }).click();
    await expect(page.getByTestId('card-actions')).toContainText(shown);
    await page.goto('/review');
    await expect(currentCard(page)).not.toHaveAttribute('data-card-id', id);

    await page.goto(`/cards/${id}`);
    await page.getByRole('button', { name: takeBack }).click();
    await expect(page.getByTestId('card-actions')).not.toContainText(shown);
    await page.goto('/review');
    await expect(currentCard(page)).toHaveAttribute('data-card-id', id);
  }
});
