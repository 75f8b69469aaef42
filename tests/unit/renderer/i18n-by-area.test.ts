// @vitest-environment jsdom
/** The interface texts load by area: the shell first, each area's namespaces when it opens. */
import { describe, expect, it } from 'vitest';
import { en, fr } from '../../../renderer/i18n/resources';

describe('catalogues loaded by area', () => {
  it('lists every namespace, and the citizen area all but the staff ones', async () => {
    const { NAMESPACES, CITIZEN_AREA_NAMESPACES } =
      await import('../../../renderer/i18n/catalogues');
    expect([...NAMESPACES].sort()).toEqual(Object.keys(fr).sort());
    expect(CITIZEN_AREA_NAMESPACES).not.toContain('agent');
    expect(CITIZEN_AREA_NAMESPACES).toContain('citizen');
  });

  it('starts with the shell only, and an area brings its namespaces in both languages', async () => {
    const { default: i18next } = await import('i18next');
    const { initI18n } = await import('../../../renderer/i18n');
    const { loadNamespaces } = await import('../../../renderer/i18n/catalogues');
    initI18n('fr');
    expect(i18next.hasResourceBundle('fr', 'common')).toBe(true);
    expect(i18next.hasResourceBundle('fr', 'stats')).toBe(false);
    await loadNamespaces(['stats']);
    expect(i18next.getResourceBundle('fr', 'stats')).toEqual(fr.stats);
    expect(i18next.getResourceBundle('en', 'stats')).toEqual(en.stats);
  });
});
