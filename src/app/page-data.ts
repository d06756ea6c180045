/**
 * What a page is, for its head (title, description, link previews) and its title in the browser:
 * the route table's pages give it from their data (route-table.tsx), on the server and in the app.
 */
import type { Article, Category, Tag } from '../content/schema';

export type PageData =
  | { kind: 'home'; page: number; pageCount: number }
  | { kind: 'category'; category: Category; page: number; pageCount: number }
  | { kind: 'tag'; tag: Tag; page: number; pageCount: number }
  | { kind: 'article'; article: Article }
  | { kind: 'search'; query: string }
  /** The reader's saved stories (read from this browser, never from the server). */
  | { kind: 'saved' }
  | { kind: 'not-found' }
  /** The page could not be shown (its data failed to load): its heading says what. */
  | { kind: 'error'; heading: string };
