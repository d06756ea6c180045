/** Every date the reader sees goes through here, in Western Indonesian Time (WIB). */
import { site } from '../config/site';

const articleTimeFormat = new Intl.DateTimeFormat(site.locale, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: site.timeZone,
});

const shortDateFormat = new Intl.DateTimeFormat(site.locale, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: site.timeZone,
});

function toDate(iso: string): Date | null {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : new Date(time);
}

/**
 * "Kamis, 17 Oktober 2024 | 14:05 WIB". Built from parts: Intl's own id-ID output reads
 * "Kamis, 17 Oktober 2024 pukul 14.05", which is not how Indonesian newsrooms print it.
 */
export function formatArticleTime(iso: string): string | null {
  const date = toDate(iso);
  if (!date) return null;
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of articleTimeFormat.formatToParts(date)) part[type] = value;
  return `${part.weekday}, ${part.day} ${part.month} ${part.year} | ${part.hour}:${part.minute} ${site.timeZoneLabel}`;
}

/** "17 Okt 2024", for lists. */
export function formatShortDate(iso: string): string | null {
  const date = toDate(iso);
  return date ? shortDateFormat.format(date) : null;
}

const monthFormat = new Intl.DateTimeFormat('en-CA', { timeZone: site.timeZone, year: 'numeric', month: '2-digit' });

/** "2025-08": the month a moment falls in, in WIB (the newsroom's calendar: the archive's months). */
export function monthOf(date: Date | string): string {
  return monthFormat.format(typeof date === 'string' ? new Date(date) : date).slice(0, 7);
}
