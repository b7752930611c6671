/**
 * About (renderer/src/components/AboutDialog.tsx): the clerk opens it from the header with the
 * keyboard, sees the version, the data folder, the portal and IT's policy, and closes it with
 * Escape. With a policy from IT, the fixed settings and a rejected field are shown.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createWebApp } from '../../electron/backend/web-host/create-web-app';
import { evaluatePolicy } from '../../electron/backend/policy/load-policy';
import { expect, RENDERER_DIR, SCREENSHOT_DIR, test, WORKER_FILE } from './fixtures';

test('About shows the version, data folder and portal, and closes with Escape', async ({
  page,
  otvori,
}) => {
  await otvori.open(page);
  const button = page.getByTestId('about-button');
  await expect(button).toHaveText('О програму');
  await button.focus();
  await page.keyboard.press('Enter');

  const dialog = page.getByTestId('about-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('about-version')).toHaveText('0.0.0-e2e');
  await expect(page.getByTestId('about-data-dir')).toHaveText(otvori.dataDir);
  await expect(page.getByTestId('about-portal')).toHaveText('https://data.gov.rs');
  await expect(page.getByTestId('about-policy-source')).toContainText('ИТ служба није поставила');
  await otvori.shot(page, '20-about-sr-Cyrl');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('About lists the settings IT fixed and what it could not apply', async ({ page }) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'otvori-e2e-about-'));
  const policy = evaluatePolicy('C:\\ProgramData\\Otvori\\policy.json', {
    organization: 'grad-pancevo',
    updates: 'never',
    defaultLocale: 'en',
  });
  const app = await createWebApp({
    dataDir,
    rendererDir: RENDERER_DIR,
    workerFile: WORKER_FILE,
    version: '1.2.3',
    buildDate: '2026-03-01T10:00:00.000Z',
    policy,
  });
  try {
    await page.goto(app.host.launchUrl);
    // IT's default language applies: the clerk has not picked one.
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByTestId('about-button').click();
    await expect(page.getByTestId('about-version')).toHaveText('1.2.3');
    await expect(page.getByTestId('about-build-date')).toContainText('2026');
    await expect(page.getByTestId('about-policy-source')).toContainText(
      'C:\\ProgramData\\Otvori\\policy.json',
    );
    const fixed = page.getByTestId('about-fixed').locator('li');
    await expect(fixed).toHaveText(['Organization on the portal', 'Default language']);
    await expect(page.getByTestId('about-policy-errors')).toContainText(
      'Field "updates" is invalid',
    );
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, '21-about-policy-en.png'),
      fullPage: true,
    });
    await page.getByTestId('about-close').click();
    await expect(page.getByTestId('about-dialog')).toBeHidden();
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
