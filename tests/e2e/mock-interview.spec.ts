import { type Page, expect, test } from '@playwright/test';

const question = (page: Page) => page.locator('article[data-card-id]');

/**
 * Answers the current question from the keyboard in a way chosen by its position, and returns the area it belongs
 * to and the score the answer should get (read from the page's own verdict for checked formats).
 */
async function answer(page: Page, position: number): Promise<{ area: string; score: number }> {
  const card = question(page);
  await expect(page.getByTestId('mock-progress')).toHaveText(`Question ${position + 1} of 5`);
  const area = (await card.locator('.tag').first().textContent())!;
  if (position === 3) {
    await page.keyboard.press('s');
    return { area, score: 0 };
  }
  if ((await card.getByRole('list', { name: 'Options' }).count()) > 0) {
    await page.keyboard.press('a');
    await page.keyboard.press('Enter');
  } else if ((await card.locator('input[aria-label="Your answer"]').count()) > 0) {
    await card.locator('input[aria-label="Your answer"]').fill('0');
    await page.keyboard.press('Enter');
  } else if ((await card.getByPlaceholder(/What does it print/).count()) > 0) {
    await card.locator('textarea').fill('no idea');
    await page.keyboard.press('Control+Enter');
  } else {
    // Free recall: reveal the model answer, tick the first key point, submit.
    await card.locator('textarea').fill('my answer');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Space');
    await expect(card).toHaveAttribute('data-phase', 'revealed');
    const keyPoints = await card.locator('.key-point-choice').count();
    await page.keyboard.press('1');
    await expect(card.locator('.key-point-choice input').first()).toBeChecked();
    await page.keyboard.press('Enter');
    return { area, score: 1 / keyPoints };
  }
  await expect(card).toHaveAttribute('data-phase', 'feedback');
  const right = (await page.getByTestId('verdict').textContent()) === 'Correct.';
  await page.keyboard.press('Enter');
  return { area, score: right ? 1 : 0 };
}

test('a timed five-question mock by keyboard survives a reload and scores what was answered', async ({ page }) => {
  await page.goto('/mock');
  await page.locator('input[name="area"][value="probability"]').check();
  await page.locator('input[name="area"][value="classical-ml"]').check();
  await page.locator('input[name="length"][value="q5"]').check();
  await page.locator('input[name="seed"]').fill('2026');
  await page.getByRole('button', { name: 'Start mock interview' }).click();
  await expect(page).toHaveURL(/\/mock\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('session-timer')).toBeVisible();
  await expect(page.getByTestId('question-timer')).toBeVisible();

  const results = [await answer(page, 0), await answer(page, 1)];
  await expect(page.getByTestId('mock-progress')).toHaveText('Question 3 of 5');
  await page.reload();
  await expect(page.getByTestId('mock-progress')).toHaveText('Question 3 of 5');
  results.push(await answer(page, 2), await answer(page, 3), await answer(page, 4));

  await expect(page.getByRole('heading', { name: 'Scorecard' })).toBeVisible();
  const mean = (scores: number[]) => scores.reduce((a, b) => a + b, 0) / scores.length;
  const percent = (value: number) => `${Math.round(value * 100)}%`;
  await expect(page.getByTestId('overall-score')).toHaveText(percent(mean(results.map((r) => r.score))));
  const areas = [...new Set(results.map((r) => r.area))];
  expect(areas.sort()).toEqual(['Classical ML algorithms', 'Probability']);
  for (const area of areas) {
    const row = page.getByTestId('score-by-area').locator('tr', { has: page.locator('strong', { hasText: area }) });
    await expect(row.locator('td').nth(1)).toHaveText(percent(mean(results.filter((r) => r.area === area).map((r) => r.score))));
  }

  await page.goto('/mock/history');
  await expect(page.getByTestId('mock-history').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('mock-history')).toContainText('5 / 5');
});
