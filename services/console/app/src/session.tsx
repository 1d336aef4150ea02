import { useQuery } from '@tanstack/react-query';
import { createContext, ReactNode, useContext, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { setCsrfToken } from './api/client';

export interface User {
  name: string;
  username?: string;
  roles: string[];
  jurisdiction?: string;
}
interface SessionAnswer {
  authenticated: boolean;
  user?: User;
  csrfToken?: string;
}

const SessionContext = createContext<User | undefined>(undefined);

/** The logged-in user; the app is shown only inside a session (otherwise: to the identity provider's login). */
export function useUser(): User {
  const user = useContext(SessionContext);
  if (!user) throw new Error('useUser outside a session');
  return user;
}
export const isSeesac = (user: User) => user.roles.includes('seesac');

export function SessionGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useQuery({
    queryKey: ['session'],
    queryFn: async () => (await (await fetch('/auth/session')).json()) as SessionAnswer,
  });
  const loggedOut = session.data && !session.data.authenticated;
  useEffect(() => {
    if (loggedOut)
      window.location.assign(
        `/auth/login?returnTo=${encodeURIComponent(window.location.pathname + window.location.search)}`,
      );
  }, [loggedOut]);
  if (session.data?.authenticated && session.data.user) {
    setCsrfToken(session.data.csrfToken);
    return <SessionContext.Provider value={session.data.user}>{children}</SessionContext.Provider>;
  }
  return <p role="status">{loggedOut ? t('session.redirecting') : t('app.loading')}</p>;
}

export async function logOut(csrfToken: string | undefined): Promise<void> {
  const answer = await fetch('/auth/logout', {
    method: 'POST',
    headers: csrfToken ? { 'X-CSRF-Token': csrfToken } : {},
  });
  const { logoutUrl } = (await answer.json()) as { logoutUrl?: string };
  window.location.assign(logoutUrl ?? '/');
}
