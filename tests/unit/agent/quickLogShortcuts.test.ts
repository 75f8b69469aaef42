import { describe, expect, it } from 'vitest';
import { quickLogCommand } from '../../../renderer/features/agent/quicklog/shortcuts';

const key = (over: Partial<Parameters<typeof quickLogCommand>[0]>) => ({ key: '', code: '', ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, ...over });

describe('quick log shortcuts', () => {
  it('Alt+digit picks a preset by physical key (AZERTY included)', () => {
    expect(quickLogCommand(key({ key: '&', code: 'Digit1', altKey: true }))).toEqual({ kind: 'preset', index: 0 });
    expect(quickLogCommand(key({ key: '9', code: 'Numpad9', altKey: true }))).toEqual({ kind: 'preset', index: 8 });
  });
  it('Ctrl+Enter saves', () => {
    expect(quickLogCommand(key({ key: 'Enter', code: 'Enter', ctrlKey: true }))).toEqual({ kind: 'save' });
  });
  it('ignores AltGr (Ctrl+Alt), plain digits and Enter', () => {
    expect(quickLogCommand(key({ key: '~', code: 'Digit2', altKey: true, ctrlKey: true }))).toBeNull();
    expect(quickLogCommand(key({ key: '1', code: 'Digit1' }))).toBeNull();
    expect(quickLogCommand(key({ key: 'Enter', code: 'Enter' }))).toBeNull();
    expect(quickLogCommand(key({ key: '0', code: 'Digit0', altKey: true }))).toBeNull();
  });
});
