/** The CLI's exit codes (issue 10): stable, documented in the README, relied on by IT's jobs. */
export const EXIT = {
  ok: 0,
  /** The command was called wrongly: unknown command or option, a missing argument or key. */
  usage: 1,
  /** An input (the table, a recipe, metadata or publication file) cannot be read; also OUT cannot be written. */
  input: 2,
  /** The privacy gate refused: personal data is still in the table. */
  privacy: 3,
  /** The publication's metadata is not valid. */
  metadata: 4,
  /** The portal refused, failed or could not be reached. */
  portal: 5,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
