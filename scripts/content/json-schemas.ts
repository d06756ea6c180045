import { toJsonSchema } from '@valibot/to-json-schema';
import type { GenericSchema } from 'valibot';
import {
  ArchiveIndexContractSchema,
  ArchiveMonthContractSchema,
  ArticleContractSchema,
  CategoryListContractSchema,
  TagListContractSchema,
  TeaserListContractSchema,
} from '../../src/content/contract';

const BASE = 'https://warta.example/schema';

/** Each payload the API serves: its schema file, what it is (the title), and the contract's schema of it. */
const PAYLOADS: readonly (readonly [file: string, title: string, schema: GenericSchema])[] = [
  ['article.schema.json', 'Warta article (api/articles/<slug>.json)', ArticleContractSchema],
  [
    'teaser-list.schema.json',
    'Warta list of article teasers (api/latest/<page>.json, api/categories/<slug>/<page>.json, api/related/<slug>.json)',
    TeaserListContractSchema,
  ],
  ['category-list.schema.json', 'Warta categories (api/categories.json)', CategoryListContractSchema],
  ['tag-list.schema.json', "Warta tags with a page (api/tags.json; each tag's stories are api/tags/<slug>/<page>.json, a teaser list)", TagListContractSchema],
  ['archive-index.schema.json', 'Warta archive: its months, newest first (api/archive.json)', ArchiveIndexContractSchema],
  ['archive-month.schema.json', 'Warta archive: the stories of one month in WIB, newest first (api/archive/<YYYY-MM>.json)', ArchiveMonthContractSchema],
];

/** file name -> JSON Schema (draft 2020-12) of each payload the API serves. */
export function jsonSchemas(): Record<string, object> {
  return Object.fromEntries(PAYLOADS.map(([file, title, schema]) => [file, { $id: `${BASE}/${file}`, title, ...toJsonSchema(schema, { target: 'draft-2020-12' }) }]));
}
