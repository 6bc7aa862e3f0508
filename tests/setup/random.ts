/** The random-world tests' seeded PRNG: the same seed builds the same world, so a failure reproduces. */
export { seededRandom as rng } from "@/lib/random";
