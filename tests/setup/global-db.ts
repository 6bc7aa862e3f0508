import { buildTemplate, dropTemplate } from "./test-db";

export async function setup() {
  await buildTemplate();
}
export async function teardown() {
  await dropTemplate();
}
