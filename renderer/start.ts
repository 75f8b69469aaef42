// The page's only entry script. It paints the attract screen's still when there is one (see
// stillAttract), then starts the boot reads (config file, stored PIN: startBoot) and loads
// React's boot: at once on a first start, when the still lets it otherwise. index.html does
// not preload the boot's files: their download and compile (300 kB) would share the counter's
// cores with the still's first frame. The import fetches them in parallel when it runs.
import { startBoot } from './app/startBoot';
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
  .then(() => {
    startBoot();
    return import('./main');
  })
  .catch((error: unknown) => console.error('[kiosque] error boot.load', error));
