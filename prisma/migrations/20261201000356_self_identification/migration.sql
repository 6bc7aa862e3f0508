-- AlterTable
ALTER TABLE "OrgSettings" ADD COLUMN     "fairHiringMinGroup" INTEGER NOT NULL DEFAULT 10;

-- CreateTable
CREATE TABLE "SelfIdCategory" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "options" TEXT[],
    "position" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "SelfIdCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SelfIdLink" (
    "candidateId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SelfIdLink_pkey" PRIMARY KEY ("candidateId")
);

-- CreateTable
CREATE TABLE "SelfIdAnswer" (
    "candidateId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "value" TEXT,
    "answeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SelfIdAnswer_pkey" PRIMARY KEY ("candidateId","categoryId")
);

-- CreateIndex
CREATE UNIQUE INDEX "SelfIdCategory_key_key" ON "SelfIdCategory"("key");

-- CreateIndex
CREATE UNIQUE INDEX "SelfIdLink_tokenHash_key" ON "SelfIdLink"("tokenHash");

-- CreateIndex
CREATE INDEX "SelfIdAnswer_categoryId_value_idx" ON "SelfIdAnswer"("categoryId", "value");

-- AddForeignKey
ALTER TABLE "SelfIdLink" ADD CONSTRAINT "SelfIdLink_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfIdAnswer" ADD CONSTRAINT "SelfIdAnswer_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfIdAnswer" ADD CONSTRAINT "SelfIdAnswer_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "SelfIdCategory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand: sizes the report accepts, and the standard categories (admins retire or reword them).
ALTER TABLE "OrgSettings" ADD CONSTRAINT "OrgSettings_fairHiringMinGroup_range" CHECK ("fairHiringMinGroup" BETWEEN 2 AND 1000);
ALTER TABLE "SelfIdAnswer" ADD CONSTRAINT "SelfIdAnswer_value_length" CHECK ("value" IS NULL OR char_length("value") BETWEEN 1 AND 120);

INSERT INTO "SelfIdCategory" ("id", "key", "label", "options", "position") VALUES
  ('selfid_gender', 'gender', 'Gender', ARRAY['Woman', 'Man', 'Non-binary', 'Another gender'], 0),
  ('selfid_ethnicity', 'ethnicity', 'Ethnicity', ARRAY['Asian', 'Black', 'Hispanic or Latino', 'Middle Eastern or North African', 'White', 'Mixed or multiple', 'Another ethnicity'], 1),
  ('selfid_veteran', 'veteran', 'Veteran status', ARRAY['Veteran', 'Not a veteran'], 2),
  ('selfid_disability', 'disability', 'Disability', ARRAY['Has a disability', 'Has no disability'], 3);
