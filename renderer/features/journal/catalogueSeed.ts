/**
 * The démarches most often assisted at French reception counters (France Services top
 * partners: France Titres, CAF, CPAM, DGFiP…), loaded into the local catalogue on first use.
 * The admin edits the catalogue afterwards; codes are stable because entries store them.
 */
import type { CatalogueItem } from '../../data/types';

type Seed = Omit<CatalogueItem, 'order' | 'archived'>;

const SEED: readonly Seed[] = [
  {
    code: 'caf-rsa-trimestrielle',
    label: 'CAF – déclaration trimestrielle RSA',
    thematique: 'social-sante',
    organismes: ['caf'],
    favourite: true,
  },
  {
    code: 'ants-cni-predemande',
    label: 'ANTS – pré-demande de carte d’identité',
    thematique: 'papiers',
    organismes: ['ants'],
    favourite: true,
  },
  {
    code: 'impots-declaration',
    label: 'Impôts – déclaration en ligne',
    thematique: 'argent-impots',
    organismes: ['dgfip'],
    favourite: true,
  },
  {
    code: 'ameli-attestation-droits',
    label: 'Ameli – attestation de droits',
    thematique: 'social-sante',
    organismes: ['cpam'],
    favourite: true,
  },
  {
    code: 'france-travail-actualisation',
    label: 'France Travail – actualisation',
    thematique: 'travail',
    organismes: ['france-travail'],
    favourite: true,
  },
  {
    code: 'caf-prime-activite',
    label: 'CAF – prime d’activité',
    thematique: 'social-sante',
    organismes: ['caf'],
    favourite: true,
  },
  {
    code: 'ants-passeport-predemande',
    label: 'ANTS – pré-demande de passeport',
    thematique: 'papiers',
    organismes: ['ants'],
    favourite: false,
  },
  {
    code: 'ants-permis',
    label: 'ANTS – permis de conduire',
    thematique: 'transports',
    organismes: ['ants'],
    favourite: false,
  },
  {
    code: 'ants-immatriculation',
    label: 'ANTS – certificat d’immatriculation (carte grise)',
    thematique: 'transports',
    organismes: ['ants'],
    favourite: false,
  },
  {
    code: 'impots-espace-particulier',
    label: 'Impôts – espace particulier',
    thematique: 'argent-impots',
    organismes: ['dgfip'],
    favourite: false,
  },
  {
    code: 'impots-prelevement-source',
    label: 'Impôts – prélèvement à la source',
    thematique: 'argent-impots',
    organismes: ['dgfip'],
    favourite: false,
  },
  {
    code: 'ameli-carte-vitale',
    label: 'Ameli – carte Vitale',
    thematique: 'social-sante',
    organismes: ['cpam'],
    favourite: false,
  },
  {
    code: 'ameli-compte',
    label: 'Ameli – création du compte',
    thematique: 'social-sante',
    organismes: ['cpam'],
    favourite: false,
  },
  {
    code: 'css-complementaire',
    label: 'Complémentaire santé solidaire',
    thematique: 'social-sante',
    organismes: ['cpam'],
    favourite: false,
  },
  {
    code: 'caf-aide-logement',
    label: 'CAF – aide au logement',
    thematique: 'logement',
    organismes: ['caf'],
    favourite: false,
  },
  {
    code: 'caf-changement-situation',
    label: 'CAF – changement de situation',
    thematique: 'famille',
    organismes: ['caf'],
    favourite: false,
  },
  {
    code: 'france-travail-inscription',
    label: 'France Travail – inscription',
    thematique: 'travail',
    organismes: ['france-travail'],
    favourite: false,
  },
  {
    code: 'retraite-demande',
    label: 'Retraite – demande en ligne',
    thematique: 'social-sante',
    organismes: ['cnav', 'agirc-arrco'],
    favourite: false,
  },
  {
    code: 'retraite-releve-carriere',
    label: 'Retraite – relevé de carrière',
    thematique: 'social-sante',
    organismes: ['cnav'],
    favourite: false,
  },
  {
    code: 'cheque-energie',
    label: 'Chèque énergie',
    thematique: 'logement',
    organismes: ['cheque-energie'],
    favourite: false,
  },
  {
    code: 'mdph-dossier',
    label: 'MDPH – dossier de demande',
    thematique: 'social-sante',
    organismes: ['mdph'],
    favourite: false,
  },
  {
    code: 'anef-titre-sejour',
    label: 'ANEF – titre de séjour',
    thematique: 'etrangers',
    organismes: ['ofii-anef'],
    favourite: false,
  },
  {
    code: 'la-poste-lettre-suivi',
    label: 'La Poste – courrier et suivi',
    thematique: 'autre',
    organismes: ['la-poste'],
    favourite: false,
  },
  {
    code: 'mairie-inscription-listes',
    label: 'Mairie – inscription sur les listes électorales',
    thematique: 'papiers',
    organismes: ['mairie'],
    favourite: false,
  },
  {
    code: 'france-connect',
    label: 'FranceConnect – créer ou retrouver son accès',
    thematique: 'papiers',
    organismes: ['autre'],
    favourite: false,
  },
  {
    code: 'msa-espace-prive',
    label: 'MSA – espace privé',
    thematique: 'social-sante',
    organismes: ['msa'],
    favourite: false,
  },
];

/** The seed as catalogue rows, favourites first in the order above. */
export function seedCatalogue(): CatalogueItem[] {
  return SEED.map((item, index) => ({
    ...item,
    organismes: [...item.organismes],
    order: index,
    archived: false,
  }));
}
