import { describe, expect, it } from 'vitest';
import { createStylesheetCutter } from '../../src/server/inline-styles';

// A stylesheet shaped as Tailwind writes it: layers, escaped variant classes, attribute selectors,
// theme variables, and rules for what the head script sets on <html> at run time.
const SHEET = [
  '@layer theme{:root{--color-red-700:#bf000f;--color-unused:#000}}',
  '@layer base{body{margin:0}table{border-collapse:collapse}button,[type=button]{cursor:pointer}[type=reset]{color:red}}',
  '@layer utilities{.px-4{padding:1rem}.text-red-700{color:var(--color-red-700)}.list-only{color:blue}',
  '@media (min-width:40rem){.sm\\:px-6{padding:1.5rem}}.hover\\:underline:hover{text-decoration:underline}',
  '.in-data-js\\:block:where([data-js] *){display:block}}',
  ':root[data-theme=dark]{--color-red-700:#f87171}',
].join('');

const page = (body: string) => `<!doctype html><html lang="id"><head><!--app-style--></head><body>${body}</body></html>`;

describe('the stylesheet a page inlines', () => {
  it('keeps the rules of the classes, tags and attribute values its markup has, and drops the rest', async () => {
    const cut = createStylesheetCutter(SHEET);
    const { element } = await cut(page('<main class="px-4 sm:px-6 hover:underline"><button type="button" class="text-red-700">Simpan</button></main>'));
    expect(element).toMatch(/^<style>[\s\S]*<\/style>$/);
    for (const kept of ['.px-4', '.sm\\:px-6', '.hover\\:underline:hover', '.text-red-700', '[type=button]', 'body{', '--color-red-700']) expect(element).toContain(kept);
    for (const dropped of ['.list-only', 'table{', '[type=reset]', '--color-unused']) expect(element).not.toContain(dropped);
  });

  it('keeps the rules for what the head script sets before the first paint: the theme, and whether scripts run', async () => {
    const { element } = await createStylesheetCutter(SHEET)(page('<p class="in-data-js:block text-red-700">x</p>'));
    expect(element).toContain(':root[data-theme=dark]');
    expect(element).toContain('.in-data-js\\:block:where([data-js] *)');
  });

  it('gives pages of the same shape the same stylesheet, and a page with other classes its own', async () => {
    const cut = createStylesheetCutter(SHEET);
    const one = await cut(page('<p class="px-4">Satu &amp; dua</p>'));
    const two = await cut(page('<p class="px-4">Berita lain sama sekali</p>'));
    const other = await cut(page('<p class="px-4 list-only">Tiga</p>'));
    expect(two).toEqual(one);
    expect(other.hash).not.toBe(one.hash);
    expect(other.element).toContain('.list-only');
    expect(one.hash).toMatch(/^sha256-[A-Za-z0-9+/]+=*$/);
  });

  it('reads text that looks like markup as text: a class named in a paragraph is not a class', async () => {
    const { element } = await createStylesheetCutter(SHEET)(page('<p class="px-4">&lt;b class=&quot;list-only&quot;&gt;</p>'));
    expect(element).not.toContain('.list-only');
  });
});
