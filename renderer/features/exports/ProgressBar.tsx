import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Progress } from './progress';

/** A labelled `<progress>` for long exports and imports; indeterminate while the total is unknown. */
export function ProgressBar({ progress }: { progress: Progress }) {
  const { t } = useTranslation('stats');
  const id = useId();
  const phase = t(`exports.phases.${progress.phase as 'reading'}`, {
    defaultValue: progress.phase,
  });
  return (
    <div className="stats-progress">
      <label htmlFor={id}>
        {t('exports.progress', { phase, done: progress.done, total: progress.total })}
      </label>
      <progress
        id={id}
        max={Math.max(1, progress.total)}
        value={progress.total > 0 ? progress.done : undefined}
      />
    </div>
  );
}
