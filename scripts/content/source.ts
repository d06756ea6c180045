/**
 * The authoring format: what an editor (or `content:generate`) writes under content/<set>/.
 * `build-api.ts` turns it into the JSON API the reader fetches (src/content/schema.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import {
  blockSchemas,
  blockVariant,
  CategorySchema,
  EmbedBlockSchema,
  GalleryBlockSchema,
  HttpsUrlSchema,
  LanguageTagSchema,
  SlugSchema,
  TimestampSchema,
  VideoBlockSchema,
} from '../../src/content/contract';
import { wellFormedJson } from '../../src/lib/well-formed';

/** Text with at least one character that is not white space. */
const NonEmptyText = v.pipe(v.string(), v.regex(/\S/));

const Fraction = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

const Dimension = v.pipe(v.number(), v.integer(), v.minValue(1));

/** A picture in the content folder's images/: the build makes its sizes and formats. */
export const LocalImageSchema = v.object({
  file: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*\.(?:svg|jpe?g|png|webp)$/)),
  alt: v.string(),
  caption: v.optional(v.string()),
  credit: v.optional(v.string()),
  /** Where the subject is (0–1 from the left and from the top): crops keep it. Without it, sharp's attention strategy looks. */
  focus: v.optional(v.object({ x: Fraction, y: Fraction })),
});

/**
 * A picture kept on the publisher's own image host (an imported story's): served from there as it
 * is, never downloaded. Its size in pixels, when the CMS gives it, sizes its box before it loads;
 * without one the box is 16:9 and the picture is letterboxed in it.
 */
export const RemoteImageSchema = v.object({
  url: HttpsUrlSchema,
  width: v.optional(Dimension),
  height: v.optional(Dimension),
  alt: v.string(),
  caption: v.optional(v.string()),
  credit: v.optional(v.string()),
});

export const SourceImageSchema = v.union([LocalImageSchema, RemoteImageSchema]);

/** A media file in the content folder's media/ (a video, its captions): copied to /media/ as it is. */
const MediaFileSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*\.(?:webm|mp4|vtt)$/));

/** A media file of the content folder, or one on the publisher's own https host (an imported story's). */
const MediaSourceSchema = v.union([MediaFileSchema, HttpsUrlSchema]);

/**
 * The contract's block kinds (src/content/contract.ts), with what an editor writes differently: a
 * picture is a file in images/ (the build makes its sizes), a "Baca juga" link to a story of the
 * site names only its slug (the build takes its headline), a video names its files in media/ (or,
 * imported, their https addresses).
 */
export const SourceBlockSchema = blockVariant({
  ...blockSchemas,
  'read-also': v.object({
    type: v.literal('read-also'),
    links: v.pipe(v.array(v.union([v.object({ slug: SlugSchema }), v.object({ url: HttpsUrlSchema, headline: NonEmptyText })])), v.minLength(1)),
  }),
  image: v.object({ type: v.literal('image'), image: SourceImageSchema }),
  gallery: v.object({ ...GalleryBlockSchema.entries, images: v.pipe(v.array(SourceImageSchema), v.minLength(2)) }),
  video: v.object({
    ...VideoBlockSchema.entries,
    src: MediaSourceSchema,
    poster: v.optional(SourceImageSchema),
    captions: v.optional(v.object({ src: MediaSourceSchema, lang: LanguageTagSchema, label: NonEmptyText })),
  }),
  embed: v.object({ ...EmbedBlockSchema.entries, thumbnail: v.optional(SourceImageSchema) }),
});

export const SourceArticleSchema = v.object({
  slug: SlugSchema,
  headline: NonEmptyText,
  summary: v.optional(v.string()),
  category: SlugSchema,
  publishedAt: TimestampSchema,
  updatedAt: v.optional(TimestampSchema),
  editor: v.optional(v.object({ initials: NonEmptyText, name: v.optional(v.string()) })),
  byline: v.optional(v.pipe(v.array(NonEmptyText), v.minLength(1))),
  dateline: v.optional(NonEmptyText),
  /** Tags by name ("Korea Utara"); the build makes their slugs ("korea-utara"). */
  tags: v.optional(v.array(v.pipe(NonEmptyText, v.maxLength(80)))),
  image: v.optional(SourceImageSchema),
  body: v.pipe(v.array(SourceBlockSchema), v.minLength(1)),
  related: v.optional(v.array(SlugSchema)),
});

export type SourceImage = v.InferOutput<typeof SourceImageSchema>;
export type LocalImage = v.InferOutput<typeof LocalImageSchema>;
export type RemoteImage = v.InferOutput<typeof RemoteImageSchema>;
export type SourceArticle = v.InferOutput<typeof SourceArticleSchema>;
export type SourceBlock = v.InferOutput<typeof SourceBlockSchema>;
export type SourceCategory = v.InferOutput<typeof CategorySchema>;

export interface SourceContent {
  dir: string;
  categories: SourceCategory[];
  articles: SourceArticle[];
}

/**
 * Parses a content file against its schema. Its text is made well-formed first (a lone surrogate,
 * half an emoji, becomes U+FFFD), and each repair is reported with the file and field, so the editor
 * can mend the source; throws with the file and field on the first fault the schema finds.
 */
function parseOrThrow<S extends v.GenericSchema>(schema: S, input: unknown, where: string): v.InferOutput<S> {
  const repaired = wellFormedJson(input, (field) => {
    console.warn(`${where}: ${field} held half an emoji (a lone UTF-16 surrogate); it is shown as "\uFFFD"`);
  });
  const result = v.safeParse(schema, repaired);
  if (!result.success) {
    const problems = result.issues
      .slice(0, 5)
      .map((issue) => `  ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`)
      .join('\n');
    throw new Error(`${where} does not match the content format:\n${problems}`);
  }
  return result.output;
}

/** Reads and validates a content folder; throws with the file and field on the first bad file. */
export async function loadContent(dir: string): Promise<SourceContent> {
  const categories = parseOrThrow(
    v.array(CategorySchema),
    JSON.parse(await readFile(path.join(dir, 'categories.json'), 'utf8')),
    path.join(dir, 'categories.json'),
  );
  const articleDir = path.join(dir, 'articles');
  const files = (await readdir(articleDir)).filter((name) => name.endsWith('.json')).sort();
  const articles: SourceArticle[] = [];
  for (const name of files) {
    const file = path.join(articleDir, name);
    const article = parseOrThrow(SourceArticleSchema, JSON.parse(await readFile(file, 'utf8')), file);
    if (`${article.slug}.json` !== name) throw new Error(`${file}: the file name must be the slug ("${article.slug}.json")`);
    articles.push(article);
  }
  checkReferences({ dir, categories, articles });
  return { dir, categories, articles };
}

/** Every category, related article and "Baca juga" target must exist. */
export function checkReferences({ categories, articles }: SourceContent): void {
  const categorySlugs = new Set(categories.map((c) => c.slug));
  const articleSlugs = new Set(articles.map((a) => a.slug));
  for (const article of articles) {
    const where = `article "${article.slug}"`;
    if (!categorySlugs.has(article.category)) throw new Error(`${where}: unknown category "${article.category}"`);
    for (const slug of article.related ?? []) {
      if (!articleSlugs.has(slug)) throw new Error(`${where}: related article "${slug}" does not exist`);
    }
    for (const block of article.body) {
      if (block.type !== 'read-also') continue;
      for (const link of block.links) {
        if ('slug' in link && !articleSlugs.has(link.slug)) throw new Error(`${where}: "Baca juga" points at "${link.slug}", which does not exist`);
      }
    }
  }
}
