/**
 * Titles and filter names of the native open/save dialogs. They are the only user-facing text
 * the main process draws, so they live here as one small table per locale instead of pulling
 * the renderer's i18n into main (architecture.md §2 forbids that import). The OS supplies the
 * dialog buttons in its own language; these strings follow the clerk's setting in Otvori
 * (the startup error box, shown before settings can be read, uses the default sr-Cyrl).
 */
import type { Locale } from '../../shared/contract';

export interface DialogLabels {
  readonly openTitle: string;
  readonly openButton: string;
  readonly spreadsheets: string;
  readonly allFiles: string;
  readonly saveTitle: string;
  readonly csv: string;
  readonly startupFailedTitle: string;
  readonly startupFailedMessage: string;
}

export const DIALOG_LABELS: { readonly [L in Locale]: DialogLabels } = {
  'sr-Cyrl': {
    openTitle: 'Отвори табелу',
    openButton: 'Отвори',
    spreadsheets: 'Табеле',
    allFiles: 'Све датотеке',
    saveTitle: 'Сачувај као CSV',
    csv: 'CSV (UTF-8)',
    startupFailedTitle: 'Отвори не може да се покрене',
    startupFailedMessage:
      'Отвори није успео да отвори своју базу података. Обратите се ИТ служби и наведите ову фасциклу:',
  },
  'sr-Latn': {
    openTitle: 'Otvori tabelu',
    openButton: 'Otvori',
    spreadsheets: 'Tabele',
    allFiles: 'Sve datoteke',
    saveTitle: 'Sačuvaj kao CSV',
    csv: 'CSV (UTF-8)',
    startupFailedTitle: 'Otvori ne može da se pokrene',
    startupFailedMessage:
      'Otvori nije uspeo da otvori svoju bazu podataka. Obratite se IT službi i navedite ovu fasciklu:',
  },
  en: {
    openTitle: 'Open a spreadsheet',
    openButton: 'Open',
    spreadsheets: 'Spreadsheets',
    allFiles: 'All files',
    saveTitle: 'Save as CSV',
    csv: 'CSV (UTF-8)',
    startupFailedTitle: 'Otvori cannot start',
    startupFailedMessage:
      'Otvori could not open its database. Contact IT support and mention this folder:',
  },
};
