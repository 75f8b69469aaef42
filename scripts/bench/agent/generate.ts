/**
 * Synthetic journal entries for tests and benchmarks (seeded, so a failure can be replayed).
 * `generateEntries` uses only its arguments: the benchmark sends it to the page as text, and
 * unit tests call it directly. Codes are passed in (from the taxonomies) rather than imported.
 */
export interface GenerateOptions {
  count: number;
  seed: number;
  /** First day (YYYY-MM-DD) and number of days the dates spread over. */
  from: string;
  days: number;
  codes: {
    canal: string[];
    thematique: string[];
    organisme: string[];
    issue: string[];
    orientation: string[];
    autonomie: string[];
    trancheAge: string[];
  };
  sites: Array<[string, string]>;
  /** Share of soft-deleted entries (0–1). */
  deletedShare?: number;
  /** No entry is made later than this (ISO time): an import refuses entries from the future. */
  notAfter?: string;
}

/** Plain objects shaped like `JournalEntry` (valid for the journal's zod schema). */
export function generateEntries(options: GenerateOptions): Array<Record<string, unknown>> {
  let state = options.seed >>> 0 || 1;
  // xorshift32: fast, seedable, good enough for test data.
  const rand = (): number => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)] as T;
  const hex = (n: number): string => {
    let s = '';
    for (let i = 0; i < n; i += 1) s += Math.floor(rand() * 16).toString(16);
    return s;
  };
  const start = Date.parse(`${options.from}T00:00:00Z`);
  const durations = [2, 5, 10, 15, 20, 30, 45, 60, 90];
  const entries: Array<Record<string, unknown>> = new Array(options.count);
  for (let i = 0; i < options.count; i += 1) {
    const day = new Date(start + Math.floor(rand() * options.days) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const drawn = `${day}T${String(8 + Math.floor(rand() * 10)).padStart(2, '0')}:${String(Math.floor(rand() * 60)).padStart(2, '0')}:00.000Z`;
    const created =
      options.notAfter !== undefined && drawn > options.notAfter ? options.notAfter : drawn;
    const issue = pick(options.codes.issue);
    const thematique = pick(options.codes.thematique);
    const organismes = [pick(options.codes.organisme)];
    if (rand() < 0.2) {
      const second = pick(options.codes.organisme);
      if (second !== organismes[0]) organismes.push(second);
    }
    const [siteId, posteId] = pick(options.sites);
    const deleted = rand() < (options.deletedShare ?? 0);
    entries[i] = {
      id: `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`,
      schemaVersion: 2,
      siteId,
      posteId,
      agentCode: pick(['ag-01', 'ag-02', 'ag-03', 'ag-04']),
      date: day,
      demiJournee: created.slice(11, 13) < '12' ? 'matin' : 'apres-midi',
      canal: pick(options.codes.canal),
      thematique,
      thematiqueSecondaire: null,
      organismes,
      demarche: pick([
        'caf-rsa-trimestrielle',
        'ants-cni-predemande',
        'impots-declaration',
        'ameli-attestation-droits',
        'france-travail-actualisation',
      ]),
      dureeMinutes: rand() < 0.1 ? 1 + Math.floor(rand() * 120) : pick(durations),
      issue,
      orientation: issue === 'oriente' ? pick(options.codes.orientation) : null,
      autonomie: rand() < 0.3 ? null : pick(options.codes.autonomie),
      nbPersonnes: rand() < 0.9 ? 1 : 2,
      premiereVenue: pick(['oui', 'non', 'nsp']),
      trancheAge: rand() < 0.4 ? null : pick(options.codes.trancheAge),
      communeResidence:
        rand() < 0.5 ? null : pick(['75056', '69123', '13055', '2A004', '59350', '33063', '01001']),
      note: null,
      createdAt: created,
      updatedAt: created,
      deletedAt: deleted ? created : null,
    };
  }
  return entries;
}
