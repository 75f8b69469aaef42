// The page's only entry module. The attract screen's still, if there is one, is already on
// screen: index.html's inline script painted it, then loaded this module (still.ts). This
// starts the boot reads (config file, stored PIN: startBoot) and loads React's boot: at once on
// a first start, when the still lets it otherwise. index.html does not preload the boot's
// files: their download and compile (300 kB) would share the counter's cores with the still's
// first frames. The import fetches them in parallel when it runs.
import { startBoot } from './app/startBoot';
import { paintedStill } from './app/stillSlot';
import { replayWipeMeasure } from './features/citizen/idle/reloadHome';
import { languagesIn, loadScriptFonts } from './i18n/scriptFonts';
import './styles/index.css';

replayWipeMeasure(); // At once: React may load a while after the still.
// The still's own script, if it has one ("العربية" on the language switch): React loads later.
const root = document.getElementById('root');
if (root) loadScriptFonts(languagesIn(root));
void (paintedStill()?.appMayLoad ?? Promise.resolve())
  .then(() => {
    startBoot();
    return import('./main');
  })
  .catch((error: unknown) => console.error('[kiosque] error boot.load', error));
