import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONFIG,
  parseConfigText,
  parseConfigValue,
  publicConfig,
  PIN_HASH_PATTERN,
} from '../../../electron/shared/config-schema';

describe('config defaults', () => {
  it('are safe: lockdown on, no PIN, French first', () => {
    expect(DEFAULT_CONFIG).toMatchObject({
      lockdown: true,
      adminPinHash: null,
      idle: { timeoutSeconds: 120, warningSeconds: 30 },
      languages: { default: 'fr', enabled: ['fr', 'en'] },
      backup: { folder: null, keep: 14 },
      retentionMonths: 24,
      pinLockout: { maxAttempts: 5, lockMinutes: 5 },
      updates: { url: null },
      logLevel: 'info',
      onScreenKeyboard: 'auto',
    });
  });

  it('apply to an empty file', () => {
    expect(parseConfigText('{}')).toEqual({ config: DEFAULT_CONFIG, issues: [] });
  });
});

describe('parseConfigText', () => {
  it('accepts a full valid file, BOM and $comment included', () => {
    const text = `\uFEFF${JSON.stringify({
      $comment: 'poste accueil',
      siteId: 'ccas-nord',
      siteName: 'CCAS Nord',
      posteId: 'accueil-2',
      lockdown: false,
      idle: { timeoutSeconds: 300, warningSeconds: 20 },
      languages: { default: 'en', enabled: ['fr', 'en'] },
      retentionMonths: 12,
      updates: { url: 'https://maj.example.fr/kiosque', idleMinutesBeforeInstall: 5 },
    })}`;
    const { config, issues } = parseConfigText(text);
    expect(issues).toEqual([]);
    expect(config).toMatchObject({
      siteId: 'ccas-nord',
      lockdown: false,
      languages: { default: 'en' },
      retentionMonths: 12,
    });
  });

  it.each([
    [{ siteId: 'Mairie Centre' }, 'siteId'],
    [{ posteId: '' }, 'posteId'],
    [{ siteName: '' }, 'siteName'],
    [{ lockdown: 'non' }, 'lockdown'],
    [{ idle: { timeoutSeconds: 10 } }, 'idle.timeoutSeconds'],
    [{ idle: { timeoutSeconds: 120, warningSeconds: 1000 } }, 'idle.warningSeconds'],
    [{ languages: { default: 'de', enabled: ['fr'] } }, 'languages.default'],
    [{ languages: { default: 'en', enabled: ['fr'] } }, 'languages.default'],
    [{ languages: { enabled: [] } }, 'languages.enabled'],
    [{ adminPinHash: '482916' }, 'adminPinHash'],
    [{ backup: { keep: 0 } }, 'backup.keep'],
    [{ retentionMonths: 200 }, 'retentionMonths'],
    [{ pinLockout: { maxAttempts: 1 } }, 'pinLockout.maxAttempts'],
    [{ updates: { url: 'http://maj.example.fr' } }, 'updates.url'],
    [{ logLevel: 'verbose' }, 'logLevel'],
    [{ onScreenKeyboard: 'sometimes' }, 'onScreenKeyboard'],
    [{ sitId: 'typo' }, 'sitId'],
  ])('reports %j at %s and forces lockdown on', (raw, field) => {
    const { config, issues } = parseConfigValue({ lockdown: false, ...raw });
    expect(issues.map((i) => i.path)).toContain(field);
    expect(issues.every((i) => i.message.length > 0)).toBe(true);
    expect(config.lockdown).toBe(true);
  });

  it('keeps the valid fields next to a wrong one', () => {
    const { config } = parseConfigValue({ siteId: 'mairie-a', retentionMonths: -1 });
    expect(config.siteId).toBe('mairie-a');
    expect(config.retentionMonths).toBe(DEFAULT_CONFIG.retentionMonths);
  });

  it.each(['', 'not json', '[]', '42', 'null'])('falls back to defaults for %j', (text) => {
    const { config, issues } = parseConfigText(text);
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('');
  });
});

describe('publicConfig', () => {
  it('never hands the PIN hash to the renderer', () => {
    const hash =
      'pbkdf2-sha256$600000$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=';
    expect(hash).toMatch(PIN_HASH_PATTERN);
    const pub = publicConfig({ ...DEFAULT_CONFIG, adminPinHash: hash });
    expect(pub).not.toHaveProperty('adminPinHash');
    expect(JSON.stringify(pub)).not.toContain('pbkdf2');
  });
});
