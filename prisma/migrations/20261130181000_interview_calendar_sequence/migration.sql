-- AlterTable
ALTER TABLE "Interview" ADD COLUMN     "calendarSequence" INTEGER NOT NULL DEFAULT 0;
