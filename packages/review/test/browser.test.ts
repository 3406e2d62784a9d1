/**
 * The review page in a real browser: Debian's headless Chromium driven by
 * playwright-core. Skipped (and said so) when /usr/bin/chromium is absent;
 * CI installs it with `apt-get install -y chromium`.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReviewPage } from '../src/index.js';
import { corpusLetter, hostileLetter } from './letter.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`Skipping the browser tests of @imrkit/review: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe.skipIf(!hasChromium)('the review page in headless Chromium', () => {
  let dir: string;
  let context: BrowserContext;
  let browser: Browser | null;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'imr-review-'));
    context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, args: ARGS, headless: true, viewport: { width: 1400, height: 900 } });
    browser = context.browser();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(html: string, name: string) {
    const file = join(dir, name);
    writeFileSync(file, html);
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
    return { page, errors, requests, dialogs, file };
  }

  it('loads a corpus letter with no console error, one highlight per span, and works', async () => {
    const letter = corpusLetter();
    const { page, errors, requests, file } = await open(renderReviewPage([letter]), 'review.html');
    const highlighted = await page.$$eval('mark[data-spans]', (marks) => new Set(marks.flatMap((m) => (m.getAttribute('data-spans') ?? '').split(' '))).size);
    expect(highlighted).toBe(Object.keys(letter.record.spans).length);
    expect(await page.locator('pre.text').innerText()).toBe(letter.text);

    await page.locator('mark[data-spans]').first().click();
    expect(await page.locator('.detail').innerText()).toMatch(/^\/\S+ = /);
    const row = page.locator('tr[data-span]').first();
    const id = await row.getAttribute('data-span');
    await row.hover();
    expect(await page.locator(`mark.on[data-spans~="${id}"]`).count()).toBeGreaterThan(0);

    await page.screenshot({ path: join(dir, 'review-screenshot.png') });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(file).toMatch(/review\.html$/);
    await page.close();
  });

  it('keeps a letter with markup and a script inert', async () => {
    const { page, errors, dialogs } = await open(renderReviewPage([hostileLetter()]), 'hostile.html');
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.locator('pre.text').innerText()).toContain('<script>alert(1)</script><b>x</b>');
    expect(await page.locator('pre.text b, img').count()).toBe(0);
    await page.locator('mark[data-spans]').last().click();
    expect(await page.locator('.detail').innerText()).toContain('</script><script>alert(3)</script>');
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
