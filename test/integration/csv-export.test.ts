import { execFile } from "node:child_process";
import { promisify } from "node:util";
import Papa from "papaparse";
import { insertPosition } from "../helpers/fixtures";
import { startTestServer, type TestServer } from "../helpers/test-server";

/** The CSV exports, downloaded over HTTP as a spreadsheet user would, and compared with the GraphQL answers. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface Download {
  status: number;
  headers: Headers;
  bytes: Buffer;
  text: string;
}

async function download(path: string): Promise<Download> {
  const res = await fetch(`${server.url}${path}`);
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes, text: bytes.toString("utf8") };
}

/** A small RFC 4180 reader (quoted fields, doubled quotes, CRLF), enough to read back what the export wrote. */
function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\r" && body[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const records = (rows: string[][]) => rows.slice(1).map((r) => Object.fromEntries(rows[0].map((h, i) => [h, r[i]])));

describe("GET /export/status-matrix.csv", () => {
  it("semicolon-separated, UTF-8 with BOM, as an attachment, with the identifiers and Dutch labels", async () => {
    const d = await download(
      "/export/status-matrix.csv?asOf=2025-07-01&provinces=PV26,PV23&platforms=x&delimiter=semicolon",
    );
    expect(d.status).toBe(200);
    expect(d.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(d.headers.get("content-disposition")).toBe('attachment; filename="statusmatrix-2025-07-01.csv"');
    expect([...d.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(d.text.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(d.text, ";");
    expect(rows[0]).toEqual([
      "CBS-code",
      "ISO 3166-2",
      "TOOI-id",
      "Provincie",
      "Platform-id",
      "Platform",
      "Status",
      "Statuscode",
      "Reacties ingeschakeld",
      "Interactie",
      "Doelen",
      "Betaalde content",
      "Geldig vanaf",
      "Datumbasis",
      "Datumprecisie",
      "Bron",
      "Bron-URL",
      "Verklaard door",
      "Vastgelegd op",
      "Voldoet aan statusfilter",
      "Peildatum",
      "Stand register op",
    ]);
    const [overijssel, utrecht] = records(rows);
    expect(overijssel).toMatchObject({
      "CBS-code": "PV23",
      "ISO 3166-2": "NL-OV",
      "TOOI-id": "https://identifier.overheid.nl/tooi/id/provincie/pv23",
      Provincie: "Overijssel",
      "Platform-id": "x",
      Platform: "X",
      Status: "Inactief",
      Statuscode: "INACTIVE",
      "Geldig vanaf": "2025-06-01",
      Datumbasis: "Afgeleid",
      Datumprecisie: "Dag",
      "Verklaard door": "",
      "Voldoet aan statusfilter": "",
      Peildatum: "2025-07-01",
    });
    expect(utrecht).toMatchObject({
      "CBS-code": "PV26",
      "ISO 3166-2": "NL-UT",
      Provincie: "Utrecht",
      Status: "Actief",
      Statuscode: "ACTIVE",
      "Reacties ingeschakeld": "",
      Doelen: "Nieuwsberichten, Mededelingen",
      "Betaalde content": "Alleen bij campagnes",
      "Geldig vanaf": "2025-03-20",
      Datumbasis: "Waarneming (datum van de bron)",
      Datumprecisie: "Dag",
    });
    expect(utrecht.Bron).toMatch(/^Sociale media-accounts provincie Utrecht/);
    expect(rows).toHaveLength(3);
  });

  it("equals the GraphQL status matrix, cell for cell (comma-separated, all provinces and platforms)", async () => {
    const d = await download("/export/status-matrix.csv?asOf=2025-07-01");
    expect(d.headers.get("content-disposition")).toBe('attachment; filename="statusmatrix-2025-07-01.csv"');
    const csv = records(parseCsv(d.text, ",")).map(
      (r) => `${r["CBS-code"]}:${r["Platform-id"]}:${r.Statuscode}:${r["Geldig vanaf"]}`,
    );
    const res = await server.gql(
      `{ statusMatrix(asOf: "2025-07-01") { rows { province { code } cells { platform { slug } status validFrom } } } }`,
    );
    const gql = res.data!.statusMatrix.rows.flatMap((r: any) =>
      r.cells.map((c: any) => `${r.province.code}:${c.platform.slug}:${c.status}:${c.validFrom ?? ""}`),
    );
    expect(csv).toHaveLength(120);
    expect(csv).toEqual(gql);
    // Fryslân's â survives as UTF-8.
    expect(d.text).toContain("Fryslân");
  });

  it("statuses=inactive keeps Overijssel's row only, marking the matching cell; repeated parameters work like commas", async () => {
    const d = await download(
      "/export/status-matrix.csv?asOf=2025-07-01&statuses=inactive&platforms=x&platforms=facebook",
    );
    const r = records(parseCsv(d.text, ","));
    expect(r.map((x) => [x["CBS-code"], x["Platform-id"], x.Statuscode, x["Voldoet aan statusfilter"]])).toEqual([
      ["PV23", "x", "INACTIVE", "Ja"],
      ["PV23", "facebook", "UNKNOWN", "Nee"],
    ]);
  });

  it("knownAt reproduces the register of an earlier instant (before the seed: everything UNKNOWN)", async () => {
    const d = await download(
      "/export/status-matrix.csv?asOf=2025-07-01&knownAt=2025-07-01T12:00:00%2B02:00&provinces=PV23&platforms=x",
    );
    const [row] = records(parseCsv(d.text, ","));
    expect(row).toMatchObject({
      Statuscode: "UNKNOWN",
      Status: "Onbekend",
      "Stand register op": "2025-07-01T10:00:00.000Z",
    });
    // A literal + (decoded as a space by the query string) is accepted too.
    const plus = await download(
      "/export/status-matrix.csv?asOf=2025-07-01&knownAt=2025-07-01T12:00:00+02:00&provinces=PV23&platforms=x",
    );
    expect(records(parseCsv(plus.text, ","))[0]["Stand register op"]).toBe("2025-07-01T10:00:00.000Z");
  });
});

describe("GET /export/value-matrix.csv and /export/framework-matrix.csv", () => {
  it("Utrecht's ratings with the assessment they come from", async () => {
    const d = await download(
      "/export/value-matrix.csv?asOf=2025-07-01&provinces=utrecht&values=onafhankelijkheid,privacy",
    );
    expect(d.status).toBe(200);
    expect(d.headers.get("content-disposition")).toBe('attachment; filename="waardenmatrix-2025-07-01.csv"');
    const rows = parseCsv(d.text, ",");
    expect(rows[0]).toEqual([
      "CBS-code",
      "ISO 3166-2",
      "TOOI-id",
      "Provincie",
      "Waarde-id",
      "Waarde",
      "Negatieve invloed",
      "Invloedcode",
      "Toelichting",
      "Geldt voor",
      "Toetsing gehouden op",
      "Datumbasis",
      "Datumprecisie",
      "Methode",
      "Bron",
      "Verklaard door",
      "Gepubliceerd op",
      "Peildatum",
      "Stand register op",
    ]);
    const [independence, privacy] = records(rows);
    expect(independence).toMatchObject({
      "CBS-code": "PV26",
      Waarde: "Onafhankelijkheid",
      "Negatieve invloed": "Veel",
      Invloedcode: "HIGH",
      "Geldt voor": "alle platforms",
      "Toetsing gehouden op": "2025-03-20",
      Datumbasis: "Waarneming (datum van de bron)",
      Datumprecisie: "Dag",
      Bron: expect.stringMatching(/^Sociale media-accounts provincie Utrecht/),
      "Verklaard door": "",
      Methode: "Waardengedreven gesprek (CODIO-waarden en communicatieve uitgangspunten)",
      "Gepubliceerd op": expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
    expect(independence.Toelichting.length).toBeGreaterThan(20);
    expect(privacy).toMatchObject({
      Waarde: "Privacy",
      "Negatieve invloed": "Onbekend",
      Invloedcode: "UNKNOWN",
      Toelichting: "",
      "Geldt voor": "",
      "Toetsing gehouden op": "",
    });
  });

  it("the framework matrix: Utrecht (memo) and Fryslân (ANP) follow the national policy, Zuid-Holland UNKNOWN; status in Dutch", async () => {
    const d = await download(
      "/export/framework-matrix.csv?asOf=2025-07-01&provinces=PV26,PV21,PV28&frameworks=bzk-tiktok-call&delimiter=semicolon",
    );
    expect(d.headers.get("content-disposition")).toBe('attachment; filename="kadermatrix-2025-07-01.csv"');
    const r = records(parseCsv(d.text, ";"));
    expect(
      r.map((x) => [
        x["CBS-code"],
        x.Provincie,
        x["Kader-id"],
        x["Status kader"],
        x.Standpunt,
        x.Standpuntcode,
        x.Sinds,
      ]),
    ).toEqual([
      ["PV21", "Fryslân", "bzk-tiktok-call", "Van kracht", "Volgt op", "FOLLOWS", "2023-05-25"],
      ["PV26", "Utrecht", "bzk-tiktok-call", "Van kracht", "Volgt op", "FOLLOWS", "2025-03-20"],
      ["PV28", "Zuid-Holland", "bzk-tiktok-call", "Van kracht", "Onbekend", "UNKNOWN", ""],
    ]);
    expect(r[0].Bron).toBe("Provincies verwijderen TikTok van werktelefoons ambtenaren");
    expect(r[1].Bron).toMatch(/^Sociale media-accounts provincie Utrecht/);
    expect(r[2].Bron).toBe("");
  });
});

describe("spreadsheet safety", () => {
  it("text that a spreadsheet would run as a formula is prefixed with an apostrophe", async () => {
    await insertPosition(server.dataSource, {
      province: "PV31",
      framework: "dma",
      stance: "CONSIDERING",
      since: "2025-01-01",
      recordedAt: "2026-01-10T09:00:00Z",
      note: '=HYPERLINK("http://example.org")',
    });
    const d = await download("/export/framework-matrix.csv?asOf=2025-07-01&provinces=PV31&frameworks=dma");
    expect(records(parseCsv(d.text, ","))[0].Toelichting).toBe(`'=HYPERLINK("http://example.org")`);
  });
});

async function pythonCsv(script: string, delimiter: string, input: string): Promise<string> {
  const child = promisify(execFile)("python3", ["-c", script, delimiter], { encoding: "utf8" });
  child.child.stdin!.end(input);
  return (await child).stdout;
}

describe("spreadsheet safety: line breaks and look-alike formula characters", () => {
  const notes: Array<[string, string, string]> = [
    // [framework, note as the editor wrote it, the cell a spreadsheet must read]
    ["dma", "Zie memo\n=HYPERLINK(A1)", "Zie memo\n'=HYPERLINK(A1)"],
    ["dsa", 'Regel 1\r\n+SUM(A1); "quote"\r\n  @cmd', "Regel 1\r\n'+SUM(A1); \"quote\"\r\n'  @cmd"],
    ["codio", "\uFF1D1+1", "'\uFF1D1+1"],
    ["bzk-tiktok-call", "-2+3, \u2212cmd", "'-2+3, \u2212cmd"],
  ];
  const expected = notes.map(([framework, , cell]) => [framework, cell]);

  beforeAll(async () => {
    for (const [framework, note] of notes)
      await insertPosition(server.dataSource, {
        province: "PV24",
        framework,
        stance: "CONSIDERING",
        since: "2025-01-01",
        recordedAt: "2026-01-10T09:00:00Z",
        note,
      });
  });

  const path = (delimiter: string) =>
    `/export/framework-matrix.csv?asOf=2025-07-01&provinces=PV24&frameworks=${notes.map((n) => n[0]).join(",")}` +
    `&delimiter=${delimiter}`;

  it.each([
    ["comma", ","],
    ["semicolon", ";"],
  ])(
    "read back by Python's csv module (%s): one row per position, each note whole and neutralised",
    async (name, sep) => {
      const d = await download(path(name));
      const script =
        "import csv,io,json,sys; rows=list(csv.reader(io.StringIO(sys.stdin.read().lstrip('\\ufeff'), newline=''), delimiter=sys.argv[1])); " +
        "h=rows[0]; print(json.dumps([[r[h.index('Kader')], r[h.index('Toelichting')]] for r in rows[1:]]))";
      // Asynchronously: a blocked event loop would stall the in-process test server's keep-alive sockets.
      const out = await pythonCsv(script, sep, d.text);
      const rows: string[][] = JSON.parse(out);
      // Kader is the framework's name; its first word is enough to tell the four apart.
      expect(rows.map(([name, note]) => [name.split(" ")[0], note])).toEqual([
        ["Kabinet", "'-2+3, \u2212cmd"],
        ["DSA", "Regel 1\r\n'+SUM(A1); \"quote\"\r\n'  @cmd"],
        ["DMA", "Zie memo\n'=HYPERLINK(A1)"],
        ["CODIO", "'\uFF1D1+1"],
      ]);
      expect(rows.map((r) => r[1]).sort()).toEqual(expected.map((e) => e[1]).sort());
    },
  );

  it("read back by Papa Parse (a spreadsheet-grade CSV parser): the same cells, no extra rows", async () => {
    const d = await download(path("semicolon"));
    const parsed = Papa.parse<string[]>(d.text.replace(/^\uFEFF/, ""), { delimiter: ";", skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(rows).toHaveLength(notes.length);
    const notesRead = rows.map((r) => r[header.indexOf("Toelichting")]).sort();
    expect(notesRead).toEqual(expected.map((e) => e[1]).sort());
    // No line of the raw file starts with a formula character outside a quoted field's neutralised text.
    for (const line of d.text.split(/\r\n|\n|\r/))
      expect(line).not.toMatch(/^[ \u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\u2212]/);
  });
});

describe("invalid parameters: 400 with a clear message", () => {
  it.each([
    ["/export/status-matrix.csv?asOf=2025-02-30", "asOf", "`asOf` must be a calendar date YYYY-MM-DD"],
    ["/export/status-matrix.csv?asOf=1-7-2025", "asOf", "`asOf` must be a calendar date YYYY-MM-DD"],
    ["/export/status-matrix.csv?asOf=2025-07-01&asOf=2025-07-02", "asOf", "takes one value"],
    ["/export/status-matrix.csv?asOf=0000-01-01", "asOf", "`asOf` must be a calendar date YYYY-MM-DD"],
    // MAX_LIST_ITEMS (200), as in GraphQL: comma-separated and repeated values together.
    [
      `/export/status-matrix.csv?provinces=${Array(150).fill("PV26").join(",")}&provinces=${Array(51).fill("PV23").join(",")}`,
      "provinces",
      "Parameter `provinces` holds 201 values; at most 200 are accepted.",
    ],
    ["/export/status-matrix.csv?knownAt=yesterday", "knownAt", "`knownAt` must be an ISO 8601 instant"],
    [
      "/export/status-matrix.csv?provinces=PV26,PV99",
      "provinces",
      'Unknown province code (e.g. PV26) or slug in `provinces`: "PV99"',
    ],
    ["/export/status-matrix.csv?platforms=myspace", "platforms", '"myspace"'],
    ["/export/status-matrix.csv?statuses=GONE", "statuses", "Unknown status in `statuses`: GONE"],
    ["/export/status-matrix.csv?delimiter=tab", "delimiter", "`delimiter` must be `comma` or `semicolon`"],
    ["/export/status-matrix.csv?provincies=PV26", "provincies", "Unknown parameter `provincies`"],
    [
      "/export/value-matrix.csv?platform=myspace",
      "platform",
      'Unknown platform slug (e.g. x) in `platform`: "myspace"',
    ],
    ["/export/value-matrix.csv?values=geluk", "values", '"geluk"'],
    ["/export/value-matrix.csv?platforms=x", "platforms", "Unknown parameter `platforms`"],
    ["/export/framework-matrix.csv?frameworks=nope", "frameworks", '"nope"'],
    ["/export/status-matrix.csv?provinces=%00", "provinces", "contains a control character"],
    ["/export/value-matrix.csv?platform=x%00", "platform", "contains a control character"],
    ["/export/framework-matrix.csv?frameworks=%0Adsa", "frameworks", "contains a control character"],
  ])("%s", async (path, argument, message) => {
    const res = await fetch(`${server.url}${path}`);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await res.json()) as { error: { code: string; message: string; argument: string } };
    expect(body.error.code).toBe("BAD_USER_INPUT");
    expect(body.error.argument).toBe(argument);
    expect(body.error.message).toContain(message);
  });
});
