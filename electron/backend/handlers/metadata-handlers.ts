/**
 * Metadata of a publication (issue 6): drafts autosaved from the Describe screen, checked against
 * the portal's rules on every save; the office template; the reference lists; the column
 * dictionary exported as documentation files through the host's FilePort.
 */
import { fail, ok, type Result } from '../../../shared/contract';
import type {
  MetadataChannelTypes,
  MetadataState,
} from '../../../shared/contract/channels/metadata';
import { reconcileDictionary } from '../../../shared/metadata/dictionary-draft';
import { dictionaryCsvText, tableSchemaJson } from '../../../shared/metadata/dictionary-export';
import { EMPTY_TEMPLATE, newMetadata } from '../../../shared/metadata/new-metadata';
import { proposeTemporalCoverage } from '../../../shared/metadata/temporal-proposal';
import type { OfficeTemplate, PublicationMetadata } from '../../../shared/metadata/types';
import { udataSlug } from '../../../shared/metadata/udata-slug';
import type { Table } from '../../../shared/table/types';
import type { AuditLog } from '../db/audit-log';
import type { MetadataRepo } from '../db/metadata-repo';
import type { PublicationsRepo } from '../db/publications-repo';
import type { ReferenceListsRepo } from '../db/reference-lists-repo';
import type { TemplateRepo } from '../db/template-repo';
import type { MetadataValidator } from '../metadata/metadata-validator';
import type { FilePort } from '../ports';
import type { HandlerMap } from './types';

export interface MetadataHandlerDeps {
  readonly publications: PublicationsRepo;
  readonly metadata: MetadataRepo;
  readonly templates: TemplateRepo;
  readonly lists: ReferenceListsRepo;
  readonly validator: MetadataValidator;
  /** Read-only view of the open workbooks (the table the metadata describes). */
  readonly tables: { get(workbookId: string): { readonly table: Table } | undefined };
  readonly files: FilePort;
  readonly audit: AuditLog;
}

function sameColumns(a: readonly { name: string }[], b: readonly { name: string }[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry.name === b[i]?.name);
}

function currentTemplate(deps: MetadataHandlerDeps): {
  template: OfficeTemplate;
  savedAt: string | null;
} {
  const stored = deps.templates.get();
  // A template written by another version that no longer fits is ignored, never half-applied.
  if (stored === null || !deps.validator.isTemplateDraft(stored.body)) {
    return { template: EMPTY_TEMPLATE, savedAt: null };
  }
  return { template: stored.body, savedAt: stored.updatedAt };
}

function stateOf(
  deps: MetadataHandlerDeps,
  publicationId: string,
  metadata: PublicationMetadata,
  savedAt: string,
  table: Table | null,
): MetadataState {
  return {
    publicationId,
    metadata,
    issues: deps.validator.check(metadata, deps.lists.all()),
    savedAt,
    coverageProposal: table === null ? null : proposeTemporalCoverage(table),
  };
}

function loadMetadata(
  deps: MetadataHandlerDeps,
  publicationId: string,
): PublicationMetadata | null {
  const stored = deps.metadata.get(publicationId);
  return stored !== null && deps.validator.isMetadataDraft(stored.body) ? stored.body : null;
}

export function metadataHandlers(
  deps: MetadataHandlerDeps,
): Pick<HandlerMap, keyof MetadataChannelTypes> {
  return {
    'app:metadata:get': async ({ publicationId, workbookId }): Promise<Result<MetadataState>> => {
      const publication = deps.publications.get(publicationId);
      if (publication === null) return fail('NOT_FOUND', 'No such publication');
      const table = workbookId === null ? null : (deps.tables.get(workbookId)?.table ?? null);
      const stored = deps.metadata.get(publicationId);
      let metadata = loadMetadata(deps, publicationId);
      let savedAt = stored?.updatedAt ?? '';
      if (metadata === null) {
        metadata = newMetadata(publication.title, currentTemplate(deps).template, table);
        savedAt = deps.metadata.save(publicationId, metadata);
        deps.audit.record('metadata.create', { publication: publicationId });
      } else if (table !== null && !sameColumns(metadata.dictionary, table.columns)) {
        // The table changed since the dictionary was written: follow its columns, keep the words.
        metadata = { ...metadata, dictionary: reconcileDictionary(metadata.dictionary, table) };
        savedAt = deps.metadata.save(publicationId, metadata);
      }
      return ok(stateOf(deps, publicationId, metadata, savedAt, table));
    },

    'app:metadata:save': async ({ publicationId, metadata }) => {
      if (deps.publications.get(publicationId) === null) {
        return fail('NOT_FOUND', 'No such publication');
      }
      const savedAt = deps.metadata.save(publicationId, metadata);
      deps.publications.touch(publicationId);
      return ok(stateOf(deps, publicationId, metadata, savedAt, null));
    },

    'app:dictionary:export': async ({ publicationId, format }) => {
      const publication = deps.publications.get(publicationId);
      const metadata = loadMetadata(deps, publicationId);
      if (publication === null || metadata === null) {
        return fail('NOT_FOUND', 'No metadata for this publication');
      }
      // ASCII, one dot: the portal slugifies file names and counts every dot (udata-api.md §5.4).
      const base = udataSlug(publication.title) || 'otvori';
      const [name, text] =
        format === 'csv'
          ? [`${base}-recnik-podataka.csv`, dictionaryCsvText(metadata.dictionary, { bom: true })]
          : [`${base}-tableschema.json`, tableSchemaJson(metadata.dictionary)];
      const bytes = new TextEncoder().encode(text);
      const outcome = await deps.files.save(name, bytes);
      if (outcome.kind !== 'cancelled') {
        deps.audit.record('metadata.export-dictionary', {
          publication: publicationId,
          format,
          columns: metadata.dictionary.length,
        });
      }
      return ok(outcome);
    },

    'app:metadata:lists': async () => ok(deps.lists.all()),

    'app:template:get': async () => {
      const { template, savedAt } = currentTemplate(deps);
      return ok({
        template,
        savedAt,
        issues: deps.validator.checkTemplate(template, deps.lists.all()),
      });
    },

    'app:template:save': async ({ template }) => {
      const savedAt = deps.templates.save(template);
      deps.audit.record('metadata.template.save', {});
      return ok({
        template,
        savedAt,
        issues: deps.validator.checkTemplate(template, deps.lists.all()),
      });
    },
  };
}
