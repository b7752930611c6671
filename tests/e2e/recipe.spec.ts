/**
 * The recipe in Chromium (issue 4): a clerk cleans this month's register with five steps, undoes
 * one, exports, closes the app; reopens it with next month's file (same name, one column renamed,
 * one gone), sees the replay dialog before anything runs, maps the renamed column, replays and
 * exports. The exported CSV is compared byte for byte with tests/fixtures/expected/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';
import { generateRegisterRows } from '../../electron/backend/sample/register-rows';
import { registerWorkbookBytes } from '../../electron/backend/sample/write-register';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const EXPECTED_CSV = fileURLToPath(
  new URL('../fixtures/expected/recipe-replayed.csv', import.meta.url),
);
const FILE_NAME = 'socijalna-pomoc.xlsx';
const SEED = 20_260_301;

/** Next month's register: more rows, "Naselje" written as "NASELJE", "Prezime i ime" left out. */
function nextMonthBytes(): Uint8Array {
  const book = XLSX.read(registerWorkbookBytes(generateRegisterRows(45, SEED)), {
    type: 'buffer',
    dense: true,
    // Keep the cells' number formats, so dates stay dates when the workbook is written again.
    cellNF: true,
  });
  const sheet = book.Sheets[book.SheetNames[0] ?? ''];
  const data = sheet?.['!data'] as ({ v: unknown; t: string } | undefined)[][] | undefined;
  if (sheet === undefined || data === undefined) throw new Error('no sheet');
  const header = data[0] ?? [];
  expect(header[4]?.v).toBe('Naselje');
  header[4] = { t: 's', v: 'NASELJE' };
  // The name column is gone: an empty column, which the reader leaves out.
  for (const row of data) row[1] = undefined;
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;
}

async function addStep(
  page: Page,
  op: string,
  options: {
    column?: string;
    fill?: Record<string, string>;
    preview?: boolean;
    /** Screenshot taken while the example is shown. */
    shot?: () => Promise<void>;
  } = {},
): Promise<void> {
  const form = page.getByTestId('step-form').last();
  await form.getByTestId('step-op').selectOption(op);
  if (options.column !== undefined)
    await form.getByTestId('step-column').selectOption(options.column);
  for (const [name, value] of Object.entries(options.fill ?? {})) {
    const field = form.getByTestId(`param-${name}`);
    if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
  if (options.preview === true) {
    await form.getByTestId('step-preview-button').click();
    await expect(form.getByTestId('step-preview')).toBeVisible();
    await options.shot?.();
  }
  const before = await page.getByTestId('recipe-step').count();
  await form.getByTestId('step-apply').click();
  await expect(page.getByTestId('recipe-step')).toHaveCount(before + 1);
}

test('five steps, undo, restart, replay on next month’s file, export', async ({ page, otvori }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'otvori-recipe-e2e-'));
  const month1 = path.join(dir, 'januar', FILE_NAME);
  const month2 = path.join(dir, 'februar', FILE_NAME);
  mkdirSync(path.dirname(month1));
  mkdirSync(path.dirname(month2));
  writeFileSync(month1, registerWorkbookBytes(generateRegisterRows(40, SEED)));
  writeFileSync(month2, nextMonthBytes());
  try {
    await otvori.open(page);
    await page.getByTestId('file-input').setInputFiles(month1);
    await expect(page.getByTestId('table-view')).toBeVisible();
    await page.getByTestId('clean-button').click();
    await expect(page.getByTestId('clean-screen')).toBeVisible();
    await expect(page.getByTestId('recipe-saved')).toContainText('0');
    await otvori.shot(page, 'recipe-01-clean-empty');

    await addStep(page, 'trim-whitespace', { preview: true });
    await addStep(page, 'transliterate', {
      column: 'Naselje',
      fill: { to: 'sr-Latn' },
      preview: true,
    });
    await addStep(page, 'transliterate', {
      column: 'Prezime i ime',
      fill: { to: 'sr-Latn' },
      preview: true,
      shot: async () => {
        await expect(page.getByTestId('preview-changed')).toBeVisible();
        await otvori.shot(page, 'recipe-02-preview');
      },
    });
    const form = page.getByTestId('step-form').last();
    await form.getByTestId('step-op').selectOption('rename-column');
    await form.getByTestId('step-column').selectOption('Iznos pomoći');
    await form.getByTestId('suggest-name').click();
    await expect(form.getByTestId('param-to')).toHaveValue('iznos_pomoci');
    await form.getByTestId('step-apply').click();
    await expect(page.getByTestId('recipe-step')).toHaveCount(4);
    await addStep(page, 'filter-rows', {
      column: 'Napomena',
      fill: { condition: 'not-empty', keep: 'non-matching' },
      preview: true,
    });
    const steps = page.getByTestId('recipe-step');
    await expect(steps).toHaveCount(5);
    await expect(steps.nth(1)).toContainText('Naselje');
    await expect(steps.nth(3)).toContainText('iznos_pomoci');
    await otvori.shot(page, 'recipe-03-five-steps');

    // Similar values in a column: the cluster dialog (a modal; Escape closes it).
    await page.getByTestId('profile-column').selectOption('Naselje');
    await expect(page.getByTestId('profile-distinct')).toBeVisible();
    await page.getByTestId('find-clusters').click();
    const clusters = page.getByTestId('cluster-dialog');
    await expect(clusters).toBeVisible();
    await expect(clusters.getByRole('status')).toBeHidden();
    await otvori.shot(page, 'recipe-03b-clusters');
    await page.keyboard.press('Escape');
    await expect(clusters).toBeHidden();

    // Undo the filter with the keyboard (Ctrl+Z): four steps, and it can be redone.
    await page.getByTestId('undo-button').focus();
    await page.keyboard.press('Control+z');
    await expect(steps).toHaveCount(4);
    await expect(page.getByTestId('redo-button')).toBeEnabled();
    await expect(page.getByTestId('clean-row-count')).toHaveAttribute('data-value', '40');
    await otvori.shot(page, 'recipe-04-undone');

    // Export: the publication remembers this table as last month's.
    const first = page.waitForEvent('download');
    await page.getByTestId('export-button').click();
    await first;

    // Close the app and open it again on the same data, with next month's file.
    await otvori.restart();
    await otvori.open(page);
    // Home lists the dataset; the clerk continues it with next month's file.
    await page.getByTestId('home-item-continue').click();
    await page.getByTestId('file-input').setInputFiles(month2);
    await expect(page.getByTestId('table-view')).toBeVisible();
    await expect(page.getByTestId('pending-recipe')).toBeVisible();
    await otvori.shot(page, 'recipe-05-pending-notice');
    await page.getByTestId('pending-recipe-review').click();

    const dialog = page.getByTestId('replay-dialog');
    await expect(dialog).toBeVisible();
    const missing = dialog.getByTestId('replay-missing-column');
    await expect(missing).toHaveCount(2);
    await expect(dialog.locator('[data-column="Naselje"] select')).toHaveValue('NASELJE');
    await expect(dialog.locator('[data-column="Prezime i ime"] select')).toHaveValue('');
    await expect(dialog.getByTestId('replay-last')).toContainText('40');
    await otvori.shot(page, 'recipe-06-replay-dialog');
    await dialog.getByTestId('replay-run').click();
    await expect(dialog).toBeHidden();

    await expect(page.getByTestId('change-summary')).toBeVisible();
    await expect(steps).toHaveCount(4);
    // NASELJE is read as Naselje: the recipe and the exported header stay as last month.
    await expect(steps.nth(1)).toContainText('Naselje');
    await expect(page.getByTestId('column-header-3')).toContainText('Naselje');
    await expect(steps.nth(2)).toHaveAttribute('data-status', 'failed');
    await expect(page.getByTestId('clean-row-count')).toHaveAttribute('data-value', '45');
    await otvori.shot(page, 'recipe-07-replayed');

    const download = page.waitForEvent('download');
    await page.getByTestId('export-button').click();
    const exported = readFileSync(await (await download).path());
    // OTVORI_UPDATE_EXPECTED=1 rewrites the expected file (review its diff before committing).
    if (process.env['OTVORI_UPDATE_EXPECTED'] === '1') writeFileSync(EXPECTED_CSV, exported);
    expect(exported.toString('utf8')).toBe(readFileSync(EXPECTED_CSV, 'utf8'));
    await otvori.shot(page, 'recipe-08-exported');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
