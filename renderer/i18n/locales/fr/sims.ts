/** Textes de l'espace « sims » (source de vérité). */
export const sims = {
  section: { title: 'sims' },
} as const;
