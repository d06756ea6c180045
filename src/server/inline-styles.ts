/**
 * Puts the site's stylesheet into every page instead of linking it: a page then renders from its
 * HTML alone, a round trip sooner on a slow connection (the stylesheet is under 5 kB gzip). The CSP
 * allows exactly that stylesheet by its hash, and no other inline style.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const LINK = /<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/g;

const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/**
 * The hashes of the template's inline scripts (the head script that marks what the browser can do
 * before the first paint): the CSP allows exactly these, and no other inline script.
 */
export function inlineScriptHashes(template: string): string[] {
  return [...template.matchAll(INLINE_SCRIPT)].map(([, script]) => sha256(script ?? ''));
}

/**
 * A stylesheet of the build as a <style> element and its hash: the site's, in every page, or a
 * chunk's, in the pages that need it (the rich blocks'). Throws when it holds "</".
 */
export async function styleElement(distDir: string, file: string): Promise<{ element: string; hash: string }> {
  const css = (await readFile(path.join(distDir, file), 'utf8')).trim();
  if (css.includes('</')) throw new Error(`${file} contains "</", which would end its <style> element`);
  return { element: `<style>${css}</style>`, hash: sha256(css) };
}

export async function inlineStylesheets(template: string, distDir: string): Promise<{ template: string; styleHashes: string[] }> {
  const styleHashes: string[] = [];
  let result = template;
  for (const match of template.matchAll(LINK)) {
    const [tag, file] = match;
    if (file === undefined) continue;
    const { element, hash } = await styleElement(distDir, file);
    styleHashes.push(hash);
    result = result.replace(tag, () => element);
  }
  return { template: result, styleHashes };
}
