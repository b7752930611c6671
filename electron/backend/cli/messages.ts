/**
 * What the command line says, in the three languages of the app. The CLI runs outside the
 * renderer, so it keeps its own small catalogue; the language comes from OTVORI_LANG, else the
 * POSIX locale variables (LC_ALL, LC_MESSAGES, LANG), else Serbian in Latin script (what a
 * Windows console shows best).
 */
import type { Locale } from '../../../shared/contract';

type Catalogue = Readonly<Record<MessageKey, string>>;

const SR_LATN = {
  help: `Otvori — komandna linija (za IT i zakazane poslove)

Upotreba:
  otvori inspect FILE [--sheet IME|BROJ]          format, kodiranje, listovi, zaglavlje, kolone, lični podaci
  otvori scan FILE [--sheet …]                    lični podaci po kolonama i ocena clean / personal-data
  otvori anonymize FILE --out OUT [--sheet …]     podrazumevano čišćenje i predloženi plan zaštite
  otvori run FILE --recipe RECEPT.json --out OUT  primena sačuvanog recepta
  otvori validate METAPODACI.json                 provera metapodataka, greške po poljima
  otvori publish OBJAVA.json --file FILE [--portal URL] [--dry-run]
  otvori portal [--port N] [--profile legacy|modern] [--data-dir DIR]

Sve komande primaju --json (rezultat na stdout, poruke na stderr).
OUT: .csv (UTF-8), .xlsx ili .json, po nastavku.
Izlazni kodovi: 0 uspeh, 1 pogrešna upotreba, 2 ulaz ne može da se pročita,
3 odbijeno zbog ličnih podataka, 4 neispravni metapodaci, 5 greška portala.
Promenljive okruženja: OTVORI_API_KEY, OTVORI_PSEUDONYM_KEY, OTVORI_DATA_DIR, OTVORI_LANG.`,
  'usage.unknownCommand': 'Nepoznata komanda „{command}“. Spisak komandi: otvori --help',
  'usage.badArguments': 'Pogrešni argumenti za „{command}“: {reason}. Pomoć: otvori --help',
  'usage.missingFile': 'Navedite datoteku: otvori {command} FILE',
  'usage.extraArgument': 'Višak argumenata: {arguments}',
  'usage.missingOption': 'Nedostaje opcija --{option}.',
  'usage.outFormat': 'Izlazna datoteka mora imati nastavak .csv, .xlsx ili .json, a ne „{name}“.',
  'usage.port': '--port mora biti broj od 0 do 65535, a ne „{value}“.',
  'usage.profile': '--profile mora biti legacy ili modern, a ne „{value}“.',
  'usage.portalUrl':
    '--portal mora biti adresa koja počinje sa https:// ili http://, a ne „{value}“.',
  'usage.apiKeyArgument':
    'API ključ se nikad ne navodi kao argument. Postavite promenljivu okruženja OTVORI_API_KEY.',
  'usage.apiKeyMissing':
    'Nema API ključa za portal {portal}. Postavite promenljivu okruženja OTVORI_API_KEY (ključ sa vašeg profila na portalu).',
  'usage.pseudonymKeyMissing':
    'Korak „{step}“ zamenjuje vrednosti pseudonimima, a za to treba gradski ključ. Postavite promenljivu okruženja OTVORI_PSEUDONYM_KEY (isti ključ svakog meseca, da ista osoba dobije isti pseudonim).',
  'input.NOT_FOUND': 'Datoteka „{file}“ ne postoji.',
  'input.FILE_TOO_LARGE': 'Datoteka „{file}“ je prevelika za Otvori.',
  'input.FILE_UNREADABLE': 'Datoteka „{file}“ ne može da se pročita ({reason}).',
  'input.FILE_UNSUPPORTED':
    '„{file}“ nije tabela koju Otvori ume da pročita (.xlsx, .xlsm, .xls, .ods, .csv).',
  'input.FILE_ENCRYPTED': 'Datoteka „{file}“ je zaštićena lozinkom.',
  'input.FILE_CORRUPT': 'Datoteka „{file}“ je oštećena ili nije sačuvana do kraja.',
  'input.FILE_SUSPICIOUS':
    'Datoteka „{file}“ izgleda sumnjivo (raspakovana je mnogo veća nego što bi trebalo).',
  'input.FILE_EMPTY': 'U datoteci „{file}“ nema tabele sa podacima.',
  'input.READ_TIMEOUT': 'Čitanje datoteke „{file}“ je trajalo predugo.',
  'input.READ_OUT_OF_MEMORY':
    'Za čitanje datoteke „{file}“ treba više memorije nego što je dozvoljeno.',
  'input.sheetNotFound': 'U datoteci „{file}“ nema lista „{sheet}“. Listovi: {sheets}.',
  'input.notJson': 'Datoteka „{file}“ nije ispravan JSON.',
  'input.recipeInvalid': 'Recept „{file}“ nije ispravan: {issues}.',
  'input.publicationInvalid': 'Objava „{file}“ nije ispravna: {issues}.',
  'input.writeFailed': 'Datoteka „{file}“ ne može da se upiše ({reason}).',
  'input.columnsMissing': 'U tabeli nema kolona koje recept koristi: {columns}.',
  'input.stepFailed': 'Korak {index} ({op}) nije mogao da se primeni: {reason}.',
  'internal.unexpected': 'Neočekivana greška u programu ({code}). Javite se IT službi.',
  'gate.refused':
    'Objavljivanje je odbijeno: ove kolone još sadrže lične podatke: {columns}. Dodajte korake zaštite u recept ili ih obrazložite u aplikaciji.',
  'gate.refusedOut':
    'Datoteka nije upisana: posle plana zaštite ove kolone još sadrže lične podatke: {columns}.',
  'metadata.invalid': 'Metapodaci nisu ispravni ({count}):',
  'metadata.valid': 'Metapodaci su ispravni.',
  'metadata.issue.required': '{field}: popunite ovo polje.',
  'metadata.issue.tooShort': '{field}: prekratko je, treba najmanje {limit} znakova.',
  'metadata.issue.tooLong': '{field}: predugačko je, dozvoljeno je najviše {limit} znakova.',
  'metadata.issue.tooMany': '{field}: dozvoljeno je najviše {limit}.',
  'metadata.issue.notInList': '{field}: vrednost nije sa liste portala.',
  'metadata.issue.invalidDate': '{field}: datum nije ispravan.',
  'metadata.issue.invalidEmail': '{field}: adresa e-pošte nije ispravna.',
  'metadata.issue.invalidOrganization': '{field}: oznaka organizacije ima 24 znaka (0–9, a–f).',
  'metadata.issue.tagTooShort': '{field}: ključna reč je prekratka.',
  'metadata.issue.tagTooLong': '{field}: ključna reč je predugačka.',
  'metadata.issue.startMissing': '{field}: upišite i početni datum.',
  'metadata.issue.endMissing': '{field}: upišite i krajnji datum.',
  'metadata.issue.startAfterEnd': '{field}: početni datum je posle krajnjeg.',
  'metadata.issue.duplicate': '{field}: ista vrednost je navedena više puta.',
  'metadata.issue.invalid': '{field}: vrednost nije ispravna.',
  'portal.error': 'Portal je odbio ili nije odgovorio ({code}, korak {step}): {reason}',
  'portal.errorFields': 'Polja koja portal nije prihvatio: {fields}.',
  'report.file': 'Datoteka: {file} ({format})',
  'report.text': 'Kodiranje: {encoding}, razdvajač: {delimiter}',
  'report.sheet': 'List: {sheet} (listova: {count})',
  'report.header': 'Zaglavlje: red {row}, redova zaglavlja: {rows}',
  'report.excluded': 'Izostavljeni redovi (zbirovi, napomene): {count}',
  'report.hidden': 'Skriveni redovi: {rows}, skrivene kolone: {columns}',
  'report.rows': 'Redova podataka: {rows}, kolona: {columns}',
  'report.column': '  {index}. {name} [{type}]{privacy}',
  'report.personal': ' — lični podaci: {kinds} ({confidence})',
  'scan.verdictClean': 'Ocena: clean — lični podaci nisu nađeni.',
  'scan.verdictPersonal': 'Ocena: personal-data — lični podaci u kolonama: {count}.',
  'scan.column': '  {name}: {kinds} ({confidence})',
  'plan.title': 'Plan:',
  'plan.step': '  {index}. {op}{column}',
  'run.step': '  {index}. {op}{column}: {status}',
  'run.wrote': 'Upisano: {file} ({rows} redova, {columns} kolona).',
  'run.remaining': 'Posle plana lični podaci nisu nađeni.',
  'publish.dryRun':
    'Proba (--dry-run): sve je provereno, na portal ništa nije poslato. Skup: {dataset}.',
  'publish.done': 'Objavljeno: {url}',
  'publish.dataset': 'Skup podataka: {id} ({action})',
  'publish.resource': 'Resurs: {id} ({action}) {url}',
  'publish.resumed': 'Nastavljen prethodni pokušaj (pokušaj br. {attempt}).',
  'portal.started':
    'VEŽBAONICA — portal za vežbu, NIJE data.gov.rs\nAdresa:    {url}\nAPI ključ: {key}\nProfil:    {profile}\nPodaci:    {dataDir}\nZaustavite sa Ctrl+C.',
  'progress.reading': 'Čitam {file}…',
  'progress.publishing': 'Objavljujem na {portal}…',
} as const;

export type MessageKey = keyof typeof SR_LATN;

const SR_CYRL: Catalogue = {
  help: `Otvori — командна линија (за ИТ и заказане послове)

Употреба:
  otvori inspect FILE [--sheet ИМЕ|БРОЈ]          формат, кодирање, листови, заглавље, колоне, лични подаци
  otvori scan FILE [--sheet …]                    лични подаци по колонама и оцена clean / personal-data
  otvori anonymize FILE --out OUT [--sheet …]     подразумевано чишћење и предложени план заштите
  otvori run FILE --recipe РЕЦЕПТ.json --out OUT  примена сачуваног рецепта
  otvori validate МЕТАПОДАЦИ.json                 провера метаподатака, грешке по пољима
  otvori publish ОБЈАВА.json --file FILE [--portal URL] [--dry-run]
  otvori portal [--port N] [--profile legacy|modern] [--data-dir DIR]

Све команде примају --json (резултат на stdout, поруке на stderr).
OUT: .csv (UTF-8), .xlsx или .json, по наставку.
Излазни кодови: 0 успех, 1 погрешна употреба, 2 улаз не може да се прочита,
3 одбијено због личних података, 4 неисправни метаподаци, 5 грешка портала.
Променљиве окружења: OTVORI_API_KEY, OTVORI_PSEUDONYM_KEY, OTVORI_DATA_DIR, OTVORI_LANG.`,
  'usage.unknownCommand': 'Непозната команда „{command}“. Списак команди: otvori --help',
  'usage.badArguments': 'Погрешни аргументи за „{command}“: {reason}. Помоћ: otvori --help',
  'usage.missingFile': 'Наведите датотеку: otvori {command} FILE',
  'usage.extraArgument': 'Вишак аргумената: {arguments}',
  'usage.missingOption': 'Недостаје опција --{option}.',
  'usage.outFormat': 'Излазна датотека мора имати наставак .csv, .xlsx или .json, а не „{name}“.',
  'usage.port': '--port мора бити број од 0 до 65535, а не „{value}“.',
  'usage.profile': '--profile мора бити legacy или modern, а не „{value}“.',
  'usage.portalUrl':
    '--portal мора бити адреса која почиње са https:// или http://, а не „{value}“.',
  'usage.apiKeyArgument':
    'API кључ се никад не наводи као аргумент. Поставите променљиву окружења OTVORI_API_KEY.',
  'usage.apiKeyMissing':
    'Нема API кључа за портал {portal}. Поставите променљиву окружења OTVORI_API_KEY (кључ са вашег профила на порталу).',
  'usage.pseudonymKeyMissing':
    'Корак „{step}“ замењује вредности псеудонимима, а за то треба градски кључ. Поставите променљиву окружења OTVORI_PSEUDONYM_KEY (исти кључ сваког месеца, да иста особа добије исти псеудоним).',
  'input.NOT_FOUND': 'Датотека „{file}“ не постоји.',
  'input.FILE_TOO_LARGE': 'Датотека „{file}“ је превелика за Otvori.',
  'input.FILE_UNREADABLE': 'Датотека „{file}“ не може да се прочита ({reason}).',
  'input.FILE_UNSUPPORTED':
    '„{file}“ није табела коју Otvori уме да прочита (.xlsx, .xlsm, .xls, .ods, .csv).',
  'input.FILE_ENCRYPTED': 'Датотека „{file}“ је заштићена лозинком.',
  'input.FILE_CORRUPT': 'Датотека „{file}“ је оштећена или није сачувана до краја.',
  'input.FILE_SUSPICIOUS':
    'Датотека „{file}“ изгледа сумњиво (распакована је много већа него што би требало).',
  'input.FILE_EMPTY': 'У датотеци „{file}“ нема табеле са подацима.',
  'input.READ_TIMEOUT': 'Читање датотеке „{file}“ је трајало предуго.',
  'input.READ_OUT_OF_MEMORY':
    'За читање датотеке „{file}“ треба више меморије него што је дозвољено.',
  'input.sheetNotFound': 'У датотеци „{file}“ нема листа „{sheet}“. Листови: {sheets}.',
  'input.notJson': 'Датотека „{file}“ није исправан JSON.',
  'input.recipeInvalid': 'Рецепт „{file}“ није исправан: {issues}.',
  'input.publicationInvalid': 'Објава „{file}“ није исправна: {issues}.',
  'input.writeFailed': 'Датотека „{file}“ не може да се упише ({reason}).',
  'input.columnsMissing': 'У табели нема колона које рецепт користи: {columns}.',
  'input.stepFailed': 'Корак {index} ({op}) није могао да се примени: {reason}.',
  'internal.unexpected': 'Неочекивана грешка у програму ({code}). Јавите се ИТ служби.',
  'gate.refused':
    'Објављивање је одбијено: ове колоне још садрже личне податке: {columns}. Додајте кораке заштите у рецепт или их образложите у апликацији.',
  'gate.refusedOut':
    'Датотека није уписана: после плана заштите ове колоне још садрже личне податке: {columns}.',
  'metadata.invalid': 'Метаподаци нису исправни ({count}):',
  'metadata.valid': 'Метаподаци су исправни.',
  'metadata.issue.required': '{field}: попуните ово поље.',
  'metadata.issue.tooShort': '{field}: прекратко је, треба најмање {limit} знакова.',
  'metadata.issue.tooLong': '{field}: предугачко је, дозвољено је највише {limit} знакова.',
  'metadata.issue.tooMany': '{field}: дозвољено је највише {limit}.',
  'metadata.issue.notInList': '{field}: вредност није са листе портала.',
  'metadata.issue.invalidDate': '{field}: датум није исправан.',
  'metadata.issue.invalidEmail': '{field}: адреса е-поште није исправна.',
  'metadata.issue.invalidOrganization': '{field}: ознака организације има 24 знака (0–9, a–f).',
  'metadata.issue.tagTooShort': '{field}: кључна реч је прекратка.',
  'metadata.issue.tagTooLong': '{field}: кључна реч је предугачка.',
  'metadata.issue.startMissing': '{field}: упишите и почетни датум.',
  'metadata.issue.endMissing': '{field}: упишите и крајњи датум.',
  'metadata.issue.startAfterEnd': '{field}: почетни датум је после крајњег.',
  'metadata.issue.duplicate': '{field}: иста вредност је наведена више пута.',
  'metadata.issue.invalid': '{field}: вредност није исправна.',
  'portal.error': 'Портал је одбио или није одговорио ({code}, корак {step}): {reason}',
  'portal.errorFields': 'Поља која портал није прихватио: {fields}.',
  'report.file': 'Датотека: {file} ({format})',
  'report.text': 'Кодирање: {encoding}, раздвајач: {delimiter}',
  'report.sheet': 'Лист: {sheet} (листова: {count})',
  'report.header': 'Заглавље: ред {row}, редова заглавља: {rows}',
  'report.excluded': 'Изостављени редови (збирови, напомене): {count}',
  'report.hidden': 'Скривени редови: {rows}, скривене колоне: {columns}',
  'report.rows': 'Редова података: {rows}, колона: {columns}',
  'report.column': '  {index}. {name} [{type}]{privacy}',
  'report.personal': ' — лични подаци: {kinds} ({confidence})',
  'scan.verdictClean': 'Оцена: clean — лични подаци нису нађени.',
  'scan.verdictPersonal': 'Оцена: personal-data — лични подаци у колонама: {count}.',
  'scan.column': '  {name}: {kinds} ({confidence})',
  'plan.title': 'План:',
  'plan.step': '  {index}. {op}{column}',
  'run.step': '  {index}. {op}{column}: {status}',
  'run.wrote': 'Уписано: {file} ({rows} редова, {columns} колона).',
  'run.remaining': 'После плана лични подаци нису нађени.',
  'publish.dryRun':
    'Проба (--dry-run): све је проверено, на портал ништа није послато. Скуп: {dataset}.',
  'publish.done': 'Објављено: {url}',
  'publish.dataset': 'Скуп података: {id} ({action})',
  'publish.resource': 'Ресурс: {id} ({action}) {url}',
  'publish.resumed': 'Настављен претходни покушај (покушај бр. {attempt}).',
  'portal.started':
    'ВЕЖБАОНИЦА — портал за вежбу, НИЈЕ data.gov.rs\nАдреса:    {url}\nAPI кључ:  {key}\nПрофил:    {profile}\nПодаци:    {dataDir}\nЗауставите са Ctrl+C.',
  'progress.reading': 'Читам {file}…',
  'progress.publishing': 'Објављујем на {portal}…',
};

const EN: Catalogue = {
  help: `Otvori — command line (for IT and scheduled jobs)

Usage:
  otvori inspect FILE [--sheet NAME|INDEX]        format, encoding, sheets, header, columns, personal data
  otvori scan FILE [--sheet …]                    personal data per column and a verdict clean / personal-data
  otvori anonymize FILE --out OUT [--sheet …]     default cleaning and the suggested privacy plan
  otvori run FILE --recipe RECIPE.json --out OUT  applies a saved recipe
  otvori validate METADATA.json                   validates metadata, listing errors by field
  otvori publish PUBLICATION.json --file FILE [--portal URL] [--dry-run]
  otvori portal [--port N] [--profile legacy|modern] [--data-dir DIR]

Every command accepts --json (result on stdout, messages on stderr).
OUT: .csv (UTF-8), .xlsx or .json, by extension.
Exit codes: 0 success, 1 usage error, 2 input cannot be read,
3 refused by the privacy gate, 4 metadata invalid, 5 portal error.
Environment: OTVORI_API_KEY, OTVORI_PSEUDONYM_KEY, OTVORI_DATA_DIR, OTVORI_LANG.`,
  'usage.unknownCommand': 'Unknown command “{command}”. List of commands: otvori --help',
  'usage.badArguments': 'Wrong arguments for “{command}”: {reason}. Help: otvori --help',
  'usage.missingFile': 'Name the file: otvori {command} FILE',
  'usage.extraArgument': 'Extra arguments: {arguments}',
  'usage.missingOption': 'The option --{option} is missing.',
  'usage.outFormat': 'The output file must end in .csv, .xlsx or .json, not “{name}”.',
  'usage.port': '--port must be a number from 0 to 65535, not “{value}”.',
  'usage.profile': '--profile must be legacy or modern, not “{value}”.',
  'usage.portalUrl':
    '--portal must be an address starting with https:// or http://, not “{value}”.',
  'usage.apiKeyArgument':
    'The API key is never given as an argument. Set the environment variable OTVORI_API_KEY.',
  'usage.apiKeyMissing':
    'No API key for the portal {portal}. Set the environment variable OTVORI_API_KEY (the key from your profile on the portal).',
  'usage.pseudonymKeyMissing':
    'Step “{step}” replaces values with pseudonyms, which needs the city’s key. Set the environment variable OTVORI_PSEUDONYM_KEY (the same key every month, so the same person gets the same pseudonym).',
  'input.NOT_FOUND': 'The file “{file}” does not exist.',
  'input.FILE_TOO_LARGE': 'The file “{file}” is too large for Otvori.',
  'input.FILE_UNREADABLE': 'The file “{file}” cannot be read ({reason}).',
  'input.FILE_UNSUPPORTED':
    '“{file}” is not a table Otvori can read (.xlsx, .xlsm, .xls, .ods, .csv).',
  'input.FILE_ENCRYPTED': 'The file “{file}” is password-protected.',
  'input.FILE_CORRUPT': 'The file “{file}” is damaged or was not saved completely.',
  'input.FILE_SUSPICIOUS':
    'The file “{file}” looks suspicious (it unpacks to far more than its size).',
  'input.FILE_EMPTY': 'The file “{file}” holds no table with data.',
  'input.READ_TIMEOUT': 'Reading the file “{file}” took too long.',
  'input.READ_OUT_OF_MEMORY': 'Reading the file “{file}” needs more memory than allowed.',
  'input.sheetNotFound': 'The file “{file}” has no sheet “{sheet}”. Sheets: {sheets}.',
  'input.notJson': 'The file “{file}” is not valid JSON.',
  'input.recipeInvalid': 'The recipe “{file}” is not valid: {issues}.',
  'input.publicationInvalid': 'The publication “{file}” is not valid: {issues}.',
  'input.writeFailed': 'The file “{file}” cannot be written ({reason}).',
  'input.columnsMissing': 'The table lacks columns the recipe uses: {columns}.',
  'input.stepFailed': 'Step {index} ({op}) could not be applied: {reason}.',
  'internal.unexpected': 'Unexpected error in the program ({code}). Contact IT support.',
  'gate.refused':
    'Publishing refused: these columns still hold personal data: {columns}. Add privacy steps to the recipe or justify them in the app.',
  'gate.refusedOut':
    'The file was not written: after the privacy plan these columns still hold personal data: {columns}.',
  'metadata.invalid': 'The metadata is not valid ({count}):',
  'metadata.valid': 'The metadata is valid.',
  'metadata.issue.required': '{field}: fill in this field.',
  'metadata.issue.tooShort': '{field}: too short, at least {limit} characters needed.',
  'metadata.issue.tooLong': '{field}: too long, at most {limit} characters allowed.',
  'metadata.issue.tooMany': '{field}: at most {limit} allowed.',
  'metadata.issue.notInList': '{field}: the value is not on the portal’s list.',
  'metadata.issue.invalidDate': '{field}: the date is not valid.',
  'metadata.issue.invalidEmail': '{field}: the e-mail address is not valid.',
  'metadata.issue.invalidOrganization': '{field}: an organization id has 24 characters (0–9, a–f).',
  'metadata.issue.tagTooShort': '{field}: the keyword is too short.',
  'metadata.issue.tagTooLong': '{field}: the keyword is too long.',
  'metadata.issue.startMissing': '{field}: give the start date too.',
  'metadata.issue.endMissing': '{field}: give the end date too.',
  'metadata.issue.startAfterEnd': '{field}: the start date is after the end date.',
  'metadata.issue.duplicate': '{field}: the same value is listed more than once.',
  'metadata.issue.invalid': '{field}: the value is not valid.',
  'portal.error': 'The portal refused or did not answer ({code}, step {step}): {reason}',
  'portal.errorFields': 'Fields the portal did not accept: {fields}.',
  'report.file': 'File: {file} ({format})',
  'report.text': 'Encoding: {encoding}, delimiter: {delimiter}',
  'report.sheet': 'Sheet: {sheet} (sheets: {count})',
  'report.header': 'Header: row {row}, header rows: {rows}',
  'report.excluded': 'Rows left out (totals, notes): {count}',
  'report.hidden': 'Hidden rows: {rows}, hidden columns: {columns}',
  'report.rows': 'Data rows: {rows}, columns: {columns}',
  'report.column': '  {index}. {name} [{type}]{privacy}',
  'report.personal': ' — personal data: {kinds} ({confidence})',
  'scan.verdictClean': 'Verdict: clean — no personal data found.',
  'scan.verdictPersonal': 'Verdict: personal-data — personal data in {count} column(s).',
  'scan.column': '  {name}: {kinds} ({confidence})',
  'plan.title': 'Plan:',
  'plan.step': '  {index}. {op}{column}',
  'run.step': '  {index}. {op}{column}: {status}',
  'run.wrote': 'Written: {file} ({rows} rows, {columns} columns).',
  'run.remaining': 'After the plan no personal data was found.',
  'publish.dryRun':
    'Dry run (--dry-run): everything was checked, nothing was sent to the portal. Dataset: {dataset}.',
  'publish.done': 'Published: {url}',
  'publish.dataset': 'Dataset: {id} ({action})',
  'publish.resource': 'Resource: {id} ({action}) {url}',
  'publish.resumed': 'Resumed an earlier attempt (attempt no. {attempt}).',
  'portal.started':
    'VEŽBAONICA — training portal, NOT data.gov.rs\nAddress:  {url}\nAPI key:  {key}\nProfile:  {profile}\nData:     {dataDir}\nStop with Ctrl+C.',
  'progress.reading': 'Reading {file}…',
  'progress.publishing': 'Publishing to {portal}…',
};

const CATALOGUES: Readonly<Record<Locale, Catalogue>> = {
  'sr-Latn': SR_LATN,
  'sr-Cyrl': SR_CYRL,
  en: EN,
};

export type MessageParams = Readonly<Record<string, string | number>>;

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The catalogue of one language, with `{name}` placeholders filled in. */
export function translator(locale: Locale): Translate {
  const catalogue = CATALOGUES[locale];
  return (key, params = {}) =>
    catalogue[key].replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
}

/** Every key of every language, for the test that keeps the three in step. */
export function catalogueKeys(locale: Locale): string[] {
  return Object.keys(CATALOGUES[locale]);
}

/**
 * OTVORI_LANG (`sr-Latn`, `sr-Cyrl`, `en`) wins; else the first POSIX locale variable that names
 * a language: `sr_RS@latin` is Latin, `sr_RS` (glibc's Serbian) Cyrillic, `en_*` English.
 */
export function pickLocale(env: Readonly<Record<string, string | undefined>>): Locale {
  const chosen = env['OTVORI_LANG']?.trim().toLowerCase();
  if (chosen === 'sr-latn' || chosen === 'sr') return 'sr-Latn';
  if (chosen === 'sr-cyrl') return 'sr-Cyrl';
  if (chosen === 'en') return 'en';
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name]?.trim().toLowerCase() ?? '';
    if (value === '' || value === 'c' || value.startsWith('c.') || value === 'posix') continue;
    if (value.startsWith('en')) return 'en';
    if (value.startsWith('sr')) {
      return value.includes('latn') || value.includes('latin') ? 'sr-Latn' : 'sr-Cyrl';
    }
    return 'sr-Latn';
  }
  return 'sr-Latn';
}
