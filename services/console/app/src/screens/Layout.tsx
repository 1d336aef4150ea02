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
      <a className="skip" href="#main">{t('app.skip')}</a>
      <header className="top">
        <span className="brand">{t('app.title')}</span>
        <nav aria-label={t('nav.main')}>
          <NavLink to="/">{t('nav.today')}</NavLink>
          <ReportingNav />
        </nav>
        <span className="who">
          {t('session.signedInAs', { name: user.name })} ({t(`session.role.${role}`, { jurisdiction: user.jurisdiction })})
        </span>
        <button type="button" onClick={() => void logOut(csrf)}>{t('session.logout')}</button>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
