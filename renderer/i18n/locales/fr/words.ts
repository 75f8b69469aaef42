/** Lexique des mots français des sites en ligne (source de vérité). */
export const words = {
  open: 'Mots français',
  openHint: 'Les mots des sites en ligne, expliqués',
  title: 'Les mots français des sites en ligne',
  intro:
    'Les sites publics sont en français. Voici les mots que vous y verrez le plus, avec leur sens et un exemple.',
  meaning: 'Ce que cela veut dire',
  exampleLine: 'Exemple : {{example}}',
  back: 'Retour aux parcours',
  onScreen: 'Mots français de cet écran',
  onScreenCount_one: 'Mots français de cet écran ({{count}})',
  onScreenCount_other: 'Mots français de cet écran ({{count}})',
  close: 'Fermer les explications',
  none: 'Aucun mot marqué sur cet écran.',
  met: 'Mots français rencontrés',
};
