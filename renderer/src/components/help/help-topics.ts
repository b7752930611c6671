/** What the help window can be opened at: a step, an error code, the glossary, the rehearsal. */
import type { ErrorCode } from '../../../../shared/contract';
import type { StepId } from '../../app/journey';

export type HelpSection = 'steps' | 'errors' | 'glossary' | 'rehearsal';

export type HelpTopic =
  | { readonly section: 'steps'; readonly step: StepId }
  | { readonly section: 'errors'; readonly code: ErrorCode | null }
  | { readonly section: 'glossary' }
  | { readonly section: 'rehearsal' };

export const HELP_SECTIONS: readonly HelpSection[] = ['steps', 'errors', 'glossary', 'rehearsal'];

export const GLOSSARY_TERMS = [
  'openData',
  'dataset',
  'resource',
  'metadata',
  'personalData',
  'anonymization',
  'pseudonymization',
  'quasiIdentifier',
  'kAnonymity',
  'jmbg',
  'recipe',
  'trainingPortal',
  'apiKey',
  'license',
  'frequency',
  'csv',
] as const;

export const REHEARSAL_STEPS = [1, 2, 3, 4, 5, 6, 7, 8] as const;

/** The topic a section opens at when chosen from the help window's own navigation. */
export function sectionTopic(section: HelpSection, step: StepId): HelpTopic {
  switch (section) {
    case 'steps':
      return { section, step };
    case 'errors':
      return { section, code: null };
    default:
      return { section };
  }
}
