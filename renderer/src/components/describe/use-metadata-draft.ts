/**
 * The Describe screen's draft: loaded from the backend, edited locally, autosaved (debounced) so
 * nothing typed is lost when the clerk moves between steps or closes the app; on unmount a pending
 * save is sent at once. Issues come back with every save (the backend owns ajv, see
 * metadata-validator.ts).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../shared/contract';
import type { MetadataState } from '../../../../shared/contract/channels/metadata';
import type { ReferenceLists } from '../../../../shared/metadata/reference-lists';
import type { MetadataIssue, PublicationMetadata } from '../../../../shared/metadata/types';
import { api } from '../../api';

const SAVE_DELAY_MS = 400;

export type Updater = (metadata: PublicationMetadata) => PublicationMetadata;

export interface MetadataDraft {
  readonly metadata: PublicationMetadata | null;
  readonly issues: readonly MetadataIssue[];
  readonly lists: ReferenceLists | null;
  readonly coverageProposal: MetadataState['coverageProposal'];
  readonly saving: boolean;
  readonly savedAt: string | null;
  update(updater: Updater): void;
  /** Saves now (cancelling the debounce) and returns the issues of what was saved. */
  flush(): Promise<readonly MetadataIssue[] | null>;
}

export function useMetadataDraft(
  publicationId: string | null,
  workbookId: string,
  onError: (error: AppError) => void,
): MetadataDraft {
  const [metadata, setMetadata] = useState<PublicationMetadata | null>(null);
  const [issues, setIssues] = useState<readonly MetadataIssue[]>([]);
  const [lists, setLists] = useState<ReferenceLists | null>(null);
  const [coverageProposal, setCoverageProposal] = useState<MetadataState['coverageProposal']>(null);
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const latest = useRef<PublicationMetadata | null>(null);
  const timer = useRef<number | null>(null);
  const dirty = useRef(false);
  const onErrorRef = useRef(onError);
  useEffect(() => {
    onErrorRef.current = onError;
  });

  useEffect(() => {
    if (publicationId === null) return;
    let live = true;
    void Promise.all([
      api.invoke('app:metadata:get', { publicationId, workbookId }),
      api.invoke('app:metadata:lists', {}),
    ]).then(([state, refs]) => {
      if (!live) return;
      if (!state.ok) return onErrorRef.current(state.error);
      if (!refs.ok) return onErrorRef.current(refs.error);
      latest.current = state.value.metadata;
      setMetadata(state.value.metadata);
      setIssues(state.value.issues);
      setCoverageProposal(state.value.coverageProposal);
      setSavedAt(state.value.savedAt);
      setLists(refs.value);
    });
    return () => {
      live = false;
    };
  }, [publicationId, workbookId]);

  const save = useCallback(async (): Promise<readonly MetadataIssue[] | null> => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const current = latest.current;
    if (publicationId === null || current === null) return null;
    dirty.current = false;
    setSaving(true);
    const result = await api.invoke('app:metadata:save', { publicationId, metadata: current });
    setSaving(dirty.current);
    if (!result.ok) {
      onErrorRef.current(result.error);
      return null;
    }
    setIssues(result.value.issues);
    setSavedAt(result.value.savedAt);
    return result.value.issues;
  }, [publicationId]);

  const update = useCallback(
    (updater: Updater) => {
      const current = latest.current;
      if (current === null) return;
      const next = updater(current);
      latest.current = next;
      dirty.current = true;
      setMetadata(next);
      setSaving(true);
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void save(), SAVE_DELAY_MS);
    },
    [save],
  );

  // Leaving the screen with a save pending: send it now, or what was typed last would be lost.
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  useEffect(
    () => () => {
      if (timer.current !== null) void saveRef.current();
    },
    [],
  );
  // Closing the window or reloading does not unmount React: send a pending save then too.
  useEffect(() => {
    const flushPending = () => {
      if (timer.current !== null) void saveRef.current();
    };
    window.addEventListener('pagehide', flushPending);
    return () => window.removeEventListener('pagehide', flushPending);
  }, []);

  return { metadata, issues, lists, coverageProposal, saving, savedAt, update, flush: save };
}
