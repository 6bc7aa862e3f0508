-- CreateTable
CREATE TABLE "QualificationRevocation" (
    "userId" TEXT NOT NULL,
    "domainId" TEXT NOT NULL,
    "revokedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QualificationRevocation_pkey" PRIMARY KEY ("userId","domainId")
);

-- AddForeignKey
ALTER TABLE "QualificationRevocation" ADD CONSTRAINT "QualificationRevocation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualificationRevocation" ADD CONSTRAINT "QualificationRevocation_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "CompetencyDomain"("id") ON DELETE CASCADE ON UPDATE CASCADE;
