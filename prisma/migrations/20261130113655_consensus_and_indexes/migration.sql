-- DropIndex
DROP INDEX "Application_roleId_idx";

-- CreateTable
CREATE TABLE "ApplicationDomainConsensus" (
    "applicationId" TEXT NOT NULL,
    "domainId" TEXT NOT NULL,
    "roleId" TEXT NOT NULL,
    "median" INTEGER,
    "ratings" INTEGER NOT NULL,
    "minRating" INTEGER,
    "maxRating" INTEGER,
    "raters" INTEGER NOT NULL DEFAULT 0,
    "coders0" INTEGER NOT NULL DEFAULT 0,
    "coders1" INTEGER NOT NULL DEFAULT 0,
    "coders2" INTEGER NOT NULL DEFAULT 0,
    "coders3" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ApplicationDomainConsensus_pkey" PRIMARY KEY ("applicationId","domainId")
);

-- CreateTable
CREATE TABLE "ApplicationInterviewerCalibration" (
    "applicationId" TEXT NOT NULL,
    "interviewerId" TEXT NOT NULL,
    "roleId" TEXT NOT NULL,
    "scorecards" INTEGER NOT NULL,
    "notAssessed" INTEGER NOT NULL,
    "rated0" INTEGER NOT NULL,
    "rated1" INTEGER NOT NULL,
    "rated2" INTEGER NOT NULL,
    "rated3" INTEGER NOT NULL,
    "comparable" INTEGER NOT NULL,
    "offsetSum" INTEGER NOT NULL,
    "hours" DOUBLE PRECISION[],

    CONSTRAINT "ApplicationInterviewerCalibration_pkey" PRIMARY KEY ("applicationId","interviewerId")
);

-- CreateIndex
CREATE INDEX "ApplicationInterviewerCalibration_interviewerId_idx" ON "ApplicationInterviewerCalibration"("interviewerId");

-- CreateIndex
CREATE INDEX "ApplicationDomainConsensus_roleId_idx" ON "ApplicationDomainConsensus"("roleId");

-- CreateIndex
CREATE INDEX "ApplicationDomainConsensus_domainId_idx" ON "ApplicationDomainConsensus"("domainId");

-- CreateIndex
CREATE INDEX "Application_roleId_createdAt_idx" ON "Application"("roleId", "createdAt");

-- CreateIndex
CREATE INDEX "Candidate_createdAt_id_idx" ON "Candidate"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Application_roleId_currentStageId_status_stageEnteredAt_id_idx" ON "Application"("roleId", "currentStageId", "status", "stageEnteredAt", "id");

-- CreateIndex
CREATE INDEX "Application_currentStageId_idx" ON "Application"("currentStageId");

-- CreateIndex
CREATE INDEX "Application_decidedById_idx" ON "Application"("decidedById");

-- CreateIndex
CREATE INDEX "Interview_stageId_idx" ON "Interview"("stageId");

-- CreateIndex
CREATE INDEX "Scorecard_matrixVersionId_idx" ON "Scorecard"("matrixVersionId");

-- CreateIndex
CREATE INDEX "DomainScore_domainId_idx" ON "DomainScore"("domainId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- CreateIndex
CREATE INDEX "AuditEvent_action_id_idx" ON "AuditEvent"("action", "id");

-- AddForeignKey
ALTER TABLE "ApplicationDomainConsensus" ADD CONSTRAINT "ApplicationDomainConsensus_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationDomainConsensus" ADD CONSTRAINT "ApplicationDomainConsensus_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "CompetencyDomain"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationInterviewerCalibration" ADD CONSTRAINT "ApplicationInterviewerCalibration_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationInterviewerCalibration" ADD CONSTRAINT "ApplicationInterviewerCalibration_interviewerId_fkey" FOREIGN KEY ("interviewerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Two tables kept by the database itself, never written by the app, recomputed together per
-- application from scratch (an application has a handful of scorecards):
--
-- * ApplicationDomainConsensus, the panel's consensus per (application, domain). Definitions
--   as lib/scoring/consensus.ts: the LOWER median of the submitted ratings (percentile_disc(0.5)
--   picks the first value whose cumulative share reaches one half), the number of ratings
--   given, lowest and highest; "not assessed" (NULL) is not a rating; drafts never count.
--   `raters` = distinct interviewers with a rating there, and coders0..3 how many of them have
--   each value as their own (the lower median of their ratings there): the unit's row of
--   Krippendorff's alpha (agreementByRole in lib/scoring). tests/integration/role-summary-sql.test.ts
--   checks it against candidateSummary.
-- * ApplicationInterviewerCalibration, per (application, interviewer), what calibrate() in
--   lib/scoring needs from that interviewer's submitted scorecards with at least one entry:
--   entries by rating, comparable ratings (the unit has ratings from two or more interviewers)
--   and the sum of their offsets from the panel's lower median, and each scorecard's hours from
--   the interview's schedule to submission (an array, so the page can take the median of an
--   interviewer's hours over whatever applications the viewer may see).
--   tests/integration/calibration-sql.test.ts checks the page against calibrate().
--
-- Both under a transaction-level advisory lock per application taken in id order: two
-- panelists submitting at once are serialised, and the second recomputation, a new statement,
-- sees the first one's committed scorecard, so neither overwrites the other with a stale figure.
--
-- What changes the figures, and the trigger that refreshes on it (below): a DomainScore written
-- or deleted; a Scorecard entering or leaving SUBMITTED, moved to another interview or
-- interviewer, its submission time changed, or deleted (its entries cascade, and by then the
-- DomainScore trigger can no longer find the application); an Interview moved to another
-- application or interviewer, or rescheduled (the hours; the app reschedules); an Application
-- moved to another role (roleId is stored for the role-wide reads). The app does none of the
-- moves today, but refreshing is as simple as refusing them and keeps the tables right if an
-- admin script does; an Interview cannot be deleted while it has scorecards (Restrict), nor an
-- Application while it has interviews, so deletes elsewhere change nothing.
CREATE FUNCTION "refresh_application_consensus"(app_ids TEXT[]) RETURNS void
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
    SELECT i."applicationId" AS app, a."roleId" AS role, s."interviewerId" AS iid, ds."domainId" AS dom, ds.rating AS r
    FROM "Interview" i
    JOIN "Application" a ON a.id = i."applicationId"
    JOIN "Scorecard" s ON s."interviewId" = i.id AND s.status = 'SUBMITTED'
    JOIN "DomainScore" ds ON ds."scorecardId" = s.id
    WHERE i."applicationId" = ANY (app_ids)
  ),
  coder AS (
    -- Each interviewer's own value per unit: the first level whose cumulative count reaches
    -- half of their ratings there (ratings are 0..3).
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
  SELECT e.app, e.dom, e.role,
    percentile_disc(0.5) WITHIN GROUP (ORDER BY e.r), count(e.r), min(e.r), max(e.r),
    count(DISTINCT e.iid) FILTER (WHERE e.r IS NOT NULL),
    coalesce(max(c.n0), 0), coalesce(max(c.n1), 0), coalesce(max(c.n2), 0), coalesce(max(c.n3), 0)
  FROM entry e LEFT JOIN coded c ON c.app = e.app AND c.dom = e.dom
  GROUP BY e.app, e.dom, e.role;

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

-- Statement-level triggers with transition tables: one recomputation per statement however
-- many rows it wrote (a bulk insert of 100,000 ratings refreshes each application once).
-- Drafts' autosaves touch only DRAFT scorecards and so refresh nothing.
CREATE FUNCTION "domain_score_consensus_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM "refresh_application_consensus"(ARRAY(
      SELECT DISTINCT i."applicationId" FROM old_rows o
      JOIN "Scorecard" s ON s.id = o."scorecardId" AND s.status = 'SUBMITTED' JOIN "Interview" i ON i.id = s."interviewId"));
  ELSE
    PERFORM "refresh_application_consensus"(ARRAY(
      SELECT DISTINCT i."applicationId" FROM new_rows n
      JOIN "Scorecard" s ON s.id = n."scorecardId" AND s.status = 'SUBMITTED' JOIN "Interview" i ON i.id = s."interviewId"));
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "DomainScore_consensus_insert" AFTER INSERT ON "DomainScore"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "domain_score_consensus_trigger"();
CREATE TRIGGER "DomainScore_consensus_update" AFTER UPDATE ON "DomainScore"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "domain_score_consensus_trigger"();
CREATE TRIGGER "DomainScore_consensus_delete" AFTER DELETE ON "DomainScore"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "domain_score_consensus_trigger"();

-- A scorecard entering or leaving SUBMITTED changes which ratings count; moved to another
-- interview or interviewer, or resubmitted at another time, it changes whose they are and the
-- hours; deleted, its ratings go (both the old and the new interview's applications).
CREATE FUNCTION "scorecard_consensus_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM "refresh_application_consensus"(ARRAY(
      SELECT DISTINCT i."applicationId" FROM old_rows o JOIN "Interview" i ON i.id = o."interviewId" WHERE o.status = 'SUBMITTED'));
  ELSE
    PERFORM "refresh_application_consensus"(ARRAY(
      SELECT DISTINCT i."applicationId"
      FROM new_rows n JOIN old_rows o ON o.id = n.id
      JOIN "Interview" i ON i.id IN (n."interviewId", o."interviewId")
      WHERE (n.status = 'SUBMITTED' OR o.status = 'SUBMITTED')
        AND (n.status IS DISTINCT FROM o.status OR n."interviewId" IS DISTINCT FROM o."interviewId"
          OR n."interviewerId" IS DISTINCT FROM o."interviewerId" OR n."submittedAt" IS DISTINCT FROM o."submittedAt")));
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Scorecard_consensus_update" AFTER UPDATE ON "Scorecard"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "scorecard_consensus_trigger"();
CREATE TRIGGER "Scorecard_consensus_delete" AFTER DELETE ON "Scorecard"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "scorecard_consensus_trigger"();

-- An interview moved to another application or interviewer, or rescheduled (the hours from
-- schedule to submission): both applications.
CREATE FUNCTION "interview_consensus_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_application_consensus"(ARRAY(
    SELECT DISTINCT x FROM new_rows n JOIN old_rows o ON o.id = n.id, unnest(ARRAY[n."applicationId", o."applicationId"]) AS x
    WHERE n."applicationId" IS DISTINCT FROM o."applicationId" OR n."interviewerId" IS DISTINCT FROM o."interviewerId"
      OR n."scheduledAt" IS DISTINCT FROM o."scheduledAt"));
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Interview_consensus_update" AFTER UPDATE ON "Interview"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "interview_consensus_trigger"();

-- An application moved to another role: the stored roleId.
CREATE FUNCTION "application_consensus_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_application_consensus"(ARRAY(
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n."roleId" IS DISTINCT FROM o."roleId"));
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Application_consensus_update" AFTER UPDATE ON "Application"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "application_consensus_trigger"();

-- Existing data.
SELECT "refresh_application_consensus"(ARRAY(SELECT id FROM "Application"));
