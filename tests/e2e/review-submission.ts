import { type Page, type Request, expect } from '@playwright/test';

/** Reveals the current review card with its button (a typed-answer card keeps the keyboard in its input). */
export async function revealCard(page: Page) {
  await page.getByRole('button', { name: /^(Show answer|Check)/ }).click();
  await expect(page.locator('article[data-card-id]')).toHaveAttribute('data-phase', 'answer');
}

/** Grades the first card of /review Good through the page and returns the server-action request the page sent. */
export async function captureReviewSubmission(page: Page): Promise<Request> {
  await page.goto('/review');
  await revealCard(page);
  const submission = page.waitForRequest((request) => request.method() === 'POST' && !!request.headers()['next-action']);
  await page.getByRole('group', { name: 'How well did you recall it?' }).getByRole('button').nth(2).click();
  const sent = await submission;
  await expect(page.getByTestId('save-status')).toHaveText('All reviews saved');
  return sent;
}

/**
 * The submission `sent`, for another card and review id, posted with `origin` (by default the app's own): the same
 * action, as a browser would post it.
 */
export function reviewRequest(sent: Request, reviewId: string, cardId: string, origin = new URL(sent.url()).origin) {
  const body = JSON.parse(sent.postData() ?? '[]') as [{ reviewId: string; cardId: string }];
  const { host: _host, referer: _referer, ...headers } = sent.headers();
  return {
    headers: { ...headers, origin },
    data: JSON.stringify([{ ...body[0], reviewId, cardId }]),
  };
}

/** The card a captured submission graded. */
export const submittedCardId = (sent: Request) => (JSON.parse(sent.postData() ?? '[]') as [{ cardId: string }])[0].cardId;

/** The home page's count of reviews done today (log rows since the day started). */
export async function reviewsToday(page: Page): Promise<number> {
  await page.goto('/');
  return Number(await page.getByTestId('done-today').textContent());
}
