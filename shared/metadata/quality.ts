/**
 * The portal's quality checklist, predicted before publishing (udata-api.md §10.4; udata's
 * `Dataset.quality` and `compute_quality_score`). data.gov.rs may run either generation (§1):
 * the score shown is MODERN's (9 criteria, 0–100 %); LEGACY's tag rule (> 3 tags) is listed too
 * because that generation scores it. Pure, so the preview updates on every keystroke.
 */
import { METADATA_LIMITS, QUALITY_MIN_TAGS } from './limits';
import { combinedDescription } from './to-udata';
import type { PublicationMetadata } from './types';
import { normalizeTags } from './udata-slug';

export const QUALITY_CRITERIA = [
  'description',
  'license',
  'frequency',
  'updatedOnTime',
  'temporalCoverage',
  'spatial',
  'openFormat',
  'resourcesAvailable',
  'documentation',
  'tags',
] as const;
export type QualityCriterion = (typeof QUALITY_CRITERIA)[number];

export interface QualityCheck {
  readonly criterion: QualityCriterion;
  readonly met: boolean;
  /** Part of MODERN's 9-point score; `tags` counts only in LEGACY. */
  readonly scored: boolean;
  /** Met by how Otvori publishes (always a CSV, uploaded files), not by the form. */
  readonly automatic: boolean;
}

export interface QualityReport {
  readonly checks: readonly QualityCheck[];
  readonly points: number;
  readonly maxPoints: number;
  /** 0–100, MODERN's normalised score as a percentage. */
  readonly percent: number;
}

/** Frequencies for which MODERN counts the "updated on time" criterion as met. */
const NO_SCHEDULE = new Set(['continuous', 'irregular', 'punctual']);

export interface QualityContext {
  /** The column dictionary is published as documentation beside the data. */
  readonly withDictionary: boolean;
}

export function predictQuality(
  metadata: PublicationMetadata,
  context: QualityContext = { withDictionary: true },
): QualityReport {
  const frequencyKnown = metadata.frequency !== '' && metadata.frequency !== 'unknown';
  const { start, end } = metadata.temporalCoverage;
  const checks: QualityCheck[] = [
    {
      criterion: 'description',
      met: combinedDescription(metadata).length > METADATA_LIMITS.descriptionQuality,
      scored: true,
      automatic: false,
    },
    {
      criterion: 'license',
      met: metadata.license !== '' && metadata.license !== 'notspecified',
      scored: true,
      automatic: false,
    },
    { criterion: 'frequency', met: frequencyKnown, scored: true, automatic: false },
    // Right after publishing the next update is due in the future, when a schedule is known.
    {
      criterion: 'updatedOnTime',
      met: frequencyKnown || NO_SCHEDULE.has(metadata.frequency),
      scored: true,
      automatic: false,
    },
    {
      criterion: 'temporalCoverage',
      met: start !== '' && end !== '',
      scored: true,
      automatic: false,
    },
    {
      criterion: 'spatial',
      met: metadata.spatialGranularity !== '',
      scored: true,
      automatic: false,
    },
    // Otvori always publishes a CSV, an open format (closed: pdf, doc, xls, xlsx… §10.2).
    { criterion: 'openFormat', met: true, scored: true, automatic: true },
    // Uploaded files, not links: nothing for the portal's link checker to find broken.
    { criterion: 'resourcesAvailable', met: true, scored: true, automatic: true },
    {
      criterion: 'documentation',
      met: context.withDictionary || metadata.resource.description.trim() !== '',
      scored: true,
      automatic: false,
    },
    {
      criterion: 'tags',
      met: normalizeTags(metadata.tags).length >= QUALITY_MIN_TAGS,
      scored: false,
      automatic: false,
    },
  ];
  const scored = checks.filter((check) => check.scored);
  const points = scored.filter((check) => check.met).length;
  return {
    checks,
    points,
    maxPoints: scored.length,
    percent: Math.round((points / scored.length) * 100),
  };
}
