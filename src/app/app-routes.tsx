import { Route, Routes } from 'react-router';
import { paths } from '../config/paths';
import { ArticleRoute } from './routes/article-route';
import { HomeRoute } from './routes/home-route';
import { NotFoundRoute } from './routes/not-found-route';
import { SiteLayout } from './site-layout';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<SiteLayout />}>
        <Route path={paths.home.pattern} element={<HomeRoute />} />
        <Route path={paths.article.pattern} element={<ArticleRoute />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
