import { z } from "zod";
import { typedWholeNumber } from "./typed-numbers";

/** A whole number from `min` to `max` typed in a form; `message` answers anything else (blank included). */
export const wholeNumber = (min: number, max: number, message: string, range = message) =>
  z.preprocess(typedWholeNumber, z.number({ error: message }).int(message).min(min, range).max(max, range));
