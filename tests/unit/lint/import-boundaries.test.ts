/**
 * The folder import rules of architecture.md §2 are enforced by ESLint; these cases prove the
 * rules bite (a misconfigured glob would silently allow everything).
 */
import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(__dirname, '../../..') });

async function restrictedImportErrors(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').length;
}

const cases: [string, string, string, boolean][] = [
  [
    'shared → node:fs',
    'shared/table/probe.ts',
    "import fs from 'node:fs';\nexport const x = fs;\n",
    false,
  ],
  [
    'shared → electron',
    'shared/table/probe.ts',
    "import { app } from 'electron';\nexport const x = app;\n",
    false,
  ],
  [
    'shared → backend',
    'shared/table/probe.ts',
    "import { dispatch } from '../../electron/backend/contract/dispatch';\nexport const x = dispatch;\n",
    false,
  ],
  [
    'shared → react',
    'shared/table/probe.ts',
    "import { useState } from 'react';\nexport const x = useState;\n",
    false,
  ],
  [
    'shared → shared',
    'shared/table/probe.ts',
    "import { ok } from '../contract/errors';\nexport const x = ok;\n",
    true,
  ],
  [
    'backend → electron',
    'electron/backend/probe.ts',
    "import { app } from 'electron';\nexport const x = app;\n",
    false,
  ],
  [
    'backend → main',
    'electron/backend/probe.ts',
    "import { registerIpc } from '../main/ipc';\nexport const x = registerIpc;\n",
    false,
  ],
  [
    'backend → node:fs',
    'electron/backend/probe.ts',
    "import fs from 'node:fs';\nexport const x = fs;\n",
    true,
  ],
  [
    'main → electron',
    'electron/main/probe.ts',
    "import { app } from 'electron';\nexport const x = app;\n",
    true,
  ],
  [
    'main → react',
    'electron/main/probe.ts',
    "import { useState } from 'react';\nexport const x = useState;\n",
    false,
  ],
  [
    'preload → fs',
    'electron/preload/probe.ts',
    "import fs from 'fs';\nexport const x = fs;\n",
    false,
  ],
  [
    'preload → backend',
    'electron/preload/probe.ts',
    "import { dispatch } from '../backend/contract/dispatch';\nexport const x = dispatch;\n",
    false,
  ],
  [
    'preload → shared/table',
    'electron/preload/probe.ts',
    "import type { Table } from '../../shared/table/types';\nexport type X = Table;\n",
    false,
  ],
  [
    'preload → contract',
    'electron/preload/probe.ts',
    "import { CHANNEL_NAMES } from '../../shared/contract';\nexport const x = CHANNEL_NAMES;\n",
    true,
  ],
  [
    'renderer → node:fs',
    'renderer/src/probe.ts',
    "import fs from 'node:fs';\nexport const x = fs;\n",
    false,
  ],
  [
    'renderer → electron',
    'renderer/src/probe.ts',
    "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n",
    false,
  ],
  [
    'renderer → backend',
    'renderer/src/probe.ts',
    "import { dispatch } from '../../electron/backend/contract/dispatch';\nexport const x = dispatch;\n",
    false,
  ],
  [
    'renderer → shared',
    'renderer/src/probe.ts',
    "import { ok } from '../../shared/contract';\nexport const x = ok;\n",
    true,
  ],
];

describe('import boundaries', () => {
  it.each(cases)('%s', async (_label, filePath, code, allowed) => {
    const errors = await restrictedImportErrors(filePath, code);
    expect(errors === 0).toBe(allowed);
  });
});
