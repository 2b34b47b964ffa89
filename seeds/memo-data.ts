import {
  AssessmentState,
  CriterionKind,
  CriterionState,
  DateBasis,
  DsaDesignation,
  FindingStage,
  FindingTopic,
  FrameworkKind,
  FrameworkLevel,
  FrameworkStatus,
  Impact,
  PaidContent,
  PlatformModel,
  PresenceStatus,
  Purpose,
  SourceKind,
  Stance,
  ValueOrigin,
} from "../src/domain/enums";

/**
 * The facts of the seed as plain data: what the Utrecht memo (`../shared/sources/utrecht-social-media-memo.txt`,
 * source `utrecht-memo-2025`) and the documents it refers to state, and nothing more (docs/design.md §2.5).
 *
 * - Everything refers to everything else by natural key: province code (`PV26`), platform slug (`x`), value slug,
 *   framework slug, source slug. `seed.ts` resolves the keys; this file holds no database code.
 * - Every fact cites a source slug. Reference data without a source column (provinces, platforms' base data) is
 *   standard public reference data (CBS codes, ISO 3166-2, TOOI); it is named in docs/design.md §2.1 and §2.5.
 * - Calendar dates are `YYYY-MM-DD` strings. Facts the memo states without a date of their own get the memo's
 *   reference date {@link MEMO_REFERENCE_DATE} with basis `SOURCE_DATE` ("true at the latest on this date").
 * - Each source carries its official address where one exists. Where the exact address of a document could not be
 *   confirmed, `url` is the publisher's own site and the source's `note` says so; the memo itself has no address.
 *   Presences have no accounts: the memo names no handles.
 * - The memo's own claims about documents it cites (X "possibly" failing DSA requirements, what the Werkagenda says)
 *   are recorded as the memo's (developments citing the memo); the documents' own records cite the documents.
 * - Rationales, reasons and descriptions are short Dutch paraphrases of the memo, not quotations.
 */

/** Slugs of the sources, so that a typo in a citation is a type error. */
export type SourceSlug =
  | "utrecht-memo-2025"
  | "binnenlands-bestuur-2025-03-20"
  | "ec-dsa-vlop-designation-2023-04-25"
  | "ec-dsa-x-proceedings-2023-12-18"
  | "ec-dsa-x-preliminary-findings-2024-07-12"
  | "ec-dsa-x-decision-2025-12-05"
  | "rijksoverheid-spionagegevoelige-apps-2023-03-21"
  | "anp-provincies-tiktok-2023-05-25"
  | "codio-2021"
  | "werkagenda-waardengedreven-digitaliseren-2022-11-04"
  | "wikipedia-nl-friesland-provincie";

export type ProvinceCode =
  "PV20" | "PV21" | "PV22" | "PV23" | "PV24" | "PV25" | "PV26" | "PV27" | "PV28" | "PV29" | "PV30" | "PV31";

export type PlatformSlug =
  "x" | "facebook" | "instagram" | "linkedin" | "youtube" | "tiktok" | "mastodon" | "bluesky" | "threads" | "peertube";

export type ValueSlug =
  | "transparantie"
  | "vindbaarheid"
  | "verbinding"
  | "volledige-informatievoorziening-en-zichtbaarheid"
  | "betrouwbaarheid"
  | "digitale-inclusiviteit"
  | "onafhankelijkheid"
  | "uitlegbaarheid"
  | "informatieveiligheid"
  | "privacy"
  | "gedrag-van-gebruikers";

export type FrameworkSlug =
  | "bzk-tiktok-call"
  | "vora-social-media-framework"
  | "werkagenda-waardengedreven-digitaliseren"
  | "dsa"
  | "dma"
  | "codio"
  | "digital-autonomy-sovereignty-framework"
  | "vng-advice-platforms-democracy";

export interface SourceSeed {
  slug: SourceSlug;
  title: string;
  publisher: string;
  url: string | null;
  publishedOn: string | null;
  kind: SourceKind;
  note: string | null;
}

export interface ProvinceSeed {
  code: ProvinceCode;
  name: string;
  slug: string;
  isoCode: string;
  tooiId: string;
}

export interface PlatformSeed {
  slug: PlatformSlug;
  name: string;
  operator: string | null;
  jurisdiction: string | null;
  model: PlatformModel | null;
  /** DSA designation with its date and source, or null when the platform is not designated. */
  dsa: { designation: DsaDesignation; designatedOn: string; source: SourceSlug } | null;
}

export interface ValueSeed {
  slug: ValueSlug;
  name: string;
  nameEn: string;
  description: string;
  origin: ValueOrigin;
  /** Where the value is named. Not stored: the `value` table has no source column. */
  source: SourceSlug;
}

export interface FrameworkSeed {
  slug: FrameworkSlug;
  shortName: string;
  title: string;
  issuer: string;
  level: FrameworkLevel;
  kind: FrameworkKind;
  status: FrameworkStatus;
  publishedOn: string | null;
  inForceOn: string | null;
  url: string | null;
  summary: string;
  platformsConcerned: PlatformSlug[];
  source: SourceSlug;
}

export interface PlatformFindingSeed {
  framework: FrameworkSlug;
  platform: PlatformSlug;
  stage: FindingStage;
  topics: FindingTopic[];
  occurredOn: string;
  /** Fine imposed at this stage, in whole euros; null when none. */
  fineEur: number | null;
  summary: string | null;
  source: SourceSlug;
}

export interface PlatformStatusSeed {
  status: PresenceStatus;
  validFrom: string;
  validFromBasis: DateBasis;
  commentsEnabled: boolean | null;
  engagement: boolean | null;
  purposes: Purpose[];
  paidContent: PaidContent | null;
  reason: string | null;
  source: SourceSlug;
}

/** A presence (one per province and platform) with its status snapshots, oldest first. */
export interface PresenceSeed {
  province: ProvinceCode;
  platform: PlatformSlug;
  accounts: { handle: string; url: string | null }[];
  statuses: PlatformStatusSeed[];
}

export interface FrameworkPositionSeed {
  province: ProvinceCode;
  framework: FrameworkSlug;
  stance: Stance;
  since: string;
  sinceBasis: DateBasis;
  note: string | null;
  source: SourceSlug;
}

export interface ValueRatingSeed {
  value: ValueSlug;
  /** Null: the rating holds for the use of social media platforms in general. */
  platform: PlatformSlug | null;
  impact: Impact;
  rationale: string;
}

export interface AssessmentSeed {
  province: ProvinceCode;
  heldOn: string;
  heldOnBasis: DateBasis;
  method: string;
  disciplines: string[];
  /** The province's remarks on the assessment as a whole; null when none. */
  note: string | null;
  platform: PlatformSlug | null;
  state: AssessmentState;
  /** ISO 8601 instant with offset; required unless `state` is DRAFT. */
  source: SourceSlug;
  ratings: ValueRatingSeed[];
}

export interface ExitCriterionSeed {
  province: ProvinceCode;
  platform: PlatformSlug | null;
  kind: CriterionKind;
  description: string;
  /** Valid date of the criterion, with its basis (DAY precision). */
  adoptedOn: string;
  adoptedOnBasis: DateBasis;
  source: SourceSlug;
  /** Its dated reviews (the state the source gives), citing the criterion's source. */
  reviews: Array<{ state: CriterionState; reviewedOn: string; reviewedOnBasis: DateBasis; note: string | null }>;
}

export interface DevelopmentSeed {
  slug: string;
  occurredOn: string | null;
  /** Basis of `occurredOn` (null exactly when undated); precision DAY. */
  occurredOnBasis: DateBasis | null;
  title: string;
  description: string;
  provinces: ProvinceCode[];
  source: SourceSlug;
}

/** Another name a province is known by (province lookups find it too), with the source that states its use. */
export interface ProvinceAlternativeNameSeed {
  province: ProvinceCode;
  name: string;
  source: SourceSlug;
  note: string | null;
}

export interface MemoData {
  sources: SourceSeed[];
  provinces: ProvinceSeed[];
  provinceAlternativeNames: ProvinceAlternativeNameSeed[];
  platforms: PlatformSeed[];
  values: ValueSeed[];
  frameworks: FrameworkSeed[];
  platformFindings: PlatformFindingSeed[];
  presences: PresenceSeed[];
  frameworkPositions: FrameworkPositionSeed[];
  assessments: AssessmentSeed[];
  exitCriteria: ExitCriterionSeed[];
  developments: DevelopmentSeed[];
}

/**
 * The memo is undated. The last date it mentions is Binnenlands Bestuur of 20 March 2025, so it was written on or
 * after that day; facts it states without a date of their own are recorded as observations on this date (basis
 * SOURCE_DATE: "in force according to the memo", never a change on this day; docs/design.md §2.2). Its assessment
 * too: `heldOn` is this date with basis SOURCE_DATE, i.e. held by the memo's date, on a day the memo does not give.
 */
export const MEMO_REFERENCE_DATE = "2025-03-20";

const MEMO: SourceSlug = "utrecht-memo-2025";
const UTRECHT: ProvinceCode = "PV26";

/** Said in a source's note when `url` is the publisher's site because the document's own address was not confirmed. */
const PUBLISHER_SITE = "Adres: de site van de uitgever; het adres van het document zelf is niet vastgelegd.";

const sources: SourceSeed[] = [
  {
    slug: "utrecht-memo-2025",
    title: "Sociale media-accounts provincie Utrecht, ontwikkelingen overige provincies en relevante kaders (memo)",
    publisher: "Provincie Utrecht, Corporate Communicatie",
    url: null,
    publishedOn: null,
    kind: SourceKind.MEMO,
    note:
      "Ongedateerd; geschreven na 20 maart 2025 (de laatste datum die de memo noemt: Binnenlands Bestuur 20-03-2025). " +
      "Feiten zonder eigen datum zijn waarnemingen op die datum (DateBasis SOURCE_DATE): ze golden toen; sinds wanneer zegt de memo niet. Geen openbaar adres.",
  },
  {
    slug: "binnenlands-bestuur-2025-03-20",
    title: "Artikel over het aangekondigde VNG-advies over sociale mediaplatformen",
    publisher: "Binnenlands Bestuur",
    url: "https://www.binnenlandsbestuur.nl/",
    publishedOn: "2025-03-20",
    kind: SourceKind.NEWS_ARTICLE,
    note: `Geciteerd in de Utrechtse memo, die titel noch adres geeft; beschrijvende titel. ${PUBLISHER_SITE}`,
  },
  {
    slug: "ec-dsa-vlop-designation-2023-04-25",
    title: "Digital Services Act: Commission designates first set of Very Large Online Platforms and Search Engines",
    publisher: "Europese Commissie",
    url: "https://ec.europa.eu/commission/presscorner/detail/en/ip_23_2413",
    publishedOn: "2023-04-25",
    kind: SourceKind.PRESS_RELEASE,
    note: null,
  },
  {
    slug: "ec-dsa-x-proceedings-2023-12-18",
    title: "Commission opens formal proceedings against X under the Digital Services Act",
    publisher: "Europese Commissie",
    url: "https://ec.europa.eu/commission/presscorner/detail/en/ip_23_6709",
    publishedOn: "2023-12-18",
    kind: SourceKind.PRESS_RELEASE,
    note: null,
  },
  {
    slug: "ec-dsa-x-preliminary-findings-2024-07-12",
    title: "Commission sends preliminary findings to X for breach of the Digital Services Act",
    publisher: "Europese Commissie",
    url: "https://ec.europa.eu/commission/presscorner/detail/en/ip_24_3761",
    publishedOn: "2024-07-12",
    kind: SourceKind.PRESS_RELEASE,
    note: null,
  },
  {
    slug: "ec-dsa-x-decision-2025-12-05",
    title: "Commission fines X €120 million under the Digital Services Act",
    publisher: "Europese Commissie",
    url: "https://ec.europa.eu/commission/presscorner/detail/en/ip_25_2934",
    publishedOn: "2025-12-05",
    kind: SourceKind.PRESS_RELEASE,
    note: null,
  },
  {
    slug: "rijksoverheid-spionagegevoelige-apps-2023-03-21",
    title: "Kabinet ontraadt gebruik spionagegevoelige apps voor ambtenaren Rijksoverheid",
    publisher: "Rijksoverheid (Ministerie van BZK)",
    url: "https://www.rijksoverheid.nl/ministeries/ministerie-van-binnenlandse-zaken-en-koninkrijksrelaties/nieuws/2023/03/21/kabinet-ontraadt-gebruik-spionagegevoelige-apps-voor-ambtenaren-rijksoverheid",
    publishedOn: "2023-03-21",
    kind: SourceKind.PRESS_RELEASE,
    note: "Over spionagegevoelige apps op de werkapparaten van ambtenaren van de Rijksoverheid; noemt geen app en gaat niet over provincies.",
  },
  {
    slug: "anp-provincies-tiktok-2023-05-25",
    title: "Provincies verwijderen TikTok van werktelefoons ambtenaren",
    publisher: "ANP",
    url: "https://nieuws.nl/algemeen/20230525/provincies-verwijderen-tiktok-van-werktelefoons-ambtenaren/",
    publishedOn: "2023-05-25",
    kind: SourceKind.NEWS_ARTICLE,
    note: "ANP-bericht (Den Haag, 25 mei 2023); het adres is dat van de overname door nieuws.nl.",
  },
  {
    slug: "codio-2021",
    title: "Code Goed Digitaal Openbaar Bestuur (CODIO)",
    publisher: "Universiteit Utrecht (Meijer en Ruijer), in opdracht van het Ministerie van BZK",
    url: "https://www.rijksoverheid.nl/documenten",
    publishedOn: "2021-06-10",
    kind: SourceKind.POLICY_DOCUMENT,
    note:
      "Code van april 2021, op 10 juni 2021 aan de Tweede Kamer gezonden (die dag als publicatiedatum). " +
      "Adres: het documentenoverzicht van de Rijksoverheid; het adres van het document zelf is niet vastgelegd.",
  },
  {
    slug: "werkagenda-waardengedreven-digitaliseren-2022-11-04",
    title: "Werkagenda Waardengedreven Digitaliseren",
    publisher: "Rijksoverheid (Ministerie van BZK)",
    url: "https://zoek.officielebekendmakingen.nl/kst-26643-940.html",
    publishedOn: "2022-11-04",
    kind: SourceKind.POLICY_DOCUMENT,
    note:
      "Op 4 november 2022 aan de Tweede Kamer gezonden (Kamerstuk 26 643, nr. 940), bijgewerkt op 22 december 2023. " +
      "Adres: de aanbiedingsbrief in de Staatscourant-/Kamerstukkenbank.",
  },
  {
    slug: "wikipedia-nl-friesland-provincie",
    title: "Friesland (provincie)",
    publisher: "Wikipedia (Nederlandstalig)",
    url: "https://nl.wikipedia.org/wiki/Friesland_(provincie)",
    publishedOn: null,
    kind: SourceKind.WEBSITE,
    note:
      "Vermeldt dat Provinciale Staten de officiële naam per 1 januari 1997 veranderden van Friesland in Fryslân, " +
      "en dat in het Nederlandse taalgebruik de naam Friesland in gebruik blijft. Niet de memo: bron van de " +
      "alternatieve naam waarmee het register de provincie ook vindt.",
  },
];

const provinces: ProvinceSeed[] = (
  [
    ["PV20", "Groningen", "groningen", "NL-GR"],
    ["PV21", "Fryslân", "fryslan", "NL-FR"],
    ["PV22", "Drenthe", "drenthe", "NL-DR"],
    ["PV23", "Overijssel", "overijssel", "NL-OV"],
    ["PV24", "Flevoland", "flevoland", "NL-FL"],
    ["PV25", "Gelderland", "gelderland", "NL-GE"],
    ["PV26", "Utrecht", "utrecht", "NL-UT"],
    ["PV27", "Noord-Holland", "noord-holland", "NL-NH"],
    ["PV28", "Zuid-Holland", "zuid-holland", "NL-ZH"],
    ["PV29", "Zeeland", "zeeland", "NL-ZE"],
    ["PV30", "Noord-Brabant", "noord-brabant", "NL-NB"],
    ["PV31", "Limburg", "limburg", "NL-LI"],
  ] as const
).map(([code, name, slug, isoCode]) => ({
  code,
  name,
  slug,
  isoCode,
  tooiId: `https://identifier.overheid.nl/tooi/id/provincie/${code.toLowerCase()}`,
}));

/**
 * Other names provinces are known by. Only Fryslân has one: its only official name has been the Frisian one since
 * 1 January 1997, while Dutch usage keeps Friesland. The other eleven provinces' names are the same in Dutch and
 * official use (no alternatives are invented: informal names like "Brabant" are not official names).
 */
const provinceAlternativeNames: ProvinceAlternativeNameSeed[] = [
  {
    province: "PV21",
    name: "Friesland",
    source: "wikipedia-nl-friesland-provincie",
    note: "De gangbare Nederlandse naam; officieel tot 1 januari 1997.",
  },
];

const VLOP = {
  designation: DsaDesignation.VLOP,
  designatedOn: "2023-04-25",
  source: "ec-dsa-vlop-designation-2023-04-25",
} as const;

const platforms: PlatformSeed[] = [
  // Operator and jurisdiction stay null: neither the memo nor the documents it cites name them, and the register
  // holds only what a source says. `model` is filled only where it is what the platform is (a single company's
  // service, or an ActivityPub network); Bluesky and Threads are left open.
  { slug: "x", name: "X", operator: null, jurisdiction: null, model: PlatformModel.CENTRALISED, dsa: VLOP },
  {
    slug: "facebook",
    name: "Facebook",
    operator: null,
    jurisdiction: null,
    model: PlatformModel.CENTRALISED,
    dsa: VLOP,
  },
  {
    slug: "instagram",
    name: "Instagram",
    operator: null,
    jurisdiction: null,
    model: PlatformModel.CENTRALISED,
    dsa: VLOP,
  },
  {
    slug: "linkedin",
    name: "LinkedIn",
    operator: null,
    jurisdiction: null,
    model: PlatformModel.CENTRALISED,
    dsa: VLOP,
  },
  { slug: "youtube", name: "YouTube", operator: null, jurisdiction: null, model: PlatformModel.CENTRALISED, dsa: VLOP },
  { slug: "tiktok", name: "TikTok", operator: null, jurisdiction: null, model: PlatformModel.CENTRALISED, dsa: VLOP },
  { slug: "mastodon", name: "Mastodon", operator: null, jurisdiction: null, model: PlatformModel.FEDERATED, dsa: null },
  { slug: "bluesky", name: "Bluesky", operator: null, jurisdiction: null, model: null, dsa: null },
  { slug: "threads", name: "Threads", operator: null, jurisdiction: null, model: null, dsa: null },
  { slug: "peertube", name: "PeerTube", operator: null, jurisdiction: null, model: PlatformModel.FEDERATED, dsa: null },
];

const values: ValueSeed[] = [
  {
    slug: "transparantie",
    name: "Transparantie",
    nameEn: "Transparency",
    description:
      "Communicatief uitgangspunt 'transparant': open zijn over de eigen berichtgeving, ook over dilemma's en niet alleen " +
      "over resultaten, naar zoveel mogelijk doelgroepen.",
    origin: ValueOrigin.COMMUNICATION_PRINCIPLE,
    source: MEMO,
  },
  {
    slug: "vindbaarheid",
    name: "Vindbaarheid",
    nameEn: "Findability",
    description:
      "Communicatief uitgangspunt 'vindbaar': online goed te vinden zijn; interactie op berichten helpt de positie in zoekmachines.",
    origin: ValueOrigin.COMMUNICATION_PRINCIPLE,
    source: MEMO,
  },
  {
    slug: "verbinding",
    name: "Verbinding",
    nameEn: "Connection",
    description:
      "Communicatief uitgangspunt 'verbindend': een band opbouwen met inwoners, onder meer door snel te reageren op hun vragen en opmerkingen.",
    origin: ValueOrigin.COMMUNICATION_PRINCIPLE,
    source: MEMO,
  },
  {
    slug: "volledige-informatievoorziening-en-zichtbaarheid",
    name: "Volledige informatievoorziening en zichtbaarheid",
    nameEn: "Complete information and visibility",
    description:
      "Communicatief uitgangspunt 'zichtbaar': berichten delen op zoveel mogelijk platformen waar een significante groep inwoners ze kan zien.",
    origin: ValueOrigin.COMMUNICATION_PRINCIPLE,
    source: MEMO,
  },
  {
    slug: "betrouwbaarheid",
    name: "Betrouwbaarheid",
    nameEn: "Reliability",
    description:
      "Een betrouwbare overheid zijn, en daarom kritisch kiezen op welke platformen de provincie zich begeeft.",
    origin: ValueOrigin.CODIO,
    source: MEMO,
  },
  {
    slug: "digitale-inclusiviteit",
    name: "(Digitale) inclusiviteit",
    nameEn: "(Digital) inclusiveness",
    description:
      "Iedereen moet kunnen meedoen in de digitale samenleving; wat de provincie zelf plaatst, moet toegankelijk zijn.",
    origin: ValueOrigin.CODIO,
    source: MEMO,
  },
  {
    slug: "onafhankelijkheid",
    name: "Onafhankelijkheid",
    nameEn: "Independence",
    description:
      "Digitale soevereiniteit en autonomie, waaronder zo min mogelijk afhankelijk zijn van grote sociale mediaplatformen.",
    origin: ValueOrigin.CODIO,
    source: MEMO,
  },
  {
    slug: "uitlegbaarheid",
    name: "Uitlegbaarheid",
    nameEn: "Explainability",
    description: "De afweging over het gebruik van platformen en de uitkomsten ervan eenduidig kunnen uitleggen.",
    origin: ValueOrigin.CODIO,
    source: MEMO,
  },
  {
    slug: "informatieveiligheid",
    name: "Informatieveiligheid",
    nameEn: "Information security",
    description:
      "De veiligheid van informatie; door de memo als kritische factor genoemd naast de waarden, niet apart beoordeeld.",
    origin: ValueOrigin.CRITICAL_FACTOR,
    source: MEMO,
  },
  {
    slug: "privacy",
    name: "Privacy",
    nameEn: "Privacy",
    description:
      "De bescherming van persoonsgegevens; door de memo als kritische factor genoemd naast de waarden, niet apart beoordeeld.",
    origin: ValueOrigin.CRITICAL_FACTOR,
    source: MEMO,
  },
  {
    slug: "gedrag-van-gebruikers",
    name: "Gedrag van de gebruikers op het platform",
    nameEn: "User behaviour on the platform",
    description:
      "Hoe gebruikers zich op het platform gedragen; door de memo naast informatieveiligheid en privacy als kritische factor " +
      "genoemd, niet apart beoordeeld (zie het exitcriterium over haatberichten en bedreigingen).",
    origin: ValueOrigin.CRITICAL_FACTOR,
    source: MEMO,
  },
];

const VLOPS: PlatformSlug[] = ["x", "facebook", "instagram", "linkedin", "youtube", "tiktok"];

const frameworks: FrameworkSeed[] = [
  {
    slug: "bzk-tiktok-call",
    // The slug is the key the API has always had; the record describes what the release says. The memo's wider
    // wording (an urgent BZK call to all government not to use TikTok) is in Utrecht's position, citing the memo.
    shortName: "Kabinet ontraadt spionagegevoelige apps (Rijksoverheid)",
    title: "Kabinet ontraadt gebruik spionagegevoelige apps voor ambtenaren Rijksoverheid",
    issuer: "Ministerie van BZK",
    level: FrameworkLevel.NATIONAL,
    kind: FrameworkKind.DIRECTIVE,
    status: FrameworkStatus.IN_FORCE,
    publishedOn: "2023-03-21",
    inForceOn: null,
    url: "https://www.rijksoverheid.nl/ministeries/ministerie-van-binnenlandse-zaken-en-koninkrijksrelaties/nieuws/2023/03/21/kabinet-ontraadt-gebruik-spionagegevoelige-apps-voor-ambtenaren-rijksoverheid",
    summary:
      "Het kabinet ontraadt het gebruik van spionagegevoelige apps op de werkapparaten van ambtenaren van de Rijksoverheid. " +
      "Het bericht noemt geen app en gaat niet over provincies.",
    platformsConcerned: [], // the release names no app
    source: "rijksoverheid-spionagegevoelige-apps-2023-03-21",
  },
  {
    slug: "vora-social-media-framework",
    shortName: "VoRa afwegingskader en entry-/exitstrategie",
    title: "Afwegingskader en entry- en exitstrategie voor sociale media (werkprogramma VoRa 2022-2025)",
    issuer: "Voorlichtingsraad (VoRa) Rijksoverheid",
    level: FrameworkLevel.NATIONAL,
    kind: FrameworkKind.POLICY_FRAMEWORK,
    status: FrameworkStatus.NOT_DELIVERED,
    publishedOn: null,
    inForceOn: null,
    url: null,
    summary:
      "De VoRa heeft in haar werkprogramma 2022-2025 opgenomen dat zij voor de Rijksoverheid een afwegingskader en een " +
      "entry- en exitstrategie voor het gebruik van sociale media wil maken. Beide zijn nog niet opgeleverd.",
    platformsConcerned: [],
    source: MEMO,
  },
  {
    slug: "werkagenda-waardengedreven-digitaliseren",
    shortName: "Werkagenda Waardengedreven Digitaliseren",
    title: "Werkagenda Waardengedreven Digitaliseren",
    issuer: "Rijksoverheid (BZK)",
    level: FrameworkLevel.NATIONAL,
    kind: FrameworkKind.WORK_AGENDA,
    status: FrameworkStatus.PUBLISHED,
    publishedOn: "2022-11-04",
    inForceOn: null,
    url: null,
    summary:
      "Werkagenda van het kabinet voor waardengedreven digitalisering, op 4 november 2022 aan de Tweede Kamer gezonden en op " +
      "22 december 2023 bijgewerkt.",
    platformsConcerned: [],
    source: "werkagenda-waardengedreven-digitaliseren-2022-11-04",
  },
  {
    slug: "dsa",
    shortName: "DSA",
    title: "Digital Services Act (DSA)",
    issuer: "Europese Unie",
    level: FrameworkLevel.EU,
    kind: FrameworkKind.LEGISLATION,
    status: FrameworkStatus.IN_FORCE,
    publishedOn: null,
    inForceOn: null,
    url: "https://eur-lex.europa.eu/eli/reg/2022/2065/oj",
    summary:
      "Europese wetgeving voor digitale diensten, van kracht. De Europese Commissie is het bevoegd gezag dat toetst of de " +
      "platformen zich eraan houden.",
    platformsConcerned: VLOPS,
    source: MEMO,
  },
  {
    slug: "dma",
    shortName: "DMA",
    title: "Digital Markets Act (DMA)",
    issuer: "Europese Unie",
    level: FrameworkLevel.EU,
    kind: FrameworkKind.LEGISLATION,
    status: FrameworkStatus.IN_FORCE,
    publishedOn: null,
    inForceOn: null,
    url: "https://eur-lex.europa.eu/eli/reg/2022/1925/oj",
    summary:
      "Europese wetgeving voor digitale markten, van kracht. De Europese Commissie is het bevoegd gezag dat toetst of de platformen zich eraan houden.",
    platformsConcerned: [],
    source: MEMO,
  },
  {
    slug: "codio",
    shortName: "CODIO",
    title: "Code Goed Digitaal Openbaar Bestuur",
    issuer: "Universiteit Utrecht (in opdracht van BZK)",
    level: FrameworkLevel.ACADEMIC,
    kind: FrameworkKind.CODE,
    status: FrameworkStatus.PUBLISHED,
    publishedOn: "2021-06-10",
    inForceOn: null,
    url: null,
    summary:
      "Code van de Universiteit Utrecht (Meijer en Ruijer, april 2021), in opdracht van BZK, om digitalisering en het gebruik " +
      "van technologie in het openbaar bestuur in goede, verantwoordelijke banen te leiden; op 10 juni 2021 aan de Tweede Kamer gezonden.",
    platformsConcerned: [],
    source: "codio-2021",
  },
  {
    slug: "digital-autonomy-sovereignty-framework",
    shortName: "Beleidskader digitale autonomie en soevereiniteit (concept)",
    title: "Beleidskader digitale autonomie en soevereiniteit (concept)",
    issuer: "Landelijke werkgroep digitale autonomie en soevereiniteit",
    level: FrameworkLevel.NATIONAL,
    kind: FrameworkKind.POLICY_FRAMEWORK,
    status: FrameworkStatus.IN_PREPARATION,
    publishedOn: null,
    inForceOn: null,
    url: null,
    summary:
      "Conceptbeleidskader in ontwikkeling, vooral voor ICT-diensten en -middelen waarop overheden documenten en interne " +
      "informatie delen of die zij voor hun interne bedrijfsvoering gebruiken. Sociale media sluiten er deels bij aan.",
    platformsConcerned: [],
    source: MEMO,
  },
  {
    slug: "vng-advice-platforms-democracy",
    shortName: "VNG-advies sociale media en democratische rechtsorde",
    title:
      "VNG-advies over het gebruik van sociale mediaplatformen in relatie tot het ondermijnen van de democratische rechtsorde",
    issuer: "VNG",
    level: FrameworkLevel.MUNICIPAL_ASSOCIATION,
    kind: FrameworkKind.ADVICE,
    status: FrameworkStatus.ANNOUNCED,
    publishedOn: null,
    inForceOn: null,
    url: null,
    summary:
      "Aangekondigd advies van de VNG aan haar leden. De VNG verwacht geen snelle oplossing, omdat sociale media steeds meer " +
      "verweven zijn met gemeentelijke communicatie en dienstverlening.",
    platformsConcerned: [],
    source: "binnenlands-bestuur-2025-03-20",
  },
];

/** The three breaches of the preliminary findings and of the decision, in the Commission's order. */
const X_TRANSPARENCY_BREACHES = [
  FindingTopic.VERIFICATION_DECEPTIVE_DESIGN,
  FindingTopic.ADVERTISING_REPOSITORY,
  FindingTopic.RESEARCHER_DATA_ACCESS,
];

const platformFindings: PlatformFindingSeed[] = [
  {
    framework: "dsa",
    platform: "x",
    stage: FindingStage.PROCEEDINGS_OPENED,
    topics: [
      FindingTopic.ILLEGAL_CONTENT_DISSEMINATION,
      FindingTopic.INFORMATION_MANIPULATION,
      ...X_TRANSPARENCY_BREACHES,
    ],
    occurredOn: "2023-12-18",
    fineEur: null,
    summary:
      "De Europese Commissie opent een formele procedure tegen X onder de DSA over de verspreiding van illegale content, de " +
      "effectiviteit van maatregelen tegen informatiemanipulatie, het misleidende ontwerp van het 'blauwe vinkje', het " +
      "advertentiearchief en de toegang van onderzoekers tot gegevens.",
    source: "ec-dsa-x-proceedings-2023-12-18",
  },
  {
    framework: "dsa",
    platform: "x",
    stage: FindingStage.PRELIMINARY_FINDINGS,
    topics: X_TRANSPARENCY_BREACHES,
    occurredOn: "2024-07-12",
    fineEur: null,
    summary:
      "Voorlopige bevindingen dat X de DSA schendt op drie punten: het misleidende ontwerp van het 'blauwe vinkje' van " +
      "geverifieerde accounts (art. 25), het advertentiearchief (art. 39) en de toegang van onderzoekers tot gegevens " +
      "(art. 40, lid 12). Het onderzoek naar de verspreiding van illegale content en de effectiviteit van maatregelen tegen " +
      "informatiemanipulatie loopt door.",
    source: "ec-dsa-x-preliminary-findings-2024-07-12",
  },
  {
    framework: "dsa",
    platform: "x",
    stage: FindingStage.DECISION,
    topics: X_TRANSPARENCY_BREACHES,
    occurredOn: "2025-12-05",
    fineEur: 120_000_000,
    summary:
      "Besluit: boete van EUR 120 miljoen voor X wegens dezelfde drie schendingen van de DSA: het misleidende ontwerp van het " +
      "'blauwe vinkje' (art. 25), het advertentiearchief (art. 39) en de toegang van onderzoekers tot gegevens (art. 40, lid 12).",
    source: "ec-dsa-x-decision-2025-12-05",
  },
];

/** A status of Utrecht as the memo describes it: true on the memo's reference date at the latest. */
function utrechtStatus(
  fields: Pick<PlatformStatusSeed, "status" | "engagement" | "purposes" | "paidContent" | "reason">,
): PlatformStatusSeed {
  return {
    ...fields,
    validFrom: MEMO_REFERENCE_DATE,
    validFromBasis: DateBasis.SOURCE_DATE,
    commentsEnabled: null, // the memo does not say whether replies are open
    source: MEMO,
  };
}

/** What the memo says of all four free accounts (X, Facebook, Instagram, LinkedIn). */
const ACCOUNT_NOTE =
  "Gratis account, beheerd door Corporate Communicatie: alle berichten worden centraal door de redactie geplaatst; " +
  "op ieder platform een andere doelgroep. Alleen openbare informatie, nooit interne stukken, en geen één-op-één-informatie met inwoners. " +
  "Betaalde content alleen bij campagnes die een opgave direct ondersteunen en bijdragen aan een specifiek doel, voor een groter " +
  "en gerichter bereik; voorbeeld: betaalde advertenties met informatie over de wolf. ";

const STORIES_REASON =
  ACCOUNT_NOTE +
  "Verhalen en artikelen in het corporate format; naast bereik is er toenemende aandacht voor interactie met de doelgroep (likes, shares en comments).";

const presences: PresenceSeed[] = [
  {
    province: UTRECHT,
    platform: "x",
    accounts: [],
    statuses: [
      utrechtStatus({
        status: PresenceStatus.ACTIVE,
        engagement: null,
        purposes: [Purpose.NEWS, Purpose.ANNOUNCEMENTS],
        paidContent: PaidContent.CAMPAIGNS_ONLY,
        reason:
          ACCOUNT_NOTE +
          "Alleen korte nieuwsberichten en mededelingen die voor alle inwoners belangrijk zijn (bijvoorbeeld wegafsluitingen). " +
          "Na LinkedIn het kanaal met de meeste volgers; het gebruik door inwoners neemt af.",
      }),
    ],
  },
  ...(["linkedin", "facebook", "instagram"] as const).map((platform): PresenceSeed => ({
    province: UTRECHT,
    platform,
    accounts: [],
    statuses: [
      utrechtStatus({
        status: PresenceStatus.ACTIVE,
        engagement: true,
        purposes: [Purpose.STORIES_AND_ARTICLES, Purpose.INTERACTION],
        paidContent: PaidContent.CAMPAIGNS_ONLY,
        reason: STORIES_REASON,
      }),
    ],
  })),
  {
    province: UTRECHT,
    platform: "youtube",
    accounts: [],
    statuses: [
      utrechtStatus({
        status: PresenceStatus.ACTIVE,
        engagement: false,
        purposes: [Purpose.VIDEO_ARCHIVE],
        paidContent: null,
        reason:
          "Beheerd door Corporate Communicatie. Alle uitgezonden video's; het account wordt niet gebruikt om in contact te komen met de doelgroep.",
      }),
    ],
  },
  {
    province: UTRECHT,
    platform: "tiktok",
    accounts: [],
    statuses: [
      utrechtStatus({
        status: PresenceStatus.NOT_PRESENT,
        engagement: null,
        purposes: [],
        paidContent: null,
        reason:
          "Volgens de memo deed het ministerie van BZK enkele jaren geleden een dringende oproep om als overheid geen TikTok meer " +
          "te gebruiken vanwege Chinees spionagegevaar; Utrecht heeft die instructie, net als de meeste overheden, opgevolgd.",
      }),
    ],
  },
  {
    // Only the change the memo dates. No ACTIVE snapshot before it: the memo gives no date for that. The memo says
    // "vanaf 1 juni" without a year; 2025 is inferred (the memo was written after 20 March 2025): basis INFERRED.
    province: "PV23",
    platform: "x",
    accounts: [],
    statuses: [
      {
        status: PresenceStatus.INACTIVE,
        validFrom: "2025-06-01",
        validFromBasis: DateBasis.INFERRED,
        commentsEnabled: null,
        engagement: null,
        purposes: [],
        paidContent: null,
        reason:
          "Vanaf 1 juni niet meer actief op X. De memo noemt geen jaartal; 2025 is afgeleid (de memo is na 20 maart 2025 geschreven).",
        source: MEMO,
      },
    ],
  },
];

const frameworkPositions: FrameworkPositionSeed[] = [
  {
    province: UTRECHT,
    framework: "bzk-tiktok-call",
    stance: Stance.FOLLOWS,
    since: MEMO_REFERENCE_DATE,
    sinceBasis: DateBasis.SOURCE_DATE,
    note:
      "Volgens de memo deed het ministerie van BZK enkele jaren geleden een dringende oproep om als overheid geen TikTok meer te " +
      "gebruiken vanwege Chinees spionagegevaar, en is ook werknemers dringend verzocht het platform niet op telefoons van het " +
      "werk te gebruiken. Utrecht heeft die instructie, net als de meeste overheden, opgevolgd.",
    source: MEMO,
  },
  {
    province: UTRECHT,
    framework: "codio",
    stance: Stance.EMBEDDED_IN_POLICY,
    since: MEMO_REFERENCE_DATE,
    sinceBasis: DateBasis.SOURCE_DATE,
    note: "De CODIO is onderdeel van de Concernvisie op Informatievoorziening en Digitalisering.",
    source: MEMO,
  },
  {
    province: UTRECHT,
    framework: "digital-autonomy-sovereignty-framework",
    stance: Stance.PARTICIPATES,
    since: MEMO_REFERENCE_DATE,
    sinceBasis: DateBasis.SOURCE_DATE,
    note: "Aangesloten bij de landelijke werkgroep digitale autonomie en soevereiniteit; het conceptbeleidskader wordt betrokken bij toekomstige toetsing.",
    source: MEMO,
  },
  // ANP, 25 May 2023: an IPO spokesperson said the provinces follow the national policy on work devices. The article
  // dates the positions no earlier, so they hold from its date at the latest (SOURCE_DATE).
  ...(["PV27", "PV23", "PV21"] as const).map((province): FrameworkPositionSeed =>
    anpTiktokPosition(province, "Ontraadt het gebruik van TikTok op werktelefoons van ambtenaren."),
  ),
  ...(["PV20", "PV22", "PV31"] as const).map((province): FrameworkPositionSeed =>
    anpTiktokPosition(province, "Heeft het gebruik van TikTok op werkapparatuur van ambtenaren onmogelijk gemaakt."),
  ),
];

/** A province's position per the ANP article of 25 May 2023 on TikTok and provincial work phones. */
function anpTiktokPosition(province: ProvinceCode, what: string): FrameworkPositionSeed {
  return {
    province,
    framework: "bzk-tiktok-call",
    stance: Stance.FOLLOWS,
    since: "2023-05-25",
    sinceBasis: DateBasis.SOURCE_DATE,
    note: `${what} Volgens een woordvoerder van het IPO volgen de provincies het rijksbeleid voor werkapparaten.`,
    source: "anp-provincies-tiktok-2023-05-25",
  };
}

const assessments: AssessmentSeed[] = [
  {
    province: UTRECHT,
    heldOn: MEMO_REFERENCE_DATE,
    heldOnBasis: DateBasis.SOURCE_DATE,
    method: "Waardengedreven gesprek (CODIO-waarden en communicatieve uitgangspunten)",
    disciplines: [
      "digitale toegankelijkheid",
      "informatieveiligheid",
      "privacy",
      "ICT",
      "digitale transitie",
      "communicatie",
      "informatievoorziening en digitalisering",
      "griffie",
      "functioneel beheer",
    ],
    note:
      "Waardengedreven gesprekken zijn niet eenvoudig en vragen tijd en oefening; dat geldt ook voor het samenvatten en duiden " +
      "van de uitkomsten, en volledig zijn is lastig. Het gesprek is gevoerd aan de hand van de in de CODIO benoemde waarden en " +
      "de communicatieve uitgangspunten zichtbaar, vindbaar, verbindend en transparant. Ook kritische factoren als " +
      "informatieveiligheid en privacy zijn van belang, evenals het gedrag van de gebruikers op het platform. De provincie " +
      "blijft in gesprek en is zich bewust van de gevoeligheid en van de potentiële druk op publieke waarden die door de " +
      "machtsconcentratie van sociale mediaplatformen is ontstaan.",
    platform: null,
    state: AssessmentState.PUBLISHED,
    source: MEMO,
    ratings: [
      {
        value: "transparantie",
        platform: null,
        impact: Impact.NONE,
        rationale:
          "De werking van de platformen is weinig transparant, maar hoe transparant de eigen berichtgeving is (ook over dilemma's, " +
          "naar veel doelgroepen op verschillende platformen) heeft de provincie volledig zelf in de hand.",
      },
      {
        value: "vindbaarheid",
        platform: null,
        impact: Impact.NONE,
        rationale:
          "Sociale media dragen bij aan online vindbaarheid: veel reacties op een bericht leveren een hogere ranking in zoekmachines op. " +
          "Daarom telt naast bereik ook de interactieratio.",
      },
      {
        value: "verbinding",
        platform: null,
        impact: Impact.NONE,
        rationale:
          "Verbinding maken is lastig door de beperkte kennis van en interesse in het werk van de provincie; platformen maken het " +
          "mogelijk snel te reageren op vragen en opmerkingen van inwoners.",
      },
      {
        value: "volledige-informatievoorziening-en-zichtbaarheid",
        platform: null,
        impact: Impact.NONE,
        rationale:
          "Uitgangspunt is berichten te delen op zoveel mogelijk platformen waar een significante groep ze ziet; is zo'n groep op een " +
          "alternatief platform aanwezig, dan hoort de provincie daar ook zichtbaar te willen zijn.",
      },
      {
        value: "betrouwbaarheid",
        platform: null,
        impact: Impact.MODERATE,
        rationale:
          "Gebrekkige moderatie en ondoorzichtige algoritmes kunnen afstralen op wie zich op een platform begeeft; het gebruik van " +
          "zulke platformen (nu vooral X en Meta) kan het beeld van de provincie als betrouwbare overheid schaden.",
      },
      {
        value: "digitale-inclusiviteit",
        platform: null,
        impact: Impact.NONE,
        rationale:
          "De provincie plaatst zelf teksten, beelden en video's en is dus zelf verantwoordelijk voor de digitale toegankelijkheid; " +
          "zij voldoet aan de wettelijke eisen.",
      },
      {
        value: "onafhankelijkheid",
        platform: null,
        impact: Impact.HIGH,
        rationale:
          "De afhankelijkheid van grote sociale mediaplatformen raakt de digitale soevereiniteit en autonomie; X heeft na LinkedIn " +
          "nog de meeste volgers, al neemt het gebruik af. Andere platformen verkennen wordt aanbevolen om de afhankelijkheid af te bouwen.",
      },
      {
        value: "uitlegbaarheid",
        platform: null,
        impact: Impact.MODERATE,
        rationale:
          "De toetsing is multidisciplinair en de uitkomsten kunnen per discipline verschillen; een objectieve weging daartussen " +
          "ontbreekt, waardoor de uitkomst niet eenduidig uit te leggen is.",
      },
    ],
  },
];

const exitCriteria: ExitCriterionSeed[] = [
  {
    province: UTRECHT,
    platform: null,
    kind: CriterionKind.EXIT,
    description:
      "Een berichtencultuur op een platform waarin directe haatberichten of bedreigingen eerder regel dan uitzondering zijn, " +
      "is een goede reden om dat platform te verlaten.",
    // The memo states the criterion without a date and without saying it is met: held on its reference date.
    adoptedOn: MEMO_REFERENCE_DATE,
    adoptedOnBasis: DateBasis.SOURCE_DATE,
    source: MEMO,
    reviews: [
      {
        state: CriterionState.MONITORING,
        reviewedOn: MEMO_REFERENCE_DATE,
        reviewedOnBasis: DateBasis.SOURCE_DATE,
        note: null,
      },
    ],
  },
];

const developments: DevelopmentSeed[] = [
  {
    slug: "ipo-ethics-committee-raised",
    occurredOn: null,
    occurredOnBasis: null,
    title: "Sociale media aangekaart als onderwerp voor de interprovinciale ethische commissie",
    description:
      "Binnen het IPO is er geen werkgroep die zich specifiek op het gebruik van sociale media richt. Wel is bij het IPO " +
      "aangekaart dat het een onderwerp kan zijn voor de interprovinciale ethische commissie.",
    provinces: [],
    source: MEMO,
  },
  {
    slug: "overijssel-stops-x",
    occurredOn: "2025-06-01",
    occurredOnBasis: DateBasis.INFERRED,
    title: "Overijssel stopt met X",
    description:
      "Provincie Overijssel is vanaf 1 juni niet meer actief op X. De memo noemt geen jaartal; 2025 is afgeleid (de memo is na 20 maart 2025 geschreven).",
    provinces: ["PV23"],
    source: MEMO,
  },
  {
    slug: "provinces-switch-off-replies-on-x",
    occurredOn: null,
    occurredOnBasis: null,
    title: "Provincies zetten de reactiemogelijkheid op X uit",
    description: "Enkele andere provincies hebben de reactiemogelijkheid op X uitgezet. De bron noemt niet welke.",
    provinces: [],
    source: MEMO,
  },
  {
    slug: "no-national-advice-on-platforms",
    occurredOn: null,
    occurredOnBasis: null,
    title: "Nog geen advies van het Rijk over het gebruik van X en Meta",
    description:
      "Organisaties als Public Spaces, Bits of Freedom en het Rathenau Instituut publiceerden over sociale mediaplatformen en de " +
      "media schreven veel over X en Meta; dat heeft nog niet geleid tot een advies vanuit het Rijk over het gebruik van deze platformen.",
    provinces: [],
    source: MEMO,
  },
  {
    slug: "national-working-group-digital-autonomy",
    occurredOn: null,
    occurredOnBasis: null,
    title: "Landelijke werkgroep bereidt advies over digitale soevereiniteit en autonomie voor",
    description:
      "Een landelijke werkgroep bereidt een advies voor over digitale soevereiniteit en autonomie, een onderwerp waar sociale media " +
      "deels bij aansluiten. Provincie Utrecht is bij de werkgroep aangesloten.",
    provinces: [UTRECHT],
    source: MEMO,
  },
  {
    slug: "utrecht-x-followers-and-use",
    occurredOn: null,
    occurredOnBasis: null,
    title: "Gebruik van X door inwoners neemt af; X na LinkedIn nog het kanaal met de meeste volgers",
    description:
      "Volgens de memo neemt het gebruik van X door inwoners af, maar is X na LinkedIn nog wel het kanaal van de provincie " +
      "Utrecht met de meeste volgers. De memo noemt geen aantallen.",
    provinces: [UTRECHT],
    source: MEMO,
  },
  {
    slug: "memo-x-possibly-fails-dsa",
    occurredOn: null,
    occurredOnBasis: null,
    title: "Volgens de memo voldoet X mogelijk niet aan eisen van de DSA",
    description:
      "De Utrechtse memo schrijft dat X volgens Europese toezichthouders mogelijk niet voldoet aan een aantal eisen, zoals data " +
      "delen met externe onderzoekers, transparantie over adverteerders en verificatieprocessen, en onvoldoende (geen) toezicht " +
      "op schadelijke content zoals desinformatie of haatdragende berichten. Dit is de bewering van de memo; de stappen van de " +
      "Europese Commissie staan als bevindingen bij de DSA, met hun eigen bronnen.",
    provinces: [],
    source: MEMO,
  },
  {
    slug: "memo-werkagenda-alternative-social-media",
    occurredOn: null,
    occurredOnBasis: null,
    title:
      "Volgens de memo vraagt de Werkagenda Waardengedreven Digitaliseren om experimenten met alternatieve sociale media",
    description:
      "Volgens de Utrechtse memo is vanuit het Rijk in 2023 een werkagenda 'Waardengedreven Digitaliseren' gepubliceerd. Die " +
      "heeft geen directe impact op de provincie, maar kan als kader dienen om interbestuurlijk positie in te nemen ten " +
      "opzichte van digitalisering. Volgens de memo staat erin dat geëxperimenteerd moet worden met alternatieve sociale mediakanalen.",
    provinces: [],
    source: MEMO,
  },
];

/** The seed: every fact of the Utrecht memo and the documents it refers to. */
export const memoData: MemoData = {
  sources,
  provinces,
  provinceAlternativeNames,
  platforms,
  values,
  frameworks,
  platformFindings,
  presences,
  frameworkPositions,
  assessments,
  exitCriteria,
  developments,
};
