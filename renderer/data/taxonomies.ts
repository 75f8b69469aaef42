/**
 * Taxonomies of an assisted démarche, from shared/reference/demarches.md (La Coop de la
 * médiation numérique, Aidants Connect, France Services). Codes are stable (stored and
 * exported); labels are shown and exported in French, with English for the interface.
 */
export interface Term {
  code: string;
  fr: string;
  en: string;
}

const terms = <const T extends readonly Term[]>(list: T) => list;

export const CANAUX = terms([
  { code: 'physique-spontane', fr: 'Accueil physique spontané', en: 'Walk-in' },
  { code: 'physique-rdv', fr: 'Accueil physique sur rendez-vous', en: 'In person, by appointment' },
  { code: 'telephone', fr: 'Téléphone', en: 'Phone' },
  { code: 'email', fr: 'E-mail', en: 'E-mail' },
  { code: 'courrier', fr: 'Courrier', en: 'Post' },
  { code: 'visio', fr: 'Visioconférence', en: 'Video call' },
]);

export const THEMATIQUES = terms([
  {
    code: 'papiers',
    fr: 'Papiers - Élections - Citoyenneté',
    en: 'ID papers - Elections - Citizenship',
  },
  { code: 'famille', fr: 'Famille - Scolarité', en: 'Family - Schooling' },
  { code: 'social-sante', fr: 'Social - Santé', en: 'Social - Health' },
  { code: 'travail', fr: 'Travail - Formation - Entreprise', en: 'Work - Training - Business' },
  { code: 'logement', fr: 'Logement', en: 'Housing' },
  { code: 'transports', fr: 'Transports - Mobilité', en: 'Transport - Mobility' },
  { code: 'argent-impots', fr: 'Argent - Impôts', en: 'Money - Taxes' },
  { code: 'justice', fr: 'Justice', en: 'Justice' },
  { code: 'etrangers', fr: 'Étrangers - Europe', en: 'Foreign nationals - Europe' },
  { code: 'loisirs', fr: 'Loisirs - Sports - Culture', en: 'Leisure - Sports - Culture' },
  { code: 'associations', fr: 'Associations', en: 'Associations' },
  { code: 'autre', fr: 'Autre', en: 'Other' },
]);

export const ORGANISMES = terms([
  { code: 'ants', fr: 'France Titres (ANTS)', en: 'France Titres (ANTS)' },
  { code: 'caf', fr: 'CAF', en: 'CAF (family benefits)' },
  { code: 'cpam', fr: 'Assurance maladie (CPAM/Ameli)', en: 'Health insurance (CPAM/Ameli)' },
  { code: 'cnav', fr: 'Assurance retraite (CNAV/Carsat)', en: 'Pension insurance (CNAV/Carsat)' },
  { code: 'msa', fr: 'MSA', en: 'MSA (farmers’ insurance)' },
  { code: 'france-travail', fr: 'France Travail', en: 'France Travail (employment)' },
  { code: 'dgfip', fr: 'Finances publiques (DGFiP)', en: 'Tax office (DGFiP)' },
  { code: 'justice', fr: 'Justice', en: 'Justice' },
  { code: 'la-poste', fr: 'La Poste', en: 'La Poste' },
  { code: 'agirc-arrco', fr: 'Agirc-Arrco', en: 'Agirc-Arrco' },
  { code: 'cheque-energie', fr: 'Chèque énergie', en: 'Energy voucher' },
  { code: 'urssaf', fr: 'URSSAF', en: 'URSSAF' },
  { code: 'mdph', fr: 'MDPH', en: 'MDPH (disability)' },
  { code: 'prefecture', fr: 'Préfecture', en: 'Prefecture' },
  { code: 'mairie', fr: 'Mairie', en: 'Town hall' },
  { code: 'ccas', fr: 'CCAS', en: 'CCAS (social action centre)' },
  { code: 'departement', fr: 'Département', en: 'Département' },
  { code: 'mission-locale', fr: 'Mission locale', en: 'Mission locale (youth)' },
  { code: 'anah', fr: 'France Rénov’ (ANAH)', en: 'France Rénov’ (ANAH)' },
  { code: 'ofii-anef', fr: 'OFII / ANEF', en: 'OFII / ANEF' },
  { code: 'autre', fr: 'Autre', en: 'Other' },
]);

export const ISSUES = terms([
  { code: 'finalisee', fr: 'Démarche finalisée', en: 'Completed' },
  { code: 'a-finaliser', fr: 'À finaliser en autonomie', en: 'To finish alone' },
  { code: 'doit-revenir', fr: 'L’usager doit revenir', en: 'Must come back' },
  { code: 'oriente', fr: 'Orienté vers une autre structure', en: 'Redirected elsewhere' },
  {
    code: 'non-realisable',
    fr: 'Non réalisable (panne, hors périmètre)',
    en: 'Not possible (outage, out of scope)',
  },
]);

export const ORIENTATIONS = terms([
  {
    code: 'administration',
    fr: 'Administration (mairie, préfecture…)',
    en: 'Administration (town hall, prefecture…)',
  },
  {
    code: 'mediation',
    fr: 'Autre structure de médiation numérique',
    en: 'Other digital mediation service',
  },
  {
    code: 'operateur',
    fr: 'Opérateur ou organisme de la démarche',
    en: 'The procedure’s own organisation',
  },
  { code: 'aide-sociale', fr: 'Structure d’aide sociale', en: 'Social support service' },
  {
    code: 'insertion',
    fr: 'Structure d’insertion professionnelle',
    en: 'Employment support service',
  },
  {
    code: 'aide-demarches',
    fr: 'Structure d’aide aux démarches (France Services…)',
    en: 'Procedure help desk (France Services…)',
  },
  { code: 'autre', fr: 'Autre', en: 'Other' },
]);

export const AUTONOMIES = terms([
  { code: 'guidage', fr: 'Avec guidage', en: 'Guided' },
  {
    code: 'guidage-si-besoin',
    fr: 'Autonome avec guidage si besoin',
    en: 'Autonomous, guided if needed',
  },
  { code: 'autonome', fr: 'Autonome', en: 'Autonomous' },
]);

export const TRANCHES_AGE = terms([
  { code: 'moins-18', fr: 'Moins de 18 ans', en: 'Under 18' },
  { code: '18-24', fr: '18-24 ans', en: '18-24' },
  { code: '25-39', fr: '25-39 ans', en: '25-39' },
  { code: '40-59', fr: '40-59 ans', en: '40-59' },
  { code: '60-69', fr: '60-69 ans', en: '60-69' },
  { code: '70-plus', fr: '70 ans et plus', en: '70 and over' },
  { code: 'nc', fr: 'Non communiqué', en: 'Not given' },
]);

export const DEMI_JOURNEES = terms([
  { code: 'matin', fr: 'Matin', en: 'Morning' },
  { code: 'apres-midi', fr: 'Après-midi', en: 'Afternoon' },
]);

export const DUREE_PRESETS = [5, 10, 15, 20, 30, 45, 60] as const;

export type CodeOf<T extends readonly Term[]> = T[number]['code'];
export type Canal = CodeOf<typeof CANAUX>;
export type Thematique = CodeOf<typeof THEMATIQUES>;
export type Organisme = CodeOf<typeof ORGANISMES>;
export type Issue = CodeOf<typeof ISSUES>;
export type Orientation = CodeOf<typeof ORIENTATIONS>;
export type Autonomie = CodeOf<typeof AUTONOMIES>;
export type TrancheAge = CodeOf<typeof TRANCHES_AGE>;
export type DemiJournee = CodeOf<typeof DEMI_JOURNEES>;

/** The code list of a taxonomy, as a non-empty tuple for `z.enum`. */
export const codes = <T extends readonly Term[]>(list: T) =>
  list.map((t) => t.code) as unknown as [CodeOf<T>, ...CodeOf<T>[]];

/** The label of a code in a language; the code itself when unknown (imported old data). */
export function labelOf(list: readonly Term[], code: string, lang: 'fr' | 'en' = 'fr'): string {
  return list.find((t) => t.code === code)?.[lang] ?? code;
}
