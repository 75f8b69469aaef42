// Shared set-up for unit tests: an in-memory IndexedDB for Dexie, and DOM matchers clean-up.
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';

afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
