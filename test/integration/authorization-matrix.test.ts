import { startTestServer, type TestServer } from "../helpers/test-server";
import { countRows, fingerprint, issueToken } from "../helpers/writes";
import { Role } from "../../src/domain/enums";

/**
 * docs/design.md §4 as a matrix: every write mutation (and the audit query) x every caller — anonymous, the
 * PROVINCE_EDITOR of the province concerned (PV26 Utrecht), the PROVINCE_EDITOR of another province (PV23 Overijssel),
 * IPO_ANALYST, ETHICS_COMMITTEE, ADMIN. A refusal must carry the right code AND leave every writable table unchanged; an
 * allowed write must succeed and add exactly one audit event naming the mutation and the caller.
 */
let server: TestServer;
type Caller = "anonymous" | "editorOwn" | "editorOther" | "ipo" | "ethics" | "admin";
const CALLERS: Caller[] = ["anonymous", "editorOwn", "editorOther", "ipo", "ethics", "admin"];
const headers: Record<Caller, Record<string, string>> = {} as Record<Caller, Record<string, string>>;
const NAMES: Record<Caller, string> = {
  anonymous: "",
  editorOwn: "Redactie Utrecht",
  editorOther: "Redactie Overijssel",
  ipo: "IPO analist",
  ethics: "Ethische commissie",
  admin: "Beheer",
};

beforeAll(async () => {
  server = await startTestServer();
  headers.anonymous = {};
  headers.editorOwn = await issueToken(server.dataSource, Role.PROVINCE_EDITOR, NAMES.editorOwn, "PV26");
  headers.editorOther = await issueToken(server.dataSource, Role.PROVINCE_EDITOR, NAMES.editorOther, "PV23");
  headers.ipo = await issueToken(server.dataSource, Role.IPO_ANALYST, NAMES.ipo);
  headers.ethics = await issueToken(server.dataSource, Role.ETHICS_COMMITTEE, NAMES.ethics);
  headers.admin = await issueToken(server.dataSource, Role.ADMIN, NAMES.admin);
});
afterAll(() => server.close());

/** Provenance of the writes that record a fact: the caller's own statement. */
const OWN = { ownStatement: true };

let serial = 0;
const next = () => (serial += 1);

/** A fresh DRAFT assessment of PV26 (made by the admin), optionally published. */
async function draftAssessment(publish = false): Promise<string> {
  const res = await server.gql(
    `mutation($i: CreateAssessmentInput!) { createAssessment(input: $i) { assessment { id } userErrors { code } } }`,
    { i: { provinceCode: "PV26", heldOn: "2026-01-15", method: `Matrix ${next()}`, provenance: OWN } },
    headers.admin,
  );
  const id = res.data!.createAssessment.assessment.id as string;
  if (publish) {
    const p = await server.gql(
      `mutation($i: AssessmentIdInput!) { publishAssessment(input: $i) { userErrors { code } } }`,
      { i: { assessmentId: id } },
      headers.admin,
    );
    expect(p.data!.publishAssessment.userErrors).toEqual([]);
  }
  return id;
}

/** A fresh criterion of PV26 for all platforms (added by the admin); its global id. */
async function criterion(): Promise<string> {
  const res = await server.gql(
    `mutation($i: AddExitCriterionInput!) { addExitCriterion(input: $i) { criterion { id } userErrors { code } } }`,
    {
      i: {
        provinceCode: "PV26",
        kind: "EXIT",
        description: `Criterium ${next()}`,
        adoptedOn: "2026-10-01",
        state: "MONITORING",
        provenance: OWN,
      },
    },
    headers.admin,
  );
  return res.data!.addExitCriterion.criterion.id as string;
}

/** A fresh committee advice (made by the admin), IN_PREPARATION; its slug. */
async function advice(): Promise<string> {
  const slug = `ethiek-advies-${next()}`;
  const res = await server.gql(
    `mutation($i: UpsertCommitteeAdviceInput!) { upsertCommitteeAdvice(input: $i) { framework { id } userErrors { code } } }`,
    { i: { slug, shortName: "Advies", title: "Advies sociale media", provenance: OWN } },
    headers.admin,
  );
  expect(res.data!.upsertCommitteeAdvice.userErrors).toEqual([]);
  return slug;
}

interface Case {
  mutation: string;
  inputType: string;
  /** Selection inside the payload besides userErrors. */
  select: string;
  /** Who may: a province's records, reference data (ADMIN), developments (IPO, committee, ADMIN), the committee's advice. */
  scope: "province" | "admin" | "development" | "committee";
  input(): Promise<Record<string, unknown>>;
}

const CASES: Case[] = [
  {
    mutation: "recordPlatformStatus",
    inputType: "RecordPlatformStatusInput",
    select: "status { id }",
    scope: "province",
    input: async () => ({
      provinceCode: "PV26",
      platformSlug: "x",
      validFrom: "2026-02-01",
      provenance: OWN,
      status: "ACTIVE",
      commentsEnabled: false,
      reason: `run ${next()}`,
    }),
  },
  {
    mutation: "recordFollowerCount",
    inputType: "RecordFollowerCountInput",
    select: "followerCount { id }",
    scope: "province",
    input: async () => ({
      provinceCode: "PV26",
      platformSlug: "x",
      measuredOn: "2026-01-01",
      count: 1000 + next(),
      provenance: OWN,
    }),
  },
  {
    mutation: "setPresenceAccounts",
    inputType: "SetPresenceAccountsInput",
    select: "presence { id }",
    scope: "province",
    input: async () => ({
      provinceCode: "PV26",
      platformSlug: "linkedin",
      provenance: OWN,
      accounts: [{ handle: `provincie-utrecht-${next()}`, url: "https://www.linkedin.com/company/provincie-utrecht" }],
    }),
  },
  {
    mutation: "setFrameworkPosition",
    inputType: "SetFrameworkPositionInput",
    select: "frameworkPosition { id }",
    scope: "province",
    input: async () => ({
      provinceCode: "PV26",
      frameworkSlug: "dsa",
      provenance: OWN,
      stance: "FOLLOWS",
      since: "2026-01-01",
      note: `run ${next()}`,
    }),
  },
  {
    mutation: "createAssessment",
    inputType: "CreateAssessmentInput",
    select: "assessment { id state }",
    scope: "province",
    input: async () => ({
      provinceCode: "PV26",
      heldOn: "2026-01-10",
      provenance: OWN,
      method: `Waardengedreven gesprek ${next()}`,
      disciplines: ["communicatie"],
    }),
  },
  {
    mutation: "setValueRatings",
    inputType: "SetValueRatingsInput",
    select: "assessment { id }",
    scope: "province",
    input: async () => ({
      assessmentId: await draftAssessment(),
      provenance: OWN,
      ratings: [
        { valueSlug: "transparantie", impact: "NONE" },
        { valueSlug: "onafhankelijkheid", impact: "HIGH" },
      ],
    }),
  },
  {
    mutation: "publishAssessment",
    inputType: "AssessmentIdInput",
    select: "assessment { id state }",
    scope: "province",
    input: async () => ({ assessmentId: await draftAssessment() }),
  },
  {
    mutation: "withdrawAssessment",
    inputType: "AssessmentIdInput",
    select: "assessment { id state }",
    scope: "province",
    input: async () => ({ assessmentId: await draftAssessment(true) }),
  },
  {
    mutation: "addExitCriterion",
    inputType: "AddExitCriterionInput",
    select: "criterion { id }",
    scope: "province",
    input: async () => ({
      provinceCode: "PV26",
      platformSlug: "x",
      kind: "EXIT",
      description: `Haat is de regel ${next()}`,
      protectedValueSlug: "gedrag-van-gebruikers",
      adoptedOn: "2026-10-01",
      state: "MONITORING",
      provenance: OWN,
    }),
  },
  {
    mutation: "reviewExitCriterion",
    inputType: "ReviewExitCriterionInput",
    select: "review { id }",
    scope: "province",
    input: async () => ({
      criterionId: await criterion(),
      state: "MET",
      reviewedOn: "2026-11-02",
      note: `run ${next()}`,
      provenance: OWN,
    }),
  },
  {
    mutation: "retireExitCriterion",
    inputType: "RetireExitCriterionInput",
    select: "retirement { id }",
    scope: "province",
    input: async () => ({ criterionId: await criterion(), retiredOn: "2026-11-15", provenance: OWN }),
  },
  {
    mutation: "upsertDevelopment",
    inputType: "UpsertDevelopmentInput",
    select: "development { id }",
    scope: "development",
    input: async () => ({
      slug: `ontwikkeling-${next()}`,
      title: "Overleg",
      description: "Overleg over sociale media.",
      occurredOn: "2026-11-01",
      provinceCodes: ["PV26"],
      provenance: OWN,
    }),
  },
  {
    mutation: "upsertCommitteeAdvice",
    inputType: "UpsertCommitteeAdviceInput",
    select: "framework { id }",
    scope: "committee",
    input: async () => ({
      slug: `ethiek-${next()}`,
      shortName: "Advies",
      title: "Advies van de ethische commissie",
      platformSlugs: ["x"],
      provenance: OWN,
    }),
  },
  {
    mutation: "setCommitteeAdviceStatus",
    inputType: "SetCommitteeAdviceStatusInput",
    select: "framework { id status }",
    scope: "committee",
    input: async () => ({ frameworkSlug: await advice(), status: "ANNOUNCED" }),
  },
  {
    mutation: "upsertPlatform",
    inputType: "UpsertPlatformInput",
    select: "platform { id }",
    scope: "admin",
    input: async () => ({ slug: `pixelfed-${next()}`, name: "Pixelfed", model: "FEDERATED" }),
  },
  {
    mutation: "upsertFramework",
    inputType: "UpsertFrameworkInput",
    select: "framework { id }",
    scope: "admin",
    input: async () => ({
      slug: `test-framework-${next()}`,
      provenance: OWN,
      shortName: "TF",
      title: "Test framework",
      issuer: "IPO",
      level: "INTERPROVINCIAL",
      kind: "ADVICE",
      status: "ANNOUNCED",
      platformSlugs: ["x"],
    }),
  },
  {
    mutation: "upsertPlatformFinding",
    inputType: "UpsertPlatformFindingInput",
    select: "platformFinding { id }",
    scope: "admin",
    input: async () => ({
      frameworkSlug: "dsa",
      platformSlug: "tiktok",
      provenance: OWN,
      stage: "PROCEEDINGS_OPENED",
      occurredOn: `2024-02-${String(1 + (next() % 27)).padStart(2, "0")}`,
      topics: ["RESEARCHER_DATA_ACCESS"],
    }),
  },
  {
    mutation: "upsertValue",
    inputType: "UpsertValueInput",
    select: "value { id }",
    scope: "admin",
    input: async () => {
      const n = next();
      return { slug: `waarde-${n}`, name: `Waarde ${n}`, nameEn: `Value ${n}`, origin: "CODIO" };
    },
  },
  {
    mutation: "upsertSource",
    inputType: "UpsertSourceInput",
    select: "source { id }",
    scope: "admin",
    input: async () => ({
      slug: `bron-${next()}`,
      title: "Bron",
      publisher: "IPO",
      url: "https://www.ipo.nl/",
      kind: "WEBSITE",
    }),
  },
  {
    mutation: "issueApiToken",
    inputType: "IssueApiTokenInput",
    select: "token apiClient { id role }",
    scope: "admin",
    input: async () => ({ name: `Redactie Zeeland ${next()}`, role: "PROVINCE_EDITOR", provinceCode: "PV29" }),
  },
  {
    mutation: "revokeApiToken",
    inputType: "RevokeApiTokenInput",
    select: "apiClient { id revokedAt }",
    scope: "admin",
    input: async () => {
      const res = await server.gql(
        `mutation($i: IssueApiTokenInput!) { issueApiToken(input: $i) { apiClient { id } } }`,
        { i: { name: `To revoke ${next()}`, role: "IPO_ANALYST" } },
        headers.admin,
      );
      return { apiClientId: res.data!.issueApiToken.apiClient.id };
    },
  },
];

function expected(scope: Case["scope"], caller: Caller): "OK" | "UNAUTHENTICATED" | "FORBIDDEN" {
  if (caller === "anonymous") return "UNAUTHENTICATED";
  if (caller === "admin") return "OK";
  if (scope === "province" && caller === "editorOwn") return "OK";
  if (scope === "development" && (caller === "ipo" || caller === "ethics")) return "OK";
  if (scope === "committee" && caller === "ethics") return "OK";
  return "FORBIDDEN";
}

const ROLES: Record<Exclude<Caller, "anonymous">, Role> = {
  editorOwn: Role.PROVINCE_EDITOR,
  editorOther: Role.PROVINCE_EDITOR,
  ipo: Role.IPO_ANALYST,
  ethics: Role.ETHICS_COMMITTEE,
  admin: Role.ADMIN,
};

describe.each(CASES)("$mutation", (c) => {
  it.each(CALLERS)("caller %s", async (caller) => {
    const input = await c.input();
    const before = await fingerprint(server.dataSource);
    const auditBefore = await countRows(server.dataSource, "audit_event");
    const res = await server.gql(
      `mutation($i: ${c.inputType}!) { ${c.mutation}(input: $i) { ${c.select} userErrors { field code message } } }`,
      { i: input },
      headers[caller],
    );
    const outcome = expected(c.scope, caller);
    if (outcome === "OK") {
      expect(res.errors).toBeUndefined();
      expect(res.data![c.mutation].userErrors).toEqual([]);
      expect(await countRows(server.dataSource, "audit_event")).toBe(auditBefore + 1);
      const [event] = await server.dataSource.query(
        `SELECT action, actor_name, actor_role, request_id FROM audit_event ORDER BY id DESC LIMIT 1`,
      );
      expect(event).toEqual({
        action: c.mutation,
        actor_name: NAMES[caller],
        actor_role: ROLES[caller as Exclude<Caller, "anonymous">],
        request_id: res.extensions!.requestId,
      });
      expect(await fingerprint(server.dataSource)).not.toEqual(before);
    } else {
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual([outcome]);
      expect(res.data).toEqual({ [c.mutation]: null });
      expect(await fingerprint(server.dataSource)).toEqual(before);
    }
  });
});

describe("auditEvents", () => {
  it.each(CALLERS)("caller %s", async (caller) => {
    const res = await server.gql(`{ auditEvents(first: 1) { totalCount nodes { action } } }`, {}, headers[caller]);
    const outcome = caller === "anonymous" ? "UNAUTHENTICATED" : caller.startsWith("editor") ? "FORBIDDEN" : "OK";
    if (outcome === "OK") {
      expect(res.errors).toBeUndefined();
      expect(res.data!.auditEvents.totalCount).toBe(await countRows(server.dataSource, "audit_event"));
    } else {
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual([outcome]);
    }
  });
});
