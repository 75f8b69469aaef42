-- Schema version 3: the reports read monthly summary tables kept exact by every write to
-- kiosque.demarches (push() included, in the same statement), instead of aggregating every
-- row at each read; and cheaper per-row checks, with the same rules and the same messages.

-- No write may slip between the backfill below and the triggers that keep the summary.
LOCK TABLE kiosque.demarches IN SHARE ROW EXCLUSIVE MODE;

-- ─── Field rules: same rules, same messages, same order as 001, cheaper ───
-- They run for every row written (COPY and push() alike), so they are one SQL expression
-- that PostgreSQL inlines into the trigger instead of a PL/pgSQL statement per rule; bounded
-- repetitions such as [a-z0-9-]{0,59} cost its regex engine tens of microseconds a row, so an
-- unbounded class plus a length check says the same; a repeated organisme is looked for only
-- when there are several.
CREATE FUNCTION kiosque.has_duplicates(a text[]) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  FOR i IN 1 .. coalesce(cardinality(a), 0) - 1 LOOP
    FOR j IN i + 1 .. cardinality(a) LOOP
      IF a[i] = a[j] THEN RETURN true; END IF;
    END LOOP;
  END LOOP;
  RETURN false;
END
$$;

-- The personal-data detector of 001, unchanged but for a first test that skips it.
CREATE OR REPLACE FUNCTION kiosque.personal_data_kinds(t text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  plain text;
  found text[] := '{}';
BEGIN
  -- Every kind below needs a digit, or an @ / (at) / [at] for an e-mail: a text with none of
  -- them (most notes, every code of an audit line) is clean without running the patterns.
  IF t IS NULL OR t !~* '[0-9@]|\(at\)|\[at\]' THEN RETURN found; END IF;
  -- Plain dates are allowed and must not count as digit runs.
  plain := regexp_replace(t,
    '(?<![0-9/.-])((0?[1-9]|[12][0-9]|3[01])[/.-](0?[1-9]|1[0-2])[/.-]([0-9]{4}|[0-9]{2})|[0-9]{4}-(0?[1-9]|1[0-2])-(0?[1-9]|[12][0-9]|3[01]))(?![0-9]|[/.-][0-9])',
    ' ', 'g');
  IF plain ~* '[[:alnum:]._%+-]+\s?(@|\(at\)|\[at\])\s?[[:alnum:]-]+(\.[[:alnum:]-]+)*\.[[:alpha:]]{2,}' THEN
    found := array_append(found, 'email'); END IF;
  IF plain ~ '(?<![0-9])((\+|00)\s?33[[:space:].-]?(\(0\)[[:space:].-]?)?|0)[1-9]([[:space:].-]?[0-9]{2}){4}(?![0-9])' THEN
    found := array_append(found, 'phone'); END IF;
  IF plain ~* '(?<![0-9A-Za-z])[1278][[:space:].]?[0-9]{2}[[:space:].]?[0-9]{2}[[:space:].]?([0-9]{2}|2[AB])[[:space:].]?[0-9]{3}[[:space:].]?[0-9]{3}[[:space:].]?[0-9]{2}(?![0-9])' THEN
    found := array_append(found, 'nir'); END IF;
  IF plain ~* '(?<![[:alnum:]])[A-Z]{2}[0-9]{2}([[:space:]]?[A-Z0-9]){11,30}(?![[:alnum:]])' THEN
    found := array_append(found, 'iban'); END IF;
  IF t ~* '(^|[^[:alnum:]_])n[ée]e?\s+le\s+[0-9]{1,2}\s?[/.-]\s?[0-9]{1,2}\s?[/.-]\s?[0-9]{2,4}' THEN
    found := array_append(found, 'birth-date'); END IF;
  IF plain ~* '(?<!cerfa\s{0,20})(allocataire|dossier|fiscal|matricule|identifiant|num[ée]ro|n°|no\.)\s*:?\s*[[:alpha:]]{0,12}\s*:?\s*[0-9]([[:space:].]?[0-9]){4,}' THEN
    found := array_append(found, 'file-number'); END IF;
  IF plain ~* '(?<![0-9])[0-9]{1,4}\s?(bis|ter)?,?\s+(rue|avenue|av\.|bd|boulevard|chemin|impasse|all[ée]e|place|route|quai|cours|square|r[ée]sidence|lotissement|lieu-dit|cit[ée])\s' THEN
    found := array_append(found, 'address'); END IF;
  IF NOT (found && ARRAY['phone','nir','iban','file-number'])
     AND plain ~ '[0-9]([[:space:].]?[0-9]){7,}' THEN
    found := array_append(found, 'digits'); END IF;
  RETURN found;
END
$$;

CREATE OR REPLACE FUNCTION kiosque.entry_problem(r kiosque.demarches) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN r.schema_version NOT BETWEEN 1 AND 2 THEN 'version de schéma inconnue'
    WHEN length(r.site_id) > 40 OR length(r.poste_id) > 40
         OR r.site_id !~ '^[a-z0-9][a-z0-9-]*$' OR r.poste_id !~ '^[a-z0-9][a-z0-9-]*$'
      THEN 'site ou poste invalide'
    WHEN length(r.agent_code) > 24 OR r.agent_code !~ '^[a-z0-9][a-z0-9-]+$'
      THEN 'code agent invalide'
    WHEN r.demi_journee <> ALL (kiosque.codes('demi_journee')) THEN 'demi-journée inconnue'
    WHEN r.canal <> ALL (kiosque.codes('canal')) THEN 'canal inconnu'
    WHEN r.thematique <> ALL (kiosque.codes('thematique')) THEN 'thématique inconnue'
    WHEN r.thematique_secondaire IS NOT NULL
         AND (r.thematique_secondaire <> ALL (kiosque.codes('thematique'))
              OR r.thematique_secondaire = r.thematique)
      THEN 'thématique secondaire invalide'
    WHEN cardinality(r.organismes) NOT BETWEEN 1 AND 5
         OR NOT (r.organismes <@ kiosque.codes('organisme'))
         OR (cardinality(r.organismes) > 1 AND kiosque.has_duplicates(r.organismes))
      THEN 'organismes invalides'
    WHEN length(r.demarche) > 60 OR r.demarche !~ '^[a-z0-9][a-z0-9-]*$'
      THEN 'code de démarche invalide'
    WHEN r.duree_minutes NOT BETWEEN 1 AND 480 THEN 'durée hors limites (1 à 480 minutes)'
    WHEN r.issue <> ALL (kiosque.codes('issue')) THEN 'issue inconnue'
    WHEN (r.issue = 'oriente') <> (r.orientation IS NOT NULL)
         OR (r.orientation IS NOT NULL AND r.orientation <> ALL (kiosque.codes('orientation')))
      THEN 'orientation invalide (obligatoire seulement quand l''usager est orienté)'
    WHEN r.autonomie IS NOT NULL AND r.autonomie <> ALL (kiosque.codes('autonomie'))
      THEN 'autonomie inconnue'
    WHEN r.nb_personnes NOT BETWEEN 1 AND 20 THEN 'nombre de personnes hors limites'
    WHEN r.premiere_venue NOT IN ('oui', 'non', 'nsp') THEN 'première venue invalide'
    WHEN r.tranche_age IS NOT NULL AND r.tranche_age <> ALL (kiosque.codes('tranche_age'))
      THEN 'tranche d''âge inconnue'
    WHEN r.commune_residence IS NOT NULL AND r.commune_residence !~ '^[0-9][0-9AB][0-9][0-9][0-9]$'
      THEN 'code INSEE de commune invalide'
    WHEN r.note IS NOT NULL AND length(btrim(r.note)) NOT BETWEEN 1 AND 200
      THEN 'note trop longue ou vide'
    WHEN r.note IS NOT NULL AND cardinality(kiosque.personal_data_kinds(r.note)) > 0
      THEN 'note refusée : elle ressemble à une donnée personnelle ('
           || array_to_string(kiosque.personal_data_kinds(r.note), ', ') || ')'
    WHEN r.updated_at < r.created_at THEN 'modification antérieure à la création'
    WHEN greatest(r.created_at, r.updated_at, r.deleted_at) > now() + kiosque.max_skew()
         OR r.date > (now() + kiosque.max_skew())::date + 1
      THEN 'date dans le futur : l''horloge du poste avance'
  END
$$;

-- ─── Monthly summaries, one row per group and poste (live démarches only) ───
-- The poste is part of every key: two postes never write the same summary row, so their
-- pushes never wait on each other. Rows may fall to zero (a démarche moved or deleted); the
-- views leave those out.

-- Per canal and outcome: rapport_volume and rapport_issue.
CREATE TABLE kiosque.synthese_volume (
  mois date NOT NULL,
  site_id text NOT NULL,
  poste_id text NOT NULL,
  canal text NOT NULL,
  issue text NOT NULL,
  demarches bigint NOT NULL,
  personnes bigint NOT NULL,
  duree_totale bigint NOT NULL,
  PRIMARY KEY (mois, site_id, poste_id, canal, issue)
);

-- Per thématique and exact duration (so the median stays exact): rapport_thematique and
-- rapport_duree.
CREATE TABLE kiosque.synthese_thematique (
  mois date NOT NULL,
  site_id text NOT NULL,
  poste_id text NOT NULL,
  thematique text NOT NULL,
  duree_minutes integer NOT NULL,
  demarches bigint NOT NULL,
  PRIMARY KEY (mois, site_id, poste_id, thematique, duree_minutes)
);

-- Per organisme (a démarche for two organismes counts for each): rapport_organisme.
CREATE TABLE kiosque.synthese_organisme (
  mois date NOT NULL,
  site_id text NOT NULL,
  poste_id text NOT NULL,
  organisme text NOT NULL,
  demarches bigint NOT NULL,
  finalisees bigint NOT NULL,
  duree_totale bigint NOT NULL,
  PRIMARY KEY (mois, site_id, poste_id, organisme)
);

-- The statement that adds a signed delta (−1 for a row's old version, +1 for its new one) to
-- the three summaries; `src` is a query with the démarches' columns and `signe` (over the
-- trigger's transition tables, which only the trigger function itself can read: it runs the
-- statement). Groups are written in key order, so that two transactions never wait on each
-- other in opposite orders.
CREATE FUNCTION kiosque.synthese_delta_sql(src text) RETURNS text
LANGUAGE sql IMMUTABLE AS $f$
  SELECT format($q$
    WITH delta AS (
      SELECT date_trunc('month', d.date)::date AS mois, d.site_id, d.poste_id, d.canal, d.issue,
             d.thematique, d.organismes, d.duree_minutes, d.nb_personnes, d.signe
      FROM (%s) d
      WHERE d.deleted_at IS NULL
    ), volume AS (
      INSERT INTO kiosque.synthese_volume AS s (mois, site_id, poste_id, canal, issue,
        demarches, personnes, duree_totale)
      SELECT mois, site_id, poste_id, canal, issue, sum(signe), sum(signe * nb_personnes),
             sum(signe * duree_minutes)
      FROM delta GROUP BY 1, 2, 3, 4, 5
      HAVING sum(signe) <> 0 OR sum(signe * nb_personnes) <> 0 OR sum(signe * duree_minutes) <> 0
      ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT (mois, site_id, poste_id, canal, issue) DO UPDATE SET
        demarches = s.demarches + excluded.demarches,
        personnes = s.personnes + excluded.personnes,
        duree_totale = s.duree_totale + excluded.duree_totale
    ), thematique AS (
      INSERT INTO kiosque.synthese_thematique AS s (mois, site_id, poste_id, thematique,
        duree_minutes, demarches)
      SELECT mois, site_id, poste_id, thematique, duree_minutes, sum(signe)
      FROM delta GROUP BY 1, 2, 3, 4, 5
      HAVING sum(signe) <> 0
      ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT (mois, site_id, poste_id, thematique, duree_minutes) DO UPDATE SET
        demarches = s.demarches + excluded.demarches
    )
    INSERT INTO kiosque.synthese_organisme AS s (mois, site_id, poste_id, organisme,
      demarches, finalisees, duree_totale)
    SELECT d.mois, d.site_id, d.poste_id, o.code, sum(d.signe),
           coalesce(sum(d.signe) FILTER (WHERE d.issue = 'finalisee'), 0),
           sum(d.signe * d.duree_minutes)
    FROM delta d CROSS JOIN LATERAL unnest(d.organismes) AS o(code)
    GROUP BY 1, 2, 3, 4
    HAVING sum(d.signe) <> 0 OR coalesce(sum(d.signe) FILTER (WHERE d.issue = 'finalisee'), 0) <> 0
        OR sum(d.signe * d.duree_minutes) <> 0
    ORDER BY 1, 2, 3, 4
    ON CONFLICT (mois, site_id, poste_id, organisme) DO UPDATE SET
      demarches = s.demarches + excluded.demarches,
      finalisees = s.finalisees + excluded.finalisees,
      duree_totale = s.duree_totale + excluded.duree_totale
  $q$, src)
$f$;

-- One statement trigger per event (PostgreSQL gives transition tables to one event only);
-- SECURITY DEFINER: a poste keeps the summary through its writes but cannot write it itself.
CREATE FUNCTION kiosque.synthese_suit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    TRUNCATE kiosque.synthese_volume, kiosque.synthese_thematique, kiosque.synthese_organisme;
  ELSIF TG_OP = 'INSERT' THEN
    EXECUTE kiosque.synthese_delta_sql('SELECT n.*, 1 AS signe FROM nouvelles n');
  ELSIF TG_OP = 'DELETE' THEN
    EXECUTE kiosque.synthese_delta_sql('SELECT a.*, -1 AS signe FROM anciennes a');
  ELSE
    EXECUTE kiosque.synthese_delta_sql('SELECT a.*, -1 AS signe FROM anciennes a
      UNION ALL SELECT n.*, 1 AS signe FROM nouvelles n');
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER synthese_insert AFTER INSERT ON kiosque.demarches
  REFERENCING NEW TABLE AS nouvelles FOR EACH STATEMENT EXECUTE FUNCTION kiosque.synthese_suit();
CREATE TRIGGER synthese_update AFTER UPDATE ON kiosque.demarches
  REFERENCING OLD TABLE AS anciennes NEW TABLE AS nouvelles
  FOR EACH STATEMENT EXECUTE FUNCTION kiosque.synthese_suit();
CREATE TRIGGER synthese_delete AFTER DELETE ON kiosque.demarches
  REFERENCING OLD TABLE AS anciennes FOR EACH STATEMENT EXECUTE FUNCTION kiosque.synthese_suit();
CREATE TRIGGER synthese_truncate AFTER TRUNCATE ON kiosque.demarches
  FOR EACH STATEMENT EXECUTE FUNCTION kiosque.synthese_suit();

REVOKE ALL ON FUNCTION kiosque.synthese_suit() FROM PUBLIC;

-- The démarches already in the hub (the table is locked above).
DO $backfill$
BEGIN
  EXECUTE kiosque.synthese_delta_sql('SELECT d.*, 1 AS signe FROM kiosque.demarches d');
END
$backfill$;

ALTER TABLE kiosque.synthese_volume ENABLE ROW LEVEL SECURITY;
ALTER TABLE kiosque.synthese_thematique ENABLE ROW LEVEL SECURITY;
ALTER TABLE kiosque.synthese_organisme ENABLE ROW LEVEL SECURITY;
CREATE POLICY lecteur_all ON kiosque.synthese_volume FOR SELECT TO kiosque_lecteur USING (true);
CREATE POLICY lecteur_all ON kiosque.synthese_thematique FOR SELECT TO kiosque_lecteur USING (true);
CREATE POLICY lecteur_all ON kiosque.synthese_organisme FOR SELECT TO kiosque_lecteur USING (true);
GRANT SELECT ON kiosque.synthese_volume, kiosque.synthese_thematique, kiosque.synthese_organisme
  TO kiosque_lecteur;

-- ─── The report views, same names and columns as 002, read from the summaries ───

CREATE OR REPLACE VIEW kiosque.rapport_volume WITH (security_invoker = true) AS
  SELECT s.mois, s.site_id, s.poste_id, coalesce(l.libelle, s.canal) AS canal,
         CASE WHEN sum(s.demarches) >= 5 THEN sum(s.demarches)::bigint END AS demarches,
         CASE WHEN sum(s.demarches) >= 5 THEN sum(s.personnes)::bigint END AS personnes,
         CASE WHEN sum(s.demarches) >= 5
              THEN round(sum(s.duree_totale)::numeric / sum(s.demarches), 1) END AS duree_moyenne
  FROM kiosque.synthese_volume s
  LEFT JOIN kiosque.libelles l ON l.kind = 'canal' AND l.code = s.canal
  GROUP BY s.mois, s.site_id, s.poste_id, coalesce(l.libelle, s.canal)
  HAVING sum(s.demarches) > 0;

-- The median from the duration histogram: percentile_cont(0.5) of n sorted values is the
-- mean of the values at ranks floor((n+1)/2) and ceil((n+1)/2).
CREATE OR REPLACE VIEW kiosque.rapport_thematique WITH (security_invoker = true) AS
  WITH h AS (
    SELECT s.mois, s.site_id, coalesce(l.libelle, s.thematique) AS thematique, s.duree_minutes,
           sum(s.demarches) AS n
    FROM kiosque.synthese_thematique s
    LEFT JOIN kiosque.libelles l ON l.kind = 'thematique' AND l.code = s.thematique
    WHERE s.demarches > 0
    GROUP BY 1, 2, 3, 4
  ), c AS (
    SELECT h.*,
           sum(h.n) OVER (PARTITION BY h.mois, h.site_id, h.thematique ORDER BY h.duree_minutes) AS rang,
           sum(h.n) OVER (PARTITION BY h.mois, h.site_id, h.thematique) AS total
    FROM h
  )
  SELECT c.mois, c.site_id, c.thematique,
         CASE WHEN sum(c.n) >= 5 THEN sum(c.n)::bigint END AS demarches,
         CASE WHEN sum(c.n) >= 5
              THEN round(sum(c.n * c.duree_minutes) / sum(c.n), 1) END AS duree_moyenne,
         CASE WHEN sum(c.n) >= 5
              THEN (min(c.duree_minutes) FILTER (WHERE c.rang >= floor((c.total + 1) / 2.0))
                  + min(c.duree_minutes) FILTER (WHERE c.rang >= ceil((c.total + 1) / 2.0)))
                   ::double precision / 2 END AS duree_mediane
  FROM c
  GROUP BY c.mois, c.site_id, c.thematique;

CREATE OR REPLACE VIEW kiosque.rapport_organisme WITH (security_invoker = true) AS
  SELECT s.mois, s.site_id, coalesce(l.libelle, s.organisme) AS organisme,
         CASE WHEN sum(s.demarches) >= 5 THEN sum(s.demarches)::bigint END AS demarches,
         CASE WHEN sum(s.demarches) >= 5 THEN sum(s.finalisees)::bigint END AS finalisees,
         CASE WHEN sum(s.demarches) >= 5
              THEN round(sum(s.duree_totale)::numeric / sum(s.demarches), 1) END AS duree_moyenne
  FROM kiosque.synthese_organisme s
  LEFT JOIN kiosque.libelles l ON l.kind = 'organisme' AND l.code = s.organisme
  GROUP BY s.mois, s.site_id, coalesce(l.libelle, s.organisme)
  HAVING sum(s.demarches) > 0;

CREATE OR REPLACE VIEW kiosque.rapport_issue WITH (security_invoker = true) AS
  SELECT s.mois, s.site_id, coalesce(l.libelle, s.issue) AS issue,
         CASE WHEN sum(s.demarches) >= 5 THEN sum(s.demarches)::bigint END AS demarches
  FROM kiosque.synthese_volume s
  LEFT JOIN kiosque.libelles l ON l.kind = 'issue' AND l.code = s.issue
  GROUP BY s.mois, s.site_id, coalesce(l.libelle, s.issue)
  HAVING sum(s.demarches) > 0;

CREATE OR REPLACE VIEW kiosque.rapport_duree WITH (security_invoker = true) AS
  SELECT s.mois, s.site_id,
         CASE WHEN s.duree_minutes < 5 THEN '1. moins de 5 min'
              WHEN s.duree_minutes < 15 THEN '2. 5 à 15 min'
              WHEN s.duree_minutes < 30 THEN '3. 15 à 30 min'
              WHEN s.duree_minutes < 60 THEN '4. 30 à 60 min'
              ELSE '5. 60 min et plus' END AS tranche_duree,
         CASE WHEN sum(s.demarches) >= 5 THEN sum(s.demarches)::bigint END AS demarches
  FROM kiosque.synthese_thematique s
  GROUP BY 1, 2, 3
  HAVING sum(s.demarches) > 0;

-- ─── push(): the days that differ are computed only when the poste reports its days ───
-- (each computation hashes the poste's last 30 days; a round reports them once, with its
-- last call, and only that answer is read). Otherwise the same as in 001.
CREATE OR REPLACE FUNCTION kiosque.push(batch jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY INVOKER AS $$
DECLARE
  me kiosque.postes;
  entries jsonb := coalesce(batch -> 'entries', '[]'::jsonb);
  n_in integer := 0;
  n_up integer := 0;
  n_audit integer := 0;
  one_in integer;
  one_up integer;
  rejected jsonb := '[]'::jsonb;
  elem jsonb;
  st text;
  msg text;
  skew bigint;
  differing jsonb := '[]'::jsonb;
BEGIN
  SELECT * INTO me FROM kiosque.postes WHERE role_name = current_user;
  IF NOT FOUND THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'ce rôle n''est pas un poste du hub';
  END IF;
  IF jsonb_typeof(entries) <> 'array' OR jsonb_array_length(entries) > 1000 THEN
    RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'lot invalide : 1 000 démarches au plus';
  END IF;

  BEGIN
    SELECT u.inserted, u.updated INTO n_in, n_up FROM kiosque.upsert_entries(entries) u;
  EXCEPTION WHEN OTHERS THEN
    n_in := 0; n_up := 0;
    FOR elem IN SELECT e FROM jsonb_array_elements(entries) e LOOP
      BEGIN
        SELECT u.inserted, u.updated INTO one_in, one_up
          FROM kiosque.upsert_entries(jsonb_build_array(elem)) u;
        n_in := n_in + one_in; n_up := n_up + one_up;
      EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
        rejected := rejected || jsonb_build_object('id', elem ->> 'id',
          'reason', kiosque.refusal_text(st, msg));
      END;
    END LOOP;
  END;

  IF jsonb_array_length(coalesce(batch -> 'audit', '[]'::jsonb)) > 0 THEN
    n_audit := kiosque.insert_audit(batch -> 'audit', rejected, me);
  END IF;

  IF batch ? 'clientTime' THEN
    skew := floor(extract(epoch FROM ((batch ->> 'clientTime')::timestamptz - now())) * 1000);
  END IF;

  IF jsonb_typeof(batch -> 'status') = 'object' THEN
    INSERT INTO kiosque.poste_status AS s (site_id, poste_id, app_version, app_schema_version,
      pending, oldest_pending_at, last_error, clock_skew_ms, storage_bytes, free_disk_bytes)
    SELECT me.site_id, me.poste_id, left(coalesce(x."appVersion", ''), 40), x."schemaVersion",
           greatest(coalesce(x.pending, 0), 0), x."oldestPendingAt", left(x."lastError", 300),
           skew, x."storageBytes", x."freeDiskBytes"
    FROM jsonb_to_record(batch -> 'status') AS x("appVersion" text, "schemaVersion" integer,
      pending integer, "oldestPendingAt" timestamptz, "lastError" text, "storageBytes" bigint,
      "freeDiskBytes" bigint)
    ON CONFLICT (site_id, poste_id) DO UPDATE SET
      app_version = excluded.app_version, app_schema_version = excluded.app_schema_version,
      pending = excluded.pending, oldest_pending_at = excluded.oldest_pending_at,
      last_error = excluded.last_error, clock_skew_ms = excluded.clock_skew_ms,
      storage_bytes = excluded.storage_bytes, free_disk_bytes = excluded.free_disk_bytes;
  END IF;

  IF jsonb_typeof(batch -> 'days') = 'array' THEN
    INSERT INTO kiosque.day_counts AS c (site_id, poste_id, day, count, hash)
    SELECT me.site_id, me.poste_id, x.day, x.count, x.hash
    FROM jsonb_to_recordset(batch -> 'days') AS x(day date, count integer, hash text)
    WHERE x.day >= current_date - 30
    ORDER BY x.day
    ON CONFLICT (site_id, poste_id, day) DO UPDATE SET
      count = excluded.count, hash = excluded.hash, reported_at = now();

    SELECT coalesce(jsonb_agg(jsonb_build_object('day', j.day, 'countPoste', j.count_poste,
             'countServeur', j.count_serveur) ORDER BY j.day), '[]'::jsonb)
      INTO differing
      FROM kiosque.jours_en_desaccord j
      WHERE j.site_id = me.site_id AND j.poste_id = me.poste_id;
  END IF;

  RETURN jsonb_build_object(
    'inserted', n_in, 'updated', n_up,
    'unchanged', jsonb_array_length(entries) - n_in - n_up - jsonb_array_length(rejected),
    'rejected', rejected, 'auditInserted', n_audit,
    'serverTime', to_jsonb(now()), 'clockSkewMs', skew,
    'schemaVersion', (SELECT max(version) FROM kiosque.schema_migrations),
    'differingDays', differing);
END
$$;
