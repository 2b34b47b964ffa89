import { issueCallers } from "../helpers/writes";
import { startTestServer, type TestServer } from "../helpers/test-server";

/**
 * One spelling of each thing (issue 10, item 5): every spelling of a province, platform, value or framework names
 * one record, wherever it is named (arguments, filters, CSV parameters, write inputs); text inputs are stored in NFC
 * and trimmed; invisible and bidirectional control characters are refused naming the field; uniqueness holds on
 * the normalised form in the database.
 */
let server: TestServer;
let callers: Awaited<ReturnType<typeof issueCallers>>;
beforeAll(async () => {
  server = await startTestServer();
  callers = await issueCallers(server.dataSource);
});
afterAll(() => server.close());

/** "Fryslân" with a combining circumflex (a + U+0302), as some keyboards and PDFs produce it. */
const FRYSLAN_DECOMPOSED = "Frysla\u0302n";

describe("lookups: every spelling names one record", () => {
  it.each([
    ["the CBS code", "PV21"],
    ["the CBS code in lower case", "pv21"],
    ["the slug", "fryslan"],
    ["the official name, precomposed", "Fryslân"],
    ["the official name with a combining accent", FRYSLAN_DECOMPOSED],
    ["the name in capitals without the accent", "FRYSLAN"],
    ["the alternative name", "Friesland"],
    ["the alternative name with spaces around it, in lower case", "  friesland "],
  ])("province(code:) by %s", async (_what, key) => {
    const res = await server.gql(`query ($k: String!) { province(code: $k) { code name } }`, { k: key });
    expect(res.errors).toBeUndefined();
    expect(res.data!.province).toEqual({ code: "PV21", name: "Fryslân" });
  });

  it("an unknown name is null, not a guess", async () => {
    const res = await server.gql(`{ province(code: "Frieslandia") { code } }`);
    expect(res.data!.province).toBeNull();
  });

  it("the alternative name is data, with its source", async () => {
    const res = await server.gql(
      `{ province(code: "PV21") { alternativeNames { name note source { slug publisher url } } } }`,
    );
    expect(res.data!.province.alternativeNames).toEqual([
      {
        name: "Friesland",
        note: "De gangbare Nederlandse naam; officieel tot 1 januari 1997.",
        source: {
          slug: "wikipedia-nl-friesland-provincie",
          publisher: "Wikipedia (Nederlandstalig)",
          url: "https://nl.wikipedia.org/wiki/Friesland_(provincie)",
        },
      },
    ]);
    const others = await server.gql(`{ provinces { code alternativeNames { name } } }`);
    expect(others.data!.provinces.filter((p: any) => p.alternativeNames.length > 0).map((p: any) => p.code)).toEqual([
      "PV21",
    ]);
  });

  it("statusMatrix(provinces:) takes the same spellings as province(code:)", async () => {
    const res = await server.gql(
      `query ($p: [String!]) { statusMatrix(asOf: "2025-07-01", provinces: $p, platforms: ["X"]) { rows { province { code } } platforms { slug } } }`,
      { p: ["FRYSLAN", "Friesland", FRYSLAN_DECOMPOSED, "Utrecht", "noord-holland", " pv23 "] },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.statusMatrix.rows.map((r: any) => r.province.code)).toEqual(["PV21", "PV23", "PV26", "PV27"]);
    expect(res.data!.statusMatrix.platforms).toEqual([{ slug: "x" }]);
  });

  it("an unknown key is still refused, naming exactly the unknown keys in the order given", async () => {
    const res = await server.gql(`{ statusMatrix(provinces: ["Friesland", "Frieslandia", "PV99"]) { asOf } }`);
    expect(res.errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      argument: "provinces",
      unknown: ["Frieslandia", "PV99"],
    });
    expect(res.errors![0].message).toBe(
      'Unknown province code (e.g. PV26) or slug in `provinces`: "Frieslandia", "PV99".',
    );
  });

  it("values by slug or name, frameworks and platforms by slug, in any case and with accents", async () => {
    const values = await server.gql(
      `{ valueMatrix(asOf: "2025-07-01", provinces: ["Utrecht"], values: ["TRANSPARANTIE", "Privacy ", "informatieveiligheid"]) { values { slug } } }`,
    );
    expect(values.errors).toBeUndefined();
    expect(values.data!.valueMatrix.values.map((v: any) => v.slug)).toEqual([
      "transparantie",
      "informatieveiligheid",
      "privacy",
    ]);
    const frameworks = await server.gql(
      `{ frameworkMatrix(asOf: "2025-07-01", provinces: ["Friesland"], frameworks: ["DSA", " dma"]) { frameworks { framework { slug } } rows { province { code } } } }`,
    );
    expect(frameworks.errors).toBeUndefined();
    expect(frameworks.data!.frameworkMatrix.frameworks.map((f: any) => f.framework.slug)).toEqual(["dsa", "dma"]);
    expect(frameworks.data!.frameworkMatrix.rows.map((r: any) => r.province.code)).toEqual(["PV21"]);
    const one = await server.gql(`{ platform(slug: " Mastodon") { slug } framework(slug: "DSA") { slug } }`);
    expect(one.data).toEqual({ platform: { slug: "mastodon" }, framework: { slug: "dsa" } });
  });

  it("CSV parameters take the same spellings", async () => {
    const res = await fetch(
      `${server.url}/export/status-matrix.csv?asOf=2025-07-01&provinces=${encodeURIComponent(`Friesland,${FRYSLAN_DECOMPOSED},FRYSLAN`)}&platforms=X&delimiter=semicolon`,
    );
    expect(res.status).toBe(200);
    const lines = (await res.text())
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines.slice(1).map((l) => l.split(";").slice(0, 5))).toEqual([
      ['"PV21"', '"NL-FR"', '"https://identifier.overheid.nl/tooi/id/provincie/pv21"', '"Fryslân"', '"x"'],
    ]);
  });

  it("write inputs name provinces the same way", async () => {
    const res = await server.gql(
      `mutation ($i: SetPresenceAccountsInput!) { setPresenceAccounts(input: $i) { presence { accounts { handle } } userErrors { field code message } } }`,
      {
        i: {
          provinceCode: " utrecht",
          platformSlug: "Mastodon",
          provenance: { ownStatement: true },
          accounts: [{ handle: "@utrecht" }],
        },
      },
      callers.utrecht,
    );
    expect(res.data!.setPresenceAccounts).toEqual({ presence: { accounts: [{ handle: "@utrecht" }] }, userErrors: [] });
    // Named otherwise than by its code, another province is still refused to an editor (once looked up).
    const other = await server.gql(
      `mutation ($i: SetPresenceAccountsInput!) { setPresenceAccounts(input: $i) { userErrors { field } } }`,
      { i: { provinceCode: "Friesland", platformSlug: "mastodon", provenance: { ownStatement: true }, accounts: [] } },
      callers.utrecht,
    );
    expect(other.data!.setPresenceAccounts).toBeNull();
    expect(other.errors![0].extensions!.code).toBe("FORBIDDEN");
  });
});

describe("text inputs: one stored spelling, invisible characters refused", () => {
  const SET_ACCOUNTS = `mutation ($i: SetPresenceAccountsInput!) { setPresenceAccounts(input: $i) { presence { accounts { handle } } userErrors { field code message } } }`;
  const accounts = (...handles: string[]) => ({
    i: {
      provinceCode: "PV26",
      platformSlug: "bluesky",
      provenance: { ownStatement: true },
      accounts: handles.map((handle) => ({ handle })),
    },
  });

  it("stored in NFC and trimmed: a handle typed with a combining accent is stored precomposed", async () => {
    const res = await server.gql(SET_ACCOUNTS, accounts(`  @${FRYSLAN_DECOMPOSED}Utrecht  `), callers.utrecht);
    expect(res.data!.setPresenceAccounts).toEqual({
      presence: { accounts: [{ handle: "@FryslânUtrecht" }] },
      userErrors: [],
    });
    const [{ handle }] = await server.dataSource.query(
      `SELECT a ->> 'handle' AS handle FROM presence p, jsonb_array_elements(p.accounts) a
        WHERE p.province_id = (SELECT id FROM province WHERE code = 'PV26') AND p.platform_id = (SELECT id FROM platform WHERE slug = 'bluesky')`,
    );
    expect(handle).toBe("@Frysl\u00E2nUtrecht");
  });

  it.each([
    ["a zero-width space", "@provincie\u200Butrecht", "U+200B"],
    ["a right-to-left override", "@provincie\u202Etcertu", "U+202E"],
    ["a left-to-right override", "\u202D@provincieutrecht", "U+202D"],
    ["a pop directional formatting", "@provincieutrecht\u202C", "U+202C"],
    ["a right-to-left isolate", "@provincie\u2067utrecht\u2069", "U+2067"],
    ["a first-strong isolate", "@provincie\u2068utrecht", "U+2068"],
    ["a byte order mark", "\uFEFF@provincieutrecht", "U+FEFF"],
    ["a zero-width joiner", "@provincie\u200Dutrecht", "U+200D"],
    ["a soft hyphen", "@provincie\u00ADutrecht", "U+00AD"],
  ])("a handle with %s is refused naming the field and the character", async (_what, handle, code) => {
    const res = await server.gql(SET_ACCOUNTS, accounts("@ok", handle), callers.utrecht);
    expect(res.data!.setPresenceAccounts).toEqual({
      presence: null,
      userErrors: [
        {
          field: ["input", "accounts", "1", "handle"],
          code: "INVALID",
          message: `handle must not contain invisible or bidirectional control characters (found ${code}).`,
        },
      ],
    });
  });

  it("every text field is checked, not only handles (an assessment's method and disciplines)", async () => {
    const res = await server.gql(
      `mutation ($i: CreateAssessmentInput!) { createAssessment(input: $i) { assessment { id } userErrors { field code message } } }`,
      {
        i: {
          provinceCode: "PV26",
          heldOn: "2025-06-01",
          method: "Gesprek\u200B",
          disciplines: ["Juridisch", "ICT\u202E"],
        },
      },
      callers.utrecht,
    );
    expect(res.data!.createAssessment.userErrors).toEqual([
      {
        field: ["input", "method"],
        code: "INVALID",
        message: "method must not contain invisible or bidirectional control characters (found U+200B).",
      },
      {
        field: ["input", "disciplines", "1"],
        code: "INVALID",
        message: "disciplines must not contain invisible or bidirectional control characters (found U+202E).",
      },
    ]);
  });
});

describe("uniqueness on the normalised form, enforced by the database", () => {
  const UPSERT_VALUE = `mutation ($i: UpsertValueInput!) { upsertValue(input: $i) { value { slug name } userErrors { field code message } } }`;
  const value = (slug: string, name: string) => ({
    i: { slug, name, nameEn: "Test", origin: "CODIO" },
  });

  it.each([
    ["in another case", "transparantie"],
    ["with a trailing space", "Transparantie "],
    ["with an accent", "Transparantié"],
    ["with an accent written as a combining mark", "Transparantie\u0301"],
    ["with inner spaces doubled", "TRANS parantie".replace("TRANS ", "Trans")],
  ])("a value name differing only %s is the same name: CONFLICT", async (_what, name) => {
    const res = await server.gql(UPSERT_VALUE, value("transparantie-2", name), callers.admin);
    expect(res.data!.upsertValue).toEqual({
      value: null,
      userErrors: [
        {
          field: ["input", "name"],
          code: "CONFLICT",
          message: 'Value "transparantie" already has this name.',
        },
      ],
    });
  });

  it("a new value's name is stored trimmed, and a variant of it is then refused", async () => {
    const first = await server.gql(UPSERT_VALUE, value("open-data", "  Open  data "), callers.admin);
    expect(first.data!.upsertValue).toEqual({ value: { slug: "open-data", name: "Open  data" }, userErrors: [] });
    const second = await server.gql(UPSERT_VALUE, value("open-data-2", "open data"), callers.admin);
    expect(second.data!.upsertValue.userErrors).toEqual([
      { field: ["input", "name"], code: "CONFLICT", message: 'Value "open-data" already has this name.' },
    ]);
  });

  it("the database refuses a variant of a value name from any writer", async () => {
    await expect(
      server.dataSource.query(
        `INSERT INTO value (slug, name, name_en, origin) VALUES ('x-variant', 'TRANSPARANTIÉ ', 'x', 'CODIO')`,
      ),
    ).rejects.toThrow(/value_name_key/);
  });

  it("duplicate disciplines are refused: exact after trimming, or differing only in case or accents", async () => {
    const create = (disciplines: string[]) =>
      server.gql(
        `mutation ($i: CreateAssessmentInput!) { createAssessment(input: $i) { assessment { disciplines } userErrors { field code message } } }`,
        {
          i: {
            provinceCode: "PV26",
            heldOn: "2025-06-02",
            method: "Gesprek",
            disciplines,
            provenance: { ownStatement: true },
          },
        },
        callers.utrecht,
      );
    expect((await create(["Juridisch", "Juridisch "])).data!.createAssessment).toEqual({
      assessment: null,
      userErrors: [
        { field: ["input", "disciplines"], code: "INVALID", message: "All disciplines's elements must be unique" },
      ],
    });
    expect((await create(["Communicatie", "communicatie", "Communicatié"])).data!.createAssessment).toEqual({
      assessment: null,
      userErrors: [
        {
          field: ["input", "disciplines"],
          code: "INVALID",
          message: "disciplines must differ from each other (compared ignoring case, accents and spacing).",
        },
      ],
    });
    expect((await create([" Communicatie", "Juridisch"])).data!.createAssessment).toEqual({
      assessment: { disciplines: ["Communicatie", "Juridisch"] },
      userErrors: [],
    });
  });

  it("account handles: duplicates and case variants are refused", async () => {
    const set = (...handles: string[]) =>
      server.gql(
        `mutation ($i: SetPresenceAccountsInput!) { setPresenceAccounts(input: $i) { presence { accounts { handle } } userErrors { field code message } } }`,
        {
          i: {
            provinceCode: "PV26",
            platformSlug: "threads",
            provenance: { ownStatement: true },
            accounts: handles.map((handle) => ({ handle })),
          },
        },
        callers.utrecht,
      );
    const refused = {
      presence: null,
      userErrors: [
        {
          field: ["input", "accounts"],
          code: "INVALID",
          message: "The accounts' handles must differ from each other (compared ignoring case, accents and spacing).",
        },
      ],
    };
    expect((await set("@provincieutrecht", "@provincieutrecht ")).data!.setPresenceAccounts).toEqual(refused);
    expect((await set("@ProvincieUtrecht", "@provincieutrecht")).data!.setPresenceAccounts).toEqual(refused);
    expect((await set("@ProvincieUtrecht", "@provincie_utrecht")).data!.setPresenceAccounts).toEqual({
      presence: { accounts: [{ handle: "@ProvincieUtrecht" }, { handle: "@provincie_utrecht" }] },
      userErrors: [],
    });
  });
});
