import { useEffect } from 'react';
import { id } from '../i18n/id';
import { NoticeView } from './notice-view';

/** Search engines that run scripts should not index a not-found page either. */
function useNoIndex(): void {
  useEffect(() => {
    // The prerendered 404.html already says so.
    if (document.head.querySelector('meta[name="robots"][content="noindex"]')) return;
    const tag = document.createElement('meta');
    tag.name = 'robots';
    tag.content = 'noindex';
    document.head.append(tag);
    return () => tag.remove();
  }, []);
}

/** "Halaman tidak ditemukan" with a way home. (The page's title comes from the route: app-routes.tsx.) */
export function NotFoundView() {
  useNoIndex();
  return <NoticeView heading={id.notFound.heading} body={id.notFound.body} />;
}
