import { expect, test } from '@playwright/test';

// A fresh e2e database holds at most the few reviews the other specs make: far below what the optimizer needs.
test('Optimize explains why it will not run on a short history, and changes nothing', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/settings');
  const panel = page.getByTestId('optimizer');
  await expect(panel.getByRole('heading', { name: 'FSRS parameters' })).toBeVisible();
  await expect(panel.getByTestId('parameters-in-use')).toHaveText('the default parameters');
  await expect(panel.getByRole('button', { name: 'Back to default parameters' })).toHaveCount(0);

  const message = panel.getByTestId('optimizer-message');
  // Clicked until the page has hydrated and the action answered.
  await expect(async () => {
    await panel.getByRole('button', { name: 'Optimize' }).click();
    await expect(message).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await expect(message).toContainText('needs at least 400 reviews made on a later day than the card');
  await expect(message).toContainText(/So far there (is 1 review|are \d+ reviews) in all\./);
  await expect(panel.getByRole('progressbar')).toHaveCount(0);

  await page.reload();
  await expect(page.getByTestId('parameters-in-use')).toHaveText('the default parameters');
  expect(errors).toEqual([]);
});
