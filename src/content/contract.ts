/**
 * The content contract: what the JSON API must send. Strict: the content build checks its output
 * against it and `npm run schema` writes it out as JSON Schema (docs/schema/) for content teams.
 * The reader itself parses more forgivingly (schema.ts), keeping what it can of a payload that
 * breaks the contract.
 */
import * as v from 'valibot';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../config/paths';

export const SlugSchema = v.pipe(v.string(), v.maxLength(SLUG_MAX_LENGTH), v.regex(SLUG_PATTERN));

/** ISO 8601 with a time zone, e.g. 2024-10-17T14:05:00+07:00. */
export const TimestampSchema = v.pipe(v.string(), v.isoTimestamp());

/** Site-relative paths ("/images/x.jpg", never "//host") or https URLs. */
export const ImageUrlSchema = v.pipe(v.string(), v.regex(/^(?:\/(?![/\\])|https:\/\/)/));

/** Text with at least one character that is not white space. */
export const NonEmptyText = v.pipe(v.string(), v.regex(/\S/));

export const ImageVariantSchema = v.object({
  src: ImageUrlSchema,
  width: v.pipe(v.number(), v.integer(), v.minValue(1)),
  type: v.picklist(['image/avif', 'image/webp', 'image/jpeg', 'image/png']),
});

export const ImageSchema = v.object({
  src: ImageUrlSchema,
  width: v.pipe(v.number(), v.integer(), v.minValue(1)),
  height: v.pipe(v.number(), v.integer(), v.minValue(1)),
  alt: v.string(),
  caption: v.optional(v.string()),
  credit: v.optional(v.string()),
  variants: v.optional(v.array(ImageVariantSchema)),
});

export const CategorySchema = v.object({
  slug: SlugSchema,
  name: NonEmptyText,
});

/**
 * A BCP 47 language tag ("ar", "en", "zh-Hant", "jv-Latn-ID"): the language a run of text is in,
 * when it is not the page's Indonesian. Simplified from RFC 5646: a 2–3 letter language and subtags.
 */
export const LanguageTagSchema = v.pipe(v.string(), v.maxLength(35), v.regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/));

export const TextInlineSchema = v.object({
  type: v.literal('text'),
  text: v.string(),
  bold: v.optional(v.boolean()),
  italic: v.optional(v.boolean()),
  /** The run's language, e.g. "ar" for a quoted prayer: rendered isolated, so mixed directions read in order. */
  lang: v.optional(LanguageTagSchema),
});

export const LinkInlineSchema = v.object({
  type: v.literal('link'),
  text: v.string(),
  href: v.string(),
});

export const InlineSchema = v.variant('type', [TextInlineSchema, LinkInlineSchema]);

export const ParagraphBlockSchema = v.object({
  type: v.literal('paragraph'),
  content: v.pipe(v.array(InlineSchema), v.minLength(1)),
});

/** "Baca juga": a link to another article inside the body. */
export const ReadAlsoBlockSchema = v.object({
  type: v.literal('read-also'),
  slug: SlugSchema,
  headline: NonEmptyText,
});

export const ImageBlockSchema = v.object({
  type: v.literal('image'),
  image: ImageSchema,
});

export const QuoteBlockSchema = v.object({
  type: v.literal('quote'),
  text: NonEmptyText,
  attribution: v.optional(v.string()),
});

export const HeadingBlockSchema = v.object({
  type: v.literal('heading'),
  text: NonEmptyText,
});

export const BlockSchema = v.variant('type', [
  ParagraphBlockSchema,
  ReadAlsoBlockSchema,
  ImageBlockSchema,
  QuoteBlockSchema,
  HeadingBlockSchema,
]);

export const ArticleContractSchema = v.object({
  slug: SlugSchema,
  headline: NonEmptyText,
  summary: v.optional(v.string()),
  category: CategorySchema,
  publishedAt: TimestampSchema,
  updatedAt: v.optional(TimestampSchema),
  editor: v.optional(v.object({ initials: NonEmptyText, name: v.optional(v.string()) })),
  image: v.optional(ImageSchema),
  /** The picture link previews show: 1200×630 is what WhatsApp, Facebook and X crop to best. */
  shareImage: v.optional(
    v.object({
      src: ImageUrlSchema,
      width: v.pipe(v.number(), v.integer(), v.minValue(1)),
      height: v.pipe(v.number(), v.integer(), v.minValue(1)),
    }),
  ),
  body: v.pipe(v.array(BlockSchema), v.minLength(1)),
});

export const TeaserContractSchema = v.object({
  slug: SlugSchema,
  headline: NonEmptyText,
  category: CategorySchema,
  publishedAt: TimestampSchema,
  image: v.optional(ImageSchema),
});

/** A page of stories: the latest, a category's, or an article's related list (always one page). */
export const TeaserListContractSchema = v.object({
  items: v.array(TeaserContractSchema),
  page: v.pipe(v.number(), v.integer(), v.minValue(1)),
  pageCount: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** On a category's pages: the category they list. */
  category: v.optional(CategorySchema),
});

/** Every category, in the order the navigation shows them. */
export const CategoryListContractSchema = v.object({
  items: v.array(CategorySchema),
});

/** A month of publication, in Western Indonesian Time: "2025-08". */
export const MonthSchema = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/));

/** A story in the archive: what a sitemap or a feed needs of it, without fetching it. */
export const ArchiveEntryContractSchema = v.object({
  slug: SlugSchema,
  headline: NonEmptyText,
  /** Its category's slug. */
  category: SlugSchema,
  publishedAt: TimestampSchema,
  updatedAt: TimestampSchema,
});

/**
 * The archive's months (archive.json): every month with stories, newest first, how many and when the
 * newest change in it was. A live sitemap index is made of it without walking the list pages.
 */
export const ArchiveIndexContractSchema = v.object({
  months: v.array(v.object({ month: MonthSchema, count: v.pipe(v.number(), v.integer(), v.minValue(1)), updatedAt: TimestampSchema })),
});

/** One month of the archive (archive/<YYYY-MM>.json): its stories, newest first. */
export const ArchiveMonthContractSchema = v.object({
  month: MonthSchema,
  items: v.array(ArchiveEntryContractSchema),
});

export type ImageVariant = v.InferOutput<typeof ImageVariantSchema>;
export type ArticleContract = v.InferOutput<typeof ArticleContractSchema>;
export type BlockContract = v.InferOutput<typeof BlockSchema>;
export type ImageContract = v.InferOutput<typeof ImageSchema>;
export type TeaserContract = v.InferOutput<typeof TeaserContractSchema>;
export type TeaserListContract = v.InferOutput<typeof TeaserListContractSchema>;
export type CategoryContract = v.InferOutput<typeof CategorySchema>;
export type CategoryListContract = v.InferOutput<typeof CategoryListContractSchema>;
export type ArchiveEntryContract = v.InferOutput<typeof ArchiveEntryContractSchema>;
export type ArchiveIndexContract = v.InferOutput<typeof ArchiveIndexContractSchema>;
export type ArchiveMonthContract = v.InferOutput<typeof ArchiveMonthContractSchema>;
