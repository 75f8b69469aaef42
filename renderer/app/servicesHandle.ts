/**
 * The app's services, built on first use: the attract screen's bundle holds no Dexie, journal
 * or statistics code. The first screen that needs data suspends (React `use`) while the data
 * chunk loads, once; afterwards `current()` answers at once.
 */
import type { Place } from '../data/types';
import type { Services } from './services';

export interface ServicesHandle {
  /** The services when already built, else null. */
  current(): Services | null;
  /** Builds them once (the same promise on every call). */
  load(): Promise<Services>;
}

/** A handle over services already built (tests, and anything holding them). */
export function readyServices(services: Services): ServicesHandle {
  const loaded = Promise.resolve(services);
  return { current: () => services, load: () => loaded };
}

let app: { handle: ServicesHandle; place: string } | null = null;

/** The app's one handle, over the app's database, for this counter's place. */
export function appServices(place: Place): ServicesHandle {
  const key = `${place.siteId}\u0000${place.posteId}`;
  if (app?.place === key) return app.handle;
  let built: Services | null = null;
  let loading: Promise<Services> | null = null;
  const handle: ServicesHandle = {
    current: () => built,
    load: () =>
      (loading ??= Promise.all([import('../data/appDb'), import('./services')]).then(
        ([{ appDb }, { createServices }]) => (built = createServices(appDb(), place)),
      )),
  };
  app = { handle, place: key };
  return handle;
}

/** The handle the app built at start-up, for code outside components (null before). */
export const runningAppServices = (): ServicesHandle | null => app?.handle ?? null;
