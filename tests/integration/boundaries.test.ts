// The import boundaries of ARCHITECTURE.md are lint rules (biome.json): this checks that the rules
// really refuse what they should and allow what they should, by linting probe files laid out like
// src/ in a scratch folder with the project's own Biome config.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PROBES: Array<[path: string, source: string, allowed: boolean]> = [
  ['src/ui/Db.tsx', "import { openDatabase } from '../db';", false],
  ['src/ui/DbDeep.tsx', "import { openDatabase } from '../db/database';", false],
  ['src/ui/Dexie.tsx', "import Dexie from 'dexie';", false],
  ['src/ui/Sync.tsx', "import { push } from '../sync/push';", false],
  ['src/ui/State.tsx', "import { useApp } from '../state/context';", true],
  ['src/ui/Data.tsx', "import { CRISIS_LINES } from '../data/reference';", true],
  ['src/model/i18n.ts', "import { t } from '../i18n';", false],
  ['src/model/preact.ts', "import { h } from 'preact';", false],
  ['src/model/zod.ts', "import * as z from 'zod/mini';", true],
  ['src/db/dexie.ts', "import Dexie from 'dexie';", true],
  ['src/db/state.ts', "import { useApp } from '../state/context';", false],
  ['src/state/dexie.ts', "import Dexie from 'dexie';", false],
  ['src/state/db.ts', "import { openDatabase } from '../db';", true],
  ['src/i18n/model.ts', "import { TAXONOMY_IDS } from '../model/taxonomy';", true],
  ['src/i18n/db.ts', "import { openDatabase } from '../db';", false],
  ['src/server/db.ts', "import { openDatabase } from '../db';", false],
  ['src/server/model.ts', "import { serviceSchema } from '../model/service';", true],
  ['src/sw/ui.ts', "import { App } from '../ui/App';", false],
  ['src/ui/Fetch.tsx', "export const go = () => fetch('/api/health');", false],
  ['src/db/fetch.ts', "export const go = () => fetch('/api/health');", false],
  ['src/sync/fetch.ts', "export const go = () => fetch('/api/health');", true],
];

const BOUNDARY_RULES = new Set(['lint/style/noRestrictedImports', 'lint/style/noRestrictedGlobals']);
let scratch: string;
const errorsByFile = new Map<string, string[]>();

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'circle-boundaries-'));
  copyFileSync(resolve('biome.json'), join(scratch, 'biome.json'));
  for (const [path, source] of PROBES) {
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(join(scratch, path), `${source}\nexport const probe = 1;\n`);
  }
  const run = spawnSync(
    resolve('node_modules/.bin/biome'),
    ['lint', '--vcs-enabled=false', '--reporter=json', '.'],
    {
      cwd: scratch,
      encoding: 'utf8',
    },
  );
  const report = JSON.parse(run.stdout) as {
    diagnostics: Array<{ category: string; location: { path: string } }>;
  };
  for (const d of report.diagnostics) {
    errorsByFile.set(d.location.path, [...(errorsByFile.get(d.location.path) ?? []), d.category]);
  }
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('import boundaries', () => {
  it.each(PROBES)('%s: %s → allowed %s', (path, _source, allowed) => {
    const boundaryErrors = (errorsByFile.get(path) ?? []).filter((c) => BOUNDARY_RULES.has(c));
    expect(boundaryErrors.length > 0).toBe(!allowed);
  });
});
