-- Hires by status: the navigation's due check-in count (lib/quality/due.ts) joins the hires to
-- their applications by status and role. Without an index PostgreSQL read all 10,366 applications
-- to find the 424 hired ones: at 10,000 candidates (bench:http data set) the badge's query took
-- 17 ms on every manager page; with this index and the query split by delegate / owner, about 1 ms.
-- CreateIndex
CREATE INDEX "Application_status_roleId_idx" ON "Application"("status", "roleId");
