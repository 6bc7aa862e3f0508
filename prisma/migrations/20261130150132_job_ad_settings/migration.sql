-- AlterTable
ALTER TABLE "OrgSettings" ADD COLUMN     "jobAdBenefits" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "jobAdEqualOpportunity" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "jobAdProfile" TEXT NOT NULL DEFAULT '';
