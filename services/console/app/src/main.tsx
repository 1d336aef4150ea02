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
// Part 2: coordination rounds, meetings, the Trust Fund.
import { ActionItems } from './screens/ActionItems';
import { FundingOutcomes } from './screens/FundingOutcomes';
import { LedgerEntry } from './screens/LedgerEntry';
import { MeetingWorkspace } from './screens/MeetingWorkspace';
import { Projects } from './screens/Projects';
import { RoundPlanner } from './screens/RoundPlanner';
import { TrustFund } from './screens/TrustFund';
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
      // Part 2: coordination rounds, meetings, the Trust Fund.
      { path: '/coordination-rounds', element: <RoundPlanner /> },
      { path: '/coordination-rounds/:roundNumber', element: <RoundPlanner /> },
      { path: '/meetings/:meetingId', element: <MeetingWorkspace /> },
      { path: '/action-items', element: <ActionItems /> },
      // Its charts bring the chart library: loaded when first opened, as the explorer is, so Today does not wait for it.
      {
        path: '/participation',
        lazy: async () => ({ Component: (await import('./screens/Participation')).Participation }),
      },
      { path: '/trust-fund', element: <TrustFund /> },
      { path: '/trust-fund/ledger-entry', element: <LedgerEntry /> },
      { path: '/projects', element: <Projects /> },
      { path: '/funding-and-outcomes', element: <FundingOutcomes /> },
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
