import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { createApiClient } from '@libs/api-client';
import { givenStaffWithPassword } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

// Debian's Chromium (npm test installs it with apt-get when it can); no browser is downloaded.
const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!executablePath) console.warn('Swagger UI test skipped: no Chromium (sudo apt-get install -y chromium, or set CHROMIUM_PATH)');

(executablePath ? describe : describe.skip)('Swagger UI in a browser', () => {
  let stack: TestStack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startTestStack({ api: true, worker: false });
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('signs in with "Authorize" and runs GET /complaints with limit and offset', async () => {
    const baseUrl = await stack.api!.getUrl();
    const { username, password } = await givenStaffWithPassword(stack.db, 'supervisor', 'swagger-ui-sup');
    const login = await createApiClient({ baseUrl }).POST('/auth/login', { body: { username, password } });
    if (!login.data) throw new Error(`sign-in failed with ${login.response.status}`);
    const token = login.data.accessToken;

    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${baseUrl}/docs`);
    await page.locator('.swagger-ui .information-container').waitFor();

    await page.locator('.auth-wrapper button.authorize').click();
    await page.locator('.modal-ux input').first().fill(token);
    await page.locator('.modal-ux button.authorize').click();
    await page.locator('.modal-ux button.btn-done').click();

    const operation = page.locator('#operations-complaints-Complaints_list');
    await operation.locator('.opblock-summary').click();
    await operation.locator('button.try-out__btn').click();
    await operation.locator('tr[data-param-name="limit"] input').fill('5');
    await operation.locator('tr[data-param-name="offset"] input').fill('0');
    await operation.locator('button.execute').click();

    const status = operation.locator('.live-responses-table .response .response-col_status').first();
    await status.waitFor();
    expect((await status.innerText()).trim()).toBe('200');
    // Only what was filled in is sent: no filter is prefilled from an example.
    expect(await operation.locator('.request-url pre').innerText()).toMatch(/\/complaints\?limit=5&offset=0$/);
    expect(await operation.locator('.live-responses-table .response-col_description pre').first().innerText()).toMatch(/"items"/);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
