import { startTestServer, type TestServer } from "../helpers/test-server";
import { fingerprint, issueToken } from "../helpers/writes";
import { Role } from "../../src/domain/enums";

/**
 * Validation per input field: an invalid write returns `userErrors` naming the field by its path from the argument
 * (`["input", ...]`) with a stable code, a null object, and changes nothing. Values that are not of the field's
 * GraphQL type (an impossible date, an unknown enum value) are refused by GraphQL itself with BAD_USER_INPUT.
 */
let server: TestServer;
let admin: Record<string, string>;
let draftId: string;
beforeAll(async () => {
  server = await startTestServer();
  admin = await issueToken(server.dataSource, Role.ADMIN, "Beheer");
  const res = await server.gql(
    `mutation { createAssessment(input: { provinceCode: "PV26", heldOn: "2026-01-01", method: "Draft", provenance: { ownStatement: true } }) { assessment { id } } }`,
    {},
    admin,
  );
  draftId = res.data!.createAssessment.assessment.id;
});
afterAll(() => server.close());

const FAR_FUTURE = `${new Date().getFullYear() + 6}-01-01`;
const TOMORROW = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
const LONG = "x".repeat(2001);
/** Provenance of the writes that record a fact (their own rule is tested in test/integration/provenance.test.ts). */
const OWN = { ownStatement: true };
const STATUS = {
  provinceCode: "PV26",
  platformSlug: "x",
  validFrom: "2026-01-01",
  // A date that may lie more than a year from today needs a reason.
  reason: "Testrecord",
  status: "ACTIVE",
  provenance: OWN,
};
const COUNT = { provinceCode: "PV26", platformSlug: "x", measuredOn: "2026-01-01", count: 10, provenance: OWN };
const ACCOUNTS = {
  provinceCode: "PV26",
  platformSlug: "x",
  accounts: [{ handle: "@provincieutrecht", url: "https://x.com/provincieutrecht" }],
  provenance: OWN,
};
const POSITION = {
  provinceCode: "PV26",
  frameworkSlug: "dsa",
  stance: "FOLLOWS",
  since: "2026-01-01",
  provenance: OWN,
};
const ASSESSMENT = { provinceCode: "PV26", heldOn: "2026-01-01", method: "Gesprek", provenance: OWN };
const RATINGS = () => ({ assessmentId: draftId, ratings: [{ valueSlug: "privacy", impact: "NONE" }], provenance: OWN });
const PLATFORM = { slug: "pixelfed", name: "Pixelfed" };
const FRAMEWORK = {
  slug: "test-fw",
  shortName: "T",
  title: "T",
  issuer: "I",
  level: "EU",
  kind: "CODE",
  status: "PUBLISHED",
  provenance: OWN,
};
const FINDING = {
  frameworkSlug: "dsa",
  platformSlug: "x",
  stage: "DECISION",
  occurredOn: "2025-12-05",
  provenance: OWN,
};
const VALUE = { slug: "nieuwe-waarde", name: "Nieuwe waarde", nameEn: "New value", origin: "CODIO" };
const SOURCE = { slug: "nieuwe-bron", title: "Bron", publisher: "IPO", kind: "WEBSITE" };

type Row = [string, string, string, () => Record<string, unknown>, string[], string];
const CASES: Row[] = [
  // recordPlatformStatus
  [
    "recordPlatformStatus",
    "RecordPlatformStatusInput",
    "status { id }",
    () => ({ ...STATUS, provinceCode: "PV99" }),
    ["input", "provinceCode"],
    "NOT_FOUND",
  ],
  [
    "recordPlatformStatus",
    "RecordPlatformStatusInput",
    "status { id }",
    () => ({ ...STATUS, platformSlug: "myspace" }),
    ["input", "platformSlug"],
    "NOT_FOUND",
  ],
  [
    "recordPlatformStatus",
    "RecordPlatformStatusInput",
    "status { id }",
    () => ({ ...STATUS, platformSlug: "x y" }),
    ["input", "platformSlug"],
    "INVALID",
  ],
  [
    "recordPlatformStatus",
    "RecordPlatformStatusInput",
    "status { id }",
    () => ({ ...STATUS, validFrom: "1989-12-31" }),
    ["input", "validFrom"],
    "INVALID",
  ],
  [
    "recordPlatformStatus",
    "RecordPlatformStatusInput",
    "status { id }",
    () => ({ ...STATUS, validFrom: FAR_FUTURE }),
    ["input", "validFrom"],
    "INVALID",
  ],
  [
    "recordPlatformStatus",
    "RecordPlatformStatusInput",
    "status { id }",
    () => ({ ...STATUS, purposes: ["NEWS", "NEWS"] }),
    ["input", "purposes"],
    "INVALID",
  ],
  [
    "recordPlatformStatus",
    "RecordPlatformStatusInput",
    "status { id }",
    () => ({ ...STATUS, reason: LONG }),
    ["input", "reason"],
    "INVALID",
  ],
  [
    "recordPlatformStatus",
    "RecordPlatformStatusInput",
    "status { id }",
    () => ({ ...STATUS, reason: "   " }),
    ["input", "reason"],
    "INVALID",
  ],
  [
    "recordPlatformStatus",
    "RecordPlatformStatusInput",
    "status { id }",
    () => ({ ...STATUS, reason: "a\u0000b" }),
    ["input", "reason"],
    "INVALID",
  ],
  [
    "recordPlatformStatus",
    "RecordPlatformStatusInput",
    "status { id }",
    () => ({ ...STATUS, provenance: undefined, sourceSlug: "geen-bron" }),
    ["input", "sourceSlug"],
    "NOT_FOUND",
  ],
  [
    "recordPlatformStatus",
    "RecordPlatformStatusInput",
    "status { id }",
    () => ({ ...STATUS, expectedLatestId: "bm9wZQ" }),
    ["input", "expectedLatestId"],
    "INVALID",
  ],
  [
    "recordPlatformStatus",
    "RecordPlatformStatusInput",
    "status { id }",
    () => ({ ...STATUS, expectedLatestId: Buffer.from("PlatformStatus:999999").toString("base64url") }),
    ["input", "expectedLatestId"],
    "INVALID",
  ],
  // recordFollowerCount
  [
    "recordFollowerCount",
    "RecordFollowerCountInput",
    "followerCount { id }",
    () => ({ ...COUNT, count: -1 }),
    ["input", "count"],
    "INVALID",
  ],
  [
    "recordFollowerCount",
    "RecordFollowerCountInput",
    "followerCount { id }",
    () => ({ ...COUNT, measuredOn: TOMORROW }),
    ["input", "measuredOn"],
    "INVALID",
  ],
  [
    "recordFollowerCount",
    "RecordFollowerCountInput",
    "followerCount { id }",
    () => ({ ...COUNT, platformSlug: "bluesky" }),
    ["input", "platformSlug"],
    "NOT_FOUND",
  ],
  [
    "recordFollowerCount",
    "RecordFollowerCountInput",
    "followerCount { id }",
    () => ({ ...COUNT, provinceCode: "PV00" }),
    ["input", "provinceCode"],
    "NOT_FOUND",
  ],
  // setPresenceAccounts
  [
    "setPresenceAccounts",
    "SetPresenceAccountsInput",
    "presence { id }",
    () => ({ ...ACCOUNTS, accounts: [{ handle: "@u", url: "javascript:alert(1)" }] }),
    ["input", "accounts", "0", "url"],
    "INVALID",
  ],
  [
    "setPresenceAccounts",
    "SetPresenceAccountsInput",
    "presence { id }",
    () => ({ ...ACCOUNTS, accounts: [{ handle: "@u", url: "ftp://example.org/x" }] }),
    ["input", "accounts", "0", "url"],
    "INVALID",
  ],
  [
    "setPresenceAccounts",
    "SetPresenceAccountsInput",
    "presence { id }",
    () => ({ ...ACCOUNTS, accounts: [{ handle: "@u" }, { handle: "" }] }),
    ["input", "accounts", "1", "handle"],
    "INVALID",
  ],
  [
    "setPresenceAccounts",
    "SetPresenceAccountsInput",
    "presence { id }",
    () => ({ ...ACCOUNTS, accounts: Array.from({ length: 21 }, (_, i) => ({ handle: `@a${i}` })) }),
    ["input", "accounts"],
    "INVALID",
  ],
  // setFrameworkPosition
  [
    "setFrameworkPosition",
    "SetFrameworkPositionInput",
    "frameworkPosition { id }",
    () => ({ ...POSITION, frameworkSlug: "gdpr" }),
    ["input", "frameworkSlug"],
    "NOT_FOUND",
  ],
  [
    "setFrameworkPosition",
    "SetFrameworkPositionInput",
    "frameworkPosition { id }",
    () => ({ ...POSITION, since: "1900-01-01" }),
    ["input", "since"],
    "INVALID",
  ],
  [
    "setFrameworkPosition",
    "SetFrameworkPositionInput",
    "frameworkPosition { id }",
    () => ({ ...POSITION, note: LONG }),
    ["input", "note"],
    "INVALID",
  ],
  // createAssessment
  [
    "createAssessment",
    "CreateAssessmentInput",
    "assessment { id }",
    () => ({ ...ASSESSMENT, method: "" }),
    ["input", "method"],
    "INVALID",
  ],
  [
    "createAssessment",
    "CreateAssessmentInput",
    "assessment { id }",
    () => ({ ...ASSESSMENT, heldOn: FAR_FUTURE }),
    ["input", "heldOn"],
    "INVALID",
  ],
  [
    "createAssessment",
    "CreateAssessmentInput",
    "assessment { id }",
    () => ({ ...ASSESSMENT, disciplines: Array.from({ length: 31 }, (_, i) => `d${i}`) }),
    ["input", "disciplines"],
    "INVALID",
  ],
  [
    "createAssessment",
    "CreateAssessmentInput",
    "assessment { id }",
    () => ({ ...ASSESSMENT, platformSlug: "orkut" }),
    ["input", "platformSlug"],
    "NOT_FOUND",
  ],
  // setValueRatings
  [
    "setValueRatings",
    "SetValueRatingsInput",
    "assessment { id }",
    () => ({ ...RATINGS(), ratings: [] }),
    ["input", "ratings"],
    "INVALID",
  ],
  [
    "setValueRatings",
    "SetValueRatingsInput",
    "assessment { id }",
    () => ({ ...RATINGS(), ratings: [{ valueSlug: "geluk", impact: "NONE" }] }),
    ["input", "ratings", "0", "valueSlug"],
    "NOT_FOUND",
  ],
  [
    "setValueRatings",
    "SetValueRatingsInput",
    "assessment { id }",
    () => ({
      ...RATINGS(),
      ratings: [
        { valueSlug: "privacy", impact: "NONE" },
        { valueSlug: "privacy", impact: "HIGH" },
      ],
    }),
    ["input", "ratings", "1"],
    "INVALID",
  ],
  [
    "setValueRatings",
    "SetValueRatingsInput",
    "assessment { id }",
    () => ({ ...RATINGS(), ratings: [{ valueSlug: "privacy", impact: "NONE", rationale: LONG }] }),
    ["input", "ratings", "0", "rationale"],
    "INVALID",
  ],
  [
    "setValueRatings",
    "SetValueRatingsInput",
    "assessment { id }",
    () => ({ ...RATINGS(), assessmentId: Buffer.from("Assessment:999999").toString("base64url") }),
    ["input", "assessmentId"],
    "NOT_FOUND",
  ],
  [
    "setValueRatings",
    "SetValueRatingsInput",
    "assessment { id }",
    () => ({ ...RATINGS(), assessmentId: Buffer.from("Province:1").toString("base64url") }),
    ["input", "assessmentId"],
    "INVALID",
  ],
  // publishAssessment / withdrawAssessment
  [
    "publishAssessment",
    "AssessmentIdInput",
    "assessment { id }",
    () => ({ assessmentId: "not-an-id" }),
    ["input", "assessmentId"],
    "INVALID",
  ],
  [
    "withdrawAssessment",
    "AssessmentIdInput",
    "assessment { id }",
    () => ({ assessmentId: draftId }),
    ["input", "assessmentId"],
    "CONFLICT",
  ],
  // reference data
  [
    "upsertPlatform",
    "UpsertPlatformInput",
    "platform { id }",
    () => ({ ...PLATFORM, slug: "Pixel Fed" }),
    ["input", "slug"],
    "INVALID",
  ],
  [
    "upsertPlatform",
    "UpsertPlatformInput",
    "platform { id }",
    () => ({ ...PLATFORM, jurisdiction: "usa" }),
    ["input", "jurisdiction"],
    "INVALID",
  ],
  [
    "upsertPlatform",
    "UpsertPlatformInput",
    "platform { id }",
    () => ({ ...PLATFORM, dsaDesignation: "VLOP" }),
    ["input", "dsaDesignatedOn"],
    "INVALID",
  ],
  [
    "upsertPlatform",
    "UpsertPlatformInput",
    "platform { id }",
    () => ({ ...PLATFORM, dsaSourceSlug: "onbekend" }),
    ["input", "dsaSourceSlug"],
    "NOT_FOUND",
  ],
  [
    "upsertFramework",
    "UpsertFrameworkInput",
    "framework { id }",
    () => ({ ...FRAMEWORK, url: "mailto:info@example.org" }),
    ["input", "url"],
    "INVALID",
  ],
  [
    "upsertFramework",
    "UpsertFrameworkInput",
    "framework { id }",
    () => ({ ...FRAMEWORK, platformSlugs: ["x", "hyves"] }),
    ["input", "platformSlugs", "1"],
    "NOT_FOUND",
  ],
  [
    "upsertFramework",
    "UpsertFrameworkInput",
    "framework { id }",
    () => ({ ...FRAMEWORK, title: "t".repeat(501) }),
    ["input", "title"],
    "INVALID",
  ],
  [
    "upsertPlatformFinding",
    "UpsertPlatformFindingInput",
    "platformFinding { id }",
    () => ({ ...FINDING, occurredOn: TOMORROW }),
    ["input", "occurredOn"],
    "INVALID",
  ],
  [
    "upsertPlatformFinding",
    "UpsertPlatformFindingInput",
    "platformFinding { id }",
    () => ({ ...FINDING, frameworkSlug: "avg" }),
    ["input", "frameworkSlug"],
    "NOT_FOUND",
  ],
  [
    "upsertValue",
    "UpsertValueInput",
    "value { id }",
    () => ({ ...VALUE, name: "Transparantie" }),
    ["input", "name"],
    "CONFLICT",
  ],
  [
    "upsertValue",
    "UpsertValueInput",
    "value { id }",
    () => ({ ...VALUE, nameEn: " " }),
    ["input", "nameEn"],
    "INVALID",
  ],
  [
    "upsertSource",
    "UpsertSourceInput",
    "source { id }",
    () => ({ ...SOURCE, url: "www.ipo.nl" }),
    ["input", "url"],
    "INVALID",
  ],
  [
    "upsertSource",
    "UpsertSourceInput",
    "source { id }",
    () => ({ ...SOURCE, publishedOn: TOMORROW }),
    ["input", "publishedOn"],
    "INVALID",
  ],
  // tokens
  ["issueApiToken", "IssueApiTokenInput", "token", () => ({ name: "", role: "ADMIN" }), ["input", "name"], "INVALID"],
  [
    "revokeApiToken",
    "RevokeApiTokenInput",
    "apiClient { id }",
    () => ({ apiClientId: Buffer.from("ApiClient:999999").toString("base64url") }),
    ["input", "apiClientId"],
    "NOT_FOUND",
  ],
];

it.each(CASES)("%s: %s %#", async (mutation, inputType, select, input, field, code) => {
  const before = await fingerprint(server.dataSource);
  const res = await server.gql(
    `mutation($i: ${inputType}!) { ${mutation}(input: $i) { ${select} userErrors { field code errorCode message } } }`,
    { i: input() },
    admin,
  );
  expect(res.errors).toBeUndefined();
  const payload = res.data![mutation];
  // `errorCode` (the enum) and the deprecated `code` (a string) carry the same value.
  expect(payload.userErrors).toContainEqual({ field, code, errorCode: code, message: expect.any(String) });
  expect(payload.userErrors.every((e: { message: string }) => e.message.length > 0)).toBe(true);
  const objectField = select.split(" ")[0];
  expect(payload[objectField]).toBeNull();
  expect(await fingerprint(server.dataSource)).toEqual(before);
});

it("reports every invalid field of one input at once", async () => {
  const res = await server.gql(
    `mutation($i: RecordPlatformStatusInput!) { recordPlatformStatus(input: $i) { status { id } userErrors { field code } } }`,
    { i: { ...STATUS, validFrom: "1980-01-01", reason: "", purposes: ["NEWS", "NEWS"] } },
    admin,
  );
  expect(res.data!.recordPlatformStatus.userErrors).toEqual([
    { field: ["input", "validFrom"], code: "INVALID" },
    { field: ["input", "purposes"], code: "INVALID" },
    { field: ["input", "reason"], code: "INVALID" },
  ]);
});

it("UserError.errorCode is an enum of the user-error codes; `code` is deprecated in its favour", async () => {
  const res = await server.gql(
    `{ userError: __type(name: "UserError") { fields(includeDeprecated: true) { name isDeprecated deprecationReason type { kind name ofType { kind name } } } }
       codes: __type(name: "UserErrorCode") { kind enumValues { name } } }`,
  );
  expect(res.errors).toBeUndefined();
  const fields = Object.fromEntries(res.data!.userError.fields.map((f: { name: string }) => [f.name, f]));
  expect(fields.errorCode).toEqual({
    name: "errorCode",
    isDeprecated: false,
    deprecationReason: null,
    type: { kind: "NON_NULL", name: null, ofType: { kind: "ENUM", name: "UserErrorCode" } },
  });
  expect(fields.code).toEqual({
    name: "code",
    isDeprecated: true,
    deprecationReason: "Use errorCode",
    type: { kind: "NON_NULL", name: null, ofType: { kind: "SCALAR", name: "String" } },
  });
  expect(res.data!.codes).toEqual({
    kind: "ENUM",
    enumValues: [{ name: "INVALID" }, { name: "NOT_FOUND" }, { name: "CONFLICT" }],
  });
});

it.each([
  ["an impossible date", { ...STATUS, validFrom: "2025-02-30" }],
  ["an unknown enum value", { ...STATUS, status: "GONE" }],
])("%s is not of the GraphQL type: BAD_USER_INPUT before any resolver, nothing written", async (_label, i) => {
  const before = await fingerprint(server.dataSource);
  const res = await server.gql(
    `mutation($i: RecordPlatformStatusInput!) { recordPlatformStatus(input: $i) { status { id } } }`,
    { i },
    admin,
  );
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
  expect(await fingerprint(server.dataSource)).toEqual(before);
});

it("a valid upsert updates by natural key: omitted fields are kept, null clears", async () => {
  const q = `mutation($i: UpsertPlatformInput!) { upsertPlatform(input: $i) { platform { slug name operator jurisdiction model } userErrors { field code } } }`;
  const created = await server.gql(
    q,
    { i: { slug: "pixelfed", name: "Pixelfed", operator: "Pixelfed", jurisdiction: "CA", model: "FEDERATED" } },
    admin,
  );
  expect(created.data!.upsertPlatform).toEqual({
    platform: { slug: "pixelfed", name: "Pixelfed", operator: "Pixelfed", jurisdiction: "CA", model: "FEDERATED" },
    userErrors: [],
  });
  const updated = await server.gql(
    q,
    { i: { slug: "pixelfed", name: "Pixelfed (fediverse)", jurisdiction: null } },
    admin,
  );
  expect(updated.data!.upsertPlatform).toEqual({
    platform: {
      slug: "pixelfed",
      name: "Pixelfed (fediverse)",
      operator: "Pixelfed",
      jurisdiction: null,
      model: "FEDERATED",
    },
    userErrors: [],
  });
});
