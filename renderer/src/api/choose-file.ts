/**
 * Asks the browser's file chooser for one file through a hidden `<input type=file>`.
 * Resolves null when the clerk cancels (the `cancel` event, Chromium 113+). A new request
 * settles an earlier one still waiting, so a browser that never fires `cancel` cannot leak.
 */
export const ACCEPTED_EXTENSIONS = '.xlsx,.xlsm,.xls,.ods,.csv,.tsv,.txt';

const pending = new WeakMap<HTMLInputElement, () => void>();

export function chooseFileWithInput(input: HTMLInputElement): Promise<File | null> {
  pending.get(input)?.();
  return new Promise((resolve) => {
    const cleanup = () => {
      input.removeEventListener('change', onChange);
      input.removeEventListener('cancel', onCancel);
      pending.delete(input);
    };
    const onChange = () => {
      cleanup();
      const file = input.files?.[0] ?? null;
      // Clear at once: the same file can be chosen again, and the component's own onChange
      // (which serves files set on the input directly) sees no file and does nothing.
      input.value = '';
      resolve(file);
    };
    const onCancel = () => {
      cleanup();
      resolve(null);
    };
    pending.set(input, () => {
      cleanup();
      resolve(null);
    });
    input.addEventListener('change', onChange);
    input.addEventListener('cancel', onCancel);
    input.click();
  });
}

export function createTemporaryInput(): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = ACCEPTED_EXTENSIONS;
  input.hidden = true;
  return input;
}
