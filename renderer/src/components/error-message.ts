/** The clerk's words for an error: what happened and what to do, plus the numbers when we have them. */
import type { AppError } from '../../../shared/contract';
import { isOfflineError } from '../api';
import type { I18n } from '../i18n';

export interface ErrorText {
  readonly message: string;
  readonly detail: string | null;
}

function num(error: AppError, name: string): number | null {
  const value = error.details?.[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function errorText(error: AppError, i18n: I18n): ErrorText {
  if (isOfflineError(error)) return { message: i18n.t('error.offline'), detail: null };
  const message = i18n.t(`error.${error.code}`);
  let detail: string | null = null;
  if (error.code === 'FILE_TOO_LARGE') {
    const size = num(error, 'size');
    const limit = num(error, 'limit');
    if (size !== null && limit !== null) {
      detail = i18n.t('errorDetail.FILE_TOO_LARGE', {
        size: i18n.fileSize(size),
        limit: i18n.fileSize(limit),
      });
    } else if (limit !== null) {
      detail = i18n.t('errorDetail.FILE_TOO_LARGE_LIMIT', { limit: i18n.fileSize(limit) });
    }
  } else if (error.code === 'READ_TIMEOUT') {
    const seconds = num(error, 'seconds');
    if (seconds !== null) detail = i18n.tp('errorDetail.READ_TIMEOUT', seconds);
  } else if (error.code === 'READ_OUT_OF_MEMORY') {
    const megabytes = num(error, 'megabytes');
    if (megabytes !== null) detail = i18n.t('errorDetail.READ_OUT_OF_MEMORY', { megabytes });
  }
  return { message, detail };
}
