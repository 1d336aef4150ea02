import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { intake, ReportingRound } from '../api/client';

/** The reporting rounds, and the one the address chooses (`?round=`), else the latest. */
export function useChosenRound() {
  const [params, setParams] = useSearchParams();
  const rounds = useQuery({
    queryKey: ['reporting-rounds'],
    queryFn: async () => (await intake.GET('/reporting-rounds')).data?.items ?? [],
  });
  const round = rounds.data?.find((r) => String(r.roundNumber) === params.get('round')) ?? rounds.data?.[0];
  const choose = (roundNumber: string) => setParams({ round: roundNumber }, { replace: true });
  return { rounds, round, choose };
}

/** The round chooser of a reporting screen: its choice is kept in the address, so a link opens the same round. */
export function RoundPicker({
  id,
  rounds,
  round,
  choose,
}: {
  id: string;
  rounds: ReportingRound[];
  round: ReportingRound;
  choose: (roundNumber: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <label htmlFor={id}>{t('board.round')}</label>
      <select id={id} value={round.roundNumber} onChange={(e) => choose(e.target.value)}>
        {rounds.map((r) => (
          <option key={r.roundNumber} value={r.roundNumber}>
            {r.label}
          </option>
        ))}
      </select>
    </>
  );
}
