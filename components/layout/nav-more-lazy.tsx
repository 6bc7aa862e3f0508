"use client";
// The header's "More" menu, loaded only where it is drawn: it is a manager's and an admin's, so an
// interviewer's scorecard or a recruiter's board does not carry its code (about 1.8 KB gzip on
// every signed-in page when imported directly). Rendered on the server as before, so the header
// does not move while the chunk loads.
import dynamic from "next/dynamic";

export const LazyNavMore = dynamic(() => import("./nav-more").then((m) => m.NavMore));
