import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { logOut, useUser } from '../session';
import { ReportingNav } from '../reporting/routes';

export function Layout() {
  const { t } = useTranslation();
  const user = useUser();
  const queries = useQueryClient();
  const csrf = queries.getQueryData<{ csrfToken?: string }>(['session'])?.csrfToken;
  const role = user.roles[0] ?? 'analyst';
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="top">
        <span className="brand">{t('app.title')}</span>
        <nav aria-label={t('nav.main')}>
          <NavLink to="/">{t('nav.today')}</NavLink>
          <ReportingNav />
          {/* Part 2: coordination rounds, meetings, the Trust Fund. */}
          <NavLink to="/coordination-rounds">{t('coordinationNav.rounds')}</NavLink>
          <NavLink to="/action-items">{t('coordinationNav.actionItems')}</NavLink>
          <NavLink to="/participation">{t('coordinationNav.participation')}</NavLink>
          <NavLink to="/trust-fund" end>
            {t('coordinationNav.trustFund')}
          </NavLink>
          <NavLink to="/trust-fund/ledger-entry">{t('coordinationNav.ledgerEntry')}</NavLink>
          <NavLink to="/projects">{t('coordinationNav.projects')}</NavLink>
          <NavLink to="/funding-and-outcomes">{t('coordinationNav.fundingOutcomes')}</NavLink>
        </nav>
        <span className="who">
          {t('session.signedInAs', { name: user.name })} (
          {t(`session.role.${role}`, { jurisdiction: user.jurisdiction })})
        </span>
        <button type="button" onClick={() => void logOut(csrf)}>
          {t('session.logout')}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
