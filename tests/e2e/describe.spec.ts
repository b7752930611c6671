/**
 * Issue 6 in Chromium against the web host: a clerk opens the sample register, goes to Describe,
 * fills the form, sees the error on a too-short title, fixes it, watches the predicted portal
 * score rise, makes a Latin version, edits and downloads the column dictionary, sets the office
 * defaults, and moves between steps without losing anything. Screenshots in three languages and
 * at 1280 and 640 px.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const TITLE = 'Једнократна помоћ Града Панчева 2022–2024';
const DESCRIPTION =
  'Решења о једнократној новчаној помоћи грађанима Панчева: насеље, износ у динарима и датум решења. ' +
  'Лични подаци (име, ЈМБГ, адреса, телефон) биће уклоњени пре објављивања.';

async function openDescribe(page: Page): Promise<void> {
  await page.getByTestId('open-sample-button').click();
  await expect(page.getByTestId('table-view')).toBeVisible();
  await page.getByTestId('describe-button').click();
  await expect(page.getByTestId('describe-screen')).toBeVisible();
  await expect(page.getByTestId('md-title')).toBeVisible();
}

async function score(page: Page): Promise<number> {
  return Number(await page.getByTestId('quality-score').getAttribute('data-value'));
}

async function saved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-saving', 'false');
}

test('a clerk describes the sample register and the portal score rises', async ({
  page,
  otvori,
}) => {
  await otvori.open(page);
  await openDescribe(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Опис скупа података');
  // Drafted from the file, the office template and the table.
  await expect(page.getByTestId('md-title')).toHaveValue('pancevo-registar-uzorak');
  await expect(page.getByTestId('md-license')).toHaveValue('sodl');
  await expect(page.getByTestId('md-temporalCoverage-start')).toHaveValue(/^202[2-4]-\d\d-\d\d$/);
  const before = await score(page);

  // A title that is too short: the check lists it and moves focus to the field.
  await page.getByTestId('md-title').fill('Помоћ');
  await saved(page);
  await page.getByTestId('describe-check').click();
  await expect(page.getByTestId('md-error-summary')).toBeVisible();
  await expect(page.getByTestId('md-error-summary')).toContainText(
    'Наслов: прекратко је (5 знакова), треба најмање 8.',
  );
  await expect(page.getByTestId('md-error-summary')).toContainText('Опис: попуните ово поље.');
  await expect(page.getByTestId('md-title')).toBeFocused();
  await expect(page.getByTestId('md-title')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('md-title')).toHaveAttribute('aria-describedby', /md-title-error/);
  await expect(page.getByTestId('md-title-error')).toBeVisible();
  await otvori.shot(page, 'describe-01-errors-sr-Cyrl');

  // The summary's link moves focus to its field.
  await page.getByTestId('md-error-summary').getByRole('link', { name: /Опис/ }).click();
  await expect(page.getByTestId('md-description')).toBeFocused();

  // Fix the title; the error goes away.
  await page.getByTestId('md-title').fill(TITLE);
  await expect(page.getByTestId('md-title-error')).toHaveCount(0);
  await expect(page.getByTestId('md-title')).not.toHaveAttribute('aria-invalid', 'true');

  // Fill what raises the score: description, frequency, area, keywords.
  await page.getByTestId('md-description').fill(DESCRIPTION);
  await expect.poll(() => score(page)).toBeGreaterThan(before);
  const afterDescription = await score(page);
  await page.getByTestId('md-frequency').selectOption('annual');
  await page.getByTestId('md-spatialGranularity').selectOption('other');
  await expect.poll(() => score(page)).toBeGreaterThan(afterDescription);
  const tags = page.getByTestId('md-tags');
  await tags.fill('социјална заштита, помоћ, Панчево');
  await tags.press('Enter');
  await tags.fill('ЈП');
  await tags.press('Enter');
  await expect(page.getByTestId('md-tag')).toHaveCount(4);
  await expect(page.getByTestId('md-tag-list')).toContainText('на порталу: sotsijalna-zashtita');
  // Three keywords count: "ЈП" does not.
  await expect(page.getByTestId('quality-tags')).toHaveAttribute('data-met', 'false');

  // "ЈП" becomes "jp" on the portal: refused, and said so.
  await saved(page);
  await page.getByTestId('describe-check').click();
  await expect(page.getByTestId('md-error-summary')).toContainText('„ЈП“ на порталу постаје „jp“');
  await expect(page.getByTestId('md-tags')).toBeFocused();
  await page.getByRole('button', { name: 'Уклони кључну реч „ЈП“' }).click();
  await tags.fill('једнократна помоћ');
  await tags.press('Enter');
  await expect(page.getByTestId('quality-tags')).toHaveAttribute('data-met', 'true');
  await saved(page);
  await page.getByTestId('describe-check').click();
  await expect(page.getByTestId('describe-ok')).toBeVisible();
  await expect(page.getByTestId('md-error-summary')).toHaveCount(0);

  // One click for the Latin version.
  await page.getByTestId('md-to-latin').click();
  await expect(page.getByTestId('md-titleLatin')).toHaveValue(
    'Jednokratna pomoć Grada Pančeva 2022–2024',
  );
  await expect(page.getByTestId('md-descriptionLatin')).toHaveValue(
    /^Rešenja o jednokratnoj novčanoj pomoći/,
  );
  expect(await score(page)).toBeGreaterThanOrEqual(78);
  await saved(page);
  await otvori.shot(page, 'describe-02-form-sr-Cyrl');

  // Column dictionary: drafted, editable, downloadable.
  await page.getByTestId('describe-tab-dictionary').click();
  await expect(page.getByTestId('dictionary-editor')).toBeVisible();
  await expect(page.getByTestId('md-dictionary-6-unit')).toHaveValue('RSD');
  await expect(page.getByTestId('md-dictionary-4-allowedValues')).toHaveValue(/Панчево|Pančevo/);
  await page.getByTestId('md-dictionary-6-description').fill('Износ исплаћене помоћи');
  await otvori.shot(page, 'describe-03-dictionary-sr-Cyrl');
  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('dictionary-export-csv').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('pancevo-registar-uzorak-recnik-podataka.csv');
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).toContain('Iznos pomoći,Iznos pomoći,Износ исплаћене помоћи,number,RSD,');

  // Keyboard: arrows move between the tabs.
  await page.getByTestId('describe-tab-dictionary').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('describe-tab-form')).toBeFocused();
  await expect(page.getByTestId('md-title')).toBeVisible();

  // Back to the table through the stepper and forward again: nothing typed is lost.
  await page.getByTestId('stepper-view').click();
  await expect(page.getByTestId('table-view')).toBeVisible();
  await page.getByTestId('stepper-describe').click();
  await expect(page.getByTestId('md-title')).toHaveValue(TITLE);
  await expect(page.getByTestId('md-tag')).toHaveCount(4);
  await page.getByTestId('describe-tab-dictionary').click();
  await expect(page.getByTestId('md-dictionary-6-description')).toHaveValue(
    'Износ исплаћене помоћи',
  );

  // …and after a reload of the whole app, the same file finds its publication.
  await otvori.open(page);
  await page.reload();
  // With a publication on record the app starts on Home (issue 9); "continue" goes on with it.
  await page.getByTestId('home-item-continue').click();
  await openDescribe(page);
  await expect(page.getByTestId('md-title')).toHaveValue(TITLE);
});

test('office defaults: set once, new descriptions start from them', async ({ page, otvori }) => {
  await otvori.open(page);
  await openDescribe(page);
  await page.getByTestId('office-defaults-button').click();
  const panel = page.getByTestId('office-defaults');
  await expect(panel).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Подразумеване вредности канцеларије' }),
  ).toBeFocused();
  await panel.getByTestId('md-tpl-organization-name').fill('Град Панчево');
  await panel.getByTestId('md-tpl-organization-id').fill('5f1a2b3c4d5e6f7a8b9c0d1e');
  await panel.getByTestId('md-tpl-contact-email').fill('otvoreni.podaci@pancevo');
  await panel.getByTestId('template-save').click();
  await expect(panel).toContainText('Е-пошта за питања: адреса није исправна');
  await panel.getByTestId('md-tpl-contact-email').fill('otvoreni.podaci@pancevo.rs');
  await panel.getByTestId('md-tpl-frequency').selectOption('monthly');
  await panel.getByTestId('template-save').click();
  await expect(page.getByTestId('template-status')).toContainText('сачуване');
  await otvori.shot(page, 'describe-04-office-defaults-sr-Cyrl');
  await panel.getByTestId('template-apply').click();
  await expect(page.getByTestId('md-organization-id')).toHaveValue('5f1a2b3c4d5e6f7a8b9c0d1e');
  await expect(page.getByTestId('md-frequency')).toHaveValue('monthly');
  await expect(page.getByTestId('md-contact-email')).toHaveValue('otvoreni.podaci@pancevo.rs');
});

test('the Describe screen in Latin and English, wide and narrow', async ({ page, otvori }) => {
  await otvori.open(page);
  await openDescribe(page);
  await page.getByTestId('md-title').fill('Кратко');
  await saved(page);
  await page.getByTestId('describe-check').click();
  await expect(page.getByTestId('md-error-summary')).toBeVisible();

  await page.getByTestId('locale-select').selectOption('sr-Latn');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Opis skupa podataka');
  await expect(page.getByTestId('md-error-summary')).toContainText(
    'Naslov: prekratko je (6 znakova), treba najmanje 8.',
  );
  await otvori.shot(page, 'describe-05-sr-Latn');

  await page.getByTestId('locale-select').selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Describe the dataset');
  await expect(page.getByTestId('md-error-summary')).toContainText(
    'Title: too short (6 characters), at least 8 needed.',
  );
  await expect(page.getByTestId('quality-preview')).toContainText('Predicted rating');
  await otvori.shot(page, 'describe-06-en');

  await page.getByTestId('locale-select').selectOption('sr-Cyrl');
  await page.setViewportSize({ width: 640, height: 800 });
  await expect(page.getByTestId('quality-preview')).toBeVisible();
  // No horizontal scrolling at 640 px.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await otvori.shot(page, 'describe-07-narrow-sr-Cyrl');
  // Below the form at this width, the rating is one link away.
  await page.getByTestId('quality-score-compact').click();
  await expect(page.getByRole('heading', { name: 'Оцена на порталу' })).toBeFocused();
  await page.getByTestId('describe-tab-dictionary').click();
  await otvori.shot(page, 'describe-08-narrow-dictionary-sr-Cyrl');
});
