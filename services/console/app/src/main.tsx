import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import './i18n';
import './styles.css';
import { KpiReport } from './screens/KpiReport';
import { Layout } from './screens/Layout';
import { Today } from './screens/Today';
import { SessionGate } from './session';
// Console part 1, reporting: the KPI explorer, the round board, the regional screens, narrative review and import.
import { reportingRoutes } from './reporting/routes';

function NotFound() {
  const { t } = useTranslation();
  return <h1>{t('notFound')}</h1>;
}

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <Today /> },
      { path: '/kpi-reports/:jurisdiction/:year', element: <KpiReport /> },
      ...reportingRoutes,
      { path: '*', element: <NotFound /> },
    ],
  },
]);

const queries = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queries}>
      <SessionGate>
        <RouterProvider router={router} />
      </SessionGate>
    </QueryClientProvider>
  </StrictMode>,
);
