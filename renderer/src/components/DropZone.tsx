import { useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { ACCEPTED_EXTENSIONS, supportsFileDrop } from '../api';
import { useI18n } from '../i18n';
import { FileTableIcon } from './Icons';

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

/**
 * The big "Open file" area. In the web host a file can also be dropped here (it is uploaded);
 * in Electron dropping is left out (see supportsFileDrop in api/index.ts) and only the button shows.
 */
export function DropZone({
  onPick,
  onFile,
}: {
  readonly onPick: (input: HTMLInputElement | null) => void;
  readonly onFile: (file: File) => void;
}) {
  const { t } = useI18n();
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragDepth, setDragDepth] = useState(0);
  const dragging = dragDepth > 0;

  const dropHandlers = supportsFileDrop
    ? {
        onDragEnter: (event: DragEvent) => {
          if (!carriesFiles(event)) return;
          event.preventDefault();
          setDragDepth((d) => d + 1);
        },
        onDragOver: (event: DragEvent) => {
          if (!carriesFiles(event)) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
        },
        onDragLeave: (event: DragEvent) => {
          if (!carriesFiles(event)) return;
          setDragDepth((d) => Math.max(0, d - 1));
        },
        onDrop: (event: DragEvent) => {
          event.preventDefault();
          setDragDepth(0);
          const file = event.dataTransfer.files[0];
          if (file !== undefined) onFile(file);
        },
      }
    : {};

  return (
    <div className={dragging ? 'drop-zone is-dragging' : 'drop-zone'} {...dropHandlers}>
      <FileTableIcon className="drop-zone-icon" />
      {supportsFileDrop && (
        <p className="drop-zone-hint" aria-live="polite">
          {dragging ? t('open.dropActive') : t('open.dropHint')}
        </p>
      )}
      <button
        type="button"
        className="button button--primary button--large"
        data-testid="open-file-button"
        onClick={() => onPick(inputRef.current)}
      >
        {t('open.fileButton')}
      </button>
      <input
        ref={inputRef}
        type="file"
        accept={ACCEPTED_EXTENSIONS}
        hidden
        tabIndex={-1}
        aria-label={t('open.fileInputLabel')}
        data-testid="file-input"
        onChange={(event) => {
          // A file chosen through pickFile() was taken (and the input cleared) before this runs;
          // this serves a file set on the input directly (e.g. by a test).
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file !== undefined) onFile(file);
        }}
      />
      <p className="drop-zone-formats">{t('open.formats')}</p>
    </div>
  );
}
