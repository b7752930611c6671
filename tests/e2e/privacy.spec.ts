/**
 * Issue 5, first slice, in Chromium against the web host: a clerk opens the sample register,
 * goes to Protect, and sees the JMBG, name, address and phone columns flagged with evidence in
 * words, while the row number and the amount are listed as checked. Screenshots in sr-Cyrl and en.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

function column(page: Page, name: string) {
  return page
    .getByTestId('privacy-screen')
    .locator('[data-testid^="privacy-column-"]')
    .filter({ has: page.getByRole('heading', { name, exact: true }) });
}

test('the Protect step shows which columns hold personal data and why', async ({
  page,
  otvori,
}) => {
  await otvori.open(page);
  await page.getByTestId('open-sample-button').click();
  await expect(page.getByTestId('table-view')).toBeVisible();
  await page.getByTestId('privacy-button').click();
  await expect(page.getByTestId('privacy-screen')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Заштита личних података');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByTestId('privacy-summary')).toContainText('Лични подаци пронађени су у');

  const jmbg = column(page, 'JMBG');
  await expect(jmbg).toHaveAttribute('data-personal', 'true');
  await expect(jmbg).toContainText('Лични подаци');
  await expect(jmbg).toContainText('Пронађено: ЈМБГ');
  await expect(jmbg).toContainText(/вредности су исправни: ЈМБГ/);
  await expect(jmbg).toContainText('Заглавље колоне указује на: ЈМБГ.');
  await expect(jmbg).toContainText('Поузданост: висока');

  await expect(column(page, 'Prezime i ime')).toHaveAttribute('data-personal', 'true');
  await expect(column(page, 'Prezime i ime')).toContainText('име и презиме');
  await expect(column(page, 'Adresa')).toHaveAttribute('data-personal', 'true');
  await expect(column(page, 'Adresa')).toContainText('адреса');
  await expect(column(page, 'Telefon')).toHaveAttribute('data-personal', 'true');
  await expect(column(page, 'Telefon')).toContainText('телефон');

  for (const name of ['Redni broj', 'Iznos pomoći']) {
    await expect(column(page, name)).toHaveAttribute('data-personal', 'false');
    await expect(column(page, name)).toContainText('Проверено — нема личних података');
  }
  // Flagged columns come first.
  const order = await page
    .getByTestId('privacy-screen')
    .locator('[data-testid^="privacy-column-"]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-personal')));
  expect(order.indexOf('false')).toBeGreaterThan(order.lastIndexOf('true'));
  await otvori.shot(page, 'privacy-01-sr-Cyrl');

  await page.getByTestId('locale-select').selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Protect personal data');
  await expect(column(page, 'JMBG')).toContainText('are valid: JMBG');
  await expect(column(page, 'Iznos pomoći')).toContainText('Checked — no personal data');
  await otvori.shot(page, 'privacy-02-en');
  await page.getByTestId('locale-select').selectOption('sr-Cyrl');

  // The stepper reaches the step both ways, and Protect comes before Describe.
  await page.getByTestId('privacy-next').click();
  await expect(page.getByTestId('describe-screen')).toBeVisible();
  await page.getByTestId('stepper-protect').click();
  await expect(page.getByTestId('privacy-screen')).toBeVisible();
  await page.getByTestId('stepper-view').click();
  await expect(page.getByTestId('table-view')).toBeVisible();
});
