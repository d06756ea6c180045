import { describe, expect, it } from 'vitest';
import { isPagePath } from '../../src/lib/offline-caches';
import { offlinePage } from '../../src/sw/offline-page';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('the page the service worker answers offline for a page it did not keep (#19)', () => {
  it('says so in Indonesian and lists the stories that can be read, saved first, as links', () => {
    const doc = parse(
      offlinePage(
        [
          { path: '/post/read/a', title: 'Satu &amp; Dua | Warta', saved: true },
          { path: '/post/read/b', title: 'Tiga | Warta', saved: false },
        ],
        '/assets/index-abc.css',
      ),
    );
    expect(doc.documentElement.lang).toBe('id');
    expect(doc.querySelector('h1')?.textContent).toBe('Anda sedang tidak terhubung');
    const links = [...doc.querySelectorAll('ul a')].map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['Satu & Dua', '/post/read/a'],
      ['Tiga', '/post/read/b'],
    ]);
    expect(doc.querySelector('ul li')?.textContent).toContain('(Tersimpan)');
    expect(doc.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe('/assets/index-abc.css');
    expect([...doc.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toContain('/tersimpan');
  });

  it('keeps a title’s markup as text', () => {
    const doc = parse(offlinePage([{ path: '/post/read/x', title: '&lt;img src=x onerror=alert(1)&gt; | Warta', saved: false }], undefined));
    expect(doc.querySelector('img')).toBeNull();
    expect(doc.querySelector('ul a')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('says when nothing can be read yet', () => {
    const doc = parse(offlinePage([], undefined));
    expect(doc.querySelector('ul')).toBeNull();
    expect(doc.body.textContent).toContain('Belum ada berita yang tersimpan untuk dibaca tanpa koneksi.');
  });
});

describe('what the service worker counts as a page', () => {
  it('is a path without a file name, or an .html file, outside the API, pictures and the app’s files', () => {
    for (const page of ['/', '/post/read/abc', '/kategori/dunia/halaman/2', '/tersimpan', '/404.html']) expect(isPagePath(page), page).toBe(true);
    for (const other of ['/api/articles/abc.json', '/images/x-640.avif', '/assets/core-abc.js', '/pagefind/pagefind.js', '/favicon.svg', '/service-worker.js']) {
      expect(isPagePath(other), other).toBe(false);
    }
  });
});
