import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveInsideRoot } from '../../../electron/backend/security/resolve-inside-root';

const root = path.resolve('/srv/otvori/renderer');

describe('resolveInsideRoot', () => {
  it('resolves files inside the root', () => {
    expect(resolveInsideRoot(root, '/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveInsideRoot(root, '/assets/app-1234.js')).toBe(
      path.join(root, 'assets', 'app-1234.js'),
    );
    expect(resolveInsideRoot(root, '/assets/%D1%84%D0%B0%D1%98%D0%BB.css')).toBe(
      path.join(root, 'assets', 'фајл.css'),
    );
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets\\..\\..\\secret.txt',
    '/C:/Windows/win.ini',
    '/c:%5cwindows',
    '//server/share/file',
    '/index.html%00.png',
    '/%E0%A4%A',
  ])('refuses %s', (attempt) => {
    expect(resolveInsideRoot(root, attempt)).toBeNull();
  });
});
