import { registerEnumType } from "type-graphql";

/**
 * Every enum of the domain, each value with its Dutch label (the term the provinces' civil servants use) and an
 * English description. The labels appear in the SDL descriptions, in `enumLabels`, in the `*Label` fields and in
 * the CSV exports; this file is their one source.
 */
type LabelTable<E extends string> = Record<E, { label: string; description: string; deprecationReason?: string }>;

export const enumLabelRegistry = new Map<string, LabelTable<string>>();

/** Registers an enum with GraphQL and its labels; returns the labels (for the comparison enum derived from it). */
function defineEnum<E extends Record<string, string>>(
  enumObject: E,
  name: string,
  description: string,
  labels: LabelTable<E[keyof E]>,
): LabelTable<E[keyof E]> {
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(
      Object.entries(labels as LabelTable<string>).map(([value, l]) => [
        value,
        { description: `${l.label} — ${l.description}`, deprecationReason: l.deprecationReason },
      ]),
    ) as never,
  });
  enumLabelRegistry.set(name, labels as LabelTable<string>);
  return labels;
}

/**
 * A comparison enum: the values of its base enum (a recorded fact), each with the base's label and description, plus
 * UNKNOWN ("Onbekend") for "nothing recorded". Derived, so the two can not drift apart, and a base value is a
 * comparison value as it is (no conversion).
 */
function withUnknown<E extends Record<string, string>>(
  base: E,
  baseLabels: LabelTable<E[keyof E]>,
  name: string,
  text: { description: string; unknown: string },
) {
  const derived = { ...base, UNKNOWN: "UNKNOWN" } as const;
  defineEnum(derived, name, text.description, {
    ...baseLabels,
    UNKNOWN: { label: "Onbekend", description: text.unknown },
  });
  return derived;
}

/** The values of an enum object (the type of a derived comparison enum). */
type ValueOf<T> = T[keyof T];

/** The Dutch label of an enum value, e.g. `dutchLabel("PresenceStatus", "INACTIVE") === "Inactief"`. */
export function dutchLabel(enumName: string, value: string): string {
  return enumLabelRegistry.get(enumName)?.[value]?.label ?? value;
}

export enum PresenceStatus {
  ACTIVE = "ACTIVE",
  INACTIVE = "INACTIVE",
  LEFT = "LEFT",
  NOT_PRESENT = "NOT_PRESENT",
}
const presenceStatusLabels = defineEnum(
  PresenceStatus,
  "PresenceStatus",
  "The recorded state of a province on a platform (a status snapshot).",
  {
    ACTIVE: { label: "Actief", description: "the province publishes on the platform" },
    INACTIVE: { label: "Inactief", description: "stopped publishing; the account is kept" },
    LEFT: { label: "Vertrokken", description: "the account is closed" },
    NOT_PRESENT: {
      label: "Niet aanwezig",
      description: "the province has no account (e.g. TikTok after the national call)",
    },
  },
);

/** A status as shown in comparisons: the recorded statuses plus UNKNOWN for "nothing recorded". */
export const ComparisonStatus = withUnknown(PresenceStatus, presenceStatusLabels, "ComparisonStatus", {
  description: "A presence status in a comparison: a recorded status, or UNKNOWN when nothing was recorded.",
  unknown: "nothing is recorded for this province and platform at that date; never a guess",
});
export type ComparisonStatus = ValueOf<typeof ComparisonStatus>;

export enum PaidContent {
  NONE = "NONE",
  CAMPAIGNS_ONLY = "CAMPAIGNS_ONLY",
  REGULAR = "REGULAR",
}
defineEnum(PaidContent, "PaidContent", "Whether the province pays for content on the platform.", {
  NONE: { label: "Geen", description: "no paid content" },
  CAMPAIGNS_ONLY: {
    label: "Alleen bij campagnes",
    description: "paid content only in campaigns that support a specific task",
  },
  REGULAR: { label: "Regelmatig", description: "paid content is used regularly" },
});

export enum Purpose {
  NEWS = "NEWS",
  ANNOUNCEMENTS = "ANNOUNCEMENTS",
  STORIES_AND_ARTICLES = "STORIES_AND_ARTICLES",
  VIDEO_ARCHIVE = "VIDEO_ARCHIVE",
  CAMPAIGNS = "CAMPAIGNS",
  INTERACTION = "INTERACTION",
}
defineEnum(Purpose, "Purpose", "What a province uses a platform for.", {
  NEWS: { label: "Nieuwsberichten", description: "short news items" },
  ANNOUNCEMENTS: { label: "Mededelingen", description: "announcements for residents, e.g. road closures" },
  STORIES_AND_ARTICLES: { label: "Verhalen en artikelen", description: "stories and articles in the corporate format" },
  VIDEO_ARCHIVE: { label: "Videoarchief", description: "an archive of broadcast videos" },
  CAMPAIGNS: { label: "Campagnes", description: "campaigns supporting a specific task" },
  INTERACTION: { label: "Interactie", description: "interaction with the audience (likes, shares, comments)" },
});

export enum DateBasis {
  EXACT = "EXACT",
  SOURCE_DATE = "SOURCE_DATE",
  INFERRED = "INFERRED",
}
defineEnum(DateBasis, "DateBasis", "How a date was established (its precision is given beside it: `DatePrecision`).", {
  EXACT: {
    label: "Exacte datum",
    description: "the source gives this date for the fact: the day (or month, year) it began",
  },
  SOURCE_DATE: {
    label: "Waarneming (datum van de bron)",
    description:
      "an observation: the source gives no start for the fact, only that it held on the source's date; the fact may be " +
      "older. Comparisons count it from this date, but it is never presented as a change on this date",
  },
  INFERRED: {
    label: "Afgeleid",
    description:
      "the source gives the date only in part (e.g. day and month without the year); the rest is inferred, as the record's note or reason says",
  },
});

/**
 * How precisely a date is known. A date known to the month or year is stored as the first day of that month or year
 * (`2025-06-01` with MONTH = "June 2025"); comparisons count it from that day.
 */
export enum DatePrecision {
  DAY = "DAY",
  MONTH = "MONTH",
  YEAR = "YEAR",
}
defineEnum(DatePrecision, "DatePrecision", "How precisely a date is known.", {
  DAY: { label: "Dag", description: "known to the day" },
  MONTH: { label: "Maand", description: "known to the month only; the date is the first day of that month" },
  YEAR: { label: "Jaar", description: "known to the year only; the date is 1 January of that year" },
});

export enum PlatformModel {
  CENTRALISED = "CENTRALISED",
  FEDERATED = "FEDERATED",
}
defineEnum(PlatformModel, "PlatformModel", "How a platform is organised.", {
  CENTRALISED: { label: "Centraal", description: "one operator runs the whole platform" },
  FEDERATED: { label: "Gefedereerd", description: "independent servers run one network together" },
});

export enum DsaDesignation {
  VLOP = "VLOP",
  VLOSE = "VLOSE",
}
defineEnum(
  DsaDesignation,
  "DsaDesignation",
  "Designation of a platform by the European Commission under the Digital Services Act.",
  {
    VLOP: { label: "Zeer groot onlineplatform (VLOP)", description: "very large online platform" },
    VLOSE: { label: "Zeer grote onlinezoekmachine (VLOSE)", description: "very large online search engine" },
  },
);

export enum FrameworkLevel {
  EU = "EU",
  NATIONAL = "NATIONAL",
  INTERPROVINCIAL = "INTERPROVINCIAL",
  PROVINCIAL = "PROVINCIAL",
  MUNICIPAL_ASSOCIATION = "MUNICIPAL_ASSOCIATION",
  ACADEMIC = "ACADEMIC",
}
defineEnum(FrameworkLevel, "FrameworkLevel", "The level a framework comes from.", {
  EU: { label: "Europees", description: "European Union" },
  NATIONAL: { label: "Landelijk (Rijk)", description: "the national government" },
  INTERPROVINCIAL: { label: "Interprovinciaal", description: "the provinces together (IPO)" },
  PROVINCIAL: { label: "Provinciaal", description: "one province" },
  MUNICIPAL_ASSOCIATION: { label: "VNG", description: "the association of municipalities" },
  ACADEMIC: { label: "Wetenschap", description: "a university or research institute" },
});

export enum FrameworkKind {
  LEGISLATION = "LEGISLATION",
  DIRECTIVE = "DIRECTIVE",
  ADVICE = "ADVICE",
  CODE = "CODE",
  WORK_AGENDA = "WORK_AGENDA",
  POLICY_FRAMEWORK = "POLICY_FRAMEWORK",
}
defineEnum(FrameworkKind, "FrameworkKind", "What kind of document a framework is.", {
  LEGISLATION: { label: "Wetgeving", description: "law or regulation" },
  DIRECTIVE: { label: "Richtlijn of oproep", description: "an instruction or urgent call from government" },
  ADVICE: { label: "Advies", description: "advice" },
  CODE: { label: "Code", description: "a code of conduct" },
  WORK_AGENDA: { label: "Werkagenda", description: "a work agenda or work programme" },
  POLICY_FRAMEWORK: { label: "Beleidskader", description: "a policy or assessment framework" },
});

export enum FrameworkStatus {
  IN_FORCE = "IN_FORCE",
  PUBLISHED = "PUBLISHED",
  ANNOUNCED = "ANNOUNCED",
  IN_PREPARATION = "IN_PREPARATION",
  NOT_DELIVERED = "NOT_DELIVERED",
  WITHDRAWN = "WITHDRAWN",
}
defineEnum(FrameworkStatus, "FrameworkStatus", "Where a framework stands.", {
  IN_FORCE: { label: "Van kracht", description: "in force" },
  PUBLISHED: { label: "Gepubliceerd", description: "published" },
  ANNOUNCED: { label: "Aangekondigd", description: "announced, not yet published" },
  IN_PREPARATION: { label: "In voorbereiding", description: "being prepared" },
  NOT_DELIVERED: { label: "Niet opgeleverd", description: "planned but not delivered" },
  WITHDRAWN: { label: "Ingetrokken", description: "withdrawn" },
});

export enum FindingStage {
  PROCEEDINGS_OPENED = "PROCEEDINGS_OPENED",
  PRELIMINARY_FINDINGS = "PRELIMINARY_FINDINGS",
  DECISION = "DECISION",
}
defineEnum(FindingStage, "FindingStage", "How far an authority's procedure against a platform has come.", {
  PROCEEDINGS_OPENED: { label: "Procedure geopend", description: "formal proceedings opened" },
  PRELIMINARY_FINDINGS: { label: "Voorlopige bevindingen", description: "preliminary findings sent" },
  DECISION: { label: "Besluit", description: "decision taken (e.g. a fine)" },
});

/**
 * What a finding is about. Values are only ever appended (the database enum is extended by a migration); the two
 * broad topics of the first version are kept for rows recorded with them but deprecated in favour of the precise ones.
 */
export enum FindingTopic {
  RESEARCHER_DATA_ACCESS = "RESEARCHER_DATA_ACCESS",
  ADVERTISING_TRANSPARENCY_AND_VERIFICATION = "ADVERTISING_TRANSPARENCY_AND_VERIFICATION",
  HARMFUL_CONTENT_MODERATION = "HARMFUL_CONTENT_MODERATION",
  VERIFICATION_DECEPTIVE_DESIGN = "VERIFICATION_DECEPTIVE_DESIGN",
  ADVERTISING_REPOSITORY = "ADVERTISING_REPOSITORY",
  ILLEGAL_CONTENT_DISSEMINATION = "ILLEGAL_CONTENT_DISSEMINATION",
  INFORMATION_MANIPULATION = "INFORMATION_MANIPULATION",
}
defineEnum(FindingTopic, "FindingTopic", "The subject of a finding against a platform.", {
  RESEARCHER_DATA_ACCESS: {
    label: "Data delen met onderzoekers",
    description: "access to the platform's public data for researchers (DSA Art. 40(12))",
  },
  VERIFICATION_DECEPTIVE_DESIGN: {
    label: "Misleidend ontwerp van verificatie",
    description: "deceptive interface design of verified accounts, e.g. the 'blue checkmark' (DSA Art. 25)",
  },
  ADVERTISING_REPOSITORY: {
    label: "Advertentiearchief",
    description: "the public repository of the advertisements shown on the platform (DSA Art. 39)",
  },
  ILLEGAL_CONTENT_DISSEMINATION: {
    label: "Verspreiding van illegale content",
    description: "risk management and measures against the dissemination of illegal content",
  },
  INFORMATION_MANIPULATION: {
    label: "Maatregelen tegen informatiemanipulatie",
    description: "the effectiveness of measures against information manipulation",
  },
  ADVERTISING_TRANSPARENCY_AND_VERIFICATION: {
    label: "Transparantie over adverteerders en verificatie",
    description: "advertising and verification together (the wording of the Utrecht memo, not of a finding)",
    deprecationReason: "Too broad: use ADVERTISING_REPOSITORY and VERIFICATION_DECEPTIVE_DESIGN.",
  },
  HARMFUL_CONTENT_MODERATION: {
    label: "Toezicht op schadelijke content",
    description: "moderation of harmful content such as disinformation and hate messages (the Utrecht memo's wording)",
    deprecationReason: "Too broad: use ILLEGAL_CONTENT_DISSEMINATION or INFORMATION_MANIPULATION.",
  },
});

export enum Stance {
  FOLLOWS = "FOLLOWS",
  EMBEDDED_IN_POLICY = "EMBEDDED_IN_POLICY",
  PARTICIPATES = "PARTICIPATES",
  CONSIDERING = "CONSIDERING",
  NOT_APPLICABLE = "NOT_APPLICABLE",
}
const stanceLabels = defineEnum(Stance, "Stance", "A province's stance on a framework.", {
  FOLLOWS: { label: "Volgt op", description: "the province follows the framework" },
  EMBEDDED_IN_POLICY: {
    label: "Verankerd in beleid",
    description: "the framework is part of the province's own policy",
  },
  PARTICIPATES: { label: "Neemt deel", description: "the province takes part in making it" },
  CONSIDERING: { label: "Overweegt", description: "the province is considering it" },
  NOT_APPLICABLE: { label: "Niet van toepassing", description: "the framework does not apply to the province" },
});

/** A stance in the framework matrix: a recorded stance, or UNKNOWN. */
export const ComparisonStance = withUnknown(Stance, stanceLabels, "ComparisonStance", {
  description: "A stance in a comparison: a recorded stance, or UNKNOWN when none was recorded.",
  unknown: "no stance recorded",
});
export type ComparisonStance = ValueOf<typeof ComparisonStance>;

export enum ValueOrigin {
  CODIO = "CODIO",
  COMMUNICATION_PRINCIPLE = "COMMUNICATION_PRINCIPLE",
  CRITICAL_FACTOR = "CRITICAL_FACTOR",
}
defineEnum(ValueOrigin, "ValueOrigin", "Where a public value comes from.", {
  CODIO: { label: "CODIO-waarde", description: "a value named in the Code Goed Digitaal Openbaar Bestuur" },
  COMMUNICATION_PRINCIPLE: {
    label: "Communicatief uitgangspunt",
    description: "a communication principle of the province",
  },
  CRITICAL_FACTOR: {
    label: "Kritische factor",
    description: "a critical factor such as information security or privacy",
  },
});

export enum AssessmentState {
  DRAFT = "DRAFT",
  PUBLISHED = "PUBLISHED",
  WITHDRAWN = "WITHDRAWN",
}
defineEnum(AssessmentState, "AssessmentState", "The life cycle of an assessment.", {
  DRAFT: {
    label: "Concept",
    description: "visible to its own province's editors, IPO, the ethics committee and admins only",
  },
  PUBLISHED: { label: "Gepubliceerd", description: "public; used in comparisons" },
  WITHDRAWN: { label: "Ingetrokken", description: "no longer used in comparisons; kept for the record" },
});

export enum Impact {
  NONE = "NONE",
  MODERATE = "MODERATE",
  HIGH = "HIGH",
}
const impactLabels = defineEnum(
  Impact,
  "Impact",
  "How much the use of social media platforms harms a value (negative influence).",
  {
    NONE: { label: "Geen", description: "no negative influence" },
    MODERATE: { label: "Matig", description: "moderate negative influence" },
    HIGH: { label: "Veel", description: "much negative influence" },
  },
);

/** An impact in a comparison: a published rating, or UNKNOWN. */
export const ComparisonImpact = withUnknown(Impact, impactLabels, "ComparisonImpact", {
  description: "An impact in a comparison: a published rating, or UNKNOWN when none exists.",
  unknown: "no published rating",
});
export type ComparisonImpact = ValueOf<typeof ComparisonImpact>;

export enum CriterionKind {
  EXIT = "EXIT",
  ENTRY = "ENTRY",
}
defineEnum(CriterionKind, "CriterionKind", "Whether a criterion is about leaving or joining a platform.", {
  EXIT: { label: "Exitcriterium", description: "a reason to leave a platform" },
  ENTRY: { label: "Entreecriterium", description: "a condition for joining a platform" },
});

export enum CriterionState {
  MONITORING = "MONITORING",
  MET = "MET",
  NOT_MET = "NOT_MET",
}
const criterionStateLabels = defineEnum(CriterionState, "CriterionState", "Whether a criterion is met.", {
  MONITORING: { label: "Wordt gevolgd", description: "being watched" },
  MET: { label: "Vervuld", description: "the condition is met" },
  NOT_MET: { label: "Niet vervuld", description: "the condition is not met" },
});

/** A criterion's state in a comparison: its review in force, or UNKNOWN when none was recorded by then. */
export const ComparisonCriterionState = withUnknown(CriterionState, criterionStateLabels, "ComparisonCriterionState", {
  description: "A criterion's state in a comparison: its latest review, or UNKNOWN when none was recorded by then.",
  unknown: "no review recorded by then",
});
export type ComparisonCriterionState = ValueOf<typeof ComparisonCriterionState>;

export enum SourceKind {
  MEMO = "MEMO",
  PRESS_RELEASE = "PRESS_RELEASE",
  NEWS_ARTICLE = "NEWS_ARTICLE",
  DECISION = "DECISION",
  POLICY_DOCUMENT = "POLICY_DOCUMENT",
  WEBSITE = "WEBSITE",
  OTHER = "OTHER",
}
defineEnum(SourceKind, "SourceKind", "What kind of document a source is.", {
  MEMO: { label: "Notitie", description: "an internal or public memo" },
  PRESS_RELEASE: { label: "Persbericht", description: "a press release" },
  NEWS_ARTICLE: { label: "Nieuwsartikel", description: "a news article" },
  DECISION: { label: "Besluit", description: "a formal decision" },
  POLICY_DOCUMENT: { label: "Beleidsdocument", description: "a policy document" },
  WEBSITE: { label: "Website", description: "a web page" },
  OTHER: { label: "Overig", description: "another kind of source" },
});

export enum Role {
  PROVINCE_EDITOR = "PROVINCE_EDITOR",
  IPO_ANALYST = "IPO_ANALYST",
  ETHICS_COMMITTEE = "ETHICS_COMMITTEE",
  ADMIN = "ADMIN",
}
defineEnum(Role, "Role", "What an API client may do (see the README's access table).", {
  PROVINCE_EDITOR: { label: "Redacteur provincie", description: "writes the records of one province" },
  IPO_ANALYST: { label: "Analist IPO", description: "reads everything, drafts included; records developments" },
  ETHICS_COMMITTEE: {
    label: "Interprovinciale ethische commissie",
    description: "reads everything, drafts included; records developments and publishes its own advice",
  },
  ADMIN: { label: "Beheerder", description: "writes everything, issues tokens" },
});

export enum RegisterChangeKind {
  PLATFORM_STATUS = "PLATFORM_STATUS",
  FOLLOWER_COUNT = "FOLLOWER_COUNT",
  PRESENCE_ACCOUNTS = "PRESENCE_ACCOUNTS",
  FRAMEWORK_POSITION = "FRAMEWORK_POSITION",
  ASSESSMENT = "ASSESSMENT",
  VALUE_RATING = "VALUE_RATING",
  EXIT_CRITERION = "EXIT_CRITERION",
  REFERENCE = "REFERENCE",
}
defineEnum(
  RegisterChangeKind,
  "RegisterChangeKind",
  "What kind of record a committed write changed (`registerChanged`).",
  {
    PLATFORM_STATUS: { label: "Status", description: "a presence's status snapshot (recordPlatformStatus)" },
    FOLLOWER_COUNT: { label: "Aantal volgers", description: "a follower count (recordFollowerCount)" },
    PRESENCE_ACCOUNTS: { label: "Accounts", description: "a presence's accounts (setPresenceAccounts)" },
    FRAMEWORK_POSITION: { label: "Standpunt kader", description: "a framework position (setFrameworkPosition)" },
    ASSESSMENT: {
      label: "Toetsing",
      description:
        "an assessment created, published or withdrawn (createAssessment, publishAssessment, withdrawAssessment)",
    },
    VALUE_RATING: { label: "Waardering", description: "a draft assessment's value ratings (setValueRatings)" },
    EXIT_CRITERION: { label: "Exitcriterium", description: "an exit or entry criterion" },
    REFERENCE: {
      label: "Referentiegegevens",
      description: "reference data: a platform, framework, finding, value or source (the upsert mutations)",
    },
  },
);
