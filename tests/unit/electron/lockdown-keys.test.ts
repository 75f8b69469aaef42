import { describe, expect, it } from 'vitest';
import { shouldBlockInput, type KeyInput } from '../../../electron/lockdown';
import { key } from './key-input';

const ctrl = { control: true };
const ctrlShift = { control: true, shift: true };
const alt = { alt: true };
const altGr = { control: true, alt: true }; // how Windows reports AltGr

const BLOCKED: [string, KeyInput][] = [
  ['Alt+F4', key('F4', alt)],
  ['Ctrl+F4', key('F4', ctrl)],
  ['Ctrl+W', key('w', ctrl)],
  ['Ctrl+Shift+W', key('W', ctrlShift)],
  ['Ctrl+Q', key('q', ctrl)],
  ['Ctrl+Shift+Q', key('Q', ctrlShift)],
  ['F5', key('F5')],
  ['Shift+F5', key('F5', { shift: true })],
  ['Ctrl+F5', key('F5', ctrl)],
  ['Ctrl+R', key('r', ctrl)],
  ['Ctrl+Shift+R', key('R', ctrlShift)],
  ['F11', key('F11')],
  ['F12', key('F12')],
  ['F6', key('F6')],
  ['F7 (caret browsing)', key('F7')],
  ['F10 (menu)', key('F10')],
  ['Ctrl+Shift+F10', key('F10', ctrlShift)],
  ['Alt+Shift+F10', key('F10', { alt: true, shift: true })],
  ['Ctrl+ContextMenu', key('ContextMenu', ctrl)],
  ['Ctrl+Shift+A with the OS key', key('A', { control: true, shift: true, meta: true })],
  ['F1', key('F1')],
  ['F3', key('F3')],
  ['F24', key('F24')],
  ['Ctrl+Shift+I', key('I', ctrlShift)],
  ['Ctrl+Shift+J', key('J', ctrlShift)],
  ['Ctrl+Shift+C', key('C', ctrlShift)],
  ['Ctrl+P', key('p', ctrl)],
  ['Ctrl+Shift+P', key('P', ctrlShift)],
  ['Ctrl+N', key('n', ctrl)],
  ['Ctrl+Shift+N', key('N', ctrlShift)],
  ['Ctrl+T', key('t', ctrl)],
  ['Ctrl+Shift+T', key('T', ctrlShift)],
  ['Ctrl+L', key('l', ctrl)],
  ['Ctrl+O', key('o', ctrl)],
  ['Ctrl+S', key('s', ctrl)],
  ['Ctrl+U', key('u', ctrl)],
  ['Ctrl+F', key('f', ctrl)],
  ['Ctrl+G', key('g', ctrl)],
  ['Ctrl+H', key('h', ctrl)],
  ['Ctrl+J', key('j', ctrl)],
  ['Ctrl+D', key('d', ctrl)],
  ['Ctrl+E', key('e', ctrl)],
  ['Ctrl+K', key('k', ctrl)],
  ['Ctrl+M', key('m', ctrl)],
  ['Ctrl+Shift+B', key('B', ctrlShift)],
  ['Ctrl+Shift+O', key('O', ctrlShift)],
  ['Ctrl+Shift+Delete', key('Delete', ctrlShift)],
  ['Ctrl+Tab', key('Tab', ctrl)],
  ['Ctrl+Shift+Tab', key('Tab', ctrlShift)],
  ['Ctrl+PageDown', key('PageDown', ctrl)],
  ['Ctrl+1', key('1', ctrl)],
  ['Ctrl+9', key('9', ctrl)],
  ['Ctrl+Escape', key('Escape', ctrl)],
  ['Ctrl+Plus', key('+', ctrl, 'Equal')],
  ['Ctrl+Shift+= (plus)', key('+', ctrlShift, 'Equal')],
  ['Ctrl+=', key('=', ctrl, 'Equal')],
  ['Ctrl+Minus', key('-', ctrl, 'Minus')],
  ['Ctrl+0', key('0', ctrl)],
  ['Ctrl+numpad +', key('+', ctrl, 'NumpadAdd')],
  ['Ctrl+numpad -', key('-', ctrl, 'NumpadSubtract')],
  ['Ctrl+numpad 0', key('0', ctrl, 'Numpad0')],
  ['Alt+D', key('d', alt)],
  ['Alt+F', key('f', alt)],
  ['Alt+E', key('e', alt)],
  ['Alt+Left', key('ArrowLeft', alt)],
  ['Alt+Right', key('ArrowRight', alt)],
  ['Alt+Home', key('Home', alt)],
  ['Alt+Space (window menu)', key(' ', alt, 'Space')],
  ['Alt+Enter', key('Enter', alt)],
  ['Alt+Shift+D', key('D', { alt: true, shift: true })],
  ['BrowserBack', key('BrowserBack')],
  ['BrowserForward', key('BrowserForward')],
  ['BrowserRefresh', key('BrowserRefresh')],
  ['BrowserHome', key('BrowserHome')],
  ['BrowserSearch', key('BrowserSearch')],
  ['LaunchApplication1', key('LaunchApplication1')],
  ['LaunchMail', key('LaunchMail')],
  ['ZoomIn key', key('ZoomIn')],
  ['Print key', key('Print')],
  ['Unidentified key on the BrowserBack position', key('Unidentified', {}, 'BrowserBack')],
  ['Meta+D (Windows key)', key('d', { meta: true })],
  ['Meta+R', key('r', { meta: true })],
  ['AZERTY Ctrl+W (key w on the Z position)', key('w', ctrl, 'KeyZ')],
  ['AZERTY Ctrl+Q (key q on the A position)', key('q', ctrl, 'KeyA')],
  ['Ctrl+letter from another layout', key('ц', ctrl, 'KeyW')],
  ['Ctrl with an unidentified key on the W position', key('Unidentified', ctrl, 'KeyW')],
  ['AltGr+F4 still closes nothing', key('F4', altGr)],
];

const TYPING: [string, KeyInput][] = [
  ...'azertyuiopqsdfghjklmwxcvbn'.split('').map((c): [string, KeyInput] => [c, key(c)]),
  ...'AZERTYQSDFWXCVBN'
    .split('')
    .map((c): [string, KeyInput] => [`Shift+${c}`, key(c, { shift: true })]),
  ...'0123456789'.split('').map((c): [string, KeyInput] => [c, key(c)]),
  ...'éèàçùâêîôûëïüœæ²&"\'(-_)=^$*,;:!<>'.split('').map((c): [string, KeyInput] => [c, key(c)]),
  ['dead circumflex', key('Dead', {}, 'BracketLeft')],
  ['dead diaeresis (Shift)', key('Dead', { shift: true }, 'BracketLeft')],
  ['IME composition', key('Process', {}, 'KeyA')],
  ['Shift', key('Shift', { shift: true }, 'ShiftLeft')],
  ['Control alone', key('Control', ctrl, 'ControlLeft')],
  ['Alt alone', key('Alt', alt, 'AltLeft')],
  ['AltGraph', key('AltGraph', {}, 'AltRight')],
  ['CapsLock', key('CapsLock')],
  ['Backspace', key('Backspace')],
  ['Delete', key('Delete')],
  ['Tab', key('Tab')],
  ['Shift+Tab', key('Tab', { shift: true })],
  ['Enter', key('Enter')],
  ['Shift+Enter', key('Enter', { shift: true })],
  ['Escape', key('Escape')],
  ['Space', key(' ', {}, 'Space')],
  ['ArrowLeft', key('ArrowLeft')],
  ['ArrowRight', key('ArrowRight')],
  ['ArrowUp', key('ArrowUp')],
  ['ArrowDown', key('ArrowDown')],
  ['Shift+ArrowLeft (select)', key('ArrowLeft', { shift: true })],
  ['Home', key('Home')],
  ['End', key('End')],
  ['PageUp', key('PageUp')],
  ['PageDown', key('PageDown')],
  ['Ctrl+A', key('a', ctrl)],
  ['Ctrl+C', key('c', ctrl)],
  ['Ctrl+V', key('v', ctrl)],
  ['Ctrl+X', key('x', ctrl)],
  ['Ctrl+Z', key('z', ctrl)],
  ['Ctrl+Y', key('y', ctrl)],
  ['Ctrl+Shift+Z', key('Z', ctrlShift)],
  ['Ctrl+Shift+V', key('V', ctrlShift)],
  ['Ctrl+B (bold)', key('b', ctrl)],
  ['Ctrl+I (italic)', key('i', ctrl)],
  ['AZERTY Ctrl+A (key a on the Q position)', key('a', ctrl, 'KeyQ')],
  ['AZERTY Ctrl+Z (key z on the W position)', key('z', ctrl, 'KeyW')],
  ['Ctrl+ArrowLeft (word)', key('ArrowLeft', ctrl)],
  ['Ctrl+Shift+ArrowRight (select word)', key('ArrowRight', ctrlShift)],
  ['Ctrl+Backspace', key('Backspace', ctrl)],
  ['Ctrl+Delete', key('Delete', ctrl)],
  ['Ctrl+Home', key('Home', ctrl)],
  ['Ctrl+End', key('End', ctrl)],
  ['Numpad digit', key('7', {}, 'Numpad7')],
  ['ContextMenu key (page menu of the right-click exercise)', key('ContextMenu')],
  ['Shift+F10 (page menu of the right-click exercise)', key('F10', { shift: true })],
  ['Ctrl+Shift+A (the kiosk opens the agent area)', key('A', ctrlShift)],
  ['AZERTY Ctrl+Shift+A (key A on the Q position)', key('A', ctrlShift, 'KeyQ')],
];

/** AltGr layer of the French AZERTY keyboard: what an e-mail or a password needs. */
const AZERTY_ALTGR: [string, string][] = [
  ['@', 'Digit0'],
  ['€', 'KeyE'],
  ['#', 'Digit3'],
  ['{', 'Digit4'],
  ['[', 'Digit5'],
  ['|', 'Digit6'],
  ['\\', 'Digit8'],
  ['^', 'Digit9'],
  [']', 'Minus'],
  ['}', 'Equal'],
  ['¤', 'BracketRight'],
];

for (const platform of ['linux', 'win32'] as const) {
  describe(`shouldBlockInput on ${platform}`, () => {
    it.each(BLOCKED)('blocks %s', (_name, input) => {
      expect(shouldBlockInput(input, platform)).toBe(true);
      expect(shouldBlockInput({ ...input, type: 'keyUp' }, platform)).toBe(true);
    });

    it.each(TYPING)('lets %s through', (_name, input) => {
      expect(shouldBlockInput(input, platform)).toBe(false);
    });

    it.each(AZERTY_ALTGR)('lets AltGr type %s (reported as Ctrl+Alt)', (char, code) => {
      expect(shouldBlockInput(key(char, altGr, code), platform)).toBe(false);
    });

    it.each(AZERTY_ALTGR)('lets AltGr type %s when only the key value changes', (char, code) => {
      expect(shouldBlockInput(key(char, {}, code), platform)).toBe(false);
    });

    it('lets AltGr combinations through whatever key value Windows gives (Ctrl+Alt+0, Ctrl+Alt+E)', () => {
      for (const k of ['0', '3', '4', '5', '6', '8', '9', 'e', ')', '=']) {
        expect(shouldBlockInput(key(k, altGr), platform)).toBe(false);
        expect(shouldBlockInput(key(k, { ...altGr, shift: true }), platform)).toBe(false);
      }
    });

    it('lets an AltGr dead key through (tilde, backquote)', () => {
      expect(shouldBlockInput(key('Dead', altGr, 'Digit2'), platform)).toBe(false);
      expect(shouldBlockInput(key('Dead', alt, 'Digit7'), platform)).toBe(false);
    });

    it('lets a third-level symbol through when the layout reports AltGr as Alt', () => {
      expect(shouldBlockInput(key('@', alt, 'Digit0'), platform)).toBe(false);
      expect(shouldBlockInput(key('€', alt, 'KeyE'), platform)).toBe(false);
    });

    it('lets Windows Alt codes (Alt + numeric keypad) through', () => {
      expect(shouldBlockInput(key('0', alt, 'Numpad0'), platform)).toBe(false);
      expect(shouldBlockInput(key('6', alt, 'Numpad6'), platform)).toBe(false);
    });

    it('blocks the OS key with anything, but not the bare modifier', () => {
      expect(shouldBlockInput(key('l', { meta: true }), platform)).toBe(true);
      expect(shouldBlockInput(key('Tab', { meta: true }), platform)).toBe(true);
      expect(shouldBlockInput(key('Meta', { meta: true }, 'MetaLeft'), platform)).toBe(false);
    });

    it('blocks AltGr together with the OS key', () => {
      expect(shouldBlockInput(key('@', { ...altGr, meta: true }, 'Digit0'), platform)).toBe(true);
    });

    it('reads the physical key when the key value is missing', () => {
      expect(shouldBlockInput(key('', ctrl, 'KeyW'), platform)).toBe(true);
      expect(shouldBlockInput(key('', ctrl, 'KeyC'), platform)).toBe(false);
      expect(shouldBlockInput(key('', {}, 'F5'), platform)).toBe(true);
    });
  });
}

describe('shouldBlockInput platform default', () => {
  it('uses process.platform when none is given', () => {
    expect(shouldBlockInput(key('F5'))).toBe(true);
    expect(shouldBlockInput(key('a'))).toBe(false);
  });
});

describe('the kiosk’s own shortcuts', () => {
  it.each(['linux', 'win32'])(
    'all get through the lockdown on %s (renderer/app/shortcuts.ts)',
    async (platform) => {
      const { SHORTCUTS } = await import('../../../renderer/app/shortcuts');
      expect(SHORTCUTS.length).toBeGreaterThan(0);
      for (const { name, keys } of SHORTCUTS) {
        const input = key(keys.shift ? keys.key.toUpperCase() : keys.key, {
          control: !!keys.ctrl,
          alt: !!keys.alt,
          shift: !!keys.shift,
        });
        expect(shouldBlockInput(input, platform), name).toBe(false);
      }
    },
  );
});
