import { useTranslation } from 'react-i18next';
import type { Catalogue, KpiReportRevision } from '../api/client';
import { Value } from '../components/Value';
import { revisionDiff } from './revision-diff';

/** "What changed since the last accepted revision": the cells added, changed or removed, old value beside new. */
export function RevisionDiff({
  catalogue,
  current,
  lastAccepted,
}: {
  catalogue: Catalogue;
  current: KpiReportRevision;
  lastAccepted?: KpiReportRevision;
}) {
  const { t } = useTranslation();
  if (!lastAccepted) {
    return (
      <section aria-labelledby="diff-heading">
        <h2 id="diff-heading">{t('diff.heading')}</h2>
        <p>{t('diff.noAccepted')}</p>
      </section>
    );
  }
  const changes = revisionDiff(lastAccepted.observations, current.observations);
  const measure = (code: string) => catalogue.kpis.flatMap((k) => k.measures).find((m) => m.code === code);
  const unit = (code: string) => catalogue.units.find((u) => u.code === measure(code)?.unit)?.label;
  return (
    <section aria-labelledby="diff-heading">
      <h2 id="diff-heading">{t('diff.heading')}</h2>
      {changes.length === 0 ? (
        <p>{t('diff.none', { revision: lastAccepted.revision })}</p>
      ) : (
        <table>
          <caption>{t('diff.caption', { revision: lastAccepted.revision, current: current.revision })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.measure')}</th>
              <th scope="col">{t('review.breakdown')}</th>
              <th scope="col">{t('diff.before', { revision: lastAccepted.revision })}</th>
              <th scope="col">{t('diff.after', { revision: current.revision })}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => {
              const breakdown = Object.entries(change.dimensions)
                .map(([d, v]) => `${d}: ${v}`)
                .join(', ');
              return (
                <tr key={`${change.measure} ${breakdown}`}>
                  <th scope="row">{measure(change.measure)?.label ?? change.measure}</th>
                  <td>{breakdown || t('review.total')}</td>
                  <td>
                    <Value value={change.before} unit={unit(change.measure)} />
                  </td>
                  <td>
                    <Value value={change.after} unit={unit(change.measure)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
