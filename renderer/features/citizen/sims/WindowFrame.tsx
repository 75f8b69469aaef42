import type { ReactNode } from 'react';
import type { SimIconName } from './SimIcon';
import { SimIcon } from './SimIcon';

export interface WindowFrameProps {
  /** Title shown in the title bar and used as the frame's accessible name. */
  title: string;
  icon: SimIconName;
  children: ReactNode;
  /** A dialog inside the simulation (e.g. the simulated file picker) instead of a window. */
  asDialog?: boolean;
}

/**
 * A fake application window (title bar and content). No close/minimise buttons: the
 * simulation must not suggest controls that would do nothing.
 */
export function WindowFrame({ title, icon, children, asDialog = false }: WindowFrameProps) {
  const Tag = asDialog ? 'div' : 'section';
  return (
    <Tag
      className="sim-window"
      aria-label={title}
      {...(asDialog ? { role: 'dialog', 'aria-modal': false } : {})}
    >
      <div className="sim-window__title" aria-hidden="true">
        <SimIcon name={icon} />
        <span>{title}</span>
      </div>
      <div className="sim-window__body">{children}</div>
    </Tag>
  );
}
