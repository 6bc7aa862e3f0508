-- CreateTable
CREATE TABLE "RoleInterviewerCalibration" (
    "roleId" TEXT NOT NULL,
    "interviewerId" TEXT NOT NULL,
    "applications" INTEGER NOT NULL,
    "scorecards" INTEGER NOT NULL,
    "notAssessed" INTEGER NOT NULL,
    "rated0" INTEGER NOT NULL,
    "rated1" INTEGER NOT NULL,
    "rated2" INTEGER NOT NULL,
    "rated3" INTEGER NOT NULL,
    "comparable" INTEGER NOT NULL,
    "offsetSum" INTEGER NOT NULL,

    CONSTRAINT "RoleInterviewerCalibration_pkey" PRIMARY KEY ("roleId","interviewerId")
);

-- CreateTable
CREATE TABLE "RoleInterviewerHours" (
    "roleId" TEXT NOT NULL,
    "interviewerId" TEXT NOT NULL,
    "hour" INTEGER NOT NULL,
    "scorecards" INTEGER NOT NULL,

    CONSTRAINT "RoleInterviewerHours_pkey" PRIMARY KEY ("roleId","interviewerId","hour")
);

-- CreateTable
CREATE TABLE "RoleAgreementUnits" (
    "roleId" TEXT NOT NULL,
    "raters" INTEGER NOT NULL,
    "units" INTEGER NOT NULL,
    "pairs00" INTEGER NOT NULL,
    "pairs01" INTEGER NOT NULL,
    "pairs02" INTEGER NOT NULL,
    "pairs03" INTEGER NOT NULL,
    "pairs10" INTEGER NOT NULL,
    "pairs11" INTEGER NOT NULL,
    "pairs12" INTEGER NOT NULL,
    "pairs13" INTEGER NOT NULL,
    "pairs20" INTEGER NOT NULL,
    "pairs21" INTEGER NOT NULL,
    "pairs22" INTEGER NOT NULL,
    "pairs23" INTEGER NOT NULL,
    "pairs30" INTEGER NOT NULL,
    "pairs31" INTEGER NOT NULL,
    "pairs32" INTEGER NOT NULL,
    "pairs33" INTEGER NOT NULL,

    CONSTRAINT "RoleAgreementUnits_pkey" PRIMARY KEY ("roleId","raters")
);

-- Role-wide sums of the per-application rows, kept by the database (never written by the app)
-- so that the calibration page reads a few rows per role, whatever the number of candidates:
-- RoleInterviewerCalibration and RoleInterviewerHours from ApplicationInterviewerCalibration,
-- RoleAgreementUnits from ApplicationDomainConsensus. What a viewer may not see is subtracted
-- (and what they see outside their roles added) from their own few applications at read time
-- (lib/data/calibration.ts). Statement-level triggers with transition tables: one grouped
-- upsert per statement, so a bulk refresh of 10,000 applications is one pass. The sums are
-- integers, so adding and later subtracting a row restores them exactly.
--
-- Concurrency: every change to a role's sums first takes a transaction-level advisory lock on
-- the role (roles in id order), so two submissions on one role apply their deltas one after
-- the other and never deadlock on the sum rows. A bulk write may lock many roles; roles are few.

CREATE FUNCTION "calibration_rollup_lock"(role_ids TEXT[]) RETURNS void
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(74200003, hashtext(r)) FROM (SELECT DISTINCT r FROM unnest(role_ids) AS r ORDER BY r) x;
END;
$$;

-- Rows leave (-1) through the OLD transition table and arrive (+1) through the NEW one; the same
-- grouped upsert, run over whichever the trigger has (EXECUTE sees the transition tables).
CREATE FUNCTION "calibration_rollup_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  src TEXT;
  dir INT;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM "calibration_rollup_lock"(ARRAY(SELECT "roleId" FROM old_rows));
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM "calibration_rollup_lock"(ARRAY(SELECT "roleId" FROM new_rows));
  END IF;
  FOR src, dir IN SELECT t, s FROM (VALUES ('old_rows', -1), ('new_rows', 1)) v(t, s)
    WHERE (t = 'old_rows' AND TG_OP <> 'INSERT') OR (t = 'new_rows' AND TG_OP <> 'DELETE')
  LOOP
    EXECUTE format($q$
      INSERT INTO "RoleInterviewerCalibration" AS t ("roleId", "interviewerId", "applications", "scorecards", "notAssessed", "rated0", "rated1", "rated2", "rated3", "comparable", "offsetSum")
      SELECT "roleId", "interviewerId", $1 * count(*)::int, $1 * sum("scorecards")::int, $1 * sum("notAssessed")::int, $1 * sum("rated0")::int,
        $1 * sum("rated1")::int, $1 * sum("rated2")::int, $1 * sum("rated3")::int, $1 * sum("comparable")::int, $1 * sum("offsetSum")::int
      FROM %I GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT ("roleId", "interviewerId") DO UPDATE SET
        "applications" = t."applications" + EXCLUDED."applications", "scorecards" = t."scorecards" + EXCLUDED."scorecards",
        "notAssessed" = t."notAssessed" + EXCLUDED."notAssessed", "rated0" = t."rated0" + EXCLUDED."rated0",
        "rated1" = t."rated1" + EXCLUDED."rated1", "rated2" = t."rated2" + EXCLUDED."rated2", "rated3" = t."rated3" + EXCLUDED."rated3",
        "comparable" = t."comparable" + EXCLUDED."comparable", "offsetSum" = t."offsetSum" + EXCLUDED."offsetSum"$q$, src) USING dir;
    EXECUTE format($q$
      INSERT INTO "RoleInterviewerHours" AS t ("roleId", "interviewerId", "hour", "scorecards")
      SELECT "roleId", "interviewerId", floor(h)::int, $1 * count(*)::int
      FROM %I, unnest("hours") AS h WHERE h IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
      ON CONFLICT ("roleId", "interviewerId", "hour") DO UPDATE SET "scorecards" = t."scorecards" + EXCLUDED."scorecards"$q$, src) USING dir;
  END LOOP;
  DELETE FROM "RoleInterviewerCalibration" WHERE "applications" = 0;
  DELETE FROM "RoleInterviewerHours" WHERE "scorecards" = 0;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ApplicationInterviewerCalibration_rollup_insert" AFTER INSERT ON "ApplicationInterviewerCalibration"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "calibration_rollup_trigger"();
CREATE TRIGGER "ApplicationInterviewerCalibration_rollup_update" AFTER UPDATE ON "ApplicationInterviewerCalibration"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "calibration_rollup_trigger"();
CREATE TRIGGER "ApplicationInterviewerCalibration_rollup_delete" AFTER DELETE ON "ApplicationInterviewerCalibration"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "calibration_rollup_trigger"();

-- Agreement units: only units rated by two or more interviewers pair up.
CREATE FUNCTION "agreement_rollup_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  src TEXT;
  dir INT;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM "calibration_rollup_lock"(ARRAY(SELECT "roleId" FROM old_rows WHERE "raters" >= 2));
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM "calibration_rollup_lock"(ARRAY(SELECT "roleId" FROM new_rows WHERE "raters" >= 2));
  END IF;
  FOR src, dir IN SELECT t, s FROM (VALUES ('old_rows', -1), ('new_rows', 1)) v(t, s)
    WHERE (t = 'old_rows' AND TG_OP <> 'INSERT') OR (t = 'new_rows' AND TG_OP <> 'DELETE')
  LOOP
    EXECUTE format($q$
      INSERT INTO "RoleAgreementUnits" AS t ("roleId", "raters", "units", "pairs00", "pairs01", "pairs02", "pairs03", "pairs10", "pairs11", "pairs12", "pairs13", "pairs20", "pairs21", "pairs22", "pairs23", "pairs30", "pairs31", "pairs32", "pairs33")
      SELECT "roleId", "raters", $1 * count(*)::int,
        $1 * sum("coders0" * ("coders0" - 1))::int,
        $1 * sum("coders0" * ("coders1"))::int,
        $1 * sum("coders0" * ("coders2"))::int,
        $1 * sum("coders0" * ("coders3"))::int,
        $1 * sum("coders1" * ("coders0"))::int,
        $1 * sum("coders1" * ("coders1" - 1))::int,
        $1 * sum("coders1" * ("coders2"))::int,
        $1 * sum("coders1" * ("coders3"))::int,
        $1 * sum("coders2" * ("coders0"))::int,
        $1 * sum("coders2" * ("coders1"))::int,
        $1 * sum("coders2" * ("coders2" - 1))::int,
        $1 * sum("coders2" * ("coders3"))::int,
        $1 * sum("coders3" * ("coders0"))::int,
        $1 * sum("coders3" * ("coders1"))::int,
        $1 * sum("coders3" * ("coders2"))::int,
        $1 * sum("coders3" * ("coders3" - 1))::int
      FROM %I WHERE "raters" >= 2 GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT ("roleId", "raters") DO UPDATE SET "units" = t."units" + EXCLUDED."units",
        "pairs00" = t."pairs00" + EXCLUDED."pairs00",
        "pairs01" = t."pairs01" + EXCLUDED."pairs01",
        "pairs02" = t."pairs02" + EXCLUDED."pairs02",
        "pairs03" = t."pairs03" + EXCLUDED."pairs03",
        "pairs10" = t."pairs10" + EXCLUDED."pairs10",
        "pairs11" = t."pairs11" + EXCLUDED."pairs11",
        "pairs12" = t."pairs12" + EXCLUDED."pairs12",
        "pairs13" = t."pairs13" + EXCLUDED."pairs13",
        "pairs20" = t."pairs20" + EXCLUDED."pairs20",
        "pairs21" = t."pairs21" + EXCLUDED."pairs21",
        "pairs22" = t."pairs22" + EXCLUDED."pairs22",
        "pairs23" = t."pairs23" + EXCLUDED."pairs23",
        "pairs30" = t."pairs30" + EXCLUDED."pairs30",
        "pairs31" = t."pairs31" + EXCLUDED."pairs31",
        "pairs32" = t."pairs32" + EXCLUDED."pairs32",
        "pairs33" = t."pairs33" + EXCLUDED."pairs33"$q$, src) USING dir;
  END LOOP;
  DELETE FROM "RoleAgreementUnits" WHERE "units" = 0;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ApplicationDomainConsensus_rollup_insert" AFTER INSERT ON "ApplicationDomainConsensus"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "agreement_rollup_trigger"();
CREATE TRIGGER "ApplicationDomainConsensus_rollup_update" AFTER UPDATE ON "ApplicationDomainConsensus"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "agreement_rollup_trigger"();
CREATE TRIGGER "ApplicationDomainConsensus_rollup_delete" AFTER DELETE ON "ApplicationDomainConsensus"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "agreement_rollup_trigger"();

-- Existing data: the same sums, once.
INSERT INTO "RoleInterviewerCalibration" ("roleId", "interviewerId", "applications", "scorecards", "notAssessed", "rated0", "rated1", "rated2", "rated3", "comparable", "offsetSum")
SELECT "roleId", "interviewerId", count(*), sum("scorecards"), sum("notAssessed"), sum("rated0"), sum("rated1"), sum("rated2"), sum("rated3"), sum("comparable"), sum("offsetSum")
FROM "ApplicationInterviewerCalibration" GROUP BY 1, 2;
INSERT INTO "RoleInterviewerHours" ("roleId", "interviewerId", "hour", "scorecards")
SELECT "roleId", "interviewerId", floor(h)::int, count(*) FROM "ApplicationInterviewerCalibration", unnest("hours") AS h WHERE h IS NOT NULL GROUP BY 1, 2, 3;
INSERT INTO "RoleAgreementUnits" AS t ("roleId", "raters", "units", "pairs00", "pairs01", "pairs02", "pairs03", "pairs10", "pairs11", "pairs12", "pairs13", "pairs20", "pairs21", "pairs22", "pairs23", "pairs30", "pairs31", "pairs32", "pairs33")
SELECT "roleId", "raters", count(*)::int,
        sum("coders0" * ("coders0" - 1))::int,
        sum("coders0" * ("coders1"))::int,
        sum("coders0" * ("coders2"))::int,
        sum("coders0" * ("coders3"))::int,
        sum("coders1" * ("coders0"))::int,
        sum("coders1" * ("coders1" - 1))::int,
        sum("coders1" * ("coders2"))::int,
        sum("coders1" * ("coders3"))::int,
        sum("coders2" * ("coders0"))::int,
        sum("coders2" * ("coders1"))::int,
        sum("coders2" * ("coders2" - 1))::int,
        sum("coders2" * ("coders3"))::int,
        sum("coders3" * ("coders0"))::int,
        sum("coders3" * ("coders1"))::int,
        sum("coders3" * ("coders2"))::int,
        sum("coders3" * ("coders3" - 1))::int
FROM "ApplicationDomainConsensus" WHERE "raters" >= 2 GROUP BY 1, 2;
