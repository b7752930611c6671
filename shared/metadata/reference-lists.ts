/**
 * The portal's reference lists (udata-api.md §4.5, §6): licences, update frequencies, resource
 * types, upload extensions, spatial granularities. Shipped here so the Describe form works
 * offline; the backend caches fresher copies from the portal in SQLite with the date fetched.
 */
import type { Locale } from '../contract/models';

export type LocalizedLabel = { readonly [L in Locale]: string };

export interface ReferenceItem {
  readonly id: string;
  readonly label: LocalizedLabel;
}

export const REFERENCE_KINDS = [
  'licenses',
  'frequencies',
  'resourceTypes',
  'extensions',
  'granularities',
] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export interface ReferenceList {
  readonly items: readonly ReferenceItem[];
  /** ISO time of the portal fetch; null for the lists shipped with Otvori. */
  readonly fetchedAt: string | null;
  /** Portal base URL the list came from; null when shipped. */
  readonly source: string | null;
}

export type ReferenceLists = { readonly [K in ReferenceKind]: ReferenceList };

const same = (text: string): LocalizedLabel => ({ 'sr-Cyrl': text, 'sr-Latn': text, en: text });
const item = (id: string, srCyrl: string, srLatn: string, en: string): ReferenceItem => ({
  id,
  label: { 'sr-Cyrl': srCyrl, 'sr-Latn': srLatn, en },
});

/** The Serbian open data licence (portal terms, udata-api.md §6.5, §10.1): Otvori's default. */
export const DEFAULT_LICENSE = 'sodl';
export const DEFAULT_FREQUENCY = 'unknown';

/** §14's seed for the fake portal: `sodl` is observed on data.gov.rs, the rest is udata's loader. */
const LICENSES: readonly ReferenceItem[] = [
  item(
    'sodl',
    'Лиценца за отворене податке Републике Србије (SODL 1.0)',
    'Licenca za otvorene podatke Republike Srbije (SODL 1.0)',
    'Open Data Licence of the Republic of Serbia (SODL 1.0)',
  ),
  item(
    'cc-by',
    'Creative Commons Ауторство (CC BY)',
    'Creative Commons Autorstvo (CC BY)',
    'Creative Commons Attribution (CC BY)',
  ),
  item(
    'cc-by-sa',
    'Creative Commons Ауторство–Делити под истим условима (CC BY-SA)',
    'Creative Commons Autorstvo–Deliti pod istim uslovima (CC BY-SA)',
    'Creative Commons Attribution Share-Alike (CC BY-SA)',
  ),
  item(
    'cc-zero',
    'Creative Commons CC0 (без ограничења)',
    'Creative Commons CC0 (bez ograničenja)',
    'Creative Commons CCZero (CC0)',
  ),
  item(
    'odc-odbl',
    'Open Data Commons ODbL',
    'Open Data Commons ODbL',
    'Open Data Commons Open Database License (ODbL)',
  ),
  item('other-open', 'Друга отворена лиценца', 'Druga otvorena licenca', 'Other (Open)'),
  item('notspecified', 'Лиценца није наведена', 'Licenca nije navedena', 'License not specified'),
];

/**
 * The frequencies present in both portal generations (udata-api.md §6.1 "safe set"): the live
 * version of data.gov.rs is unknown (§1), and an id one generation lacks is refused there.
 * Labels: the portal's own sr/sl strings (sl normalised to real Latin), English from udata.
 */
const FREQUENCIES: readonly ReferenceItem[] = [
  item('unknown', 'Непознато', 'Nepoznato', 'Unknown'),
  item('punctual', 'Тачно', 'Tačno', 'Punctual'),
  item('continuous', 'У реалном времену', 'U realnom vremenu', 'Real time'),
  item('hourly', 'Сваки сат', 'Svaki sat', 'Hourly'),
  item('threeTimesADay', 'Три пута дневно', 'Tri puta dnevno', 'Three times a day'),
  item('semidaily', 'Два пута дневно', 'Dva puta dnevno', 'Semidaily'),
  item('daily', 'Дневно', 'Dnevno', 'Daily'),
  item('threeTimesAWeek', 'Три пута недељно', 'Tri puta nedeljno', 'Three times a week'),
  item('semiweekly', 'Два пута недељно', 'Dva puta nedeljno', 'Semiweekly'),
  item('weekly', 'Седмично', 'Sedmično', 'Weekly'),
  // The portal's Serbian label repeats "two times a week" here (sic, §6.1); ours says what it means.
  item('biweekly', 'Сваке две недеље', 'Svake dve nedelje', 'Biweekly'),
  item('threeTimesAMonth', 'Три пута месечно', 'Tri puta mesečno', 'Three times a month'),
  item('semimonthly', 'Два пута месечно', 'Dva puta mesečno', 'Semimonthly'),
  item('monthly', 'Месечно', 'Mesečno', 'Monthly'),
  item('bimonthly', 'Свака два месеца', 'Svaka dva meseca', 'Bimonthly'),
  item('quarterly', 'Квартално', 'Kvartalno', 'Quarterly'),
  item('threeTimesAYear', 'Три пута годишње', 'Tri puta godišnje', 'Three times a year'),
  item('semiannual', 'Двапут годишње', 'Dvaput godišnje', 'Biannual'),
  item('annual', 'Годишње', 'Godišnje', 'Annual'),
  item('biennial', 'Сваке друге године', 'Svake druge godine', 'Biennial'),
  item('triennial', 'Сваке три године', 'Svake tri godine', 'Triennial'),
  item('quinquennial', 'Сваких пет година', 'Svakih pet godina', 'Quinquennial'),
  item('irregular', 'Неправилан', 'Nepravilan', 'Irregular'),
];

const RESOURCE_TYPES: readonly ReferenceItem[] = [
  item('main', 'Главна датотека', 'Glavna datoteka', 'Main file'),
  item('documentation', 'Документација', 'Dokumentacija', 'Documentation'),
  item('update', 'Ажурирање', 'Ažuriranje', 'Update'),
  item('api', 'API', 'API', 'API'),
  item('code', 'Складиште кода', 'Skladište koda', 'Code repository'),
  item('other', 'Друго', 'Drugo', 'Other'),
];

/** LEGACY default (§6.6), including its `icsrdf` quirk: `ics` and `rdf` are not allowed there. */
const EXTENSIONS: readonly string[] = (
  'csv txt json pdf xml rtf xsd ods odt odp odg xls xlsx doc docx pps ppt tar gz tgz rar zip ' +
  '7z xz bz2 jpeg jpg jpe gif png dwg svg tiff ecw svgz jp2 shp kml kmz gpx shx ovr geojson ' +
  'gpkg grib2 dbf prj sql sqlite db epub sbn sbx cpg lyr owl dxf icsrdf ttl n3'
).split(' ');

/** Which zones data.gov.rs loaded is unknown (§15.3): udata always has `other` and `poi`. */
const GRANULARITIES: readonly ReferenceItem[] = [
  item(
    'other',
    'Друго (нпр. град или општина)',
    'Drugo (npr. grad ili opština)',
    'Other (e.g. a city or municipality)',
  ),
  item('poi', 'Тачка од интереса', 'Tačka od interesa', 'Point of interest'),
];

const shipped = (items: readonly ReferenceItem[]): ReferenceList => ({
  items,
  fetchedAt: null,
  source: null,
});

export const SHIPPED_REFERENCE_LISTS: ReferenceLists = {
  licenses: shipped(LICENSES),
  frequencies: shipped(FREQUENCIES),
  resourceTypes: shipped(RESOURCE_TYPES),
  extensions: shipped(EXTENSIONS.map((ext) => ({ id: ext, label: same(ext) }))),
  granularities: shipped(GRANULARITIES),
};

export function referenceIds(list: ReferenceList): string[] {
  return list.items.map((entry) => entry.id);
}

/** Shipped labels are better translated than a portal title: prefer them for known ids. */
export function shippedLabel(kind: ReferenceKind, id: string): LocalizedLabel | null {
  return SHIPPED_REFERENCE_LISTS[kind].items.find((entry) => entry.id === id)?.label ?? null;
}

export function labelOf(list: ReferenceList, id: string, locale: Locale): string {
  return list.items.find((entry) => entry.id === id)?.label[locale] ?? id;
}

export { same as sameLabel };
