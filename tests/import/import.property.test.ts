/**
 * content:import over thousands of random, often broken CMS bodies: it never throws, never writes an
 * address a reader's browser would run or that leaves https for a picture or a post, and never loses
 * a sentence of the story that is not inside something on the drop list (a script, a style, an ad, a
 * share, rating or comment widget, a form).
 */
import fc from 'fast-check';
import type { Element, Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import type { SourceArticle, SourceBlock } from '../../scripts/content/source';
import { parseHtml } from '../../scripts/import/html-to-blocks';
import { importStories } from '../../scripts/import/import-stories';

interface Piece {
  html: string;
}

const HREFS = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:x', 'data:text/html,x', 'vbscript:x', '//lain.example/x', '/relatif', 'https://lain.example/a?b=c', 'http://lama.example/', 'mailto:redaksi@example.com', '#atas', ''];
const SRCS = ['https://gambar.example/a.jpg', 'http://gambar.example/b.jpg', 'data:image/png;base64,AAAA', '/relatif.jpg', 'javascript:alert(1)', ''];
const NOISE = ['&amp;', '&nbsp;', '&#8217;', '<', '>', '"', '<!-- komentar -->', '\u00a0', '\u0000', '😀', '</p>', '<b>', '<br>'];

let counter = 0;
/** A sentence no other can contain: "Kalimat 12 tentang hujan." */
const sentence = fc.constantFrom('hujan', 'pasar', 'sekolah', 'sungai', 'kereta').map((word) => {
  counter += 1;
  return `Kalimat ${counter} tentang ${word}.`;
});

const leaf: fc.Arbitrary<Piece> = fc.oneof(
  sentence.map((text) => ({ html: text })),
  fc.constantFrom(...NOISE).map((html) => ({ html })),
  fc.constantFrom(...SRCS).map((src) => ({ html: `<img src="${src}" alt="Gambar">` })),
);

const KEEPERS: ((inner: string, href: string) => string)[] = [
  (inner) => `<p>${inner}</p>`,
  (inner) => `<div>${inner}</div>`,
  (inner) => `<span>${inner}</span>`,
  (inner) => `<strong>${inner}</strong>`,
  (inner) => `<em>${inner}</em>`,
  (inner) => `<section class="isi">${inner}</section>`,
  (inner, href) => `<a href="${href}">${inner}</a>`,
  (inner) => `<h2>${inner}</h2>`,
  (inner) => `<ul><li>${inner}</li><li>${inner.length % 2 ? 'x' : 'y'}</li></ul>`,
  (inner) => `<table><tr><th>A</th><th>B</th></tr><tr><td>${inner}</td><td>1</td></tr></table>`,
  (inner) => `<table><tr><td>${inner}</td></tr></table>`,
  (inner) => `<blockquote>${inner}</blockquote>`,
  (inner) => `<figure><img src="https://gambar.example/c.jpg"><figcaption>${inner}</figcaption></figure>`,
  (inner) => `${inner}<br><br>`,
  (inner) => `<font color="red">${inner}</font>`,
  (inner) => `<form action="/cari">${inner}<input name="q"><button>Cari</button></form>`,
  (inner) => `<div class="wp-caption"><img src="https://gambar.example/d.jpg"><p class="wp-caption-text">${inner}</p></div>`,
  (inner) => `<figure class="wp-block-gallery"><figure><img src="https://gambar.example/e.jpg"><figcaption>${inner}</figcaption></figure><figure><img src="http://gambar.example/f.jpg"></figure></figure>`,
  (inner, href) => `<p>Baca juga: <a href="${href}">${inner}</a></p>`,
  (inner) => `<p>Baca juga:</p><ul><li>${inner}</li></ul>`,
];
const DROPPERS: ((inner: string) => string)[] = [
  (inner) => `<script>${inner}</script>`,
  (inner) => `<style>${inner}</style>`,
  (inner) => `<div class="iklan">${inner}</div>`,
  (inner) => `<ins class="adsbygoogle">${inner}</ins>`,
  (inner) => `<div class="share-buttons">${inner}</div>`,
  (inner) => `<div id="comments">${inner}</div>`,
];

/**
 * The sentences a reader must still find: those that, as an HTML parser reads the body (broken
 * markup moves text about), are not inside one of the droppers above.
 */
function sentencesKept(html: string): string[] {
  const kept: string[] = [];
  const isDropper = (element: Element) => {
    const classes = [element.properties['className'], element.properties['id']].flat().map(String);
    return ['script', 'style'].includes(element.tagName) || classes.some((name) => ['iklan', 'adsbygoogle', 'share-buttons', 'comments'].includes(name));
  };
  const walk = (node: Root | RootContent) => {
    if (node.type === 'text') kept.push(...(node.value.match(/Kalimat \d+ tentang \w+\./g) ?? []));
    if ((node.type === 'element' && isDropper(node)) || !('children' in node)) return;
    node.children.forEach(walk);
  };
  walk(parseHtml(html));
  return kept;
}

const piece: fc.Arbitrary<Piece> = fc.letrec<{ piece: Piece }>((tie) => ({
  piece: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(fc.array(tie('piece'), { minLength: 1, maxLength: 4 }), fc.nat(KEEPERS.length - 1), fc.constantFrom(...HREFS)).map(([children, which, href]) => ({
      html: (KEEPERS[which] ?? ((inner: string) => inner))(children.map((child) => child.html).join(' '), href),
    })),
    fc.tuple(fc.array(tie('piece'), { minLength: 1, maxLength: 2 }), fc.nat(DROPPERS.length - 1)).map(([children, which]) => ({
      html: (DROPPERS[which] ?? ((inner: string) => `<script>${inner}</script>`))(children.map((child) => child.html).join(' ')),
    })),
  ),
})).piece;

/** Every word an article shows, in one string. */
function wordsOf(article: SourceArticle): string {
  const inline = (runs: readonly { text: string }[]) => runs.map((run) => run.text).join('');
  const image = (img: { alt: string; caption?: string | undefined; credit?: string | undefined }) => [img.caption, img.credit].join(' ');
  const block = (item: SourceBlock): string => {
    switch (item.type) {
      case 'paragraph':
        return inline(item.content);
      case 'list':
        return item.items.map(inline).join('\n');
      case 'table':
        return [item.caption, ...item.header.map(inline), ...item.rows.flatMap((row) => row.map(inline))].join('\n');
      case 'image':
        return image(item.image);
      case 'gallery':
        return [item.title, ...item.images.map(image)].join('\n');
      case 'read-also':
        return item.links.map((link) => ('headline' in link ? link.headline : link.slug)).join('\n');
      case 'heading':
      case 'quote':
      case 'pull-quote':
        return `${item.text} ${'attribution' in item ? (item.attribution ?? '') : ''}`;
      case 'embed':
        return [item.title, item.text, item.author].join(' ');
      case 'video':
        return item.title;
      case 'divider':
        return '';
    }
  };
  return [article.dateline, ...article.body.map(block), article.image ? image(article.image) : '', article.editor?.initials].join('\n');
}

/** Every address an article holds, with what it is for. */
function addressesOf(article: SourceArticle): { kind: 'link' | 'media'; address: string }[] {
  const found: { kind: 'link' | 'media'; address: string }[] = [];
  const image = (img: { url?: string } | { file: string }) => {
    if ('url' in img && img.url !== undefined) found.push({ kind: 'media', address: img.url });
  };
  const inline = (runs: readonly ({ type: 'text' } | { type: 'link'; href: string })[]) => {
    for (const run of runs) if (run.type === 'link') found.push({ kind: 'link', address: run.href });
  };
  if (article.image) image(article.image);
  for (const item of article.body) {
    if (item.type === 'paragraph') inline(item.content);
    if (item.type === 'list') item.items.forEach(inline);
    if (item.type === 'table') [...item.header, ...item.rows.flat()].forEach(inline);
    if (item.type === 'image') image(item.image);
    if (item.type === 'gallery') item.images.forEach(image);
    if (item.type === 'embed') found.push({ kind: 'media', address: item.url });
    if (item.type === 'video') found.push({ kind: 'media', address: item.src });
    if (item.type === 'read-also') for (const link of item.links) if ('url' in link) found.push({ kind: 'link', address: link.url });
  }
  return found;
}

describe('content:import on random bodies', () => {
  it('never throws, writes only safe addresses and keeps every sentence not on the drop list', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (pieces) => {
        const html = pieces.map((part) => part.html).join('\n');
        const post = { id: 1, date_gmt: '2025-03-01T01:00:00', link: 'https://penerbit.example/berita/satu', title: { rendered: 'Judul Uji' }, content: { rendered: html } };
        const { articles, report } = importStories(JSON.stringify([post]), { now: new Date('2026-01-01T00:00:00Z') });
        const kept = sentencesKept(html);
        if (kept.length === 0) return;
        expect(articles, report.join('\n')).toHaveLength(1);
        const [article] = articles;
        if (!article) return;
        const words = wordsOf(article).replace(/\s+/g, ' ');
        for (const text of kept) expect(words, `"${text}" is missing from the import of:\n${html}`).toContain(text);
        for (const { kind, address } of addressesOf(article)) {
          if (kind === 'media') expect(address).toMatch(/^https:\/\/[^\s]+$/);
          else expect(address).toMatch(/^(?:https?:\/\/[^\s/]|mailto:|\/post\/read\/)/);
        }
      }),
      { numRuns: 400 },
    );
  });
});
