/**
 * Puts the site's stylesheet into every page instead of linking it: a page then renders from its
 * HTML alone, a round trip sooner on a slow connection. Only the rules the page can use go in
 * (cutStylesheet): the whole sheet is about 5 kB gzip, an article's cut about 3.6 kB. The app links
 * the whole sheet when it starts, for what it renders next. The CSP allows exactly the inlined
 * stylesheet by its hash, and no other inline style.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PurgeCSS, type ExtractorResultDetailed } from 'purgecss';

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

/** Where the site's stylesheet goes in the template, once cut for the page. */
export const STYLE_MARK = '<!--app-style-->';

/**
 * The template's stylesheet links, each replaced by STYLE_MARK, and the stylesheets themselves
 * (file under dist/, text). Throws when one holds "</".
 */
export async function takeStylesheets(template: string, distDir: string): Promise<{ template: string; sheets: { file: string; css: string }[] }> {
  const sheets: { file: string; css: string }[] = [];
  let result = template;
  for (const match of template.matchAll(LINK)) {
    const [tag, file] = match;
    if (file === undefined) continue;
    const css = (await readFile(path.join(distDir, file), 'utf8')).trim();
    if (css.includes('</')) throw new Error(`${file} contains "</", which would end its <style> element`);
    sheets.push({ file, css });
    result = result.replace(tag, () => STYLE_MARK);
  }
  return { template: result, sheets };
}

/** Set on <html> by the head script before the first paint (and data-shown on a picture the reader taps): in no page's markup, yet their rules apply. */
export const RUNTIME_ATTRIBUTES = ['data-js', 'data-theme', 'data-text', 'data-save', 'data-shown'];

const CLASS_ATTRIBUTE = /\sclass="([^"]*)"/g;
const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)/g;
const ATTRIBUTE = /\s([a-zA-Z_:][a-zA-Z0-9_:.-]*)(?:="([^"]*)")?/g;
const START_TAG = /<[a-zA-Z][^>]*>/g;
const MAX_CUTS = 1000;
const SELECTOR_VALUE = /\[[a-zA-Z-]+[~|^$*]?=["']?([^"'\]]+)["']?\]/g;

/**
 * Cuts `css` down to the rules a page's markup can use, for every page it is given (pages with the
 * same classes, tags and attributes share one result). In: the markup React rendered (and the
 * template around it), out: the cut's <style> element and its CSP hash. PurgeCSS makes the cut; the
 * markup is read for what a selector can match (class names, tag names, attribute names, and the
 * values the sheet's attribute selectors name). It is read with patterns, not parsed: it is React's
 * own serialisation (attributes always double-quoted, text escaped), and a parser costs 9 ms a page,
 * a minute and a half on an archive of 10,000 stories. Rules for RUNTIME_ATTRIBUTES always stay.
 */
export function createStylesheetCutter(css: string): (markup: string) => Promise<{ element: string; hash: string }> {
  const selectorValues = new Set([...css.matchAll(SELECTOR_VALUE)].map(([, value]) => value ?? ''));
  const cuts = new Map<string, Promise<{ element: string; hash: string }>>();
  return (markup) => {
    const classes = new Set<string>();
    for (const [, list] of markup.matchAll(CLASS_ATTRIBUTE)) for (const name of (list ?? '').split(/\s+/)) if (name) classes.add(unescapeAttribute(name));
    const tags = new Set([...markup.matchAll(TAG)].map(([, tag]) => (tag ?? '').toLowerCase()));
    const names = new Set<string>();
    const values = new Set<string>();
    const ids = new Set<string>();
    for (const [tag] of markup.matchAll(START_TAG)) {
      for (const [, name = '', value] of tag.matchAll(ATTRIBUTE)) {
        names.add(name.toLowerCase());
        if (name === 'id' && value) ids.add(unescapeAttribute(value));
        for (const word of (value ?? '').split(/\s+/)) if (selectorValues.has(word)) values.add(word);
      }
    }
    const found: ExtractorResultDetailed = {
      attributes: { names: [...names].sort(), values: [...values].sort() },
      classes: [...classes].sort(),
      ids: [...ids].sort(),
      tags: [...tags].sort(),
      undetermined: [],
    };
    const key = JSON.stringify(found);
    let cut = cuts.get(key);
    if (!cut) {
      cut = new PurgeCSS()
        .purge({
          content: [{ raw: '', extension: 'page' }],
          extractors: [{ extensions: ['page'], extractor: () => found }],
          css: [{ raw: css }],
          dynamicAttributes: RUNTIME_ATTRIBUTES,
          variables: true,
        })
        .then(([result]) => {
          const text = (result?.css ?? css).trim();
          return { element: `<style>${text}</style>`, hash: sha256(text) };
        });
      // Pages come in a few shapes; a bound all the same, as a live server runs for weeks.
      if (cuts.size >= MAX_CUTS) cuts.clear();
      cuts.set(key, cut);
    }
    return cut;
  };
}

const unescapeAttribute = (value: string) => value.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#x27;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>');
