/**
 * Messages of the review before publishing (issue 9 §4): sr-Cyrl (the source of the keys),
 * sr-Latn written out in full, en. Spread into sr-cyrl.ts, sr-latn.ts and en.ts.
 */
import type { Message } from '../dictionary';

export const reviewSrCyrl = {
  'review.intro':
    'Пре објављивања проверите све на овом екрану: ви одговарате за оно што оде на портал.',
  'review.loading': 'Припрема прегледа…',
  'review.privacy.title': 'Заштита података',
  'review.quality.title': 'Опис и оцена квалитета',
  'review.changes.title': 'Измене од последњег објављивања',
  'review.changes.first': 'Ово је прво објављивање овог скупа: нема са чим да се упореди.',
  'review.changes.since': 'Упоређено са објављивањем од {date}.',
  'review.changes.rows':
    'Редова: {before} тада, {after} сада — {added} додато, {removed} уклоњено.',
  'review.changes.rowsUnknown':
    'Редова: {before} тада, {after} сада (редови не могу да се упореде јер је колона уклоњена).',
  'review.changes.valuesHint': 'Ред у коме је измењена вредност броји се као уклоњен и додат.',
  'review.changes.columnsAdded': 'Нове колоне: {names}',
  'review.changes.columnsRemoved': 'Уклоњене колоне: {names}',
  'review.changes.typeChanged': 'Колоне другог типа: {names}',
  'review.changes.columnsSame': 'Колоне су исте као прошли пут.',
  'review.file.title': 'Датотека онако како ће бити објављена',
  'review.file.summary': '{name} — CSV, UTF-8; редова: {rows}, колона: {columns}.',
  'review.file.first':
    'Заглавље и почетак датотеке (редова: {count}), тачно како ће стајати у њој:',
  'review.file.label': 'Почетак датотеке {name}',
} as const satisfies Record<string, Message>;

export type ReviewKey = keyof typeof reviewSrCyrl;

export const reviewSrLatn: Record<ReviewKey, string> = {
  'review.intro':
    'Pre objavljivanja proverite sve na ovom ekranu: vi odgovarate za ono što ode na portal.',
  'review.loading': 'Priprema pregleda…',
  'review.privacy.title': 'Zaštita podataka',
  'review.quality.title': 'Opis i ocena kvaliteta',
  'review.changes.title': 'Izmene od poslednjeg objavljivanja',
  'review.changes.first': 'Ovo je prvo objavljivanje ovog skupa: nema sa čim da se uporedi.',
  'review.changes.since': 'Upoređeno sa objavljivanjem od {date}.',
  'review.changes.rows':
    'Redova: {before} tada, {after} sada — {added} dodato, {removed} uklonjeno.',
  'review.changes.rowsUnknown':
    'Redova: {before} tada, {after} sada (redovi ne mogu da se uporede jer je kolona uklonjena).',
  'review.changes.valuesHint': 'Red u kome je izmenjena vrednost broji se kao uklonjen i dodat.',
  'review.changes.columnsAdded': 'Nove kolone: {names}',
  'review.changes.columnsRemoved': 'Uklonjene kolone: {names}',
  'review.changes.typeChanged': 'Kolone drugog tipa: {names}',
  'review.changes.columnsSame': 'Kolone su iste kao prošli put.',
  'review.file.title': 'Datoteka onako kako će biti objavljena',
  'review.file.summary': '{name} — CSV, UTF-8; redova: {rows}, kolona: {columns}.',
  'review.file.first':
    'Zaglavlje i početak datoteke (redova: {count}), tačno kako će stajati u njoj:',
  'review.file.label': 'Početak datoteke {name}',
};

export const reviewEn: Record<ReviewKey, string> = {
  'review.intro':
    'Before publishing, check everything on this screen: you are responsible for what goes to the portal.',
  'review.loading': 'Preparing the review…',
  'review.privacy.title': 'Data protection',
  'review.quality.title': 'Description and quality score',
  'review.changes.title': 'Changes since the last publication',
  'review.changes.first':
    'This is the first publication of this dataset: there is nothing to compare with.',
  'review.changes.since': 'Compared with the publication of {date}.',
  'review.changes.rows': 'Rows: {before} then, {after} now — {added} added, {removed} removed.',
  'review.changes.rowsUnknown':
    'Rows: {before} then, {after} now (rows cannot be compared because a column was removed).',
  'review.changes.valuesHint': 'A row with a changed value counts as removed and added.',
  'review.changes.columnsAdded': 'New columns: {names}',
  'review.changes.columnsRemoved': 'Removed columns: {names}',
  'review.changes.typeChanged': 'Columns of another type: {names}',
  'review.changes.columnsSame': 'The columns are the same as last time.',
  'review.file.title': 'The file exactly as it will be published',
  'review.file.summary': '{name} — CSV, UTF-8, {rows} rows, {columns} columns.',
  'review.file.first':
    'The header and the first {count} rows, exactly as they will be in the file:',
  'review.file.label': 'Beginning of the file {name}',
};
