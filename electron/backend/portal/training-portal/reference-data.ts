/**
 * The reference lists the training portal serves (udata-api.md §6, §14 "Seed").
 */
import type { PortalProfile } from '../common/profile';

export interface License {
  readonly id: string;
  readonly title: string;
  readonly maintainer: string | null;
  readonly url: string | null;
  readonly flags: readonly string[];
  readonly alternate_urls: readonly string[];
  readonly alternate_titles: readonly string[];
}

function license(id: string, title: string, url: string | null, flags: string[] = []): License {
  return { id, title, maintainer: null, url, flags, alternate_urls: [], alternate_titles: [] };
}

/** §14: `sodl` plus the CKAN ids most likely loaded (§6.5). */
export const LICENSES: readonly License[] = [
  license('sodl', 'Srpska licenca za otvorene podatke', 'https://data.gov.rs/sr/terms/', [
    'domain_data',
    'okd_compliant',
  ]),
  license('cc-by', 'Creative Commons Attribution', 'http://www.opendefinition.org/licenses/cc-by'),
  license('cc-by-sa', 'Creative Commons Attribution Share-Alike', null),
  license('cc-zero', 'Creative Commons CCZero', null),
  license('odc-odbl', 'Open Data Commons Open Database License (ODbL)', null),
  license('other-open', 'Other (Open)', null),
  license('notspecified', 'License Not Specified', null),
];

export interface Labelled {
  readonly id: string;
  readonly sr: string;
  readonly sl: string;
  readonly en: string;
}

function lab(id: string, sr: string, sl: string, en: string): Labelled {
  return { id, sr, sl, en };
}

/** LEGACY's 25 frequencies with the fork's labels (§6.1). */
export const LEGACY_FREQUENCIES: readonly Labelled[] = [
  lab('unknown', 'Непознато', 'Nepoznato', 'Unknown'),
  lab('punctual', 'Тачно', 'Tačno', 'Punctual'),
  lab('continuous', 'У реалном времену', 'U realnom vremenu', 'Real time'),
  lab('hourly', 'Сваки сат', 'Svaki sat', 'Hourly'),
  lab('fourTimesADay', 'Четри пута дневно', 'Četri puta dnevno', 'Four times a day'),
  lab('threeTimesADay', 'Три пута дневно', 'Tri puta dnevno', 'Three times a day'),
  lab('semidaily', 'Два пута дневно', 'Dva puta dnevno', 'Semidaily'),
  lab('daily', 'Дневно', 'Dnevno', 'Daily'),
  lab('fourTimesAWeek', 'Четри пута недељно', 'Četri puta nedeljno', 'Four times a week'),
  lab('threeTimesAWeek', 'Три пута недељно', 'Tri puta nedeljno', 'Three times a week'),
  lab('semiweekly', 'Два пута недељно', 'Dva puta nedeljno', 'Semiweekly'),
  lab('weekly', 'Седмично', 'Sedmično', 'Weekly'),
  lab('biweekly', 'Два пута недељно', 'Dva puta nedeljno', 'Biweekly'),
  lab('threeTimesAMonth', 'Три пута месечно', 'Tri puta mesečno', 'Three times a month'),
  lab('semimonthly', 'Два пута месечно', 'Dva puta mesečno', 'Semimonthly'),
  lab('monthly', 'Месечно', 'Mesečno', 'Monthly'),
  lab('bimonthly', 'Свака два месеца', 'Svaka dva meseca', 'Bimonthly'),
  lab('quarterly', 'Квартално', 'Kvartalno', 'Quarterly'),
  lab('threeTimesAYear', 'Три пута годишње', 'Tri puta godišnje', 'Three times a year'),
  lab('semiannual', 'Двапут годишње', 'Dvaput godišnje', 'Biannual'),
  lab('annual', 'Годишње', 'Godišnje', 'Annual'),
  lab('biennial', 'Сваке друге године', 'Svake druge godine', 'Biennial'),
  lab('triennial', 'Сваке три године', 'Svake tri godine', 'Triennial'),
  lab('quinquennial', 'Сваких пет година', 'Svakih pet godina', 'Quinquennial'),
  lab('irregular', 'Неправилан', 'Nepravilan', 'Irregular'),
];

/** MODERN (v12+) EU vocabulary ids (§6.1); labels are the English ids' words (not documented in Serbian). */
const MODERN_FREQUENCY_IDS = [
  'continuous',
  'oneMinute',
  'fiveMinutes',
  'tenMinutes',
  'fifteenMinutes',
  'thirtyMinutes',
  'hourly',
  'bihourly',
  'trihourly',
  'twelveHours',
  'severalTimesADay',
  'threeTimesADay',
  'semidaily',
  'daily',
  'fiveTimesAWeek',
  'threeTimesAWeek',
  'semiweekly',
  'weekly',
  'biweekly',
  'threeTimesAMonth',
  'semimonthly',
  'monthly',
  'bimonthly',
  'quarterly',
  'threeTimesAYear',
  'semiannual',
  'annual',
  'biennial',
  'triennial',
  'quadrennial',
  'quinquennial',
  'decennial',
  'bidecennial',
  'tridecennial',
  'punctual',
  'irregular',
  'never',
  'notPlanned',
  'other',
  'unknown',
] as const;

const legacyById = new Map(LEGACY_FREQUENCIES.map((f) => [f.id, f]));

export const MODERN_FREQUENCIES: readonly Labelled[] = MODERN_FREQUENCY_IDS.map(
  (id) => legacyById.get(id) ?? lab(id, id, id, id),
);

/** Old ids each profile maps on input (§5.1 frequency, §6.1). */
export const FREQUENCY_ALIASES: Readonly<Record<PortalProfile, Readonly<Record<string, string>>>> =
  {
    legacy: { fortnighly: 'biweekly', biannual: 'semiannual', realtime: 'continuous' },
    modern: {
      fourTimesADay: 'severalTimesADay',
      fourTimesAWeek: 'other',
      realtime: 'continuous',
      fortnighly: 'biweekly',
      biannual: 'semiannual',
    },
  };

export function frequenciesFor(profile: PortalProfile): readonly Labelled[] {
  return profile === 'legacy' ? LEGACY_FREQUENCIES : MODERN_FREQUENCIES;
}

/** §6.2, same in both profiles. */
export const RESOURCE_TYPES: readonly Labelled[] = [
  lab('main', 'Главна датотека', 'Glavna datoteka', 'Main file'),
  lab('documentation', 'Документација', 'Dokumentacija', 'Documentation'),
  lab('update', 'Ажурирање', 'Ažuriranje', 'Update'),
  lab('api', 'API', 'API', 'API'),
  lab('code', 'Складиште кода', 'Skladište koda', 'Code repository'),
  lab('other', 'Друго', 'Drugo', 'Other'),
];

export const CHECKSUM_TYPES = ['sha1', 'sha2', 'sha256', 'md5', 'crc'] as const;

/** L's default ALLOWED_RESOURCES_EXTENSIONS in config order, with the `icsrdf` quirk (§6.6). */
const LEGACY_EXTENSIONS = (
  'csv txt json pdf xml rtf xsd ods odt odp odg xls xlsx doc docx pps ppt tar gz tgz rar zip 7z ' +
  'xz bz2 jpeg jpg jpe gif png dwg svg tiff ecw svgz jp2 shp kml kmz gpx shx ovr geojson gpkg ' +
  'grib2 dbf prj sql sqlite db epub sbn sbx cpg lyr owl dxf icsrdf ttl n3'
).split(' ');

/** HEAD fixes ics/rdf and adds webp, ssim, other; it serves the list sorted (§4.5, §6.6). */
const MODERN_EXTENSIONS = [
  ...LEGACY_EXTENSIONS.filter((e) => e !== 'icsrdf'),
  'ics',
  'rdf',
  'webp',
  'ssim',
  'other',
].sort();

export function extensionsFor(profile: PortalProfile): readonly string[] {
  return profile === 'legacy' ? LEGACY_EXTENSIONS : MODERN_EXTENSIONS;
}

/** Archive/compression suffixes HEAD chains into the format (`x.csv.tar.gz` → `csv.tar.gz`). */
export const ARCHIVE_EXTENSIONS: ReadonlySet<string> = new Set([
  'gz',
  'bz2',
  'xz',
  'tar',
  'zip',
  '7z',
  'rar',
  'tgz',
]);

/** Python `mimetypes` for the extensions a clerk uploads; others fall back to octet-stream (§9.3). */
const MIME_BY_EXTENSION: Readonly<Record<string, string>> = {
  csv: 'text/csv',
  txt: 'text/plain',
  json: 'application/json',
  geojson: 'application/geo+json',
  xml: 'application/xml',
  pdf: 'application/pdf',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odt: 'application/vnd.oasis.opendocument.text',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  zip: 'application/zip',
  gz: 'application/gzip',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  html: 'text/html',
  htm: 'text/html',
  xhtml: 'application/xhtml+xml',
};

export function mimeFor(extension: string): string {
  return MIME_BY_EXTENSION[extension] ?? 'application/octet-stream';
}

/** Spatial granularities of a portal without geo levels (§14 Seed). */
export const GRANULARITIES = [
  { id: 'other', name: { sr: 'Друго', sl: 'Drugo', en: 'Other' } },
  { id: 'poi', name: { sr: 'Тачка интересовања', sl: 'Tačka interesovanja', en: 'POI' } },
] as const;
