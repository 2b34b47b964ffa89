import "reflect-metadata";
import { parseArgs } from "node:util";
import { loadConfig } from "../config";
import { openDatabase } from "../db/open-database";
import { DataDirectoryLockedError } from "../db/embedded";
import { Role } from "../domain/enums";
import { SYSTEM_ACTOR } from "../services/audit.service";
import { TokenService } from "../services/token.service";
import { prepareDatabase } from "../../seeds/seed";

const USAGE =
  'usage: npm run token -- --role ADMIN|IPO_ANALYST|ETHICS_COMMITTEE|PROVINCE_EDITOR --name "<label>" [--province PV26]';

/**
 * `npm run token -- --role ADMIN --name "<label>" [--province PV26]`: issues an API token on the configured database
 * (DATABASE_URL, or the embedded one in DATA_DIR), also on a fresh installation: it applies the migrations first and,
 * like the service (SEED_ON_START), loads the memo's data into an empty database so that provinces exist. Writes an
 * audit event with actor `system`. The token is printed alone on the last line of stdout; it is shown only this once.
 * Exit codes: 0 issued, 1 failed (one line on stderr, e.g. when a running service holds the embedded database),
 * 2 bad arguments.
 */
async function main(): Promise<number> {
  let values: { role?: string; name?: string; province?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        role: { type: "string" },
        name: { type: "string" },
        province: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const role = Object.values(Role).find((r) => r === values.role?.toUpperCase());
  if (!role || !values.name) {
    process.stderr.write(
      `${!role ? `--role must be one of ${Object.values(Role).join(", ")}` : "--name is required"}\n${USAGE}\n`,
    );
    return 2;
  }
  const config = loadConfig();
  const db = await openDatabase(config);
  try {
    await prepareDatabase(db, config.seedOnStart ? "if-empty" : "never");
    const { token, apiClient } = await db.dataSource.transaction((em) =>
      TokenService.issueAsSystem(em, SYSTEM_ACTOR, {
        name: values.name ?? "",
        role,
        provinceCode: values.province ?? null,
      }),
    );
    process.stdout.write(
      `Issued an API token with role ${apiClient.role} for "${apiClient.name}"${values.province ? ` (${values.province.toUpperCase()})` : ""}, client id ${apiClient.globalId}, on ${db.description}.\n` +
        "Store it now: it is shown only this once (only its hash is kept).\n" +
        `${token}\n`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message =
      error instanceof DataDirectoryLockedError
        ? `Cannot issue a token: ${error.message} While the service runs, use the setup token it printed at start (claimSetupToken) or an ADMIN token (issueApiToken).`
        : `Token command failed: ${(error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, " ")}`;
    process.stderr.write(`${message}\n`);
    process.exit(1);
  },
);
