-- DropIndex
DROP INDEX "Interview_interviewerId_idx";

-- CreateIndex
CREATE INDEX "Interview_interviewerId_scheduledAt_idx" ON "Interview"("interviewerId", "scheduledAt");
