import { escapeHtml } from '../lib/html';

/** Puts a rendered page into the built index.html. Replacer functions, so "$&" in content stays text. */
export interface RenderedParts {
  head: string;
  html: string;
  state: string;
  /** The Content-Security-Policy, first in <head> so that it covers everything after it. */
  csp?: string;
}

export function fillTemplate(template: string, { head, html, state, csp }: RenderedParts): string {
  if (!template.includes('<!--app-head-->') || !template.includes('<!--app-html-->')) {
    throw new Error('dist/index.html has lost its <!--app-head--> or <!--app-html--> marker');
  }
  return template
    .replace('<!--app-csp-->', () => (csp ? `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">` : ''))
    .replace(/<!--app-head-->[\s\S]*?<!--\/app-head-->/, () => head)
    .replace('<!--app-html-->', () => html)
    .replace('</body>', () => `  ${state}\n  </body>`);
}
