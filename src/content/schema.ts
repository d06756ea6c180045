/**
 * What the reader accepts: the contract (contract.ts), parsed forgivingly. A payload without a
 * headline or without a single usable block is refused (the error view says so); anything less is
 * kept where it can be: a broken block, inline run, related item or image variant is dropped
 * alone, a date that cannot be read or a category that does not parse is left out, an image with
 * no safe source becomes a placeholder, and impossible image sizes become 16:9. Keys the contract
 * does not name (`__proto__`, `constructor`, …) never reach the output.
 */
import * as v from 'valibot';
import { wellFormedJson } from '../lib/well-formed';
import type { ImageVariant } from './contract';
import {
  blockVariant,
  CaptionsSchema,
  CategorySchema,
  DividerBlockSchema,
  embedFields,
  galleryFields,
  HEADING_LEVELS,
  headingFields,
  ImageUrlSchema,
  ImageVariantSchema,
  LanguageTagSchema,
  LinkInlineSchema,
  listFields,
  MonthSchema,
  NonEmptyText,
  PullQuoteBlockSchema,
  QuoteBlockSchema,
  ReadAlsoLinkSchema,
  SlugSchema,
  tableFields,
  TagSchema,
  TimestampSchema,
  videoFields,
  type BlockKind,
} from './contract';

/**
 * A whole payload: its text made well-formed first (a lone surrogate becomes U+FFFD), so that no
 * field, present or future, carries half an emoji into a page, a URL or a feed.
 */
function payload<S extends v.GenericSchema>(schema: S) {
  return v.pipe(v.unknown(), v.transform((value) => wellFormedJson(value)), schema);
}

/** Warns in development only: production readers never see it, developers always do. */
function warnDropped(what: string, issues: readonly v.BaseIssue<unknown>[], value: unknown): void {
  if (import.meta.env.DEV) {
    const [first] = issues;
    console.warn(`Warta: a ${what} that breaks the content contract was left out (${first?.message ?? 'invalid'})`, value);
  }
}

/** An array that keeps the items that parse and drops the rest. */
function keepValid<S extends v.GenericSchema>(item: S, what: string) {
  return v.pipe(
    v.array(v.unknown()),
    v.transform((items): v.InferOutput<S>[] =>
      items.flatMap((candidate) => {
        const result = v.safeParse(item, candidate);
        if (result.success) return [result.output];
        warnDropped(what, result.issues, candidate);
        return [];
      }),
    ),
  );
}

/** Left out (undefined) when it does not parse, instead of failing what holds it. */
const orNothing = <S extends v.GenericSchema>(schema: S) => v.fallback(v.optional(schema), undefined);

/** A timestamp that is both well-formed and a real date ("2024-02-30" is not). */
const ReadableTimestamp = v.pipe(
  TimestampSchema,
  v.check((text) => !Number.isNaN(Date.parse(text))),
);

export const DEFAULT_IMAGE_SIZE = { width: 1600, height: 900 } as const;
const MAX_IMAGE_SIDE = 20_000;
const MAX_ASPECT = 5;

/** Width and height the page can reserve a box with; anything impossible becomes 16:9. */
export function saneImageSize(width: unknown, height: unknown): { width: number; height: number } {
  const usable = (side: unknown): side is number =>
    typeof side === 'number' && Number.isInteger(side) && side > 0 && side <= MAX_IMAGE_SIDE;
  if (!usable(width) || !usable(height)) return { ...DEFAULT_IMAGE_SIZE };
  const ratio = width / height;
  if (ratio > MAX_ASPECT || ratio < 1 / MAX_ASPECT) return { ...DEFAULT_IMAGE_SIZE };
  return { width, height };
}

export const ImageSchema = v.pipe(
  v.object({
    /** Missing when the source is absent or unsafe: the page shows a placeholder in its box. */
    src: orNothing(ImageUrlSchema),
    // Missing, null, 0, a string: any size the page cannot use is the same fault, and gets a 16:9 box.
    width: v.optional(v.unknown()),
    height: v.optional(v.unknown()),
    alt: v.fallback(v.string(), ''),
    caption: orNothing(v.string()),
    credit: orNothing(v.string()),
    variants: v.fallback(keepValid(ImageVariantSchema, 'image variant'), []),
  }),
  v.transform(({ width, height, ...image }) => ({ ...image, ...saneImageSize(width, height) })),
);

/** A text run; a language tag it cannot use is left out, and the text is kept. */
const TextInlineSchema = v.object({
  type: v.literal('text'),
  text: v.string(),
  bold: v.optional(v.boolean()),
  italic: v.optional(v.boolean()),
  lang: orNothing(LanguageTagSchema),
});

const InlineSchema = v.variant('type', [TextInlineSchema, LinkInlineSchema]);

/** Inline content: the runs that parse; none left, and what holds it is dropped. */
const InlineContentSchema = v.pipe(keepValid(InlineSchema, 'text run'), v.minLength(1));

/**
 * The contract's block kinds (contract.ts), every one of them (the type says so), each from the
 * contract's own fields with only what the reader reads more forgivingly overridden: a broken run,
 * list item, cell, link or photo is dropped alone, an image keeps its box (see ImageSchema), and an
 * optional part that does not parse is left out.
 */
const readerBlockSchemas = {
  paragraph: v.object({ type: v.literal('paragraph'), content: InlineContentSchema }),
  heading: v.object({ ...headingFields, level: orNothing(v.picklist(HEADING_LEVELS)) }),
  'read-also': v.object({ type: v.literal('read-also'), links: v.pipe(keepValid(ReadAlsoLinkSchema, '"Baca juga" link'), v.minLength(1)) }),
  image: v.object({ type: v.literal('image'), image: ImageSchema }),
  quote: QuoteBlockSchema,
  'pull-quote': PullQuoteBlockSchema,
  divider: DividerBlockSchema,
  list: v.object({ ...listFields, items: v.pipe(keepValid(InlineContentSchema, 'list item'), v.minLength(1)) }),
  table: v.object({
    ...tableFields,
    header: v.pipe(v.array(v.fallback(keepValid(InlineSchema, 'text run'), [])), v.minLength(1)),
    rows: v.pipe(keepValid(v.array(v.fallback(keepValid(InlineSchema, 'text run'), [])), 'table row'), v.minLength(1)),
  }),
  gallery: v.object({ ...galleryFields, title: orNothing(v.string()), images: v.pipe(keepValid(ImageSchema, 'gallery photo'), v.minLength(1)) }),
  video: v.object({ ...videoFields, poster: orNothing(ImageSchema), captions: orNothing(CaptionsSchema) }),
  embed: v.object({
    ...embedFields,
    title: orNothing(v.string()),
    text: orNothing(v.string()),
    author: orNothing(v.string()),
    // A picture on this site only: nothing is ever requested from the provider.
    thumbnail: orNothing(v.pipe(ImageSchema, v.check((image) => image.src !== undefined && /^\/(?![/\\])/.test(image.src)))),
  }),
} satisfies Record<BlockKind, v.GenericSchema>;

/** "Baca juga" as it was before it could hold several links, `{ slug, headline }`: read as one link. */
function upgradeLegacyBlock(block: unknown): unknown {
  if (typeof block !== 'object' || block === null) return block;
  const { type, slug, headline, links } = block as Record<string, unknown>;
  return type === 'read-also' && links === undefined ? { type, links: [{ slug, headline }] } : block;
}

export const BlockSchema = blockVariant(readerBlockSchemas);

const BodySchema = v.pipe(
  v.array(v.unknown()),
  v.transform((blocks) => blocks.map(upgradeLegacyBlock)),
  keepValid(BlockSchema, 'block'),
  v.minLength(1, 'the article has no block the reader can show'),
);

export const ArticleSchema = payload(v.object({
  slug: SlugSchema,
  headline: NonEmptyText,
  summary: orNothing(v.string()),
  category: orNothing(CategorySchema),
  publishedAt: orNothing(ReadableTimestamp),
  updatedAt: orNothing(ReadableTimestamp),
  editor: orNothing(v.object({ initials: NonEmptyText, name: v.optional(v.string()) })),
  byline: orNothing(v.pipe(keepValid(NonEmptyText, 'byline name'), v.minLength(1))),
  dateline: orNothing(NonEmptyText),
  tags: v.fallback(keepValid(TagSchema, 'tag'), []),
  image: orNothing(ImageSchema),
  shareImage: orNothing(
    v.object({
      src: ImageUrlSchema,
      width: v.pipe(v.number(), v.integer(), v.minValue(1)),
      height: v.pipe(v.number(), v.integer(), v.minValue(1)),
    }),
  ),
  body: BodySchema,
  /** Without it (or with a count that is no count) the page shows no reading time. */
  wordCount: orNothing(v.pipe(v.number(), v.integer(), v.minValue(0))),
}));

export const TeaserSchema = v.object({
  slug: SlugSchema,
  headline: NonEmptyText,
  category: orNothing(CategorySchema),
  publishedAt: orNothing(ReadableTimestamp),
  image: orNothing(ImageSchema),
});

export const TeaserListSchema = payload(v.object({
  items: v.fallback(keepValid(TeaserSchema, 'story in a list'), []),
  page: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(1)), 1),
  pageCount: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(1)), 1),
  category: orNothing(CategorySchema),
  tag: orNothing(TagSchema),
}));

export const CategoryListSchema = payload(v.object({
  items: v.fallback(keepValid(CategorySchema, 'category'), []),
}));

/** Every tag with a page; a tag that does not parse is left out. */
export const TagListSchema = payload(v.object({
  items: v.fallback(keepValid(v.object({ ...TagSchema.entries, count: v.number() }), 'tag'), []),
}));

/** The archive's months; a month that does not parse is left out. */
export const ArchiveIndexSchema = payload(
  v.object({
    months: v.fallback(keepValid(v.object({ month: MonthSchema, count: v.number(), updatedAt: ReadableTimestamp }), 'archive month'), []),
  }),
);

/** A month of the archive; a story that does not parse is left out. */
export const ArchiveMonthSchema = payload(
  v.object({
    month: MonthSchema,
    items: v.fallback(keepValid(v.object({ slug: SlugSchema, headline: NonEmptyText, category: SlugSchema, publishedAt: ReadableTimestamp, updatedAt: ReadableTimestamp }), 'archive story'), []),
  }),
);

export type Image = v.InferOutput<typeof ImageSchema>;
export type { ImageVariant };
export type Category = v.InferOutput<typeof CategorySchema>;
export type Inline = v.InferOutput<typeof InlineSchema>;
export type Block = v.InferOutput<typeof BlockSchema>;
export type Tag = v.InferOutput<typeof TagSchema>;
export type { BlockKind } from './contract';
export type Article = v.InferOutput<typeof ArticleSchema>;
export type Teaser = v.InferOutput<typeof TeaserSchema>;
export type TeaserList = v.InferOutput<typeof TeaserListSchema>;
export type CategoryList = v.InferOutput<typeof CategoryListSchema>;
export type ArchiveIndex = v.InferOutput<typeof ArchiveIndexSchema>;
export type ArchiveMonth = v.InferOutput<typeof ArchiveMonthSchema>;

/**
 * Parses `data` with `schema`: its output, or the first issue as "path: message" ("(root)" for the
 * whole payload). Here so that valibot loads with the schemas (api-client.ts loads both with a
 * page's first fetch: no page needs them to hydrate).
 */
export function parseWith<const S extends v.GenericSchema>(schema: S, data: unknown): { output: v.InferOutput<S> } | { issue: string } {
  const result = v.safeParse(schema, data);
  if (result.success) return { output: result.output };
  const [first] = result.issues;
  return { issue: `${v.getDotPath(first) ?? '(root)'}: ${first.message}` };
}
