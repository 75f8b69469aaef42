/**
 * Nothing typed may be remembered by the browser: every form field of the page, present or
 * added later, gets `autocomplete="off"`. Chromium then neither offers nor stores autofill
 * entries for it and leaves it out of the form state it saves with the page in session
 * history (and so in the profile's session files on disk). One mechanism for the whole page,
 * so no exercise, present or future, has to remember it.
 */

const FIELDS = 'input, textarea, select, form';

function protect(element: Element): void {
  if (element.getAttribute('autocomplete') !== 'off') element.setAttribute('autocomplete', 'off');
}

function protectTree(node: Node): void {
  if (!(node instanceof Element)) return;
  if (node.matches(FIELDS)) protect(node);
  for (const field of node.querySelectorAll(FIELDS)) protect(field);
}

/**
 * Protects the fields under `root` now and whenever they are added or their `autocomplete`
 * is changed (the observer runs before the browser handles any typing). Returns the stop.
 */
export function installNoFormMemory(root: Element): () => void {
  protectTree(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') protectTree(record.target);
      else record.addedNodes.forEach(protectTree);
    }
  });
  observer.observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['autocomplete'],
  });
  return () => observer.disconnect();
}
