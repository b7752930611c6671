/**
 * ajv for metadata (architecture.md §3: schemas are data in shared/, compiled here; the renderer's
 * CSP forbids the code generation ajv needs). Two passes for the portal rules: the metadata
 * schema built from the current reference lists, then the portal's own input schema on the mapped
 * body — which catches what only exists after mapping (Cyrillic plus Latin description > 100 000).
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { issuesFromSchemaErrors } from '../../../shared/metadata/issues';
import { METADATA_KEYWORDS } from '../../../shared/metadata/metadata-keywords';
import { metadataSchema, templateSchema } from '../../../shared/metadata/metadata-schema';
import type { ReferenceLists } from '../../../shared/metadata/reference-lists';
import { toUdataDataset, toUdataResource } from '../../../shared/metadata/to-udata';
import type {
  MetadataIssue,
  OfficeTemplate,
  PublicationMetadata,
} from '../../../shared/metadata/types';
import {
  UDATA_DATASET_INPUT_SCHEMA,
  UDATA_RESOURCE_INPUT_SCHEMA,
} from '../../../shared/metadata/udata-schemas';

export function createMetadataAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  for (const keyword of METADATA_KEYWORDS) ajv.addKeyword(keyword);
  return ajv;
}

interface PortalValidators {
  readonly lists: ReferenceLists;
  readonly metadata: ValidateFunction;
  readonly template: ValidateFunction;
}

export class MetadataValidator {
  private readonly ajv = createMetadataAjv();
  private readonly draftMetadata = this.ajv.compile(metadataSchema('draft'));
  private readonly draftTemplate = this.ajv.compile(templateSchema('draft'));
  private readonly udataDataset = this.ajv.compile(UDATA_DATASET_INPUT_SCHEMA);
  private readonly udataResource = this.ajv.compile(UDATA_RESOURCE_INPUT_SCHEMA);
  private portal: PortalValidators | null = null;

  /** A stored or received body has the draft shape (the contract already checks requests). */
  isMetadataDraft(body: unknown): body is PublicationMetadata {
    return this.draftMetadata(body);
  }

  isTemplateDraft(body: unknown): body is OfficeTemplate {
    return this.draftTemplate(body);
  }

  /** Recompiled only when the lists object changes (after a refresh), not on every keystroke. */
  private portalFor(lists: ReferenceLists): PortalValidators {
    if (this.portal === null || this.portal.lists !== lists) {
      this.portal = {
        lists,
        metadata: this.ajv.compile(metadataSchema({ lists })),
        template: this.ajv.compile(templateSchema({ lists })),
      };
    }
    return this.portal;
  }

  check(metadata: PublicationMetadata, lists: ReferenceLists): MetadataIssue[] {
    const validate = this.portalFor(lists).metadata;
    const issues = validate(metadata)
      ? []
      : issuesFromSchemaErrors(validate.errors ?? [], metadata);
    // The second pass only adds problems on fields (or their parts) the first pass found fine.
    const known = (field: string) =>
      issues.some(
        (i) =>
          i.field === field || i.field.startsWith(`${field}.`) || field.startsWith(`${i.field}.`),
      );
    const body = toUdataDataset(metadata, { private: true });
    if (!this.udataDataset(body)) {
      for (const issue of issuesFromSchemaErrors(this.udataDataset.errors ?? [], body)) {
        if (!known(issue.field)) issues.push(issue);
      }
    }
    const resource = toUdataResource(metadata, 'data');
    if (!this.udataResource(resource)) {
      for (const issue of issuesFromSchemaErrors(this.udataResource.errors ?? [], resource)) {
        const field = `resource.${issue.field}`;
        if (!known(field)) issues.push({ ...issue, field });
      }
    }
    return issues;
  }

  checkTemplate(template: OfficeTemplate, lists: ReferenceLists): MetadataIssue[] {
    const validate = this.portalFor(lists).template;
    return validate(template) ? [] : issuesFromSchemaErrors(validate.errors ?? [], template);
  }
}
