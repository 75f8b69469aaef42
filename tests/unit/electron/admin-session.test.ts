import { describe, expect, it } from 'vitest';
import { ADMIN_TOKEN_TTL_MS, createAdminSession } from '../../../electron/admin/admin-session';

describe('admin token', () => {
  it('is valid only as issued, until it expires or is dropped', () => {
    let now = 1_000;
    const session = createAdminSession({ now: () => now });
    expect(session.isValid(null)).toBe(false);
    const token = session.issue();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session.isValid(token)).toBe(true);
    expect(session.isValid(`${token}x`)).toBe(false);
    expect(session.isValid(token.toUpperCase() === token ? 'x' : token.toUpperCase())).toBe(false);
    now += ADMIN_TOKEN_TTL_MS - 1;
    expect(session.isValid(token)).toBe(true);
    now += 1;
    expect(session.isValid(token)).toBe(false);
    const next = session.issue();
    expect(session.isValid(token)).toBe(false);
    session.drop();
    expect(session.isValid(next)).toBe(false);
  });

  it('replaces the previous token on each successful check', () => {
    const session = createAdminSession();
    const first = session.issue();
    const second = session.issue();
    expect(first).not.toBe(second);
    expect(session.isValid(first)).toBe(false);
    expect(session.isValid(second)).toBe(true);
  });
});
