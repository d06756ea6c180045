/**
 * npm run compare:builds -- <old dist> <new dist>: what a change did to the built site, page by page.
 * Every file of either build is compared after what changes on every build is set aside: hashed
 * asset names, the CSP's style hashes, the query cache's timestamps. Each page that still differs
 * is listed with the lines only one side has (cut to 160 characters). Exits 1 when anything differs,
 * so a refactoring can prove it changed nothing.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const [oldDir, newDir] = process.argv.slice(2).map((dir) => path.resolve(dir));
if (!oldDir || !newDir) {
  console.error('usage: npm run compare:builds -- <old dist> <new dist>');
  process.exit(2);
}

/** Built files worth comparing: pages, the API, discovery files. Images and hashed assets are named by their content. */
const COMPARED = /\.(html|json|xml|txt)$|^_headers$/;

async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true }).catch(() => []);
  const files = await Promise.all(
    entries.map(async (entry) => {
      const relative = path.join(prefix, entry.name);
      if (entry.isDirectory()) return entry.name === '.vite' || entry.name === 'assets' ? [] : filesUnder(dir, relative);
      return COMPARED.test(entry.name) ? [relative] : [];
    }),
  );
  return files.flat();
}

/** One line per element or style rule, with what every build changes replaced by a placeholder. */
function normalise(text: string): string[] {
  return text
    .replace(/\/assets\/([\w.-]+?)-[\w-]{8}\.(js|css)/g, '/assets/$1-HASH.$2')
    .replace(/sha256-[A-Za-z0-9+/=]+/g, 'sha256-HASH')
    .replace(/"(dataUpdatedAt|dehydratedAt|errorUpdatedAt)":\d+/g, '"$1":TIME')
    .replace(/></g, '>\n<')
    .replace(/}/g, '}\n')
    .split('\n');
}

/** The lines only one side has, in order (a longest-common-subsequence diff), at most `max` of them. */
function differences(before: string[], after: string[], max = 12): string[] {
  const cut = (line: string) => (line.length > 160 ? `${line.slice(0, 160)}…` : line);
  // Common head and tail first: most pages differ in a few lines, so the table stays small.
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start += 1;
  let endA = before.length;
  let endB = after.length;
  while (endA > start && endB > start && before[endA - 1] === after[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const a = before.slice(start, endA);
  const b = after.slice(start, endB);
  if (a.length * b.length > 4_000_000) return [`    (${a.length} lines against ${b.length}: too many to pair)`];
  const table = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      const row = table[i] as Uint32Array;
      const below = table[i + 1] as Uint32Array;
      row[j] = a[i] === b[j] ? (below[j + 1] ?? 0) + 1 : Math.max(below[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const lines: string[] = [];
  let i = 0;
  let j = 0;
  while ((i < a.length || j < b.length) && lines.length < max) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i += 1;
      j += 1;
    } else if (j < b.length && (i === a.length || (table[i]?.[j + 1] ?? 0) >= (table[i + 1]?.[j] ?? 0))) {
      lines.push(`    + ${cut(b[j] ?? '')}`);
      j += 1;
    } else {
      lines.push(`    - ${cut(a[i] ?? '')}`);
      i += 1;
    }
  }
  return lines;
}

const oldFiles = new Set(await filesUnder(oldDir));
const newFiles = new Set(await filesUnder(newDir));
let differing = 0;
for (const file of [...new Set([...oldFiles, ...newFiles])].sort()) {
  if (!oldFiles.has(file) || !newFiles.has(file)) {
    differing += 1;
    console.log(`${file}: only in the ${oldFiles.has(file) ? 'old' : 'new'} build`);
    continue;
  }
  const [before, after] = await Promise.all([readFile(path.join(oldDir, file), 'utf8'), readFile(path.join(newDir, file), 'utf8')]);
  const a = normalise(before);
  const b = normalise(after);
  if (a.join('\n') === b.join('\n')) continue;
  differing += 1;
  console.log(`${file}: differs`);
  for (const line of differences(a, b)) console.log(line);
}
console.log(`${oldFiles.size} old and ${newFiles.size} new files compared: ${differing === 0 ? 'the same' : `${differing} differ`}`);
process.exit(differing === 0 ? 0 : 1);
