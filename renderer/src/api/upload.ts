/**
 * `POST /upload` of a file's raw bytes (web host only). XMLHttpRequest rather than fetch because
 * only XHR reports upload progress, which the progress panel shows for large files.
 */
import type { FileRef, Result } from '../../../shared/contract';
import { offlineFailure, parseEnvelope, transportFailure } from './envelope';
import { tokenHeaders } from './web-transport';

export interface UploadOptions {
  readonly onProgress?: (loaded: number, total: number) => void;
  readonly signal?: AbortSignal;
}

function isFileRef(value: unknown): value is FileRef {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['id'] === 'string' && typeof v['name'] === 'string' && typeof v['size'] === 'number'
  );
}

export function uploadToWebHost(
  file: File,
  token: string | null,
  options: UploadOptions = {},
): Promise<Result<FileRef>> {
  const { signal, onProgress } = options;
  if (signal?.aborted === true) {
    return Promise.resolve(transportFailure('CANCELLED', 'Upload cancelled before it started'));
  }
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const onAbortSignal = () => xhr.abort();
    const finish = (result: Result<FileRef>) => {
      signal?.removeEventListener('abort', onAbortSignal);
      resolve(result);
    };
    xhr.open('POST', '/upload');
    for (const [name, value] of Object.entries(tokenHeaders(token)))
      xhr.setRequestHeader(name, value);
    // Header values must be ASCII; the host decodes the name with decodeURIComponent.
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.responseType = 'text';
    if (onProgress !== undefined) {
      xhr.upload.addEventListener('progress', (event) => {
        onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
      });
    }
    xhr.addEventListener('load', () => {
      const result = parseEnvelope<unknown>(xhr.status, xhr.responseText);
      if (!result.ok) {
        finish(result);
      } else if (isFileRef(result.value)) {
        finish({ ok: true, value: result.value });
      } else {
        finish(transportFailure('INTERNAL', 'Upload answered without a FileRef'));
      }
    });
    xhr.addEventListener('error', () => finish(offlineFailure('Upload failed: network error')));
    xhr.addEventListener('abort', () => finish(transportFailure('CANCELLED', 'Upload cancelled')));
    signal?.addEventListener('abort', onAbortSignal, { once: true });
    xhr.send(file);
  });
}
