// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ClickTargets, {
  targetSize,
} from '../../../../renderer/features/citizen/interactions/click-targets/ClickTargets';
import { clickTargetsStep } from '../../../../renderer/features/citizen/interactions/click-targets/schema';
import { L, renderInteraction } from '../render';

const step = clickTargetsStep.parse({ type: 'click-targets', prompt: L('Cliquez'), count: 3 });

describe('click-targets', () => {
  it('shrinks targets from 96 to 48 px', () => {
    expect([0, 1, 2].map((i) => targetSize(step, i))).toEqual([96, 72, 48]);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('is completed with the mouse, one target after the other', async () => {
    const user = userEvent.setup();
    const { onAttempt } = renderInteraction(ClickTargets, step);
    for (let i = 1; i <= 3; i++) {
      const target = screen.getByRole('button', { name: `Cible ${i} sur 3` });
      expect(target.style.inlineSize).toBe(`${targetSize(step, i - 1)}px`);
      await user.click(target);
    }
    expect(onAttempt).toHaveBeenCalledTimes(1);
    expect(onAttempt).toHaveBeenCalledWith({ correct: true });
    expect(screen.getByText('Cibles touchées : 3 sur 3')).toBeTruthy();
  });

  it('is completed with the keyboard: Tab to the target, Enter; focus follows the next target', async () => {
    const user = userEvent.setup();
    const { onAttempt } = renderInteraction(ClickTargets, step);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cible 1 sur 3' }));
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cible 2 sur 3' }));
    await user.keyboard('{Enter}{Enter}');
    expect(onAttempt).toHaveBeenCalledWith({ correct: true });
  });
});
