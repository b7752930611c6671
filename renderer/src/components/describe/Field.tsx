/**
 * One labelled form field: label, hint and error tied to the control with aria-describedby, and
 * aria-invalid when it has an error (WCAG 3.3.1, 3.3.2). The control is passed as a render
 * function that receives the props to spread.
 */
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { AlertIcon } from '../Icons';
import { errorId, fieldId } from './field-ids';

export interface ControlProps {
  readonly id: string;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-invalid': boolean | undefined;
  readonly 'data-testid': string;
}

export function Field({
  field,
  label,
  hint,
  error,
  required = false,
  children,
}: {
  readonly field: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error: string | null;
  readonly required?: boolean;
  readonly children: (props: ControlProps) => ReactNode;
}) {
  const { t } = useI18n();
  const id = fieldId(field);
  const hintId = hint === undefined ? null : `${id}-hint`;
  const describedBy = [error === null ? null : errorId(field), hintId].filter(Boolean).join(' ');
  return (
    <div className={`md-field${error === null ? '' : ' has-error'}`}>
      <label className="md-label" htmlFor={id}>
        {label}
        {required && <span className="md-required"> ({t('describe.required')})</span>}
      </label>
      {hint !== undefined && (
        <p id={hintId ?? undefined} className="hint md-hint">
          {hint}
        </p>
      )}
      {error !== null && (
        <p id={errorId(field)} className="md-error" data-testid={`${id}-error`}>
          <AlertIcon className="inline-icon" />
          {error}
        </p>
      )}
      {children({
        id,
        'aria-describedby': describedBy === '' ? undefined : describedBy,
        'aria-invalid': error === null ? undefined : true,
        'data-testid': id,
      })}
    </div>
  );
}
