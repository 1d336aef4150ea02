import { useTranslation } from 'react-i18next';
import { NavLink, RouteObject } from 'react-router';
import { RegionalOverview } from '../screens/RegionalOverview';
import { RegionalReport } from '../screens/RegionalReport';
import { Import } from '../screens/Import';
import { NarrativeList, NarrativeReview } from '../screens/NarrativeReview';
import { RoundBoard } from '../screens/RoundBoard';

/** The reporting screens' routes (a block of their own, beside the coordination screens'). */
export const reportingRoutes: RouteObject[] = [
  { path: '/rounds', element: <RoundBoard /> },
  { path: '/regional-overview', element: <RegionalOverview /> },
  { path: '/regional-report', element: <RegionalReport /> },
  { path: '/narratives', element: <NarrativeList /> },
  { path: '/narratives/:jurisdiction/:period', element: <NarrativeReview /> },
  { path: '/import', element: <Import /> },
  // The explorer brings the chart library: loaded when first opened, so Today's first render does not wait for it.
  { path: '/explorer', lazy: async () => ({ Component: (await import('../screens/Explorer')).Explorer }) },
];

export function ReportingNav() {
  const { t } = useTranslation();
  return (
    <>
      <NavLink to="/rounds">{t('reporting.nav.board')}</NavLink>
      <NavLink to="/regional-overview">{t('reporting.nav.overview')}</NavLink>
      <NavLink to="/regional-report">{t('reporting.nav.regionalReport')}</NavLink>
      <NavLink to="/narratives">{t('reporting.nav.narratives')}</NavLink>
      <NavLink to="/import">{t('reporting.nav.import')}</NavLink>
      <NavLink to="/explorer">{t('reporting.nav.explorer')}</NavLink>
    </>
  );
}
