/**
 * A rendered page as a whole HTML document: the built index.html (Vite's, with its stylesheet
 * inlined), the page's head, markup and state, the boot script's info and the Content-Security-
 * Policy. One assembly for the static build (scripts/prerender.ts) and the live server
 * (src/server/live-app.ts), so a page is byte for byte the same wherever it was rendered.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bootInfoScript } from '../app/boot-info';
import { site } from '../config/site';
import { fillTemplate } from './fill-template';
import { createStylesheetCutter, inlineScriptHashes, STYLE_MARK, styleElement, takeStylesheets } from './inline-styles';
import { APP_MODULE, filesForPage, readManifest } from './manifest';
import { headerPolicy, metaPolicy, SECURITY_HEADERS, type PolicyOptions } from './security';

/** What a page needs to be made a document of (a RenderedPage of the render pipeline). */
export interface PageParts {
  /** The path the page was rendered for. */
  path: string;
  head: string;
  html: string;
  state: string;
  /** The source files of the lazily loaded chunks the page needs: its route's, its block kinds'. */
  moduleFiles: readonly string[];
}

export interface PageDocument {
  html: string;
  /** The headers the page is sent with: its CSP (header form) and the other security headers. */
  headers: Readonly<Record<string, string>>;
}

export interface PageDocuments {
  /** The whole document of a rendered page, its absolute URLs on `siteUrl`, and its headers. */
  documentOf: (page: PageParts, siteUrl: string) => Promise<PageDocument>;
  /**
   * The policy that allows every page made so far (each page's own <meta> allows only its own
   * stylesheets): for dist/_headers, one header for every page of a static build, written last.
   */
  policy: () => PolicyOptions;
}

/**
 * Reads the built client (`distDir`) once. Vite's index.html is the template; the static build
 * overwrites it with the prerendered home page, so a copy is kept at `templateCopy` and used when the
 * original is gone. Throws when there is no build.
 */
export async function loadPageDocuments(distDir: string, templateCopy: string, { apiOrigin }: { apiOrigin?: string | undefined } = {}): Promise<PageDocuments> {
  const built = await readFile(path.join(distDir, 'index.html'), 'utf8');
  const fresh = built.includes('<!--app-html-->');
  if (fresh) await writeFile(templateCopy, built);
  const builtTemplate = fresh ? built : await readFile(templateCopy, 'utf8');
  const { template, sheets } = await takeStylesheets(builtTemplate, distDir);
  const [sheet, ...others] = sheets;
  if (!sheet || others.length > 0) throw new Error(`the built index.html should link one stylesheet, not ${sheets.length}`);
  const cut = createStylesheetCutter(sheet.css);
  const madeHashes = new Set<string>();
  const manifest = await readManifest(distDir);
  const entry = filesForPage(manifest);
  const entryFiles = new Set(entry.js);
  // The stylesheets of lazily loaded chunks (the rich blocks'): inlined in the pages
  // that show those blocks only, so a page of text never carries their CSS.
  const chunkStyles = new Map<string, { element: string; hash: string }>();
  for (const chunk of Object.values(manifest)) {
    for (const file of chunk.css ?? []) if (!entry.css.includes(file) && !chunkStyles.has(file)) chunkStyles.set(file, await styleElement(distDir, file));
  }
  const scriptHashes = inlineScriptHashes(template);
  const stylesFor = (moduleFiles: readonly string[]) => {
    const own = moduleFiles.filter((file) => manifest[file]).flatMap((file) => filesForPage(manifest, [file]).css).filter((file) => chunkStyles.has(file));
    return [...new Set(own)].map((file) => chunkStyles.get(file)).filter((style) => style !== undefined);
  };
  /**
   * The app's code and the page's own chunks (its route's, its rich blocks'), with the chunks they
   * import: listed for the boot script, which fetches them once the page has loaded (not before: they would compete with the
   * hero image) so that the app starts quickly on the reader's first gesture.
   */
  const modulesFor = (moduleFiles: readonly string[]) => {
    const modules = [APP_MODULE, ...moduleFiles.filter((file) => manifest[file])];
    return filesForPage(manifest, modules)
      .js.filter((file) => !entryFiles.has(file))
      .map((file) => `/${file}`);
  };
  return {
    documentOf: async (page, siteUrl) => {
      const boot = bootInfoScript({
        path: page.path,
        modules: modulesFor(page.moduleFiles),
        styles: `/${sheet.file}`,
        siteUrl,
        ...(site.search === 'server' ? { search: 'server' as const } : {}),
      });
      const styles = stylesFor(page.moduleFiles);
      // The site's stylesheet, cut to what this page's markup (and the template around it) can use.
      const own = await cut(template + page.head + page.html);
      madeHashes.add(own.hash);
      const policy: PolicyOptions = { apiOrigin, scriptHashes, styleHashes: [own.hash, ...styles.map((style) => style.hash)] };
      const html = fillTemplate(template.replace(STYLE_MARK, () => own.element), {
        head: page.head + styles.map((style) => style.element).join(''),
        html: page.html,
        state: page.state + boot,
        csp: metaPolicy(policy),
      });
      return { html, headers: { 'Content-Security-Policy': headerPolicy(policy), ...SECURITY_HEADERS } };
    },
    // The header (one for every page of a static build) allows every stylesheet a page was given;
    // each page's own <meta> only its own. A browser enforces both, so a page can apply no other.
    policy: () => ({ apiOrigin, styleHashes: [...madeHashes, ...[...chunkStyles.values()].map((style) => style.hash)], scriptHashes }),
  };
}
