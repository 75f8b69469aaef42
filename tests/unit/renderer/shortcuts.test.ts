import { describe, expect, it } from 'vitest';
import { matchShortcut } from '../../../renderer/app/shortcuts';
import { shouldBlockInput } from '../../../electron/lockdown';

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; altKey: boolean; shiftKey: boolean; metaKey: boolean }> = {},
) => ({
  key: k,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...mods,
});

describe('kiosk keyboard commands', () => {
  it('opens the agent area with Ctrl+Shift+A, whatever the case of the letter', () => {
    expect(matchShortcut(key('A', { ctrlKey: true, shiftKey: true }))).toBe('open-agent-area');
    expect(matchShortcut(key('a', { ctrlKey: true, shiftKey: true }))).toBe('open-agent-area');
  });

  it('does not fire on typing or on AltGr combinations', () => {
    expect(matchShortcut(key('a'))).toBeNull();
    expect(matchShortcut(key('A', { shiftKey: true }))).toBeNull();
    expect(matchShortcut(key('a', { ctrlKey: true, altKey: true, shiftKey: true }))).toBeNull();
    expect(matchShortcut(key('a', { ctrlKey: true, shiftKey: true, metaKey: true }))).toBeNull();
  });

  it('is not swallowed by the lockdown keyboard policy', () => {
    for (const platform of ['linux', 'win32'] as const) {
      expect(
        shouldBlockInput(
          {
            type: 'keyDown',
            key: 'A',
            code: 'KeyA',
            control: true,
            alt: false,
            shift: true,
            meta: false,
          },
          platform,
        ),
      ).toBe(false);
    }
  });
});
