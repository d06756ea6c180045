/**
 * Stand-in images: every source image (content/<set>/images/) becomes a set of 16:9 variants
 * (AVIF, WebP, JPEG at several widths) whose names carry a hash of the source, so they can be
 * cached forever. The URLs are pure (tests use them without rendering anything); `renderImages`
 * writes the files with sharp.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ImageContract as Image, ImageVariant } from '../../src/content/contract';
import type { SourceImage } from './source';

/** Bump when the rendering below changes, so that new files get new names. */
const PIPELINE_VERSION = '1';

export const IMAGE_WIDTHS = [320, 640, 960, 1280] as const;
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;
const FORMATS = [
  { ext: 'avif', type: 'image/avif' },
  { ext: 'webp', type: 'image/webp' },
  { ext: 'jpg', type: 'image/jpeg' },
] as const;

const heightFor = (width: number) => Math.round((width * 9) / 16);

/** file name -> "<name>-<hash>", the stem of every generated file. */
export type ImageIndex = ReadonlyMap<string, string>;

export async function indexImages(imageDir: string, files: Iterable<string>): Promise<ImageIndex> {
  const index = new Map<string, string>();
  for (const file of new Set(files)) {
    const bytes = await readFile(path.join(imageDir, file));
    const hash = createHash('sha256').update(PIPELINE_VERSION).update(bytes).digest('hex').slice(0, 10);
    index.set(file, `${file.replace(/\.[a-z]+$/, '')}-${hash}`);
  }
  return index;
}

function stemFor(index: ImageIndex, file: string): string {
  const stem = index.get(file);
  if (!stem) throw new Error(`image "${file}" is not in the image folder`);
  return stem;
}

export function imageFor(index: ImageIndex, source: SourceImage, base = '/images'): Image {
  const stem = stemFor(index, source.file);
  const variants: ImageVariant[] = FORMATS.flatMap(({ ext, type }) =>
    IMAGE_WIDTHS.map((width) => ({ src: `${base}/${stem}-${width}.${ext}`, width, type })),
  );
  const largest = IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1] ?? 1280;
  return {
    src: `${base}/${stem}-${largest}.jpg`,
    width: largest,
    height: heightFor(largest),
    alt: source.alt,
    ...(source.caption === undefined ? {} : { caption: source.caption }),
    ...(source.credit === undefined ? {} : { credit: source.credit }),
    variants,
  };
}

/** The 1200×630 JPEG that link previews (Open Graph, X cards) show. */
export function shareImageFor(index: ImageIndex, source: SourceImage, base = '/images') {
  return { src: `${base}/${stemFor(index, source.file)}-og.jpg`, ...SHARE_IMAGE };
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Writes every variant that is not there yet and removes files no image uses any more. */
export async function renderImages(imageDir: string, outDir: string, index: ImageIndex): Promise<{ written: number }> {
  const { default: sharp } = await import('sharp');
  await mkdir(outDir, { recursive: true });
  const wanted = new Set<string>();
  let written = 0;
  for (const [file, stem] of index) {
    const input = await readFile(path.join(imageDir, file));
    const jobs: { name: string; width: number; height: number; ext: string }[] = [
      ...FORMATS.flatMap(({ ext }) =>
        IMAGE_WIDTHS.map((width) => ({ name: `${stem}-${width}.${ext}`, width, height: heightFor(width), ext })),
      ),
      { name: `${stem}-og.jpg`, ...SHARE_IMAGE, ext: 'jpg' },
    ];
    for (const job of jobs) {
      wanted.add(job.name);
      const target = path.join(outDir, job.name);
      if (await exists(target)) continue;
      const pipeline = sharp(input, { density: 144 }).resize(job.width, job.height, { fit: 'cover' });
      if (job.ext === 'avif') await pipeline.avif({ quality: 55, effort: 2 }).toFile(target);
      else if (job.ext === 'webp') await pipeline.webp({ quality: 72 }).toFile(target);
      else await pipeline.jpeg({ quality: 78, mozjpeg: true, progressive: true }).toFile(target);
      written += 1;
    }
  }
  for (const name of await readdir(outDir)) {
    if (!wanted.has(name)) await rm(path.join(outDir, name));
  }
  return { written };
}
