import { Suspense } from 'react';
import { Link, Route, Switch } from 'wouter';
import { Layout, Loading, PageTitle } from './components/index.ts';
import { useI18n } from './i18n/index.ts';
import { pageComponent } from './pages/loaders.ts';

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

/**
 * The pages and their addresses. One chunk per page: the first page loads only what it shows;
 * the opened page is loaded before the first render (main.tsx), the others when visited.
 */
export function App() {
  return (
    <Layout>
      <Suspense fallback={<Loading height={600} />}>
        <Switch>
          <Route path="/" component={pageComponent('home')} />
          <Route path="/kommune/:code" component={pageComponent('municipality')} />
          <Route path="/kommune/:code/rapport" component={pageComponent('report')} />
          <Route path="/noegletal" component={pageComponent('keyFigureList')} />
          <Route path="/noegletal/:id" component={pageComponent('keyFigure')} />
          <Route path="/sammenlign" component={pageComponent('compare')} />
          <Route path="/viden" component={pageComponent('portal')} />
          <Route path="/viden/ny" component={pageComponent('portalEditor')} />
          <Route path="/viden/:id/rediger" component={pageComponent('portalEditor')} />
          <Route path="/viden/:id" component={pageComponent('portalItem')} />
          <Route path="/initiativer" component={pageComponent('initiatives')} />
          <Route path="/initiativer/ny" component={pageComponent('initiativeEditor')} />
          <Route path="/initiativer/:id/rediger" component={pageComponent('initiativeEditor')} />
          <Route path="/initiativer/:id" component={pageComponent('initiative')} />
          <Route path="/regelbarrierer" component={pageComponent('barriers')} />
          <Route path="/regelbarrierer/ny" component={pageComponent('barrierEditor')} />
          <Route path="/regelbarrierer/:id/rediger" component={pageComponent('barrierEditor')} />
          <Route path="/regelbarrierer/:id" component={pageComponent('barrier')} />
          <Route path="/budgetopfoelgning/:code" component={pageComponent('budget')} />
          <Route path="/styring" component={pageComponent('steering')} />
          <Route path="/styring/ny" component={pageComponent('steeringNew')} />
          <Route path="/styring/runder/:id" component={pageComponent('steeringRound')} />
          <Route path="/styring/:id/svar" component={pageComponent('steeringAnswer')} />
          <Route path="/styring/:id" component={pageComponent('steeringResult')} />
          <Route path="/metode" component={pageComponent('method')} />
          <Route path="/data" component={pageComponent('data')} />
          <Route path="/log-ind" component={pageComponent('login')} />
          <Route path="/min-konto" component={pageComponent('account')} />
          <Route path="/ny-adgangskode" component={pageComponent('passwordReset')} />
          <Route path="/invitation" component={pageComponent('invitation')} />
          <Route component={NotFound} />
        </Switch>
      </Suspense>
    </Layout>
  );
}
