import { lazy, Suspense } from 'react';
import { Link, Route, Switch } from 'wouter';
import { Layout, Loading, PageTitle } from './components/index.ts';
import { useI18n } from './i18n/index.ts';

// One chunk per page: the first page loads only what it shows.
const Home = lazy(() => import('./pages/home/index.tsx'));
const MunicipalityPage = lazy(() => import('./pages/municipality/index.tsx'));
const KeyFigureList = lazy(() => import('./pages/key-figure/list.tsx'));
const KeyFigurePage = lazy(() => import('./pages/key-figure/index.tsx'));
const Compare = lazy(() => import('./pages/compare/index.tsx'));
const Method = lazy(() => import('./pages/method/index.tsx'));
const Data = lazy(() => import('./pages/data/index.tsx'));

function NotFound() {
  const { t } = useI18n();
  return (
    <div className="page">
      <PageTitle>{t.common.state.notFound}</PageTitle>
      <p>{t.common.state.notFoundText}</p>
      <Link href="/">{t.common.state.backHome}</Link>
    </div>
  );
}

/** The pages and their addresses. */
export function App() {
  return (
    <Layout>
      <Suspense fallback={<Loading height={600} />}>
        <Switch>
          <Route path="/" component={Home} />
          <Route path="/kommune/:code" component={MunicipalityPage} />
          <Route path="/noegletal" component={KeyFigureList} />
          <Route path="/noegletal/:id" component={KeyFigurePage} />
          <Route path="/sammenlign" component={Compare} />
          <Route path="/metode" component={Method} />
          <Route path="/data" component={Data} />
          <Route component={NotFound} />
        </Switch>
      </Suspense>
    </Layout>
  );
}
