/**
 * The public surface of the hub feature (the push to the métropole's PostgreSQL): the status
 * panel shown by the admin's Diagnostic and Données screens, and the push the app shell
 * starts. Other features import from here only; the rest of the folder is the feature's own.
 */
export { HubStatusPanel } from './HubStatusPanel';
export { startAppHubPush, runningHubPush } from './running';
