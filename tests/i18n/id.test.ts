import { describe, expect, it } from 'vitest';
import { id } from '../../src/i18n/id';

describe('a picture’s size under "Hemat data"', () => {
  it('is whole kilobytes rounded up, written as Indonesian writes numbers (Intl’s id-ID)', () => {
    expect(id.image.upTo(84_100)).toBe('hingga 85 kB');
    expect(id.image.upTo(1)).toBe('hingga 1 kB');
    expect(id.image.upTo(1_250_000)).toBe('hingga 1.250 kB');
    for (const bytes of [999, 1_000, 999_001, 12_345_678, 1_000_000_000]) {
      expect(id.image.upTo(bytes)).toBe(`hingga ${Math.ceil(bytes / 1000).toLocaleString('id-ID')} kB`);
    }
  });
});
