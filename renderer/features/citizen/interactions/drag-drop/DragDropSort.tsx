import { useRef, useState, type MouseEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InteractionProps } from '../types';
import { FileGlyph, FolderGlyph } from '../shared/FileGlyphs';
import type { DragDropStep } from './schema';

/** Movement (px) before a press becomes a drag: a shaky tap stays a tap. */
const DRAG_THRESHOLD = 8;

interface Drag {
  id: string;
  pointerId: number;
  startX: number;
  startY: number;
  x: number;
  y: number;
  moved: boolean;
}

/**
 * Sort files into folders. Mouse and touch: drag a file onto a folder. Keyboard and tap-tap:
 * choose a file, then choose its folder. A file dropped in the wrong folder goes back.
 */
export default function DragDropSort({ step, onAttempt, text }: InteractionProps<DragDropStep>) {
  const { t } = useTranslation('citizen');
  const [placed, setPlaced] = useState<Record<string, string>>({});
  const [selected, setSelected] = useState<string | null>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const justDragged = useRef(false);

  const place = (itemId: string, folderId: string) => {
    const item = step.items.find((i) => i.id === itemId);
    if (!item) return;
    setSelected(null);
    if (item.folder !== folderId) {
      onAttempt({ correct: false, feedbackId: 'wrong-folder' });
      return;
    }
    const next = { ...placed, [itemId]: folderId };
    setPlaced(next);
    if (step.items.every((i) => next[i.id] === i.folder)) onAttempt({ correct: true });
  };

  const onPointerDown = (id: string) => (event: PointerEvent<HTMLButtonElement>) => {
    if (event.button !== 0) return;
    // A new press starts clean: after a touch drag no click follows to clear the flag, and
    // the next tap would be swallowed.
    justDragged.current = false;
    event.currentTarget.setPointerCapture?.(event.pointerId); // Absent from some test DOMs.
    setDrag({
      id,
      pointerId: event.pointerId,
      startX: event.clientX,
      startY: event.clientY,
      x: event.clientX,
      y: event.clientY,
      moved: false,
    });
  };

  const onPointerMove = (event: PointerEvent<HTMLButtonElement>) => {
    if (!drag || drag.pointerId !== event.pointerId) return;
    const moved =
      drag.moved ||
      Math.hypot(event.clientX - drag.startX, event.clientY - drag.startY) > DRAG_THRESHOLD;
    setDrag({ ...drag, x: event.clientX, y: event.clientY, moved });
  };

  const onPointerUp = (event: PointerEvent<HTMLButtonElement>) => {
    if (!drag || drag.pointerId !== event.pointerId) return;
    setDrag(null);
    if (!drag.moved) {
      // A finger's tap selects here: right after a drag, the browser may not turn the next
      // tap into a click at all. The click that may still follow is then ignored.
      if (event.pointerType !== 'mouse') {
        justDragged.current = true;
        toggle(drag.id);
      }
      return; // A mouse click: the click handler selects the file.
    }
    justDragged.current = true;
    const under = document.elementsFromPoint(event.clientX, event.clientY);
    const folder = under.map((el) => el.closest<HTMLElement>('[data-folder-id]')).find(Boolean);
    const folderId = folder?.dataset.folderId;
    if (folderId) place(drag.id, folderId);
  };

  const toggle = (id: string) => setSelected((current) => (current === id ? null : id));

  const onItemClick = (event: MouseEvent<HTMLButtonElement>, id: string) => {
    // Keyboard activation (detail 0) always counts; a pointer's click after a drag or a
    // tap already handled does not.
    if (justDragged.current && event.detail !== 0) {
      justDragged.current = false;
      return;
    }
    toggle(id);
  };

  const loose = step.items.filter((i) => !placed[i.id]);
  const selectedItem = step.items.find((i) => i.id === selected);

  return (
    <div className="ia-sort">
      <p className="ia-prompt">{text(step.prompt)}</p>
      <p className="ia-status" aria-live="polite">
        {selectedItem
          ? t('dragDrop.selected', { name: text(selectedItem.label) })
          : t('dragDrop.howTo')}
      </p>
      <ul className="ia-sort__files" aria-label={t('dragDrop.files')}>
        {loose.map((item) => {
          const dragging = drag?.id === item.id && drag.moved;
          return (
            <li key={item.id}>
              <button
                type="button"
                className="ia-sort__file"
                data-dragging={dragging || undefined}
                aria-pressed={selected === item.id}
                style={
                  dragging
                    ? { translate: `${drag.x - drag.startX}px ${drag.y - drag.startY}px` }
                    : undefined
                }
                onPointerDown={onPointerDown(item.id)}
                onPointerMove={onPointerMove}
                onPointerUp={onPointerUp}
                onPointerCancel={() => setDrag(null)}
                onClick={(event) => onItemClick(event, item.id)}
              >
                <FileGlyph kind={item.kind} />
                <span>{text(item.label)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <ul className="ia-sort__folders" aria-label={t('dragDrop.folders')}>
        {step.folders.map((folder) => {
          const inside = step.items.filter((i) => placed[i.id] === folder.id);
          return (
            <li key={folder.id}>
              <button
                type="button"
                className="ia-sort__folder"
                data-folder-id={folder.id}
                aria-disabled={!selected}
                onClick={() => selected && place(selected, folder.id)}
              >
                <FolderGlyph />
                <span>
                  {selectedItem
                    ? t('dragDrop.putIn', { folder: text(folder.label) })
                    : text(folder.label)}
                </span>
              </button>
              {inside.length > 0 && (
                <ul
                  className="ia-sort__inside"
                  aria-label={t('dragDrop.inside', { folder: text(folder.label) })}
                >
                  {inside.map((i) => (
                    <li key={i.id}>{text(i.label)}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
