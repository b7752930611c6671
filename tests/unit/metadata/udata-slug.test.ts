import { describe, expect, it } from 'vitest';
import {
  normalizeTag,
  normalizeTags,
  splitTagInput,
  tagProblem,
  udataSlug,
} from '../../../shared/metadata/udata-slug';

// The examples of udata-api.md §5.4 (the first matches a real data.gov.rs slug).
describe('udataSlug (awesome-slugify + Unidecode)', () => {
  it.each([
    [
      'COVID-19 дневни извештај о обавезној самоизолацији на територији Републике Србије',
      'covid-19-dnevni-izveshtaj-o-obaveznoj-samoizolatsiji-na-teritoriji-republike-srbije',
    ],
    ['Буџет Града Панчева за 2024. годину', 'budzhet-grada-pancheva-za-2024-godinu'],
    ['ЈКП Водовод и канализација', 'jkp-vodovod-i-kanalizatsija'],
    ['Spisak ulica – Šabac', 'spisak-ulica-sabac'],
    ["O'Brien's  data", 'obriens-data'],
    ['Ђурђевдан Ћуприја Хоризонт', 'djurdjevdan-tshuprija-khorizont'],
  ])('%s → %s', (input, slug) => {
    expect(udataSlug(input)).toBe(slug);
  });
});

describe('tags', () => {
  it('normalises like the portal', () => {
    expect(normalizeTag('Саобраћајне незгоде')).toBe('saobratshajne-nezgode');
    expect(normalizeTags(['буџет', 'финансије', 'панчево'])).toEqual([
      'budzhet',
      'finansije',
      'panchevo',
    ]);
  });

  it('deduplicates and sorts', () => {
    expect(normalizeTags(['Панчево', 'панчево', 'Pančevo', 'budžet'])).toEqual([
      'budzet',
      'pancevo',
      'panchevo',
    ]);
  });

  it('splits a single comma-separated string, as the portal does', () => {
    expect(normalizeTags(['буџет, финансије'])).toEqual(['budzhet', 'finansije']);
  });

  it('refuses tags shorter than 3 or longer than 96 characters after normalisation', () => {
    expect(tagProblem('ab')).toBe('tooShort');
    expect(tagProblem('ЈП')).toBe('tooShort');
    expect(tagProblem('!!!')).toBe('tooShort');
    expect(tagProblem('a'.repeat(96))).toBeNull();
    expect(tagProblem('a'.repeat(97))).toBe('tooLong');
    // Cyrillic letters can grow: 48 × ш → 96 characters, 49 × ш → 98.
    expect(tagProblem('ш'.repeat(48))).toBeNull();
    expect(tagProblem('ш'.repeat(49))).toBe('tooLong');
    expect(normalizeTags(['ab', 'буџет'])).toEqual(['budzhet']);
  });

  it('splits what the clerk types', () => {
    expect(splitTagInput(' буџет ,финансије,,  градска   управа ')).toEqual([
      'буџет',
      'финансије',
      'градска управа',
    ]);
  });
});
