/** A grey placeholder that holds the place of content still loading. */
export function Skeleton({ className = '' }: { className?: string }) {
  return <div aria-hidden="true" className={`animate-pulse rounded bg-neutral-200 motion-reduce:animate-none ${className}`} />;
}
