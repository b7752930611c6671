/**
 * Issue 7 in Chromium against the web host: the clerk turns on Vežbaonica from the Portal screen
 * (connected with its training key, labelled everywhere), tries to publish the sample register
 * and is refused by the privacy gate with the columns and what to do; accepts the privacy plan,
 * fixes the description from the Publish screen's links and publishes the register; then
 * publishes a monthly table, follows the result to the register with its link, publishes next
 * month's file as a new resource, and the portal ends with the per-period policy's resources:
 * one dataset, two monthly data files and the column dictionary once.
 *
 * The Protect screen has no "accept the plan" button yet: the test accepts the privacy module's
 * plan through the same channels that button will call (app:privacy:plan → app:recipe:add).
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { planSteps, type PlanItem } from '../../shared/privacy/plan';
import { expect, test, type OtvoriFixture } from './fixtures';

/** A backend call as the page makes it (web host: POST /api/<channel> with the launch token). */
async function invoke(otvori: OtvoriFixture, channel: string, request: unknown): Promise<unknown> {
  const launch = new URL(otvori.app.host.launchUrl);
  const token = new URLSearchParams(launch.hash.slice(1)).get('token') ?? '';
  const response = await fetch(`${launch.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Otvori-Token': token },
    body: JSON.stringify(request),
  });
  const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
  return envelope.value;
}

const TITLE = 'Једнократна помоћ по насељима';
const DESCRIPTION =
  'Укупни износи једнократне новчане помоћи Града Панчева по насељима и месецима, у динарима. ' +
  'Табела не садржи личне податке: само насеље, месец, број решења и укупан износ.';

const OCTOBER = [
  'Naselje,Mesec,Broj resenja,Ukupno (RSD)',
  'Pančevo,2026-10,41,615000',
  'Starčevo,2026-10,7,98000',
  'Omoljica,2026-10,5,70000',
  'Banatsko Novo Selo,2026-10,9,121500',
].join('\r\n');

const NOVEMBER = [
  'Naselje,Mesec,Broj resenja,Ukupno (RSD)',
  'Pančevo,2026-11,38,580000',
  'Starčevo,2026-11,6,84000',
  'Omoljica,2026-11,4,52000',
  'Banatsko Novo Selo,2026-11,11,150000',
].join('\r\n');

/** WCAG 2.1 AA on one of this feature's screens. */
async function accessible(page: Page, testId: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .include(`[data-testid="${testId}"]`)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
  ).toEqual([]);
}

async function saved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-saving', 'false');
}

async function openCsv(page: Page, name: string, text: string): Promise<void> {
  await page.getByTestId('file-input').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(text, 'utf8'),
  });
  await expect(page.getByTestId('table-view')).toBeVisible();
}

test('a clerk rehearses in Vežbaonica: refused with personal data, publishes the register after the privacy plan, then two months', async ({
  page,
  otvori,
}) => {
  test.setTimeout(120_000);
  await otvori.open(page);

  // Connect: Vežbaonica, started from the Portal screen with its training key.
  await page.getByTestId('portal-button').click();
  await expect(page.getByTestId('portal-screen')).toBeVisible();
  await expect(page.getByTestId('portal-not-connected')).toBeVisible();
  await expect(page.getByTestId('key-protection')).toContainText('само док је Отвори отворен');
  await page.getByTestId('training-toggle').click();
  await expect(page.getByTestId('training-banner')).toBeVisible();
  await expect(page.getByTestId('training-banner')).toContainText('Ово није data.gov.rs');
  await expect(page.getByTestId('portal-account')).toContainText('Вера Уредник');
  await expect(page.getByTestId('portal-orgs')).toContainText('Град Панчево — уредник');
  await otvori.shot(page, 'publish-01-portal-training-sr-Cyrl');
  await accessible(page, 'portal-screen');
  await accessible(page, 'training-banner');
  await page.getByTestId('portal-back').click();

  // The sample register has personal data: the gate refuses and says what to do.
  const opened = page.waitForResponse((r) => r.url().endsWith('/api/app:workbook:open'));
  await page.getByTestId('open-sample-button').click();
  await expect(page.getByTestId('table-view')).toBeVisible();
  const workbookId = ((await (await opened).json()) as { value: { workbookId: string } }).value
    .workbookId;
  await page.getByTestId('stepper-publish').click();
  await expect(page.getByTestId('publish-screen')).toBeVisible();
  await expect(page.getByTestId('publish-where')).toContainText('Вежбаоницу');
  const gate = page.getByTestId('publish-gate');
  await expect(gate).toHaveAttribute('data-passed', 'false');
  await expect(gate).toContainText('Објављивање није дозвољено');
  await expect(gate).toContainText('ЈМБГ');
  await expect(gate).toContainText('Заштити личне податке');
  await expect(page.getByTestId('publish-confirm')).toBeDisabled();
  await otvori.shot(page, 'publish-02-refused-personal-data-sr-Cyrl');
  await accessible(page, 'publish-screen');

  // Accept the privacy plan (remove or generalize what it proposes): the gate now passes.
  const plan = (await invoke(otvori, 'app:privacy:plan', { workbookId })) as {
    items: PlanItem[];
  };
  await invoke(otvori, 'app:recipe:add', {
    workbookId,
    jobId: 'e2e-plan',
    steps: planSteps(plan.items),
  });
  await page.getByTestId('publish-back').click();
  await expect(page.getByTestId('describe-screen')).toBeVisible();
  await page.getByTestId('describe-next-publish').click();
  await expect(page.getByTestId('publish-gate')).toHaveAttribute('data-passed', 'true');
  // The description is not finished: each problem links to its field in Describe.
  const problems = page.getByTestId('publish-metadata');
  await expect(problems).toContainText('Опис: попуните ово поље.');
  await problems.getByRole('button', { name: 'Исправи' }).first().click();
  await expect(page.getByTestId('describe-screen')).toBeVisible();
  await expect(page.getByTestId('md-description')).toBeFocused();
  await page.getByTestId('md-title').fill('Једнократна помоћ Града Панчева 2022–2024');
  await page
    .getByTestId('md-description')
    .fill(
      'Решења о једнократној новчаној помоћи грађанима Панчева по насељима: износ у динарима и датум решења. ' +
        'Лични подаци су уклоњени или уопштени пре објављивања.',
    );
  await page.getByTestId('md-frequency').selectOption('annual');
  await page.getByTestId('md-spatialGranularity').selectOption('other');
  const registerTags = page.getByTestId('md-tags');
  await registerTags.fill('социјална заштита, помоћ, Панчево, насеља');
  await registerTags.press('Enter');
  await page.getByTestId('md-contact-name').fill('Градска управа');
  await page.getByTestId('md-contact-email').fill('otvoreni.podaci@pancevo.rs');
  await saved(page);
  await page.getByTestId('describe-next-publish').click();
  await expect(page.getByTestId('publish-metadata')).toContainText('испуњава правила портала');
  await expect(page.getByTestId('publish-policy-replace')).toBeChecked();
  await page.getByTestId('publish-confirm').click();
  await expect(page.getByTestId('publish-done')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('publish-done')).toContainText('Објављено у Вежбаоницу');
  const registerUrl = (await page.getByTestId('dataset-link').getAttribute('href')) ?? '';
  // What went up is the current table: the removed columns are not in the CSV.
  const registerSlug = new URL(registerUrl).pathname.split('/').filter(Boolean).pop() ?? '';
  const published = (await (
    await fetch(`${new URL(registerUrl).origin}/api/1/datasets/${registerSlug}/`)
  ).json()) as { resources: { type: string; url: string }[] };
  const dataUrl = published.resources.find((r) => r.type === 'main')?.url ?? '';
  const header = (await (await fetch(dataUrl)).text()).replace(/^\uFEFF/, '').split('\r\n')[0];
  expect(header).not.toContain('JMBG');
  expect(header).not.toContain('Prezime i ime');
  await otvori.shot(page, 'publish-02c-sample-register-published-sr-Cyrl');
  // The same publication as a job file for IT's scheduled `otvori publish`.
  const jobDownload = page.waitForEvent('download');
  await page.getByTestId('publish-save-job').click();
  const jobFile = JSON.parse(readFileSync(await (await jobDownload).path(), 'utf8')) as {
    kind: string;
    recipe: { steps: { op: string }[] };
  };
  expect(jobFile.kind).toBe('otvori-publication');
  expect(jobFile.recipe.steps.map((step) => step.op)).toContain('drop-column');
  await expect(page.getByTestId('publish-job-saved')).toContainText('otvori publish');

  // A table without personal data, described once.
  await page.getByTestId('stepper-view').click();
  await page.getByTestId('close-button').click();
  await openCsv(page, 'pomoc-po-naseljima.csv', OCTOBER);
  await page.getByTestId('describe-button').click();
  await expect(page.getByTestId('md-title')).toBeVisible();
  // The organization comes from the connected account (its only one).
  await expect(page.getByTestId('md-organization-name')).toHaveValue('Град Панчево');
  await expect(page.getByTestId('org-pick')).toBeVisible();
  await page.getByTestId('org-pick').scrollIntoViewIfNeeded();
  await otvori.shot(page, 'publish-02b-describe-organization-sr-Cyrl');
  await page.getByTestId('md-title').fill(TITLE);
  await page.getByTestId('md-description').fill(DESCRIPTION);
  await page.getByTestId('md-frequency').selectOption('monthly');
  await page.getByTestId('md-spatialGranularity').selectOption('other');
  const tags = page.getByTestId('md-tags');
  await tags.fill('социјална заштита, помоћ, Панчево, насеља');
  await tags.press('Enter');
  await page.getByTestId('md-contact-name').fill('Градска управа');
  await page.getByTestId('md-contact-email').fill('otvoreni.podaci@pancevo.rs');
  await page.getByTestId('md-temporalCoverage-start').fill('2026-10-01');
  await page.getByTestId('md-temporalCoverage-end').fill('2026-10-31');
  await page.getByTestId('md-resource-title').fill('Помоћ по насељима (CSV)');
  await saved(page);
  await page.getByTestId('describe-check').click();
  await expect(page.getByTestId('describe-ok')).toBeVisible();
  await page.getByTestId('describe-next-publish').click();

  // Publish: the check passes; per period is proposed for monthly data.
  await expect(page.getByTestId('publish-screen')).toBeVisible();
  await expect(page.getByTestId('publish-gate')).toHaveAttribute('data-passed', 'true');
  await expect(page.getByTestId('publish-metadata')).toContainText('испуњава правила портала');
  await expect(page.getByTestId('publish-policy-per-period')).toBeChecked();
  await expect(page.getByTestId('publish-period')).toHaveValue('2026-10');
  await expect(page.getByTestId('publish-confirm')).toHaveText('Објави у Вежбаоницу');
  await otvori.shot(page, 'publish-03-ready-sr-Cyrl');
  await page.getByTestId('publish-confirm').click();
  const done = page.getByTestId('publish-done');
  await expect(done).toBeVisible({ timeout: 30_000 });
  await expect(done).toContainText('Објављено у Вежбаоницу');
  const datasetUrl = (await page.getByTestId('dataset-link').getAttribute('href')) ?? '';
  expect(datasetUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  await otvori.shot(page, 'publish-04-done-sr-Cyrl');
  await accessible(page, 'publish-screen');

  // The register lists it with its link and the next due date (monthly).
  await page.getByTestId('publish-to-register').click();
  await expect(page.getByTestId('register-screen')).toBeVisible();
  await expect(page.getByTestId('register-include-training')).toBeChecked();
  await expect(page.getByTestId('register-row')).toHaveCount(2);
  const first = page.getByTestId('register-row').first();
  await expect(first).toHaveAttribute('data-result', 'succeeded');
  await expect(first).toContainText('Вежбаоница');
  await expect(first).toContainText('период 2026-10');
  await expect(first.getByTestId('register-dataset-link')).toHaveAttribute('href', datasetUrl);
  await expect(first.getByTestId('register-next-due')).not.toBeEmpty();
  await otvori.shot(page, 'publish-05-register-sr-Cyrl');
  await accessible(page, 'register-screen');

  // Next month: the November file goes in as a new resource of the same dataset.
  await page.getByTestId('register-back').click();
  await page.getByTestId('stepper-view').click();
  await page.getByTestId('close-button').click();
  // The same file name, next month's content: Otvori finds the publication and its description.
  await openCsv(page, 'pomoc-po-naseljima.csv', NOVEMBER);
  await page.getByTestId('describe-button').click();
  await expect(page.getByTestId('md-title')).toHaveValue(TITLE);
  await page.getByTestId('md-temporalCoverage-end').fill('2026-11-30');
  await saved(page);
  await page.getByTestId('describe-next-publish').click();
  await expect(page.getByTestId('publish-screen')).toBeVisible();
  await expect(page.getByTestId('publish-period')).toHaveValue('2026-11');
  await page.getByTestId('publish-confirm').click();
  await expect(page.getByTestId('publish-done')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('dataset-link')).toHaveAttribute('href', datasetUrl);
  await otvori.shot(page, 'publish-06-next-month-sr-Cyrl');

  // The portal holds the per-period policy's resources: one dataset, one file per month, and
  // the column dictionary (CSV + Table Schema) once.
  const slug =
    new URL(datasetUrl).pathname
      .split('/')
      .filter((part) => part !== '')
      .pop() ?? '';
  const api = `${new URL(datasetUrl).origin}/api/1/datasets/${slug}/`;
  const dataset = (await (await fetch(api)).json()) as {
    resources: { type: string; title: string }[];
  };
  const main = dataset.resources.filter((r) => r.type === 'main').map((r) => r.title);
  expect(main.sort()).toEqual([
    'Помоћ по насељима (CSV) — 2026-10',
    'Помоћ по насељима (CSV) — 2026-11',
  ]);
  expect(dataset.resources.filter((r) => r.type === 'documentation')).toHaveLength(2);

  await page.getByTestId('register-button').click();
  await expect(page.getByTestId('register-row')).toHaveCount(3);
  await page.getByTestId('locale-select').selectOption('en');
  await expect(page.getByTestId('training-banner')).toContainText('This is not data.gov.rs');
  await otvori.shot(page, 'publish-07-register-en');

  // Latin script, a narrow window: the publish result still reads top to bottom.
  await page.getByTestId('locale-select').selectOption('sr-Latn');
  await page.setViewportSize({ width: 640, height: 900 });
  await page.getByTestId('register-back').click();
  await expect(page.getByTestId('publish-done')).toContainText('Objavljeno u Vežbaonicu');
  await otvori.shot(page, 'publish-08-done-sr-Latn-640');
});
