-- Kiosque Numérique hub, schema version 1: the journal of every counter in one PostgreSQL.
-- Applied by `npm run hub:migrate` inside one transaction; never edit an applied migration,
-- add the next numbered file instead (docs/hub.md, « Faire évoluer le schéma »).

CREATE SCHEMA IF NOT EXISTS kiosque;

-- Group roles (cluster-wide, so created only when absent). Each poste logs in with its own
-- role, member of kiosque_poste; managers read the reports as members of kiosque_lecteur.
DO $roles$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kiosque_poste') THEN
    CREATE ROLE kiosque_poste NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kiosque_lecteur') THEN
    CREATE ROLE kiosque_lecteur NOLOGIN;
  END IF;
  -- Postes that log in with a client certificate (pg_hba: hostssl … +kiosque_certificat … cert).
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kiosque_certificat') THEN
    CREATE ROLE kiosque_certificat NOLOGIN;
  END IF;
  -- Only the hub's roles may connect to the hub's database.
  EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC', current_database());
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO kiosque_poste, kiosque_lecteur', current_database());
END
$roles$;

REVOKE ALL ON SCHEMA kiosque FROM PUBLIC;
GRANT USAGE ON SCHEMA kiosque TO kiosque_poste, kiosque_lecteur;

-- The postes allowed to push, and the role each one logs in with.
CREATE TABLE kiosque.postes (
  site_id text NOT NULL CHECK (site_id ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
  poste_id text NOT NULL CHECK (poste_id ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
  role_name name NOT NULL UNIQUE,
  auth text NOT NULL CHECK (auth IN ('scram', 'certificat')),
  -- Settings the métropole may give a poste (free-form, read by the poste; nothing personal).
  config jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site_id, poste_id)
);

CREATE TABLE kiosque.sites (
  site_id text PRIMARY KEY CHECK (site_id ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
  nom text NOT NULL DEFAULT '',
  config jsonb NOT NULL DEFAULT '{}'::jsonb
);

-- One row per démarche, keyed by the UUID made on the counter (the bundle's fields).
CREATE TABLE kiosque.demarches (
  id uuid PRIMARY KEY,
  schema_version integer NOT NULL,
  site_id text NOT NULL,
  poste_id text NOT NULL,
  agent_code text NOT NULL,
  date date NOT NULL,
  demi_journee text NOT NULL,
  canal text NOT NULL,
  thematique text NOT NULL,
  thematique_secondaire text,
  organismes text[] NOT NULL,
  demarche text NOT NULL,
  duree_minutes integer NOT NULL,
  issue text NOT NULL,
  orientation text,
  autonomie text,
  nb_personnes integer NOT NULL,
  premiere_venue text NOT NULL,
  tranche_age text,
  commune_residence text,
  note text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  deleted_at timestamptz,
  -- Server columns: who wrote the row last (must be the writer: RLS) and when (server clock).
  pushed_by name NOT NULL DEFAULT current_user,
  received_at timestamptz NOT NULL DEFAULT now(),
  -- Fingerprint of the fields: the fixed tie-break when two versions changed at the same instant.
  row_hash text NOT NULL DEFAULT ''
);
CREATE INDEX demarches_place_date ON kiosque.demarches (site_id, poste_id, date);
CREATE INDEX demarches_date ON kiosque.demarches (date);

-- Audit lines, keyed like the app's bundles (entry, instant, action, agent).
CREATE TABLE kiosque.audit (
  entry_id uuid NOT NULL,
  at timestamptz NOT NULL,
  action text NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'import')),
  agent_code text NOT NULL CHECK (agent_code ~ '^[a-z0-9][a-z0-9-]{1,23}$'),
  changes jsonb NOT NULL CHECK (jsonb_typeof(changes) = 'object'),
  site_id text NOT NULL,
  poste_id text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (entry_id, at, action, agent_code)
);
CREATE INDEX audit_place ON kiosque.audit (site_id, poste_id);

-- What each poste last said about itself; last_seen is the server's clock, never the poste's.
CREATE TABLE kiosque.poste_status (
  site_id text NOT NULL,
  poste_id text NOT NULL,
  last_seen timestamptz NOT NULL DEFAULT now(),
  app_version text NOT NULL DEFAULT '' CHECK (length(app_version) <= 40),
  app_schema_version integer,
  pending integer NOT NULL DEFAULT 0 CHECK (pending >= 0),
  oldest_pending_at timestamptz,
  last_error text CHECK (length(last_error) <= 300),
  clock_skew_ms bigint,
  storage_bytes bigint,
  free_disk_bytes bigint,
  PRIMARY KEY (site_id, poste_id)
);

-- The poste's own count and hash of its entries per day (last 30 days), for the proof of no loss.
CREATE TABLE kiosque.day_counts (
  site_id text NOT NULL,
  poste_id text NOT NULL,
  day date NOT NULL,
  count integer NOT NULL CHECK (count >= 0),
  hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
  reported_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site_id, poste_id, day)
);

-- The catalogue the métropole publishes: scope '*' for every site, or one site id.
CREATE TABLE kiosque.catalogue_publie (
  scope text NOT NULL CHECK (scope = '*' OR scope ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
  code text NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,59}$'),
  label text NOT NULL CHECK (length(label) BETWEEN 1 AND 120),
  thematique text NOT NULL,
  organismes text[] NOT NULL DEFAULT '{}',
  ordre integer NOT NULL DEFAULT 0,
  favori boolean NOT NULL DEFAULT false,
  archive boolean NOT NULL DEFAULT false,
  published_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, code)
);

CREATE TABLE kiosque.schema_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);

-- ─── Field rules, mirrored from renderer/features/journal (taxonomies, validation) ───

CREATE FUNCTION kiosque.codes(kind text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE kind
    WHEN 'canal' THEN ARRAY['physique-spontane','physique-rdv','telephone','email','courrier','visio']
    WHEN 'thematique' THEN ARRAY['papiers','famille','social-sante','travail','logement','transports',
      'argent-impots','justice','etrangers','loisirs','associations','autre']
    WHEN 'organisme' THEN ARRAY['ants','caf','cpam','cnav','msa','france-travail','dgfip','justice',
      'la-poste','agirc-arrco','cheque-energie','urssaf','mdph','prefecture','mairie','ccas',
      'departement','mission-locale','anah','ofii-anef','autre']
    WHEN 'issue' THEN ARRAY['finalisee','a-finaliser','doit-revenir','oriente','non-realisable']
    WHEN 'orientation' THEN ARRAY['administration','mediation','operateur','aide-sociale','insertion',
      'aide-demarches','autre']
    WHEN 'autonomie' THEN ARRAY['guidage','guidage-si-besoin','autonome']
    WHEN 'tranche_age' THEN ARRAY['moins-18','18-24','25-39','40-59','60-69','70-plus','nc']
    WHEN 'demi_journee' THEN ARRAY['matin','apres-midi']
  END
$$;

-- The personal-data detector of renderer/features/journal/personalData.ts, in PostgreSQL
-- regular expressions. Returns the kinds found, in the app's order; empty when clean.
CREATE FUNCTION kiosque.personal_data_kinds(t text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  plain text;
  found text[] := '{}';
BEGIN
  IF t IS NULL THEN RETURN found; END IF;
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

CREATE FUNCTION kiosque.max_skew() RETURNS interval
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT interval '5 minutes' $$;

-- Why a row may not be stored (French, for the poste's diagnostic), or NULL when it may.
-- The same rules as journalEntrySchema; also refuses rows from the future (clock skew).
CREATE FUNCTION kiosque.entry_problem(r kiosque.demarches) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
  pd text[];
BEGIN
  IF r.schema_version NOT BETWEEN 1 AND 2 THEN RETURN 'version de schéma inconnue'; END IF;
  IF r.site_id !~ '^[a-z0-9][a-z0-9-]{0,39}$' OR r.poste_id !~ '^[a-z0-9][a-z0-9-]{0,39}$' THEN
    RETURN 'site ou poste invalide'; END IF;
  IF r.agent_code !~ '^[a-z0-9][a-z0-9-]{1,23}$' THEN RETURN 'code agent invalide'; END IF;
  IF r.demi_journee <> ALL (kiosque.codes('demi_journee')) THEN RETURN 'demi-journée inconnue'; END IF;
  IF r.canal <> ALL (kiosque.codes('canal')) THEN RETURN 'canal inconnu'; END IF;
  IF r.thematique <> ALL (kiosque.codes('thematique')) THEN RETURN 'thématique inconnue'; END IF;
  IF r.thematique_secondaire IS NOT NULL
     AND (r.thematique_secondaire <> ALL (kiosque.codes('thematique'))
          OR r.thematique_secondaire = r.thematique) THEN
    RETURN 'thématique secondaire invalide'; END IF;
  IF cardinality(r.organismes) NOT BETWEEN 1 AND 5
     OR NOT (r.organismes <@ kiosque.codes('organisme'))
     OR (SELECT count(DISTINCT o) FROM unnest(r.organismes) o) <> cardinality(r.organismes) THEN
    RETURN 'organismes invalides'; END IF;
  IF r.demarche !~ '^[a-z0-9][a-z0-9-]{0,59}$' THEN RETURN 'code de démarche invalide'; END IF;
  IF r.duree_minutes NOT BETWEEN 1 AND 480 THEN RETURN 'durée hors limites (1 à 480 minutes)'; END IF;
  IF r.issue <> ALL (kiosque.codes('issue')) THEN RETURN 'issue inconnue'; END IF;
  IF (r.issue = 'oriente') <> (r.orientation IS NOT NULL)
     OR (r.orientation IS NOT NULL AND r.orientation <> ALL (kiosque.codes('orientation'))) THEN
    RETURN 'orientation invalide (obligatoire seulement quand l''usager est orienté)'; END IF;
  IF r.autonomie IS NOT NULL AND r.autonomie <> ALL (kiosque.codes('autonomie')) THEN
    RETURN 'autonomie inconnue'; END IF;
  IF r.nb_personnes NOT BETWEEN 1 AND 20 THEN RETURN 'nombre de personnes hors limites'; END IF;
  IF r.premiere_venue NOT IN ('oui', 'non', 'nsp') THEN RETURN 'première venue invalide'; END IF;
  IF r.tranche_age IS NOT NULL AND r.tranche_age <> ALL (kiosque.codes('tranche_age')) THEN
    RETURN 'tranche d''âge inconnue'; END IF;
  IF r.commune_residence IS NOT NULL AND r.commune_residence !~ '^[0-9][0-9AB][0-9]{3}$' THEN
    RETURN 'code INSEE de commune invalide'; END IF;
  IF r.note IS NOT NULL THEN
    IF length(btrim(r.note)) NOT BETWEEN 1 AND 200 THEN RETURN 'note trop longue ou vide'; END IF;
    pd := kiosque.personal_data_kinds(r.note);
    IF cardinality(pd) > 0 THEN
      RETURN 'note refusée : elle ressemble à une donnée personnelle (' || array_to_string(pd, ', ') || ')';
    END IF;
  END IF;
  IF r.updated_at < r.created_at THEN RETURN 'modification antérieure à la création'; END IF;
  IF greatest(r.created_at, r.updated_at, r.deleted_at) > now() + kiosque.max_skew()
     OR r.date > (now() + kiosque.max_skew())::date + 1 THEN
    RETURN 'date dans le futur : l''horloge du poste avance';
  END IF;
  RETURN NULL;
END
$$;

-- Defence in depth: whatever path a row takes (push() or a direct INSERT), it obeys the rules.
CREATE FUNCTION kiosque.demarches_check() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  problem text := kiosque.entry_problem(NEW);
BEGIN
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = problem;
  END IF;
  NEW.row_hash := md5(jsonb_build_array(NEW.id, NEW.schema_version, NEW.site_id, NEW.poste_id,
    NEW.agent_code, NEW.date, NEW.demi_journee, NEW.canal, NEW.thematique,
    NEW.thematique_secondaire, NEW.organismes, NEW.demarche, NEW.duree_minutes, NEW.issue,
    NEW.orientation, NEW.autonomie, NEW.nb_personnes, NEW.premiere_venue, NEW.tranche_age,
    NEW.commune_residence, NEW.note, NEW.created_at, NEW.updated_at, NEW.deleted_at)::text);
  RETURN NEW;
END
$$;
CREATE TRIGGER demarches_check BEFORE INSERT OR UPDATE ON kiosque.demarches
  FOR EACH ROW EXECUTE FUNCTION kiosque.demarches_check();

CREATE FUNCTION kiosque.audit_check() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- The app keeps only "was there a note" in the trail; any text value is screened anyway.
  IF EXISTS (SELECT 1 FROM jsonb_each(NEW.changes) c, jsonb_array_elements(c.value) v
             WHERE jsonb_typeof(v) = 'string'
               AND cardinality(kiosque.personal_data_kinds(v #>> '{}')) > 0)
     OR (NEW.changes ? 'note' AND jsonb_typeof(NEW.changes -> 'note' -> 1) = 'string') THEN
    RAISE EXCEPTION USING ERRCODE = 'check_violation',
      MESSAGE = 'ligne d''audit refusée : elle contient une donnée personnelle';
  END IF;
  IF NEW.at > now() + kiosque.max_skew() THEN
    RAISE EXCEPTION USING ERRCODE = 'check_violation',
      MESSAGE = 'date dans le futur : l''horloge du poste avance';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER audit_check BEFORE INSERT ON kiosque.audit
  FOR EACH ROW EXECUTE FUNCTION kiosque.audit_check();

-- last_seen is always the server's clock.
CREATE FUNCTION kiosque.status_stamp() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.last_seen := now();
  RETURN NEW;
END
$$;
CREATE TRIGGER status_stamp BEFORE INSERT OR UPDATE ON kiosque.poste_status
  FOR EACH ROW EXECUTE FUNCTION kiosque.status_stamp();

-- ─── Row-level security: a poste writes and reads only its own place, never deletes ───

ALTER TABLE kiosque.postes ENABLE ROW LEVEL SECURITY;
ALTER TABLE kiosque.sites ENABLE ROW LEVEL SECURITY;
ALTER TABLE kiosque.demarches ENABLE ROW LEVEL SECURITY;
ALTER TABLE kiosque.audit ENABLE ROW LEVEL SECURITY;
ALTER TABLE kiosque.poste_status ENABLE ROW LEVEL SECURITY;
ALTER TABLE kiosque.day_counts ENABLE ROW LEVEL SECURITY;
ALTER TABLE kiosque.catalogue_publie ENABLE ROW LEVEL SECURITY;

CREATE POLICY poste_self ON kiosque.postes FOR SELECT TO kiosque_poste
  USING (role_name = current_user);
CREATE POLICY lecteur_all ON kiosque.postes FOR SELECT TO kiosque_lecteur USING (true);
CREATE POLICY poste_site ON kiosque.sites FOR SELECT TO kiosque_poste
  USING (site_id IN (SELECT p.site_id FROM kiosque.postes p WHERE p.role_name = current_user));
CREATE POLICY lecteur_all ON kiosque.sites FOR SELECT TO kiosque_lecteur USING (true);

-- "The caller's place": an uncorrelated sub-query, evaluated once per statement.
CREATE POLICY poste_read ON kiosque.demarches FOR SELECT TO kiosque_poste
  USING ((site_id, poste_id) IN (SELECT p.site_id, p.poste_id FROM kiosque.postes p WHERE p.role_name = current_user));
CREATE POLICY poste_insert ON kiosque.demarches FOR INSERT TO kiosque_poste
  WITH CHECK (pushed_by = current_user
    AND (site_id, poste_id) IN (SELECT p.site_id, p.poste_id FROM kiosque.postes p WHERE p.role_name = current_user));
CREATE POLICY poste_update ON kiosque.demarches FOR UPDATE TO kiosque_poste
  USING ((site_id, poste_id) IN (SELECT p.site_id, p.poste_id FROM kiosque.postes p WHERE p.role_name = current_user))
  WITH CHECK (pushed_by = current_user
    AND (site_id, poste_id) IN (SELECT p.site_id, p.poste_id FROM kiosque.postes p WHERE p.role_name = current_user));
CREATE POLICY lecteur_all ON kiosque.demarches FOR SELECT TO kiosque_lecteur USING (true);

CREATE POLICY poste_read ON kiosque.audit FOR SELECT TO kiosque_poste
  USING ((site_id, poste_id) IN (SELECT p.site_id, p.poste_id FROM kiosque.postes p WHERE p.role_name = current_user));
CREATE POLICY poste_insert ON kiosque.audit FOR INSERT TO kiosque_poste
  WITH CHECK ((site_id, poste_id) IN (SELECT p.site_id, p.poste_id FROM kiosque.postes p WHERE p.role_name = current_user));

CREATE POLICY poste_own ON kiosque.poste_status FOR ALL TO kiosque_poste
  USING ((site_id, poste_id) IN (SELECT p.site_id, p.poste_id FROM kiosque.postes p WHERE p.role_name = current_user));
CREATE POLICY lecteur_all ON kiosque.poste_status FOR SELECT TO kiosque_lecteur USING (true);

CREATE POLICY poste_own ON kiosque.day_counts FOR ALL TO kiosque_poste
  USING ((site_id, poste_id) IN (SELECT p.site_id, p.poste_id FROM kiosque.postes p WHERE p.role_name = current_user));
CREATE POLICY lecteur_all ON kiosque.day_counts FOR SELECT TO kiosque_lecteur USING (true);

CREATE POLICY poste_read ON kiosque.catalogue_publie FOR SELECT TO kiosque_poste
  USING (scope = '*' OR scope IN (SELECT p.site_id FROM kiosque.postes p WHERE p.role_name = current_user));
CREATE POLICY lecteur_all ON kiosque.catalogue_publie FOR SELECT TO kiosque_lecteur USING (true);

-- Privileges: no DELETE and no TRUNCATE for anyone but the owner.
GRANT SELECT ON kiosque.postes, kiosque.sites, kiosque.schema_migrations TO kiosque_poste, kiosque_lecteur;
GRANT SELECT, INSERT, UPDATE ON kiosque.demarches TO kiosque_poste;
GRANT SELECT, INSERT ON kiosque.audit TO kiosque_poste;
GRANT SELECT, INSERT, UPDATE ON kiosque.poste_status, kiosque.day_counts TO kiosque_poste;
GRANT SELECT ON kiosque.catalogue_publie TO kiosque_poste, kiosque_lecteur;
GRANT SELECT ON kiosque.poste_status, kiosque.day_counts TO kiosque_lecteur;

-- ─── Proof of no loss: the server's own count and hash per poste and day ───

-- Hash of a day: SHA-256 of "id|updatedAt ms|deletedAt ms" lines ordered by id (soft-deleted
-- rows included), the same text the counter hashes (electron/hub/dayHash.ts).
CREATE VIEW kiosque.jours_serveur WITH (security_invoker = true) AS
  SELECT d.site_id, d.poste_id, d.date AS day,
         count(*) FILTER (WHERE d.deleted_at IS NULL)::integer AS count,
         encode(sha256(convert_to(string_agg(
           d.id::text || '|' || floor(extract(epoch FROM d.updated_at) * 1000)::bigint || '|' ||
           coalesce(floor(extract(epoch FROM d.deleted_at) * 1000)::bigint::text, ''),
           E'\n' ORDER BY d.id), 'UTF8')), 'hex') AS hash
  FROM kiosque.demarches d
  GROUP BY d.site_id, d.poste_id, d.date;

-- Every day of the last 30 where the poste and the server disagree.
CREATE VIEW kiosque.jours_en_desaccord WITH (security_invoker = true) AS
  SELECT c.site_id, c.poste_id, c.day, c.count AS count_poste,
         coalesce(s.count, 0) AS count_serveur, c.reported_at
  FROM kiosque.day_counts c
  LEFT JOIN LATERAL (
    SELECT j.count, j.hash FROM kiosque.jours_serveur j
    WHERE j.site_id = c.site_id AND j.poste_id = c.poste_id AND j.day = c.day
  ) s ON true
  WHERE c.day >= current_date - 30
    AND (s.hash IS DISTINCT FROM c.hash OR s.count IS DISTINCT FROM c.count)
    -- A day the poste has no entry for and the server neither is not a disagreement.
    AND NOT (c.count = 0 AND s.hash IS NULL AND c.hash = encode(sha256(''::bytea), 'hex'));

-- The fleet: every registered poste, its last status and how many days disagree.
CREATE VIEW kiosque.parc WITH (security_invoker = true) AS
  SELECT p.site_id, p.poste_id, p.role_name, s.last_seen, s.app_version, s.app_schema_version,
         s.pending, s.oldest_pending_at, s.last_error, s.clock_skew_ms, s.storage_bytes,
         s.free_disk_bytes,
         (SELECT count(*) FROM kiosque.jours_en_desaccord j
          WHERE j.site_id = p.site_id AND j.poste_id = p.poste_id)::integer AS jours_en_desaccord
  FROM kiosque.postes p
  LEFT JOIN kiosque.poste_status s USING (site_id, poste_id);

GRANT SELECT ON kiosque.jours_serveur, kiosque.jours_en_desaccord TO kiosque_poste;
GRANT SELECT ON kiosque.parc, kiosque.jours_en_desaccord TO kiosque_lecteur;

-- ─── push(): one batch from a poste, in one transaction ───

-- Upserts entries given as the app's JSON (camelCase); the most recent change wins, equal
-- change times are broken by the row hash, so every order of arrival ends the same.
CREATE FUNCTION kiosque.upsert_entries(entries jsonb, OUT inserted integer, OUT updated integer)
LANGUAGE sql SECURITY INVOKER AS $$
  WITH typed AS (
    SELECT DISTINCT ON (x.id) x.*
    FROM jsonb_to_recordset(entries) AS x(
      id uuid, "schemaVersion" integer, "siteId" text, "posteId" text, "agentCode" text,
      date date, "demiJournee" text, canal text, thematique text, "thematiqueSecondaire" text,
      organismes text[], demarche text, "dureeMinutes" integer, issue text, orientation text,
      autonomie text, "nbPersonnes" integer, "premiereVenue" text, "trancheAge" text,
      "communeResidence" text, note text, "createdAt" timestamptz, "updatedAt" timestamptz,
      "deletedAt" timestamptz)
    ORDER BY x.id, greatest(x."updatedAt", x."deletedAt") DESC
  ), written AS (
    INSERT INTO kiosque.demarches AS d (id, schema_version, site_id, poste_id, agent_code, date,
      demi_journee, canal, thematique, thematique_secondaire, organismes, demarche,
      duree_minutes, issue, orientation, autonomie, nb_personnes, premiere_venue, tranche_age,
      commune_residence, note, created_at, updated_at, deleted_at, pushed_by)
    SELECT t.id, t."schemaVersion", t."siteId", t."posteId", t."agentCode", t.date,
      t."demiJournee", t.canal, t.thematique, t."thematiqueSecondaire", t.organismes, t.demarche,
      t."dureeMinutes", t.issue, t.orientation, t.autonomie, t."nbPersonnes", t."premiereVenue",
      t."trancheAge", t."communeResidence", t.note, t."createdAt", t."updatedAt", t."deletedAt",
      current_user
    FROM typed t
    ORDER BY t.id
    ON CONFLICT (id) DO UPDATE SET
      schema_version = excluded.schema_version, site_id = excluded.site_id,
      poste_id = excluded.poste_id, agent_code = excluded.agent_code, date = excluded.date,
      demi_journee = excluded.demi_journee, canal = excluded.canal,
      thematique = excluded.thematique, thematique_secondaire = excluded.thematique_secondaire,
      organismes = excluded.organismes, demarche = excluded.demarche,
      duree_minutes = excluded.duree_minutes, issue = excluded.issue,
      orientation = excluded.orientation, autonomie = excluded.autonomie,
      nb_personnes = excluded.nb_personnes, premiere_venue = excluded.premiere_venue,
      tranche_age = excluded.tranche_age, commune_residence = excluded.commune_residence,
      note = excluded.note, created_at = excluded.created_at, updated_at = excluded.updated_at,
      deleted_at = excluded.deleted_at, pushed_by = excluded.pushed_by, received_at = now()
    WHERE (greatest(excluded.updated_at, excluded.deleted_at), excluded.row_hash)
        > (greatest(d.updated_at, d.deleted_at), d.row_hash)
    RETURNING (xmax = 0) AS fresh
  )
  SELECT (count(*) FILTER (WHERE fresh))::integer, (count(*) FILTER (WHERE NOT fresh))::integer
  FROM written
$$;

-- Why a row was refused, in French, from the error that refused it.
CREATE FUNCTION kiosque.refusal_text(state text, message text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN state = '42501' THEN 'refusé : cette démarche appartient à un autre site ou poste'
    WHEN state = '23514' THEN message
    WHEN state LIKE '22%' THEN 'champ illisible : ' || message
    ELSE 'refusé par le serveur : ' || message
  END
$$;

CREATE FUNCTION kiosque.insert_audit_lines(lines jsonb, rejected jsonb, me kiosque.postes)
RETURNS integer LANGUAGE sql SECURITY INVOKER AS $$
  WITH written AS (
    INSERT INTO kiosque.audit (entry_id, at, action, agent_code, changes, site_id, poste_id)
    SELECT (a ->> 'entryId')::uuid, (a ->> 'at')::timestamptz, a ->> 'action', a ->> 'agentCode',
           coalesce(a -> 'changes', '{}'::jsonb), me.site_id, me.poste_id
    FROM jsonb_array_elements(lines) a
    WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(rejected) r WHERE r ->> 'id' = a ->> 'entryId')
    ORDER BY 1, 2, 3, 4
    ON CONFLICT DO NOTHING
    RETURNING 1
  )
  SELECT count(*)::integer FROM written
$$;

-- Inserts audit lines for the caller's place (lines of refused entries are left out); a
-- line that breaks a rule is skipped alone. Returns how many lines were new.
CREATE FUNCTION kiosque.insert_audit(lines jsonb, rejected jsonb, me kiosque.postes)
RETURNS integer LANGUAGE plpgsql SECURITY INVOKER AS $$
DECLARE
  n integer := 0;
  one integer;
  line jsonb;
BEGIN
  BEGIN
    RETURN kiosque.insert_audit_lines(lines, rejected, me);
  EXCEPTION WHEN OTHERS THEN
    FOR line IN SELECT a FROM jsonb_array_elements(lines) a LOOP
      BEGIN
        one := kiosque.insert_audit_lines(jsonb_build_array(line), rejected, me);
        n := n + one;
      EXCEPTION WHEN OTHERS THEN
        NULL; -- This line alone is refused; the entry it describes is already stored.
      END;
    END LOOP;
    RETURN n;
  END;
END
$$;

-- One batch from a poste: { entries: [...≤1000], audit: [...], status: {...}, days: [...],
-- clientTime }. Entries are written set-wise; if any row fails, the batch is redone row by
-- row so that one bad row is reported and the others still land. Returns the counts and the
-- server's clock. SECURITY INVOKER: every write goes through the caller's privileges and RLS.
CREATE FUNCTION kiosque.push(batch jsonb) RETURNS jsonb
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
  differing jsonb;
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

  -- Audit lines: attached to the caller's place; a line already there changes nothing.
  n_audit := kiosque.insert_audit(coalesce(batch -> 'audit', '[]'::jsonb), rejected, me);

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
  END IF;

  SELECT coalesce(jsonb_agg(jsonb_build_object('day', j.day, 'countPoste', j.count_poste,
           'countServeur', j.count_serveur) ORDER BY j.day), '[]'::jsonb)
    INTO differing
    FROM kiosque.jours_en_desaccord j
    WHERE j.site_id = me.site_id AND j.poste_id = me.poste_id;

  RETURN jsonb_build_object(
    'inserted', n_in, 'updated', n_up,
    'unchanged', jsonb_array_length(entries) - n_in - n_up - jsonb_array_length(rejected),
    'rejected', rejected, 'auditInserted', n_audit,
    'serverTime', to_jsonb(now()), 'clockSkewMs', skew,
    'schemaVersion', (SELECT max(version) FROM kiosque.schema_migrations),
    'differingDays', differing);
END
$$;

-- The catalogue a poste applies: its site's items override the territory's ('*').
CREATE VIEW kiosque.catalogue_du_poste WITH (security_invoker = true) AS
  SELECT DISTINCT ON (c.code) c.code, c.label, c.thematique, c.organismes, c.ordre, c.favori,
         c.archive, c.published_at, c.scope
  FROM kiosque.catalogue_publie c
  ORDER BY c.code, (c.scope = '*');

REVOKE ALL ON FUNCTION kiosque.push(jsonb), kiosque.upsert_entries(jsonb),
  kiosque.insert_audit(jsonb, jsonb, kiosque.postes),
  kiosque.insert_audit_lines(jsonb, jsonb, kiosque.postes) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kiosque.push(jsonb), kiosque.upsert_entries(jsonb),
  kiosque.insert_audit(jsonb, jsonb, kiosque.postes),
  kiosque.insert_audit_lines(jsonb, jsonb, kiosque.postes) TO kiosque_poste;
GRANT SELECT ON kiosque.catalogue_du_poste TO kiosque_poste;
