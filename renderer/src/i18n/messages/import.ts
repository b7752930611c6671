/**
 * Messages of the import review (issue 3): how a file was read, and the clerk's corrections.
 * sr-Cyrl is the source of the keys; sr-Latn is written out in full; en. Spread into
 * sr-cyrl.ts, sr-latn.ts and en.ts.
 */
import type { Message, PluralMessage } from '../dictionary';

export const importSrCyrl = {
  'import.title': 'Како је датотека прочитана',
  'import.intro':
    'Проверите шта је препознато. Ако нешто није добро, промените и прочитајте датотеку поново; избор се памти за следећи пут.',
  'import.encoding': 'Кодна страна',
  'import.delimiter': 'Раздвојник поља',
  'import.confidence': 'сигурност {percent}',
  'import.delimiter.semicolon': 'тачка и зарез (;)',
  'import.delimiter.comma': 'зарез (,)',
  'import.delimiter.tab': 'табулатор',
  'import.delimiter.pipe': 'усправна црта (|)',
  'import.delimiter.none': 'нема (једна колона)',
  'import.enc.utf-8': 'UTF-8',
  'import.enc.utf-16le': 'UTF-16 LE (Excel „Unicode текст”)',
  'import.enc.utf-16be': 'UTF-16 BE',
  'import.enc.windows-1250': 'Windows-1250 (латиница)',
  'import.enc.windows-1251': 'Windows-1251 (ћирилица)',
  'import.enc.iso-8859-2': 'ISO-8859-2 (латиница)',
  'import.enc.cp852': 'CP852 (латиница, DOS)',
  'import.sheet': 'Лист',
  'import.sheetHidden': '{name} (скривен)',
  'import.headerRow': 'Ред заглавља',
  'import.headerRowCount': 'Редова у заглављу',
  'import.titleRows': 'Изнад табеле (наслов, није у табели)',
  'import.excludedRows': 'Изостављени редови',
  'import.excludedNone': 'Ниједан ред није изостављен.',
  'import.excludedMore': {
    one: 'и још {count} ред',
    few: 'и још {count} реда',
    other: 'и још {count} редова',
  },
  'import.rowLabel': 'Ред {row}',
  'import.reason.total': 'збир',
  'import.reason.note': 'напомена',
  'import.reason.manual': 'изоставили сте',
  'import.keepOut': 'Изостави ред {row}',
  'import.extraRows': 'Изостави и редове (бројеви, нпр. 12, 15)',
  'import.extraRowsInvalid': 'Упишите бројеве редова раздвојене зарезом.',
  'import.hiddenTitle': 'Скривени подаци',
  'import.hiddenRows': {
    one: 'Датотека има {count} скривен ред са подацима: {rows}. Скривени редови су у табели и биће објављени.',
    few: 'Датотека има {count} скривена реда са подацима: {rows}. Скривени редови су у табели и биће објављени.',
    other:
      'Датотека има {count} скривених редова са подацима: {rows}. Скривени редови су у табели и биће објављени.',
  },
  'import.hiddenColumns': 'Скривене колоне у табели: {columns}. Биће објављене ако их не уклоните.',
  'import.excludeHidden': 'Изостави скривене редове',
  'import.warningsTitle': 'Упозорења',
  'import.warning.digits-lost':
    'Колона „{column}”: {count} бројева има више од 15 цифара или је записано као 1,23E+17 — Excel је последње цифре изгубио. Узмите податке из изворног система.',
  'import.warning.leading-zeros-lost':
    'Колона „{column}”: {count} вредности личе на ЈМБГ без водеће нуле — колона је у датотеци сачувана као број.',
  'import.warning.hidden': 'Колона „{column}” је у датотеци скривена.',
  'import.dropped': 'Изостављено празних редова: {rows}, празних колона: {columns}.',
  'import.merged': 'Спојене ћелије: {count} (вредност је преписана у сваку ћелију).',
  'import.apply': 'Прочитај поново',
  'import.reset': 'Врати препознато',
  'import.reading': 'Датотека се чита поново…',
  'import.saved': 'Избор је сачуван и важиће када следећи пут отворите ову датотеку.',
} as const satisfies Record<string, Message>;

type ImportMessages = {
  readonly [K in keyof typeof importSrCyrl]: (typeof importSrCyrl)[K] extends string
    ? string
    : PluralMessage;
};

export const importSrLatn: ImportMessages = {
  'import.title': 'Kako je datoteka pročitana',
  'import.intro':
    'Proverite šta je prepoznato. Ako nešto nije dobro, promenite i pročitajte datoteku ponovo; izbor se pamti za sledeći put.',
  'import.encoding': 'Kodna strana',
  'import.delimiter': 'Razdvojnik polja',
  'import.confidence': 'sigurnost {percent}',
  'import.delimiter.semicolon': 'tačka i zarez (;)',
  'import.delimiter.comma': 'zarez (,)',
  'import.delimiter.tab': 'tabulator',
  'import.delimiter.pipe': 'uspravna crta (|)',
  'import.delimiter.none': 'nema (jedna kolona)',
  'import.enc.utf-8': 'UTF-8',
  'import.enc.utf-16le': 'UTF-16 LE (Excel „Unicode tekst”)',
  'import.enc.utf-16be': 'UTF-16 BE',
  'import.enc.windows-1250': 'Windows-1250 (latinica)',
  'import.enc.windows-1251': 'Windows-1251 (ćirilica)',
  'import.enc.iso-8859-2': 'ISO-8859-2 (latinica)',
  'import.enc.cp852': 'CP852 (latinica, DOS)',
  'import.sheet': 'List',
  'import.sheetHidden': '{name} (skriven)',
  'import.headerRow': 'Red zaglavlja',
  'import.headerRowCount': 'Redova u zaglavlju',
  'import.titleRows': 'Iznad tabele (naslov, nije u tabeli)',
  'import.excludedRows': 'Izostavljeni redovi',
  'import.excludedNone': 'Nijedan red nije izostavljen.',
  'import.excludedMore': {
    one: 'i još {count} red',
    few: 'i još {count} reda',
    other: 'i još {count} redova',
  },
  'import.rowLabel': 'Red {row}',
  'import.reason.total': 'zbir',
  'import.reason.note': 'napomena',
  'import.reason.manual': 'izostavili ste',
  'import.keepOut': 'Izostavi red {row}',
  'import.extraRows': 'Izostavi i redove (brojevi, npr. 12, 15)',
  'import.extraRowsInvalid': 'Upišite brojeve redova razdvojene zarezom.',
  'import.hiddenTitle': 'Skriveni podaci',
  'import.hiddenRows': {
    one: 'Datoteka ima {count} skriven red sa podacima: {rows}. Skriveni redovi su u tabeli i biće objavljeni.',
    few: 'Datoteka ima {count} skrivena reda sa podacima: {rows}. Skriveni redovi su u tabeli i biće objavljeni.',
    other:
      'Datoteka ima {count} skrivenih redova sa podacima: {rows}. Skriveni redovi su u tabeli i biće objavljeni.',
  },
  'import.hiddenColumns':
    'Skrivene kolone u tabeli: {columns}. Biće objavljene ako ih ne uklonite.',
  'import.excludeHidden': 'Izostavi skrivene redove',
  'import.warningsTitle': 'Upozorenja',
  'import.warning.digits-lost':
    'Kolona „{column}”: {count} brojeva ima više od 15 cifara ili je zapisano kao 1,23E+17 — Excel je poslednje cifre izgubio. Uzmite podatke iz izvornog sistema.',
  'import.warning.leading-zeros-lost':
    'Kolona „{column}”: {count} vrednosti liče na JMBG bez vodeće nule — kolona je u datoteci sačuvana kao broj.',
  'import.warning.hidden': 'Kolona „{column}” je u datoteci skrivena.',
  'import.dropped': 'Izostavljeno praznih redova: {rows}, praznih kolona: {columns}.',
  'import.merged': 'Spojene ćelije: {count} (vrednost je prepisana u svaku ćeliju).',
  'import.apply': 'Pročitaj ponovo',
  'import.reset': 'Vrati prepoznato',
  'import.reading': 'Datoteka se čita ponovo…',
  'import.saved': 'Izbor je sačuvan i važiće kada sledeći put otvorite ovu datoteku.',
};

export const importEn: ImportMessages = {
  'import.title': 'How the file was read',
  'import.intro':
    'Check what was recognised. If something is wrong, change it and read the file again; your choice is remembered for next time.',
  'import.encoding': 'Text encoding',
  'import.delimiter': 'Field delimiter',
  'import.confidence': '{percent} sure',
  'import.delimiter.semicolon': 'semicolon (;)',
  'import.delimiter.comma': 'comma (,)',
  'import.delimiter.tab': 'tab',
  'import.delimiter.pipe': 'vertical bar (|)',
  'import.delimiter.none': 'none (one column)',
  'import.enc.utf-8': 'UTF-8',
  'import.enc.utf-16le': 'UTF-16 LE (Excel “Unicode text”)',
  'import.enc.utf-16be': 'UTF-16 BE',
  'import.enc.windows-1250': 'Windows-1250 (Latin)',
  'import.enc.windows-1251': 'Windows-1251 (Cyrillic)',
  'import.enc.iso-8859-2': 'ISO-8859-2 (Latin)',
  'import.enc.cp852': 'CP852 (Latin, DOS)',
  'import.sheet': 'Sheet',
  'import.sheetHidden': '{name} (hidden)',
  'import.headerRow': 'Header row',
  'import.headerRowCount': 'Header rows',
  'import.titleRows': 'Above the table (title, not in the table)',
  'import.excludedRows': 'Rows left out',
  'import.excludedNone': 'No row was left out.',
  'import.excludedMore': {
    one: 'and {count} more row',
    few: 'and {count} more rows',
    other: 'and {count} more rows',
  },
  'import.rowLabel': 'Row {row}',
  'import.reason.total': 'total',
  'import.reason.note': 'note',
  'import.reason.manual': 'left out by you',
  'import.keepOut': 'Leave out row {row}',
  'import.extraRows': 'Also leave out rows (numbers, e.g. 12, 15)',
  'import.extraRowsInvalid': 'Enter row numbers separated by commas.',
  'import.hiddenTitle': 'Hidden data',
  'import.hiddenRows': {
    one: 'The file has {count} hidden row with data: {rows}. Hidden rows are in the table and will be published.',
    few: 'The file has {count} hidden rows with data: {rows}. Hidden rows are in the table and will be published.',
    other:
      'The file has {count} hidden rows with data: {rows}. Hidden rows are in the table and will be published.',
  },
  'import.hiddenColumns':
    'Hidden columns in the table: {columns}. They will be published unless removed.',
  'import.excludeHidden': 'Leave out hidden rows',
  'import.warningsTitle': 'Warnings',
  'import.warning.digits-lost':
    'Column “{column}”: {count} numbers have more than 15 digits or read like 1.23E+17 — Excel lost the last digits. Take the data from the source system.',
  'import.warning.leading-zeros-lost':
    'Column “{column}”: {count} values look like a JMBG without its leading zero — the file stores the column as numbers.',
  'import.warning.hidden': 'Column “{column}” is hidden in the file.',
  'import.dropped': 'Empty rows left out: {rows}, empty columns: {columns}.',
  'import.merged': 'Merged cells: {count} (the value was copied into every cell).',
  'import.apply': 'Read again',
  'import.reset': 'Back to what was recognised',
  'import.reading': 'Reading the file again…',
  'import.saved': 'Your choice is saved and applies the next time you open this file.',
};
