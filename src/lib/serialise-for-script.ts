/**
 * JSON that is safe inside a <script> element: "<", ">" and "&" become \u escapes, so no string
 * in the data can close the element ("</script>") or open a comment ("<!--"); U+2028/U+2029 are
 * escaped too. The result is still JSON: JSON.parse gives back exactly the value.
 */
export function serialiseForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
