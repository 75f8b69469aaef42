// The page's only entry script. First: the boot reads (config file, stored PIN) start before
// anything else is evaluated. Then it paints the attract screen's still when there is one (see
// stillAttract) and loads React's boot: at once on a first start, after the still is on screen
// otherwise. The boot's file is preloaded by index.html either way, so waiting costs no download.
import './app/startBoot';
import { paintStill } from './app/stillAttract';
import { replayWipeMeasure } from './features/citizen/idle/reloadHome';
import './styles/index.css';

function storage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null; // Disabled by policy: the boot draws the screen, as on a first start.
  }
}

replayWipeMeasure(); // At once: React may load a while after the still.
const root = document.getElementById('root');
const still = root ? paintStill(root, storage(), __APP_VERSION__) : null;
void (still?.appMayLoad ?? Promise.resolve())
  .then(() => import('./main'))
  .catch((error: unknown) => console.error('[kiosque] error boot.load', error));
