import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConfigProblem } from '../../platform/types';

interface ConfigRequiredNoticeProps {
  problem: ConfigProblem;
  onClose: () => void;
}

/**
 * What staff see behind the discreet entry while the machine config cannot protect the agent
 * area: the exact reason and what IT must do (the same words as the log line).
 */
export function ConfigRequiredNotice({ problem, onClose }: ConfigRequiredNoticeProps) {
  const { t } = useTranslation('access');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const values = { path: problem.path, detail: problem.detail ?? '' };
  return (
    <section className="config-required" aria-labelledby="config-required-title" role="alert">
      <h2 id="config-required-title" tabIndex={-1} ref={heading}>
        {t('configRequired.title')}
      </h2>
      <p>{t('configRequired.intro')}</p>
      <dl>
        <dt>{t('configRequired.reasonLabel')}</dt>
        <dd>{t(`configRequired.reasons.${problem.reason}`, values)}</dd>
        <dt>{t('configRequired.actionLabel')}</dt>
        <dd>{t(`configRequired.actions.${problem.reason}`, values)}</dd>
      </dl>
      <button type="button" className="button" onClick={onClose}>
        {t('configRequired.close')}
      </button>
    </section>
  );
}
