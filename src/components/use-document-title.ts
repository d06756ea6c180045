import { useEffect } from 'react';

/** Keeps the tab's title in step with the page; `undefined` leaves it as it is. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    if (title !== undefined) document.title = title;
  }, [title]);
}
