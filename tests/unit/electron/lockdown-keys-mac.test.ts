import { describe, expect, it } from 'vitest';
import { shouldBlockInput } from '../../../electron/lockdown';
import { key } from './key-input';

describe('shouldBlockInput on macOS', () => {
  const cmd = { meta: true };
  it.each([
    ['Cmd+Q', key('q', cmd)],
    ['Cmd+W', key('w', cmd)],
    ['Cmd+H', key('h', cmd)],
    ['Cmd+M', key('m', cmd)],
    ['Cmd+R', key('r', cmd)],
    ['Cmd+N', key('n', cmd)],
    ['Cmd+T', key('t', cmd)],
    ['Cmd+L', key('l', cmd)],
    ['Cmd+P', key('p', cmd)],
    ['Cmd+,', key(',', cmd, 'Comma')],
    ['Cmd+Option+I', key('i', { meta: true, alt: true })],
    ['Cmd+Ctrl+F', key('f', { meta: true, control: true })],
    ['Cmd+[ (back)', key('[', cmd, 'BracketLeft')],
    ['Cmd+Plus', key('+', cmd, 'Equal')],
    ['Cmd+0', key('0', cmd)],
    ['Cmd+`', key('`', cmd, 'Backquote')],
    ['F11', key('F11')],
  ])('blocks %s', (_name, input) => {
    expect(shouldBlockInput(input, 'darwin')).toBe(true);
  });

  it.each([
    ['Cmd+C', key('c', cmd)],
    ['Cmd+V', key('v', cmd)],
    ['Cmd+X', key('x', cmd)],
    ['Cmd+A', key('a', cmd)],
    ['Cmd+Z', key('z', cmd)],
    ['Cmd+Shift+Z', key('Z', { meta: true, shift: true })],
    ['Cmd+ArrowLeft', key('ArrowLeft', cmd)],
    ['Option+E (accent)', key('Dead', { alt: true }, 'KeyE')],
    ['Option+( gives {', key('{', { alt: true }, 'Digit5')],
    ['Option+ArrowLeft (word)', key('ArrowLeft', { alt: true })],
    ['letter', key('a')],
    ['Escape', key('Escape')],
  ])('lets %s through', (_name, input) => {
    expect(shouldBlockInput(input, 'darwin')).toBe(false);
  });
});
