import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Step } from '../content/schema';
import type { InteractionProps } from '../interactions/types';
import { getLoadedInteraction, loadInteraction, type AnyInteraction } from './interactionRegistry';

/** Renders a step with its interaction component, loading the component's code if needed. */
export function StepView(props: InteractionProps<Step>) {
  const { t } = useTranslation('citizen');
  const type = props.step.type;
  const [loaded, setLoaded] = useState<{ type: string; Component: AnyInteraction } | null>(() => {
    const Component = getLoadedInteraction(type);
    return Component ? { type, Component } : null;
  });
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (loaded?.type === type) return;
    let live = true;
    loadInteraction(type).then(
      (Component) => live && setLoaded({ type, Component }),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [type, loaded]);

  if (failed) return <p role="alert">{t('loadError')}</p>;
  if (!loaded || loaded.type !== type) return <p role="status">{t('loading')}</p>;
  const { Component } = loaded;
  return <Component {...props} />;
}
