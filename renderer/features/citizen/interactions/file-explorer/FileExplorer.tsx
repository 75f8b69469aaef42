import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InteractionProps } from '../types';
import { FileList } from '../../sims/FileList';
import { SimIcon } from '../../sims/SimIcon';
import { WindowFrame } from '../../sims/WindowFrame';
import { FileViewer } from './FileViewer';
import type { FileExplorerStep } from './schema';

/**
 * A simulated file explorer: folders on the side, files of the open folder, "Open" for
 * touch and keyboard (double-click also opens). Nothing touches the real disk.
 */
export default function FileExplorer({
  step,
  onAttempt,
  text,
}: InteractionProps<FileExplorerStep>) {
  const { t } = useTranslation('sims');
  const [folderId, setFolderId] = useState(step.start);
  const [selected, setSelected] = useState<string | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  const folder = step.folders.find((f) => f.id === folderId) ?? step.folders[0];
  if (!folder) return null;

  const open = (name: string) => {
    setOpened(name);
    if (step.goal !== 'open') return;
    onAttempt(
      name === step.file ? { correct: true } : { correct: false, feedbackId: 'wrong-file' },
    );
  };

  const answerHere = () =>
    onAttempt(
      folder.files.some((f) => f.name === step.file)
        ? { correct: true }
        : { correct: false, feedbackId: 'wrong-folder' },
    );

  if (opened) return <FileViewer name={opened} onClose={() => setOpened(null)} />;

  const folderName = text(folder.name);
  return (
    <WindowFrame title={t('explorer.title')} icon="folder">
      <div className="sim-explorer">
        <nav className="sim-explorer__side" aria-label={t('explorer.folders')}>
          <ul>
            {step.folders.map((f) => (
              <li key={f.id}>
                <button
                  type="button"
                  className="sim-explorer__folder"
                  aria-current={f.id === folder.id ? 'true' : undefined}
                  onClick={() => {
                    setFolderId(f.id);
                    setSelected(null);
                  }}
                >
                  <SimIcon name="folder" /> {text(f.name)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sim-explorer__main">
          <h2 className="sim-explorer__place">
            <SimIcon name="folder" /> {folderName}
          </h2>
          <FileList
            files={folder.files}
            label={t('explorer.filesOf', { folder: folderName })}
            selected={selected}
            onSelect={setSelected}
            onOpen={open}
          />
          <div className="sim-actions">
            {step.goal === 'which-folder' ? (
              <button type="button" className="button button--primary" onClick={answerHere}>
                {t('explorer.itIsHere')}
              </button>
            ) : null}
            <button
              type="button"
              className="button"
              disabled={selected === null}
              onClick={() => selected && open(selected)}
            >
              {t('explorer.open')}
            </button>
          </div>
        </div>
      </div>
    </WindowFrame>
  );
}
