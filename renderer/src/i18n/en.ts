/** English. Typed from the Serbian key set; plural `few` repeats `other` (English never selects it). */
import type { Dictionary } from './dictionary';
import { helpPortalEn } from './messages/help-portal';
import { metadataEn } from './messages/metadata';
import { publishEn } from './messages/publish';
import { privacyEn } from './messages/privacy';
import { importEn } from './messages/import';
import { recipeEn } from './messages/recipe';
import { previewEn } from './messages/preview';
import { homeEn } from './messages/home';
import { helpEn } from './messages/help';
import { reviewEn } from './messages/review';

export const en: Dictionary = {
  ...metadataEn,
  ...helpPortalEn,
  ...publishEn,
  ...reviewEn,
  ...privacyEn,
  ...importEn,
  ...recipeEn,
  ...previewEn,
  ...homeEn,
  ...helpEn,
  'app.name': 'Otvori',
  'app.documentTitle': 'Otvori: spreadsheets as open data',
  'app.skipToContent': 'Skip to main content',
  'app.loading': 'Loading…',
  'app.tagline': 'City of Pančevo spreadsheets as open data',

  'locale.label': 'Language and script',

  'about.button': 'About',
  'about.title': 'About Otvori',
  'about.version': 'Version',
  'about.buildDate': 'Build date',
  'about.unknown': 'unknown',
  'about.dataDir': 'Data folder',
  'about.portal': 'Publishing portal',
  'about.policy': 'IT policy',
  'about.policyNone': 'IT has set no policy on this computer, so the defaults apply.',
  'about.policySource': 'Policy file: {path}',
  'about.fixedTitle': 'Settings fixed by IT (you cannot change them)',
  'about.fixedNone': 'None.',
  'about.field.portalUrl': 'Publishing portal',
  'about.field.allowedPortals': 'Allowed portals',
  'about.field.organization': 'Organization on the portal',
  'about.field.proxy': 'Proxy server',
  'about.field.updates': 'Updates',
  'about.field.updateUrl': 'Update server',
  'about.field.trainingPortal': 'Practice portal',
  'about.field.defaultLocale': 'Default language',
  'about.errorsTitle': 'Part of the IT policy could not be applied. Show this message to IT:',
  'about.privacy':
    'Otvori sends no usage data. Only what you publish to the portal leaves this computer.',
  'about.close': 'Close',

  'journey.label': 'Steps',
  'journey.stepNumber': 'Step {number}',
  'journey.step.open': 'Open a spreadsheet',
  'journey.step.clean': 'Tidy up',
  'journey.step.protect': 'Protect personal data',
  'journey.step.describe': 'Describe the dataset',
  'journey.step.review': 'Review',
  'journey.step.publish': 'Review and publish',
  'journey.step.view': 'View and export',
  'journey.status.done': 'done',
  'journey.status.current': 'current step',
  'journey.status.upcoming': 'next',

  'open.title': 'Open a spreadsheet',
  'open.purpose':
    'Otvori helps you publish a spreadsheet from Excel or LibreOffice safely as City of Pančevo open data on the data.gov.rs portal.',
  'open.safety': 'Your original file is never changed.',
  'open.fileButton': 'Open file',
  'open.dropHint': 'Drag a file into this area, or choose one with the button.',
  'open.dropActive': 'Drop the file to open it.',
  'open.formats':
    'Supported formats: Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods) and text tables (.csv, .tsv, .txt).',
  'open.fileInputLabel': 'Choose a spreadsheet file',
  'open.sampleTitle': 'First time here?',
  'open.sampleText': 'Try it on a sample register filled with made-up data.',
  'open.sampleButton': 'Open the sample register',
  'open.cancelled': 'Opening was cancelled.',

  'recent.title': 'Recently opened files',
  'recent.empty': 'You have not opened any files yet.',
  'recent.openedAt': 'opened {date}',
  'recent.unavailable': 'Not available: the file has been moved or deleted.',

  'progress.title': 'Opening the file',
  'progress.sampleName': 'Sample register',
  'progress.phasesLabel': 'Stages of opening',
  'progress.phase.uploading': 'Sending the file to Otvori',
  'progress.phase.checking': 'Checking the file',
  'progress.phase.reading': 'Reading the file',
  'progress.phase.parsing': 'Recognising the table',
  'progress.phase.building': 'Preparing the table for display',
  'progress.phase.done': 'Done',
  'progress.status.done': 'done',
  'progress.status.current': 'in progress',
  'progress.status.pending': 'next',
  'progress.barLabel': 'Progress: {phase}',
  'progress.inProgress': 'In progress…',
  'progress.bytesOf': 'Processed: {done} of {total}',
  'progress.bytesDone': 'Processed: {done}',
  'progress.rowsOf': 'Rows: {done} of {total}',
  'progress.rowsDone': 'Rows: {done}',
  'progress.elapsed': 'Time elapsed: {time}',
  'progress.remaining': 'Remaining: about {time}',
  'progress.remainingUnknown': 'Estimating the time remaining…',
  'progress.cancel': 'Cancel',
  'progress.cancelHint': 'Your original file stays untouched.',

  'table.format': 'Format',
  'table.sheet': 'Sheet',
  'table.size': 'Size',
  'table.sheets': 'Sheets in the file',
  'table.sheetShown': 'shown',
  'table.sheetHidden': 'hidden',
  'table.gridLabel': 'Data from the file {name}',
  'table.rowNumber': 'Row',
  'table.rowNumberLabel': 'Row number',
  'table.loadingCell': 'loading',
  'table.emptyCell': 'empty',
  'table.noRows': 'The table has no rows of data.',
  'table.gridHelp':
    'Click in the table or reach it with the Tab key, then move with the arrow keys. Page Up and Page Down move by a screen, Home and End to the start and end of the row, Ctrl+Home and Ctrl+End to the start and end of the table.',
  'table.close': 'Close file',

  'type.text': 'Text',
  'type.integer': 'Whole number',
  'type.decimal': 'Decimal number',
  'type.date': 'Date',
  'type.datetime': 'Date and time',
  'type.boolean': 'Yes/No',
  'type.empty': 'Empty column',
  'type.label': 'Kind of data: {type}',

  'value.true': 'Yes',
  'value.false': 'No',

  'format.xlsx': 'Excel workbook (.xlsx)',
  'format.xlsm': 'Excel macro-enabled workbook (.xlsm)',
  'format.xls': 'Older Excel (.xls)',
  'format.ods': 'LibreOffice spreadsheet (.ods)',
  'format.csv': 'Text table (CSV)',

  'export.title': 'Export',
  'export.button': 'Export CSV (UTF-8)',
  'export.busy': 'Exporting…',
  'export.bom': 'Add BOM for Excel',
  'export.bomHint':
    'Turn this on if the file will be opened in Excel: Excel then shows Cyrillic and the letters č, ć, ž, š, đ correctly.',
  'export.saved': 'Saved: {name} ({size}).',
  'export.downloaded':
    'Download started: {name} ({size}). You will find the file in your Downloads folder.',
  'export.cancelled': 'Export cancelled; nothing was saved.',

  'error.title': 'That did not work',
  'error.dismiss': 'Dismiss message',
  'error.code': 'Code for IT support: {code}',
  'error.offline':
    'The connection to Otvori was lost. Check that Otvori is still running, then reload this page.',
  'error.INVALID_REQUEST':
    'Otvori received a request it does not understand. Try again; if it happens again, contact IT support.',
  'error.UNKNOWN_CHANNEL':
    'This screen and the Otvori program are different versions. Close and restart Otvori; if it happens again, contact IT support.',
  'error.FORBIDDEN':
    'This page is not allowed to use Otvori. Close it and open Otvori again through the address the program printed when it started.',
  'error.NOT_FOUND':
    'The file or table you asked for no longer exists: it may have been moved, deleted or already closed. Open the file again.',
  'error.FILE_TOO_LARGE':
    'The file is too large for Otvori. Split the table into smaller parts (for example by year) or delete the columns and sheets you do not need, then try again.',
  'error.FILE_UNREADABLE':
    'The file cannot be read. Check that it is not open in another program and that you are allowed to read it, then try again.',
  'error.FILE_UNSUPPORTED':
    'This is not a spreadsheet Otvori can read. Open it in Excel or LibreOffice, save it as .xlsx, .ods or .csv, then open that file here.',
  'error.FILE_ENCRYPTED':
    'The file is protected with a password. Open it in Excel, remove the password and save a copy, then open the copy here.',
  'error.FILE_CORRUPT':
    'The file is damaged or was not saved completely. Open it in Excel or LibreOffice, save a copy, then open the copy here.',
  'error.FILE_SUSPICIOUS':
    'The file looks suspicious (unpacked, it is far larger than it should be), so Otvori did not open it, for safety. If you know where it came from, open it in Excel and save it as a new file; if you do not, contact IT support.',
  'error.FILE_EMPTY':
    'The file has no table with data. Check that you chose the right file and that the data is not on a hidden sheet.',
  'error.READ_TIMEOUT':
    'Reading the file took too long, so it was stopped. Split the table into smaller parts or save it as .csv, then try again.',
  'error.READ_OUT_OF_MEMORY':
    'Reading this file needs more memory than Otvori may use. Split the table into smaller parts or delete the sheets and columns you do not need, then try again.',
  'error.CANCELLED': 'The action was cancelled. You can start again whenever you like.',
  'error.NOT_SUPPORTED':
    'This action is not available here. Open a file with the “Open file” button or drag it into the opening area.',
  'error.STORAGE_FAILED':
    'Otvori cannot save its data on the disk. Check that the disk has free space, then close and restart Otvori; if it happens again, contact IT support.',
  'error.INTERNAL':
    'Something unexpected went wrong in the program. Try again; if it happens again, close and restart Otvori and contact IT support.',
  'errorDetail.FILE_TOO_LARGE': 'This file is {size}; the most allowed is {limit}.',
  'errorDetail.FILE_TOO_LARGE_LIMIT': 'The most allowed is {limit}.',
  'errorDetail.READ_OUT_OF_MEMORY': 'The limit is {megabytes}\u00a0MB.',
  'errorDetail.READ_TIMEOUT': {
    one: 'The limit is {count} second.',
    few: 'The limit is {count} seconds.',
    other: 'The limit is {count} seconds.',
  },

  'count.rows': { one: '{count}\u00a0row', few: '{count}\u00a0rows', other: '{count}\u00a0rows' },
  'count.columns': {
    one: '{count}\u00a0column',
    few: '{count}\u00a0columns',
    other: '{count}\u00a0columns',
  },
  'count.bytes': {
    one: '{count}\u00a0byte',
    few: '{count}\u00a0bytes',
    other: '{count}\u00a0bytes',
  },

  'size.kilobytes': '{value}\u00a0KB',
  'size.megabytes': '{value}\u00a0MB',
  'size.gigabytes': '{value}\u00a0GB',
};
