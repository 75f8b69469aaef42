import { useTranslation } from 'react-i18next';
import type { SimFile, SimFileKind } from './files';
import { SimIcon, type SimIconName } from './SimIcon';
import { useOwnDoubleClick } from '../../../ui/useOwnDoubleClick';

const ICON: Record<SimFileKind, SimIconName> = {
  pdf: 'file',
  image: 'image',
  document: 'file',
  spreadsheet: 'file',
};

export interface FileListProps {
  files: readonly SimFile[];
  label: string;
  selected: string | null;
  onSelect: (name: string) => void;
  /** Double-click opens at once (the mouse shortcut); touch and keyboard use an "Open" button. */
  onOpen: (name: string) => void;
}

/**
 * Files of a simulated folder. A tap, click, Enter or Space selects a file; a double-click
 * opens it. Each file is a toggle button so the selection is announced.
 */
export function FileList({ files, label, selected, onSelect, onOpen }: FileListProps) {
  const { t } = useTranslation('sims');
  // The button that opened this list may have been where a file now is: not half a double click.
  const doubleClick = useOwnDoubleClick();
  if (files.length === 0) return <p className="sim-files__empty">{t('files.empty')}</p>;
  return (
    <ul className="sim-files" aria-label={label}>
      {files.map((file) => (
        <li key={file.name}>
          <button
            type="button"
            className="sim-files__item"
            aria-pressed={selected === file.name}
            onClick={(event) => {
              doubleClick.clicked(file.name, event);
              onSelect(file.name);
            }}
            onDoubleClick={() => doubleClick.isOwn(file.name) && onOpen(file.name)}
          >
            <SimIcon name={ICON[file.kind]} size={32} />
            <span className="sim-files__name">{file.name}</span>
            <span className="sim-files__kind">{t(`files.kind.${file.kind}`)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
