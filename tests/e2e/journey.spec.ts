/**
 * Issue 9 in Chromium against the web host: a new clerk goes from the first run to Home, opens
 * the sample register, views it, protects, describes — with the keyboard alone — in Cyrillic,
 * Latin and English. Every screen is checked with axe (no serious or critical violations) and
 * photographed. The walk ends where the shipped steps end: when review and publish join the
 * journey (app/journey.ts `ready`), extend `walk` after the describe step.
 */
import type { Locator, Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locale } from '../../shared/contract';
import { newMetadata } from '../../shared/metadata/new-metadata';
import type { OfficeTemplate } from '../../shared/metadata/types';
import type { Table } from '../../shared/table/types';
import { openDatabase } from '../../electron/backend/db/database';
import { evaluatePolicy } from '../../electron/backend/policy/load-policy';
import { PublishJournalRepo } from '../../electron/backend/portal/publish/publish-journal-repo';
import { createWebApp } from '../../electron/backend/web-host/create-web-app';
import { expectAccessible } from './a11y';
import {
  expect,
  RENDERER_DIR,
  SCREENSHOT_DIR,
  test,
  WORKER_FILE,
  type OtvoriFixture,
} from './fixtures';

/** Tab (forward) until the element has focus: how a keyboard user reaches it. */
async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function press(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

interface Words {
  readonly firstRun: string;
  readonly home: string;
  readonly open: string;
  readonly protect: string;
  readonly describe: string;
  readonly help: string;
  readonly title: string;
}

const WORDS: { readonly [L in Locale]: Words } = {
  'sr-Cyrl': {
    firstRun: 'Добро дошли у Отвори',
    home: 'Моји скупови података',
    open: 'Отворите табелу',
    protect: 'Заштита личних података',
    describe: 'Опис скупа података',
    help: 'Помоћ',
    title: 'Једнократна социјална помоћ у Панчеву',
  },
  'sr-Latn': {
    firstRun: 'Dobro došli u Otvori',
    home: 'Moji skupovi podataka',
    open: 'Otvorite tabelu',
    protect: 'Zaštita ličnih podataka',
    describe: 'Opis skupa podataka',
    help: 'Pomoć',
    title: 'Jednokratna socijalna pomoć u Pančevu',
  },
  en: {
    firstRun: 'Welcome to Otvori',
    home: 'My datasets',
    open: 'Open a spreadsheet',
    protect: 'Protect personal data',
    describe: 'Describe the dataset',
    help: 'Help',
    title: 'One-off social assistance in Pančevo',
  },
};

const ARROWS_FROM_CYRILLIC: { readonly [L in Locale]: number } = {
  'sr-Cyrl': 0,
  'sr-Latn': 1,
  en: 2,
};

async function walk(page: Page, otvori: OtvoriFixture, locale: Locale): Promise<void> {
  const words = WORDS[locale];
  let shot = 0;
  const screen = async (name: string) => {
    await expectAccessible(page, `${name} (${locale})`);
    shot += 1;
    await otvori.shot(page, `journey-${locale}-${String(shot).padStart(2, '0')}-${name}`);
  };
  const h1 = page.getByRole('heading', { level: 1 });

  // First run: language by arrow keys in the radio group, then where to begin.
  await otvori.open(page, { firstRun: true });
  await expect(page.getByTestId('first-run')).toBeVisible();
  await tabTo(page, page.getByTestId('first-run-locale-sr-Cyrl'));
  for (let i = 0; i < ARROWS_FROM_CYRILLIC[locale]; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(h1).toHaveText(words.firstRun);
  await expect(page.getByTestId('first-run-mode-training')).toBeChecked();
  await expect(page.getByTestId('first-run-policy')).toBeVisible();
  await screen('first-run');
  await press(page, page.getByTestId('first-run-start'));

  // Home, empty: the two actions; "publish next period" waits for a first publication.
  await expect(page.getByTestId('home-screen')).toBeVisible();
  await expect(h1).toHaveText(words.home);
  await expect(h1).toBeFocused();
  await expect(page.getByTestId('home-empty')).toBeVisible();
  await expect(page.getByTestId('home-next')).toBeDisabled();
  await screen('home-empty');
  await press(page, page.getByTestId('home-new'));

  // Open → the sample register.
  await expect(h1).toHaveText(words.open);
  await expect(page.getByTestId('stepper-todo')).toBeVisible();
  await screen('open');
  await press(page, page.getByTestId('open-sample-button'));
  await expect(page.getByTestId('table-view')).toBeVisible();
  await screen('view');

  // Protect: what is left to do is counted from the scan.
  await press(page, page.getByTestId('privacy-button'));
  await expect(page.getByTestId('privacy-screen')).toBeVisible();
  await expect(h1).toHaveText(words.protect);
  await expect(page.getByTestId('stepper-todo')).toHaveAttribute('aria-live', 'polite');
  await expect(page.getByTestId('stepper-todo')).toContainText(/\d/);
  await screen('protect');

  // Describe: type a title with the keyboard.
  await press(page, page.getByTestId('privacy-next'));
  await expect(page.getByTestId('describe-screen')).toBeVisible();
  await expect(h1).toHaveText(words.describe);
  const title = page.getByTestId('md-title');
  await tabTo(page, title);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(words.title);
  await expect(page.getByTestId('save-status')).toBeVisible();
  await screen('describe');

  // Help for the step, from the stepper; Escape closes it and focus comes back.
  await press(page, page.getByTestId('stepper-help'));
  const help = page.getByTestId('help-dialog');
  await expect(help).toBeVisible();
  await expect(help.locator('details[open] summary')).toHaveText(words.describe);
  await expect(help.locator('details[open] summary')).toBeFocused();
  await screen('help-step');
  await press(page, page.getByTestId('help-nav-glossary'));
  await expect(page.getByTestId('help-glossary')).toContainText(
    locale === 'en' ? 'k-anonymity' : locale === 'sr-Latn' ? 'k-anonimnost' : 'к-анонимност',
  );
  await screen('help-glossary');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(page.getByTestId('stepper-help')).toBeFocused();

  // Revisit a step and come back: nothing typed is lost.
  await press(page, page.getByTestId('stepper-protect'));
  await expect(page.getByTestId('privacy-screen')).toBeVisible();
  await press(page, page.getByTestId('stepper-describe'));
  await expect(page.getByTestId('md-title')).toHaveValue(words.title);

  // Home lists the dataset being described, with its state in words.
  await press(page, page.getByTestId('home-button'));
  await expect(page.getByTestId('home-screen')).toBeVisible();
  const item = page.getByTestId('home-item');
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute('data-state', 'draft');
  await expect(page.getByTestId('home-continue-open')).toBeVisible();
  await screen('home');
  await press(page, page.getByTestId('home-continue-open'));
  await expect(page.getByTestId('describe-screen')).toBeVisible();
  await expect(page.getByTestId('md-title')).toHaveValue(words.title);
}

for (const locale of ['sr-Cyrl', 'sr-Latn', 'en'] as const) {
  test(`first run → home → open → view → protect → describe by keyboard (${locale})`, async ({
    page,
    otvori,
  }) => {
    await walk(page, otvori, locale);
  });
}

test('the first run is shown once; afterwards Home opens with the datasets', async ({
  page,
  otvori,
}) => {
  await otvori.open(page, { firstRun: true });
  await page.getByTestId('first-run-start').click();
  await expect(page.getByTestId('home-screen')).toBeVisible();
  await page.getByTestId('home-new').click();
  await page.getByTestId('open-sample-button').click();
  await page.getByTestId('describe-button').click();
  await expect(page.getByTestId('describe-screen')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('home-screen')).toBeVisible();
  await expect(page.getByTestId('first-run')).toHaveCount(0);
  await expect(page.getByTestId('home-item')).toHaveCount(1);
  await page.getByTestId('home-search').fill('nema takvog');
  await expect(page.getByTestId('home-no-match')).toBeVisible();
  // Script-blind search: Latin letters without diacritics find the Cyrillic title.
  await page.getByTestId('home-search').fill('');
  const title = await page.getByTestId('home-item').locator('h3').textContent();
  expect(title).not.toBeNull();
  await expectAccessible(page, 'home with a dataset');
  // Continue: the file opened belongs to the dataset chosen on Home.
  await page.getByTestId('home-item-continue').click();
  await expect(page.getByTestId('home-target')).toContainText(title ?? '');
  await expectAccessible(page, 'open for a dataset');
  await otvori.shot(page, 'journey-open-for-dataset');
});

test('an error explains what happened, why and what to do, from the alert', async ({
  page,
  otvori,
}) => {
  await otvori.open(page);
  await page.getByTestId('file-input').setInputFiles({
    name: 'prazno.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(''),
  });
  const alert = page.getByTestId('error-alert');
  await expect(alert).toHaveAttribute('data-code', 'FILE_EMPTY');
  await expectAccessible(page, 'error alert');
  await press(page, page.getByTestId('error-help'));
  const entry = page.getByTestId('help-error-FILE_EMPTY');
  await expect(entry).toHaveAttribute('open', '');
  await expect(entry).toContainText('Зашто');
  await expect(entry).toContainText('скривеном листу');
  await expect(entry.locator('summary')).toBeFocused();
  await expectAccessible(page, 'help on an error');
  await otvori.shot(page, 'journey-help-error-sr-Cyrl');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('error-help')).toBeFocused();
});

test('the rehearsal guide starts on the sample register', async ({ page, otvori }) => {
  await otvori.open(page);
  await page.getByTestId('help-button').click();
  await page.getByTestId('help-nav-rehearsal').click();
  await expect(page.getByTestId('help-rehearsal').locator('li')).toHaveCount(8);
  await expectAccessible(page, 'rehearsal guide');
  await otvori.shot(page, 'journey-rehearsal-sr-Cyrl');
  await page.getByTestId('help-rehearsal-start').click();
  await expect(page.getByTestId('help-dialog')).toBeHidden();
  await expect(page.getByTestId('table-view')).toBeVisible();
});

test('the About dialog and the dictionary tab pass axe', async ({ page, otvori }) => {
  await otvori.open(page);
  await page.getByTestId('about-button').click();
  await expect(page.getByTestId('about-version')).toBeVisible();
  await expectAccessible(page, 'about');
  await page.getByTestId('about-close').click();
  await page.getByTestId('open-sample-button').click();
  await page.getByTestId('describe-button').click();
  await page.getByTestId('describe-tab-dictionary').click();
  await expectAccessible(page, 'describe: dictionary');
  await otvori.shot(page, 'journey-describe-dictionary-sr-Cyrl');
});

test('at 200% zoom (640 × 400 CSS pixels) nothing scrolls sideways', async ({ page, otvori }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  await otvori.open(page, { firstRun: true });
  const noSideways = async (name: string) => {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
    await otvori.shot(page, `journey-zoom200-${name}`);
  };
  await expect(page.getByTestId('first-run')).toBeVisible();
  await noSideways('first-run');
  await page.getByTestId('first-run-start').click();
  await expect(page.getByTestId('home-screen')).toBeVisible();
  await noSideways('home');
  await page.getByTestId('home-new').click();
  await noSideways('open');
  await page.getByTestId('open-sample-button').click();
  await page.getByTestId('privacy-button').click();
  await expect(page.getByTestId('privacy-screen')).toBeVisible();
  await noSideways('protect');
  await page.getByTestId('privacy-next').click();
  await expect(page.getByTestId('describe-screen')).toBeVisible();
  await noSideways('describe');
});

/** A publication with metadata and, optionally, a successful attempt on the register. */
async function seedPublication(
  otvori: OtvoriFixture,
  title: string,
  options: { complete: boolean; publishedDaysAgo?: number; training?: boolean },
): Promise<void> {
  const { handlers, context } = otvori.app.backend;
  const created = await handlers['app:publication:create'](
    { title, sourceFileName: `${title}.xlsx` },
    context,
  );
  if (!created.ok) throw new Error(created.error.code);
  const base = newMetadata(title, SEED_TEMPLATE, SEED_TABLE);
  const metadata = options.complete
    ? {
        ...base,
        title: `${title} по насељима Панчева`,
        description:
          'Месечни преглед исплаћене једнократне помоћи по насељима Града Панчева, без личних података грађана.',
        temporalCoverage: { start: '2026-01-01', end: '2026-10-31' },
        resource: { title: 'Исплате по насељима', description: 'CSV, UTF-8' },
        dictionary: base.dictionary.map((c) => ({ ...c, label: c.name, description: 'Насеље' })),
      }
    : base;
  const saved = await handlers['app:metadata:save'](
    { publicationId: created.value.id, metadata },
    context,
  );
  if (!saved.ok) throw new Error(saved.error.code);
  if (options.publishedDaysAgo === undefined) return;
  const db = openDatabase(otvori.dataDir);
  try {
    const at = new Date(Date.now() - options.publishedDaysAgo * 86_400_000);
    const journal = new PublishJournalRepo(db, () => at);
    const attempt = journal.startAttempt({
      publicationId: created.value.id,
      portalUrl: options.training === true ? 'http://127.0.0.1:8765' : 'https://data.gov.rs',
      profile: 'legacy',
      training: options.training === true,
      actor: 'e2e',
      resourcePolicy: 'replace',
      period: null,
      fileName: `${title}.csv`,
      rowCount: 2,
      recipeVersion: null,
      anonymizationSummary: null,
    });
    journal.finishAttempt(attempt.id, {
      result: 'succeeded',
      datasetUrl:
        options.training === true ? null : `https://data.gov.rs/sr/datasets/${attempt.id}/`,
    });
  } finally {
    db.close();
  }
}

const SEED_TEMPLATE: OfficeTemplate = {
  organization: { id: '5f1a2b3c4d5e6f7a8b9c0d1e', name: 'Град Панчево' },
  license: 'sodl',
  frequency: 'monthly',
  spatialGranularity: 'other',
  contact: { name: 'Градска управа', email: 'otvoreni.podaci@pancevo.rs' },
  tags: ['панчево', 'социјална заштита'],
};

const SEED_TABLE: Table = {
  columns: [{ key: 'c0', name: 'Naselje', type: 'text' }],
  values: [['Pančevo', 'Starčevo']],
  originals: [new Map()],
  rowCount: 2,
};

test('Home shows every state in words, sorts, searches across scripts, and links to the portal', async ({
  page,
  otvori,
}) => {
  await seedPublication(otvori, 'Субвенције', { complete: false });
  await seedPublication(otvori, 'Буџет', { complete: true });
  await seedPublication(otvori, 'Помоћ', { complete: true, publishedDaysAgo: 3 });
  await seedPublication(otvori, 'Стипендије', { complete: true, publishedDaysAgo: 27 });
  await seedPublication(otvori, 'Закуп', { complete: true, publishedDaysAgo: 45 });
  await seedPublication(otvori, 'Вежба', { complete: true, publishedDaysAgo: 1, training: true });
  await otvori.open(page);
  await expect(page.getByTestId('home-screen')).toBeVisible();
  const items = page.getByTestId('home-item');
  await expect(items).toHaveCount(6);
  // Most urgent first: overdue, due, ready (two), draft, published.
  // Titles come from Describe when written there ("Закуп по насељима Панчева").
  await expect(items.locator('h3')).toHaveText([
    /^Закуп/,
    /^Стипендије/,
    /^(Буџет|Вежба)/,
    /^(Буџет|Вежба)/,
    /^Субвенције/,
    /^Помоћ/,
  ]);
  await expect(items.nth(0)).toHaveAttribute('data-state', 'overdue');
  await expect(items.nth(0).getByTestId('home-item-state')).toHaveText(/Рок је прошао/);
  await expect(items.nth(1).getByTestId('home-item-state')).toHaveText(/Ускоро рок/);
  await expect(items.nth(5).getByTestId('home-item-state')).toHaveText(/Објављено/);
  await expect(items.nth(5).getByTestId('home-item-link')).toHaveAttribute(
    'href',
    /^https:\/\/data\.gov\.rs\/sr\/datasets\//,
  );
  await expect(items.nth(0).getByTestId('home-item-due')).toBeVisible();
  await expect(page.getByTestId('home-next')).toBeEnabled();
  await expect(page.getByTestId('home-next')).toHaveAccessibleDescription(/Закуп/);
  await expectAccessible(page, 'home with every state');
  await otvori.shot(page, 'journey-home-states-sr-Cyrl');

  await page.getByTestId('home-sort').selectOption('title');
  await expect(items.locator('h3').first()).toHaveText(/^Буџет/);
  // Latin, no diacritics, finds the Cyrillic title.
  await page.getByTestId('home-search').fill('stipendije');
  await expect(items).toHaveCount(1);
  await expect(items.locator('h3')).toHaveText(/^Стипендије/);

  await page.getByTestId('locale-select').selectOption('en');
  await page.getByTestId('home-search').fill('');
  await expect(items.nth(0).getByTestId('home-item-state')).toContainText(
    /In preparation|Ready|Overdue|Due soon|Published/,
  );
  await expectAccessible(page, 'home with every state (en)');
  await otvori.shot(page, 'journey-home-states-en');

  // "Publish the next period" opens a file for the most urgent one.
  await page.getByTestId('home-next').click();
  await expect(page.getByTestId('home-target')).toContainText('Закуп');
});

test('a long job shows time remaining and is cancelled with the keyboard', async ({
  page,
  otvori,
}) => {
  await otvori.open(page);
  // Hold the upload: the progress panel stays on screen long enough to check and cancel it.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/upload', async (route) => {
    await held;
    await route.continue().catch(() => undefined);
  });
  await page.getByTestId('file-input').setInputFiles({
    name: 'spisak.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Ime;Iznos\nJelena;1200\n'),
  });
  await expect(page.getByTestId('progress-panel')).toBeVisible();
  await expect(page.getByTestId('progress-remaining')).toBeVisible();
  await expectAccessible(page, 'progress');
  await otvori.shot(page, 'journey-progress-sr-Cyrl');
  await press(page, page.getByTestId('cancel-button'));
  await expect(page.getByTestId('open-sample-button')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Отварање је отказано.' })).toBeVisible();
  release();
});

test('what was typed in Describe survives closing the app at once', async ({ page, otvori }) => {
  await otvori.open(page);
  await page.getByTestId('open-sample-button').click();
  await page.getByTestId('describe-button').click();
  const title = page.getByTestId('md-title');
  await title.fill('Исплате помоћи по месецима');
  // No wait for the autosave: the page goes away right after the last keystroke.
  await page.reload();
  await page.getByTestId('home-item-continue').click();
  await page.getByTestId('open-sample-button').click();
  await page.getByTestId('describe-button').click();
  await expect(page.getByTestId('md-title')).toHaveValue('Исплате помоћи по месецима');
});

test('the first run shows what IT fixed, and without the training portal goes on to connect to data.gov.rs', async ({
  page,
}) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'otvori-e2e-first-run-'));
  const app = await createWebApp({
    dataDir,
    rendererDir: RENDERER_DIR,
    workerFile: WORKER_FILE,
    version: '0.0.0-e2e',
    policy: evaluatePolicy('/etc/otvori/policy.json', {
      organization: 'grad-pancevo',
      trainingPortal: false,
    }),
  });
  try {
    await page.goto(app.host.launchUrl);
    await expect(page.getByTestId('first-run')).toBeVisible();
    const policy = page.getByTestId('first-run-policy');
    await expect(policy.locator('[data-fixed="true"]')).toHaveCount(2);
    await expect(policy.locator('[data-fixed="true"]').first()).toContainText('grad-pancevo');
    await expect(page.getByTestId('first-run-mode-training')).toBeDisabled();
    await expect(page.getByTestId('first-run-mode-portal')).toBeChecked();
    await expectAccessible(page, 'first run with a policy');
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, 'journey-first-run-policy-sr-Cyrl.png'),
      fullPage: true,
    });
    await press(page, page.getByTestId('first-run-start'));
    // "Connect to data.gov.rs" leads straight to the publishing module's connection screen.
    await expect(page.getByTestId('portal-screen')).toBeVisible();
    await expect(page.getByTestId('portal-not-connected')).toBeVisible();
    const state = await app.backend.handlers['app:onboarding:get']({}, app.backend.context);
    expect(state.ok && state.value.startMode).toBe('portal');
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('the office defaults panel passes axe', async ({ page, otvori }) => {
  await otvori.open(page);
  await page.getByTestId('open-sample-button').click();
  await page.getByTestId('describe-button').click();
  await page.getByTestId('office-defaults-button').click();
  await expect(page.getByTestId('office-defaults')).toBeVisible();
  await expectAccessible(page, 'office defaults');
});

test('an import correction typed but not applied survives a visit to another step', async ({
  page,
  otvori,
}) => {
  await otvori.open(page);
  await page.getByTestId('open-sample-button').click();
  await expect(page.getByTestId('import-panel')).toBeAttached();
  const extra = page.getByTestId('import-extra-rows');
  if (!(await extra.isVisible()))
    await page.getByTestId('import-panel').locator('summary').first().click();
  await extra.fill('3, 7');
  await page.getByTestId('privacy-button').click();
  await expect(page.getByTestId('privacy-screen')).toBeVisible();
  await page.getByTestId('stepper-view').click();
  await expect(page.getByTestId('table-view')).toBeVisible();
  if (!(await extra.isVisible()))
    await page.getByTestId('import-panel').locator('summary').first().click();
  await expect(extra).toHaveValue('3, 7');
});

/** Move a focused <select> with the arrow keys until it shows the option wanted. */
async function chooseByKeyboard(page: Page, select: Locator, value: string): Promise<void> {
  await tabTo(page, select);
  const values = await select
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  const from = values.indexOf(await select.inputValue());
  const to = values.indexOf(value);
  if (to < 0) throw new Error(`no option ${value}`);
  for (let i = from; i !== to; i += to > from ? 1 : -1) {
    await page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
  }
  await expect(select).toHaveValue(value);
}

async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

/**
 * Types a date into <input type="date"> by keyboard. The segments' order follows the browser's
 * locale and the page's language (dd.mm.yyyy, mm/dd/yyyy), so both orders are tried and the
 * value is checked.
 */
async function typeDate(page: Page, field: Locator, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  for (const order of [`${month}${day}${year}`, `${day}${month}${year}`]) {
    // Start clean and from outside, so Tab lands on the first segment.
    await field.fill('');
    await field.evaluate((el) => (el as HTMLInputElement).blur());
    await page.keyboard.press('Shift+Tab');
    await tabTo(page, field);
    await page.keyboard.type(order);
    if ((await field.inputValue()) === iso) return;
  }
  await expect(field).toHaveValue(iso);
}

const NO_PERSONAL_DATA = [
  'Naselje,Mesec,Broj resenja,Ukupno (RSD)',
  'Pančevo,2026-10,41,615000',
  'Starčevo,2026-10,7,98000',
  'Omoljica,2026-10,5,70000',
].join('\r\n');

const REHEARSED: { readonly [L in Locale]: string } = {
  'sr-Cyrl': 'Вежба у вежбаоници',
  'sr-Latn': 'Vežba u vežbaonici',
  en: 'Rehearsed in the training portal',
};

for (const locale of ['sr-Cyrl', 'sr-Latn', 'en'] as const) {
  test(`from the first run to a publication in the training portal, by keyboard (${locale})`, async ({
    page,
    otvori,
  }) => {
    test.setTimeout(120_000);
    await otvori.open(page, { firstRun: true });
    await tabTo(page, page.getByTestId('first-run-locale-sr-Cyrl'));
    for (let i = 0; i < ARROWS_FROM_CYRILLIC[locale]; i++) await page.keyboard.press('ArrowRight');
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await press(page, page.getByTestId('first-run-start'));
    // The first run's choice turned the training portal on.
    await expect(page.getByTestId('training-banner')).toBeVisible();
    await press(page, page.getByTestId('home-new'));

    // The file dialog opens from the keyboard; the file is the clerk's own table.
    await tabTo(page, page.getByTestId('open-file-button'));
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Enter');
    await (
      await chooser
    ).setFiles({
      name: 'pomoc-po-naseljima.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(NO_PERSONAL_DATA, 'utf8'),
    });
    await expect(page.getByTestId('table-view')).toBeVisible();
    await press(page, page.getByTestId('privacy-button'));
    await expect(page.getByTestId('privacy-summary')).toBeVisible();
    await expect(page.getByTestId('stepper-todo')).not.toContainText(/\d/);
    await press(page, page.getByTestId('privacy-next'));
    await expect(page.getByTestId('describe-screen')).toBeVisible();

    await typeInto(page, page.getByTestId('md-title'), 'Једнократна помоћ по насељима');
    await typeInto(
      page,
      page.getByTestId('md-description'),
      'Укупни износи једнократне новчане помоћи Града Панчева по насељима и месецима, у динарима. ' +
        'Табела не садржи личне податке.',
    );
    await typeInto(page, page.getByTestId('md-tags'), 'социјална заштита, помоћ, Панчево, насеља');
    await page.keyboard.press('Enter');
    await chooseByKeyboard(page, page.getByTestId('md-frequency'), 'monthly');
    await typeDate(page, page.getByTestId('md-temporalCoverage-start'), '2026-10-01');
    await typeDate(page, page.getByTestId('md-temporalCoverage-end'), '2026-10-31');
    await chooseByKeyboard(page, page.getByTestId('md-spatialGranularity'), 'other');
    await typeInto(page, page.getByTestId('md-contact-name'), 'Градска управа');
    await typeInto(page, page.getByTestId('md-contact-email'), 'otvoreni.podaci@pancevo.rs');
    await typeInto(page, page.getByTestId('md-resource-title'), 'Помоћ по насељима (CSV)');
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-saving', 'false');
    await press(page, page.getByTestId('describe-check'));
    await expect(page.getByTestId('describe-ok')).toBeVisible();
    await press(page, page.getByTestId('describe-next-publish'));

    await expect(page.getByTestId('publish-screen')).toBeVisible();
    await expect(page.getByTestId('publish-gate')).toHaveAttribute('data-passed', 'true');
    await expect(page.getByTestId('publish-period')).toHaveValue('2026-10');
    await expectAccessible(page, `publish (${locale})`);
    await otvori.shot(page, `journey-${locale}-10-publish`);
    await press(page, page.getByTestId('publish-confirm'));
    await expect(page.getByTestId('publish-done')).toBeVisible({ timeout: 30_000 });
    await expectAccessible(page, `published (${locale})`);
    await otvori.shot(page, `journey-${locale}-11-published`);

    // Home: the rehearsal is recorded, and a rehearsal never counts as published on data.gov.rs.
    await press(page, page.getByTestId('home-button'));
    const item = page.getByTestId('home-item');
    await expect(item).toHaveCount(1);
    await expect(item).toContainText(REHEARSED[locale]);
    await expect(item).toHaveAttribute('data-state', 'ready');
    await expectAccessible(page, `home after a rehearsal (${locale})`);
    await otvori.shot(page, `journey-${locale}-12-home-after-rehearsal`);
  });
}

test('the Portal and Register screens pass axe', async ({ page, otvori }) => {
  await otvori.open(page);
  await page.getByTestId('portal-button').click();
  await expect(page.getByTestId('portal-screen')).toBeVisible();
  await expectAccessible(page, 'portal');
  await page.getByTestId('training-toggle').click();
  await expect(page.getByTestId('training-banner')).toBeVisible();
  await expectAccessible(page, 'portal (training on)');
  await page.getByTestId('register-button').click();
  await expect(page.getByTestId('register-screen')).toBeVisible();
  await expectAccessible(page, 'register');
});
