import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { TestStack } from '../support/test-stack';
import { givenStaffWithPassword } from '../support/sign-in';
import type { StaffMemberEntity } from '@libs/database';
import { zhCN } from '../../apps/console/src/i18n/zh-CN';

/** Labels as the console shows them (Chinese, the default). */
export const L = zhCN;

export const ARTIFACTS = path.join(__dirname, 'artifacts');
const DOCS = path.join(__dirname, '../../docs');

/** Debian's Chromium, headless; no browser is downloaded. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A page at 1280×800 signed in through the sign-in screen as a new staff member of `role`. */
export async function signedIn(browser: Browser, stack: TestStack, role: string, over: Partial<StaffMemberEntity> = {}) {
  const username = `${role}-${Math.random().toString(36).slice(2, 8)}`;
  const staff = await givenStaffWithPassword(stack.db, role as never, username, over);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  await page.goto(`${await stack.api!.getUrl()}/`);
  await page.getByLabel(L['signIn.username']).fill(username);
  await page.getByLabel(L['signIn.password']).fill(staff.password);
  await page.getByRole('button', { name: L['signIn.submit'] }).click();
  await page.getByTestId('whoami').waitFor();
  return { page, member: staff.member };
}

export const open = async (page: Page, stack: TestStack, route: string) => page.goto(`${await stack.api!.getUrl()}/#${route}`);

/** The test's screenshot (an artifact, not committed); with CONSOLE_DOCS_SCREENSHOTS=1 also the README's. */
export async function screenshot(page: Page, name: string, docsName?: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
  if (docsName && process.env.CONSOLE_DOCS_SCREENSHOTS === '1') {
    await page.mouse.wheel(0, -10_000);
    await page.locator('.ant-message-notice').waitFor({ state: 'detached', timeout: 5_000 }).catch(() => undefined);
    await page.screenshot({ path: path.join(DOCS, docsName) });
  }
}

/** Chooses an option of an Ant Design select found by its label, with the keyboard as a person would. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

/** Runs a case action: its button, then (when it asks for input) the fields and 提交. */
export async function act(page: Page, action: string, fields: Record<string, string> = {}, selects: Record<string, string> = {}, checks: string[] = []): Promise<void> {
  await page.getByRole('toolbar').getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  for (const [label, option] of Object.entries(selects)) await choose(page, label, option);
  for (const [label, value] of Object.entries(fields)) await dialog.getByLabel(label, { exact: true }).fill(value);
  for (const label of checks) await dialog.getByLabel(label, { exact: true }).check();
  if (Object.keys(fields).length + Object.keys(selects).length + checks.length > 0) await dialog.getByRole('button', { name: L['app.submit'] }).click();
}
