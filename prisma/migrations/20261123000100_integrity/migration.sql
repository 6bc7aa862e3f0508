-- Integrity rules Prisma's schema language cannot express. Hand-written; keep in
-- sync with docs/decisions/001-database.md.

-- Ranges
ALTER TABLE "ProficiencyLevel" ADD CONSTRAINT "ProficiencyLevel_rank_range" CHECK ("rank" BETWEEN 1 AND 3);
ALTER TABLE "MatrixCell" ADD CONSTRAINT "MatrixCell_level_range" CHECK ("level" BETWEEN 1 AND 3);
ALTER TABLE "Question" ADD CONSTRAINT "Question_level_range" CHECK ("level" BETWEEN 1 AND 3);
ALTER TABLE "RoleTarget" ADD CONSTRAINT "RoleTarget_level_range" CHECK ("level" BETWEEN 0 AND 3);
ALTER TABLE "RoleTarget" ADD CONSTRAINT "RoleTarget_weight_range" CHECK ("weight" > 0 AND "weight" <= 10);
ALTER TABLE "RoleTemplateTarget" ADD CONSTRAINT "RoleTemplateTarget_level_range" CHECK ("level" BETWEEN 0 AND 3);
ALTER TABLE "DomainScore" ADD CONSTRAINT "DomainScore_rating_range" CHECK ("rating" IS NULL OR "rating" BETWEEN 0 AND 3);
ALTER TABLE "Role" ADD CONSTRAINT "Role_salary_order" CHECK ("salaryMin" IS NULL OR "salaryMax" IS NULL OR "salaryMin" <= "salaryMax");
ALTER TABLE "RoleTemplate" ADD CONSTRAINT "RoleTemplate_salary_order" CHECK ("salaryMin" <= "salaryMax");
ALTER TABLE "Scorecard" ADD CONSTRAINT "Scorecard_version_positive" CHECK ("version" >= 1);
ALTER TABLE "Scorecard" ADD CONSTRAINT "Scorecard_submitted_complete"
  CHECK ("status" <> 'SUBMITTED' OR ("submittedAt" IS NOT NULL AND "recommendation" IS NOT NULL));

-- A submitted scorecard and its scores are never deleted.
CREATE FUNCTION "refuse_submitted_scorecard_delete"() RETURNS trigger AS $$
BEGIN
  IF OLD."status" = 'SUBMITTED' THEN
    RAISE EXCEPTION 'submitted scorecard % cannot be deleted', OLD."id" USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN OLD;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "Scorecard_no_delete_submitted" BEFORE DELETE ON "Scorecard"
  FOR EACH ROW EXECUTE FUNCTION "refuse_submitted_scorecard_delete"();

CREATE FUNCTION "refuse_submitted_score_delete"() RETURNS trigger AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "Scorecard" s WHERE s."id" = OLD."scorecardId" AND s."status" = 'SUBMITTED') THEN
    RAISE EXCEPTION 'scores of a submitted scorecard cannot be deleted' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN OLD;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "DomainScore_no_delete_submitted" BEFORE DELETE ON "DomainScore"
  FOR EACH ROW EXECUTE FUNCTION "refuse_submitted_score_delete"();

-- The audit log is append-only.
CREATE FUNCTION "refuse_audit_change"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "refuse_audit_change"();

ALTER TABLE "DomainScore" ADD CONSTRAINT "DomainScore_rated_or_not_assessed" CHECK (NOT ("notAssessed" AND "rating" IS NOT NULL));
