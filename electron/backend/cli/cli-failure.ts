/**
 * How a command stops with an exit code: it throws a CliFailure naming the message (in the
 * catalogue) and, for --json, a machine code and extra fields (the metadata issues, the gate's
 * blockers). run-cli.ts turns it into stderr text, the JSON failure object and the exit code.
 */
import type { ExitCode } from './exit-codes';
import type { MessageKey, MessageParams } from './messages';

export type JsonValue =
  string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export class CliFailure extends Error {
  constructor(
    readonly exitCode: ExitCode,
    /** Stable machine code for --json (`FILE_CORRUPT`, `PRIVACY_GATE`, `PORTAL_AUTH`…). */
    readonly code: string,
    readonly messageKey: MessageKey,
    readonly params: MessageParams = {},
    /** Extra fields of the --json failure object. */
    readonly extra: Readonly<Record<string, JsonValue>> = {},
    /** More lines for stderr after the message (one per metadata issue, say). */
    readonly lines: readonly string[] = [],
  ) {
    super(`${code}: ${messageKey}`);
    this.name = 'CliFailure';
  }
}
