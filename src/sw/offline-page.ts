/**
 * What the service worker answers when the network cannot give a page and no copy is kept: a page
 * that says so in Indonesian and lists the stories that can be read offline. Pure: tested alone.
 */

export interface OfflineStory {
  /** The story's path, e.g. "/post/read/<slug>". */
  path: string;
  /** Its page's <title>, as the page has it: HTML-escaped text, "Headline | Warta". */
  title: string;
  /** Saved by the reader ("Simpan"), rather than kept because it was read. */
  saved: boolean;
}

const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
/** A title as the page wrote it (escaped), back to text; then escaped again where it goes. */
const unescapeTitle = (title: string) =>
  title
    .replace(/\s*\|\s*Warta$/, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');

/**
 * The offline page as a whole HTML document. `stylesheet` is the site's stylesheet (precached), or
 * undefined to go unstyled. Every story's title and path is escaped: a title is text, never markup.
 */
export function offlinePage(stories: readonly OfflineStory[], stylesheet: string | undefined): string {
  const item = (story: OfflineStory) =>
    `<li class="py-3"><a class="font-semibold text-red-700 underline" href="${escapeText(story.path)}">${escapeText(unescapeTitle(story.title))}</a>${
      story.saved ? ' <span class="text-sm text-neutral-700">(Tersimpan)</span>' : ''
    }</li>`;
  const list =
    stories.length > 0
      ? `<h2 class="mt-8 text-xl font-bold">Bisa dibaca tanpa koneksi</h2><ul class="mt-2 divide-y divide-neutral-200">${stories.map(item).join('')}</ul>`
      : '<p class="mt-6 text-neutral-700">Belum ada berita yang tersimpan untuk dibaca tanpa koneksi. Berita yang Anda baca atau simpan saat terhubung akan bisa dibaca di sini.</p>';
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tanpa koneksi | Warta</title>
${stylesheet ? `<link rel="stylesheet" href="${escapeText(stylesheet)}">` : ''}
</head>
<body>
<main class="mx-auto max-w-3xl px-4 py-10">
<p class="text-2xl font-black tracking-tight text-neutral-950"><a href="/">Warta</a></p>
<h1 class="mt-6 text-3xl font-bold">Anda sedang tidak terhubung</h1>
<p class="mt-3 text-lg text-neutral-700">Halaman ini belum tersimpan untuk dibaca tanpa koneksi. Coba lagi begitu perangkat Anda kembali terhubung.</p>
${list}
<p class="mt-8"><a class="font-semibold text-red-700 underline" href="/tersimpan">Buka berita tersimpan</a></p>
</main>
</body>
</html>
`;
}
