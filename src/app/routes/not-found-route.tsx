import { NotFoundView } from '../../components/not-found-view';

export function NotFoundRoute() {
  return <NotFoundView />;
}
