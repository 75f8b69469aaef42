/** The 16 Pix competences (pix-framework.md); their names are content (competenceNames.ts). */
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
