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

    CONSTRAINT "ApplicationDomainConsensus_pkey" PRIMARY KEY ("applicationId","domainId")
);

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

-- The panel's consensus per (application, domain), kept by the database itself.
-- Definitions as lib/scoring/consensus.ts: the LOWER median of the submitted ratings
-- (percentile_disc(0.5) picks the first value whose cumulative share reaches one half), the
-- number of ratings given, lowest and highest; "not assessed" (NULL) is not a rating; drafts
-- never count. tests/integration/role-summary-sql.test.ts checks it against candidateSummary.
--
-- Recomputed per application from scratch (an application has a handful of scorecards), under
-- a transaction-level advisory lock per application taken in id order: two panelists
-- submitting at once are serialised, and the second recomputation, a new statement, sees the
-- first one's committed scorecard, so neither overwrites the other with a stale figure.
CREATE FUNCTION "refresh_application_consensus"(app_ids TEXT[]) RETURNS void
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  app TEXT;
BEGIN
  IF app_ids IS NULL OR cardinality(app_ids) = 0 THEN
    RETURN;
  END IF;
  IF cardinality(app_ids) <= 64 THEN
    FOR app IN SELECT DISTINCT u FROM unnest(app_ids) AS u ORDER BY u LOOP
      PERFORM pg_advisory_xact_lock(74200002, hashtext(app));
    END LOOP;
  ELSE
    -- A bulk write (an import, a backfill): one table lock rather than thousands of advisory
    -- locks, which would overflow the shared lock table. It waits for, and then blocks, the
    -- small refreshes, whose DELETE takes ROW EXCLUSIVE on the table.
    LOCK TABLE "ApplicationDomainConsensus" IN SHARE ROW EXCLUSIVE MODE;
  END IF;
  DELETE FROM "ApplicationDomainConsensus" WHERE "applicationId" = ANY (app_ids);
  INSERT INTO "ApplicationDomainConsensus" ("applicationId", "domainId", "roleId", "median", "ratings", "minRating", "maxRating", "raters")
  SELECT i."applicationId", ds."domainId", a."roleId",
    percentile_disc(0.5) WITHIN GROUP (ORDER BY ds.rating), count(ds.rating), min(ds.rating), max(ds.rating),
    count(DISTINCT s."interviewerId") FILTER (WHERE ds.rating IS NOT NULL)
  FROM "Interview" i
  JOIN "Application" a ON a.id = i."applicationId"
  JOIN "Scorecard" s ON s."interviewId" = i.id AND s.status = 'SUBMITTED'
  JOIN "DomainScore" ds ON ds."scorecardId" = s.id
  WHERE i."applicationId" = ANY (app_ids)
  GROUP BY i."applicationId", ds."domainId", a."roleId";
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
      JOIN "Scorecard" s ON s.id = o."scorecardId" JOIN "Interview" i ON i.id = s."interviewId"));
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

-- A scorecard entering or leaving SUBMITTED changes which ratings count.
CREATE FUNCTION "scorecard_consensus_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_application_consensus"(ARRAY(
    SELECT DISTINCT i."applicationId" FROM new_rows n
    JOIN old_rows o ON o.id = n.id
    JOIN "Interview" i ON i.id = n."interviewId"
    WHERE n.status IS DISTINCT FROM o.status OR n."interviewId" IS DISTINCT FROM o."interviewId"));
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Scorecard_consensus_update" AFTER UPDATE ON "Scorecard"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "scorecard_consensus_trigger"();

-- Existing data.
SELECT "refresh_application_consensus"(ARRAY(SELECT id FROM "Application"));
