import { describe, expect, it } from 'vitest';
import { youtubeEmbedUrl, youtubeId } from '../../src/lib/embeds';

describe('youtubeId', () => {
  it.each([
    'https://www.youtube.com/watch?v=aqz-KE-bpKQ',
    'https://youtube.com/watch?v=aqz-KE-bpKQ&t=42s',
    'https://m.youtube.com/watch?v=aqz-KE-bpKQ',
    'https://youtu.be/aqz-KE-bpKQ?si=abc',
    'https://www.youtube.com/shorts/aqz-KE-bpKQ',
    'https://www.youtube.com/embed/aqz-KE-bpKQ',
    'https://www.youtube.com/live/aqz-KE-bpKQ',
  ])('finds the video in %s', (url) => {
    expect(youtubeId(url)).toBe('aqz-KE-bpKQ');
  });

  it.each(['https://www.youtube.com/watch?v=<script>', 'https://evil.example/watch?v=aqz-KE-bpKQ', 'https://www.youtube.com/@bbcindonesia', 'javascript:alert(1)', 'bukan url'])(
    'finds none in %s',
    (url) => {
      expect(youtubeId(url)).toBeNull();
    },
  );

  it('plays in privacy-enhanced mode, at once', () => {
    expect(youtubeEmbedUrl('aqz-KE-bpKQ')).toBe('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1&rel=0');
  });
});
