// The page's inline script: the build bundles it on its own and writes it into index.html just
// after the root element, in place of the entry module's tag (scripts/build/inlineStillScript.ts).
// It runs while the page is parsed, so the attract screen's still is in the page before its
// first frame, with no request and no module to wait for. Then it loads the entry module
// (start.ts), which takes it from there: at once on a first start, and once the still is on
// screen otherwise, so that fetching and running the module leaves the still's first frames
// to the still (docs/mesures.md).
import { paintStill } from './app/stillPaint';

/** The entry module's address, written in by the build. */
declare const __ENTRY_MODULE__: string;

function storage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null; // Disabled by policy: the boot draws the screen, as on a first start.
  }
}

function loadEntry(): void {
  const script = document.createElement('script');
  script.type = 'module';
  script.crossOrigin = ''; // As Vite's own tag: its chunks' preloads are fetched the same way.
  script.src = __ENTRY_MODULE__;
  document.head.append(script);
}

const root = document.getElementById('root');
const painted = root ? paintStill(root, storage(), __APP_VERSION__) : null;
// Two frames: the one that draws the still, and the one that shows it settled.
if (painted) requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(loadEntry)));
else loadEntry();
