// Loaded by start.ts, which has just started the boot reads (startBoot) and may have painted
// the attract screen's still.
import { startBoot } from './app/startBoot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { prepareLanguage } from './app/prepareLanguage';
import { initI18n } from './i18n';
import { installNoFormMemory } from './lib/noFormMemory';

/**
 * Boot: with what the attract screen needs of the boot info (see startBoot), start i18n, then
 * render; the rest of the boot info may follow (see StagedBootInfo).
 */
async function boot(): Promise<void> {
  const { platform, bootInfo } = startBoot();
  const { first: info, complete } = await bootInfo;
  const { default: language, preview } = info.config.languages;
  initI18n(language);
  // A language added as content loads its catalogue before the first paint.
  await prepareLanguage(language, preview);
  const container = document.getElementById('root');
  if (!container) throw new Error('#root missing from index.html');
  installNoFormMemory(document.body); // The body, not #root: portals render outside it.
  createRoot(container).render(
    <StrictMode>
      <App platform={platform} boot={info} complete={complete} />
    </StrictMode>,
  );
  // The tab's icon serves only a browser opened on the kiosk's address; Chromium parses an SVG
  // icon on the page's thread, so it comes once the attract screen is up, not before.
  requestIdleCallback(addTabIcon, { timeout: 3000 });
}

function addTabIcon(): void {
  const icon = document.createElement('link');
  icon.rel = 'icon';
  icon.type = 'image/svg+xml';
  icon.href = './favicon.svg';
  document.head.append(icon);
}

void boot();
