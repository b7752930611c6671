/**
 * The publication the open workbook belongs to (architecture.md §1), created the first time a
 * step needs one (Describe saves its metadata against it). The same file opened again (next
 * month's version, or after a restart) finds its publication by file name, so the clerk's words
 * come back.
 */
import { useCallback, useRef, useState } from 'react';
import type { AppError, WorkbookSummary } from '../../../shared/contract';
import { api } from '../api';
import { publicationTitleFor } from './publication-title';

export interface PublicationLink {
  /** Null until a step asked for one (or for another workbook than the one open). */
  readonly publicationId: string | null;
  ensurePublication(): Promise<string | null>;
}

export function usePublication(
  workbook: WorkbookSummary | null,
  onError: (error: AppError) => void,
  /** Chosen on Home ("continue", "publish next period"): the file opened belongs to it. */
  targetPublicationId: string | null = null,
): PublicationLink {
  const [link, setLink] = useState<{ workbookId: string; publicationId: string } | null>(null);
  const pending = useRef<{ workbookId: string; promise: Promise<string | null> } | null>(null);

  const ensurePublication = useCallback((): Promise<string | null> => {
    if (workbook === null) return Promise.resolve(null);
    if (link?.workbookId === workbook.workbookId) return Promise.resolve(link.publicationId);
    if (pending.current?.workbookId === workbook.workbookId) return pending.current.promise;
    const { workbookId, fileName } = workbook;
    const promise = (async () => {
      if (targetPublicationId !== null) {
        setLink({ workbookId, publicationId: targetPublicationId });
        return targetPublicationId;
      }
      const list = await api.invoke('app:publication:list', {});
      const existing = list.ok
        ? list.value.items.find((p) => p.sourceFileName === fileName)
        : undefined;
      let id = existing?.id ?? null;
      if (id === null) {
        const created = await api.invoke('app:publication:create', {
          title: publicationTitleFor(fileName),
          sourceFileName: fileName.slice(0, 255),
        });
        if (!created.ok) {
          onError(created.error);
          pending.current = null;
          return null;
        }
        id = created.value.id;
      }
      setLink({ workbookId, publicationId: id });
      return id;
    })();
    pending.current = { workbookId, promise };
    return promise;
  }, [link, onError, targetPublicationId, workbook]);

  const publicationId =
    workbook !== null && link?.workbookId === workbook.workbookId ? link.publicationId : null;
  return { publicationId, ensurePublication };
}
