/**
 * Fixing one cell in Chromium (issue 4, edit-cell): after a filter removed rows, the clerk picks a
 * row by the number the grid shows and a column, sees the current value, types the correct one,
 * looks at the example and applies. The grid and the history show the fix; undo and redo take it
 * away and bring it back.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const FIXED = 'Ново Село (исправљено)';

/** The grid's column index of a column, by its header text. */
async function columnIndex(page: Page, name: string): Promise<number> {
  const headers = await page.locator('[data-testid^="column-header-"]').allTextContents();
  const index = headers.findIndex((text) => text.includes(name));
  expect(index, `column ${name} in the grid`).toBeGreaterThanOrEqual(0);
  return index;
}

test('a clerk fixes one cell, sees it in the grid and the history, undoes and redoes', async ({
  page,
  otvori,
}) => {
  test.setTimeout(90_000);
  await otvori.open(page);
  await page.getByTestId('open-sample-button').click();
  await expect(page.getByTestId('table-view')).toBeVisible();
  await page.getByTestId('clean-button').click();
  await expect(page.getByTestId('clean-screen')).toBeVisible();
  const rowCount = page.getByTestId('clean-row-count');
  const allRows = Number(await rowCount.getAttribute('data-value'));

  // A filter first: rows go away, so the grid's row 3 is no longer the file's row 3.
  const form = page.getByTestId('step-form').last();
  await form.getByTestId('step-op').selectOption('filter-rows');
  await form.getByTestId('step-column').selectOption('Napomena');
  await form.getByTestId('param-condition').selectOption('not-empty');
  await form.getByTestId('param-keep').selectOption('non-matching');
  await form.getByTestId('step-apply').click();
  const steps = page.getByTestId('recipe-step');
  await expect(steps).toHaveCount(1);
  await expect(rowCount).not.toHaveAttribute('data-value', String(allRows));

  const naselje = await columnIndex(page, 'Naselje');
  const cell = page.getByTestId(`grid-cell-2-${naselje}`);
  await expect(cell).not.toBeEmpty();
  const before = (await cell.textContent()) ?? '';

  const edit = page.getByTestId('edit-cell-form');
  await edit.getByTestId('edit-cell-row').fill('3');
  await edit.getByTestId('edit-cell-column').selectOption('Naselje');
  await expect(edit.getByTestId('edit-cell-current')).toContainText(before);
  await edit.getByTestId('edit-cell-value').fill(FIXED);
  await edit.getByTestId('edit-cell-preview').click();
  const preview = edit.getByTestId('step-preview');
  await expect(preview).toBeVisible();
  await expect(preview.getByTestId('preview-changed')).toHaveAttribute('data-value', '1');
  await expect(preview.locator('.is-before')).toHaveText(before);
  await expect(preview.locator('.is-after')).toHaveText(FIXED);
  await edit.scrollIntoViewIfNeeded();
  await otvori.shot(page, 'edit-cell-01-preview');

  await edit.getByTestId('edit-cell-apply').click();
  await expect(steps).toHaveCount(2);
  await expect(steps.nth(1)).toContainText(FIXED);
  await expect(steps.nth(1)).toContainText('Naselje');
  await expect(cell).toHaveText(FIXED);
  await expect(edit.getByTestId('edit-cell-current')).toContainText(FIXED);
  await page.getByTestId('recipe-history').scrollIntoViewIfNeeded();
  await otvori.shot(page, 'edit-cell-02-applied');

  await page.getByTestId('undo-button').click();
  await expect(steps).toHaveCount(1);
  await expect(cell).toHaveText(before);
  await page.getByTestId('redo-button').click();
  await expect(steps).toHaveCount(2);
  await expect(cell).toHaveText(FIXED);
  await otvori.shot(page, 'edit-cell-03-redone');
});
