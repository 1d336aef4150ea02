import { NotAllowed } from '@salw/decider';
import type { Actor } from '@salw/event-store';

export const ROLES = ['ministry', 'seesac', 'analyst', 'administrative_agent', 'donor'] as const;
export type Role = (typeof ROLES)[number];

/** The verified caller: JWT subject, role and, for ministries, the jurisdiction they act for. */
export interface AuthenticatedActor extends Actor {
  role: Role;
}

/** The KPI catalogue's reporter of SEESAC's own regional data (KPI 5, KPI 14, AVMP): SEESAC alone acts for it. */
export const REGION_REPORTER = 'region';

/** A ministry acts for its own jurisdiction only; SEESAC acts for all, and alone for the region's data. Others act for none. */
export function assertActsFor(actor: AuthenticatedActor, jurisdiction: string): void {
  if (actor.role === 'seesac') return;
  if (jurisdiction === REGION_REPORTER)
    throw new NotAllowed(
      `Only SEESAC reports the region's data (${actor.role === 'ministry' ? `a ${actor.jurisdiction} ministry token` : `role ${actor.role}`})`,
    );
  if (actor.role === 'ministry' && actor.jurisdiction === jurisdiction) return;
  throw new NotAllowed(
    actor.role === 'ministry'
      ? `A ${actor.jurisdiction} ministry token cannot act for ${jurisdiction}`
      : `Role ${actor.role} cannot act for a jurisdiction`,
  );
}
