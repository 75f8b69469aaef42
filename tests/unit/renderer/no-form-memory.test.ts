// @vitest-environment jsdom
/** The page-wide mechanism that keeps typed text out of the browser's memory. */
import { afterEach, describe, expect, it } from 'vitest';
import { installNoFormMemory } from '../../../renderer/lib/noFormMemory';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
let stop = () => undefined as void;
afterEach(() => {
  stop();
  document.body.innerHTML = '';
});

describe('installNoFormMemory', () => {
  it('turns autocomplete off for fields present, added later, nested, or switched back on', async () => {
    document.body.innerHTML = '<input id="a"><form id="f"><textarea id="b"></textarea></form>';
    stop = installNoFormMemory(document.body);
    expect(document.getElementById('a')?.getAttribute('autocomplete')).toBe('off');
    expect(document.getElementById('b')?.getAttribute('autocomplete')).toBe('off');
    expect(document.getElementById('f')?.getAttribute('autocomplete')).toBe('off');

    const later = document.createElement('div');
    later.innerHTML = '<label>Message <textarea id="c"></textarea></label><select id="d"></select>';
    document.body.append(later);
    const email = document.createElement('input');
    email.type = 'email';
    email.setAttribute('autocomplete', 'email');
    document.body.append(email);
    await flush();
    for (const id of ['c', 'd'])
      expect(document.getElementById(id)?.getAttribute('autocomplete')).toBe('off');
    expect(email.getAttribute('autocomplete')).toBe('off');

    email.setAttribute('autocomplete', 'on');
    await flush();
    expect(email.getAttribute('autocomplete')).toBe('off');
  });
});
