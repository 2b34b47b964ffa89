/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new exit or entry criterion of a province (for one platform or all), with its first review (the state it is in when recorded). */
export type AddExitCriterionInput = {
  /** Valid time: the date the province adopted the criterion (1990-01-01 .. today + 5 years); it counts in comparisons from then. Also the date of the first review. */
  adoptedOn: string;
  /** EXACT (default) when the source gives the date; SOURCE_DATE when it only shows the criterion held on its own date; INFERRED when part of the date is inferred (say so in `note`). */
  adoptedOnBasis?: DateBasis | null | undefined;
  /** DAY (default), MONTH or YEAR (`adoptedOn` then the first day of that month / year). */
  adoptedOnPrecision?: DatePrecision | null | undefined;
  /** The condition in the province's own words (1..2000 characters). */
  description: string;
  /** EXIT (a reason to leave) or ENTRY (a condition to join). */
  kind: CriterionKind;
  /** A note on the first review (1..2000 characters). */
  note?: string | null | undefined;
  /** Platform slug, e.g. `x`; omit or null when the criterion concerns every platform. */
  platformSlug?: string | null | undefined;
  /** Slug or name of the public value the criterion protects, e.g. `veiligheid`; omit when none. */
  protectedValueSlug?: string | null | undefined;
  /** Where the criterion comes from: an existing source, a new one, or your own statement (required: INVALID when missing). */
  provenance?: ProvenanceInput | null | undefined;
  /** CBS code (or slug or name) of the province, e.g. `PV26`. A PROVINCE_EDITOR may only name its own. */
  provinceCode: string;
  /** Where the criterion stands when recorded: MONITORING, MET or NOT_MET (its first review). */
  state: CriterionState;
};

/** Names one assessment by its global id. */
export type AssessmentIdInput = {
  /** Global id of the assessment. */
  assessmentId: string | number;
};

/** The life cycle of an assessment. */
export type AssessmentState =
  /** Concept — visible to its own province's editors, IPO, the ethics committee and admins only */
  | 'DRAFT'
  /** Gepubliceerd — public; used in comparisons */
  | 'PUBLISHED'
  /** Ingetrokken — no longer used in comparisons; kept for the record */
  | 'WITHDRAWN';

/** An impact in a comparison: a published rating, or UNKNOWN when none exists. */
export type ComparisonImpact =
  /** Veel — much negative influence */
  | 'HIGH'
  /** Matig — moderate negative influence */
  | 'MODERATE'
  /** Geen — no negative influence */
  | 'NONE'
  /** Onbekend — no published rating */
  | 'UNKNOWN';

/** A stance in a comparison: a recorded stance, or UNKNOWN when none was recorded. */
export type ComparisonStance =
  /** Overweegt — the province is considering it */
  | 'CONSIDERING'
  /** Verankerd in beleid — the framework is part of the province's own policy */
  | 'EMBEDDED_IN_POLICY'
  /** Volgt op — the province follows the framework */
  | 'FOLLOWS'
  /** Niet van toepassing — the framework does not apply to the province */
  | 'NOT_APPLICABLE'
  /** Neemt deel — the province takes part in making it */
  | 'PARTICIPATES'
  /** Onbekend — no stance recorded */
  | 'UNKNOWN';

/** A presence status in a comparison: a recorded status, or UNKNOWN when nothing was recorded. */
export type ComparisonStatus =
  /** Actief — the province publishes on the platform */
  | 'ACTIVE'
  /** Inactief — stopped publishing; the account is kept */
  | 'INACTIVE'
  /** Vertrokken — the account is closed */
  | 'LEFT'
  /** Niet aanwezig — the province has no account (e.g. TikTok after the national call) */
  | 'NOT_PRESENT'
  /** Onbekend — nothing is recorded for this province and platform at that date; never a guess */
  | 'UNKNOWN';

/** A new value assessment; it starts as DRAFT (visible to its province's editors, IPO, the ethics committee and admins). */
export type CreateAssessmentInput = {
  /** Disciplines that took part (at most 30, each 1..200 characters, no repeats); omit when not recorded. */
  disciplines?: Array<string> | null | undefined;
  /** Valid time: the date it was held (1990-01-01 .. today + 5 years). */
  heldOn: string;
  /** EXACT (default), SOURCE_DATE (an observation: the date of a source that says it held by then) or INFERRED (part of the date inferred; say so in the note). */
  heldOnBasis?: DateBasis | null | undefined;
  /** How precisely `heldOn` is known: DAY (default), MONTH or YEAR (`heldOn` then the first day of that month / year). */
  heldOnPrecision?: DatePrecision | null | undefined;
  /** How it was done, e.g. `Waardengedreven gesprek (CODIO)` (1..200 characters). */
  method: string;
  /** Platform slug when the assessment concerns one platform; omit for all platforms. */
  platformSlug?: string | null | undefined;
  /** Where the fact comes from: an existing source, a new one, or your own statement (required: INVALID when missing). */
  provenance?: ProvenanceInput | null | undefined;
  /** CBS code of the province, e.g. `PV26`. */
  provinceCode: string;
  /**
   * Slug of an existing source (same as `provenance.sourceSlug`; give one of the two).
   * @deprecated Use `provenance: { sourceSlug }`.
   */
  sourceSlug?: string | null | undefined;
};

/** Whether a criterion is about leaving or joining a platform. */
export type CriterionKind =
  /** Entreecriterium — a condition for joining a platform */
  | 'ENTRY'
  /** Exitcriterium — a reason to leave a platform */
  | 'EXIT';

/** Whether a criterion is met. */
export type CriterionState =
  /** Vervuld — the condition is met */
  | 'MET'
  /** Wordt gevolgd — being watched */
  | 'MONITORING'
  /** Niet vervuld — the condition is not met */
  | 'NOT_MET';

/** How a date was established (its precision is given beside it: `DatePrecision`). */
export type DateBasis =
  /** Exacte datum — the source gives this date for the fact: the day (or month, year) it began */
  | 'EXACT'
  /** Afgeleid — the source gives the date only in part (e.g. day and month without the year); the rest is inferred, as the record's note or reason says */
  | 'INFERRED'
  /** Waarneming (datum van de bron) — an observation: the source gives no start for the fact, only that it held on the source's date; the fact may be older. Comparisons count it from this date, but it is never presented as a change on this date */
  | 'SOURCE_DATE';

/** How precisely a date is known. */
export type DatePrecision =
  /** Dag — known to the day */
  | 'DAY'
  /** Maand — known to the month only; the date is the first day of that month */
  | 'MONTH'
  /** Jaar — known to the year only; the date is 1 January of that year */
  | 'YEAR';

/** How far an authority's procedure against a platform has come. */
export type FindingStage =
  /** Besluit — decision taken (e.g. a fine) */
  | 'DECISION'
  /** Voorlopige bevindingen — preliminary findings sent */
  | 'PRELIMINARY_FINDINGS'
  /** Procedure geopend — formal proceedings opened */
  | 'PROCEEDINGS_OPENED';

/** The subject of a finding against a platform. */
export type FindingTopic =
  /** Advertentiearchief — the public repository of the advertisements shown on the platform (DSA Art. 39) */
  | 'ADVERTISING_REPOSITORY'
  /** Transparantie over adverteerders en verificatie — advertising and verification together (the wording of the Utrecht memo, not of a finding) */
  | 'ADVERTISING_TRANSPARENCY_AND_VERIFICATION'
  /** Toezicht op schadelijke content — moderation of harmful content such as disinformation and hate messages (the Utrecht memo's wording) */
  | 'HARMFUL_CONTENT_MODERATION'
  /** Verspreiding van illegale content — risk management and measures against the dissemination of illegal content */
  | 'ILLEGAL_CONTENT_DISSEMINATION'
  /** Maatregelen tegen informatiemanipulatie — the effectiveness of measures against information manipulation */
  | 'INFORMATION_MANIPULATION'
  /** Data delen met onderzoekers — access to the platform's public data for researchers (DSA Art. 40(12)) */
  | 'RESEARCHER_DATA_ACCESS'
  /** Misleidend ontwerp van verificatie — deceptive interface design of verified accounts, e.g. the 'blue checkmark' (DSA Art. 25) */
  | 'VERIFICATION_DECEPTIVE_DESIGN';

/** Where a framework stands. */
export type FrameworkStatus =
  /** Aangekondigd — announced, not yet published */
  | 'ANNOUNCED'
  /** Van kracht — in force */
  | 'IN_FORCE'
  /** In voorbereiding — being prepared */
  | 'IN_PREPARATION'
  /** Niet opgeleverd — planned but not delivered */
  | 'NOT_DELIVERED'
  /** Gepubliceerd — published */
  | 'PUBLISHED'
  /** Ingetrokken — withdrawn */
  | 'WITHDRAWN';

/** How much the use of social media platforms harms a value (negative influence). */
export type Impact =
  /** Veel — much negative influence */
  | 'HIGH'
  /** Matig — moderate negative influence */
  | 'MODERATE'
  /** Geen — no negative influence */
  | 'NONE';

/** A source named inline, stored as a new `Source` (its slug derived from the title and date unless given) and cited by the fact. */
export type NewSourceInput = {
  /** Kind of document (default OTHER). */
  kind?: SourceKind | null | undefined;
  /** Publication date (1990-01-01 .. today); omit when undated. */
  publishedOn?: string | null | undefined;
  /** Who published or wrote it (1..200 characters). */
  publisher: string;
  /** Natural key for the new source; default derived from the title and publication date. CONFLICT when taken. */
  slug?: string | null | undefined;
  /** Title of the document (1..500 characters). */
  title: string;
  /** Web address: http or https, at most 500 characters; omit when the document is not online. */
  url?: string | null | undefined;
};

/** Whether the province pays for content on the platform. */
export type PaidContent =
  /** Alleen bij campagnes — paid content only in campaigns that support a specific task */
  | 'CAMPAIGNS_ONLY'
  /** Geen — no paid content */
  | 'NONE'
  /** Regelmatig — paid content is used regularly */
  | 'REGULAR';

/** An account of a province on a platform. */
export type PresenceAccountInput = {
  /** Handle or account name, e.g. `@provincieutrecht` (1..100 characters). */
  handle: string;
  /** Address of the account: http or https only, at most 500 characters; omit when unknown. */
  url?: string | null | undefined;
};

/** The recorded state of a province on a platform (a status snapshot). */
export type PresenceStatus =
  /** Actief — the province publishes on the platform */
  | 'ACTIVE'
  /** Inactief — stopped publishing; the account is kept */
  | 'INACTIVE'
  /** Vertrokken — the account is closed */
  | 'LEFT'
  /** Niet aanwezig — the province has no account (e.g. TikTok after the national call) */
  | 'NOT_PRESENT';

/** Where a written fact comes from: exactly one of `sourceSlug` (an existing source), `newSource` (a source named inline) or `ownStatement: true` (the province's own statement, recorded with the API client that writes it). Required on every write that records a fact: missing, empty or more than one is INVALID on `["input", "provenance"]`. */
export type ProvenanceInput = {
  /** A new source: title, publisher, URL, publication date. */
  newSource?: NewSourceInput | null | undefined;
  /** true: the fact is the writer's own statement (a province stating its own situation); shown as `statedBy` (the client's name). */
  ownStatement?: boolean | null | undefined;
  /** Slug of an existing source (see `sources`), e.g. `utrecht-memo-2025`. */
  sourceSlug?: string | null | undefined;
};

/** What a province uses a platform for. */
export type Purpose =
  /** Mededelingen — announcements for residents, e.g. road closures */
  | 'ANNOUNCEMENTS'
  /** Campagnes — campaigns supporting a specific task */
  | 'CAMPAIGNS'
  /** Interactie — interaction with the audience (likes, shares, comments) */
  | 'INTERACTION'
  /** Nieuwsberichten — short news items */
  | 'NEWS'
  /** Verhalen en artikelen — stories and articles in the corporate format */
  | 'STORIES_AND_ARTICLES'
  /** Videoarchief — an archive of broadcast videos */
  | 'VIDEO_ARCHIVE';

/** A new status snapshot of a province on a platform. Creates the presence when the province has none on the platform yet. */
export type RecordPlatformStatusInput = {
  /** Whether residents can reply; omit or null when unknown. */
  commentsEnabled?: boolean | null | undefined;
  /** Whether the province interacts there; omit or null when unknown. */
  engagement?: boolean | null | undefined;
  /** No lost update: the global id of the snapshot you believe is the presence's most recently recorded one (`Presence.latestRecorded.id`). If another snapshot was recorded since, the write is refused with CONFLICT. Omit to record regardless. */
  expectedLatestId?: string | number | null | undefined;
  /** Paid content; omit or null when unknown. */
  paidContent?: PaidContent | null | undefined;
  /** Platform slug, e.g. `x`. */
  platformSlug: string;
  /** Where the fact comes from: an existing source, a new one, or your own statement (required: INVALID when missing). */
  provenance?: ProvenanceInput | null | undefined;
  /** CBS code of the province, e.g. `PV26`. A PROVINCE_EDITOR may only name its own. */
  provinceCode: string;
  /** What the platform is used for (at most 6, no repeats); omit when unknown (stored as empty). */
  purposes?: Array<Purpose> | null | undefined;
  /** Why, or how the platform is used, in the recorder's words (1..2000 characters); omit when none. Required when `validFrom` lies more than a year before or after today. */
  reason?: string | null | undefined;
  /**
   * Slug of an existing source (same as `provenance.sourceSlug`; give one of the two).
   * @deprecated Use `provenance: { sourceSlug }`.
   */
  sourceSlug?: string | null | undefined;
  /** The state from `validFrom` on. */
  status: PresenceStatus;
  /** Valid time: the calendar date the state took effect (1990-01-01 .. today + 5 years; a future date is an announced change). A correction uses the same date. A date more than a year before or after today (Europe/Amsterdam) needs a `reason` (else INVALID on this field) and flags the audit event `FAR_DATED`. */
  validFrom: string;
  /** EXACT (default) when the source gives the date; SOURCE_DATE for an observation (`validFrom` is the date of a source that says the state held then: never listed as a change on that day); INFERRED when part of the date is inferred (say so in `reason`). */
  validFromBasis?: DateBasis | null | undefined;
  /** How precisely `validFrom` is known: DAY (default), MONTH or YEAR (`validFrom` then the first day of that month / year). */
  validFromPrecision?: DatePrecision | null | undefined;
};

/** The retirement of an exit or entry criterion: from `retiredOn` on it no longer counts. */
export type RetireExitCriterionInput = {
  /** Global id of the criterion (`ExitCriterion.id`). */
  criterionId: string | number;
  /** Where the retirement comes from (required: INVALID when missing). */
  provenance?: ProvenanceInput | null | undefined;
  /** Why (1..2000 characters). */
  reason?: string | null | undefined;
  /** Valid time: from this date on the criterion no longer counts (1990-01-01 .. today + 5 years; after its `adoptedOn`). */
  retiredOn: string;
  /** EXACT (default), SOURCE_DATE or INFERRED. */
  retiredOnBasis?: DateBasis | null | undefined;
  /** DAY (default), MONTH or YEAR. */
  retiredOnPrecision?: DatePrecision | null | undefined;
};

/** A dated review of an exit or entry criterion: a new row in its history. */
export type ReviewExitCriterionInput = {
  /** Global id of the criterion (`ExitCriterion.id`). */
  criterionId: string | number;
  /** Why, in the reviewer's words (1..2000 characters). */
  note?: string | null | undefined;
  /** Where the review comes from (required: INVALID when missing). */
  provenance?: ProvenanceInput | null | undefined;
  /** Valid time: the date of the review (1990-01-01 .. today; not before the criterion's `adoptedOn`). A correction uses the same date. */
  reviewedOn: string;
  /** EXACT (default), SOURCE_DATE or INFERRED. */
  reviewedOnBasis?: DateBasis | null | undefined;
  /** DAY (default), MONTH or YEAR. */
  reviewedOnPrecision?: DatePrecision | null | undefined;
  /** The outcome: MONITORING, MET or NOT_MET. */
  state: CriterionState;
};

/** What an API client may do (see the README's access table). */
export type Role =
  /** Beheerder — writes everything, issues tokens */
  | 'ADMIN'
  /** Interprovinciale ethische commissie — reads everything, drafts included; records developments and publishes its own advice */
  | 'ETHICS_COMMITTEE'
  /** Analist IPO — reads everything, drafts included; records developments */
  | 'IPO_ANALYST'
  /** Redacteur provincie — writes the records of one province */
  | 'PROVINCE_EDITOR';

/** Moves a committee advice through its life cycle: IN_PREPARATION → ANNOUNCED → PUBLISHED → IN_FORCE; NOT_DELIVERED (from IN_PREPARATION or ANNOUNCED) and WITHDRAWN (from any but NOT_DELIVERED) end it. */
export type SetCommitteeAdviceStatusInput = {
  /** Slug of the advice (a framework with `committeeAdvice: true`). */
  frameworkSlug: string;
  /** The date of the step (1990-01-01 .. today + 5 years): required for PUBLISHED (stored as `publishedOn`) and IN_FORCE (`inForceOn`); ignored otherwise. */
  on?: string | null | undefined;
  /** The new status. */
  status: FrameworkStatus;
};

/** A province's stance on a framework from a date on: appended as a new position (history is kept). */
export type SetFrameworkPositionInput = {
  /** Framework slug, e.g. `bzk-tiktok-call`. */
  frameworkSlug: string;
  /** Explanation (1..2000 characters); omit when none. */
  note?: string | null | undefined;
  /** Where the fact comes from: an existing source, a new one, or your own statement (required: INVALID when missing). */
  provenance?: ProvenanceInput | null | undefined;
  /** CBS code of the province, e.g. `PV26`. */
  provinceCode: string;
  /** Valid time: the date from which the stance holds (1990-01-01 .. today + 5 years). */
  since: string;
  /** EXACT (default), SOURCE_DATE (an observation: the date of a source that says it held by then) or INFERRED (part of the date inferred; say so in the note). */
  sinceBasis?: DateBasis | null | undefined;
  /** How precisely `since` is known: DAY (default), MONTH or YEAR (`since` then the first day of that month / year). */
  sincePrecision?: DatePrecision | null | undefined;
  /**
   * Slug of an existing source (same as `provenance.sourceSlug`; give one of the two).
   * @deprecated Use `provenance: { sourceSlug }`.
   */
  sourceSlug?: string | null | undefined;
  /** The stance. */
  stance: Stance;
};

/** Replaces the accounts of a presence (creates the presence when missing). Does not change its status history. */
export type SetPresenceAccountsInput = {
  /** The accounts (0..20); an empty list removes them all. */
  accounts: Array<PresenceAccountInput>;
  /** Platform slug, e.g. `x`. */
  platformSlug: string;
  /** Where the fact comes from: an existing source, a new one, or your own statement (required: INVALID when missing). */
  provenance?: ProvenanceInput | null | undefined;
  /** CBS code of the province, e.g. `PV26`. */
  provinceCode: string;
};

/** Replaces all ratings of a DRAFT assessment (published or withdrawn ones can not be changed: CONFLICT). */
export type SetValueRatingsInput = {
  /** Global id of the assessment. */
  assessmentId: string | number;
  /** Where the fact comes from: an existing source, a new one, or your own statement (required: INVALID when missing). */
  provenance?: ProvenanceInput | null | undefined;
  /** The ratings (1..100); at most one per value and platform (INVALID otherwise). */
  ratings: Array<ValueRatingInput>;
};

/** What kind of document a source is. */
export type SourceKind =
  /** Besluit — a formal decision */
  | 'DECISION'
  /** Notitie — an internal or public memo */
  | 'MEMO'
  /** Nieuwsartikel — a news article */
  | 'NEWS_ARTICLE'
  /** Overig — another kind of source */
  | 'OTHER'
  /** Beleidsdocument — a policy document */
  | 'POLICY_DOCUMENT'
  /** Persbericht — a press release */
  | 'PRESS_RELEASE'
  /** Website — a web page */
  | 'WEBSITE';

/** A province's stance on a framework. */
export type Stance =
  /** Overweegt — the province is considering it */
  | 'CONSIDERING'
  /** Verankerd in beleid — the framework is part of the province's own policy */
  | 'EMBEDDED_IN_POLICY'
  /** Volgt op — the province follows the framework */
  | 'FOLLOWS'
  /** Niet van toepassing — the framework does not apply to the province */
  | 'NOT_APPLICABLE'
  /** Neemt deel — the province takes part in making it */
  | 'PARTICIPATES';

/** An advice of the interprovincial ethics committee, as a framework (level INTERPROVINCIAL, kind ADVICE, issuer the committee): created IN_PREPARATION when the slug is new, its texts corrected when it exists (omitted optional fields keep their value, null clears). Its status moves with `setCommitteeAdviceStatus`. */
export type UpsertCommitteeAdviceInput = {
  /** Slugs of the platforms it concerns (at most 50); when given, replaces the list. */
  platformSlugs?: Array<string> | null | undefined;
  /** Where the advice's data comes from: usually `{ ownStatement: true }` (the committee's own advice), or its document as a source (required). */
  provenance?: ProvenanceInput | null | undefined;
  /** Short name (1..50 characters). */
  shortName: string;
  /** Natural key, e.g. `ipo-ethiek-advies-sociale-media`. */
  slug: string;
  /** What the advice says about social media (1..4000 characters). */
  summary?: string | null | undefined;
  /** Full title (1..500 characters). */
  title: string;
  /** Web address: http or https, at most 500 characters. */
  url?: string | null | undefined;
};

/** A development (ontwikkeling) by slug: created when the slug is new, corrected when it exists (omitted optional fields keep their value, null clears). */
export type UpsertDevelopmentInput = {
  /** What happened (1..4000 characters). */
  description: string;
  /** When it happened (1990-01-01 .. today + 5 years); null when the source gives no date. */
  occurredOn?: string | null | undefined;
  /** EXACT (the default for a dated development), SOURCE_DATE or INFERRED (say how in `description`); ignored without `occurredOn`. */
  occurredOnBasis?: DateBasis | null | undefined;
  /** DAY (the default for a dated development), MONTH or YEAR; ignored without `occurredOn`. */
  occurredOnPrecision?: DatePrecision | null | undefined;
  /** Where the development comes from: an existing source, a new one, or your own statement (required: INVALID when missing). */
  provenance?: ProvenanceInput | null | undefined;
  /** The provinces involved (CBS code, slug or name; at most 12); when given, replaces the list. Empty when the source names none. */
  provinceCodes?: Array<string> | null | undefined;
  /** Natural key, e.g. `ipo-ethics-committee-advice-x`. */
  slug: string;
  /** Short title (1..300 characters). */
  title: string;
};

/** Why a write was refused for its input (the write changed nothing). */
export type UserErrorCode =
  /** Conflict — another write came first (`expectedLatestId` is no longer the latest), a uniqueness rule was hit, or the record's state forbids the change (e.g. rating a published assessment). */
  | 'CONFLICT'
  /** Ongeldig — a rule of the field is broken (the message says which). */
  | 'INVALID'
  /** Niet gevonden — a referenced object does not exist. */
  | 'NOT_FOUND';

/** The rating of one value. */
export type ValueRatingInput = {
  /** Negative influence on the value: NONE (Geen), MODERATE (Matig), HIGH (Veel). */
  impact: Impact;
  /** Platform slug when the rating is for one platform; omit for all platforms. */
  platformSlug?: string | null | undefined;
  /** Why, in short (1..2000 characters); omit when none. */
  rationale?: string | null | undefined;
  /** Value slug, e.g. `transparantie`. */
  valueSlug: string;
};

export type ShellQueryVariables = Exact<{ [key: string]: never; }>;


export type ShellQuery = { enumLabels: Array<{ enum: string, value: string, label: string }>, viewer: { authenticated: boolean, role: Role | null, apiClient: { name: string } | null, province: { code: string, name: string } | null } };

export type UpsertDevelopmentMutationVariables = Exact<{
  input: UpsertDevelopmentInput;
}>;


export type UpsertDevelopmentMutation = { upsertDevelopment: { development: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, errorCode: UserErrorCode }> } | null };

export type UpsertCommitteeAdviceMutationVariables = Exact<{
  input: UpsertCommitteeAdviceInput;
}>;


export type UpsertCommitteeAdviceMutation = { upsertCommitteeAdvice: { framework: { slug: string } | null, userErrors: Array<{ field: Array<string>, message: string, errorCode: UserErrorCode }> } | null };

export type SetCommitteeAdviceStatusMutationVariables = Exact<{
  input: SetCommitteeAdviceStatusInput;
}>;


export type SetCommitteeAdviceStatusMutation = { setCommitteeAdviceStatus: { framework: { slug: string, status: FrameworkStatus } | null, userErrors: Array<{ field: Array<string>, message: string, errorCode: UserErrorCode }> } | null };

export type AddExitCriterionMutationVariables = Exact<{
  input: AddExitCriterionInput;
}>;


export type AddExitCriterionMutation = { addExitCriterion: { criterion: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, errorCode: UserErrorCode }> } | null };

export type ReviewExitCriterionMutationVariables = Exact<{
  input: ReviewExitCriterionInput;
}>;


export type ReviewExitCriterionMutation = { reviewExitCriterion: { review: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, errorCode: UserErrorCode }> } | null };

export type RetireExitCriterionMutationVariables = Exact<{
  input: RetireExitCriterionInput;
}>;


export type RetireExitCriterionMutation = { retireExitCriterion: { retirement: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, errorCode: UserErrorCode }> } | null };

export type SetAccountsMutationVariables = Exact<{
  input: SetPresenceAccountsInput;
}>;


export type SetAccountsMutation = { setPresenceAccounts: { presence: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, errorCode: UserErrorCode }> } | null };

export type SetPositionMutationVariables = Exact<{
  input: SetFrameworkPositionInput;
}>;


export type SetPositionMutation = { setFrameworkPosition: { frameworkPosition: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, errorCode: UserErrorCode }> } | null };

export type CreateAssessmentMutationVariables = Exact<{
  input: CreateAssessmentInput;
}>;


export type CreateAssessmentMutation = { createAssessment: { assessment: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, errorCode: UserErrorCode }> } | null };

export type SetRatingsMutationVariables = Exact<{
  input: SetValueRatingsInput;
}>;


export type SetRatingsMutation = { setValueRatings: { assessment: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, errorCode: UserErrorCode }> } | null };

export type PublishAssessmentMutationVariables = Exact<{
  input: AssessmentIdInput;
}>;


export type PublishAssessmentMutation = { publishAssessment: { assessment: { id: string, state: AssessmentState } | null, userErrors: Array<{ field: Array<string>, message: string, errorCode: UserErrorCode }> } | null };

export type WithdrawAssessmentMutationVariables = Exact<{
  input: AssessmentIdInput;
}>;


export type WithdrawAssessmentMutation = { withdrawAssessment: { assessment: { id: string, state: AssessmentState } | null, userErrors: Array<{ field: Array<string>, message: string, errorCode: UserErrorCode }> } | null };

export type RecordStatusMutationVariables = Exact<{
  input: RecordPlatformStatusInput;
}>;


export type RecordStatusMutation = { recordPlatformStatus: { status: { id: string, status: PresenceStatus, validFrom: string } | null, userErrors: Array<{ field: Array<string>, message: string, errorCode: UserErrorCode }> } | null };

export type LatestRecordedQueryVariables = Exact<{
  code: string;
}>;


export type LatestRecordedQuery = { province: { presences: Array<{ platform: { slug: string }, latestRecorded: { id: string, statusLabel: string, validFrom: string, validFromPrecision: DatePrecision, recordedAt: string, recordedBy: string, reason: string | null, status: PresenceStatus, commentsEnabled: boolean | null, engagement: boolean | null, purposes: Array<Purpose>, paidContent: PaidContent | null } | null, status: { id: string, status: PresenceStatus, commentsEnabled: boolean | null, engagement: boolean | null, purposes: Array<Purpose>, paidContent: PaidContent | null } | null }> } | null };

export type UserErrorFieldsFragment = { field: Array<string>, message: string, errorCode: UserErrorCode };

export type SourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type SourcesQuery = { sources: Array<{ slug: string, title: string }> };

export type ReadmeOverijsselPresencesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadmeOverijsselPresencesQuery = { province: { name: string, presences: Array<{ platform: { slug: string }, status: { status: PresenceStatus, validFrom: string } | null }> } | null };

export type ReadmeStatusMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadmeStatusMatrixQuery = { statusMatrix: { rows: Array<{ province: { code: string, name: string }, cells: Array<{ status: ComparisonStatus, statusLabel: string, validFrom: string | null, platform: { slug: string } }> }> } };

export type ReadmeUtrechtValueRatingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadmeUtrechtValueRatingsQuery = { valueMatrix: { rows: Array<{ province: { name: string }, cells: Array<{ impact: ComparisonImpact, impactLabel: string, value: { name: string }, assessment: { heldOn: string } | null }> }> } };

export type CellDetailQueryVariables = Exact<{
  code: string;
  asOf?: string | null | undefined;
  knownAt?: string | null | undefined;
}>;


export type CellDetailQuery = { province: { code: string, name: string, presences: Array<{ id: string, platform: { slug: string, name: string }, latestRecorded: { id: string } | null, status: { id: string, status: PresenceStatus, statusLabel: string, validFrom: string, validFromBasis: DateBasis, validFromPrecision: DatePrecision, recordedAt: string, recordedBy: string, reason: string | null, commentsEnabled: boolean | null, engagement: boolean | null, purposes: Array<Purpose>, paidContent: PaidContent | null, statedBy: string | null, source: { title: string, url: string | null, publisher: string } | null } | null, history: Array<{ id: string, status: PresenceStatus, statusLabel: string, validFrom: string, validFromBasis: DateBasis, validFromPrecision: DatePrecision, recordedAt: string, recordedBy: string, reason: string | null, commentsEnabled: boolean | null, engagement: boolean | null, purposes: Array<Purpose>, paidContent: PaidContent | null, statedBy: string | null, source: { title: string, url: string | null, publisher: string } | null }> }> } | null, platforms: Array<{ slug: string, name: string }> };

export type SnapshotFieldsFragment = { id: string, status: PresenceStatus, statusLabel: string, validFrom: string, validFromBasis: DateBasis, validFromPrecision: DatePrecision, recordedAt: string, recordedBy: string, reason: string | null, commentsEnabled: boolean | null, engagement: boolean | null, purposes: Array<Purpose>, paidContent: PaidContent | null, statedBy: string | null, source: { title: string, url: string | null, publisher: string } | null };

export type ChangesQueryVariables = Exact<{
  from: string;
  to: string;
  knownAt?: string | null | undefined;
}>;


export type ChangesQuery = { changesBetween: { from: string, to: string, changes: Array<{ changedFields: Array<string>, observed: boolean, province: { code: string, name: string }, platform: { slug: string, name: string }, before: { status: ComparisonStatus, statusLabel: string }, after: { status: ComparisonStatus, statusLabel: string }, changedBy: { validFrom: string, validFromPrecision: DatePrecision, recordedAt: string, recordedBy: string, reason: string | null, statedBy: string | null, source: { title: string, url: string | null } | null } }> } };

export type StatusChangesQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  knownAt?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type StatusChangesQuery = { statusChanges: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, statusLabel: string, validFrom: string, validFromPrecision: DatePrecision, recordedAt: string, recordedBy: string, reason: string | null, statedBy: string | null, source: { title: string, url: string | null } | null, presence: { province: { name: string }, platform: { name: string } } }> } };

export type ExitCriteriaQueryVariables = Exact<{
  asOf?: string | null | undefined;
  knownAt?: string | null | undefined;
  provinces?: Array<string> | string | null | undefined;
  platforms?: Array<string> | string | null | undefined;
}>;


export type ExitCriteriaQuery = { provinces: Array<{ code: string, name: string }>, platforms: Array<{ slug: string, name: string }>, exitCriteriaMatrix: { asOf: string, platforms: Array<{ slug: string, name: string }>, rows: Array<{ metWhileActive: boolean, province: { code: string, name: string }, cells: Array<{ status: ComparisonStatus, statusLabel: string, metWhileActive: boolean, criteria: Array<{ allPlatforms: boolean, metWhileActive: boolean, stateLabel: string, criterion: { id: string, kindLabel: string, description: string, adoptedOn: string, adoptedOnPrecision: DatePrecision, statedBy: string | null, platform: { name: string } | null, protectedValue: { name: string } | null, source: { title: string, url: string | null } | null }, review: { reviewedOn: string, reviewedOnPrecision: DatePrecision, reviewedOnBasis: DateBasis, note: string | null } | null }> }> }> } };

export type DevelopmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DevelopmentsQuery = { developments: Array<{ id: string, slug: string, title: string, description: string, occurredOn: string | null, occurredOnPrecision: DatePrecision | null, statedBy: string | null, provincesInvolved: Array<{ name: string }>, source: { title: string, url: string | null } | null }> };

export type ProvinceNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvinceNamesQuery = { provinces: Array<{ code: string, name: string }> };

export type FrameworksQueryVariables = Exact<{
  asOf?: string | null | undefined;
  knownAt?: string | null | undefined;
}>;


export type FrameworksQuery = { frameworkMatrix: { asOf: string, frameworks: Array<{ status: FrameworkStatus, statusLabel: string, framework: { slug: string, shortName: string, title: string, committeeAdvice: boolean, issuer: string, url: string | null, summary: string | null, publishedOn: string | null, inForceOn: string | null }, findings: Array<{ id: string, stage: FindingStage, occurredOn: string, topics: Array<FindingTopic>, fineEur: number | null, summary: string | null, statedBy: string | null, platform: { name: string }, source: { title: string, url: string | null } | null }> }>, rows: Array<{ province: { code: string, name: string }, cells: Array<{ stance: ComparisonStance, stanceLabel: string, since: string | null, sincePrecision: DatePrecision | null }> }> } };

export type StatusMatrixQueryVariables = Exact<{
  asOf?: string | null | undefined;
  knownAt?: string | null | undefined;
  platforms?: Array<string> | string | null | undefined;
  statuses?: Array<ComparisonStatus> | ComparisonStatus | null | undefined;
}>;


export type StatusMatrixQuery = { platforms: Array<{ slug: string, name: string }>, statusMatrix: { asOf: string, knownAt: string, platforms: Array<{ slug: string, name: string }>, rows: Array<{ province: { code: string, name: string }, cells: Array<{ status: ComparisonStatus, statusLabel: string, commentsEnabled: boolean | null, validFrom: string | null, validFromPrecision: DatePrecision | null, matches: boolean }> }> }, platformSummary: { provinceCount: number, rows: Array<{ commentsDisabled: number, platform: { slug: string, name: string }, counts: Array<{ status: ComparisonStatus, statusLabel: string, count: number }> }> } };

export type ProvinceDetailQueryVariables = Exact<{
  code: string;
  asOf?: string | null | undefined;
  knownAt?: string | null | undefined;
}>;


export type ProvinceDetailQuery = { provinces: Array<{ code: string, name: string }>, frameworks: Array<{ slug: string, shortName: string }>, values: Array<{ slug: string, name: string }>, platforms: Array<{ slug: string, name: string }>, province: { code: string, name: string, presences: Array<{ id: string, platform: { slug: string, name: string }, accounts: Array<{ handle: string, url: string | null }>, status: { status: PresenceStatus, statusLabel: string, validFrom: string, validFromPrecision: DatePrecision, reason: string | null, statedBy: string | null, source: { title: string, url: string | null } | null } | null, history: Array<{ id: string, status: PresenceStatus, statusLabel: string, validFrom: string, validFromPrecision: DatePrecision, recordedAt: string }> }>, frameworkPositions: Array<{ id: string, stanceLabel: string, since: string, sincePrecision: DatePrecision, note: string | null, statedBy: string | null, framework: { slug: string, shortName: string, title: string }, source: { title: string, url: string | null } | null }>, assessments: Array<{ id: string, heldOn: string, heldOnPrecision: DatePrecision, state: AssessmentState, method: string, note: string | null, publishedAt: string | null, withdrawnAt: string | null, statedBy: string | null, source: { title: string, url: string | null } | null, platform: { name: string } | null, ratings: Array<{ id: string, impact: Impact, impactLabel: string, rationale: string | null, value: { slug: string, name: string }, platform: { name: string } | null }> }>, exitCriteria: Array<{ id: string, kindLabel: string, description: string, adoptedOn: string, adoptedOnPrecision: DatePrecision, statedBy: string | null, platform: { name: string } | null, protectedValue: { name: string } | null, latestReview: { stateLabel: string, reviewedOn: string, reviewedOnPrecision: DatePrecision, reviewedOnBasis: DateBasis, note: string | null } | null, retirement: { retiredOn: string, retiredOnPrecision: DatePrecision, reason: string | null } | null, source: { title: string, url: string | null } | null }> } | null };

export type ValuesQueryVariables = Exact<{
  asOf?: string | null | undefined;
  knownAt?: string | null | undefined;
}>;


export type ValuesQuery = { valueSummary: { provinceCount: number, rows: Array<{ none: number, moderate: number, high: number, unknown: number, ratedCount: number, divergence: number | null, value: { slug: string, name: string } }> }, valueMatrix: { asOf: string, values: Array<{ slug: string, name: string }>, rows: Array<{ province: { code: string, name: string }, cells: Array<{ impact: ComparisonImpact, impactLabel: string, rating: { rationale: string | null, statedBy: string | null, source: { title: string, url: string | null } | null } | null, assessment: { heldOn: string, heldOnPrecision: DatePrecision, method: string } | null }> }> } };

export const UserErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const SnapshotFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SnapshotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlatformStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validFromBasis"}},{"kind":"Field","name":{"kind":"Name","value":"validFromPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"commentsEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"engagement"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"paidContent"}},{"kind":"Field","name":{"kind":"Name","value":"statedBy"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}}]} as unknown as DocumentNode<SnapshotFieldsFragment, unknown>;
export const ShellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Shell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enumLabels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enum"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticated"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"apiClient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ShellQuery, ShellQueryVariables>;
export const UpsertDevelopmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertDevelopment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertDevelopmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertDevelopment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"development"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]} as unknown as DocumentNode<UpsertDevelopmentMutation, UpsertDevelopmentMutationVariables>;
export const UpsertCommitteeAdviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertCommitteeAdvice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertCommitteeAdviceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertCommitteeAdvice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]} as unknown as DocumentNode<UpsertCommitteeAdviceMutation, UpsertCommitteeAdviceMutationVariables>;
export const SetCommitteeAdviceStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCommitteeAdviceStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCommitteeAdviceStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCommitteeAdviceStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]} as unknown as DocumentNode<SetCommitteeAdviceStatusMutation, SetCommitteeAdviceStatusMutationVariables>;
export const AddExitCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddExitCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddExitCriterionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addExitCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]} as unknown as DocumentNode<AddExitCriterionMutation, AddExitCriterionMutationVariables>;
export const ReviewExitCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewExitCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewExitCriterionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewExitCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]} as unknown as DocumentNode<ReviewExitCriterionMutation, ReviewExitCriterionMutationVariables>;
export const RetireExitCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireExitCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetireExitCriterionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireExitCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]} as unknown as DocumentNode<RetireExitCriterionMutation, RetireExitCriterionMutationVariables>;
export const SetAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPresenceAccountsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPresenceAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]} as unknown as DocumentNode<SetAccountsMutation, SetAccountsMutationVariables>;
export const SetPositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetFrameworkPositionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFrameworkPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworkPosition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]} as unknown as DocumentNode<SetPositionMutation, SetPositionMutationVariables>;
export const CreateAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]} as unknown as DocumentNode<CreateAssessmentMutation, CreateAssessmentMutationVariables>;
export const SetRatingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRatings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetValueRatingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setValueRatings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]} as unknown as DocumentNode<SetRatingsMutation, SetRatingsMutationVariables>;
export const PublishAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]} as unknown as DocumentNode<PublishAssessmentMutation, PublishAssessmentMutationVariables>;
export const WithdrawAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]} as unknown as DocumentNode<WithdrawAssessmentMutation, WithdrawAssessmentMutationVariables>;
export const RecordStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlatformStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlatformStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]} as unknown as DocumentNode<RecordStatusMutation, RecordStatusMutationVariables>;
export const LatestRecordedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatestRecorded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestRecorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validFromPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commentsEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"engagement"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"paidContent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commentsEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"engagement"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"paidContent"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LatestRecordedQuery, LatestRecordedQueryVariables>;
export const SourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<SourcesQuery, SourcesQueryVariables>;
export const ReadmeOverijsselPresencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadmeOverijsselPresences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"PV23","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"presences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2025-07-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReadmeOverijsselPresencesQuery, ReadmeOverijsselPresencesQueryVariables>;
export const ReadmeStatusMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadmeStatusMatrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statusMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2025-07-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"platforms"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"x","block":false},{"kind":"StringValue","value":"tiktok","block":false}]}},{"kind":"Argument","name":{"kind":"Name","value":"provinces"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"PV23","block":false},{"kind":"StringValue","value":"PV26","block":false},{"kind":"StringValue","value":"PV27","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReadmeStatusMatrixQuery, ReadmeStatusMatrixQueryVariables>;
export const ReadmeUtrechtValueRatingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadmeUtrechtValueRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2025-07-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"provinces"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"utrecht","block":false}]}},{"kind":"Argument","name":{"kind":"Name","value":"values"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"betrouwbaarheid","block":false},{"kind":"StringValue","value":"onafhankelijkheid","block":false},{"kind":"StringValue","value":"privacy","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"impactLabel"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReadmeUtrechtValueRatingsQuery, ReadmeUtrechtValueRatingsQueryVariables>;
export const CellDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CellDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"presences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestRecorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SnapshotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SnapshotFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"platforms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SnapshotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlatformStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validFromBasis"}},{"kind":"Field","name":{"kind":"Name","value":"validFromPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"commentsEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"engagement"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"paidContent"}},{"kind":"Field","name":{"kind":"Name","value":"statedBy"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}}]} as unknown as DocumentNode<CellDetailQuery, CellDetailQueryVariables>;
export const ChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Changes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changesBetween"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validFromPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"statedBy"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangesQuery, ChangesQueryVariables>;
export const StatusChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatusChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statusChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"validFrom"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validFromPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"statedBy"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatusChangesQuery, StatusChangesQueryVariables>;
export const ExitCriteriaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExitCriteria"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinces"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platforms"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platforms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exitCriteriaMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinces"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinces"}}},{"kind":"Argument","name":{"kind":"Name","value":"platforms"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platforms"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"platforms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metWhileActive"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"metWhileActive"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allPlatforms"}},{"kind":"Field","name":{"kind":"Name","value":"metWhileActive"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOnPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"protectedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedBy"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedOnPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedOnBasis"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExitCriteriaQuery, ExitCriteriaQueryVariables>;
export const DevelopmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Developments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOnPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"provincesInvolved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedBy"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<DevelopmentsQuery, DevelopmentsQueryVariables>;
export const ProvinceNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ProvinceNamesQuery, ProvinceNamesQueryVariables>;
export const FrameworksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Frameworks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworkMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"frameworks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"committeeAdvice"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inForceOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"fineEur"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedBy"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"stanceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"sincePrecision"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FrameworksQuery, FrameworksQueryVariables>;
export const StatusMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatusMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platforms"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComparisonStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platforms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"platforms"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platforms"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"knownAt"}},{"kind":"Field","name":{"kind":"Name","value":"platforms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"commentsEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validFromPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"matches"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"platformSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"platforms"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platforms"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinceCount"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentsDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatusMatrixQuery, StatusMatrixQueryVariables>;
export const ProvinceDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platforms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"presences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validFromPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"statedBy"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validFromPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworkPositions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stanceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"sincePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"statedBy"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOnPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"statedBy"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"impactLabel"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exitCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOnPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"protectedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedOnPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedOnBasis"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOnPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedBy"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProvinceDetailQuery, ProvinceDetailQueryVariables>;
export const ValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Values"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinceCount"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"none"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}},{"kind":"Field","name":{"kind":"Name","value":"ratedCount"}},{"kind":"Field","name":{"kind":"Name","value":"divergence"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"valueMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"impactLabel"}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"statedBy"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOnPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ValuesQuery, ValuesQueryVariables>;