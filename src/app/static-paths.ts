/**
 * The paths of each page kind a static build writes, found through the content API: the route
 * table's sibling for the build (scripts/prerender.ts, through entry-server), kept out of the route
 * table so that no browser is sent it. Its type asks for every page kind the route table has.
 */
import type { QueryClient } from '@tanstack/react-query';
import { paths } from '../config/paths';
import { categoryPagesQueryOptions } from '../features/category/api/get-category';
import { latestPagesQueryOptions } from '../features/latest/api/get-latest';
import { categoriesQueryOptions } from '../features/navigation/api/get-categories';
import { tagPagesQueryOptions, tagsQueryOptions } from '../features/tag/api/get-tag';
import type { pageRoutes } from './route-table';

type StaticPaths = (queryClient: QueryClient) => AsyncGenerator<string>;

const home: StaticPaths = async function* (queryClient) {
  const first = (await queryClient.infiniteQuery(latestPagesQueryOptions(1))).pages[0];
  for (let page = 1; page <= (first?.pageCount ?? 1); page += 1) yield paths.home.href(page);
};

export const staticPaths: Record<keyof typeof pageRoutes, StaticPaths> = {
  home,
  article: async function* (queryClient) {
    // Every story is in the latest list: its pages name them all, newest first.
    for await (const page of home(queryClient)) {
      const number = page === paths.home.href() ? 1 : Number(page.split('/').at(-1));
      const list = (await queryClient.infiniteQuery(latestPagesQueryOptions(number))).pages[0];
      for (const item of list?.items ?? []) yield paths.article.href(item.slug);
    }
  },
  category: async function* (queryClient) {
    for (const { slug } of (await queryClient.query(categoriesQueryOptions())).items) {
      const first = (await queryClient.infiniteQuery(categoryPagesQueryOptions(slug, 1))).pages[0];
      for (let page = 1; page <= (first?.pageCount ?? 1); page += 1) yield paths.category.href(slug, page);
    }
  },
  tag: async function* (queryClient) {
    for (const { slug } of (await queryClient.query(tagsQueryOptions())).items) {
      const first = (await queryClient.infiniteQuery(tagPagesQueryOptions(slug, 1))).pages[0];
      for (let page = 1; page <= (first?.pageCount ?? 1); page += 1) yield paths.tag.href(slug, page);
    }
  },
  search: async function* () {
    yield await Promise.resolve(paths.search.href());
  },
  saved: async function* () {
    yield await Promise.resolve(paths.saved.href());
  },
};
