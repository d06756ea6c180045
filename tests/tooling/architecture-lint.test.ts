/**
 * The lint rules that hold the architecture, tried on the imports they exist to refuse: if a plugin
 * upgrade or a config edit stopped them firing, `npm run lint` would pass anything.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const ARCHITECTURE_RULES = /^(boundaries|import-x|check-file)\//;

const eslint = new ESLint({
  cwd: root,
  ruleFilter: ({ ruleId }) => ARCHITECTURE_RULES.test(ruleId),
  // The rules above need no type information: lint the probe as plain TypeScript.
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
});

/** The rules that a file at `file` (from the project root) holding `code` breaks. */
async function broken(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the architecture lint', () => {
  it('lets a feature import shared code and its own files', async () => {
    expect(await broken('src/features/share/probe.ts', "import { paths } from '../../config/paths';\nimport { ShareBar } from './components/share-bar';\nexport const x = [paths, ShareBar];\n")).toEqual([]);
  });

  it('refuses a feature importing another feature, or the app', async () => {
    expect(await broken('src/features/share/probe.ts', "import { articleQueryOptions } from '../article/api/get-article';\nexport const x = articleQueryOptions;\n")).toEqual(['boundaries/dependencies']);
    expect(await broken('src/features/share/probe.ts', "import { pageRoutes } from '../../app/route-table';\nexport const x = pageRoutes;\n")).toEqual(['boundaries/dependencies']);
  });

  it('refuses shared code importing a feature', async () => {
    expect(await broken('src/lib/probe.ts', "import { ShareBar } from '../features/share/components/share-bar';\nexport const x = ShareBar;\n")).toEqual(['boundaries/dependencies']);
  });

  it('refuses a package the project does not declare, and a devDependency in the app', async () => {
    expect(await broken('scripts/probe.ts', "import { chromium } from 'playwright';\nexport const x = chromium;\n")).toContain('import-x/no-extraneous-dependencies');
    expect(await broken('src/lib/probe.ts', "import { http } from 'msw';\nexport const x = http;\n")).toContain('import-x/no-extraneous-dependencies');
  });

  it('refuses a file name that is not kebab-case', async () => {
    expect(await broken('src/lib/ShareUrls.ts', 'export const x = 1;\n')).toEqual(['check-file/filename-naming-convention']);
  });
});
