import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalEntry } from '../../../data/types';
import { ISSUES } from '../../../data/taxonomies';
import { Icon } from '../../../ui/Icon';
import { useTermLabel } from '../../journal';

export interface SavedInfo {
  entry: JournalEntry;
  label: string;
  undone: boolean;
}

/** How long "Annuler" stays offered after a save. */
export const UNDO_SECONDS = 10;

interface SavedToastProps {
  saved: SavedInfo | null;
  onUndo: () => void;
  onExpire: () => void;
}

/** Says what was saved and offers to undo it for a few seconds; announced politely. */
export function SavedToast({ saved, onUndo, onExpire }: SavedToastProps) {
  const { t } = useTranslation('agent');
  const label = useTermLabel();

  useEffect(() => {
    if (!saved) return;
    const timer = window.setTimeout(onExpire, UNDO_SECONDS * 1000);
    return () => window.clearTimeout(timer);
  }, [saved, onExpire]);

  return (
    <div className="agent-toast-region" role="status" aria-live="polite">
      {saved && (
        <div className={`agent-toast ${saved.undone ? 'agent-toast--undone' : ''}`}>
          <Icon name={saved.undone ? 'back' : 'check'} />
          <p>
            {saved.undone
              ? t('quickLog.undone')
              : t('quickLog.saved', {
                  demarche: saved.label,
                  duree: saved.entry.dureeMinutes,
                  issue: label(ISSUES, saved.entry.issue),
                })}
          </p>
          {!saved.undone && (
            <button type="button" className="button" onClick={onUndo}>
              {t('quickLog.undo')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
