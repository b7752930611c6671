/**
 * The dataset `quality` block (udata-api.md §10.4): LEGACY's score (only with `X-Fields`, §3.6)
 * and MODERN's booleans. Update timeliness and resource availability are not simulated: the
 * training portal treats them as unknown (no points either way).
 */
import type { PortalProfile } from '../common/profile';
import type { StoredDataset } from './portal-state';

const LEGACY_CLOSED = new Set(['pdf', 'doc', 'word', 'xls', 'excel']);
const MODERN_CLOSED = new Set([...LEGACY_CLOSED, 'docx', 'xlsx']);

export function datasetQuality(
  dataset: StoredDataset,
  profile: PortalProfile,
): Record<string, unknown> {
  const closed = profile === 'legacy' ? LEGACY_CLOSED : MODERN_CLOSED;
  const formats = dataset.resources.map((r) => (r.format ?? '').toLowerCase());
  const hasResources = formats.length > 0;
  const onlyClosed = !hasResources || formats.every((f) => closed.has(f));
  if (profile === 'legacy') {
    let score = 0;
    if (dataset.tags.length > 3) score += 2;
    if (dataset.description.length > 100) score += 2;
    if (hasResources) score += onlyClosed ? -2 : 2;
    return {
      frequency: dataset.frequency,
      update_in: null,
      tags_count: dataset.tags.length,
      description_length: dataset.description.length,
      has_resources: hasResources,
      has_only_closed_or_no_formats: onlyClosed,
      has_unavailable_resources: false,
      discussions: 0,
      has_untreated_discussions: false,
      score: Math.max(0, score),
    };
  }
  const checks = {
    license: dataset.license !== null && dataset.license !== 'notspecified',
    temporal_coverage: dataset.temporalCoverage !== null,
    spatial: dataset.spatial?.granularity != null,
    update_frequency: dataset.frequency !== 'unknown',
    update_fulfilled_in_time: false,
    dataset_description_quality: dataset.description.length > 100,
    has_resources: hasResources,
    has_open_format: hasResources && !onlyClosed,
    all_resources_available: hasResources,
    resources_documentation: dataset.resources.some(
      (r) => (r.description ?? '') !== '' || r.type === 'documentation',
    ),
  };
  const points = [
    checks.license,
    checks.temporal_coverage,
    checks.spatial,
    checks.update_frequency,
    checks.dataset_description_quality,
    checks.has_resources,
    checks.has_open_format,
    checks.all_resources_available,
    checks.resources_documentation,
  ].filter(Boolean).length;
  return { ...checks, score: Math.round((points / 9) * 100) / 100 };
}
