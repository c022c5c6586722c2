/** The JavaScript a first visit downloads, compressed as it travels, measured in Chromium. */
import { chromium } from '@playwright/test';
import { findChromium } from '@/scripts/find-chromium';

/** Compressed bytes of every script a fresh browser fetches to open each path, by path. */
export async function scriptBytes(base: string, paths: readonly string[]): Promise<Record<string, number>> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const result: Record<string, number> = {};
    for (const path of paths) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const sizes: Promise<number>[] = [];
      page.on('requestfinished', (request) => {
        if (request.resourceType() === 'script') sizes.push(request.sizes().then((size) => size.responseBodySize));
      });
      await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      result[path] = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
      await context.close();
    }
    return result;
  } finally {
    await browser.close();
  }
}
