/** Events the backend pushes to the UI (progress of long jobs). Typed like channels. */
import type { JobPreview } from './job-preview';
import type { JobProgress } from './models';
import type { PublishProgress } from './channels/portal';

export interface EventTypes {
  'app:job:progress': JobProgress;
  'app:publish:progress': PublishProgress;
  'app:job:preview': JobPreview;
}

export type EventName = keyof EventTypes;
export const EVENT_NAMES: readonly EventName[] = [
  'app:job:progress',
  'app:publish:progress',
  'app:job:preview',
];

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (EVENT_NAMES as readonly string[]).includes(value);
}

/** A subscription returns its own unsubscribe function. */
export type Unsubscribe = () => void;
