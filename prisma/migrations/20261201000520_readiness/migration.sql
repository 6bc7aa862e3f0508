-- CreateEnum
CREATE TYPE "InterviewSeat" AS ENUM ('LEAD', 'SHADOW', 'REVERSE_SHADOW');

-- CreateEnum
CREATE TYPE "QualificationHow" AS ENUM ('TRAINED', 'GRANTED');

-- AlterTable
ALTER TABLE "OrgSettings" ADD COLUMN     "calibrationPassMark" INTEGER NOT NULL DEFAULT 70,
ADD COLUMN     "reverseShadowsRequired" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "shadowsRequired" INTEGER NOT NULL DEFAULT 2,
ADD COLUMN     "weeklyInterviewLimit" INTEGER NOT NULL DEFAULT 5;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "weeklyInterviewLimit" INTEGER;

-- AlterTable
ALTER TABLE "Interview" ADD COLUMN     "seat" "InterviewSeat" NOT NULL DEFAULT 'LEAD';

-- CreateTable
CREATE TABLE "InterviewerQualification" (
    "userId" TEXT NOT NULL,
    "domainId" TEXT NOT NULL,
    "qualifiedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "how" "QualificationHow" NOT NULL,
    "grantedById" TEXT,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "InterviewerQualification_pkey" PRIMARY KEY ("userId","domainId")
);

-- CreateTable
CREATE TABLE "CalibrationExercise" (
    "id" TEXT NOT NULL,
    "domainId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "CalibrationExercise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalibrationItem" (
    "id" TEXT NOT NULL,
    "exerciseId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "evidence" TEXT NOT NULL,
    "consensus" INTEGER NOT NULL,
    "raters" INTEGER NOT NULL,

    CONSTRAINT "CalibrationItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalibrationAttempt" (
    "id" TEXT NOT NULL,
    "exerciseId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "exact" INTEGER NOT NULL,
    "withinOne" INTEGER NOT NULL,
    "items" INTEGER NOT NULL,
    "meanOffset" DOUBLE PRECISION NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "passMark" INTEGER NOT NULL,

    CONSTRAINT "CalibrationAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalibrationAnswer" (
    "attemptId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,

    CONSTRAINT "CalibrationAnswer_pkey" PRIMARY KEY ("attemptId","itemId")
);

-- CreateIndex
CREATE INDEX "InterviewerQualification_domainId_idx" ON "InterviewerQualification"("domainId");

-- CreateIndex
CREATE INDEX "CalibrationExercise_domainId_idx" ON "CalibrationExercise"("domainId");

-- CreateIndex
CREATE UNIQUE INDEX "CalibrationItem_exerciseId_position_key" ON "CalibrationItem"("exerciseId", "position");

-- CreateIndex
CREATE INDEX "CalibrationAttempt_userId_exerciseId_idx" ON "CalibrationAttempt"("userId", "exerciseId");

-- CreateIndex
CREATE INDEX "CalibrationAttempt_exerciseId_idx" ON "CalibrationAttempt"("exerciseId");

-- CreateIndex
CREATE INDEX "CalibrationAnswer_itemId_idx" ON "CalibrationAnswer"("itemId");

-- AddForeignKey
ALTER TABLE "InterviewerQualification" ADD CONSTRAINT "InterviewerQualification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewerQualification" ADD CONSTRAINT "InterviewerQualification_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewerQualification" ADD CONSTRAINT "InterviewerQualification_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "CompetencyDomain"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalibrationExercise" ADD CONSTRAINT "CalibrationExercise_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "CompetencyDomain"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalibrationExercise" ADD CONSTRAINT "CalibrationExercise_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalibrationItem" ADD CONSTRAINT "CalibrationItem_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "CalibrationExercise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalibrationAttempt" ADD CONSTRAINT "CalibrationAttempt_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "CalibrationExercise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalibrationAttempt" ADD CONSTRAINT "CalibrationAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalibrationAnswer" ADD CONSTRAINT "CalibrationAnswer_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "CalibrationAttempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalibrationAnswer" ADD CONSTRAINT "CalibrationAnswer_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CalibrationItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Integrity of the new columns.
ALTER TABLE "OrgSettings" ADD CONSTRAINT "OrgSettings_readiness_ranges" CHECK (
  "shadowsRequired" BETWEEN 0 AND 20 AND "reverseShadowsRequired" BETWEEN 0 AND 20
  AND "calibrationPassMark" BETWEEN 1 AND 100 AND "weeklyInterviewLimit" BETWEEN 1 AND 50);
ALTER TABLE "User" ADD CONSTRAINT "User_weeklyInterviewLimit_range" CHECK ("weeklyInterviewLimit" IS NULL OR "weeklyInterviewLimit" BETWEEN 0 AND 50);
ALTER TABLE "CalibrationItem" ADD CONSTRAINT "CalibrationItem_consensus_range" CHECK ("consensus" BETWEEN 0 AND 3 AND "raters" >= 1);
ALTER TABLE "CalibrationAnswer" ADD CONSTRAINT "CalibrationAnswer_rating_range" CHECK ("rating" BETWEEN 0 AND 3);
ALTER TABLE "CalibrationAttempt" ADD CONSTRAINT "CalibrationAttempt_counts" CHECK (
  "items" >= 1 AND "exact" BETWEEN 0 AND "items" AND "withinOne" BETWEEN "exact" AND "items" AND "passMark" BETWEEN 1 AND 100);

-- Training seats do not count in the panel's consensus (README "Interviewer readiness"): a
-- SHADOW or REVERSE_SHADOW interviewer's scorecard is their practice. The consensus rows (and
-- with them the fit, gaps, comparison, calibration, agreement and hiring-quality figures) come
-- from LEAD seats only; the function below is migration consensus_counts_interviewers' with
-- `i.seat = 'LEAD'` added to both of its reads. lib/data/candidate.ts drops training seats
-- from the candidate page's consensus the same way (tests/integration/readiness-consensus.test.ts).
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

  -- Reads the consensus rows just written (a later statement of this function sees them).
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


-- A seat changed (a lead made a shadow, or back): the application's consensus changes.
CREATE OR REPLACE FUNCTION "interview_consensus_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_application_consensus"(ARRAY(
    SELECT DISTINCT x FROM new_rows n JOIN old_rows o ON o.id = n.id, unnest(ARRAY[n."applicationId", o."applicationId"]) AS x
    WHERE n."applicationId" IS DISTINCT FROM o."applicationId" OR n."interviewerId" IS DISTINCT FROM o."interviewerId"
      OR n."scheduledAt" IS DISTINCT FROM o."scheduledAt" OR n.seat IS DISTINCT FROM o.seat));
  RETURN NULL;
END;
$$;
