/** "/post/read/x/" is the page "/post/read/x": static hosts serve both from the same file. */
export function samePath(a: string, b: string): boolean {
  const trim = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);
  return trim(a) === trim(b);
}
