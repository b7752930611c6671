/**
 * Publication metadata as the app checks it: the draft shape first (a file written by hand may
 * miss fields), then the portal's rules against the reference lists the app has cached
 * (app:metadata:lists) — the same MetadataValidator the Describe screen uses.
 */
import type { Ajv, ValidateFunction } from 'ajv';
import { issuesFromSchemaErrors } from '../../../shared/metadata/issues';
import { metadataSchema } from '../../../shared/metadata/metadata-schema';
import type { MetadataIssue, PublicationMetadata } from '../../../shared/metadata/types';
import { createMetadataAjv, MetadataValidator } from '../metadata/metadata-validator';
import { CliFailure } from './cli-failure';
import type { CliSession } from './cli-session';
import { EXIT } from './exit-codes';
import type { MessageKey, Translate } from './messages';
import { unexpected } from './open-table';

let draft: ValidateFunction | null = null;
function draftValidator(): ValidateFunction {
  if (draft === null) {
    const ajv: Ajv = createMetadataAjv();
    draft = ajv.compile(metadataSchema('draft'));
  }
  return draft;
}

export type MetadataVerdict =
  | { readonly valid: true; readonly metadata: PublicationMetadata }
  | { readonly valid: false; readonly issues: readonly MetadataIssue[] };

export async function checkMetadata(session: CliSession, body: unknown): Promise<MetadataVerdict> {
  const validateDraft = draftValidator();
  if (!validateDraft(body)) {
    return { valid: false, issues: issuesFromSchemaErrors(validateDraft.errors ?? [], body) };
  }
  const metadata = body as PublicationMetadata;
  const lists = await session.api.invoke('app:metadata:lists', {});
  if (!lists.ok) throw unexpected(lists.error);
  const issues = new MetadataValidator().check(metadata, lists.value);
  return issues.length === 0 ? { valid: true, metadata } : { valid: false, issues };
}

export function issueLine(t: Translate, issue: MetadataIssue): string {
  return t(`metadata.issue.${issue.code}` as MessageKey, { ...issue.params, field: issue.field });
}

export function issuesJson(t: Translate, issues: readonly MetadataIssue[]) {
  return issues.map((issue) => ({
    field: issue.field,
    code: issue.code,
    params: { ...issue.params },
    message: issueLine(t, issue),
  }));
}

/** Exit 4 with every issue, one per line on stderr and in the JSON `errors`. */
export function metadataFailure(t: Translate, issues: readonly MetadataIssue[]): CliFailure {
  return new CliFailure(
    EXIT.metadata,
    'METADATA_INVALID',
    'metadata.invalid',
    { count: issues.length },
    { errors: issuesJson(t, issues) },
    issues.map((issue) => `  ${issueLine(t, issue)}`),
  );
}
