"use server";
// People (admin): lib/people authorizes with can("managePeople").
import { z } from "zod";
import { defineAction } from "../run-action";
import { changeKindSchema, inviteSchema, personSchema, setActiveSchema } from "../validation/people";
import { reinvite } from "./invitations";
import { cookieTimeZone } from "../viewer-time-zone";
import { recordTimeZone } from "./time-zone";
import { addPerson, changeKind, setActive } from "./service";

const opts = { revalidate: "/admin", requires: "managePeople" } as const;

export const addPersonAction = defineAction(personSchema, (actor, input) => addPerson(actor, input), {
  ...opts,
  limit: "invitation",
});
export const inviteAction = defineAction(inviteSchema, (actor, input) => reinvite(actor, input), {
  ...opts,
  limit: "invitation",
});
export const changeKindAction = defineAction(changeKindSchema, (actor, input) => changeKind(actor, input), opts);
export const setActiveAction = defineAction(setActiveSchema, (actor, input) => setActive(actor, input), opts);

/** Anyone signed in, for themselves: no argument, the zone is read from the request's own tz cookie. */
export const recordTimeZoneAction = defineAction(z.tuple([]), async (actor) =>
  recordTimeZone(actor, await cookieTimeZone()),
);
