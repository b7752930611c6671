/**
 * `otvori scan FILE [--sheet …]`: the personal data found per column (kinds, counts, confidence)
 * and one verdict, `clean` or `personal-data`, from the same scan the app's Protect step runs.
 * Exit 0 either way: scanning is a report; refusing is the gate's job (publish, anonymize).
 */
import type { Command } from '../command';
import { EXIT } from '../exit-codes';
import { openTable, unexpected } from '../open-table';
import { columnFindings, kindsText } from '../privacy-findings';
import { optionalString, requiredFile, sheetOption } from './common';

export const scanCommand: Command = {
  name: 'scan',
  options: sheetOption,
  positionals: 1,
  async run(context) {
    const { t } = context;
    const file = requiredFile(context, 'scan');
    const session = await context.session();
    const { summary, fileName } = await openTable(
      session,
      context.io.cwd,
      file,
      optionalString(context, 'sheet'),
    );
    const scan = await session.api.invoke('app:privacy:scan', { workbookId: summary.workbookId });
    if (!scan.ok) throw unexpected(scan.error);
    const personal = scan.value.columns.filter((c) => c.personal);
    const verdict = personal.length === 0 ? 'clean' : 'personal-data';
    const result = {
      file: fileName,
      sheet: summary.sheets[summary.sheetIndex]?.name ?? '',
      rowCount: summary.rowCount,
      verdict,
      personalColumns: personal.length,
      columns: scan.value.columns.map((c) => ({
        index: c.index + 1,
        name: c.name,
        ...columnFindings(c),
      })),
    };
    const lines = [
      verdict === 'clean'
        ? t('scan.verdictClean')
        : t('scan.verdictPersonal', { count: personal.length }),
      ...personal.map((c) =>
        t('scan.column', { name: c.name, kinds: kindsText(c), confidence: c.confidence ?? '' }),
      ),
    ];
    context.print(result, lines);
    return EXIT.ok;
  },
};
