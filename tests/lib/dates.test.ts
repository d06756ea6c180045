import { describe, expect, it } from 'vitest';
import { formatArticleTime, formatShortDate } from '../../src/lib/dates';

describe('formatArticleTime', () => {
  it('prints the newsroom format in WIB', () => {
    expect(formatArticleTime('2024-10-17T14:05:00+07:00')).toBe('Kamis, 17 Oktober 2024 | 14:05 WIB');
  });

  it('converts other zones to Jakarta time, across midnight', () => {
    expect(formatArticleTime('2024-10-17T07:05:00Z')).toBe('Kamis, 17 Oktober 2024 | 14:05 WIB');
    expect(formatArticleTime('2024-10-17T20:30:00Z')).toBe('Jumat, 18 Oktober 2024 | 03:30 WIB');
  });

  it('pads hours and minutes and uses a 24-hour clock', () => {
    expect(formatArticleTime('2025-01-05T09:07:00+07:00')).toBe('Minggu, 5 Januari 2025 | 09:07 WIB');
    expect(formatArticleTime('2025-01-05T00:00:00+07:00')).toBe('Minggu, 5 Januari 2025 | 00:00 WIB');
  });

  it('gives nothing for a date it cannot read', () => {
    expect(formatArticleTime('kemarin sore')).toBeNull();
    expect(formatArticleTime('')).toBeNull();
  });
});

describe('formatShortDate', () => {
  it('prints day, short month and year in WIB', () => {
    expect(formatShortDate('2024-10-17T14:05:00+07:00')).toBe('17 Okt 2024');
    expect(formatShortDate('2025-08-31T20:00:00Z')).toBe('1 Sep 2025');
  });

  it('gives nothing for a date it cannot read', () => {
    expect(formatShortDate('2024-13-45')).toBeNull();
  });
});
