/**
 * The built-in image pipeline: every source image (content/<set>/images/) becomes AVIF, WebP and
 * JPEG files at the widths a page can use, named by a hash of the source (and of its focal point),
 * so they can be cached forever.
 *
 * - The page image keeps the picture's own shape (a portrait stays portrait), cropped only where it
 *   is more extreme than 1:5 or 5:1, and is never made wider than its source: a 120-pixel picture
 *   is not blown up into mush.
 * - A teaser's thumbnail and the 1200×630 share image are crops, to 16:9 and 1.91:1. They keep the
 *   subject: around the image's focal point when it has one ({ x, y } from 0 to 1, e.g. a face in
 *   the top quarter of a portrait at { x: 0.5, y: 0.2 }), else where sharp's attention strategy
 *   finds the most salient part. A 16:9 source is its own thumbnail.
 *
 * The URLs and sizes are pure (tests use them without rendering anything); `renderImages` writes
 * the files with sharp.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ImageContract as Image, ImageVariant } from '../../src/content/contract';
import type { LocalImage, RemoteImage, SourceImage } from './source';

/** Bump when the rendering below changes, so that new files get new names. */
const PIPELINE_VERSION = '2';

export const IMAGE_WIDTHS = [320, 640, 960, 1280] as const;
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;
const THUMBNAIL_RATIO = 16 / 9;
/** The most extreme shapes a page image keeps; the reader gives anything beyond a 16:9 box. */
const MAX_ASPECT = 5;
/** Vector sources are drawn at this density (2× the SVG's own size) before anything is cut. */
const VECTOR_DENSITY = 144;
const FORMATS = [
  { ext: 'avif', type: 'image/avif' },
  { ext: 'webp', type: 'image/webp' },
  { ext: 'jpg', type: 'image/jpeg' },
] as const;

/** A point of an image, each coordinate from 0 (left, top) to 1 (right, bottom). */
export interface FocalPoint {
  x: number;
  y: number;
}

/** What the pipeline needs of a source image: its file and, if the editor gave one, its focal point. */
export type ImageRef = Pick<LocalImage, 'file' | 'focus'>;

/** The box a picture on another host gets when the CMS gave no size: 16:9, the picture letterboxed in it. */
export const REMOTE_DEFAULT_SIZE = { width: 1280, height: 720 } as const;

/**
 * A picture on the publisher's own host, as the API serves it: its address as it is (no sizes are
 * made of it; nothing is downloaded), in a box of its declared size.
 */
function remoteImage(source: RemoteImage): Image {
  const { width, height } = source.width && source.height ? { width: source.width, height: source.height } : REMOTE_DEFAULT_SIZE;
  return {
    src: source.url,
    width,
    height,
    alt: source.alt,
    ...(source.caption === undefined ? {} : { caption: source.caption }),
    ...(source.credit === undefined ? {} : { credit: source.credit }),
  };
}

/** One source image, measured: its own size in CSS pixels (an SVG's declared size). */
export interface ImageEntry {
  file: string;
  /** "<name>-<hash>", the stem of every file made from it. */
  stem: string;
  width: number;
  height: number;
  /** An SVG: drawn at any width without losing detail. */
  vector: boolean;
  focus?: FocalPoint | undefined;
  /** The size in bytes of each file made of it, by file name, once written (withFileSizes). */
  bytes?: ReadonlyMap<string, number> | undefined;
}

/** imageKey(ref) -> the measured image. */
export type ImageIndex = ReadonlyMap<string, ImageEntry>;

/** The same file with another focal point is another image: its crops differ. */
export function imageKey({ file, focus }: ImageRef): string {
  return focus ? `${file}@${focus.x},${focus.y}` : file;
}

/** Measures every referenced source image once (with sharp); throws naming a file that is not there. */
export async function indexImages(imageDir: string, refs: Iterable<ImageRef>): Promise<ImageIndex> {
  const { default: sharp } = await import('sharp');
  const index = new Map<string, ImageEntry>();
  const measured = new Map<string, { bytes: Buffer; width: number; height: number; vector: boolean }>();
  for (const ref of refs) {
    const key = imageKey(ref);
    if (index.has(key)) continue;
    let source = measured.get(ref.file);
    if (!source) {
      const bytes = await readFile(path.join(imageDir, ref.file)).catch(() => {
        throw new Error(`image "${ref.file}" is not in the image folder ${imageDir}`);
      });
      const { width, height, format } = await sharp(bytes).metadata();
      if (!width || !height) throw new Error(`image "${ref.file}" has no size sharp can read`);
      source = { bytes, width, height, vector: format === 'svg' };
      measured.set(ref.file, source);
    }
    const hash = createHash('sha256').update(PIPELINE_VERSION).update(source.bytes).update(JSON.stringify(ref.focus ?? null)).digest('hex').slice(0, 10);
    index.set(key, { file: ref.file, stem: `${ref.file.replace(/\.[a-z]+$/, '')}-${hash}`, width: source.width, height: source.height, vector: source.vector, focus: ref.focus });
  }
  return index;
}

function entryFor(index: ImageIndex, ref: ImageRef): ImageEntry {
  const entry = index.get(imageKey(ref));
  if (!entry) throw new Error(`image "${ref.file}" is not in the image folder`);
  return entry;
}

/** The page image's shape: the source's own, held between 1:5 and 5:1. */
function pageRatio(entry: ImageEntry): number {
  return Math.min(MAX_ASPECT, Math.max(1 / MAX_ASPECT, entry.width / entry.height));
}

/** The widths made of a picture `sourceWidth` pixels wide: never wider than it, unless it is a vector. */
function widthsFor(entry: ImageEntry, sourceWidth: number): number[] {
  if (entry.vector) return [...IMAGE_WIDTHS];
  const fitting = IMAGE_WIDTHS.filter((width) => width <= sourceWidth);
  return fitting.length > 0 ? fitting : [Math.max(1, Math.floor(sourceWidth))];
}

/** How wide a crop to `ratio` of the source is, in source pixels. */
const cropWidth = (entry: ImageEntry, ratio: number) => Math.min(entry.width, entry.height * ratio);

const isThumbnailShaped = (entry: ImageEntry) => Math.abs(pageRatio(entry) - THUMBNAIL_RATIO) < 0.01;

/** A list's thumbnails need no 1280-pixel file, and the list's JSON (often in the page) no URL of one. */
function upTo(widths: number[], maxWidth: number | undefined): number[] {
  if (maxWidth === undefined) return widths;
  const enough = widths.find((width) => width >= maxWidth);
  return widths.filter((width) => width <= maxWidth || width === enough);
}

function imageOf(
  entry: ImageEntry,
  source: LocalImage,
  ratio: number,
  name: (width: number, ext: string) => string,
  { base = '/images', maxWidth }: ImageOptions,
): Image {
  const widths = upTo(widthsFor(entry, cropWidth(entry, ratio)), maxWidth);
  const variants: ImageVariant[] = FORMATS.flatMap(({ ext, type }) =>
    widths.map((width) => {
      const bytes = entry.bytes?.get(name(width, ext));
      return { src: `${base}/${name(width, ext)}`, width, type, ...(bytes === undefined ? {} : { bytes }) };
    }),
  );
  const largest = widths[widths.length - 1] ?? IMAGE_WIDTHS[0];
  return {
    src: `${base}/${name(largest, 'jpg')}`,
    width: largest,
    height: Math.round(largest / ratio),
    alt: source.alt,
    ...(source.caption === undefined ? {} : { caption: source.caption }),
    ...(source.credit === undefined ? {} : { credit: source.credit }),
    variants,
  };
}

export interface ImageOptions {
  /** Where the files are served (default /images). */
  base?: string;
  /** The widest file a place can use, in device pixels: wider ones are left out of the variants. */
  maxWidth?: number | undefined;
}

/** The image as an article shows it (hero, body): its own shape, at the widths it has. */
export function imageFor(index: ImageIndex, source: SourceImage, options: ImageOptions = {}): Image {
  if ('url' in source) return remoteImage(source);
  const entry = entryFor(index, source);
  return imageOf(entry, source, pageRatio(entry), (width, ext) => `${entry.stem}-${width}.${ext}`, options);
}

/** The image as a teaser shows it: 16:9, cropped around its subject unless it is 16:9 already. */
export function thumbnailFor(index: ImageIndex, source: SourceImage, options: ImageOptions = {}): Image {
  if ('url' in source) return remoteImage(source);
  const entry = entryFor(index, source);
  if (isThumbnailShaped(entry)) return imageFor(index, source, options);
  return imageOf(entry, source, THUMBNAIL_RATIO, (width, ext) => `${entry.stem}-t${width}.${ext}`, options);
}

/** The 1200×630 JPEG that link previews (Open Graph, X cards) show; a picture on another host as it is. */
export function shareImageFor(index: ImageIndex, source: SourceImage, base = '/images') {
  if ('url' in source) {
    const { src, width, height } = remoteImage(source);
    return { src, width, height };
  }
  return { src: `${base}/${entryFor(index, source).stem}-og.jpg`, ...SHARE_IMAGE };
}

/** The region of a `width`×`height` picture to keep for a crop to `ratio`, centred on `focus` as far as the edges allow. */
export function cropAround(width: number, height: number, ratio: number, focus: FocalPoint): { left: number; top: number; width: number; height: number } {
  const cropW = Math.min(width, Math.round(height * ratio));
  const cropH = Math.min(height, Math.round(cropW / ratio));
  const clamp = (value: number, max: number) => Math.min(Math.max(0, Math.round(value)), max);
  return { left: clamp(focus.x * width - cropW / 2, width - cropW), top: clamp(focus.y * height - cropH / 2, height - cropH), width: cropW, height: cropH };
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

interface Job {
  name: string;
  width: number;
  height: number;
  ext: string;
}

/** Every file the pipeline makes of one image, as imageFor, thumbnailFor and shareImageFor name them. */
function jobsFor(entry: ImageEntry): Job[] {
  const ratio = pageRatio(entry);
  const page = widthsFor(entry, cropWidth(entry, ratio)).flatMap((width) =>
    FORMATS.map(({ ext }) => ({ name: `${entry.stem}-${width}.${ext}`, width, height: Math.round(width / ratio), ext })),
  );
  const thumbnails = isThumbnailShaped(entry)
    ? []
    : widthsFor(entry, cropWidth(entry, THUMBNAIL_RATIO)).flatMap((width) =>
        FORMATS.map(({ ext }) => ({ name: `${entry.stem}-t${width}.${ext}`, width, height: Math.round(width / THUMBNAIL_RATIO), ext })),
      );
  return [...page, ...thumbnails, { name: `${entry.stem}-og.jpg`, ...SHARE_IMAGE, ext: 'jpg' }];
}

/**
 * Writes every file that is not there yet and removes files no image uses any more. Returns how many
 * it wrote and the size in bytes of every file the index uses, by file name (for withFileSizes).
 */
export async function renderImages(imageDir: string, outDir: string, index: ImageIndex): Promise<{ written: number; bytes: Map<string, number> }> {
  const { default: sharp } = await import('sharp');
  await mkdir(outDir, { recursive: true });
  const wanted = new Set<string>();
  let written = 0;
  for (const entry of index.values()) {
    const jobs = jobsFor(entry).filter((job) => !wanted.has(job.name));
    for (const job of jobs) wanted.add(job.name);
    const missing = (await Promise.all(jobs.map(async (job) => ((await exists(path.join(outDir, job.name))) ? null : job)))).filter((job) => job !== null);
    if (missing.length === 0) continue;
    const bytes = await readFile(path.join(imageDir, entry.file));
    // A vector is drawn once, large, and cut like any photo.
    const source = entry.vector ? await sharp(bytes, { density: VECTOR_DENSITY }).png().toBuffer() : bytes;
    const { width, height } = await sharp(source).metadata();
    for (const job of missing) {
      const ratio = job.width / job.height;
      const focus = entry.focus;
      const pipeline = focus
        ? sharp(source).extract(cropAround(width, height, ratio, focus)).resize(job.width, job.height, { fit: 'fill' })
        : sharp(source).resize(job.width, job.height, { fit: 'cover', position: sharp.strategy.attention });
      const target = path.join(outDir, job.name);
      if (job.ext === 'avif') await pipeline.avif({ quality: 55, effort: 2 }).toFile(target);
      else if (job.ext === 'webp') await pipeline.webp({ quality: 72 }).toFile(target);
      else await pipeline.jpeg({ quality: 78, mozjpeg: true, progressive: true }).toFile(target);
      written += 1;
    }
  }
  const bytes = new Map<string, number>();
  for (const name of await readdir(outDir)) {
    if (!wanted.has(name)) await rm(path.join(outDir, name));
    else bytes.set(name, (await stat(path.join(outDir, name))).size);
  }
  return { written, bytes };
}

/**
 * The index with each image's file sizes (renderImages' `bytes`), so that its variants in the API
 * carry `bytes`. An image whose files were not written (a test's index) keeps none.
 */
export function withFileSizes(index: ImageIndex, bytes: ReadonlyMap<string, number>): ImageIndex {
  return new Map([...index].map(([key, entry]) => [key, { ...entry, bytes }]));
}
