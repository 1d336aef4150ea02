// The coordination-round aggregate (stream `coordination-round:<number>`): a round of local
// coordination meetings and the regional meeting it prepares.

export type CoordinationRoundEvent =
  | {
      type: 'CoordinationRoundPlanned';
      data: {
        roundNumber: number;
        label: string;
        /** Reporting period the round's regional meeting takes stock of: `2020` or `2020-H1` / `2020-H2`. */
        reportingPeriod?: string;
        regionalMeetingId?: string;
        regionalMeetingDate?: string;
      };
    }
  | {
      type: 'RegionalMeetingDateSet';
      data: { roundNumber: number; regionalMeetingId: string; regionalMeetingDate: string };
    };

export type CoordinationRoundState =
  | { planned: false }
  | {
      planned: true;
      roundNumber: number;
      label: string;
      reportingPeriod?: string;
      regionalMeetingId?: string;
      regionalMeetingDate?: string;
    };

export const initialRoundState = (): CoordinationRoundState => ({ planned: false });

export function evolveRound(state: CoordinationRoundState, event: CoordinationRoundEvent): CoordinationRoundState {
  switch (event.type) {
    case 'CoordinationRoundPlanned':
      return { planned: true, ...event.data };
    case 'RegionalMeetingDateSet':
      return state.planned
        ? {
            ...state,
            regionalMeetingId: event.data.regionalMeetingId,
            regionalMeetingDate: event.data.regionalMeetingDate,
          }
        : state;
    default:
      return state;
  }
}

/** Regional coordination meetings are held twice a year: the next round is due six months after this one's. */
export const ROUND_CADENCE_MONTHS = 6;
