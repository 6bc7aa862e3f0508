// The organisation settings that read paths consult on nearly every page (who sees which feedback,
// check-in milestones, interviewer readiness rules), read in one statement per request: three
// readers each asking for their own column cost three round trips on every manager page.
import "server-only";
import { cache } from "react";
import { db } from "../db";

/**
 * React's request cache: one read per server render; outside a render (server actions, route
 * handlers, scripts) every call reads, so a write is never answered from before it.
 */
export const requestSettings = cache(() =>
  db.orgSettings.findUnique({
    where: { id: 1 },
    select: {
      feedbackVisibility: true,
      checkInDays: true,
      shadowsRequired: true,
      reverseShadowsRequired: true,
      calibrationPassMark: true,
      weeklyInterviewLimit: true,
    },
  }),
);
