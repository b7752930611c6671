/** Small helpers the table commands share. */
import { CliFailure } from '../cli-failure';
import type { CommandContext } from '../command';
import { EXIT } from '../exit-codes';

export function requiredFile(context: CommandContext, command: string): string {
  const file = context.positionals[0];
  if (file === undefined || file === '') {
    throw new CliFailure(EXIT.usage, 'USAGE', 'usage.missingFile', { command });
  }
  return file;
}

export function requiredOption(context: CommandContext, option: string): string {
  const value = context.values[option];
  if (typeof value !== 'string' || value === '') {
    throw new CliFailure(EXIT.usage, 'USAGE', 'usage.missingOption', { option });
  }
  return value;
}

export function optionalString(context: CommandContext, option: string): string | undefined {
  const value = context.values[option];
  return typeof value === 'string' ? value : undefined;
}

export const sheetOption = { sheet: { type: 'string' } } as const;
