/**
 * Issue 5 §5 in Chromium against the web host: the sample register has a JMBG column, so the
 * check before publication refuses, naming the column and what is in it (never a value). After
 * the clerk accepts the suggested plan (steps appended to the recipe), the same check passes, the
 * risk check speaks in words and the report proposes a processing note.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test('the gate refuses a JMBG column with an explanation, then passes after the plan', async ({
  page,
  otvori,
}) => {
  await otvori.open(page);
  await page.getByTestId('open-sample-button').click();
  await expect(page.getByTestId('table-view')).toBeVisible();
  await page.getByTestId('privacy-button').click();
  await expect(page.getByTestId('privacy-screen')).toBeVisible();

  const status = page.getByTestId('privacy-gate-status');
  await page.getByTestId('privacy-gate-check').click();
  await expect(status).toHaveAttribute('data-passed', 'false');
  await expect(status).toContainText('Објављивање није дозвољено');
  await expect(status).toContainText('Колона „JMBG“: ЈМБГ.');
  await expect(status).toContainText('Прихватите предлог заштите за њу или упишите образложење.');
  // Column names and kinds only: no JMBG value appears anywhere on the screen.
  expect(await page.getByTestId('privacy-screen').innerText()).not.toMatch(/\d{13}/);
  await expect(page.getByTestId('privacy-plan-JMBG')).toContainText('Уклони колону');
  await otvori.shot(page, 'privacy-gate-01-refused');
  // The panels pass an accessibility audit (labels, roles, contrast).
  const audit = await new AxeBuilder({ page }).include('[data-testid="privacy-screen"]').analyze();
  expect(audit.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);

  await page.getByTestId('privacy-plan-accept-all').click();
  await expect(status).toHaveAttribute('data-passed', 'true', { timeout: 20_000 });
  await expect(status).toContainText('Може се објавити');
  await page.getByTestId('privacy-gate-check').click();
  await expect(status).toHaveAttribute('data-passed', 'true');
  await expect(page.getByTestId('privacy-plan')).toContainText('Нема колона које треба заштитити.');
  await otvori.shot(page, 'privacy-gate-02-passed');

  await page.getByTestId('privacy-risk-check').click();
  await expect(page.getByTestId('privacy-risk-result')).toContainText('k = ');

  await page.getByTestId('privacy-report-make').click();
  await expect(page.getByTestId('privacy-report-body')).toContainText('Уклоњене колоне');
  await expect(page.getByTestId('privacy-note')).toHaveValue(/^Пре објављивања/);
  await otvori.shot(page, 'privacy-gate-03-report');

  // The table the rest of the app shows is the protected one.
  await page.getByTestId('stepper-view').click();
  await expect(page.getByTestId('table-view')).toBeVisible();
  await expect(page.getByTestId('table-view')).not.toContainText('JMBG');
});

test('a column kept on purpose passes only with the clerk’s justification', async ({
  page,
  otvori,
}) => {
  await otvori.open(page);
  await page.getByTestId('open-sample-button').click();
  await expect(page.getByTestId('table-view')).toBeVisible();
  await page.getByTestId('privacy-button').click();
  await page.getByTestId('locale-select').selectOption('en');
  await expect(page.getByTestId('privacy-plan')).toBeVisible();

  // Keep the names, accept the rest of the suggestion.
  await page.getByTestId('privacy-plan-Prezime i ime').getByRole('combobox').selectOption('keep');
  await expect(page.getByTestId('privacy-plan-Prezime i ime')).toContainText(
    'write a justification in the pre-publication check',
  );
  await page.getByTestId('privacy-plan-accept-all').click();

  const status = page.getByTestId('privacy-gate-status');
  await expect(status).toContainText('Column “Prezime i ime”: first and last name.', {
    timeout: 20_000,
  });
  await expect(status).toHaveAttribute('data-passed', 'false');
  await expect(status.locator('li')).toHaveCount(1);
  // The clerk's choice survives the recipe change.
  await expect(page.getByTestId('privacy-plan-Prezime i ime').getByRole('combobox')).toHaveValue(
    'keep',
  );

  await status.getByText('Write a justification', { exact: true }).click();
  await status
    .getByLabel('Why “first and last name” in the column “Prezime i ime” may be published')
    .fill('Recipients of the city award are announced publicly.');
  await status.getByRole('button', { name: 'Save the justification' }).click();
  await expect(status).toHaveAttribute('data-passed', 'true');
  const justifications = page.getByTestId('privacy-gate').locator('.privacy-justifications');
  await expect(justifications).toContainText(
    '“Prezime i ime”, first and last name: Recipients of the city award are announced publicly.',
  );
  await expect(page.getByTestId('privacy-plan')).toContainText('No column needs protecting.');
  await otvori.shot(page, 'privacy-gate-04-justified-en');

  await page.getByTestId('privacy-report-make').click();
  await expect(page.getByTestId('privacy-note')).toHaveValue(
    /Kept with a recorded justification: Prezime i ime\./,
  );

  await justifications.getByRole('button', { name: 'Remove the justification' }).click();
  await expect(status).toHaveAttribute('data-passed', 'false');
});
