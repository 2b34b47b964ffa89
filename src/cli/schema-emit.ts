import fs from "node:fs";
import path from "node:path";
import { printAppSchema } from "../api/schema";

/** `npm run schema:emit`: writes the SDL the code builds to src/api/schema.graphql (a test compares the two). */
printAppSchema()
  .then((sdl) => {
    const file = path.join(__dirname, "..", "api", "schema.graphql");
    fs.writeFileSync(file, sdl);
    process.stdout.write(`Wrote ${path.relative(process.cwd(), file)}\n`);
  })
  .catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
