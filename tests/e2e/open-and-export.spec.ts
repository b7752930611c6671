/**
 * The first slice of the clerk's job in Chromium against the web host: open the sample register,
 * see its cells, export CSV and compare it byte for byte; open uploads; survive bad files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  generateRegisterRows,
  REGISTER_HEADERS,
} from '../../electron/backend/sample/register-rows';
import { SAMPLE_ROWS, SAMPLE_SEED } from '../../electron/backend/sample/ensure-sample';
import { makeFixtures } from '../fixtures/make-fixtures';
import { expect, test } from './fixtures';

const EXPECTED_CSV = fileURLToPath(
  new URL('../fixtures/expected/pancevo-registar-uzorak.csv', import.meta.url),
);

test('a clerk opens the sample register, sees its cells and exports the CSV', async ({
  page,
  otvori,
}) => {
  await otvori.open(page);
  await expect(page.getByTestId('open-sample-button')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sr-Cyrl');
  await otvori.shot(page, '01-open-screen-sr-Cyrl');

  await page.getByTestId('open-sample-button').click();
  await expect(page.getByTestId('table-view')).toBeVisible();
  await expect(page.getByTestId('row-count')).toHaveAttribute('data-value', String(SAMPLE_ROWS));
  await expect(page.getByTestId('column-count')).toHaveAttribute(
    'data-value',
    String(REGISTER_HEADERS.length),
  );
  for (const [index, name] of REGISTER_HEADERS.entries()) {
    await expect(page.getByTestId(`column-header-${index}`)).toContainText(name);
  }
  const rows = generateRegisterRows(SAMPLE_ROWS, SAMPLE_SEED);
  const first = rows[0]!;
  await expect(page.getByTestId('grid-cell-0-1')).toHaveText(first.prezimeIme);
  // The JMBG keeps its leading zeros and is not shown as a number.
  const withLeadingZero = rows.findIndex((r) => r.jmbg.startsWith('0'));
  expect(withLeadingZero).toBeGreaterThanOrEqual(0);
  await expect(page.getByTestId(`grid-cell-${withLeadingZero}-2`)).toHaveText(
    rows[withLeadingZero]!.jmbg,
  );
  // Dates are shown the Serbian way.
  const [y, m, d] = first.datumResenja.split('-');
  await expect(page.getByTestId('grid-cell-0-7')).toHaveText(`${d}.${m}.${y}.`);
  await otvori.shot(page, '02-table-sr-Cyrl');

  // Keyboard: the grid scrolls to the last row with Ctrl+End.
  await page.getByTestId('grid').focus();
  await page.keyboard.press('Control+End');
  await expect(page.getByTestId(`grid-cell-${SAMPLE_ROWS - 1}-0`)).toHaveText(
    String(rows.at(-1)!.redniBroj),
  );

  await expect(page.getByTestId('bom-checkbox')).not.toBeChecked();
  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('export-button').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('pancevo-registar-uzorak.csv');
  const downloaded = readFileSync(await download.path());
  expect(downloaded.equals(readFileSync(EXPECTED_CSV))).toBe(true);
  await expect(page.getByTestId('export-result')).toBeVisible();
  await otvori.shot(page, '03-exported-sr-Cyrl');
});

test('the BOM option adds exactly the UTF-8 byte order mark', async ({ page, otvori }) => {
  await otvori.open(page);
  await page.getByTestId('open-sample-button').click();
  await expect(page.getByTestId('table-view')).toBeVisible();
  await page.getByTestId('bom-checkbox').check();
  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('export-button').click();
  const downloaded = readFileSync(await (await downloadPromise).path());
  const expected = readFileSync(EXPECTED_CSV);
  expect(downloaded.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
  expect(downloaded.subarray(3).equals(expected)).toBe(true);
});

test('a clerk uploads a workbook of each format and sees the same table', async ({
  page,
  otvori,
}) => {
  const fixtures = makeFixtures(path.join(otvori.dataDir, 'fixtures'));
  await otvori.open(page);
  for (const file of [fixtures.xlsx, fixtures.xls, fixtures.ods, fixtures.csv]) {
    await page.getByTestId('file-input').setInputFiles(file);
    await expect(page.getByTestId('table-view')).toBeVisible();
    await expect(page.getByTestId('row-count')).toHaveAttribute('data-value', '3');
    await expect(page.getByTestId('grid-cell-1-1')).toHaveText('Јелена Јовановић');
    await expect(page.getByTestId('grid-cell-0-2')).toHaveText('0102985860049');
    await page.getByTestId('close-button').click();
    await expect(page.getByTestId('open-sample-button')).toBeVisible();
  }
  // Every opened file is on the recent list, newest first.
  await expect(page.getByTestId('recent-list')).toContainText(path.basename(fixtures.csv));
  await otvori.shot(page, '04-recent-files-sr-Cyrl');
});

test('bad files get a specific message and the app keeps working', async ({ page, otvori }) => {
  const fixtures = makeFixtures(path.join(otvori.dataDir, 'fixtures'));
  await otvori.open(page);
  const cases: [string, string][] = [
    [fixtures.encryptedXlsx, 'FILE_ENCRYPTED'],
    [fixtures.truncatedXlsx, 'FILE_CORRUPT'],
    [fixtures.textXlsx, 'FILE_UNSUPPORTED'],
    [fixtures.bombDeclaredXlsx, 'FILE_SUSPICIOUS'],
    [fixtures.emptyCsv, 'FILE_EMPTY'],
  ];
  for (const [file, code] of cases) {
    await page.getByTestId('file-input').setInputFiles(file);
    const alert = page.getByTestId('error-alert');
    await expect(alert).toHaveAttribute('data-code', code);
    if (code === 'FILE_ENCRYPTED') {
      await expect(alert).toContainText('лозинк');
      await otvori.shot(page, '05-error-encrypted-sr-Cyrl');
    }
    await page.getByTestId('error-dismiss').click();
    await expect(alert).toHaveCount(0);
  }
  await page.getByTestId('open-sample-button').click();
  await expect(page.getByTestId('table-view')).toBeVisible();
});

test('the language choice applies everywhere and is remembered', async ({ page, otvori }) => {
  await otvori.open(page);
  await page.getByTestId('locale-select').selectOption('sr-Latn');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sr-Latn');
  await expect(page.getByTestId('open-sample-button')).not.toContainText(/[\u0400-\u04FF]/);
  await otvori.shot(page, '06-open-screen-sr-Latn');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sr-Latn');
  await page.getByTestId('locale-select').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('open-sample-button').click();
  await expect(page.getByTestId('table-view')).toBeVisible();
  await otvori.shot(page, '07-table-en');
});

test('the whole first slice works with the keyboard alone', async ({ page, otvori }) => {
  await otvori.open(page);
  await expect(page.getByTestId('open-sample-button')).toBeVisible();
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (
      await page.getByTestId('open-sample-button').evaluate((el) => el === document.activeElement)
    )
      break;
  }
  await expect(page.getByTestId('open-sample-button')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('table-view')).toBeVisible();
});

test('the page is readable at 200% zoom without horizontal page scrolling', async ({
  page,
  otvori,
}) => {
  await page.setViewportSize({ width: 640, height: 400 });
  await otvori.open(page);
  await page.getByTestId('open-sample-button').click();
  await expect(page.getByTestId('table-view')).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await otvori.shot(page, '08-table-narrow-sr-Cyrl');
});
