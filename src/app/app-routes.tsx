import { Route, Routes } from 'react-router';
import { paths } from '../config/paths';
import { routes } from './route-modules';
import { NotFoundRoute } from './routes/not-found-route';
import { SiteLayout } from './site-layout';

const { home, article, category, search } = routes;

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<SiteLayout />}>
        <Route path={paths.home.pattern} element={<home.Component />} />
        <Route path={paths.home.pagePattern} element={<home.Component />} />
        <Route path={paths.article.pattern} element={<article.Component />} />
        <Route path={paths.category.pattern} element={<category.Component />} />
        <Route path={paths.category.pagePattern} element={<category.Component />} />
        <Route path={paths.search.pattern} element={<search.Component />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
