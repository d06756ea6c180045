/**
 * The built-in image pipeline with pictures of every shape (#11): the page image keeps the picture's
 * shape and is never made wider than its source; crops (thumbnail, share image) keep the subject.
 */
import { mkdtemp, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { cropAround, imageFor, indexImages, renderImages, shareImageFor, thumbnailFor, withFileSizes, type ImageIndex } from '../../scripts/content/images';

let sourceDir = '';

/** A white picture with a red square (the subject) at `subject` (left, top, size, in pixels). */
async function picture(file: string, width: number, height: number, subject?: { left: number; top: number; size: number }) {
  const red = subject
    ? [{ input: { create: { width: subject.size, height: subject.size, channels: 3 as const, background: '#e00000' } }, left: subject.left, top: subject.top }]
    : [];
  await sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
    .composite(red)
    .png()
    .toFile(path.join(sourceDir, file));
}

/** The share of a file's pixels that are the subject's red. */
async function redShare(file: string): Promise<number> {
  const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
  let red = 0;
  for (let at = 0; at < data.length; at += info.channels) {
    if ((data[at] ?? 0) > 180 && (data[at + 1] ?? 0) < 80 && (data[at + 2] ?? 0) < 80) red += 1;
  }
  return red / (info.width * info.height);
}

const image = (file: string, extra: { focus?: { x: number; y: number } } = {}) => ({ file, alt: 'Gambar uji', ...extra });

beforeAll(async () => {
  sourceDir = await mkdtemp(path.join(tmpdir(), 'warta-images-'));
  // A portrait photo whose subject is in its top quarter, as news photos of people often are.
  await picture('potret.png', 1080, 1920, { left: 390, top: 180, size: 300 });
  await picture('kecil.png', 120, 90);
  await picture('panorama.png', 2000, 400);
  await picture('sangat-lebar.png', 1600, 200);
});

describe('the page image', () => {
  let index: ImageIndex;
  beforeAll(async () => {
    index = await indexImages(sourceDir, ['potret.png', 'kecil.png', 'panorama.png', 'sangat-lebar.png'].map((file) => ({ file })));
  });

  it('keeps a portrait portrait, and is never wider than its source', () => {
    const page = imageFor(index, image('potret.png'));
    expect(page.width / page.height).toBeCloseTo(1080 / 1920, 2);
    expect(new Set(page.variants?.map((variant) => variant.width))).toEqual(new Set([320, 640, 960]));
  });

  it('gives a 120-pixel picture one file of 120 pixels: it is not blown up', () => {
    const page = imageFor(index, image('kecil.png'));
    expect([page.width, page.height]).toEqual([120, 90]);
    expect(new Set(page.variants?.map((variant) => variant.width))).toEqual(new Set([120]));
  });

  it('keeps a 5:1 panorama and crops only what is wider still', () => {
    const panorama = imageFor(index, image('panorama.png'));
    expect(panorama.width / panorama.height).toBeCloseTo(5, 1);
    const wider = imageFor(index, image('sangat-lebar.png'));
    expect(wider.width / wider.height).toBeCloseTo(5, 1);
  });

  it('makes a teaser’s thumbnail 16:9, and the share image 1200×630', () => {
    const thumbnail = thumbnailFor(index, image('potret.png'));
    expect(thumbnail.width / thumbnail.height).toBeCloseTo(16 / 9, 2);
    expect(shareImageFor(index, image('potret.png'))).toMatchObject({ width: 1200, height: 630 });
  });

  it('lists no file wider than a list’s thumbnail needs, when asked', () => {
    const thumbnail = thumbnailFor(index, image('panorama.png'), { maxWidth: 432 });
    expect(new Set(thumbnail.variants?.map((variant) => variant.width))).toEqual(new Set([320, 640]));
  });
});

describe('file sizes', () => {
  it('gives each variant the size of its written file, for "Hemat data" to show before a tap (#19)', async () => {
    const source = image('potret.png');
    const index = await indexImages(sourceDir, [source]);
    // Before the files are written, no size is known and none is made up.
    expect(imageFor(index, source).variants?.every((variant) => variant.bytes === undefined)).toBe(true);
    const out = await mkdtemp(path.join(tmpdir(), 'warta-images-sizes-'));
    const { bytes } = await renderImages(sourceDir, out, index);
    const sized = withFileSizes(index, bytes);
    const variants = [...(imageFor(sized, source).variants ?? []), ...(thumbnailFor(sized, source).variants ?? [])];
    expect(variants.length).toBeGreaterThan(0);
    for (const variant of variants) {
      expect(variant.bytes).toBe((await stat(path.join(out, path.basename(variant.src)))).size);
    }
  });
});

describe('crops keep the subject', () => {
  it.each([
    ['found by sharp’s attention strategy', image('potret.png')],
    ['at the editor’s focal point', image('potret.png', { focus: { x: 0.5, y: 0.17 } })],
  ])('of a portrait whose subject is in its top quarter, %s', async (_, source) => {
    const index = await indexImages(sourceDir, [source]);
    const out = await mkdtemp(path.join(tmpdir(), 'warta-images-out-'));
    await renderImages(sourceDir, out, index);
    const files = await readdir(out);
    const file = (url: string) => path.join(out, path.basename(url));
    // A centred crop of this picture holds none of the subject.
    expect(await redShare(file(thumbnailFor(index, source).src))).toBeGreaterThan(0.05);
    expect(await redShare(file(shareImageFor(index, source).src))).toBeGreaterThan(0.05);
    // The page image is the whole picture, subject included.
    expect(await redShare(file(imageFor(index, source).src))).toBeGreaterThan(0.02);
    expect(files.length).toBeGreaterThan(0);
  });

  it('centres a crop on the focal point, as far as the edges allow', () => {
    expect(cropAround(1080, 1920, 16 / 9, { x: 0.5, y: 0.17 })).toEqual({ left: 0, top: 22, width: 1080, height: 608 });
    expect(cropAround(1080, 1920, 16 / 9, { x: 0.5, y: 0 })).toMatchObject({ top: 0 });
    expect(cropAround(1080, 1920, 16 / 9, { x: 0.5, y: 1 })).toMatchObject({ top: 1920 - 608 });
    expect(cropAround(4000, 1000, 16 / 9, { x: 0.9, y: 0.5 })).toEqual({ left: 4000 - 1778, top: 0, width: 1778, height: 1000 });
  });
});
