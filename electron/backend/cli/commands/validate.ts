/**
 * `otvori validate METADATA.json`: checks publication metadata (the app's draft shape and the
 * portal's rules) and lists every problem by field. Exit 0 when valid, 4 when not, 2 when the
 * file cannot be read or is not JSON. An exported publication file is accepted too: its
 * `metadata` is checked.
 */
import type { Command } from '../command';
import { EXIT } from '../exit-codes';
import { checkMetadata, metadataFailure } from '../metadata-check';
import { readJsonFile } from '../read-json-file';
import { requiredFile } from './common';
import { metadataOf } from '../../../../shared/publication/publication-file';

export const validateCommand: Command = {
  name: 'validate',
  options: {},
  positionals: 1,
  async run(context) {
    const file = requiredFile(context, 'validate');
    const { data } = readJsonFile(context.io.cwd, file);
    const session = await context.session();
    const verdict = await checkMetadata(session, metadataOf(data));
    if (!verdict.valid) throw metadataFailure(context.t, verdict.issues);
    context.print({ file, valid: true, errors: [] }, [context.t('metadata.valid')]);
    return EXIT.ok;
  },
};
