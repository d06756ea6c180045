import { createContext, useCallback, useContext, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../config/paths';

export interface ArticlePrefetcher {
  /** The reader is about to open it (hover, focus, touch): fetch it now. */
  intent: (slug: string) => void;
  /** The link came into view: fetch it when there is room. Returns a function that stops watching. */
  watch: (slug: string, element: Element) => () => void;
}

const noPrefetch: ArticlePrefetcher = { intent: () => undefined, watch: () => () => undefined };

/** Provided by the app, which knows how articles are fetched; shared components only ask. */
export const ArticlePrefetchContext = createContext<ArticlePrefetcher>(noPrefetch);

interface ArticleLinkProps {
  slug: string;
  className?: string;
  /** "auto" for a headline: the link takes its direction from its own text, isolated from the sentence around it. */
  dir?: 'auto';
  children: ReactNode;
}

/** A link to an article that fetches the article's data before the click. */
export function ArticleLink({ slug, className, dir, children }: ArticleLinkProps) {
  const prefetcher = useContext(ArticlePrefetchContext);
  // The router's Link merges refs and drops a cleanup a ref callback returns, so the link stops
  // being watched when the ref is called with null: otherwise every link ever shown stays in memory.
  const stopWatching = useRef<(() => void) | undefined>(undefined);
  const observe = useCallback(
    (element: HTMLAnchorElement | null) => {
      stopWatching.current?.();
      stopWatching.current = element ? prefetcher.watch(slug, element) : undefined;
    },
    [prefetcher, slug],
  );
  const intent = () => prefetcher.intent(slug);
  return (
    <Link ref={observe} to={paths.article.href(slug)} className={className} dir={dir} onMouseEnter={intent} onFocus={intent} onTouchStart={intent}>
      {children}
    </Link>
  );
}
