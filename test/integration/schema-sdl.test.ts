import fs from "node:fs";
import path from "node:path";
import { printAppSchema } from "../../src/schema/build-schema";

/** The committed SDL is what the code builds: run `npm run schema:emit` and commit when this fails. */
it("src/schema/schema.graphql matches the schema the code builds", async () => {
  const committed = fs.readFileSync(path.join(__dirname, "../../src/schema/schema.graphql"), "utf8");
  expect(await printAppSchema()).toBe(committed);
});
