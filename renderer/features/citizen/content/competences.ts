/** The 16 Pix competences (pix-framework.md), with their names in both languages. */
export const COMPETENCE_CODES = [
  '1.1',
  '1.2',
  '1.3',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '3.1',
  '3.2',
  '3.3',
  '3.4',
  '4.1',
  '4.2',
  '4.3',
  '5.1',
  '5.2',
] as const;

export type CompetenceCode = (typeof COMPETENCE_CODES)[number];

/** Competence names as Pix words them (French) and their English rendering. */
export const COMPETENCE_NAMES: Record<CompetenceCode, { fr: string; en: string }> = {
  '1.1': {
    fr: 'Mener une recherche et une veille d’information',
    en: 'Searching for and monitoring information',
  },
  '1.2': { fr: 'Gérer des données', en: 'Managing data' },
  '1.3': { fr: 'Traiter des données', en: 'Processing data' },
  '2.1': { fr: 'Interagir', en: 'Interacting' },
  '2.2': { fr: 'Partager et publier', en: 'Sharing and publishing' },
  '2.3': { fr: 'Collaborer', en: 'Collaborating' },
  '2.4': {
    fr: 'S’insérer dans le monde numérique',
    en: 'Finding one’s place in the digital world',
  },
  '3.1': { fr: 'Développer des documents textuels', en: 'Developing text documents' },
  '3.2': { fr: 'Développer des documents multimédia', en: 'Developing multimedia documents' },
  '3.3': { fr: 'Adapter les documents à leur finalité', en: 'Adapting documents to their purpose' },
  '3.4': { fr: 'Programmer', en: 'Programming' },
  '4.1': { fr: 'Sécuriser l’environnement numérique', en: 'Securing the digital environment' },
  '4.2': {
    fr: 'Protéger les données personnelles et la vie privée',
    en: 'Protecting personal data and privacy',
  },
  '4.3': {
    fr: 'Protéger la santé, le bien-être et l’environnement',
    en: 'Protecting health, well-being and the environment',
  },
  '5.1': { fr: 'Résoudre des problèmes techniques', en: 'Solving technical problems' },
  '5.2': { fr: 'Construire un environnement numérique', en: 'Building a digital environment' },
};
