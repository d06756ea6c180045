/**
 * Every route path and every in-app href comes from here.
 * Slugs are checked against one strict pattern before anything is fetched.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 200;

export function isValidSlug(slug: string): boolean {
  return slug.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(slug);
}

/** "2" → 2 for a list page; anything but a whole number from 2 up (page 1 has no number) → null. */
export function parsePageNumber(text: string | undefined): number | null {
  if (text === undefined || !/^[1-9][0-9]{0,5}$/.test(text)) return null;
  const page = Number(text);
  return page >= 2 ? page : null;
}

const pageSuffix = (page: number) => (page > 1 ? `/halaman/${page}` : '');

export const paths = {
  home: {
    pattern: '/',
    pagePattern: '/halaman/:page',
    href: (page = 1) => (page > 1 ? pageSuffix(page) : '/'),
  },
  article: {
    pattern: '/post/read/:slug',
    href: (slug: string) => `/post/read/${slug}`,
  },
  category: {
    pattern: '/kategori/:slug',
    pagePattern: '/kategori/:slug/halaman/:page',
    href: (slug: string, page = 1) => `/kategori/${slug}${pageSuffix(page)}`,
  },
  tag: {
    pattern: '/tag/:slug',
    pagePattern: '/tag/:slug/halaman/:page',
    href: (slug: string, page = 1) => `/tag/${slug}${pageSuffix(page)}`,
  },
  saved: {
    pattern: '/tersimpan',
    href: () => '/tersimpan',
  },
  search: {
    pattern: '/cari',
    href: (query?: string) => (query ? `/cari?${new URLSearchParams({ q: query }).toString()}` : '/cari'),
  },
} as const;
