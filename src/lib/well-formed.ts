/**
 * Text from content is made well-formed once, where it enters (the reader's API client, the
 * content build): a lone UTF-16 surrogate (half an emoji, e.g. a headline cut at "\ud83c") becomes
 * U+FFFD, the replacement character, as String.prototype.toWellFormed (ES2024) does. After that no
 * page, share URL (encodeURIComponent throws URIError on a lone surrogate), head tag, JSON-LD,
 * feed or sitemap can meet one.
 */

/** A surrogate pair, or a surrogate left alone. Written without lookbehind, which older Safari cannot parse. */
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

/** `text` with each lone surrogate replaced by U+FFFD; pairs are kept. */
export function wellFormed(text: string): string {
  return text.replace(SURROGATES, (match) => (match.length === 2 ? match : '\uFFFD'));
}

/**
 * A parsed JSON value with every string and every object key well-formed. `onRepair` hears the
 * dotted path of each string that had to change ("body.3.content.0.text"), for a build to report.
 * Returns a copy, as JSON.parse would have built it (a "__proto__" key stays an own key).
 */
export function wellFormedJson(value: unknown, onRepair?: (path: string) => void, path = ''): unknown {
  if (typeof value === 'string') {
    const repaired = wellFormed(value);
    if (repaired !== value) onRepair?.(path || '(root)');
    return repaired;
  }
  if (Array.isArray(value)) return value.map((item, index) => wellFormedJson(item, onRepair, path ? `${path}.${index}` : String(index)));
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]): [string, unknown] => {
      const repairedKey = wellFormed(key);
      const at = path ? `${path}.${repairedKey}` : repairedKey;
      if (repairedKey !== key) onRepair?.(`${at} (key)`);
      return [repairedKey, wellFormedJson(item, onRepair, at)];
    });
    return Object.fromEntries(entries);
  }
  return value;
}
