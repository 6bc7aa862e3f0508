-- Calibration offsets measured against the rest of the panel (README "Interviewer calibration").
-- An interviewer's offset was their rating minus the unit's consensus, which included their own
-- rating and took the lower middle on ties: with two raters who disagree the higher read +d and
-- the lower 0, so nearly everyone read "rates higher than the panel". Each rating is now
-- measured against the conventional median of the *other* interviewers' latest ratings, which
-- can be a half level, so the offset sums become DOUBLE PRECISION. Sums of half levels are exact
-- in a double (far below 2^52), so the rollups' add-then-subtract still restores them exactly.

-- AlterTable
ALTER TABLE "ApplicationInterviewerCalibration" ALTER COLUMN "offsetSum" SET DATA TYPE DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "RoleInterviewerCalibration" ALTER COLUMN "offsetSum" SET DATA TYPE DOUBLE PRECISION;

-- The rollup of migration calibration_rollups, with the offset sum no longer cast to an integer.
CREATE OR REPLACE FUNCTION "calibration_rollup_trigger"() RETURNS trigger
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
        $1 * sum("rated1")::int, $1 * sum("rated2")::int, $1 * sum("rated3")::int, $1 * sum("comparable")::int, $1 * sum("offsetSum")
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

-- The refresh of migration readiness, with the calibration inputs' yardstick changed (the
-- consensus rows it writes first are unchanged).
CREATE OR REPLACE FUNCTION "refresh_application_consensus"(app_ids TEXT[]) RETURNS void
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  one_app TEXT;
BEGIN
  IF app_ids IS NULL OR cardinality(app_ids) = 0 THEN
    RETURN;
  END IF;
  IF cardinality(app_ids) <= 64 THEN
    FOR one_app IN SELECT DISTINCT u FROM unnest(app_ids) AS u ORDER BY u LOOP
      PERFORM pg_advisory_xact_lock(74200002, hashtext(one_app));
    END LOOP;
  ELSE
    -- A bulk write (an import, a backfill): table locks rather than thousands of advisory
    -- locks, which would overflow the shared lock table. They wait for, and then block, the
    -- small refreshes, whose DELETEs take ROW EXCLUSIVE on the tables, in the same order.
    LOCK TABLE "ApplicationDomainConsensus" IN SHARE ROW EXCLUSIVE MODE;
    LOCK TABLE "ApplicationInterviewerCalibration" IN SHARE ROW EXCLUSIVE MODE;
  END IF;
  DELETE FROM "ApplicationDomainConsensus" WHERE "applicationId" = ANY (app_ids);
  DELETE FROM "ApplicationInterviewerCalibration" WHERE "applicationId" = ANY (app_ids);

  INSERT INTO "ApplicationDomainConsensus" ("applicationId", "domainId", "roleId", "median", "ratings", "minRating", "maxRating", "raters", "coders0", "coders1", "coders2", "coders3")
  WITH entry AS MATERIALIZED (
    SELECT i."applicationId" AS app, a."roleId" AS role, s."interviewerId" AS iid, ds."domainId" AS dom, ds.rating AS r,
      s."submittedAt" AS at, s.id AS sid
    FROM "Interview" i
    JOIN "Application" a ON a.id = i."applicationId"
    JOIN "Scorecard" s ON s."interviewId" = i.id AND s.status = 'SUBMITTED'
    JOIN "DomainScore" ds ON ds."scorecardId" = s.id
    WHERE i."applicationId" = ANY (app_ids) AND i.seat = 'LEAD'
  ),
  -- One vote per interviewer: the rating from their latest submitted scorecard that rated the
  -- domain (ties on submission time: the greater scorecard id, compared bytewise as JavaScript
  -- does). latestRatingPerInterviewer in lib/scoring/consensus.ts is the same rule.
  latest AS (
    SELECT DISTINCT ON (app, dom, iid) app, dom, r FROM entry WHERE r IS NOT NULL
    ORDER BY app, dom, iid, at DESC NULLS LAST, sid COLLATE "C" DESC
  ),
  picked AS (
    SELECT app, dom, percentile_disc(0.5) WITHIN GROUP (ORDER BY r) AS med, count(*) AS n, min(r) AS lo, max(r) AS hi
    FROM latest GROUP BY app, dom
  ),
  unit AS (
    SELECT app, dom, role, count(DISTINCT iid) FILTER (WHERE r IS NOT NULL) AS raters FROM entry GROUP BY app, dom, role
  ),
  coder AS (
    -- Each interviewer's own value per unit for Krippendorff's alpha: the first level whose
    -- cumulative count reaches half of their ratings there (ratings are 0..3).
    SELECT app, dom, CASE WHEN 2 * count(*) FILTER (WHERE r = 0) >= count(*) THEN 0
      WHEN 2 * count(*) FILTER (WHERE r <= 1) >= count(*) THEN 1
      WHEN 2 * count(*) FILTER (WHERE r <= 2) >= count(*) THEN 2 ELSE 3 END AS v
    FROM entry WHERE r IS NOT NULL GROUP BY app, dom, iid
  ),
  coded AS (
    SELECT app, dom, count(*) FILTER (WHERE v = 0) AS n0, count(*) FILTER (WHERE v = 1) AS n1,
      count(*) FILTER (WHERE v = 2) AS n2, count(*) FILTER (WHERE v = 3) AS n3
    FROM coder GROUP BY app, dom
  )
  SELECT u.app, u.dom, u.role, p.med, coalesce(p.n, 0), p.lo, p.hi, u.raters,
    coalesce(c.n0, 0), coalesce(c.n1, 0), coalesce(c.n2, 0), coalesce(c.n3, 0)
  FROM unit u
  LEFT JOIN picked p ON p.app = u.app AND p.dom = u.dom
  LEFT JOIN coded c ON c.app = u.app AND c.dom = u.dom;

  -- Calibration inputs per application and interviewer. Each rating is measured against the
  -- rest of the panel: the conventional median (percentile_cont, the mean of the two middles)
  -- of the other interviewers' latest ratings of the unit (LEAD seats, as the consensus above).
  -- A unit no one else rated is not comparable.
  INSERT INTO "ApplicationInterviewerCalibration" ("applicationId", "interviewerId", "roleId", "scorecards", "notAssessed", "rated0", "rated1", "rated2", "rated3", "comparable", "offsetSum", "hours")
  WITH card AS MATERIALIZED (
    SELECT s.id, s."interviewerId" AS iid, i."applicationId" AS app, a."roleId" AS role,
      -- Milliseconds as an exact float, divided as JavaScript does.
      (EXTRACT(EPOCH FROM (s."submittedAt" - i."scheduledAt")) * 1000)::float8 / 3600000 AS h
    FROM "Interview" i
    JOIN "Application" a ON a.id = i."applicationId"
    JOIN "Scorecard" s ON s."interviewId" = i.id
    WHERE i."applicationId" = ANY (app_ids) AND s.status = 'SUBMITTED' AND s."submittedAt" IS NOT NULL AND i.seat = 'LEAD'
      AND EXISTS (SELECT 1 FROM "DomainScore" d WHERE d."scorecardId" = s.id)
  ),
  -- One vote per interviewer and unit: their latest rating, as latestRatingPerInterviewer picks it.
  latest AS MATERIALIZED (
    SELECT DISTINCT ON (c.app, d."domainId", c.iid) c.app, d."domainId" AS dom, c.iid, d.rating AS r
    FROM card c
    JOIN "Scorecard" s ON s.id = c.id
    JOIN "DomainScore" d ON d."scorecardId" = c.id
    WHERE d.rating IS NOT NULL
    ORDER BY c.app, d."domainId", c.iid, s."submittedAt" DESC, c.id COLLATE "C" DESC
  ),
  others AS (
    SELECT me.app, me.dom, me.iid, percentile_cont(0.5) WITHIN GROUP (ORDER BY o.r) AS med
    FROM latest me JOIN latest o ON o.app = me.app AND o.dom = me.dom AND o.iid <> me.iid
    GROUP BY me.app, me.dom, me.iid
  ),
  per AS (
    SELECT c.app, c.iid,
      count(*) FILTER (WHERE d.rating IS NULL)::int AS na,
      count(*) FILTER (WHERE d.rating = 0)::int AS r0,
      count(*) FILTER (WHERE d.rating = 1)::int AS r1,
      count(*) FILTER (WHERE d.rating = 2)::int AS r2,
      count(*) FILTER (WHERE d.rating = 3)::int AS r3,
      count(*) FILTER (WHERE d.rating IS NOT NULL AND o.med IS NOT NULL)::int AS comparable,
      coalesce(sum(d.rating - o.med) FILTER (WHERE d.rating IS NOT NULL AND o.med IS NOT NULL), 0)::float8 AS offsets
    FROM card c
    JOIN "DomainScore" d ON d."scorecardId" = c.id
    LEFT JOIN others o ON o.app = c.app AND o.dom = d."domainId" AND o.iid = c.iid
    GROUP BY c.app, c.iid
  ),
  cards AS (SELECT app, iid, role, count(*)::int AS n, array_agg(h ORDER BY h) AS hours FROM card GROUP BY app, iid, role)
  SELECT k.app, k.iid, k.role, k.n, p.na, p.r0, p.r1, p.r2, p.r3, p.comparable, p.offsets, k.hours
  FROM cards k JOIN per p ON p.app = k.app AND p.iid = k.iid;
END;
$$;

-- Recompute every application's rows with the new yardstick; the triggers move the role sums.
SELECT "refresh_application_consensus"(ARRAY(SELECT id FROM "Application" ORDER BY id));
