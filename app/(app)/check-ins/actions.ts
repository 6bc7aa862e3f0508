"use server";
import { reassignCheckIns, submitCheckIn } from "@/lib/quality/check-ins";
import { runAction } from "@/lib/run-action";

export async function submitCheckInAction(input: unknown) {
  return runAction((user) => submitCheckIn(user, input), { revalidate: "/check-ins", revalidateLayout: true });
}
export async function reassignCheckInsAction(input: unknown) {
  return runAction((user) => reassignCheckIns(user, input), { revalidate: "/check-ins", revalidateLayout: true });
}
