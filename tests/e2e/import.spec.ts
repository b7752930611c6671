/**
 * Issue 3 in Chromium: a Cyrillic report with title rows, a merged two-row header, hidden data,
 * totals and notes shows what was detected; the clerk corrects the header and leaves rows out;
 * a Windows-1251 CSV shows its encoding and can be re-read in another one.
 */
import { LAYOUT_EXPECTED, makeImportFixtures } from '../fixtures/make-import-fixtures';
import { expect, test } from './fixtures';

test('the detected layout of a Cyrillic report, and the clerk corrects it', async ({
  page,
  otvori,
}) => {
  const fx = makeImportFixtures();
  await otvori.open(page);
  await page.getByTestId('file-input').setInputFiles(fx.layoutXlsx);
  await expect(page.getByTestId('table-view')).toBeVisible();
  const panel = page.getByTestId('import-panel');
  await expect(panel).toBeVisible();
  await expect(page.getByTestId('row-count')).toHaveAttribute('data-value', '4');
  for (const [index, name] of LAYOUT_EXPECTED.names.entries()) {
    await expect(page.getByTestId(`column-header-${index}`)).toContainText(name);
  }
  await expect(page.getByTestId('import-header-row')).toHaveValue('4');
  await expect(page.getByTestId('import-header-count')).toHaveValue('2');
  await expect(page.getByTestId('import-title-rows')).toContainText('ГРАД ПАНЧЕВО');
  await expect(page.getByTestId('import-excluded-rows')).toContainText('УКУПНО');
  await expect(page.getByTestId('import-excluded-rows')).toContainText('збир');
  await expect(page.getByTestId('import-excluded-rows')).toContainText('напомена');
  await expect(page.getByTestId('import-hidden')).toContainText('8');
  await expect(page.getByTestId('import-hidden')).toContainText('C (ЈМБГ)');
  await otvori.shot(page, 'import-01-layout-sr-Cyrl');

  // Keep the totals row (untick), leave out the hidden row 8, read again.
  await page.getByRole('checkbox', { name: 'Изостави ред 10' }).uncheck();
  await page.getByRole('button', { name: 'Изостави скривене редове' }).click();
  await expect(page.getByTestId('import-extra-rows')).toHaveValue('8');
  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('import-status')).toContainText('сачуван');
  // Keyboard focus lands on the new panel's heading, not on the page body.
  await expect(page.getByRole('heading', { name: 'Како је датотека прочитана' })).toBeFocused();
  await expect(page.getByTestId('row-count')).toHaveAttribute('data-value', '4');
  await expect(page.getByTestId('import-excluded-rows')).toContainText('изоставили сте');
  await otvori.shot(page, 'import-02-corrected-sr-Cyrl');

  // The choice is the publication's binding: opening the file again reads it the same way.
  await page.getByTestId('close-button').click();
  await page.getByTestId('file-input').setInputFiles(fx.layoutXlsx);
  await expect(page.getByTestId('import-excluded-rows')).toContainText('изоставили сте');
  await expect(page.getByTestId('import-excluded-rows')).not.toContainText('збир');
});

test('a Windows-1251 CSV shows its encoding and can be re-read as another', async ({
  page,
  otvori,
}) => {
  const fx = makeImportFixtures();
  const csv = fx.encodings.find((e) => e.path.endsWith('enc-1251.csv'));
  await otvori.open(page);
  await page.getByTestId('file-input').setInputFiles(csv?.path ?? '');
  await expect(page.getByTestId('import-encoding')).toHaveValue('windows-1251');
  await expect(page.getByTestId('import-delimiter')).toHaveValue(';');
  await expect(page.getByTestId('column-header-0')).toContainText('Име и презиме');
  await otvori.shot(page, 'import-03-csv-1251');
  await page.getByTestId('import-encoding').selectOption('windows-1250');
  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('import-encoding')).toHaveValue('windows-1250');
  await expect(page.getByTestId('column-header-0')).not.toContainText('Име');
});
