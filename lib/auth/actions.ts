"use server";
import { z } from "zod";
import { defineAction } from "../run-action";
import { signOutEverywhere } from "./sessions";

export const signOutEverywhereAction = defineAction(z.tuple([]), (actor) => signOutEverywhere(actor));
