// Public surface of the scoring domain: pure functions, no I/O.
export * from "./types";
export * from "./consensus";
export * from "./gaps";
export * from "./disagreement";
export * from "./agreement";
export * from "./calibration";
export * from "./other-fit";
export * from "./summary";
