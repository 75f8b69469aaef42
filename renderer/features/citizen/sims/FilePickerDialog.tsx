import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileList } from './FileList';
import type { SimFile } from './files';
import { WindowFrame } from './WindowFrame';
import { SiteWord } from './SiteWord';

export interface FilePickerDialogProps {
  /** Files of the simulated "Documents" folder. */
  files: readonly SimFile[];
  onPick: (name: string) => void;
  onCancel: () => void;
}

/**
 * The simulated "choose a file" dialog, drawn inside the app (never the system's dialog).
 * Focus goes to the first file on opening; Escape cancels.
 */
export function FilePickerDialog({ files, onPick, onCancel }: FilePickerDialogProps) {
  const { t } = useTranslation('sims');
  const [selected, setSelected] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, []);

  return (
    // The keydown listener only adds Escape to controls that are all buttons already.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      ref={ref}
      className="sim-picker"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <WindowFrame title={t('picker.title')} icon="folder" asDialog>
        <p className="sim-picker__place">{t('picker.folder')}</p>
        <FileList
          files={files}
          label={t('picker.folder')}
          selected={selected}
          onSelect={setSelected}
          onOpen={onPick}
        />
        <div className="sim-actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('picker.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={selected === null}
            onClick={() => selected && onPick(selected)}
          >
            <SiteWord term="joindre" label="picker.attach" />
          </button>
        </div>
      </WindowFrame>
    </div>
  );
}
