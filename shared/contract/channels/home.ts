/**
 * The clerk's home (issue 9): the first-run choices and the overview of publications with their
 * state (draft, ready, published, due, overdue), computed from the metadata, the publish register
 * and the dataset's update frequency (shared/home/publication-state.ts).
 */
import { PUBLICATION_STATES, type PublicationState } from '../../home/publication-state';
import { closedObject, emptyRequest, idString, type ChannelSchemas, type Empty } from './common';

/** Where the clerk chose to start: data.gov.rs (with an API key) or the training portal. */
export const START_MODES = ['portal', 'training'] as const;
export type StartMode = (typeof START_MODES)[number];

export interface OnboardingState {
  /** The first-run screen was completed on this computer; it is not shown again. */
  readonly completed: boolean;
  readonly startMode: StartMode | null;
  /** ISO time the first run was completed. */
  readonly completedAt: string | null;
}

export interface PublishedMark {
  /** ISO time the publication finished. */
  readonly at: string;
  readonly portalUrl: string;
  /** The dataset's page on the portal, when the portal gave one. */
  readonly datasetUrl: string | null;
}

export interface PublicationOverview {
  readonly id: string;
  /** The metadata title when there is one, else the publication's own title. */
  readonly title: string;
  readonly sourceFileName: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly state: PublicationState;
  /** The uData frequency from the metadata (`monthly`…), null without metadata or when empty. */
  readonly frequency: string | null;
  /** Problems left in the metadata; null while there is no metadata yet. */
  readonly metadataIssues: number | null;
  /** The last successful publication to a real portal. */
  readonly lastPublication: PublishedMark | null;
  /** The last successful rehearsal in the training portal. */
  readonly lastRehearsal: PublishedMark | null;
  /** `YYYY-MM-DD` the next period is due; null when never published or no frequency. */
  readonly nextDueDate: string | null;
}

export interface HomeChannelTypes {
  'app:home:overview': {
    /** The clerk's local date `YYYY-MM-DD`: "due" and "overdue" are about the clerk's day. */
    request: { today: string };
    response: { items: PublicationOverview[] };
  };
  'app:onboarding:get': { request: Empty; response: OnboardingState };
  'app:onboarding:complete': { request: { startMode: StartMode }; response: OnboardingState };
}

const isoDay = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const nullableString = { anyOf: [{ type: 'string' }, { type: 'null' }] } as const;

const publishedMark = {
  anyOf: [
    closedObject({
      at: { type: 'string' },
      portalUrl: { type: 'string' },
      datasetUrl: nullableString,
    }),
    { type: 'null' },
  ],
};

const overviewSchema = closedObject({
  id: idString,
  title: { type: 'string' },
  sourceFileName: nullableString,
  createdAt: { type: 'string' },
  updatedAt: { type: 'string' },
  state: { type: 'string', enum: [...PUBLICATION_STATES] },
  frequency: nullableString,
  metadataIssues: { anyOf: [{ type: 'integer', minimum: 0 }, { type: 'null' }] },
  lastPublication: publishedMark,
  lastRehearsal: publishedMark,
  nextDueDate: { anyOf: [isoDay, { type: 'null' }] },
});

const onboardingSchema = closedObject({
  completed: { type: 'boolean' },
  startMode: { anyOf: [{ type: 'string', enum: [...START_MODES] }, { type: 'null' }] },
  completedAt: nullableString,
});

export const HOME_CHANNELS: { readonly [C in keyof HomeChannelTypes]: ChannelSchemas } = {
  'app:home:overview': {
    doc: 'Publications that are not archived, with their state, last publication, portal link and next due date.',
    request: closedObject({ today: isoDay }),
    response: closedObject({ items: { type: 'array', items: overviewSchema } }),
  },
  'app:onboarding:get': {
    doc: 'Whether the first-run screen was completed on this computer, and the start chosen.',
    request: emptyRequest,
    response: onboardingSchema,
  },
  'app:onboarding:complete': {
    doc: 'Record the first-run choice (real portal or training portal); the first run is not shown again.',
    request: closedObject({ startMode: { type: 'string', enum: [...START_MODES] } }),
    response: onboardingSchema,
  },
};
