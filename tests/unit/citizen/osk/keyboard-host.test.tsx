// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { OnScreenKeyboardMode } from '../../../../electron/shared/config-schema';
import { KeyboardHost } from '../../../../renderer/features/citizen/osk/KeyboardHost';
import { CLICK_WAIT_MS } from '../../../../renderer/features/citizen/osk/useFocusedField';
import { initI18n } from '../../../../renderer/i18n';
import { resources } from '../../../../renderer/i18n/resources';

// The osk texts are not among the shell's boot catalogues: start with every catalogue.
initI18n('fr', resources);

beforeAll(() => {
  // jsdom has no layout: the host's measuring and scrolling do nothing here.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  Element.prototype.scrollIntoView ??= () => undefined;
});

function Page({ mode }: { mode: OnScreenKeyboardMode }) {
  const [value, setValue] = useState('');
  return (
    <>
      <label>
        Votre mot
        <input value={value} onChange={(e) => setValue(e.target.value)} />
      </label>
      <button type="button">Ailleurs</button>
      <p>{`tapé:${value}`}</p>
      <KeyboardHost mode={mode} />
    </>
  );
}

const keyboard = () => screen.queryByRole('group', { name: 'Clavier à l’écran' });
const key = (name: string) => screen.getByRole('button', { name, exact: true } as never);
const touch = (el: Element, pointerType: string) =>
  fireEvent(el, Object.assign(new Event('pointerdown', { bubbles: true }), { pointerType }));

describe('the on-screen keyboard host', () => {
  it('opens when a field gets the focus (mode always) and types into React state', async () => {
    render(<Page mode="always" />);
    expect(keyboard()).toBeNull();
    act(() => screen.getByLabelText('Votre mot').focus());
    await waitFor(() => expect(keyboard()).not.toBeNull());
    fireEvent.click(key('Majuscule'));
    expect(key('Majuscule').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(key('B')); // Majuscule shows on the keys: "b" is now "B"
    for (const c of 'onjour') fireEvent.click(key(c));
    fireEvent.click(key('Espace'));
    fireEvent.click(key('Effacer'));
    expect(screen.getByText('tapé:Bonjour')).toBeTruthy();
    expect(screen.getByLabelText('Votre mot')).toBe(document.activeElement);
  });

  it('a double tap on Majuscule locks the capitals until the next tap', async () => {
    render(<Page mode="always" />);
    act(() => screen.getByLabelText('Votre mot').focus());
    await waitFor(() => expect(keyboard()).not.toBeNull());
    // The double tap is judged on the clock: frozen here, so a slow machine cannot turn it into two taps.
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      const shift = key('Majuscule');
      fireEvent.click(shift);
      vi.advanceTimersByTime(150);
      fireEvent.click(shift);
    } finally {
      vi.useRealTimers();
    }
    fireEvent.click(key('O'));
    fireEvent.click(key('K'));
    fireEvent.click(key('Majuscule'));
    fireEvent.click(key('é'));
    expect(screen.getByText('tapé:OKé')).toBeTruthy();
  });

  it('every key is a button named by its character or its function', async () => {
    render(<Page mode="always" />);
    act(() => screen.getByLabelText('Votre mot').focus());
    await waitFor(() => expect(keyboard()).not.toBeNull());
    for (const name of [
      'Effacer',
      'Majuscule',
      'Espace',
      'Entrée',
      'Masquer le clavier',
      '@',
      'ç',
      '0',
    ])
      expect(key(name).tagName).toBe('BUTTON');
  });

  it('closes when the field loses the focus, and "Masquer" hides it until the field is touched', async () => {
    render(<Page mode="always" />);
    act(() => screen.getByLabelText('Votre mot').focus());
    await waitFor(() => expect(keyboard()).not.toBeNull());
    act(() => screen.getByRole('button', { name: 'Ailleurs' }).focus());
    await waitFor(() => expect(keyboard()).toBeNull());
    act(() => screen.getByLabelText('Votre mot').focus());
    await waitFor(() => expect(keyboard()).not.toBeNull());
    fireEvent.click(key('Masquer le clavier'));
    expect(keyboard()).toBeNull();
    touch(screen.getByLabelText('Votre mot'), 'touch');
    fireEvent.pointerUp(screen.getByLabelText('Votre mot'));
    await waitFor(() => expect(keyboard()).not.toBeNull());
  });

  it('mode auto: opens for a finger, not for a mouse; mode never: not at all', async () => {
    const { unmount } = render(<Page mode="auto" />);
    const field = screen.getByLabelText('Votre mot');
    touch(field, 'mouse');
    act(() => field.focus());
    fireEvent.pointerUp(field);
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(keyboard()).toBeNull();
    act(() => field.blur());
    touch(field, 'touch');
    fireEvent.pointerUp(field);
    act(() => field.focus());
    await waitFor(() => expect(keyboard()).not.toBeNull());
    unmount();

    render(<Page mode="never" />);
    touch(screen.getByLabelText('Votre mot'), 'touch');
    act(() => screen.getByLabelText('Votre mot').focus());
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(keyboard()).toBeNull();
  });

  it('a finger on a field opens the keyboard only once the tap’s click is out, so no key lands under it', async () => {
    render(<Page mode="always" />);
    const field = screen.getByLabelText('Votre mot');
    touch(field, 'touch');
    act(() => field.focus()); // a finger's focus comes with the gesture, after it lifts
    fireEvent.pointerUp(field);
    // A few tasks later the browser has not sent the tap's click yet: the keyboard must wait,
    // or that click would land on the key that now sits where the field was.
    await act(() => new Promise((r) => setTimeout(r, 30)));
    expect(keyboard()).toBeNull();
    fireEvent.click(field);
    await waitFor(() => expect(keyboard()).not.toBeNull());
    expect(screen.getByText('tapé:')).toBeTruthy();
  });

  it('a tap that makes no click (a long press) still opens the keyboard, after a short wait', async () => {
    render(<Page mode="always" />);
    const field = screen.getByLabelText('Votre mot');
    touch(field, 'touch');
    act(() => field.focus());
    fireEvent.pointerUp(field);
    await act(() => new Promise((r) => setTimeout(r, CLICK_WAIT_MS / 2)));
    expect(keyboard()).toBeNull();
    await waitFor(() => expect(keyboard()).not.toBeNull(), { timeout: CLICK_WAIT_MS * 3 });
  });
});
