import { useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InteractionProps, LocalizedText } from '../types';
import { FolderGlyph, FileGlyph } from '../shared/FileGlyphs';
import { useOwnDoubleClick } from '../../../../ui/useOwnDoubleClick';
import type { DoubleClickStep } from './schema';

interface Entry {
  key: string;
  label: LocalizedText;
  right: boolean;
}

/** The folders shown at `depth`: the right one among the distractors, in a stable order. */
function entriesAt(step: DoubleClickStep, depth: number): Entry[] {
  const right = step.path[depth];
  if (!right) return [];
  const others = step.distractors.map((label, i) => ({ key: `d${i}`, label, right: false }));
  const at = depth % (others.length + 1);
  return [
    ...others.slice(0, at),
    { key: `p${depth}`, label: right, right: true },
    ...others.slice(at),
  ];
}

/**
 * Open nested folders by double-click. One click selects, a double-click (or Enter, or a
 * second tap on a selected folder) opens.
 */
export default function DoubleClickFolders({
  step,
  onAttempt,
  text,
}: InteractionProps<DoubleClickStep>) {
  const { t } = useTranslation('citizen');
  const howToId = useId();
  const [depth, setDepth] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  // A double tap opens on its second tap; the browser's own dblclick that may follow must not
  // open the folder that has just appeared under the finger.
  const touchOpenedAt = useRef(Number.NEGATIVE_INFINITY);
  // The lesson's button is tapped where a folder then appears: not half of a double click.
  const doubleClick = useOwnDoubleClick();
  const done = depth >= step.path.length;

  const open = (entry: Entry) => {
    if (done) return;
    if (!entry.right) {
      onAttempt({ correct: false, feedbackId: 'wrong-folder' });
      return;
    }
    const next = depth + 1;
    setDepth(next);
    setSelected(null);
    if (next === step.path.length) onAttempt({ correct: true });
  };

  const onKeyDown = (entry: Entry) => (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault(); // Enter opens; it must not also "click" (select).
      open(entry);
    }
  };

  const onPointerUp = (entry: Entry) => (event: PointerEvent) => {
    // Touch screens: a tap selects, a second tap on the selected folder opens it.
    if (event.pointerType === 'touch' && selected === entry.key) {
      touchOpenedAt.current = event.timeStamp;
      open(entry);
    }
  };

  const crumbs = step.path.slice(0, depth).map(text);

  return (
    <div className="ia-folders">
      <p className="ia-prompt">{text(step.prompt)}</p>
      <div className="ia-window">
        <p id={howToId} className="ia-folders__howto">
          {t('doubleClick.howToOpen')}
        </p>
        <p className="ia-window__bar">
          <span className="visually-hidden">{t('doubleClick.location')} </span>
          {[t('doubleClick.root'), ...crumbs].join(' › ')}
        </p>
        {done ? (
          <div className="ia-folders__final" role="status">
            <FileGlyph kind="photo" />
            <span>{text(step.finalItem)}</span>
          </div>
        ) : (
          <ul className="ia-folders__grid" aria-label={t('doubleClick.contents')}>
            {entriesAt(step, depth).map((entry) => (
              <li key={`${depth}-${entry.key}`}>
                <button
                  type="button"
                  className="ia-folders__item"
                  aria-pressed={selected === entry.key}
                  aria-describedby={howToId}
                  onClick={(event) => {
                    doubleClick.clicked(`${depth}-${entry.key}`, event);
                    setSelected(entry.key);
                  }}
                  onDoubleClick={(event) =>
                    doubleClick.isOwn(`${depth}-${entry.key}`) &&
                    event.timeStamp - touchOpenedAt.current > 600 &&
                    open(entry)
                  }
                  onKeyDown={onKeyDown(entry)}
                  onPointerUp={onPointerUp(entry)}
                >
                  <FolderGlyph />
                  <span>{text(entry.label)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
