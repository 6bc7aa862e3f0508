"use server";
// A candidate's applications: added to a role, moved along the pipeline, decided on
// (lib/applications authorizes each call).
import { z } from "zod";
import { defineAction } from "../run-action";
import { addToRoleSchema, moveSchema } from "../validation/application";
import { decisionSchema } from "../validation/decision";
import { idSchema } from "../validation/id";
import { recordDecision } from "./decision";
import { addCandidateToRole, moveApplication } from "./service";

const pipeline = { revalidate: "/roles", revalidateLayout: true };

export const addCandidateAction = defineAction(
  addToRoleSchema,
  (actor, input) => addCandidateToRole(actor, input),
  pipeline,
);
export const moveApplicationAction = defineAction(
  moveSchema,
  (actor, input) => moveApplication(actor, input),
  pipeline,
);
export const recordDecisionAction = defineAction(
  z.tuple([idSchema, decisionSchema]),
  (actor, [applicationId, input]) => recordDecision(actor, applicationId, input),
  { revalidate: ([applicationId]) => `/candidates/${applicationId}` },
);
