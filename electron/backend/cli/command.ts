/** The shape every command has, and what the runner hands it. */
import type { ParseArgsOptionsConfig } from 'node:util';
import type { JsonValue } from './cli-failure';
import type { CliIo } from './cli-io';
import type { CliSession } from './cli-session';
import type { ExitCode } from './exit-codes';
import type { Translate } from './messages';

export type OptionValues = Readonly<Record<string, string | boolean | undefined>>;

export interface CommandContext {
  readonly io: CliIo;
  readonly t: Translate;
  /** --json: the result goes to stdout as one JSON document. */
  readonly json: boolean;
  readonly positionals: readonly string[];
  readonly values: OptionValues;
  /** The backend, opened on first use and closed by the runner. */
  session(): Promise<CliSession>;
  /** A message for people, on stderr (never machine output). */
  say(line: string): void;
  /** The result: JSON on stdout with --json, else the report lines on stdout. */
  print(result: Readonly<Record<string, JsonValue>>, lines: readonly string[]): void;
}

export interface Command {
  readonly name: string;
  /** Options beside --json and --help, for node:util parseArgs. */
  readonly options: ParseArgsOptionsConfig;
  /** How many positionals the command takes. */
  readonly positionals: number;
  run(context: CommandContext): Promise<ExitCode>;
}
