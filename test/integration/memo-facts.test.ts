import { startTestServer, type TestServer } from "../helpers/test-server";

/** What the Utrecht memo says, asked through the public GraphQL API on the seeded database. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const statusOn = async (province: string, platform: string, asOf: string) => {
  const res = await server.gql(
    `query($p: [String!], $pl: [String!], $asOf: Date) {
       statusMatrix(asOf: $asOf, provinces: $p, platforms: $pl) {
         rows { cells { status statusLabel validFrom validFromBasis commentsEnabled engagement purposes paidContent source { slug } } }
       }
     }`,
    { p: [province], pl: [platform], asOf },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.statusMatrix.rows[0].cells[0];
};

describe("the memo's facts", () => {
  it("Overijssel is INACTIVE on X from 2025-06-01 (year inferred, said so), and UNKNOWN the day before", async () => {
    const res = await server.gql(
      `{ province(code: "PV23") { name presences { platform { slug } status(asOf: "2025-07-01") { status statusLabel validFrom validFromBasis validFromPrecision reason } } } }`,
    );
    expect(res.data).toEqual({
      province: {
        name: "Overijssel",
        presences: [
          {
            platform: { slug: "x" },
            status: {
              status: "INACTIVE",
              statusLabel: "Inactief",
              validFrom: "2025-06-01",
              // The memo says "vanaf 1 juni" without a year: 2025 is inferred, and the record says so.
              validFromBasis: "INFERRED",
              validFromPrecision: "DAY",
              reason:
                "Vanaf 1 juni niet meer actief op X. De memo noemt geen jaartal; 2025 is afgeleid (de memo is na 20 maart 2025 geschreven).",
            },
          },
        ],
      },
    });
    expect((await statusOn("PV23", "x", "2025-06-01")).status).toBe("INACTIVE");
    expect(await statusOn("PV23", "x", "2025-05-31")).toEqual({
      status: "UNKNOWN",
      statusLabel: "Onbekend",
      validFrom: null,
      validFromBasis: null,
      commentsEnabled: null,
      engagement: null,
      purposes: [],
      paidContent: null,
      source: null,
    });
  });

  it("Utrecht uses X for short news and announcements, campaigns-only paid content, replies not recorded", async () => {
    expect(await statusOn("utrecht", "x", "2025-07-01")).toEqual({
      status: "ACTIVE",
      statusLabel: "Actief",
      validFrom: "2025-03-20",
      validFromBasis: "SOURCE_DATE",
      commentsEnabled: null,
      engagement: null,
      purposes: ["NEWS", "ANNOUNCEMENTS"],
      paidContent: "CAMPAIGNS_ONLY",
      source: { slug: "utrecht-memo-2025" },
    });
  });

  it("Utrecht uses YouTube as a video archive without engagement", async () => {
    const cell = await statusOn("PV26", "youtube", "2025-07-01");
    expect(cell).toMatchObject({ status: "ACTIVE", engagement: false, purposes: ["VIDEO_ARCHIVE"], paidContent: null });
  });

  it("Utrecht engages on LinkedIn, Facebook and Instagram", async () => {
    for (const platform of ["linkedin", "facebook", "instagram"]) {
      expect(await statusOn("PV26", platform, "2025-07-01")).toMatchObject({
        status: "ACTIVE",
        engagement: true,
        purposes: ["STORIES_AND_ARTICLES", "INTERACTION"],
        paidContent: "CAMPAIGNS_ONLY",
      });
    }
  });

  it("Utrecht is not on TikTok and follows the national call (BZK)", async () => {
    expect((await statusOn("PV26", "tiktok", "2025-07-01")).status).toBe("NOT_PRESENT");
    const res = await server.gql(
      `{ province(code: "PV26") { frameworkPositions(asOf: "2025-07-01") { framework { slug status } stance stanceLabel since sinceBasis source { slug } } } }`,
    );
    expect(res.data!.province.frameworkPositions).toEqual([
      {
        framework: { slug: "bzk-tiktok-call", status: "IN_FORCE" },
        stance: "FOLLOWS",
        stanceLabel: "Volgt op",
        since: "2025-03-20",
        sinceBasis: "SOURCE_DATE",
        source: { slug: "utrecht-memo-2025" },
      },
      {
        framework: { slug: "codio", status: "PUBLISHED" },
        stance: "EMBEDDED_IN_POLICY",
        stanceLabel: "Verankerd in beleid",
        since: "2025-03-20",
        sinceBasis: "SOURCE_DATE",
        source: { slug: "utrecht-memo-2025" },
      },
      {
        framework: { slug: "digital-autonomy-sovereignty-framework", status: "IN_PREPARATION" },
        stance: "PARTICIPATES",
        stanceLabel: "Neemt deel",
        since: "2025-03-20",
        sinceBasis: "SOURCE_DATE",
        source: { slug: "utrecht-memo-2025" },
      },
    ]);
  });

  it("a province the memo does not name is UNKNOWN on X", async () => {
    expect((await statusOn("PV21", "x", "2025-07-01")).status).toBe("UNKNOWN");
    const res = await server.gql(`{ province(code: "fryslan") { name presences { id } } }`);
    expect(res.data).toEqual({ province: { name: "Fryslân", presences: [] } });
  });

  it("X on 2025-07-01: one province INACTIVE, one ACTIVE, ten UNKNOWN", async () => {
    const res = await server.gql(
      `{ statusMatrix(asOf: "2025-07-01") { asOf platforms { slug } rows { province { code } cells { platform { slug } status } } } }`,
    );
    const m = res.data!.statusMatrix;
    expect(m.asOf).toBe("2025-07-01");
    expect(m.rows).toHaveLength(12);
    expect(m.platforms.map((p: { slug: string }) => p.slug)).toEqual([
      "x",
      "facebook",
      "instagram",
      "linkedin",
      "youtube",
      "tiktok",
      "mastodon",
      "bluesky",
      "threads",
      "peertube",
    ]);
    const onX = m.rows.map((r: any) => `${r.province.code}:${r.cells[0].status}`);
    expect(onX).toEqual([
      "PV20:UNKNOWN",
      "PV21:UNKNOWN",
      "PV22:UNKNOWN",
      "PV23:INACTIVE",
      "PV24:UNKNOWN",
      "PV25:UNKNOWN",
      "PV26:ACTIVE",
      "PV27:UNKNOWN",
      "PV28:UNKNOWN",
      "PV29:UNKNOWN",
      "PV30:UNKNOWN",
      "PV31:UNKNOWN",
    ]);
    const utrecht = m.rows.find((r: any) => r.province.code === "PV26");
    expect(utrecht.cells.map((c: any) => `${c.platform.slug}:${c.status}`)).toEqual([
      "x:ACTIVE",
      "facebook:ACTIVE",
      "instagram:ACTIVE",
      "linkedin:ACTIVE",
      "youtube:ACTIVE",
      "tiktok:NOT_PRESENT",
      "mastodon:UNKNOWN",
      "bluesky:UNKNOWN",
      "threads:UNKNOWN",
      "peertube:UNKNOWN",
    ]);
  });

  it("Utrecht's eight value ratings", async () => {
    const res = await server.gql(
      `{ valueMatrix(asOf: "2025-07-01", provinces: ["PV26"]) { values { slug } rows { province { code } cells { value { name } impact impactLabel assessment { heldOn state method } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const cells = res.data!.valueMatrix.rows[0].cells.map((c: any) => [c.value.name, c.impact, c.impactLabel]);
    expect(cells).toEqual([
      ["Transparantie", "NONE", "Geen"],
      ["Vindbaarheid", "NONE", "Geen"],
      ["Verbinding", "NONE", "Geen"],
      ["Volledige informatievoorziening en zichtbaarheid", "NONE", "Geen"],
      ["Betrouwbaarheid", "MODERATE", "Matig"],
      ["(Digitale) inclusiviteit", "NONE", "Geen"],
      ["Onafhankelijkheid", "HIGH", "Veel"],
      ["Uitlegbaarheid", "MODERATE", "Matig"],
      ["Informatieveiligheid", "UNKNOWN", "Onbekend"],
      ["Privacy", "UNKNOWN", "Onbekend"],
      ["Gedrag van de gebruikers op het platform", "UNKNOWN", "Onbekend"],
    ]);
    expect(res.data!.valueMatrix.rows[0].cells[0].assessment).toEqual({
      heldOn: "2025-03-20",
      state: "PUBLISHED",
      method: "Waardengedreven gesprek (CODIO-waarden en communicatieve uitgangspunten)",
    });
  });

  it("no province but Utrecht has ratings, and none before the assessment", async () => {
    const res = await server.gql(`{ valueMatrix(asOf: "2025-07-01") { rows { province { code } cells { impact } } } }`);
    const rated = res
      .data!.valueMatrix.rows.filter((r: any) => r.cells.some((c: any) => c.impact !== "UNKNOWN"))
      .map((r: any) => r.province.code);
    expect(rated).toEqual(["PV26"]);
    const before = await server.gql(
      `{ valueMatrix(asOf: "2025-03-19", provinces: ["PV26"]) { rows { cells { impact } } } }`,
    );
    expect(before.data!.valueMatrix.rows[0].cells.every((c: any) => c.impact === "UNKNOWN")).toBe(true);
  });

  it("the DSA findings against X: each stage with its topics, amount and own source", async () => {
    const res = await server.gql(
      `{ platform(slug: "x") { dsaDesignation dsaDesignatedOn findings { framework { slug } stage occurredOn topics fineEur summary source { slug title url publishedOn } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const breaches = ["VERIFICATION_DECEPTIVE_DESIGN", "ADVERTISING_REPOSITORY", "RESEARCHER_DATA_ACCESS"];
    expect(res.data!.platform).toEqual({
      dsaDesignation: "VLOP",
      dsaDesignatedOn: "2023-04-25",
      findings: [
        {
          framework: { slug: "dsa" },
          stage: "PROCEEDINGS_OPENED",
          occurredOn: "2023-12-18",
          topics: ["ILLEGAL_CONTENT_DISSEMINATION", "INFORMATION_MANIPULATION", ...breaches],
          fineEur: null,
          summary:
            "De Europese Commissie opent een formele procedure tegen X onder de DSA over de verspreiding van illegale content, de " +
            "effectiviteit van maatregelen tegen informatiemanipulatie, het misleidende ontwerp van het 'blauwe vinkje', het " +
            "advertentiearchief en de toegang van onderzoekers tot gegevens.",
          source: {
            slug: "ec-dsa-x-proceedings-2023-12-18",
            title: "Commission opens formal proceedings against X under the Digital Services Act",
            url: "https://ec.europa.eu/commission/presscorner/detail/en/ip_23_6709",
            publishedOn: "2023-12-18",
          },
        },
        {
          framework: { slug: "dsa" },
          stage: "PRELIMINARY_FINDINGS",
          occurredOn: "2024-07-12",
          topics: breaches,
          fineEur: null,
          summary:
            "Voorlopige bevindingen dat X de DSA schendt op drie punten: het misleidende ontwerp van het 'blauwe vinkje' van " +
            "geverifieerde accounts (art. 25), het advertentiearchief (art. 39) en de toegang van onderzoekers tot gegevens " +
            "(art. 40, lid 12). Het onderzoek naar de verspreiding van illegale content en de effectiviteit van maatregelen tegen " +
            "informatiemanipulatie loopt door.",
          source: {
            slug: "ec-dsa-x-preliminary-findings-2024-07-12",
            title: "Commission sends preliminary findings to X for breach of the Digital Services Act",
            url: "https://ec.europa.eu/commission/presscorner/detail/en/ip_24_3761",
            publishedOn: "2024-07-12",
          },
        },
        {
          framework: { slug: "dsa" },
          stage: "DECISION",
          occurredOn: "2025-12-05",
          topics: breaches,
          fineEur: 120000000,
          summary:
            "Besluit: boete van EUR 120 miljoen voor X wegens dezelfde drie schendingen van de DSA: het misleidende ontwerp van het " +
            "'blauwe vinkje' (art. 25), het advertentiearchief (art. 39) en de toegang van onderzoekers tot gegevens (art. 40, lid 12).",
          source: {
            slug: "ec-dsa-x-decision-2025-12-05",
            title: "Commission fines X €120 million under the Digital Services Act",
            url: "https://ec.europa.eu/commission/presscorner/detail/en/ip_25_2934",
            publishedOn: "2025-12-05",
          },
        },
      ],
    });
  });

  it("the memo's own claim about X and the DSA is recorded as the memo's", async () => {
    const res = await server.gql(`{ developments { slug occurredOn title description source { slug } } }`);
    expect(res.errors).toBeUndefined();
    const claim = res.data!.developments.find((d: any) => d.slug === "memo-x-possibly-fails-dsa");
    expect(claim).toEqual({
      slug: "memo-x-possibly-fails-dsa",
      occurredOn: null,
      title: "Volgens de memo voldoet X mogelijk niet aan eisen van de DSA",
      description:
        "De Utrechtse memo schrijft dat X volgens Europese toezichthouders mogelijk niet voldoet aan een aantal eisen, zoals data " +
        "delen met externe onderzoekers, transparantie over adverteerders en verificatieprocessen, en onvoldoende (geen) toezicht " +
        "op schadelijke content zoals desinformatie of haatdragende berichten. Dit is de bewering van de memo; de stappen van de " +
        "Europese Commissie staan als bevindingen bij de DSA, met hun eigen bronnen.",
      source: { slug: "utrecht-memo-2025" },
    });
    expect(res.data!.developments.map((d: any) => [d.slug, d.source.slug])).toEqual([
      ["overijssel-stops-x", "utrecht-memo-2025"],
      ["ipo-ethics-committee-raised", "utrecht-memo-2025"],
      ["provinces-switch-off-replies-on-x", "utrecht-memo-2025"],
      ["no-national-advice-on-platforms", "utrecht-memo-2025"],
      ["national-working-group-digital-autonomy", "utrecht-memo-2025"],
      ["utrecht-x-followers-and-use", "utrecht-memo-2025"],
      ["memo-x-possibly-fails-dsa", "utrecht-memo-2025"],
      ["memo-werkagenda-alternative-social-media", "utrecht-memo-2025"],
    ]);
  });

  it("the national TikTok record is the Rijksoverheid release, described as what it says", async () => {
    const res = await server.gql(
      `{ framework(slug: "bzk-tiktok-call") { shortName title issuer publishedOn url summary platformsConcerned { slug } source { slug title publisher url publishedOn kind } } }`,
    );
    expect(res.errors).toBeUndefined();
    const url =
      "https://www.rijksoverheid.nl/ministeries/ministerie-van-binnenlandse-zaken-en-koninkrijksrelaties/nieuws/2023/03/21/kabinet-ontraadt-gebruik-spionagegevoelige-apps-voor-ambtenaren-rijksoverheid";
    expect(res.data!.framework).toEqual({
      shortName: "Kabinet ontraadt spionagegevoelige apps (Rijksoverheid)",
      title: "Kabinet ontraadt gebruik spionagegevoelige apps voor ambtenaren Rijksoverheid",
      issuer: "Ministerie van BZK",
      publishedOn: "2023-03-21",
      url,
      summary:
        "Het kabinet ontraadt het gebruik van spionagegevoelige apps op de werkapparaten van ambtenaren van de Rijksoverheid. " +
        "Het bericht noemt geen app en gaat niet over provincies.",
      platformsConcerned: [],
      source: {
        slug: "rijksoverheid-spionagegevoelige-apps-2023-03-21",
        title: "Kabinet ontraadt gebruik spionagegevoelige apps voor ambtenaren Rijksoverheid",
        publisher: "Rijksoverheid (Ministerie van BZK)",
        url,
        publishedOn: "2023-03-21",
        kind: "PRESS_RELEASE",
      },
    });
  });

  it("six provinces' TikTok positions per ANP (25 May 2023), Utrecht's per the memo", async () => {
    const res = await server.gql(
      `{ frameworkMatrix(asOf: "2025-07-01", frameworks: ["bzk-tiktok-call"]) { rows { province { code } cells { stance since sinceBasis note position { source { slug title publisher publishedOn } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const anp = {
      slug: "anp-provincies-tiktok-2023-05-25",
      title: "Provincies verwijderen TikTok van werktelefoons ambtenaren",
      publisher: "ANP",
      publishedOn: "2023-05-25",
    };
    const ipo = " Volgens een woordvoerder van het IPO volgen de provincies het rijksbeleid voor werkapparaten.";
    const discourages = {
      stance: "FOLLOWS",
      since: "2023-05-25",
      sinceBasis: "SOURCE_DATE",
      position: { source: anp },
      note: "Ontraadt het gebruik van TikTok op werktelefoons van ambtenaren." + ipo,
    };
    const impossible = {
      ...discourages,
      note: "Heeft het gebruik van TikTok op werkapparatuur van ambtenaren onmogelijk gemaakt." + ipo,
    };
    const unknown = { stance: "UNKNOWN", since: null, sinceBasis: null, note: null, position: null };
    const cells = Object.fromEntries(res.data!.frameworkMatrix.rows.map((r: any) => [r.province.code, r.cells[0]]));
    expect(cells).toEqual({
      PV20: impossible,
      PV21: discourages,
      PV22: impossible,
      PV23: discourages,
      PV24: unknown,
      PV25: unknown,
      PV26: {
        stance: "FOLLOWS",
        since: "2025-03-20",
        sinceBasis: "SOURCE_DATE",
        note:
          "Volgens de memo deed het ministerie van BZK enkele jaren geleden een dringende oproep om als overheid geen TikTok meer te " +
          "gebruiken vanwege Chinees spionagegevaar, en is ook werknemers dringend verzocht het platform niet op telefoons van het " +
          "werk te gebruiken. Utrecht heeft die instructie, net als de meeste overheden, opgevolgd.",
        position: {
          source: {
            slug: "utrecht-memo-2025",
            title:
              "Sociale media-accounts provincie Utrecht, ontwikkelingen overige provincies en relevante kaders (memo)",
            publisher: "Provincie Utrecht, Corporate Communicatie",
            publishedOn: null,
          },
        },
      },
      PV27: discourages,
      PV28: unknown,
      PV29: unknown,
      PV30: unknown,
      PV31: impossible,
    });
  });

  it("every source with its address; CODIO and the Werkagenda cite their own documents", async () => {
    const res = await server.gql(`{ sources { slug publisher url publishedOn kind } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.sources).toEqual([
      {
        slug: "utrecht-memo-2025",
        publisher: "Provincie Utrecht, Corporate Communicatie",
        url: null,
        publishedOn: null,
        kind: "MEMO",
      },
      {
        slug: "binnenlands-bestuur-2025-03-20",
        publisher: "Binnenlands Bestuur",
        url: "https://www.binnenlandsbestuur.nl/",
        publishedOn: "2025-03-20",
        kind: "NEWS_ARTICLE",
      },
      {
        slug: "ec-dsa-vlop-designation-2023-04-25",
        publisher: "Europese Commissie",
        url: "https://ec.europa.eu/commission/presscorner/detail/en/ip_23_2413",
        publishedOn: "2023-04-25",
        kind: "PRESS_RELEASE",
      },
      {
        slug: "ec-dsa-x-proceedings-2023-12-18",
        publisher: "Europese Commissie",
        url: "https://ec.europa.eu/commission/presscorner/detail/en/ip_23_6709",
        publishedOn: "2023-12-18",
        kind: "PRESS_RELEASE",
      },
      {
        slug: "ec-dsa-x-preliminary-findings-2024-07-12",
        publisher: "Europese Commissie",
        url: "https://ec.europa.eu/commission/presscorner/detail/en/ip_24_3761",
        publishedOn: "2024-07-12",
        kind: "PRESS_RELEASE",
      },
      {
        slug: "ec-dsa-x-decision-2025-12-05",
        publisher: "Europese Commissie",
        url: "https://ec.europa.eu/commission/presscorner/detail/en/ip_25_2934",
        publishedOn: "2025-12-05",
        kind: "PRESS_RELEASE",
      },
      {
        slug: "rijksoverheid-spionagegevoelige-apps-2023-03-21",
        publisher: "Rijksoverheid (Ministerie van BZK)",
        url: "https://www.rijksoverheid.nl/ministeries/ministerie-van-binnenlandse-zaken-en-koninkrijksrelaties/nieuws/2023/03/21/kabinet-ontraadt-gebruik-spionagegevoelige-apps-voor-ambtenaren-rijksoverheid",
        publishedOn: "2023-03-21",
        kind: "PRESS_RELEASE",
      },
      {
        slug: "anp-provincies-tiktok-2023-05-25",
        publisher: "ANP",
        url: "https://nieuws.nl/algemeen/20230525/provincies-verwijderen-tiktok-van-werktelefoons-ambtenaren/",
        publishedOn: "2023-05-25",
        kind: "NEWS_ARTICLE",
      },
      {
        slug: "codio-2021",
        publisher: "Universiteit Utrecht (Meijer en Ruijer), in opdracht van het Ministerie van BZK",
        url: "https://www.rijksoverheid.nl/documenten",
        publishedOn: "2021-06-10",
        kind: "POLICY_DOCUMENT",
      },
      {
        slug: "werkagenda-waardengedreven-digitaliseren-2022-11-04",
        publisher: "Rijksoverheid (Ministerie van BZK)",
        url: "https://zoek.officielebekendmakingen.nl/kst-26643-940.html",
        publishedOn: "2022-11-04",
        kind: "POLICY_DOCUMENT",
      },
      {
        slug: "wikipedia-nl-friesland-provincie",
        publisher: "Wikipedia (Nederlandstalig)",
        url: "https://nl.wikipedia.org/wiki/Friesland_(provincie)",
        publishedOn: null,
        kind: "WEBSITE",
      },
    ]);
    const frameworks = await server.gql(`{ frameworks { slug publishedOn url source { slug } } }`);
    const bySlug = Object.fromEntries(frameworks.data!.frameworks.map((f: any) => [f.slug, f]));
    expect(bySlug.codio).toEqual({
      slug: "codio",
      publishedOn: "2021-06-10",
      url: null,
      source: { slug: "codio-2021" },
    });
    expect(bySlug["werkagenda-waardengedreven-digitaliseren"]).toEqual({
      slug: "werkagenda-waardengedreven-digitaliseren",
      publishedOn: "2022-11-04",
      url: null,
      source: { slug: "werkagenda-waardengedreven-digitaliseren-2022-11-04" },
    });
    expect(bySlug.dsa.url).toBe("https://eur-lex.europa.eu/eli/reg/2022/2065/oj");
    expect(bySlug.dma.url).toBe("https://eur-lex.europa.eu/eli/reg/2022/1925/oj");
  });

  it("what the memo says beside the table: paid content (the wolf), critical factors, principles, caveats", async () => {
    const res = await server.gql(
      `{ province(code: "PV26") { presences { platform { slug } status(asOf: "2025-07-01") { reason } } }
         values { slug name nameEn origin }
         valueMatrix(asOf: "2025-07-01", provinces: ["PV26"], values: ["transparantie"]) { rows { cells { assessment { note } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const reasons = Object.fromEntries(
      res.data!.province.presences.map((p: any) => [p.platform.slug, p.status.reason as string]),
    );
    for (const platform of ["x", "facebook", "instagram", "linkedin"])
      expect(reasons[platform]).toContain(
        "Betaalde content alleen bij campagnes die een opgave direct ondersteunen en bijdragen aan een specifiek doel, voor een " +
          "groter en gerichter bereik; voorbeeld: betaalde advertenties met informatie over de wolf.",
      );
    expect(res.data!.values.find((v: any) => v.slug === "gedrag-van-gebruikers")).toEqual({
      slug: "gedrag-van-gebruikers",
      name: "Gedrag van de gebruikers op het platform",
      nameEn: "User behaviour on the platform",
      origin: "CRITICAL_FACTOR",
    });
    expect(res.data!.valueMatrix.rows[0].cells[0].assessment.note).toBe(
      "Waardengedreven gesprekken zijn niet eenvoudig en vragen tijd en oefening; dat geldt ook voor het samenvatten en duiden " +
        "van de uitkomsten, en volledig zijn is lastig. Het gesprek is gevoerd aan de hand van de in de CODIO benoemde waarden en " +
        "de communicatieve uitgangspunten zichtbaar, vindbaar, verbindend en transparant. Ook kritische factoren als " +
        "informatieveiligheid en privacy zijn van belang, evenals het gedrag van de gebruikers op het platform. De provincie " +
        "blijft in gesprek en is zich bewust van de gevoeligheid en van de potentiële druk op publieke waarden die door de " +
        "machtsconcentratie van sociale mediaplatformen is ontstaan.",
    );
  });

  it("the frameworks and their status", async () => {
    const res = await server.gql(`{ frameworks { slug level kind status } }`);
    expect(res.data!.frameworks).toEqual([
      { slug: "bzk-tiktok-call", level: "NATIONAL", kind: "DIRECTIVE", status: "IN_FORCE" },
      { slug: "vora-social-media-framework", level: "NATIONAL", kind: "POLICY_FRAMEWORK", status: "NOT_DELIVERED" },
      { slug: "werkagenda-waardengedreven-digitaliseren", level: "NATIONAL", kind: "WORK_AGENDA", status: "PUBLISHED" },
      { slug: "dsa", level: "EU", kind: "LEGISLATION", status: "IN_FORCE" },
      { slug: "dma", level: "EU", kind: "LEGISLATION", status: "IN_FORCE" },
      { slug: "codio", level: "ACADEMIC", kind: "CODE", status: "PUBLISHED" },
      {
        slug: "digital-autonomy-sovereignty-framework",
        level: "NATIONAL",
        kind: "POLICY_FRAMEWORK",
        status: "IN_PREPARATION",
      },
      { slug: "vng-advice-platforms-democracy", level: "MUNICIPAL_ASSOCIATION", kind: "ADVICE", status: "ANNOUNCED" },
    ]);
  });

  it("the twelve provinces with their identifiers", async () => {
    const res = await server.gql(`{ provinces { code name isoCode tooiId } }`);
    expect(res.data!.provinces).toHaveLength(12);
    expect(res.data!.provinces[1]).toEqual({
      code: "PV21",
      name: "Fryslân",
      isoCode: "NL-FR",
      tooiId: "https://identifier.overheid.nl/tooi/id/provincie/pv21",
    });
    expect(res.data!.provinces.map((p: any) => p.code)).toEqual([
      "PV20",
      "PV21",
      "PV22",
      "PV23",
      "PV24",
      "PV25",
      "PV26",
      "PV27",
      "PV28",
      "PV29",
      "PV30",
      "PV31",
    ]);
  });

  it("Utrecht's exit criterion", async () => {
    const res = await server.gql(
      `{ province(code: "PV26") { exitCriteria { kind state platform { slug } source { slug } } } }`,
    );
    expect(res.data!.province.exitCriteria).toEqual([
      { kind: "EXIT", state: "MONITORING", platform: null, source: { slug: "utrecht-memo-2025" } },
    ]);
  });
});
