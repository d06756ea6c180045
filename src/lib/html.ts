/**
 * Text for a double-quoted HTML attribute value or a text node: `&`, `<`, `>` and `"` become the
 * named references `&amp;`, `&lt;`, `&gt;`, `&quot;`; nothing else changes. Every HTML parser reads
 * these, and so does every link-preview scraper we know of, some of which decode only named
 * references and would show `Ma&#39;ruf` for a numeric one. An apostrophe needs no escape inside
 * double quotes, so it stays as it is. (HTML Living Standard, 13.1.2.3 and 13.5 serialising.)
 */
const NAMED: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => NAMED[char] ?? char);
}
