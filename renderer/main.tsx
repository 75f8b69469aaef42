import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { prepareLanguage } from './app/prepareLanguage';
import { initI18n } from './i18n';
import { replayWipeMeasure } from './features/citizen/idle/reloadHome';
import { installNoFormMemory } from './lib/noFormMemory';
import { detectPlatform } from './platform';
import './styles/index.css';

/** Boot: pick the platform, read the machine config, start i18n, then render. */
async function boot(): Promise<void> {
  replayWipeMeasure();
  const platform = detectPlatform();
  const info = await platform.getBootInfo();
  const { default: language, preview } = info.config.languages;
  initI18n(language);
  // A language added as content loads its catalogue before the first paint.
  await prepareLanguage(language, preview);
  const container = document.getElementById('root');
  if (!container) throw new Error('#root missing from index.html');
  installNoFormMemory(document.body); // The body, not #root: portals render outside it.
  createRoot(container).render(
    <StrictMode>
      <App platform={platform} boot={info} />
    </StrictMode>,
  );
}

void boot();
