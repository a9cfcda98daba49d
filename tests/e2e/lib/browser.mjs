// Debian's chromium driven by playwright-core (never a downloaded browser), headless, with a fresh
// profile folder per session; screenshots of key steps and of failures go to the build folder
// (tests/e2e/artifacts under the build dir).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { paths } from './env.mjs';

export const chromiumPath = '/usr/bin/chromium';
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const desktop = { width: 1366, height: 900 };
export const phone = { width: 390, height: 844 };

// One browser session (its own profile folder under dir): closed by t.after, with a screenshot of the
// page when the test failed.
export async function openBrowser(t, dir, name, { viewport = desktop, isMobile = false } = {}) {
  const profile = fs.mkdtempSync(path.join(dir, `profile-${name}-`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath, headless: true, args, viewport, isMobile, hasTouch: isMobile,
    locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', timeout: 30000,
  });
  context.setDefaultTimeout(15000);
  const page = context.pages()[0] ?? await context.newPage();
  const session = { context, page, name, failed: false };
  t.after(async () => {
    if (session.failed || t.passed === false) await shot(page, `FAILED-${safe(t.name)}-${name}`).catch(() => {});
    await context.close().catch(() => {});
  });
  return session;
}

const safe = (text) => text.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 60);

// Saves a full-page screenshot under the artifacts folder; returns its path.
export async function shot(page, name) {
  const file = path.join(paths.artifacts, `${safe(name)}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

// Runs one step; on failure saves a screenshot named after the step, then rethrows.
export async function step(session, name, fn) {
  try {
    return await fn();
  } catch (error) {
    session.failed = true;
    await shot(session.page, `FAILED-${session.name}-${name}`).catch(() => {});
    throw error;
  }
}
