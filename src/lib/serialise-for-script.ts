/**
 * JSON that is safe inside a <script> element: "<", ">" and "&" become \u escapes, so no string
 * in the data can close the element ("</script>") or open a comment ("<!--"); U+2028/U+2029 are
 * escaped too. The result is still JSON: JSON.parse gives back exactly the value.
 */
export function serialiseForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A non-executing <script type="application/json"> element holding `value`, safely serialised. */
export function jsonScript(id: string, value: unknown): string {
  return `<script type="application/json" id="${id}">${serialiseForScript(value)}</script>`;
}

/** The value in such an element, or undefined when it is missing or not JSON. */
export function readJsonScript(doc: Document, id: string): unknown {
  const text = doc.getElementById(id)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
