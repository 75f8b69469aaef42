/**
 * Loads interaction components on demand and remembers them, so a prefetched type renders
 * synchronously (no loading flash when the citizen taps a parcours).
 */
import type { ComponentType } from 'react';
import type { Step, StepType } from '../content/schema';
import { INTERACTION_COMPONENTS } from '../interactions/components';
import type { InteractionProps } from '../interactions/types';

export type AnyInteraction = ComponentType<InteractionProps<Step>>;

const loaded = new Map<StepType, AnyInteraction>();
const pending = new Map<StepType, Promise<AnyInteraction>>();

export function getLoadedInteraction(type: StepType): AnyInteraction | undefined {
  return loaded.get(type);
}

export function loadInteraction(type: StepType): Promise<AnyInteraction> {
  const known = pending.get(type);
  if (known) return known;
  const loader = INTERACTION_COMPONENTS[type] as () => Promise<{ default: AnyInteraction }>;
  const promise = loader().then((module) => {
    loaded.set(type, module.default);
    return module.default;
  });
  pending.set(type, promise);
  promise.catch(() => pending.delete(type));
  return promise;
}
