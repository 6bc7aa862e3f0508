-- AlterTable
ALTER TABLE "Interview" ADD COLUMN     "scorecardSubmittedAt" TIMESTAMP(3);

-- Interview."scorecardSubmittedAt": when the interview's scorecard was submitted (the CHECK of
-- migration integrity: a SUBMITTED scorecard has a submission time), NULL while it is not. Kept
-- here, never by the app, so it cannot drift: every statement that writes scorecards refreshes
-- the interviews it touched (old and new interview on a move), in one UPDATE per statement.
CREATE FUNCTION "interview_submitted_refresh"(interview_ids TEXT[]) RETURNS void
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  IF interview_ids IS NULL OR cardinality(interview_ids) = 0 THEN
    RETURN;
  END IF;
  UPDATE "Interview" i SET "scorecardSubmittedAt" = x.at
  FROM (
    SELECT u.id, (SELECT max(s."submittedAt") FROM "Scorecard" s WHERE s."interviewId" = u.id AND s.status = 'SUBMITTED') AS at
    FROM (SELECT DISTINCT id FROM unnest(interview_ids) AS id) u
  ) x
  WHERE i.id = x.id AND i."scorecardSubmittedAt" IS DISTINCT FROM x.at;
END;
$$;

CREATE FUNCTION "scorecard_interview_submitted_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "interview_submitted_refresh"(ARRAY(SELECT "interviewId" FROM new_rows WHERE status = 'SUBMITTED'));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "interview_submitted_refresh"(ARRAY(SELECT "interviewId" FROM old_rows WHERE status = 'SUBMITTED'));
  ELSE
    PERFORM "interview_submitted_refresh"(ARRAY(
      SELECT x FROM new_rows n JOIN old_rows o ON o.id = n.id, unnest(ARRAY[n."interviewId", o."interviewId"]) AS x
      WHERE n.status IS DISTINCT FROM o.status OR n."submittedAt" IS DISTINCT FROM o."submittedAt" OR n."interviewId" IS DISTINCT FROM o."interviewId"));
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Scorecard_interview_submitted_insert" AFTER INSERT ON "Scorecard"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "scorecard_interview_submitted_trigger"();
CREATE TRIGGER "Scorecard_interview_submitted_update" AFTER UPDATE ON "Scorecard"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "scorecard_interview_submitted_trigger"();
CREATE TRIGGER "Scorecard_interview_submitted_delete" AFTER DELETE ON "Scorecard"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "scorecard_interview_submitted_trigger"();

-- The interviews still open (no submitted scorecard), by interviewer and schedule: the due
-- badge on every page and the open buckets of "my interviews" read only these.
CREATE INDEX "Interview_open_interviewerId_scheduledAt_idx" ON "Interview"("interviewerId", "scheduledAt") WHERE "scorecardSubmittedAt" IS NULL;

-- Existing data.
UPDATE "Interview" i SET "scorecardSubmittedAt" = x.at
FROM (SELECT "interviewId", max("submittedAt") AS at FROM "Scorecard" WHERE status = 'SUBMITTED' GROUP BY 1) x
WHERE i.id = x."interviewId";

-- The submitted ones, newest first: the count and the keyset pages of "my interviews" history.
CREATE INDEX "Interview_submitted_interviewerId_idx" ON "Interview"("interviewerId", "scorecardSubmittedAt" DESC, "id" DESC) WHERE "scorecardSubmittedAt" IS NOT NULL;
