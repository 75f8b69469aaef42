-- Schema version 2: French labels and the managers' report views.
-- Views are security_invoker: whoever reads them goes through their own privileges and RLS
-- (a poste reading a report sees only its own rows). Counts under 5 are suppressed (NULL) in
-- the managers' views: a small cell of a rare category can point at one person.

CREATE TABLE kiosque.libelles (
  kind text NOT NULL,
  code text NOT NULL,
  libelle text NOT NULL,
  PRIMARY KEY (kind, code)
);
INSERT INTO kiosque.libelles (kind, code, libelle) VALUES
  ('canal', 'physique-spontane', 'Accueil physique spontané'),
  ('canal', 'physique-rdv', 'Accueil physique sur rendez-vous'),
  ('canal', 'telephone', 'Téléphone'),
  ('canal', 'email', 'E-mail'),
  ('canal', 'courrier', 'Courrier'),
  ('canal', 'visio', 'Visioconférence'),
  ('thematique', 'papiers', 'Papiers - Élections - Citoyenneté'),
  ('thematique', 'famille', 'Famille - Scolarité'),
  ('thematique', 'social-sante', 'Social - Santé'),
  ('thematique', 'travail', 'Travail - Formation - Entreprise'),
  ('thematique', 'logement', 'Logement'),
  ('thematique', 'transports', 'Transports - Mobilité'),
  ('thematique', 'argent-impots', 'Argent - Impôts'),
  ('thematique', 'justice', 'Justice'),
  ('thematique', 'etrangers', 'Étrangers - Europe'),
  ('thematique', 'loisirs', 'Loisirs - Sports - Culture'),
  ('thematique', 'associations', 'Associations'),
  ('thematique', 'autre', 'Autre'),
  ('organisme', 'ants', 'France Titres (ANTS)'),
  ('organisme', 'caf', 'CAF'),
  ('organisme', 'cpam', 'Assurance maladie (CPAM/Ameli)'),
  ('organisme', 'cnav', 'Assurance retraite (CNAV/Carsat)'),
  ('organisme', 'msa', 'MSA'),
  ('organisme', 'france-travail', 'France Travail'),
  ('organisme', 'dgfip', 'Finances publiques (DGFiP)'),
  ('organisme', 'justice', 'Justice'),
  ('organisme', 'la-poste', 'La Poste'),
  ('organisme', 'agirc-arrco', 'Agirc-Arrco'),
  ('organisme', 'cheque-energie', 'Chèque énergie'),
  ('organisme', 'urssaf', 'URSSAF'),
  ('organisme', 'mdph', 'MDPH'),
  ('organisme', 'prefecture', 'Préfecture'),
  ('organisme', 'mairie', 'Mairie'),
  ('organisme', 'ccas', 'CCAS'),
  ('organisme', 'departement', 'Département'),
  ('organisme', 'mission-locale', 'Mission locale'),
  ('organisme', 'anah', 'France Rénov’ (ANAH)'),
  ('organisme', 'ofii-anef', 'OFII / ANEF'),
  ('organisme', 'autre', 'Autre'),
  ('issue', 'finalisee', 'Démarche finalisée'),
  ('issue', 'a-finaliser', 'À finaliser en autonomie'),
  ('issue', 'doit-revenir', 'L’usager doit revenir'),
  ('issue', 'oriente', 'Orienté vers une autre structure'),
  ('issue', 'non-realisable', 'Non réalisable (panne, hors périmètre)');

GRANT SELECT ON kiosque.libelles TO kiosque_poste, kiosque_lecteur;

-- Managers read the columns the reports need, never the note, the agent code or the commune.
GRANT SELECT (id, site_id, poste_id, date, canal, thematique, organismes, demarche,
  duree_minutes, issue, orientation, nb_personnes, deleted_at)
  ON kiosque.demarches TO kiosque_lecteur;

-- The live démarches with the month and the duration band.
CREATE VIEW kiosque.rapport_base WITH (security_invoker = true) AS
  SELECT d.site_id, d.poste_id, date_trunc('month', d.date)::date AS mois, d.date, d.canal,
         d.thematique, d.organismes, d.demarche, d.duree_minutes, d.issue, d.orientation,
         d.nb_personnes,
         CASE WHEN d.duree_minutes < 5 THEN '1. moins de 5 min'
              WHEN d.duree_minutes < 15 THEN '2. 5 à 15 min'
              WHEN d.duree_minutes < 30 THEN '3. 15 à 30 min'
              WHEN d.duree_minutes < 60 THEN '4. 30 à 60 min'
              ELSE '5. 60 min et plus' END AS tranche_duree
  FROM kiosque.demarches d
  WHERE d.deleted_at IS NULL;

-- Volume per month, site, poste and canal.
CREATE VIEW kiosque.rapport_volume WITH (security_invoker = true) AS
  SELECT b.mois, b.site_id, b.poste_id, coalesce(l.libelle, b.canal) AS canal,
         CASE WHEN count(*) >= 5 THEN count(*) END AS demarches,
         CASE WHEN count(*) >= 5 THEN sum(b.nb_personnes) END AS personnes,
         CASE WHEN count(*) >= 5 THEN round(avg(b.duree_minutes), 1) END AS duree_moyenne
  FROM kiosque.rapport_base b
  LEFT JOIN kiosque.libelles l ON l.kind = 'canal' AND l.code = b.canal
  GROUP BY b.mois, b.site_id, b.poste_id, coalesce(l.libelle, b.canal);

-- Per month, site and thématique, with the mean and median duration.
CREATE VIEW kiosque.rapport_thematique WITH (security_invoker = true) AS
  SELECT b.mois, b.site_id, coalesce(l.libelle, b.thematique) AS thematique,
         CASE WHEN count(*) >= 5 THEN count(*) END AS demarches,
         CASE WHEN count(*) >= 5 THEN round(avg(b.duree_minutes), 1) END AS duree_moyenne,
         CASE WHEN count(*) >= 5
              THEN percentile_cont(0.5) WITHIN GROUP (ORDER BY b.duree_minutes) END AS duree_mediane
  FROM kiosque.rapport_base b
  LEFT JOIN kiosque.libelles l ON l.kind = 'thematique' AND l.code = b.thematique
  GROUP BY b.mois, b.site_id, coalesce(l.libelle, b.thematique);

-- Per month, site and organisme (a démarche for two organismes counts for each).
CREATE VIEW kiosque.rapport_organisme WITH (security_invoker = true) AS
  SELECT b.mois, b.site_id, coalesce(l.libelle, o.code) AS organisme,
         CASE WHEN count(*) >= 5 THEN count(*) END AS demarches,
         CASE WHEN count(*) >= 5 THEN count(*) FILTER (WHERE b.issue = 'finalisee') END AS finalisees,
         CASE WHEN count(*) >= 5 THEN round(avg(b.duree_minutes), 1) END AS duree_moyenne
  FROM kiosque.rapport_base b
  CROSS JOIN LATERAL unnest(b.organismes) AS o(code)
  LEFT JOIN kiosque.libelles l ON l.kind = 'organisme' AND l.code = o.code
  GROUP BY b.mois, b.site_id, coalesce(l.libelle, o.code);

-- Per month, site and outcome.
CREATE VIEW kiosque.rapport_issue WITH (security_invoker = true) AS
  SELECT b.mois, b.site_id, coalesce(l.libelle, b.issue) AS issue,
         CASE WHEN count(*) >= 5 THEN count(*) END AS demarches
  FROM kiosque.rapport_base b
  LEFT JOIN kiosque.libelles l ON l.kind = 'issue' AND l.code = b.issue
  GROUP BY b.mois, b.site_id, coalesce(l.libelle, b.issue);

-- Per month, site and duration band.
CREATE VIEW kiosque.rapport_duree WITH (security_invoker = true) AS
  SELECT b.mois, b.site_id, b.tranche_duree,
         CASE WHEN count(*) >= 5 THEN count(*) END AS demarches
  FROM kiosque.rapport_base b
  GROUP BY b.mois, b.site_id, b.tranche_duree;

GRANT SELECT ON kiosque.rapport_volume, kiosque.rapport_thematique, kiosque.rapport_organisme,
  kiosque.rapport_issue, kiosque.rapport_duree TO kiosque_lecteur;
GRANT SELECT ON kiosque.rapport_base TO kiosque_lecteur;
