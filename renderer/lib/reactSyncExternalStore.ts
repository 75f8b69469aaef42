// What the build gives for `use-sync-external-store/shim` (vite.config.ts). react-i18next
// imports that shim to support React 17; the shim hands back React's own hook whenever React
// has one, as React 18 and later do, so for React 19 it was only bytes in the first bundle.
export { useSyncExternalStore } from 'react';
