/**
 * Thousands of random, often malformed and often hostile articles, through the real schema and
 * the real components: nothing throws, accepted text shows literally, and nothing in the markup
 * comes from the data's own markup.
 */
import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import * as v from 'valibot';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleSchema, type Article } from '../../src/content/schema';
import { ArticlePage } from '../../src/features/article/components/article-page';
import { ShareBar } from '../../src/features/share/components/share-bar';

const MARKUP = [
  '<script>window.pwned=1</script>',
  '<img src=x onerror="window.pwned=1">',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  '</p><p>',
  '<!--',
  '&lt;b&gt;&amp;',
  '{{constructor.constructor("alert(1)")()}}',
  '\u2028\u2029\u0000',
];
const HREFS = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  '/\\evil.example/x',
  '\\\\evil.example\\x',
  '/post/read/aman',
  'https://example.com/a?b=c#d',
  'mailto:redaksi@example.com',
];

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...MARKUP),
  fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...MARKUP), fc.string({ maxLength: 10 })).map((parts) => parts.join('')),
);
const href = fc.oneof(fc.constantFrom(...HREFS), fc.webUrl(), fc.string({ maxLength: 20 }));
const maybe = <T,>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const size = fc.oneof(fc.integer({ min: -10, max: 30_000 }), fc.double(), fc.constant(undefined), fc.constant('720'));
const image = fc.record({
  src: fc.oneof(href, fc.constant('/images/a.jpg'), fc.constant('https://cdn.example/a.jpg')),
  width: size,
  height: size,
  alt: text,
  caption: maybe(text),
  credit: maybe(text),
  variants: maybe(fc.array(fc.record({ src: href, width: size, type: fc.constantFrom('image/avif', 'image/webp', 'image/jpeg', 'image/gif') }), { maxLength: 3 })),
});
const inline = fc.oneof(
  fc.record({ type: fc.constant('text'), text, bold: maybe(fc.boolean()), italic: maybe(fc.boolean()) }),
  fc.record({ type: fc.constant('link'), text, href }),
  fc.anything(),
);
const block = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant('paragraph'), content: fc.array(inline, { maxLength: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('read-also'), slug: fc.oneof(fc.constant('artikel-lain'), fc.string()), headline: text }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('quote'), text, attribution: maybe(text) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('heading'), text }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('image'), image }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constantFrom('html', 'video', 'embed'), html: text }) },
  { weight: 1, arbitrary: fc.anything() },
);
const article = fc.record(
  {
    slug: fc.oneof(fc.constant('artikel-uji'), fc.string({ maxLength: 12 })),
    headline: text,
    summary: maybe(text),
    category: fc.oneof(fc.record({ slug: fc.constant('dunia'), name: text }), fc.anything()),
    publishedAt: fc.oneof(fc.constant('2024-10-17T14:05:00+07:00'), fc.string({ maxLength: 30 }), fc.date().map((date) => (Number.isNaN(date.getTime()) ? 'x' : date.toISOString()))),
    editor: maybe(fc.record({ initials: text })),
    image: maybe(image),
    body: fc.oneof({ weight: 9, arbitrary: fc.array(block, { maxLength: 8 }) }, { weight: 1, arbitrary: fc.anything() }),
  },
  { requiredKeys: ['slug', 'headline', 'body'] },
);

/** 2,000 in every run; `PROPERTY_RUNS=50000 npx vitest run tests/content` searches deeper (a failure prints its seed). */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 2000);

const SAFE_LINK = /^(?:\/(?![/\\])|https?:\/\/|mailto:)/;
const SAFE_IMAGE = /^(?:\/(?![/\\])|https:\/\/)/;

/** What an HTML parser does to body text (drops NUL, turns CR and CRLF into LF): text, not markup. */
// eslint-disable-next-line no-control-regex
const asParsed = (value: string) => value.replace(/\r\n?/g, '\n').replace(/\u0000/g, '');

function render(parsed: Article): Document {
  const html = renderToStaticMarkup(
    <MemoryRouter>
      <ArticlePage article={parsed} footer={<ShareBar url={`https://warta.example/post/read/${parsed.slug}`} title={parsed.headline} />} />
    </MemoryRouter>,
  );
  return new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
}

/** The text of every accepted text run and block, as the reader should see it. */
function textsOf(parsed: Article): string[] {
  return parsed.body.flatMap((item) => {
    switch (item.type) {
      case 'paragraph':
        return item.content.map((run) => run.text);
      case 'read-also':
        return item.links.map((link) => link.headline);
      case 'quote':
      case 'pull-quote':
        return [item.text, ...(item.attribution ? [item.attribution] : [])];
      case 'heading':
        return [item.text];
      case 'image':
        return [item.image.caption ?? '', item.image.credit ?? ''];
      case 'divider':
        return [];
      case 'list':
        return item.items.flatMap((runs) => runs.map((run) => run.text));
      case 'table':
        return [item.caption, ...[...item.header, ...item.rows.flat()].flat().map((run) => run.text)];
      case 'gallery':
        return item.images.flatMap((image) => [image.caption ?? '', image.credit ?? '']);
      case 'video':
        return [item.title];
      case 'embed':
        return [item.title ?? '', item.text ?? '', item.author ?? ''];
    }
  });
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('hostile articles, at random', () => {
  it('render without throwing, show their text literally and carry no markup of their own', () => {
    let accepted = 0;
    fc.assert(
      fc.property(article, (input) => {
        const result = v.safeParse(ArticleSchema, input);
        if (!result.success) return;
        accepted += 1;
        const parsed = result.output;
        const doc = render(parsed);
        const shown = doc.body.textContent;
        expect(doc.querySelector('h1')?.textContent).toBe(asParsed(parsed.headline));
        for (const piece of textsOf(parsed)) expect(shown).toContain(asParsed(piece));
        expect(doc.querySelectorAll('script, iframe, object, embed, style, base, form, meta, link')).toHaveLength(0);
        for (const element of doc.querySelectorAll('*')) {
          for (const attribute of element.attributes) expect(attribute.name, element.outerHTML.slice(0, 80)).not.toMatch(/^on/i);
        }
        for (const anchor of doc.querySelectorAll('a')) expect(anchor.getAttribute('href') ?? '').toMatch(SAFE_LINK);
        for (const img of doc.querySelectorAll('img')) expect(img.getAttribute('src') ?? '').toMatch(SAFE_IMAGE);
        for (const source of doc.querySelectorAll('source')) {
          for (const candidate of (source.getAttribute('srcset') ?? '').split(', ')) expect(candidate).toMatch(SAFE_IMAGE);
        }
        expect(shown).not.toMatch(/\bundefined\b|\[object Object\]|Invalid Date/);
      }),
      { numRuns: RUNS },
    );
    // The generator must keep producing articles the reader accepts, or the property says little.
    expect(accepted).toBeGreaterThan(300);
  }, Math.max(120_000, RUNS * 100));
});
