-- The panel's consensus counts interviewers, not scorecards (issue 12, finding 3): an
-- interviewer who scored a candidate twice (two stages) had two votes in the median and
-- counted twice in "ratings" (n). Now each interviewer gives one rating per domain, the one
-- from their latest submitted scorecard that rated it; "ratings" is the number of interviewers
-- with a rating. Only the consensus rows change: the calibration rows still count every
-- rating (an interviewer's habits), now measured against this consensus.
-- lib/scoring (candidateSummary, calibrate) applies the same rule;
-- tests/integration/role-summary-sql.test.ts and calibration-sql.test.ts check both agree.
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
    WHERE i."applicationId" = ANY (app_ids)
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

  -- Reads the consensus rows just written (a later statement of this function sees them).
  INSERT INTO "ApplicationInterviewerCalibration" ("applicationId", "interviewerId", "roleId", "scorecards", "notAssessed", "rated0", "rated1", "rated2", "rated3", "comparable", "offsetSum", "hours")
  WITH card AS MATERIALIZED (
    SELECT s.id, s."interviewerId" AS iid, i."applicationId" AS app, a."roleId" AS role,
      -- Milliseconds as an exact float, divided as JavaScript does.
      (EXTRACT(EPOCH FROM (s."submittedAt" - i."scheduledAt")) * 1000)::float8 / 3600000 AS h
    FROM "Interview" i
    JOIN "Application" a ON a.id = i."applicationId"
    JOIN "Scorecard" s ON s."interviewId" = i.id
    WHERE i."applicationId" = ANY (app_ids) AND s.status = 'SUBMITTED' AND s."submittedAt" IS NOT NULL
      AND EXISTS (SELECT 1 FROM "DomainScore" d WHERE d."scorecardId" = s.id)
  ),
  per AS (
    SELECT c.app, c.iid,
      count(*) FILTER (WHERE d.rating IS NULL)::int AS na,
      count(*) FILTER (WHERE d.rating = 0)::int AS r0,
      count(*) FILTER (WHERE d.rating = 1)::int AS r1,
      count(*) FILTER (WHERE d.rating = 2)::int AS r2,
      count(*) FILTER (WHERE d.rating = 3)::int AS r3,
      count(*) FILTER (WHERE d.rating IS NOT NULL AND u.raters >= 2)::int AS comparable,
      coalesce(sum(d.rating - u.median) FILTER (WHERE u.raters >= 2), 0)::int AS offsets
    FROM card c
    JOIN "DomainScore" d ON d."scorecardId" = c.id
    LEFT JOIN "ApplicationDomainConsensus" u ON u."applicationId" = c.app AND u."domainId" = d."domainId"
    GROUP BY c.app, c.iid
  ),
  cards AS (SELECT app, iid, role, count(*)::int AS n, array_agg(h ORDER BY h) AS hours FROM card GROUP BY app, iid, role)
  SELECT k.app, k.iid, k.role, k.n, p.na, p.r0, p.r1, p.r2, p.r3, p.comparable, p.offsets, k.hours
  FROM cards k JOIN per p ON p.app = k.app AND p.iid = k.iid;
END;
$$;

-- Existing data.
SELECT "refresh_application_consensus"(ARRAY(SELECT id FROM "Application"));
