/**
 * The processing note proposed for the dataset description (issue 5 §6; architecture.md §5:
 * "removed columns …, generalized …, k = 5"), so re-users know what was done to the data. Written
 * from the anonymization report, in the publication's language: Serbian Latin is the source and
 * Cyrillic is transliterated from it (column names included, as the description is Cyrillic too).
 */
import type { Locale } from '../contract/models';
import { latinToCyrillic } from '../recipe/ops/latin-to-cyrillic';
import type { AnonymizationReport } from './report';

const list = (names: readonly string[]): string => names.join(', ');

function latin(report: AnonymizationReport): string {
  if (report.found.length === 0) {
    return 'Pre objavljivanja podaci su provereni na lične podatke (JMBG, imena, adrese, kontakti, brojevi računa); nisu pronađeni.';
  }
  const parts = ['Pre objavljivanja iz podataka su uklonjeni ili izmenjeni lični podaci.'];
  if (report.removed.length > 0) parts.push(`Uklonjene kolone: ${list(report.removed)}.`);
  if (report.transformed.length > 0) {
    parts.push(
      `Izmenjene kolone (uopštene, maskirane, pseudonimizovane ili sa uklonjenim podacima iz teksta): ${list(report.transformed)}.`,
    );
  }
  if (report.justified.length > 0) {
    parts.push(
      `Uz obrazloženje zadržani su podaci u kolonama: ${list(report.justified.map((j) => j.column))}.`,
    );
  }
  if (report.risk !== null) {
    parts.push(
      `Svaka kombinacija vrednosti u kolonama ${list(report.risk.quasiIdentifiers)} odnosi se na najmanje ${report.risk.k} ${report.risk.k === 1 ? 'lice' : 'lica'} (k = ${report.risk.k}).`,
    );
  }
  return parts.join(' ');
}

function english(report: AnonymizationReport): string {
  if (report.found.length === 0) {
    return 'Before publication the data were checked for personal data (national ID numbers, names, addresses, contacts, bank accounts); none was found.';
  }
  const parts = ['Before publication, personal data were removed from the data or changed.'];
  if (report.removed.length > 0) parts.push(`Removed columns: ${list(report.removed)}.`);
  if (report.transformed.length > 0) {
    parts.push(
      `Changed columns (generalized, masked, pseudonymized or redacted): ${list(report.transformed)}.`,
    );
  }
  if (report.justified.length > 0) {
    parts.push(
      `Kept with a recorded justification: ${list(report.justified.map((j) => j.column))}.`,
    );
  }
  if (report.risk !== null) {
    parts.push(
      `Every combination of values in ${list(report.risk.quasiIdentifiers)} applies to at least ${report.risk.k} ${report.risk.k === 1 ? 'person' : 'people'} (k = ${report.risk.k}).`,
    );
  }
  return parts.join(' ');
}

export function processingNote(report: AnonymizationReport, locale: Locale): string {
  if (locale === 'en') return english(report);
  const text = latin(report);
  return locale === 'sr-Cyrl' ? latinToCyrillic(text) : text;
}
