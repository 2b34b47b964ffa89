import pino from "pino";

/** The one structured JSON logger (pino). Never log tokens or personal data. */
export const logger = pino({
  // The validated LOG_LEVEL is applied by src/main.ts once the configuration is read (a bad value is reported there).
  level: process.env.NODE_ENV === "test" ? "silent" : "info",
  redact: { paths: ["req.headers.authorization", "*.token", "token"], censor: "[redacted]" },
});
