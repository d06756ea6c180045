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
  /** The file's size in bytes, if known: "Hemat data" tells the reader what a picture costs before they load it. */
  bytes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

export const ImageContractSchema = v.object({
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

/** A tag: a person, place or subject a story is about, with a page of its stories. */
export const TagSchema = v.object({ slug: SlugSchema, name: NonEmptyText });

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

/** Inline content: one or more text runs and links (a paragraph, a list item, a table cell). */
export const InlineContentSchema = v.pipe(v.array(InlineSchema), v.minLength(1));

/** An https address of another site (an embedded post, a "Baca juga" link elsewhere). */
export const HttpsUrlSchema = v.pipe(v.string(), v.maxLength(2048), v.url(), v.startsWith('https://'));

/** A media file (video, captions): on the site ("/media/x.mp4") or https. */
export const MediaUrlSchema = ImageUrlSchema;

const Dimension = v.pipe(v.number(), v.integer(), v.minValue(1));

/*
 * Each kind's fields that the reader reads as strictly as the contract (…Fields), apart from those it
 * reads more forgivingly: the reader's schema (schema.ts) spreads these and overrides only the rest,
 * and never needs the strict schema itself (so a browser is not sent it).
 */
export const ParagraphBlockSchema = v.object({
  type: v.literal('paragraph'),
  content: InlineContentSchema,
});

/** A link of a "Baca juga" box: a story of the site (slug) or of another site (https URL, opened safely). */
export const ReadAlsoLinkSchema = v.union([
  v.object({ slug: SlugSchema, headline: NonEmptyText }),
  v.object({ url: HttpsUrlSchema, headline: NonEmptyText }),
]);

/** "Baca juga": a box of one or more links inside the body. */
export const ReadAlsoBlockSchema = v.object({
  type: v.literal('read-also'),
  links: v.pipe(v.array(ReadAlsoLinkSchema), v.minLength(1)),
});

export const ImageBlockSchema = v.object({
  type: v.literal('image'),
  image: ImageContractSchema,
});

export const QuoteBlockSchema = v.object({
  type: v.literal('quote'),
  text: NonEmptyText,
  attribution: v.optional(v.string()),
});

/** A sentence of the story set large beside or between paragraphs: shown again, not new text. */
export const PullQuoteBlockSchema = v.object({
  type: v.literal('pull-quote'),
  text: NonEmptyText,
  attribution: v.optional(v.string()),
});

/** A sub-heading; `level` 2 (the default) to 4, under the headline's 1. */
export const HEADING_LEVELS = [2, 3, 4] as const;
export const headingFields = { type: v.literal('heading'), text: NonEmptyText };
export const HeadingBlockSchema = v.object({ ...headingFields, level: v.optional(v.picklist(HEADING_LEVELS)) });

/** A break between parts of a story. */
export const DividerBlockSchema = v.object({
  type: v.literal('divider'),
});

/** A numbered (listicle) or bulleted list; each item is inline content. */
export const listFields = { type: v.literal('list'), ordered: v.boolean() };
export const ListBlockSchema = v.object({ ...listFields, items: v.pipe(v.array(InlineContentSchema), v.minLength(1)) });

/** A table: a caption (what it shows), a header row and rows of cells, each cell inline content (empty for a blank cell). */
export const tableFields = { type: v.literal('table'), caption: NonEmptyText };
export const TableBlockSchema = v.object({
  ...tableFields,
  header: v.pipe(v.array(v.array(InlineSchema)), v.minLength(1)),
  rows: v.pipe(v.array(v.array(v.array(InlineSchema))), v.minLength(1)),
});

/** Several photos, each with its caption and credit, shown one after another in a row that scrolls. */
export const galleryFields = { type: v.literal('gallery') };
export const GalleryBlockSchema = v.object({ ...galleryFields, title: v.optional(v.string()), images: v.pipe(v.array(ImageContractSchema), v.minLength(2)) });

/** The publisher's own video file, played in the page. */
export const CaptionsSchema = v.object({ src: MediaUrlSchema, lang: LanguageTagSchema, label: NonEmptyText });
export const videoFields = {
  type: v.literal('video'),
  src: MediaUrlSchema,
  /** "video/mp4", "video/webm". */
  mimeType: v.pipe(v.string(), v.regex(/^video\/[a-z0-9.+-]+$/)),
  width: Dimension,
  height: Dimension,
  /** Seconds; 0 when it is not known (an imported video: no length is shown). */
  duration: v.pipe(v.number(), v.minValue(0)),
  title: NonEmptyText,
};
export const VideoBlockSchema = v.object({
  ...videoFields,
  poster: v.optional(ImageContractSchema),
  /** A WebVTT captions track. */
  captions: v.optional(CaptionsSchema),
});

/** The services whose posts a story may embed: as a card, with nothing requested from them until the reader acts. */
export const EMBED_PROVIDERS = ['youtube', 'x', 'instagram', 'tiktok', 'facebook'] as const;

/** A post or video of another service: what a card needs, and the post's address. */
export const embedFields = { type: v.literal('embed'), provider: v.picklist(EMBED_PROVIDERS), url: HttpsUrlSchema };
export const EmbedBlockSchema = v.object({
  ...embedFields,
  /** A video's title, or the opening of a post's text. */
  title: v.optional(v.string()),
  text: v.optional(v.string()),
  author: v.optional(v.string()),
  /** A picture of the post kept on this site (never the provider's address: nothing is requested from it). */
  thumbnail: v.optional(v.object({ ...ImageContractSchema.entries, src: v.pipe(v.string(), v.regex(/^\/(?![/\\])/)) })),
});

/**
 * The body's block kinds, defined once: the reader's forgiving schema (schema.ts) and the authoring
 * format (scripts/content/source.ts) take this list and override only the kinds they read differently.
 */
export const blockSchemas = {
  paragraph: ParagraphBlockSchema,
  heading: HeadingBlockSchema,
  'read-also': ReadAlsoBlockSchema,
  image: ImageBlockSchema,
  quote: QuoteBlockSchema,
  'pull-quote': PullQuoteBlockSchema,
  divider: DividerBlockSchema,
  list: ListBlockSchema,
  table: TableBlockSchema,
  gallery: GalleryBlockSchema,
  video: VideoBlockSchema,
  embed: EmbedBlockSchema,
} as const;

export type BlockKind = keyof typeof blockSchemas;

/** A variant over a block list (this one, or one with overrides). Pure: a bundle that does not use a list drops it. */
export const blockVariant = /* @__NO_SIDE_EFFECTS__ */ <T extends Record<BlockKind, v.ObjectSchema<v.ObjectEntries & { type: v.LiteralSchema<string, undefined> }, undefined>>>(schemas: T) =>
  v.variant('type', Object.values(schemas) as T[BlockKind][]);

export const BlockContractSchema = blockVariant(blockSchemas);

export const ArticleContractSchema = v.object({
  slug: SlugSchema,
  headline: NonEmptyText,
  summary: v.optional(v.string()),
  category: CategorySchema,
  publishedAt: TimestampSchema,
  updatedAt: v.optional(TimestampSchema),
  editor: v.optional(v.object({ initials: NonEmptyText, name: v.optional(v.string()) })),
  /** Who wrote it: one or more names. */
  byline: v.optional(v.pipe(v.array(NonEmptyText), v.minLength(1))),
  /** Where it was filed from, or the newsroom ("Jakarta", "MerahPutih.com"): shown in bold before the first paragraph. */
  dateline: v.optional(NonEmptyText),
  tags: v.optional(v.array(TagSchema)),
  image: v.optional(ImageContractSchema),
  /** The picture link previews show: 1200×630 is what WhatsApp, Facebook and X crop to best. */
  shareImage: v.optional(
    v.object({
      src: ImageUrlSchema,
      width: v.pipe(v.number(), v.integer(), v.minValue(1)),
      height: v.pipe(v.number(), v.integer(), v.minValue(1)),
    }),
  ),
  body: v.pipe(v.array(BlockContractSchema), v.minLength(1)),
  /** How many words the body holds (src/content/story-text.ts, countWords): the reader shows "N menit baca" from it. */
  wordCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const TeaserContractSchema = v.object({
  slug: SlugSchema,
  headline: NonEmptyText,
  category: CategorySchema,
  publishedAt: TimestampSchema,
  image: v.optional(ImageContractSchema),
});

/** A page of stories: the latest, a category's, or an article's related list (always one page). */
export const TeaserListContractSchema = v.object({
  items: v.array(TeaserContractSchema),
  page: v.pipe(v.number(), v.integer(), v.minValue(1)),
  pageCount: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** On a category's pages: the category they list. */
  category: v.optional(CategorySchema),
  /** On a tag's pages: the tag. */
  tag: v.optional(TagSchema),
});

/** Every category, in the order the navigation shows them. */
export const CategoryListContractSchema = v.object({
  items: v.array(CategorySchema),
});

/** Every tag with a page (tags.json), by name, with how many stories it has. */
export const TagListContractSchema = v.object({
  items: v.array(v.object({ ...TagSchema.entries, count: v.pipe(v.number(), v.integer(), v.minValue(1)) })),
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
export type BlockContract = v.InferOutput<typeof BlockContractSchema>;
export type TagContract = v.InferOutput<typeof TagSchema>;
export type TagListContract = v.InferOutput<typeof TagListContractSchema>;
export type ImageContract = v.InferOutput<typeof ImageContractSchema>;
export type TeaserContract = v.InferOutput<typeof TeaserContractSchema>;
export type TeaserListContract = v.InferOutput<typeof TeaserListContractSchema>;
export type CategoryContract = v.InferOutput<typeof CategorySchema>;
export type CategoryListContract = v.InferOutput<typeof CategoryListContractSchema>;
export type ArchiveEntryContract = v.InferOutput<typeof ArchiveEntryContractSchema>;
export type ArchiveIndexContract = v.InferOutput<typeof ArchiveIndexContractSchema>;
export type ArchiveMonthContract = v.InferOutput<typeof ArchiveMonthContractSchema>;
