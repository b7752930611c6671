import { describe, expect, it } from 'vitest';
import { asciiFileName } from '../../../electron/backend/portal/client/files';
import {
  normalizeFileName,
  normalizeTag,
  slugify,
} from '../../../electron/backend/portal/common/slugify';
import {
  formatFromName,
  lastExtension,
} from '../../../electron/backend/portal/training-portal/uploads';

// The example table of udata-api.md §5.4 (Unidecode, Russian-style digraphs).
describe('udata normalisation (udata-api.md §5.4)', () => {
  it.each([
    [
      'COVID-19 дневни извештај о обавезној самоизолацији на територији Републике Србије',
      'covid-19-dnevni-izveshtaj-o-obaveznoj-samoizolatsiji-na-teritoriji-republike-srbije',
    ],
    ['Буџет Града Панчева за 2024. годину', 'budzhet-grada-pancheva-za-2024-godinu'],
    ['ЈКП Водовод и канализација', 'jkp-vodovod-i-kanalizatsija'],
  ])('slug of %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('tags', () => {
    expect(normalizeTag('Саобраћајне незгоде')).toBe('saobratshajne-nezgode');
    expect(['буџет', 'финансије', 'панчево'].map(normalizeTag)).toEqual([
      'budzhet',
      'finansije',
      'panchevo',
    ]);
    expect(normalizeTag('ЈП')).toBe('jp');
  });

  it.each([
    ['Буџет 2023.csv', 'budzhet-2023.csv', 'csv'],
    ['Spisak ulica – Šabac.XLSX', 'spisak-ulica-sabac.xlsx', 'xlsx'],
    ['podaci (1).csv', 'podaci-1-.csv', 'csv'],
    ['Izveštaj v1.2.csv', 'izvestaj-v1.2.csv', '2.csv'],
    ['Јавне набавке 2024.01.csv', 'javne-nabavke-2024.01.csv', '01.csv'],
    ['data.tar.gz', 'data.tar.gz', 'tar.gz'],
  ])('file %s → %s, LEGACY format %s', (name, normalized, format) => {
    expect(normalizeFileName(name)).toBe(normalized);
    expect(formatFromName(normalized, 'legacy')).toBe(format);
  });

  it('HEAD chains only archive suffixes onto known extensions', () => {
    expect(formatFromName('test.2022.zip', 'modern')).toBe('zip');
    expect(formatFromName('x.csv.tar.gz', 'modern')).toBe('csv.tar.gz');
    expect(formatFromName('izvestaj-v1.2.csv', 'modern')).toBe('csv');
  });

  it('checks only the last suffix, lowercased', () => {
    expect(lastExtension('a.CSV')).toBe('csv');
    expect(lastExtension('noext')).toBeNull();
  });

  it('slugs are at most 255 characters, dropping words that do not fit', () => {
    const slug = slugify(`${'реч '.repeat(100)}`);
    expect(slug.length).toBeLessThanOrEqual(255);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('asciiFileName (pitfalls 6–7)', () => {
  it('is ASCII with one dot and predicts the server name', () => {
    expect(asciiFileName('Јавне набавке 2024.01.csv')).toBe('javne-nabavke-2024-01.csv');
    expect(asciiFileName('Буџет 2023.CSV')).toBe('budzhet-2023.csv');
    expect(asciiFileName('Буџет 2023.CSV')).toBe(
      normalizeFileName(asciiFileName('Буџет 2023.CSV')),
    );
    expect(asciiFileName('....csv')).toBe('podaci.csv');
    expect(asciiFileName('Ђорђе')).toBe('djordje');
  });
});
