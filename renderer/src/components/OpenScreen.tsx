import { useId } from 'react';
import type { AppError, RecentFile } from '../../../shared/contract';
import { useI18n } from '../i18n';
import { DropZone } from './DropZone';
import { RecentFiles } from './RecentFiles';
import { useFocusOnMount } from './use-focus-on-mount';
import { useRecentFiles } from './use-recent-files';

export interface OpenScreenProps {
  readonly moveFocus: boolean;
  readonly notice: 'open.cancelled' | null;
  readonly onPick: (input: HTMLInputElement | null) => void;
  readonly onFile: (file: File) => void;
  readonly onSample: () => void;
  readonly onRecent: (item: RecentFile) => void;
  readonly onError: (error: AppError) => void;
}

export function OpenScreen(props: OpenScreenProps) {
  const { t } = useI18n();
  const headingRef = useFocusOnMount<HTMLHeadingElement>(props.moveFocus);
  const recent = useRecentFiles(props.onError);
  const headingId = useId();
  const sampleId = useId();
  return (
    <section className="screen open-screen" aria-labelledby={headingId}>
      <div className="screen-intro">
        <h1 id={headingId} ref={headingRef} tabIndex={-1} className="screen-title">
          {t('open.title')}
        </h1>
        <p className="lead">{t('open.purpose')}</p>
        <p className="muted">{t('open.safety')}</p>
      </div>
      <div role="status" className="notice-region">
        {props.notice !== null && <p className="notice">{t(props.notice)}</p>}
      </div>
      <div className="open-layout">
        <div className="open-main">
          <DropZone onPick={props.onPick} onFile={props.onFile} />
        </div>
        <div className="open-side">
          <section className="card sample" aria-labelledby={sampleId}>
            <h2 id={sampleId} className="card-title">
              {t('open.sampleTitle')}
            </h2>
            <p>{t('open.sampleText')}</p>
            <button
              type="button"
              className="button button--secondary"
              data-testid="open-sample-button"
              onClick={props.onSample}
            >
              {t('open.sampleButton')}
            </button>
          </section>
          <RecentFiles items={recent} onOpen={props.onRecent} />
        </div>
      </div>
    </section>
  );
}
