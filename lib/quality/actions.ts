"use server";
// Quality-of-hire check-ins (lib/quality/check-ins.ts authorizes).
import { defineAction } from "../run-action";
import { checkInSchema, reassignCheckInsSchema } from "../validation/check-in";
import { reassignCheckIns, submitCheckIn } from "./check-ins";

const opts = { revalidate: "/check-ins", revalidateLayout: true };

export const submitCheckInAction = defineAction(checkInSchema, (actor, input) => submitCheckIn(actor, input), opts);
export const reassignCheckInsAction = defineAction(
  reassignCheckInsSchema,
  (actor, input) => reassignCheckIns(actor, input),
  { ...opts, requires: "assignCheckIns", refusal: "Only an admin hands check-ins to someone else." },
);
