import { useEffect, useRef } from 'react';

interface ConfirmBoxProps {
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * An inline confirmation (no browser dialog in a kiosk): the question is announced, focus
 * moves to "Annuler" so a stray Enter does not confirm a destructive action.
 */
export function ConfirmBox({
  question,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
}: ConfirmBoxProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <div className="stats-confirm" role="alertdialog" aria-label={question}>
      <p>{question}</p>
      <div className="stats-actions">
        <button type="button" className="button button--primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
