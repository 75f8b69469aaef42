import { useTranslation } from 'react-i18next';

/** "Exercice 2 sur 5" with a bar: where the person is in the parcours (never a countdown). */
export function ProgressHeader({ index, total }: { index: number; total: number }) {
  const { t } = useTranslation('citizen');
  const label = t('player.progress', { n: index + 1, count: total });
  return (
    <div className="progress">
      <p className="progress__label" aria-hidden="true">
        {label}
      </p>
      <progress className="progress__bar" max={total} value={index + 1} aria-label={label} />
    </div>
  );
}
