import { useEffect, type RefObject } from 'react';
import type { FormErrors } from './checkForm';

/**
 * After a refused save, brings the first error into view and focuses its field, so an agent
 * whose screen is scrolled to the "Enregistrer" bar sees what to fix.
 */
export function useRevealFirstError(
  container: RefObject<HTMLElement | null>,
  errors: FormErrors,
): void {
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    const root = container.current;
    const message = root?.querySelector<HTMLElement>('.entry-form .field-error');
    if (!message) return;
    message.scrollIntoView({ block: 'center' });
    const details = message.closest('details');
    if (details) details.open = true;
    const field = message
      .closest('.field, fieldset, .duration-field, .demarche-picker')
      ?.querySelector<HTMLElement>('input, select, textarea');
    field?.focus({ preventScroll: true });
  }, [container, errors]);
}
