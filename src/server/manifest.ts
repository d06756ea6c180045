/**
 * What a page loads, read from Vite's manifest (dist/.vite/manifest.json): the entry chunk, every
 * chunk it imports statically, the route modules the page needs (lazy chunks, with their own static
 * imports), and the CSS of all of them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  isEntry?: boolean;
}
export type Manifest = Record<string, ManifestChunk>;

/** The app the boot script starts on the reader's first gesture. */
export const APP_MODULE = 'src/app/start-app.tsx';

export async function readManifest(distDir: string): Promise<Manifest> {
  return JSON.parse(await readFile(path.join(distDir, '.vite/manifest.json'), 'utf8')) as Manifest;
}

/** The files a page loads: the entry plus the given route modules (manifest keys, e.g. "src/app/routes/article-route.tsx"). Throws on a key the manifest lacks. */
export function filesForPage(manifest: Manifest, routeModules: readonly string[] = []): { js: string[]; css: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`"${key}" is not in the Vite manifest`);
    if (js.has(chunk.file)) return;
    js.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry in the Vite manifest, found ${entries.length}`);
  for (const [key] of entries) visit(key);
  for (const key of routeModules) {
    if (manifest[key]) visit(key); // a route module that is not its own chunk is already in the entry
  }
  return { js: [...js], css: [...css] };
}
