import pino from "pino";

/** The one structured JSON logger (pino). Never log tokens or personal data. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  redact: { paths: ["req.headers.authorization", "*.token", "token"], censor: "[redacted]" },
});
