/**
 * Issue 9 §4 in Chromium against the web host: the Publish step is the review. Before the first
 * publication it shows the portal (Vežbaonica), the privacy report with the gate, the metadata
 * check with the predicted quality score, "first publication", and the header and first rows of
 * the CSV exactly as written; after publishing October, next month's file (one more row, a new
 * column) shows the rows added and removed and the new column against that publication.
 */
import type { Page } from '@playwright/test';
import { expectAccessible } from './a11y';
import { expect, test } from './fixtures';

const OCTOBER = [
  'Naselje,Mesec,Broj resenja,Ukupno (RSD)',
  'Pančevo,2026-10,41,615000',
  'Starčevo,2026-10,7,98000',
  'Omoljica,2026-10,5,70000',
  'Banatsko Novo Selo,2026-10,9,121500',
].join('\r\n');

/** Two rows as in October, two changed, one new; and a new column. */
const NOVEMBER = [
  'Naselje,Mesec,Broj resenja,Ukupno (RSD),Napomena',
  'Pančevo,2026-10,41,615000,',
  'Starčevo,2026-10,7,98000,',
  'Omoljica,2026-11,4,52000,',
  'Banatsko Novo Selo,2026-11,11,150000,',
  'Glogonj,2026-11,3,36000,"isplata u dva dela, novembar i decembar"',
].join('\r\n');

async function openCsv(page: Page, name: string, text: string): Promise<void> {
  await page.getByTestId('file-input').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(text, 'utf8'),
  });
  await expect(page.getByTestId('table-view')).toBeVisible();
}

async function saved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-saving', 'false');
}

test('the Publish step reviews privacy, description and quality, changes and the file before the one confirmation', async ({
  page,
  otvori,
}) => {
  test.setTimeout(120_000);
  await otvori.open(page);
  await page.getByTestId('portal-button').click();
  await page.getByTestId('training-toggle').click();
  await expect(page.getByTestId('training-banner')).toBeVisible();
  await page.getByTestId('portal-back').click();

  await openCsv(page, 'pomoc-po-naseljima.csv', OCTOBER);
  await expect(page.getByTestId('stepper-publish')).toContainText('Провера и објављивање');
  await page.getByTestId('describe-button').click();
  await page.getByTestId('md-title').fill('Једнократна помоћ по насељима');
  await page
    .getByTestId('md-description')
    .fill(
      'Укупни износи једнократне новчане помоћи Града Панчева по насељима и месецима, у динарима. ' +
        'Табела не садржи личне податке: само насеље, месец, број решења и укупан износ.',
    );
  await page.getByTestId('md-frequency').selectOption('monthly');
  await page.getByTestId('md-spatialGranularity').selectOption('other');
  const tags = page.getByTestId('md-tags');
  await tags.fill('социјална заштита, помоћ, Панчево');
  await tags.press('Enter');
  await page.getByTestId('md-contact-name').fill('Градска управа');
  await page.getByTestId('md-contact-email').fill('otvoreni.podaci@pancevo.rs');
  await saved(page);
  await page.getByTestId('describe-next-publish').click();

  const screen = page.getByTestId('publish-screen');
  await expect(screen).toBeVisible();
  await expect(screen.getByRole('heading', { level: 1 })).toHaveText('Провера и објављивање');
  // Where it goes.
  await expect(page.getByTestId('publish-where')).toContainText('Вежбаоницу');
  // Privacy: the gate and the report of what was found and done.
  const gate = page.getByTestId('publish-gate');
  await expect(gate).toHaveAttribute('data-passed', 'true');
  await expect(page.getByTestId('review-privacy')).toContainText('Заштита података');
  await expect(page.getByTestId('review-privacy')).toContainText('Редова пре: 4, после: 4');
  // The metadata check and the predicted quality score.
  const metadata = page.getByTestId('publish-metadata');
  await expect(metadata).toContainText('испуњава правила портала');
  const score = metadata.getByTestId('quality-score');
  await expect(score).toHaveAttribute('data-value', /^\d+$/);
  expect(Number(await score.getAttribute('data-value'))).toBeGreaterThan(0);
  // Nothing to compare with yet.
  const changes = page.getByTestId('review-changes');
  await expect(changes).toHaveAttribute('data-first', 'true');
  await expect(changes).toContainText('Ово је прво објављивање');
  // The file as written: its name, size, and the header and first rows as CSV lines.
  const file = page.getByTestId('review-file');
  // Named as publishing names it: the title's portal slug and the period of a monthly file.
  const period = await page.getByTestId('publish-period').inputValue();
  await expect(file).toContainText(`jednokratna-pomotsh-po-naseljima-${period}.csv`);
  await expect(file).toContainText('редова: 4, колона: 4');
  await expect(page.getByTestId('review-file-head')).toHaveText(
    [
      'Naselje,Mesec,Broj resenja,Ukupno (RSD)',
      'Pančevo,2026-10,41,615000',
      'Starčevo,2026-10,7,98000',
      'Omoljica,2026-10,5,70000',
      'Banatsko Novo Selo,2026-10,9,121500',
      '',
    ].join('\r\n'),
  );
  // Keyboard: the file preview takes focus (it scrolls sideways), then the confirmation.
  await page.getByTestId('review-file-head').focus();
  await expect(page.getByTestId('review-file-head')).toBeFocused();
  await expect(page.getByTestId('publish-confirm')).toBeEnabled();
  await otvori.shot(page, 'review-01-first-publication-sr-Cyrl');
  await page.getByTestId('review-file-head').scrollIntoViewIfNeeded();
  await otvori.shot(page, 'review-02-file-sr-Cyrl');
  await expectAccessible(page, 'review before the first publication');

  // One confirmation publishes.
  await page.getByTestId('publish-confirm').click();
  await expect(page.getByTestId('publish-done')).toBeVisible({ timeout: 30_000 });

  // Next month's file against that publication.
  await page.getByTestId('stepper-view').click();
  await page.getByTestId('close-button').click();
  await openCsv(page, 'pomoc-po-naseljima.csv', NOVEMBER);
  await page.getByTestId('stepper-publish').click();
  await expect(screen).toBeVisible();
  await expect(changes).toHaveAttribute('data-first', 'false');
  await expect(page.getByTestId('review-change-rows')).toHaveText(
    'Редова: 4 тада, 5 сада — 3 додато, 2 уклоњено.',
  );
  await expect(page.getByTestId('review-change-added')).toHaveText('Нове колоне: Napomena');
  await expect(file).toContainText('редова: 5, колона: 5');
  // A text with a comma is quoted in the file, exactly as written.
  await expect(page.getByTestId('review-file-head')).toContainText(
    'Glogonj,2026-11,3,36000,"isplata u dva dela, novembar i decembar"',
  );
  await otvori.shot(page, 'review-03-changes-sr-Cyrl');

  await page.getByTestId('locale-select').selectOption('en');
  await expect(page.getByTestId('review-change-rows')).toHaveText(
    'Rows: 4 then, 5 now — 3 added, 2 removed.',
  );
  await expect(page.getByTestId('stepper-current')).toContainText('Review and publish');
  await changes.scrollIntoViewIfNeeded();
  await otvori.shot(page, 'review-04-changes-en');
  await expectAccessible(page, 'review with changes');
});
