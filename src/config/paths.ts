/**
 * Every route path and every in-app href comes from here.
 * Slugs are checked against one strict pattern before anything is fetched.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 200;

export function isValidSlug(slug: string): boolean {
  return slug.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(slug);
}

export const paths = {
  home: {
    pattern: '/',
    href: () => '/',
  },
  article: {
    pattern: '/post/read/:slug',
    href: (slug: string) => `/post/read/${slug}`,
  },
} as const;
