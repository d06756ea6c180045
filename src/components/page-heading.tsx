import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';

/**
 * After an in-app navigation, focus moves to the new page's h1 and its title is announced, as a
 * screen reader user expects of a page load (WCAG 2.4.3; the pattern of GOV.UK and Simorgh). The
 * heading itself asks for focus when it is shown for the new location and ready (its data has
 * come): however long the page's code or data take, the old page's heading, still in the DOM but
 * hidden while the new page loads, is never the one focused or announced.
 */
export interface PageFocus {
  /** Called by a page's h1 when it is shown, ready, for the location with `key`. */
  claim: (key: string, heading: HTMLElement) => void;
}

export const PageFocusContext = createContext<PageFocus>({ claim: () => undefined });

interface PageHeadingProps {
  /** Whether the heading names the page yet: false while its data is loading (default true). */
  ready?: boolean;
  className?: string;
  id?: string;
  dir?: 'auto';
  children: ReactNode;
}

/** The page's one h1: focusable by script (tabindex -1), and the target of focus after a navigation. */
export function PageHeading({ ready = true, className, id, dir, children }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();
  const { claim } = useContext(PageFocusContext);
  useEffect(() => {
    if (ready && ref.current) claim(key, ref.current);
  }, [claim, key, ready]);
  return (
    <h1 ref={ref} id={id} dir={dir} tabIndex={-1} className={`focus:outline-none ${className ?? ''}`}>
      {children}
    </h1>
  );
}
