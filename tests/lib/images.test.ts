import { describe, expect, it } from 'vitest';
import type { Image } from '../../src/content/schema';
import { imageSources } from '../../src/lib/images';

const image: Image = {
  src: '/images/a-1280.jpg',
  width: 1280,
  height: 720,
  alt: 'a',
  variants: [
    { src: '/images/a-640.webp', width: 640, type: 'image/webp' },
    { src: '/images/a-320.jpg', width: 320, type: 'image/jpeg' },
    { src: '/images/a-320.webp', width: 320, type: 'image/webp' },
    { src: '/images/a-640.avif', width: 640, type: 'image/avif' },
    { src: '/images/a-640.jpg', width: 640, type: 'image/jpeg' },
  ],
};

describe('imageSources', () => {
  it('offers AVIF before WebP, each with its widths in order, and JPEG as the <img> fallback', () => {
    expect(imageSources(image)).toEqual({
      sources: [
        { type: 'image/avif', srcSet: '/images/a-640.avif 640w' },
        { type: 'image/webp', srcSet: '/images/a-320.webp 320w, /images/a-640.webp 640w' },
      ],
      fallbackSrcSet: '/images/a-320.jpg 320w, /images/a-640.jpg 640w',
      src: '/images/a-1280.jpg',
    });
  });

  it('keeps one candidate per file when a URL ends in a comma or holds a space (found by the property test)', () => {
    const awkward: Image = {
      ...image,
      variants: [
        { src: 'https://cdn.example/a,', width: 320, type: 'image/avif' },
        { src: 'https://cdn.example/w_640,h_360/a b.avif', width: 640, type: 'image/avif' },
      ],
    };
    expect(imageSources(awkward).sources).toEqual([
      { type: 'image/avif', srcSet: 'https://cdn.example/a%2C 320w, https://cdn.example/w_640,h_360/a%20b.avif 640w' },
    ]);
  });

  it('gives just the src when an image has no variants', () => {
    expect(imageSources({ ...image, variants: [] })).toEqual({ sources: [], fallbackSrcSet: undefined, src: '/images/a-1280.jpg' });
  });
});

describe('imageSources for a bounded box', () => {
  const wide: Image = {
    ...image,
    variants: [320, 640, 960, 1280].flatMap((width) => [
      { src: `/images/a-${width}.avif`, width, type: 'image/avif' as const },
      { src: `/images/a-${width}.jpg`, width, type: 'image/jpeg' as const },
    ]),
  };

  it('lists only the files a thumbnail can use: those narrower and the first wide enough', () => {
    expect(imageSources(wide, { maxWidth: 432 })).toEqual({
      sources: [{ type: 'image/avif', srcSet: '/images/a-320.avif 320w, /images/a-640.avif 640w' }],
      fallbackSrcSet: '/images/a-320.jpg 320w, /images/a-640.jpg 640w',
      src: '/images/a-640.jpg',
    });
  });

  it('keeps every file when nothing is wide enough, and all of them for an unbounded box', () => {
    expect(imageSources(wide, { maxWidth: 4000 }).fallbackSrcSet).toBe(imageSources(wide).fallbackSrcSet);
    expect(imageSources(wide).src).toBe(image.src);
  });
});
