import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type KiosqueDb } from '../../../renderer/data/db';
import {
  codeFromLabel,
  createCatalogueRepository,
} from '../../../renderer/features/journal/catalogue';
import { seedCatalogue } from '../../../renderer/features/journal/catalogueSeed';
import { DEMARCHE_CODE_PATTERN } from '../../../renderer/data/codes';

let db: KiosqueDb;
let catalogue: ReturnType<typeof createCatalogueRepository>;
let n = 0;

beforeEach(async () => {
  n += 1;
  db = openDb(`catalogue-test-${n}`);
  await db.open();
  catalogue = createCatalogueRepository(db);
});

const favourites = async () =>
  (await catalogue.active()).filter((i) => i.favourite).map((i) => i.code);

describe('démarche catalogue', () => {
  it('has a seed of about 25 common démarches with valid, unique codes', () => {
    const seed = seedCatalogue();
    expect(seed.length).toBeGreaterThanOrEqual(24);
    expect(new Set(seed.map((i) => i.code)).size).toBe(seed.length);
    for (const item of seed) expect(item.code).toMatch(DEMARCHE_CODE_PATTERN);
    expect(seed.map((i) => i.label)).toContain('CAF – déclaration trimestrielle RSA');
  });

  it('loads the seed once, and never again after the admin archived everything', async () => {
    await catalogue.ensureSeeded();
    const count = (await catalogue.all()).length;
    for (const item of await catalogue.all()) await catalogue.setArchived(item.code, true);
    await catalogue.ensureSeeded();
    expect(await catalogue.all()).toHaveLength(count);
    expect(await catalogue.active()).toHaveLength(0);
  });

  it('adds, renames (code kept) and archives', async () => {
    const added = await catalogue.add({
      label: 'Pass Culture – inscription',
      thematique: 'loisirs',
      organismes: ['autre'],
      favourite: false,
    });
    expect(added).toEqual({ ok: true, code: 'pass-culture-inscription' });
    expect(
      await catalogue.add({
        label: 'Pass Culture – inscription',
        thematique: 'loisirs',
        organismes: ['autre'],
        favourite: false,
      }),
    ).toEqual({ ok: false, error: 'code-taken' });
    expect(
      await catalogue.add({
        label: 'ab',
        thematique: 'loisirs',
        organismes: ['autre'],
        favourite: false,
      }),
    ).toEqual({ ok: false, error: 'label-format' });
    await catalogue.rename('pass-culture-inscription', 'Pass Culture – compte jeune');
    expect((await catalogue.get('pass-culture-inscription'))?.label).toBe(
      'Pass Culture – compte jeune',
    );
    await catalogue.setArchived('pass-culture-inscription', true);
    expect((await catalogue.active()).map((i) => i.code)).not.toContain('pass-culture-inscription');
  });

  it('reorders favourites up and down, and does nothing past either end', async () => {
    await catalogue.ensureSeeded();
    const before = await favourites();
    const [first, second] = before;
    await catalogue.moveFavourite(second ?? '', -1);
    expect((await favourites()).slice(0, 2)).toEqual([second, first]);
    await catalogue.moveFavourite(second ?? '', -1);
    expect((await favourites()).slice(0, 2)).toEqual([second, first]);
    const last = before[before.length - 1] ?? '';
    await catalogue.moveFavourite(last, 1);
    expect((await favourites()).at(-1)).toBe(last);
  });

  it('derives codes without accents or punctuation', () => {
    expect(codeFromLabel('ANTS – pré-demande d’état civil')).toBe('ants-pre-demande-d-etat-civil');
  });
});
