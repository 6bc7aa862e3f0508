-- CreateTable
CREATE TABLE "ApplicationFitSummary" (
    "applicationId" TEXT NOT NULL,
    "roleId" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "fit" INTEGER,
    "evidenced" INTEGER NOT NULL DEFAULT 0,
    "fitRank" INTEGER NOT NULL DEFAULT 1,
    "belowDomains" TEXT[],
    "assessedDomains" TEXT[],

    CONSTRAINT "ApplicationFitSummary_pkey" PRIMARY KEY ("applicationId")
);

-- CreateTable
CREATE TABLE "RoleFitHistogram" (
    "roleId" TEXT NOT NULL,
    "bucket" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RoleFitHistogram_pkey" PRIMARY KEY ("roleId","bucket")
);

-- CreateTable
CREATE TABLE "RoleDomainShortfall" (
    "roleId" TEXT NOT NULL,
    "domainId" TEXT NOT NULL,
    "short" INTEGER NOT NULL,
    "assessed" INTEGER NOT NULL,

    CONSTRAINT "RoleDomainShortfall_pkey" PRIMARY KEY ("roleId","domainId")
);

-- CreateIndex
CREATE INDEX "ApplicationFitSummary_roleId_fitRank_nameKey_applicationId_idx" ON "ApplicationFitSummary"("roleId", "fitRank", "nameKey", "applicationId");

-- CreateIndex
CREATE INDEX "ApplicationFitSummary_roleId_nameKey_applicationId_idx" ON "ApplicationFitSummary"("roleId", "nameKey", "applicationId");

-- AddForeignKey
ALTER TABLE "ApplicationFitSummary" ADD CONSTRAINT "ApplicationFitSummary_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ApplicationFitSummary: one row per application, kept by the database (never by the app),
-- with the comparison's figures against the role's CURRENT targets (lib/scoring's roleFit, as
-- lib/data/role-summary-sql.ts computed them per request before):
-- * the role's targets: RoleTarget rows with level > 0 on a domain of the role's matrix version
--   (the comparison's columns are the version's domains; a domain without a target is 0);
-- * fit = round half up of 100 * sum(weight * min(median, target) / target) / sum(weight) over
--   the target domains with a consensus median; NULL when none; evidenced = how many;
-- * fitRank = fitRankKey: -fit-200 when every target domain is evidenced, -fit when some are,
--   1 when none (ascending order = best first);
-- * belowDomains: target domains whose median is below target; assessedDomains: target domains
--   with at least one rating; nameKey = lower(Candidate.name).
-- Refreshed, set-based, for the applications whose consensus rows change (statement triggers on
-- ApplicationDomainConsensus), that are created or move role (Application), for a whole role
-- when its targets, weights or matrix version change (RoleTarget, Role, MatrixVersionDomain),
-- and nameKey when a candidate's name changes.
--
-- Role sums (RoleFitHistogram, RoleDomainShortfall) are kept from this table's transition
-- tables as deltas (-1 old row, +1 new row), like the calibration sums. Concurrency: every
-- writer of a role's summary rows first takes a transaction-level advisory lock on the role
-- (roles in id order, class 74200004), before it locks any summary row, so a target change
-- refreshing a whole role and a submission on one of its candidates run one after the other and
-- cannot deadlock on the summary or the sum rows.

CREATE FUNCTION "fit_summary_lock"(role_ids TEXT[]) RETURNS void
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(74200004, hashtext(r)) FROM (SELECT DISTINCT r FROM unnest(role_ids) AS r WHERE r IS NOT NULL ORDER BY r) x;
END;
$$;

CREATE FUNCTION "refresh_application_fit"(app_ids TEXT[]) RETURNS void
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  IF app_ids IS NULL OR cardinality(app_ids) = 0 THEN
    RETURN;
  END IF;
  -- The roles before any summary row (old roles too: an application moved to another role).
  PERFORM "fit_summary_lock"(ARRAY(
    SELECT "roleId" FROM "Application" WHERE id = ANY (app_ids)
    UNION SELECT "roleId" FROM "ApplicationFitSummary" WHERE "applicationId" = ANY (app_ids)));
  INSERT INTO "ApplicationFitSummary" AS s ("applicationId", "roleId", "nameKey", "fit", "evidenced", "fitRank", "belowDomains", "assessedDomains")
  WITH app AS MATERIALIZED (
    SELECT a.id, a."roleId", lower(c.name) AS name_key
    FROM "Application" a JOIN "Candidate" c ON c.id = a."candidateId"
    WHERE a.id = ANY (app_ids)
  ),
  t AS MATERIALIZED (
    SELECT rt."roleId", rt."domainId", rt.level AS target, rt.weight::float8 AS weight
    FROM "RoleTarget" rt
    JOIN "Role" r ON r.id = rt."roleId"
    JOIN "MatrixVersionDomain" mvd ON mvd."versionId" = r."matrixVersionId" AND mvd."domainId" = rt."domainId"
    WHERE rt.level > 0 AND rt."roleId" IN (SELECT "roleId" FROM app)
  ),
  n AS (SELECT "roleId", count(*)::int AS target_domains FROM t GROUP BY 1),
  agg AS (
    SELECT c."applicationId" AS app_id,
      floor(100 * sum(t.weight * LEAST(c.median, t.target)::float8 / t.target) FILTER (WHERE c.median IS NOT NULL)
        / NULLIF(sum(t.weight) FILTER (WHERE c.median IS NOT NULL), 0) + 0.5)::int AS fit,
      count(*) FILTER (WHERE c.median IS NOT NULL)::int AS evidenced,
      array_remove(array_agg(CASE WHEN c.median < t.target THEN t."domainId" END ORDER BY t."domainId"), NULL) AS below_domains,
      array_remove(array_agg(CASE WHEN c.ratings > 0 THEN t."domainId" END ORDER BY t."domainId"), NULL) AS assessed_domains
    FROM app
    JOIN "ApplicationDomainConsensus" c ON c."applicationId" = app.id
    JOIN t ON t."roleId" = app."roleId" AND t."domainId" = c."domainId"
    GROUP BY c."applicationId"
  )
  SELECT app.id, app."roleId", app.name_key, agg.fit, COALESCE(agg.evidenced, 0),
    CASE WHEN COALESCE(agg.evidenced, 0) = 0 OR agg.fit IS NULL THEN 1
      WHEN agg.evidenced < COALESCE(n.target_domains, 0) THEN -agg.fit ELSE -agg.fit - 200 END,
    COALESCE(agg.below_domains, '{}'), COALESCE(agg.assessed_domains, '{}')
  FROM app LEFT JOIN agg ON agg.app_id = app.id LEFT JOIN n ON n."roleId" = app."roleId"
  ORDER BY app.id
  ON CONFLICT ("applicationId") DO UPDATE SET "roleId" = EXCLUDED."roleId", "nameKey" = EXCLUDED."nameKey", "fit" = EXCLUDED."fit",
    "evidenced" = EXCLUDED."evidenced", "fitRank" = EXCLUDED."fitRank", "belowDomains" = EXCLUDED."belowDomains",
    "assessedDomains" = EXCLUDED."assessedDomains"
  WHERE (s."roleId", s."nameKey", s."fit", s."evidenced", s."fitRank", s."belowDomains", s."assessedDomains")
    IS DISTINCT FROM (EXCLUDED."roleId", EXCLUDED."nameKey", EXCLUDED."fit", EXCLUDED."evidenced", EXCLUDED."fitRank", EXCLUDED."belowDomains", EXCLUDED."assessedDomains");
END;
$$;

CREATE FUNCTION "refresh_role_fit"(role_ids TEXT[]) RETURNS void
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  IF role_ids IS NULL OR cardinality(role_ids) = 0 THEN
    RETURN;
  END IF;
  PERFORM "refresh_application_fit"(ARRAY(SELECT id FROM "Application" WHERE "roleId" = ANY (role_ids)));
END;
$$;

-- The consensus rows of some applications changed (their refresh deletes and re-inserts them).
CREATE FUNCTION "consensus_fit_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM "refresh_application_fit"(ARRAY(SELECT DISTINCT "applicationId" FROM old_rows));
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM "refresh_application_fit"(ARRAY(SELECT DISTINCT "applicationId" FROM new_rows));
  ELSE
    PERFORM "refresh_application_fit"(ARRAY(SELECT "applicationId" FROM old_rows UNION SELECT "applicationId" FROM new_rows));
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ApplicationDomainConsensus_fit_insert" AFTER INSERT ON "ApplicationDomainConsensus"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "consensus_fit_trigger"();
CREATE TRIGGER "ApplicationDomainConsensus_fit_update" AFTER UPDATE ON "ApplicationDomainConsensus"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "consensus_fit_trigger"();
CREATE TRIGGER "ApplicationDomainConsensus_fit_delete" AFTER DELETE ON "ApplicationDomainConsensus"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "consensus_fit_trigger"();

-- A new application gets its row; one moved to another role (or candidate) is recomputed.
-- A deleted application's row goes with it (foreign key, ON DELETE CASCADE).
CREATE FUNCTION "application_fit_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "refresh_application_fit"(ARRAY(SELECT id FROM new_rows));
  ELSE
    PERFORM "refresh_application_fit"(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE n."roleId" IS DISTINCT FROM o."roleId" OR n."candidateId" IS DISTINCT FROM o."candidateId"));
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Application_fit_insert" AFTER INSERT ON "Application"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "application_fit_trigger"();
CREATE TRIGGER "Application_fit_update" AFTER UPDATE ON "Application"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "application_fit_trigger"();

-- A candidate renamed (or erased): the name order of their applications.
CREATE FUNCTION "candidate_fit_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_application_fit"(ARRAY(
    SELECT a.id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN "Application" a ON a."candidateId" = n.id
    WHERE n.name IS DISTINCT FROM o.name));
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Candidate_fit_update" AFTER UPDATE ON "Candidate"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "candidate_fit_trigger"();

-- A role's targets or weights changed, or its matrix version (the domains that count).
CREATE FUNCTION "role_target_fit_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM "refresh_role_fit"(ARRAY(SELECT DISTINCT "roleId" FROM old_rows));
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM "refresh_role_fit"(ARRAY(SELECT DISTINCT "roleId" FROM new_rows));
  ELSE
    PERFORM "refresh_role_fit"(ARRAY(
      SELECT x FROM new_rows n JOIN old_rows o ON o."roleId" = n."roleId" AND o."domainId" = n."domainId", unnest(ARRAY[n."roleId", o."roleId"]) AS x
      WHERE n.level IS DISTINCT FROM o.level OR n.weight IS DISTINCT FROM o.weight
      UNION SELECT "roleId" FROM new_rows n WHERE NOT EXISTS (SELECT 1 FROM old_rows o WHERE o."roleId" = n."roleId" AND o."domainId" = n."domainId")
      UNION SELECT "roleId" FROM old_rows o WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE o."roleId" = n."roleId" AND o."domainId" = n."domainId")));
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "RoleTarget_fit_insert" AFTER INSERT ON "RoleTarget"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "role_target_fit_trigger"();
CREATE TRIGGER "RoleTarget_fit_update" AFTER UPDATE ON "RoleTarget"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "role_target_fit_trigger"();
CREATE TRIGGER "RoleTarget_fit_delete" AFTER DELETE ON "RoleTarget"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "role_target_fit_trigger"();

CREATE FUNCTION "role_fit_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_role_fit"(ARRAY(
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n."matrixVersionId" IS DISTINCT FROM o."matrixVersionId"));
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Role_fit_update" AFTER UPDATE ON "Role"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "role_fit_trigger"();

-- A matrix version gaining or losing a domain (a draft version; published ones do not change);
-- renaming or reordering one changes nothing here.
CREATE FUNCTION "matrix_domain_fit_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "refresh_role_fit"(ARRAY(SELECT r.id FROM "Role" r WHERE r."matrixVersionId" IN (SELECT "versionId" FROM new_rows)));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "refresh_role_fit"(ARRAY(SELECT r.id FROM "Role" r WHERE r."matrixVersionId" IN (SELECT "versionId" FROM old_rows)));
  ELSE
    PERFORM "refresh_role_fit"(ARRAY(SELECT r.id FROM "Role" r WHERE r."matrixVersionId" IN (
      SELECT "versionId" FROM new_rows n WHERE NOT EXISTS (SELECT 1 FROM old_rows o WHERE o."versionId" = n."versionId" AND o."domainId" = n."domainId")
      UNION SELECT "versionId" FROM old_rows o WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE o."versionId" = n."versionId" AND o."domainId" = n."domainId"))));
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "MatrixVersionDomain_fit_insert" AFTER INSERT ON "MatrixVersionDomain"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "matrix_domain_fit_trigger"();
CREATE TRIGGER "MatrixVersionDomain_fit_update" AFTER UPDATE ON "MatrixVersionDomain"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "matrix_domain_fit_trigger"();
CREATE TRIGGER "MatrixVersionDomain_fit_delete" AFTER DELETE ON "MatrixVersionDomain"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "matrix_domain_fit_trigger"();

-- The role sums, from the summary's transition tables.
CREATE FUNCTION "fit_rollup_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  src TEXT;
  dir INT;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM "fit_summary_lock"(ARRAY(SELECT "roleId" FROM old_rows));
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM "fit_summary_lock"(ARRAY(SELECT "roleId" FROM new_rows));
  END IF;
  FOR src, dir IN SELECT t, s FROM (VALUES ('old_rows', -1), ('new_rows', 1)) v(t, s)
    WHERE (t = 'old_rows' AND TG_OP <> 'INSERT') OR (t = 'new_rows' AND TG_OP <> 'DELETE')
  LOOP
    EXECUTE format($q$
      INSERT INTO "RoleFitHistogram" AS t ("roleId", "bucket", "count")
      SELECT "roleId", CASE WHEN "evidenced" = 0 OR "fit" IS NULL THEN -1 ELSE LEAST("fit" / 10, 9) END, $1 * count(*)::int
      FROM %I GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT ("roleId", "bucket") DO UPDATE SET "count" = t."count" + EXCLUDED."count"$q$, src) USING dir;
    EXECUTE format($q$
      INSERT INTO "RoleDomainShortfall" AS t ("roleId", "domainId", "short", "assessed")
      SELECT "roleId", d, $1 * sum(short)::int, $1 * sum(assessed)::int FROM (
        SELECT "roleId", d, 1 AS short, 0 AS assessed FROM %1$I, unnest("belowDomains") AS d
        UNION ALL SELECT "roleId", d, 0, 1 FROM %1$I, unnest("assessedDomains") AS d) u
      GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT ("roleId", "domainId") DO UPDATE SET "short" = t."short" + EXCLUDED."short", "assessed" = t."assessed" + EXCLUDED."assessed"$q$, src) USING dir;
  END LOOP;
  DELETE FROM "RoleFitHistogram" WHERE "count" = 0;
  DELETE FROM "RoleDomainShortfall" WHERE "short" = 0 AND "assessed" = 0;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ApplicationFitSummary_rollup_insert" AFTER INSERT ON "ApplicationFitSummary"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "fit_rollup_trigger"();
CREATE TRIGGER "ApplicationFitSummary_rollup_update" AFTER UPDATE ON "ApplicationFitSummary"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "fit_rollup_trigger"();
CREATE TRIGGER "ApplicationFitSummary_rollup_delete" AFTER DELETE ON "ApplicationFitSummary"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "fit_rollup_trigger"();

-- Existing data (the sums follow through the trigger above).
SELECT "refresh_application_fit"(ARRAY(SELECT id FROM "Application"));
