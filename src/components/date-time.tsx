import { formatArticleTime, formatShortDate } from '../lib/dates';

interface DateTimeProps {
  iso: string | undefined;
  format: 'article' | 'short';
  className?: string;
}

/** A <time> in WIB; nothing at all when the date cannot be read. */
export function DateTime({ iso, format, className }: DateTimeProps) {
  if (iso === undefined) return null;
  const text = format === 'article' ? formatArticleTime(iso) : formatShortDate(iso);
  if (text === null) return null;
  return (
    <time dateTime={iso} className={className}>
      {text}
    </time>
  );
}
