-- Interview."scorecardSubmittedAt" (migration interview_open_index), same values, set-based.
-- The first version refreshed each touched interview with its own correlated lookup of
-- max(submittedAt) (two per interview: the SET and the IS DISTINCT FROM test), planned with
-- the statistics of the table before the statement: a bulk insert of 35,000 scorecards spent
-- 26 s there (10,000 synthetic candidates; superlinear beyond). Now:
-- * INSERT only adds scorecards, so an interview's latest submission is the greater of what it
--   holds and the newest submitted row inserted for it: one grouped pass over new_rows, no read
--   of Scorecard at all;
-- * UPDATE and DELETE recompute the touched interviews (old and new interview on a move) with
--   one grouped aggregate over their scorecards, joined, never one lookup per interview.
CREATE OR REPLACE FUNCTION "interview_submitted_refresh"(interview_ids TEXT[]) RETURNS void
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  IF interview_ids IS NULL OR cardinality(interview_ids) = 0 THEN
    RETURN;
  END IF;
  UPDATE "Interview" i SET "scorecardSubmittedAt" = x.at
  FROM (
    SELECT u.id, m.at
    FROM (SELECT DISTINCT id FROM unnest(interview_ids) AS id) u
    LEFT JOIN (
      SELECT s."interviewId", max(s."submittedAt") AS at FROM "Scorecard" s
      WHERE s."interviewId" = ANY (interview_ids) AND s.status = 'SUBMITTED'
      GROUP BY s."interviewId"
    ) m ON m."interviewId" = u.id
  ) x
  WHERE i.id = x.id AND i."scorecardSubmittedAt" IS DISTINCT FROM x.at;
END;
$$;

CREATE OR REPLACE FUNCTION "scorecard_interview_submitted_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "Interview" i SET "scorecardSubmittedAt" = GREATEST(i."scorecardSubmittedAt", n.at)
    FROM (SELECT "interviewId", max("submittedAt") AS at FROM new_rows WHERE status = 'SUBMITTED' GROUP BY "interviewId") n
    WHERE i.id = n."interviewId" AND i."scorecardSubmittedAt" IS DISTINCT FROM GREATEST(i."scorecardSubmittedAt", n.at);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "interview_submitted_refresh"(ARRAY(SELECT DISTINCT "interviewId" FROM old_rows WHERE status = 'SUBMITTED'));
  ELSE
    PERFORM "interview_submitted_refresh"(ARRAY(
      SELECT DISTINCT x FROM new_rows n JOIN old_rows o ON o.id = n.id, unnest(ARRAY[n."interviewId", o."interviewId"]) AS x
      WHERE n.status IS DISTINCT FROM o.status OR n."submittedAt" IS DISTINCT FROM o."submittedAt" OR n."interviewId" IS DISTINCT FROM o."interviewId"));
  END IF;
  RETURN NULL;
END;
$$;
