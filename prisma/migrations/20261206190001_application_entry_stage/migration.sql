-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "entryStageId" TEXT;

-- CreateIndex
CREATE INDEX "Application_entryStageId_idx" ON "Application"("entryStageId");

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_entryStageId_fkey" FOREIGN KEY ("entryStageId") REFERENCES "InterviewStage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The first stage an application is at, kept by the database from currentStageId (an insert
-- with a stage, or the first move of one that had none), so no writer (the CSV import, the add
-- form, a move) can forget it. A writer may set it itself (the demo seed: its candidates applied
-- at the first stage). The fair-hiring pass-through (lib/fair-hiring/report.ts) counts an
-- application at a stage only from here on: someone imported straight into a later stage did not
-- pass the earlier ones.
CREATE FUNCTION "application_entry_stage"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."entryStageId" IS NULL THEN
    NEW."entryStageId" := NEW."currentStageId";
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Application_entry_stage" BEFORE INSERT OR UPDATE OF "currentStageId", "entryStageId" ON "Application"
  FOR EACH ROW EXECUTE FUNCTION "application_entry_stage"();

-- Applications already there: the earliest of the role's stages they are known to have been at
-- (their current stage, a stage they had an interview in, a stage a recorded move took them
-- from); none for those never at a stage.
UPDATE "Application" a SET "entryStageId" = known.stage_id
FROM (
  SELECT DISTINCT ON (c.app_id) c.app_id, s.id AS stage_id
  FROM (
    SELECT id AS app_id, "currentStageId" AS stage_id FROM "Application" WHERE "currentStageId" IS NOT NULL
    UNION ALL SELECT "applicationId", "stageId" FROM "Interview"
    UNION ALL SELECT "entityId", data->>'fromStage' FROM "AuditEvent"
      WHERE action = 'application.moved' AND "entityType" = 'Application' AND data->>'fromStage' IS NOT NULL
  ) c
  JOIN "Application" ap ON ap.id = c.app_id
  JOIN "InterviewStage" s ON s.id = c.stage_id AND s."roleId" = ap."roleId"
  ORDER BY c.app_id, s.position, s.id
) known
WHERE known.app_id = a.id;
