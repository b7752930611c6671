/**
 * The processing note proposed for the dataset description (issue 5 §6; architecture.md §5:
 * "removed columns …, generalized …, k = 5"), so re-users know what was done to the data. Written
 * from the anonymization report, in the publication's language: Serbian Latin is the source and
 * Cyrillic is transliterated from it; column names stay as the file writes them, so re-users find
 * them in the published file.
 */
import type { Locale } from '../contract/models';
import { latinToCyrillic } from '../recipe/ops/latin-to-cyrillic';
import type { AnonymizationReport } from './report';

const list = (names: readonly string[]): string => names.join(', ');

/** Serbian, with fixed wording passed through `script` and column names kept as in the file. */
function serbian(report: AnonymizationReport, script: (text: string) => string): string {
  if (report.found.length === 0) {
    return script(
      'Pre objavljivanja podaci su provereni na lične podatke (JMBG, imena, adrese, kontakti, brojevi računa); nisu pronađeni.',
    );
  }
  const parts = [script('Pre objavljivanja iz podataka su uklonjeni ili izmenjeni lični podaci.')];
  if (report.removed.length > 0)
    parts.push(`${script('Uklonjene kolone:')} ${list(report.removed)}.`);
  if (report.transformed.length > 0) {
    parts.push(
      `${script('Izmenjene kolone (uopštene, maskirane, pseudonimizovane ili sa uklonjenim podacima iz teksta):')} ${list(report.transformed)}.`,
    );
  }
  if (report.justified.length > 0) {
    parts.push(
      `${script('Uz obrazloženje zadržani su podaci u kolonama:')} ${list(report.justified.map((j) => j.column))}.`,
    );
  }
  if (report.risk !== null) {
    const k = report.risk.k;
    parts.push(
      `${script('Svaka kombinacija vrednosti u kolonama')} ${list(report.risk.quasiIdentifiers)} ${script(`odnosi se na najmanje ${k} ${k === 1 ? 'lice' : 'lica'}`)} (k = ${k}).`,
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
  return serbian(report, locale === 'sr-Cyrl' ? latinToCyrillic : (text) => text);
}
