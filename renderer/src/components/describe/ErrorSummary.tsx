/**
 * The list of problems at the top of the form (GOV.UK error summary pattern): focused when the
 * clerk checks the description, each message a link that moves focus to its field.
 */
import { forwardRef } from 'react';
import type { MetadataIssue, PublicationMetadata } from '../../../../shared/metadata/types';
import { useI18n } from '../../i18n';
import { AlertIcon } from '../Icons';
import { fieldId } from './field-ids';
import { issueText } from './issue-text';

export const ErrorSummary = forwardRef<
  HTMLDivElement,
  {
    readonly issues: readonly MetadataIssue[];
    readonly metadata: PublicationMetadata | null;
    readonly onGoTo: (field: string) => void;
  }
>(function ErrorSummary({ issues, metadata, onGoTo }, ref) {
  const i18n = useI18n();
  const { t, tp } = i18n;
  return (
    <div
      ref={ref}
      className="alert alert--error md-summary"
      role="alert"
      tabIndex={-1}
      aria-labelledby="md-summary-title"
      data-testid="md-error-summary"
    >
      <AlertIcon className="alert-icon" />
      <div className="alert-body">
        <h2 id="md-summary-title" className="alert-title">
          {tp('describe.summaryTitle', issues.length)}
        </h2>
        <p className="hint">{t('describe.summaryIntro')}</p>
        <ul className="md-summary-list">
          {issues.map((issue) => (
            <li key={issue.field}>
              <a
                href={`#${fieldId(issue.field)}`}
                data-field={issue.field}
                onClick={(event) => {
                  event.preventDefault();
                  onGoTo(issue.field);
                }}
              >
                {issueText(issue, metadata, i18n)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
});
