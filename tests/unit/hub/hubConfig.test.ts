import { describe, expect, it } from 'vitest';
import { parseConfigText, publicConfig } from '../../../electron/shared/config-schema';

const hub = {
  host: 'hub.metropole.local',
  role: 'kp.mairie-centre.poste-1',
  caFile: 'C:\\ProgramData\\KiosqueNumerique\\hub-ca.crt',
  passwordFile: 'C:\\ProgramData\\KiosqueNumerique\\hub-password.txt',
};

describe('the machine config’s hub block', () => {
  it('is off when absent', () => {
    expect(parseConfigText('{}').config.hub).toBeNull();
  });

  it('takes defaults for port, database and interval', () => {
    const { config, issues } = parseConfigText(JSON.stringify({ hub }));
    expect(issues).toEqual([]);
    expect(config.hub).toMatchObject({
      port: 5432,
      database: 'kiosque',
      pushIntervalMinutes: 15,
      certFile: null,
    });
  });

  it('needs a password file or a certificate and its key, with absolute paths', () => {
    const noCredential = parseConfigText(JSON.stringify({ hub: { ...hub, passwordFile: null } }));
    expect(noCredential.config.hub).toBeNull();
    expect(noCredential.issues.map((i) => i.path)).toContain('hub.passwordFile');
    const certOnly = parseConfigText(
      JSON.stringify({ hub: { ...hub, certFile: '/etc/kiosque/poste.crt' } }),
    );
    expect(certOnly.issues.map((i) => i.path)).toContain('hub.keyFile');
    const relative = parseConfigText(JSON.stringify({ hub: { ...hub, caFile: 'hub-ca.crt' } }));
    expect(relative.issues[0]).toMatchObject({
      path: 'hub.caFile',
      message: 'chemin absolu attendu',
    });
    expect(relative.config.lockdown).toBe(true);
  });

  it('never shows the renderer the role or the credential files', () => {
    const { config } = parseConfigText(JSON.stringify({ hub }));
    const seen = publicConfig(config);
    expect(seen.hub).toEqual({
      host: 'hub.metropole.local',
      port: 5432,
      pushIntervalMinutes: 15,
      storedPassword: false,
    });
    expect(JSON.stringify(seen)).not.toContain('password');
  });
});

describe('a hub password kept by the operating system', () => {
  it('stands in for a password file, and the renderer is told only that it is used', () => {
    const { config, issues } = parseConfigText(
      JSON.stringify({ hub: { ...hub, passwordFile: null, storedPassword: true } }),
    );
    expect(issues).toEqual([]);
    expect(publicConfig(config).hub?.storedPassword).toBe(true);
    // With a password file as well, the file wins: no form on the Diagnostic screen.
    const both = parseConfigText(JSON.stringify({ hub: { ...hub, storedPassword: true } }));
    expect(publicConfig(both.config).hub?.storedPassword).toBe(false);
  });
});
