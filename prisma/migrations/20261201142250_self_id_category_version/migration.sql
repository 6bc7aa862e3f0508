-- AlterTable
ALTER TABLE "SelfIdCategory" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
