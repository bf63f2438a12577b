import { lazy, Suspense } from 'react';
import { Link, Route, Switch } from 'wouter';
import { Layout, Loading, PageTitle } from './components/index.ts';
import { useI18n } from './i18n/index.ts';
import { PAGE_LOADERS } from './pages/loaders.ts';

// One chunk per page: the first page loads only what it shows.
const Home = lazy(PAGE_LOADERS.home);
const MunicipalityPage = lazy(PAGE_LOADERS.municipality);
const KeyFigureList = lazy(PAGE_LOADERS.keyFigureList);
const KeyFigurePage = lazy(PAGE_LOADERS.keyFigure);
const Compare = lazy(PAGE_LOADERS.compare);
const Method = lazy(PAGE_LOADERS.method);
const Data = lazy(PAGE_LOADERS.data);

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
