/**
 * First rows early (issue 3 §5): while a large workbook is still being read, the opening screen
 * shows its first rows; the table replaces them when reading is done.
 */
import path from 'node:path';
import { writeRegisterXlsx } from '../../electron/backend/sample/write-register';
import { expect, test } from './fixtures';

const ROWS = 100_000;

test('the first rows of a large workbook appear before it is fully read', async ({
  page,
  otvori,
}) => {
  test.setTimeout(180_000);
  const file = path.join(otvori.dataDir, 'registar-preview.xlsx');
  writeRegisterXlsx(file, ROWS, 11);
  await otvori.open(page);

  await page.getByTestId('file-input').setInputFiles(file);
  const preview = page.getByTestId('file-preview');
  await expect(preview).toBeVisible({ timeout: 60_000 });
  // Still opening: the preview is there before the table.
  await expect(page.getByTestId('progress-panel')).toBeVisible();
  await expect(page.getByTestId('table-view')).toHaveCount(0);
  await expect(preview.locator('tr').first()).toContainText('Redni broj');
  await expect(preview.locator('tr')).toHaveCount(30);
  await otvori.shot(page, '09b-progress-preview-sr-Cyrl');

  await expect(page.getByTestId('table-view')).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('row-count')).toHaveAttribute('data-value', String(ROWS));
  await expect(page.getByTestId('file-preview')).toHaveCount(0);
});
