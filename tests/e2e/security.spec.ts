import { type Page, expect, test } from '@playwright/test';
import { captureReviewSubmission, revealCard, reviewRequest, reviewsToday, submittedCardId } from './review-submission';

test.describe.configure({ mode: 'serial' });

const PAGES = ['/', '/review', '/browse', '/browse?q=eigenvalues', '/cards/new', '/import', '/mock', '/mock/history', '/progress', '/stats', '/settings'];

/** Collects the page's Content-Security-Policy violations, as the browser reports them to the page. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test('every page sends a strict Content-Security-Policy with a fresh nonce, and the other security headers', async ({
  request,
}) => {
  const nonces = new Set<string>();
  for (const path of PAGES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    const policy = headers['content-security-policy'] ?? '';
    expect(policy, path).toContain("frame-ancestors 'none'");
    expect(policy, path).toContain("object-src 'none'");
    expect(policy, path).not.toContain('unsafe-eval');
    expect(policy, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
    nonces.add(nonce);
    // Next.js's inline scripts carry this request's nonce, and no script goes without one.
    const html = await response.text();
    const inlineScripts = html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? [];
    expect(inlineScripts.length, path).toBeGreaterThan(0);
    for (const tag of inlineScripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    expect(headers['x-frame-options'], path).toBe('DENY');
  }
  expect(nonces.size).toBe(PAGES.length);
  const asset = await request.get('/icon.svg');
  expect(asset.headers()['x-content-type-options']).toBe('nosniff');
});

test('the pages hydrate and work under the policy, formulas included, with no violation', async ({ page }) => {
  const violations = await watchViolations(page);
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
    expect(await violations(), path).toEqual([]);
  }
  // A card page full of formulas: KaTeX's inline styles are allowed (a style cannot run code).
  await page.goto('/cards/la-gradient-of-quadratic-form');
  await expect(page.locator('.katex').first()).toBeVisible();
  expect(await violations()).toEqual([]);
  // Client-side code runs: a card is revealed.
  await page.goto('/review');
  await revealCard(page);
  expect(await violations()).toEqual([]);
});

test('a server action called from a foreign or null Origin is rejected and changes nothing', async ({ page, request }) => {
  // Capture the real review submission the page sends, to replay it with other origins.
  const sent = await captureReviewSubmission(page);
  const before = await reviewsToday(page);
  const replay = (origin: string) => {
    const { headers, data } = reviewRequest(sent, crypto.randomUUID(), submittedCardId(sent), origin);
    return request.post('/review', { headers, data, failOnStatusCode: false });
  };

  for (const origin of ['https://attacker.example', 'null']) {
    const response = await replay(origin);
    expect(response.status(), origin).toBeGreaterThanOrEqual(400);
    expect(await reviewsToday(page), origin).toBe(before);
  }
  // The same replay from the app's own origin goes through: what was refused was the origin, nothing else.
  const own = await replay(new URL(sent.url()).origin);
  expect(own.status()).toBe(200);
  expect(await reviewsToday(page)).toBe(before + 1);
});
