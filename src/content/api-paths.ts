/** Where each payload lives under the API base URL: shared by the fetchers and the content build. */
export const apiPaths = {
  article: (slug: string) => `articles/${slug}.json`,
  related: (slug: string) => `related/${slug}.json`,
  latest: (page: number) => `latest/${page}.json`,
  categories: () => 'categories.json',
  category: (slug: string, page: number) => `categories/${slug}/${page}.json`,
  tags: () => 'tags.json',
  tag: (slug: string, page: number) => `tags/${slug}/${page}.json`,
  archiveIndex: () => 'archive.json',
  archiveMonth: (month: string) => `archive/${month}.json`,
} as const;
