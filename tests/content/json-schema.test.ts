import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../scripts/content/json-schemas';
import { SEED_SLUG, sampleApi, sampleJson } from '../msw/sample-api';

const schemaDir = path.resolve(import.meta.dirname, '../../docs/schema');
const committed = (file: string): unknown => JSON.parse(readFileSync(path.join(schemaDir, file), 'utf8'));

function validators() {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  return {
    article: ajv.compile(committed('article.schema.json') as object),
    teaserList: ajv.compile(committed('teaser-list.schema.json') as object),
    categoryList: ajv.compile(committed('category-list.schema.json') as object),
    archiveIndex: ajv.compile(committed('archive-index.schema.json') as object),
    archiveMonth: ajv.compile(committed('archive-month.schema.json') as object),
    tagList: ajv.compile(committed('tag-list.schema.json') as object),
  };
}

describe('the JSON Schema for content teams', () => {
  it('is what `npm run schema` writes from the app’s own schema (run it after changing src/content/schema.ts)', () => {
    for (const [file, schema] of Object.entries(jsonSchemas())) expect(committed(file), file).toEqual(schema);
  });

  it('accepts every file of the sample API', () => {
    const { article, teaserList, categoryList, archiveIndex, archiveMonth, tagList } = validators();
    for (const [file, json] of sampleApi) {
      const validate = file.startsWith('articles/')
        ? article
        : file === 'categories.json'
          ? categoryList
          : file === 'archive.json'
            ? archiveIndex
            : file.startsWith('archive/')
              ? archiveMonth
              : file === 'tags.json'
                ? tagList
                : teaserList;
      expect(validate(json), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('rejects an article without a headline or with a block it does not know', () => {
    const { article } = validators();
    const withoutHeadline = sampleJson(`articles/${SEED_SLUG}.json`) as Record<string, unknown>;
    delete withoutHeadline.headline;
    expect(article(withoutHeadline)).toBe(false);
    const withHtml = sampleJson(`articles/${SEED_SLUG}.json`) as { body: unknown[] };
    withHtml.body.push({ type: 'html', html: '<script>alert(1)</script>' });
    expect(article(withHtml)).toBe(false);
  });
});
