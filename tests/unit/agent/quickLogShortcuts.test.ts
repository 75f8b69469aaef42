import { describe, expect, it } from 'vitest';
import { shouldBlockInput } from '../../../electron/lockdown';
import { quickLogCommand } from '../../../renderer/features/agent/quicklog/shortcuts';

const key = (over: Partial<Parameters<typeof quickLogCommand>[0]>) => ({
  key: '',
  code: '',
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...over,
});

describe('quick log shortcuts', () => {
  it('a digit picks a preset by physical key (AZERTY and keypad included), outside text fields', () => {
    expect(quickLogCommand(key({ key: '&', code: 'Digit1' }), 'none')).toEqual({
      kind: 'preset',
      index: 0,
    });
    expect(quickLogCommand(key({ key: '1', code: 'Digit1', shiftKey: true }), 'choice')).toEqual({
      kind: 'preset',
      index: 0,
    });
    expect(quickLogCommand(key({ key: '9', code: 'Numpad9' }), 'button')).toEqual({
      kind: 'preset',
      index: 8,
    });
    expect(quickLogCommand(key({ key: '3', code: 'Digit3' }), 'typing')).toBeNull();
    expect(quickLogCommand(key({ key: '0', code: 'Digit0' }), 'none')).toBeNull();
  });

  it('Enter saves from a choice or from nothing, never from a button or a text field', () => {
    expect(quickLogCommand(key({ key: 'Enter', code: 'Enter' }), 'choice')).toEqual({
      kind: 'save',
    });
    expect(quickLogCommand(key({ key: 'Enter', code: 'Enter' }), 'none')).toEqual({ kind: 'save' });
    expect(quickLogCommand(key({ key: 'Enter', code: 'Enter' }), 'button')).toBeNull();
    expect(quickLogCommand(key({ key: 'Enter', code: 'Enter' }), 'typing')).toBeNull();
  });

  it('ignores modified keys (AltGr, Ctrl, Alt)', () => {
    expect(
      quickLogCommand(key({ key: '~', code: 'Digit2', altKey: true, ctrlKey: true }), 'none'),
    ).toBeNull();
    expect(quickLogCommand(key({ key: 'Enter', code: 'Enter', ctrlKey: true }), 'none')).toBeNull();
    expect(quickLogCommand(key({ key: '1', code: 'Digit1', altKey: true }), 'none')).toBeNull();
  });

  it('uses only keys the Electron lockdown lets through', () => {
    for (const platform of ['linux', 'win32'] as const) {
      for (const input of [
        { key: 'Enter', code: 'Enter' },
        { key: '1', code: 'Digit1' },
        { key: '&', code: 'Digit1' },
        { key: '9', code: 'Numpad9' },
      ]) {
        expect(
          shouldBlockInput(
            { type: 'keyDown', ...input, control: false, alt: false, shift: false, meta: false },
            platform,
          ),
        ).toBe(false);
      }
    }
  });
});
