import i18next from 'i18next';
import { common } from '../i18n/locales/fr/common';

type KnownCode = Exclude<keyof typeof common.platformErrors, 'unknown'>;

const isKnown = (code: string): code is KnownCode =>
  code !== 'unknown' && Object.hasOwn(common.platformErrors, code);

/**
 * Words for an error code from the host (main process or browser platform), in the current
 * language: the codes stay stable for logs and tests, the person reads a sentence.
 */
export function describePlatformError(code: string): string {
  return isKnown(code)
    ? i18next.t(`common:platformErrors.${code}`)
    : i18next.t('common:platformErrors.unknown', { code });
}
