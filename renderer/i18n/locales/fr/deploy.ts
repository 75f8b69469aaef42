/** Textes de l'espace « deploy » (source de vérité). */
export const deploy = {
  section: { title: 'deploy' },
} as const;
