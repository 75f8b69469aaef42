/** Which focused elements the on-screen keyboard types into: text fields a person can edit. */

export type TextField = HTMLInputElement | HTMLTextAreaElement;

/** Input types that take typed text (not checkboxes, dates, files, ranges…). */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'password', 'tel', 'url', 'number']);

export function isTextField(element: Element | null): element is TextField {
  if (element instanceof HTMLTextAreaElement) return !element.readOnly && !element.disabled;
  if (element instanceof HTMLInputElement)
    return TEXT_INPUT_TYPES.has(element.type) && !element.readOnly && !element.disabled;
  return false;
}
