// Runs once when the server starts: checks configuration, migrates, seeds the demo
// organisation on an empty embedded database. Any failure stops the server with one line.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServer } = await import("./lib/db/startup");
  await startServer();
}
