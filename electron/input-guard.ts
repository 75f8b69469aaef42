/**
 * Swallows, in `before-input-event`, every key combination the lockdown policy blocks, before
 * the page, Chromium or the window see it. Blocks are counted per shortcut and summarised in the
 * log; nothing is logged for keys that pass (they are what citizens type).
 */
import type { Input, WebContents } from 'electron';
import { shouldBlockInput } from './lockdown';
import type { BlockSummary } from './log/block-summary';

/** A readable name for a blocked combination, e.g. `Ctrl+Shift+I`, `Alt+F4`. */
export function describeShortcut(
  input: Pick<Input, 'key' | 'code' | 'control' | 'alt' | 'shift' | 'meta'>,
): string {
  const parts: string[] = [];
  if (input.control) parts.push('Ctrl');
  if (input.alt) parts.push('Alt');
  if (input.shift) parts.push('Shift');
  if (input.meta) parts.push('Meta');
  const key = input.key && input.key !== 'Unidentified' ? input.key : input.code;
  parts.push(key.length === 1 ? key.toUpperCase() : key.slice(0, 24));
  return parts.join('+');
}

export function installInputGuard(
  contents: WebContents,
  blocks: BlockSummary,
  platform: string = process.platform,
): void {
  contents.on('before-input-event', (event, input) => {
    if (!shouldBlockInput(input, platform)) return;
    event.preventDefault();
    // Count key presses, not key releases, so one press is one block.
    if (input.type === 'keyDown' || input.type === 'rawKeyDown')
      blocks.record('key', describeShortcut(input));
  });
}
