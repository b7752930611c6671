/**
 * `otvori COMMAND …`: parses the command line (node:util parseArgs, strict), runs the command on
 * one in-process backend, and turns the outcome into output and an exit code. With --json, stdout
 * holds exactly one JSON document (the result, or `{ ok: false, … }` on failure) and every message
 * for people goes to stderr, in the user's language.
 */
import { parseArgs } from 'node:util';
import { CliFailure, type JsonValue } from './cli-failure';
import type { CliIo } from './cli-io';
import { openSession, type CliSession } from './cli-session';
import type { Command, CommandContext } from './command';
import { anonymizeCommand } from './commands/anonymize';
import { inspectCommand } from './commands/inspect';
import { portalCommand } from './commands/portal';
import { publishCommand } from './commands/publish';
import { recipeRunCommand } from './commands/run';
import { scanCommand } from './commands/scan';
import { validateCommand } from './commands/validate';
import { EXIT, type ExitCode } from './exit-codes';
import { pickLocale, translator } from './messages';

export const COMMANDS: readonly Command[] = [
  inspectCommand,
  scanCommand,
  anonymizeCommand,
  recipeRunCommand,
  validateCommand,
  publishCommand,
  portalCommand,
];

function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const t = translator(pickLocale(io.env));
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(`${t('help')}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${io.version}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  const json = rest.includes('--json');
  const fail = (failure: CliFailure): ExitCode => {
    io.err(`${t(failure.messageKey, failure.params)}\n`);
    for (const line of failure.lines) io.err(`${line}\n`);
    if (json) {
      io.out(
        jsonText({
          ok: false,
          command: command?.name ?? name,
          exitCode: failure.exitCode,
          error: { code: failure.code, message: t(failure.messageKey, failure.params) },
          ...failure.extra,
        }),
      );
    }
    return failure.exitCode;
  };
  // A key on the command line ends up in shell history and task definitions: refuse it without
  // echoing it (parseArgs' own message would repeat `--api-key=…`).
  if (rest.some((arg) => /^--?(api-?key|apikey|key)(=|$)/i.test(arg))) {
    return fail(new CliFailure(EXIT.usage, 'USAGE', 'usage.apiKeyArgument'));
  }
  if (command === undefined) {
    return fail(new CliFailure(EXIT.usage, 'USAGE', 'usage.unknownCommand', { command: name }));
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${t('help')}\n`);
    return EXIT.ok;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { ...command.options, json: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(
      new CliFailure(EXIT.usage, 'USAGE', 'usage.badArguments', { command: name, reason }),
    );
  }
  if (parsed.positionals.length > command.positionals) {
    return fail(
      new CliFailure(EXIT.usage, 'USAGE', 'usage.extraArgument', {
        arguments: parsed.positionals.slice(command.positionals).join(' '),
      }),
    );
  }
  let session: CliSession | null = null;
  const context: CommandContext = {
    io,
    t,
    json,
    positionals: parsed.positionals,
    values: parsed.values as CommandContext['values'],
    async session() {
      session ??= await openSession(io, io.stored ?? null);
      return session;
    },
    say: (line) => io.err(`${line}\n`),
    print(result: Readonly<Record<string, JsonValue>>, lines: readonly string[]) {
      if (json) io.out(jsonText({ ok: true, command: command.name, ...result }));
      else for (const line of lines) io.out(`${line}\n`);
    },
  };
  try {
    return await command.run(context);
  } catch (error) {
    if (error instanceof CliFailure) return fail(error);
    const code = error instanceof Error ? error.name : 'UNKNOWN';
    io.err(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return fail(new CliFailure(EXIT.input, 'INTERNAL', 'internal.unexpected', { code }));
  } finally {
    await (session as CliSession | null)?.close();
  }
}
