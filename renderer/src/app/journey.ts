/**
 * The clerk's journey: open → clean → protect → describe → review → publish. The stepper shows
 * only steps marked `ready`, so a step appears when its screen ships by flipping one flag here.
 * 'view' (the table and the CSV export) is what exists today between opening and the later steps.
 * The review (issue 9 §4) lives on the Publish screen, one screen labelled "Review and publish",
 * so 'review' stays hidden.
 */
import type { TextKey } from '../i18n';

export type StepId = 'open' | 'view' | 'clean' | 'protect' | 'describe' | 'review' | 'publish';

export interface JourneyStep {
  readonly id: StepId;
  readonly label: TextKey;
  readonly ready: boolean;
}

export const JOURNEY: readonly JourneyStep[] = [
  { id: 'open', label: 'journey.step.open', ready: true },
  { id: 'view', label: 'journey.step.view', ready: true },
  { id: 'clean', label: 'journey.step.clean', ready: true },
  { id: 'protect', label: 'journey.step.protect', ready: true },
  { id: 'describe', label: 'journey.step.describe', ready: true },
  { id: 'review', label: 'journey.step.review', ready: false },
  { id: 'publish', label: 'journey.step.publish', ready: true },
];

export const VISIBLE_STEPS: readonly JourneyStep[] = JOURNEY.filter((step) => step.ready);

export type StepStatus = 'done' | 'current' | 'upcoming';

export function stepStatus(step: StepId, current: StepId): StepStatus {
  const index = VISIBLE_STEPS.findIndex((s) => s.id === step);
  const currentIndex = VISIBLE_STEPS.findIndex((s) => s.id === current);
  if (index < currentIndex) return 'done';
  return index === currentIndex ? 'current' : 'upcoming';
}
