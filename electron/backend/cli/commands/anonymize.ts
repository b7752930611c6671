/**
 * `otvori anonymize FILE --out OUT [--sheet …]`: what the app proposes, without a person at the
 * screen — the default cleaning, then the suggested privacy plan (app:privacy:plan, the same
 * items the Protect step shows, turned into recipe steps by shared/privacy's stepsFor), then the
 * publication gate on the result. OUT is written only when the gate passes (else exit 3); the plan
 * and the anonymization report are printed.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { planSteps } from '../../../../shared/privacy/plan';
import { defaultCleaningSteps } from '../../../../shared/recipe/default-cleaning';
import { CliFailure } from '../cli-failure';
import type { CliSession } from '../cli-session';
import type { Command } from '../command';
import { EXIT } from '../exit-codes';
import { pickLocale } from '../messages';
import { openTable, unexpected } from '../open-table';
import { refuseFailedSteps, stepLines, stepNeedingKey, stepsJson } from '../recipe-steps';
import { outFormatOf, writeOutput } from '../write-output';
import { optionalString, requiredFile, requiredOption, sheetOption } from './common';

/** Exit 3 naming the columns the gate still stops on. */
export async function refuseUnlessGatePasses(
  session: CliSession,
  workbookId: string,
  messageKey: 'gate.refused' | 'gate.refusedOut',
): Promise<void> {
  const gate = await session.api.invoke('app:privacy:gate', { workbookId });
  if (!gate.ok) throw unexpected(gate.error);
  if (gate.value.passed) return;
  const blockers = gate.value.blockers.map((b) => ({ column: b.column, kinds: [...b.kinds] }));
  throw new CliFailure(
    EXIT.privacy,
    'PRIVACY_GATE',
    messageKey,
    { columns: blockers.map((b) => `${b.column} (${b.kinds.join(', ')})`).join('; ') },
    { blockers },
  );
}

export const anonymizeCommand: Command = {
  name: 'anonymize',
  options: { ...sheetOption, out: { type: 'string' } },
  positionals: 1,
  async run(context) {
    const { t, io } = context;
    const file = requiredFile(context, 'anonymize');
    const out = requiredOption(context, 'out');
    const format = outFormatOf(out);
    const session = await context.session();
    const opened = await openTable(session, io.cwd, file, optionalString(context, 'sheet'));
    const workbookId = opened.summary.workbookId;
    const started = await session.api.invoke('app:recipe:get', { workbookId });
    if (!started.ok) throw unexpected(started.error);
    const cleaned = await session.api.invoke('app:recipe:add', {
      workbookId,
      jobId: randomUUID(),
      steps: defaultCleaningSteps().map((s) => ({ op: s.op, params: s.params, enabled: true })),
    });
    if (!cleaned.ok) throw unexpected(cleaned.error);
    const plan = await session.api.invoke('app:privacy:plan', { workbookId });
    if (!plan.ok) throw unexpected(plan.error);
    const steps = planSteps(plan.value.items);
    const keyed = stepNeedingKey(steps);
    if (keyed !== null && (await session.secrets.get('pseudonym-key')) === null) {
      throw new CliFailure(EXIT.usage, 'PSEUDONYM_KEY_MISSING', 'usage.pseudonymKeyMissing', {
        step: keyed,
      });
    }
    let state = cleaned.value;
    if (steps.length > 0) {
      const planned = await session.api.invoke('app:recipe:add', {
        workbookId,
        jobId: randomUUID(),
        steps: steps.map((s) => ({
          op: s.op,
          params: s.params,
          enabled: s.enabled,
          ...(s.column === undefined ? {} : { column: s.column }),
        })),
      });
      if (!planned.ok) throw unexpected(planned.error);
      state = planned.value;
    }
    refuseFailedSteps(state);
    await refuseUnlessGatePasses(session, workbookId, 'gate.refusedOut');
    const report = await session.api.invoke('app:privacy:report', {
      workbookId,
      locale: pickLocale(io.env),
    });
    if (!report.ok) throw unexpected(report.error);
    const outPath = path.resolve(io.cwd, out);
    const summary = state.workbook;
    const written = await writeOutput(session, summary, outPath, format);
    const items = plan.value.items.map((item) => ({
      column: item.column,
      kinds: [...item.kinds],
      basis: item.basis,
      action: item.action,
    }));
    const r = report.value.report;
    context.print(
      {
        file: opened.fileName,
        sheet: summary.sheets[summary.sheetIndex]?.name ?? '',
        out: outPath,
        format,
        bytes: written.bytes,
        rowsBefore: opened.summary.rowCount,
        rowCount: summary.rowCount,
        columns: summary.columns.map((c) => ({ name: c.name, type: c.type })),
        plan: items,
        steps: stepsJson(state),
        report: {
          found: r.found.map((f) => ({ column: f.column, kinds: [...f.kinds] })),
          removed: [...r.removed],
          transformed: [...r.transformed],
          open: r.open.map((f) => ({ column: f.column, kinds: [...f.kinds] })),
          rowsBefore: r.rowsBefore,
          rowsAfter: r.rowsAfter,
        },
        note: report.value.note,
      },
      [
        t('plan.title'),
        ...items.map((item, i) =>
          t('plan.step', {
            index: i + 1,
            op: item.action,
            column: ` (${item.column}: ${item.kinds.join(', ')})`,
          }),
        ),
        ...stepLines(state, (p) => t('run.step', p)),
        report.value.note,
        t('run.remaining'),
        t('run.wrote', { file: outPath, rows: summary.rowCount, columns: summary.columns.length }),
      ],
    );
    return EXIT.ok;
  },
};
