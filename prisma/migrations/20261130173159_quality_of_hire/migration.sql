-- AlterTable
ALTER TABLE "OrgSettings" ADD COLUMN     "checkInDays" INTEGER[] DEFAULT ARRAY[90, 182, 365]::INTEGER[];

-- CreateTable
CREATE TABLE "HireFollowUp" (
    "applicationId" TEXT NOT NULL,
    "hiredAt" TIMESTAMP(3) NOT NULL,
    "delegateId" TEXT,

    CONSTRAINT "HireFollowUp_pkey" PRIMARY KEY ("applicationId")
);

-- CreateTable
CREATE TABLE "QualityCheckIn" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "milestoneDays" INTEGER NOT NULL,
    "authorId" TEXT NOT NULL,
    "overall" INTEGER NOT NULL,
    "wouldHireAgain" BOOLEAN NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QualityCheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QualityCheckInRating" (
    "checkInId" TEXT NOT NULL,
    "domainId" TEXT NOT NULL,
    "rating" INTEGER,
    "evidence" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "QualityCheckInRating_pkey" PRIMARY KEY ("checkInId","domainId")
);

-- CreateTable
CREATE TABLE "CheckInReminder" (
    "applicationId" TEXT NOT NULL,
    "milestoneDays" INTEGER NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckInReminder_pkey" PRIMARY KEY ("applicationId","milestoneDays")
);

-- CreateIndex
CREATE INDEX "HireFollowUp_delegateId_idx" ON "HireFollowUp"("delegateId");

-- CreateIndex
CREATE INDEX "HireFollowUp_hiredAt_idx" ON "HireFollowUp"("hiredAt");

-- CreateIndex
CREATE INDEX "QualityCheckIn_authorId_idx" ON "QualityCheckIn"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "QualityCheckIn_applicationId_milestoneDays_key" ON "QualityCheckIn"("applicationId", "milestoneDays");

-- CreateIndex
CREATE INDEX "QualityCheckInRating_domainId_idx" ON "QualityCheckInRating"("domainId");

-- AddForeignKey
ALTER TABLE "HireFollowUp" ADD CONSTRAINT "HireFollowUp_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HireFollowUp" ADD CONSTRAINT "HireFollowUp_delegateId_fkey" FOREIGN KEY ("delegateId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityCheckIn" ADD CONSTRAINT "QualityCheckIn_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "HireFollowUp"("applicationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityCheckIn" ADD CONSTRAINT "QualityCheckIn_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityCheckInRating" ADD CONSTRAINT "QualityCheckInRating_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "QualityCheckIn"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityCheckInRating" ADD CONSTRAINT "QualityCheckInRating_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "CompetencyDomain"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInReminder" ADD CONSTRAINT "CheckInReminder_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "HireFollowUp"("applicationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- Ratings on the matrix's scale, an overall rating 1..5, check-ins at positive day counts.
ALTER TABLE "QualityCheckIn" ADD CONSTRAINT "QualityCheckIn_overall_range" CHECK ("overall" BETWEEN 1 AND 5);
ALTER TABLE "QualityCheckIn" ADD CONSTRAINT "QualityCheckIn_milestone_positive" CHECK ("milestoneDays" > 0);
ALTER TABLE "QualityCheckInRating" ADD CONSTRAINT "QualityCheckInRating_rating_range" CHECK ("rating" IS NULL OR "rating" BETWEEN 0 AND 3);

-- HireFollowUp: one row per application that became HIRED, written here (never by the app), so
-- every way of hiring (the owner's decision, a pipeline move, an import, the seed) starts the
-- check-in clock. hiredAt is the hire decision's time when there is one. A candidate reopened
-- and hired again restarts the clock, unless check-ins were already recorded against the first hire.
CREATE FUNCTION "application_hire_follow_up_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'HIRED' AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'HIRED') THEN
    INSERT INTO "HireFollowUp" ("applicationId", "hiredAt")
    VALUES (NEW.id, CASE WHEN NEW.decision = 'HIRE' AND NEW."decidedAt" IS NOT NULL THEN NEW."decidedAt" ELSE now() END)
    ON CONFLICT ("applicationId") DO UPDATE SET "hiredAt" = EXCLUDED."hiredAt"
    WHERE NOT EXISTS (SELECT 1 FROM "QualityCheckIn" c WHERE c."applicationId" = EXCLUDED."applicationId");
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Application_hire_follow_up" AFTER INSERT OR UPDATE OF status ON "Application"
  FOR EACH ROW EXECUTE FUNCTION "application_hire_follow_up_trigger"();

-- Existing hires.
INSERT INTO "HireFollowUp" ("applicationId", "hiredAt")
SELECT id, COALESCE(CASE WHEN decision = 'HIRE' THEN "decidedAt" END, "stageEnteredAt") FROM "Application" WHERE status = 'HIRED';
