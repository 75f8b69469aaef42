import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dayReport, dayReports, lastDays } from '../../../electron/hub/dayHash';
import { describeHubError, HubSchemaTooOld } from '../../../electron/hub/errors';
import { daysBetween } from '../../../electron/hub/pusher';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';

describe('the per-day proof of no loss', () => {
  it('hashes "id|updatedAt ms|deletedAt ms" lines ordered by lowercase id; counts live entries', () => {
    const report = dayReport('2026-11-30', [
      {
        id: B.toUpperCase(),
        date: '2026-11-30',
        updatedAt: '2026-11-30T10:00:00.000Z',
        deletedAt: '2026-11-30T11:00:00.000Z',
      },
      { id: A, date: '2026-11-30', updatedAt: '2026-11-30T09:00:00.000+01:00', deletedAt: null },
    ]);
    const ms = (iso: string) => Date.parse(iso);
    expect(report).toEqual({
      day: '2026-11-30',
      count: 1,
      hash: sha(
        `${A}|${ms('2026-11-30T08:00:00Z')}|\n${B}|${ms('2026-11-30T10:00:00Z')}|${ms('2026-11-30T11:00:00Z')}`,
      ),
    });
  });

  it('a day without entries reports 0 and the hash of nothing', () => {
    expect(dayReports(['2026-11-29'], [])).toEqual([
      { day: '2026-11-29', count: 0, hash: sha('') },
    ]);
  });

  it('an edit changes the hash but not the count', () => {
    const mark = {
      id: A,
      date: '2026-11-30',
      updatedAt: '2026-11-30T10:00:00.000Z',
      deletedAt: null,
    };
    const before = dayReport('2026-11-30', [mark]);
    const after = dayReport('2026-11-30', [{ ...mark, updatedAt: '2026-11-30T10:00:01.000Z' }]);
    expect(after.count).toBe(before.count);
    expect(after.hash).not.toBe(before.hash);
  });

  it('lists the last n local days and every day of a range', () => {
    expect(lastDays(3, new Date(2026, 2, 1, 12))).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
    ]);
    expect(daysBetween('2026-02-27', '2026-03-01')).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
    ]);
    expect(daysBetween('2026-03-02', '2026-03-01')).toEqual([]);
  });
});

describe('hub errors in plain French', () => {
  it.each([
    [{ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' }, 'unreachable', 'injoignable'],
    [
      {
        code: 'SELF_SIGNED_CERT_IN_CHAIN',
        message: 'self-signed certificate in certificate chain',
      },
      'certificate',
      'certificat',
    ],
    [{ code: '28P01', message: 'password authentication failed' }, 'authentication', 'identifiant'],
    [
      { code: '57014', message: 'canceling statement due to statement timeout' },
      'timeout',
      'trop de temps',
    ],
    [new HubSchemaTooOld(1, 2), 'schema-old', 'version 1, il faut la version 2'],
    [new HubSchemaTooOld(0, 2), 'schema-old', 'n’a pas le schéma'],
    [{ code: 'XX000', message: 'boom' }, 'server', 'boom'],
  ])('%o → %s', (error, code, text) => {
    const failure = describeHubError(error, 'hub.example:5432');
    expect(failure.code).toBe(code);
    expect(failure.message).toContain(text);
  });
});
