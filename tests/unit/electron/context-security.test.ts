import { describe, expect, it, vi } from 'vitest';
import { createActivityTracker } from '../../../electron/context';
import { describeUrl, isPermissionAllowed } from '../../../electron/security';

vi.mock('electron', () => ({}));

describe('activity tracker', () => {
  it('starts on the attract screen and notifies changes with their time', () => {
    let now = 1000;
    const tracker = createActivityTracker(() => now);
    expect(tracker.current()).toEqual({ state: 'attract', since: 1000 });
    const seen: string[] = [];
    const stop = tracker.subscribe((s) => seen.push(`${s.state}@${s.since}`));
    now = 2000;
    tracker.set('citizen');
    now = 3000;
    tracker.set('citizen'); // a repeat changes nothing
    tracker.set('agent');
    stop();
    tracker.set('attract');
    expect(seen).toEqual(['citizen@2000', 'agent@3000']);
    expect(tracker.current()).toEqual({ state: 'attract', since: 3000 });
  });
});

describe('security helpers', () => {
  it('logs only the scheme and host of a refused URL', () => {
    expect(describeUrl('https://example.org/path?email=jeanne@example.fr')).toBe(
      'https://example.org',
    );
    expect(describeUrl('file:///home/agent/notes.txt')).toBe('file:');
    expect(describeUrl('javascript:alert(document.cookie)')).toBe('javascript:');
    expect(describeUrl('nonsense')).toBe('invalid-url');
  });

  it('grants persistent storage to the app only, and nothing else to anyone', () => {
    expect(
      isPermissionAllowed('persistent-storage', 'app://kiosque/index.html', 'app://kiosque'),
    ).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'app://kiosque', 'app://kiosque')).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'https://example.org', 'app://kiosque')).toBe(
      false,
    );
    for (const p of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'fileSystem',
      'openExternal',
      'fullscreen',
    ]) {
      expect(isPermissionAllowed(p, 'app://kiosque/index.html', 'app://kiosque')).toBe(false);
    }
  });
});
