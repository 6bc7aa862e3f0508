-- The open-interview index also carries the interview's id and application, so "my interviews"
-- and the due badge read the open interviews from the index alone (an index-only scan). Without
-- them the planner, which cannot know that an interviewer's open interviews are a handful out of
-- their whole history, estimated hundreds of heap fetches and scanned the whole Interview table:
-- at 10,000 candidates the interviewer's bucket query took 27 ms (16 ms of it that scan), and
-- about 4 ms with this index (EXPLAIN ANALYZE, the bench:http data set).
DROP INDEX "Interview_open_interviewerId_scheduledAt_idx";
CREATE INDEX "Interview_open_interviewerId_scheduledAt_idx" ON "Interview"("interviewerId", "scheduledAt") INCLUDE ("id", "applicationId") WHERE "scorecardSubmittedAt" IS NULL;
