import type { ReactNode } from 'react';

/** A grey placeholder that holds the place of content still loading. */
export function Skeleton({ className = '' }: { className?: string }) {
  return <div aria-hidden="true" className={`animate-pulse rounded bg-neutral-200 motion-reduce:animate-none ${className}`} />;
}

/**
 * A region still loading: busy for assistive tech, with `label` said once ("Memuat artikel…"), and
 * the skeletons that hold the content's shape.
 */
export function LoadingRegion({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div aria-busy="true" className={className}>
      <p role="status" className="sr-only">
        {label}
      </p>
      {children}
    </div>
  );
}
