import { toJsonSchema } from '@valibot/to-json-schema';
import {
  ArchiveIndexContractSchema,
  ArchiveMonthContractSchema,
  ArticleContractSchema as ArticleSchema,
  CategoryListContractSchema,
  TagListContractSchema,
  TeaserListContractSchema as TeaserListSchema,
} from '../../src/content/contract';

const BASE = 'https://warta.example/schema';

/** file name -> JSON Schema (draft 2020-12) of each payload the API serves. */
export function jsonSchemas(): Record<string, object> {
  return {
    'article.schema.json': {
      $id: `${BASE}/article.schema.json`,
      title: 'Warta article (api/articles/<slug>.json)',
      ...toJsonSchema(ArticleSchema, { target: 'draft-2020-12' }),
    },
    'teaser-list.schema.json': {
      $id: `${BASE}/teaser-list.schema.json`,
      title: 'Warta list of article teasers (api/latest/<page>.json, api/categories/<slug>/<page>.json, api/related/<slug>.json)',
      ...toJsonSchema(TeaserListSchema, { target: 'draft-2020-12' }),
    },
    'category-list.schema.json': {
      $id: `${BASE}/category-list.schema.json`,
      title: 'Warta categories (api/categories.json)',
      ...toJsonSchema(CategoryListContractSchema, { target: 'draft-2020-12' }),
    },
    'tag-list.schema.json': {
      $id: `${BASE}/tag-list.schema.json`,
      title: 'Warta tags with a page (api/tags.json; each tag\'s stories are api/tags/<slug>/<page>.json, a teaser list)',
      ...toJsonSchema(TagListContractSchema, { target: 'draft-2020-12' }),
    },
    'archive-index.schema.json': {
      $id: `${BASE}/archive-index.schema.json`,
      title: 'Warta archive: its months, newest first (api/archive.json)',
      ...toJsonSchema(ArchiveIndexContractSchema, { target: 'draft-2020-12' }),
    },
    'archive-month.schema.json': {
      $id: `${BASE}/archive-month.schema.json`,
      title: 'Warta archive: the stories of one month in WIB, newest first (api/archive/<YYYY-MM>.json)',
      ...toJsonSchema(ArchiveMonthContractSchema, { target: 'draft-2020-12' }),
    },
  };
}
