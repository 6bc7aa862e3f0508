"use server";
// A role's job description: saved, and checked against the matrix (lib/job-descriptions authorizes).
import { z } from "zod";
import { defineAction } from "../run-action";
import { idSchema } from "../validation/id";
import { analyseSchema, jdSaveSchema } from "../validation/jd";
import { analyseForRole } from "./analyse-service";
import { saveJobDescription } from "./service";

export const saveJobDescriptionAction = defineAction(
  z.tuple([idSchema, jdSaveSchema]),
  (actor, [roleId, input]) => saveJobDescription(actor, roleId, input),
  { revalidate: ([roleId]) => `/roles/${roleId}/job-description`, requires: "writeJobDescriptions" },
);

export const analyseJobDescriptionAction = defineAction(
  z.tuple([idSchema, analyseSchema]),
  (actor, [roleId, input]) => analyseForRole(actor, roleId, input),
  { limit: "jdAnalysis", requires: "writeJobDescriptions" },
);
