// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { applyEdit, typeInto } from '../../../../renderer/features/citizen/osk/typeInto';

const plain = { capsLock: false };

describe('applyEdit', () => {
  it('inserts at the caret, replaces a selection, and respects maxlength', () => {
    expect(applyEdit('bjour', [1, 1], { kind: 'text', text: 'on' })).toEqual({
      value: 'bonjour',
      caret: 3,
    });
    expect(applyEdit('bonsoir', [3, 7], { kind: 'text', text: 'jour' })).toEqual({
      value: 'bonjour',
      caret: 7,
    });
    expect(applyEdit('12345', [5, 5], { kind: 'text', text: '6' }, 5)).toBeNull();
    expect(applyEdit('1234', [4, 4], { kind: 'text', text: '56' }, 5)).toEqual({
      value: '12345',
      caret: 5,
    });
  });

  it('Effacer removes the selection or one character before the caret, never past the start', () => {
    expect(applyEdit('bonjour', [7, 7], { kind: 'backspace' })).toEqual({
      value: 'bonjou',
      caret: 6,
    });
    expect(applyEdit('bonjour', [0, 3], { kind: 'backspace' })).toEqual({
      value: 'jour',
      caret: 0,
    });
    expect(applyEdit('bonjour', [0, 0], { kind: 'backspace' })).toBeNull();
    expect(applyEdit('a😀', [3, 3], { kind: 'backspace' })).toEqual({ value: 'a', caret: 1 });
  });
});

/** A React controlled input, as every exercise field is. */
function Controlled({
  onSubmit,
  onKey,
}: {
  onSubmit?: () => void;
  onKey?: (caps: boolean) => void;
}) {
  const [value, setValue] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit?.();
      }}
    >
      <label>
        Champ
        <input
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => onKey?.(e.getModifierState('CapsLock'))}
        />
      </label>
      <output>{`state:${value}`}</output>
    </form>
  );
}

const field = () => screen.getByLabelText<HTMLInputElement>('Champ');

describe('typeInto a React controlled input', () => {
  it('updates React state through the same events as a physical key', () => {
    render(<Controlled />);
    const seen: string[] = [];
    for (const type of ['keydown', 'beforeinput', 'input', 'keyup'])
      field().addEventListener(type, () => seen.push(type));
    typeInto(field(), { kind: 'text', text: 'É' }, plain);
    typeInto(field(), { kind: 'text', text: 'l' }, plain);
    expect(screen.getByText('state:Él')).toBeTruthy();
    expect(seen).toEqual([
      'keydown',
      'beforeinput',
      'input',
      'keyup',
      'keydown',
      'beforeinput',
      'input',
      'keyup',
    ]);
  });

  it('types at the caret and deletes before it', () => {
    render(<Controlled />);
    for (const c of 'bjour') typeInto(field(), { kind: 'text', text: c }, plain);
    field().setSelectionRange(1, 1);
    typeInto(field(), { kind: 'text', text: 'o' }, plain);
    typeInto(field(), { kind: 'text', text: 'n' }, plain);
    expect(screen.getByText('state:bonjour')).toBeTruthy();
    expect(field().selectionStart).toBe(3);
    typeInto(field(), { kind: 'backspace' }, plain);
    expect(screen.getByText('state:bojour')).toBeTruthy();
  });

  it('lets the page cancel a key, like a real keydown', () => {
    render(<Controlled />);
    field().addEventListener('keydown', (e) => e.preventDefault());
    typeInto(field(), { kind: 'text', text: 'a' }, plain);
    expect(screen.getByText('state:')).toBeTruthy();
  });

  it('Entrée submits the form; a locked Majuscule reads as Caps Lock', () => {
    const onSubmit = vi.fn();
    const onKey = vi.fn();
    render(<Controlled onSubmit={onSubmit} onKey={onKey} />);
    typeInto(field(), { kind: 'enter' }, { capsLock: true });
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onKey).toHaveBeenCalledWith(true);
  });

  it('adds a line in a text area', () => {
    render(<textarea aria-label="Message" defaultValue="Bonjour" />);
    const area = screen.getByLabelText<HTMLTextAreaElement>('Message');
    area.setSelectionRange(7, 7);
    typeInto(area, { kind: 'enter' }, plain);
    expect(area.value).toBe('Bonjour\n');
  });
});
