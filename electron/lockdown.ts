/**
 * The two lockdown decisions, as pure functions (unit-tested, and called by an acceptance
 * checklist kept outside the repository: keep the names and signatures).
 *
 * Keyboard policy, by principle rather than by list of test cases:
 * 1. Keys that only ever mean a browser or system command (function keys, Browser and Launch
 *    keys, zoom, print…) are blocked whatever the modifiers.
 * 2. AltGr is typing. Windows reports it as Ctrl+Alt, Linux as the `AltGraph` key; French
 *    AZERTY needs it for `@ € # { } [ ] | \`. Ctrl+Alt without the OS key is treated as AltGr.
 * 3. Ctrl (and Cmd on macOS) is a command key: only the editing shortcuts citizens practise
 *    (select all, copy, cut, paste, undo, redo, bold/italic, word moves) get through.
 * 4. Alt alone is a command key on Windows and Linux (menus, back/forward, Alt+F4, Alt+Space)
 *    except when it produced a symbol or a numeric keypad digit (Windows Alt codes). On macOS
 *    Option is typing (accents, symbols, word moves).
 * 5. The OS key (Windows/Super) is never needed by the page on Windows and Linux.
 * 6. Everything else — letters, digits, accents and dead keys, Shift, Backspace, Delete, Tab,
 *    Enter, Escape, arrows, Home/End, PageUp/PageDown, IME composition — is typing.
 * Two exceptions serve the app itself: the keys that open the page's own context menu
 * (ContextMenu, Shift+F10: an exercise teaches them, and Electron shows no native menu), and
 * Ctrl+Shift+A, the kiosk's agent-area shortcut (renderer/app/shortcuts.ts).
 */

/** The fields of Electron's `Input` that the policy reads. */
export interface KeyInput {
  type: string;
  key: string;
  code: string;
  control: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
}

const MODIFIER_KEYS = new Set([
  'Shift',
  'Control',
  'Alt',
  'AltGraph',
  'Meta',
  'OS',
  'Super',
  'Hyper',
  'CapsLock',
  'NumLock',
  'Fn',
  'FnLock',
]);

/** Keys whose only meaning is a browser, window or system command. */
const COMMAND_KEYS = new Set([
  'Close',
  'New',
  'Open',
  'Save',
  'Print',
  'PrintScreen',
  'Find',
  'Help',
  'Props',
  'ZoomIn',
  'ZoomOut',
  'ZoomToggle',
  'Power',
  'PowerOff',
  'Sleep',
  'WakeUp',
  'Standby',
  'Hibernate',
  'LogOff',
  'Eject',
  'MailSend',
  'MailReply',
  'MailForward',
  'Exit',
  'Settings',
  'AppSwitch',
  'Execute',
  'Select',
  'Attn',
  'Cancel',
]);
const COMMAND_KEY_PATTERN =
  /^(F\d{1,2}|Soft\d+|Browser[A-Za-z]*|Launch[A-Za-z0-9]*|MediaApps|Tv[A-Za-z]*)$/;

/** Named keys that move or edit within a field: allowed with Ctrl (word moves, deletes). */
const EDITING_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'Backspace',
  'Delete',
  'Insert',
]);
/** With Shift too, only selection moves (Ctrl+Shift+Delete clears browsing data). */
const SELECTION_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

/** Ctrl/Cmd + letter shortcuts that edit text; every other letter is a browser command. */
const EDITING_LETTERS = new Set(['a', 'c', 'v', 'x', 'z', 'y', 'b', 'i']);
/** With Shift too: redo, paste as plain text, and the kiosk's own Ctrl+Shift+A (agent area). */
const EDITING_LETTERS_WITH_SHIFT = new Set(['z', 'v', 'a']);

/** The key's name, falling back to the physical key when the layout gave nothing usable. */
function effectiveKey(input: KeyInput): string {
  if (input.key && input.key !== 'Unidentified') return input.key;
  const code = input.code ?? '';
  if (/^Key[A-Z]$/.test(code)) return code.slice(3).toLowerCase();
  if (/^Digit\d$/.test(code)) return code.slice(5);
  return code;
}

const isCharacter = (key: string): boolean => [...key].length === 1 && !/[\p{Cc}]/u.test(key);
const isAsciiAlphanumeric = (key: string): boolean => /^[A-Za-z0-9]$/.test(key);
const isCompositionKey = (key: string): boolean =>
  key === 'Dead' || key === 'Process' || key === 'Compose';

/** True when the key alone is a command, whatever the modifiers. */
function isCommandKey(key: string, code: string): boolean {
  return COMMAND_KEYS.has(key) || COMMAND_KEY_PATTERN.test(key) || COMMAND_KEY_PATTERN.test(code);
}

/** Ctrl/Cmd held: only editing shortcuts pass. */
function isEditingShortcut(key: string, shift: boolean): boolean {
  if ((shift ? SELECTION_KEYS : EDITING_KEYS).has(key)) return true;
  const letter = key.toLowerCase();
  return shift ? EDITING_LETTERS_WITH_SHIFT.has(letter) : EDITING_LETTERS.has(letter);
}

/**
 * True when a key event must be swallowed in `before-input-event` so neither the page nor
 * Chromium nor the window sees it. Keys the OS itself handles (Alt+Tab, Ctrl+Alt+Del, the
 * Windows key) never reach this function: they are locked at the OS level (docs/deployment.md).
 */
export function shouldBlockInput(
  input: KeyInput,
  platform: NodeJS.Platform | string = process.platform,
): boolean {
  const key = effectiveKey(input);
  const code = input.code ?? '';
  const mac = platform === 'darwin';

  const noCommandModifier = !input.control && !input.alt && !input.meta;
  // The page's own context menu (keyboard path of the right-click exercise).
  if (noCommandModifier && (key === 'ContextMenu' || (key === 'F10' && input.shift))) return false;
  if (isCommandKey(key, code)) return true;
  if (MODIFIER_KEYS.has(key)) return false;

  // On macOS Cmd is the command key and Ctrl is rarely a shortcut: treat both as commands.
  const commandHeld = mac ? input.meta || input.control : input.control;
  const osKeyHeld = !mac && input.meta;
  if (osKeyHeld) return true;

  // AltGr (Ctrl+Alt on Windows, and on other systems when a layout reports it so) is typing.
  const altGr = input.control && input.alt && !input.meta;
  if (altGr && !mac) return false;

  // Cmd+Option is always a command on macOS (devtools, window and tab switching).
  if (commandHeld) return (mac && input.alt) || !isEditingShortcut(key, input.shift);

  if (input.alt && !mac) {
    if (isCharacter(key) && !isAsciiAlphanumeric(key) && key !== ' ') return false; // a symbol from a third-level key
    if (/^Numpad\d$/.test(code)) return false; // Windows Alt codes (Alt+0064 gives @)
    if (isCompositionKey(key)) return false; // a dead key on the third level (AltGr+2: ~)
    return true;
  }

  return false;
}

/** Default origin of the app, served by the custom protocol (see protocol.ts). */
export const APP_ORIGIN = 'app://kiosque';

/**
 * True when no path segment, once decoded, is `..` or holds a slash, backslash or NUL.
 * Checked on the raw text too: `new URL` silently resolves `..`, and a URL that tries to climb
 * out of the app folder is an attack even when the parser would contain it.
 */
function hasSafePath(rawUrl: string, pathname: string): boolean {
  const rawPath = rawUrl.split(/[?#]/, 1)[0] ?? '';
  const rawSegments = rawPath.split(/[/\\]/);
  for (const segment of [...rawSegments, ...pathname.split('/')]) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return false;
    }
    if (decoded === '..' || /[/\\\0]/.test(decoded)) return false;
  }
  return true;
}

/**
 * True only for URLs of the app's own origin: same scheme, same host (case-insensitive, as
 * Chromium lowercases standard-scheme hosts), no port, no user info, no traversal once decoded.
 * Parsed with `new URL` and compared field by field: `app:` is not a special scheme, so
 * `URL.origin` is the opaque "null" and cannot be compared directly.
 */
export function isNavigationAllowed(url: string, appOrigin: string = APP_ORIGIN): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > 8192) return false;
  let target: URL;
  let app: URL;
  try {
    target = new URL(url);
    app = new URL(appOrigin);
  } catch {
    return false;
  }
  if (target.protocol !== app.protocol) return false;
  if (target.username !== '' || target.password !== '') return false;
  if (target.hostname === '' || target.hostname.toLowerCase() !== app.hostname.toLowerCase())
    return false;
  if (target.port !== app.port) return false;
  return hasSafePath(url, target.pathname);
}
