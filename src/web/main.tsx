import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Fragment, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prefetchReferenceData } from './api/index.ts';
import { App } from './app.tsx';
import { I18nProvider, initialLocale, loadCatalogue } from './i18n/index.ts';
import { pageFor } from './first-requests.ts';
import { loadPage } from './pages/loaders.ts';
import { prefetchPage } from './prefetch.ts';
import './styles.css';
import './responsive-tables.css';

const queries = new QueryClient({
  defaultOptions: {
    queries: {
      // The server's answers change only with an import; a minute is fresh enough.
      staleTime: 60_000,
      retry: (count, error) => count < 2 && !('status' in error && Number(error.status) >= 400),
      refetchOnWindowFocus: false,
    },
  },
});

// StrictMode's extra checks (double effects: every request sent twice, the first aborted) are
// for development; the built app renders without them.
const Checks = import.meta.env.DEV ? StrictMode : Fragment;

// The document's language at once (before the catalogue and the page load): screen readers
// and the browser read it from the start. I18nProvider keeps it in step after a switch.
document.documentElement.lang = initialLocale();
prefetchReferenceData(queries);
prefetchPage(queries, window.location);

const root = document.getElementById('root');
// The first render waits for the opened page's code (so the page renders at once, not after a
// loading state) and, for an English reader, the English catalogue (its own chunk: the page
// never flashes Danish). The page's requests above are already under way.
if (root) {
  const page = pageFor(window.location.pathname);
  await Promise.all([
    loadCatalogue(initialLocale()).catch(() => undefined),
    page === undefined ? undefined : loadPage(page).catch(() => undefined),
  ]);
  createRoot(root).render(
    <Checks>
      <QueryClientProvider client={queries}>
        <I18nProvider>
          <App />
        </I18nProvider>
      </QueryClientProvider>
    </Checks>,
  );
}
