import i18next from 'i18next';
import { errors } from '../i18n/locales/fr/errors';

type KnownCode = Exclude<keyof typeof errors, 'unknown'>;

const isKnown = (code: string): code is KnownCode =>
  code !== 'unknown' && Object.hasOwn(errors, code);

/**
 * Words for an error code from the host (main process or browser platform), in the current
 * language: the codes stay stable for logs and tests, the person reads a sentence.
 */
export function describePlatformError(code: string): string {
  return isKnown(code) ? i18next.t(`errors:${code}`) : i18next.t('errors:unknown', { code });
}
