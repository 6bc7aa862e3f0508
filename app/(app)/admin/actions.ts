"use server";
import { reinvite } from "@/lib/people/invitations";
import { addPerson, changeKind, setActive } from "@/lib/people/service";
import { runAction } from "@/lib/run-action";
import { setCheckInDays, setFeedbackVisibility, setJobAdSettings } from "@/lib/settings/service";

const opts = { revalidate: "/admin" };

export async function addPersonAction(input: unknown) {
  return runAction((actor) => addPerson(actor, input), { ...opts, limit: "invitation" });
}
export async function inviteAction(input: unknown) {
  return runAction((actor) => reinvite(actor, input), { ...opts, limit: "invitation" });
}
export async function changeKindAction(input: unknown) {
  return runAction((actor) => changeKind(actor, input), opts);
}
export async function setActiveAction(input: unknown) {
  return runAction((actor) => setActive(actor, input), opts);
}
export async function setFeedbackVisibilityAction(input: unknown) {
  return runAction((actor) => setFeedbackVisibility(actor, input), opts);
}
export async function setJobAdSettingsAction(input: unknown) {
  return runAction((actor) => setJobAdSettings(actor, input), opts);
}
export async function setCheckInDaysAction(input: unknown) {
  return runAction((actor) => setCheckInDays(actor, input), opts);
}
