import type { ApiClient } from "../entities";
import { Role } from "../domain/enums";
import { forbidden, unauthenticated } from "../errors/error-codes";
import type { Viewer } from "./viewer";

/**
 * Who may do what (docs/design.md §4), checked explicitly by the services before any write (no AuthChecker: the
 * province rule needs the input). Anonymous → UNAUTHENTICATED; a role without the right → FORBIDDEN. Both are GraphQL
 * errors.
 *
 * |                  | own province's records | other provinces' records | developments | committee advice | reference data, tokens | audit |
 * |------------------|------------------------|--------------------------|--------------|------------------|------------------------|-------|
 * | anonymous        | no                     | no                       | no           | no               | no                     | no    |
 * | PROVINCE_EDITOR  | write                  | no                       | no           | no               | no                     | no    |
 * | IPO_ANALYST      | no                     | no                       | write        | no               | no                     | read  |
 * | ETHICS_COMMITTEE | no                     | no                       | write        | its own          | no                     | read  |
 * | ADMIN            | write                  | write                    | write        | write            | write                  | read  |
 */
export type Authenticated = Viewer & { client: ApiClient; role: Role };

export function requireAuthenticated(viewer: Viewer): asserts viewer is Authenticated {
  if (!viewer.client || !viewer.role)
    throw unauthenticated("This needs a token: send `Authorization: Bearer <token>`.");
}

/** Reference data and tokens: ADMIN only. */
export function requireAdmin(viewer: Viewer, what: string): asserts viewer is Authenticated {
  requireAuthenticated(viewer);
  if (viewer.role !== Role.ADMIN) throw forbidden(`Only ADMIN may ${what}; this token has role ${viewer.role}.`);
}

/** The audit trail: ADMIN, IPO_ANALYST and ETHICS_COMMITTEE. */
export function requireAuditReader(viewer: Viewer): asserts viewer is Authenticated {
  requireAuthenticated(viewer);
  if (viewer.role === Role.PROVINCE_EDITOR)
    throw forbidden("Only ADMIN, IPO_ANALYST and ETHICS_COMMITTEE may read the audit trail.");
}

/**
 * A province's records, before the province is looked up: ADMIN, or a PROVINCE_EDITOR naming its own province. A
 * CBS code is checked here, before anything else; a province named otherwise (slug or name, any spelling: the
 * provinces' key rule in the database) is checked once it is looked up (`requireProvinceWriter`, same error).
 */
export function requireProvinceWriterByCode(viewer: Viewer, provinceCode: string): asserts viewer is Authenticated {
  requireRecordWriter(viewer);
  const code = provinceCode.trim().toUpperCase();
  if (viewer.role === Role.PROVINCE_EDITOR && CBS_CODE.test(code) && viewer.client.province?.code !== code) {
    throw forbidden(
      `A PROVINCE_EDITOR writes only its own province's records (${viewer.client.province?.code ?? "none"}), not ${provinceCode}.`,
    );
  }
}

const CBS_CODE = /^(PV[0-9]{2}|GM[0-9]{4}|WS[0-9]{4})$/;

/** A province's records once the record is loaded: ADMIN, or a PROVINCE_EDITOR of that province. */
export function requireProvinceWriter(viewer: Viewer, provinceId: number): asserts viewer is Authenticated {
  requireRecordWriter(viewer);
  if (viewer.role === Role.PROVINCE_EDITOR && viewer.provinceId !== provinceId) {
    throw forbidden(
      `A PROVINCE_EDITOR writes only its own province's records (${viewer.client.province?.code ?? "none"}).`,
    );
  }
}

/** Any province's records at all: PROVINCE_EDITOR or ADMIN (the other roles read only). */
export function requireRecordWriter(viewer: Viewer): asserts viewer is Authenticated {
  requireAuthenticated(viewer);
  if (viewer.role !== Role.ADMIN && viewer.role !== Role.PROVINCE_EDITOR) {
    throw forbidden(
      `Role ${viewer.role} reads only; writing a province's records needs PROVINCE_EDITOR (own province) or ADMIN.`,
    );
  }
}

/** Developments (dated interprovincial or national events): IPO_ANALYST, ETHICS_COMMITTEE and ADMIN (issue 16). */
export function requireDevelopmentWriter(viewer: Viewer): asserts viewer is Authenticated {
  requireAuthenticated(viewer);
  if (viewer.role === Role.PROVINCE_EDITOR)
    throw forbidden("Only IPO_ANALYST, ETHICS_COMMITTEE and ADMIN may record developments; a PROVINCE_EDITOR may not.");
}

/**
 * The interprovincial ethics committee's own advice (a framework with `committeeAdvice`): ETHICS_COMMITTEE and ADMIN
 * (issue 16). Every ETHICS_COMMITTEE token speaks for the one committee; it may touch only the frameworks the committee
 * issued (`requireCommitteeAdvice` once the framework is loaded).
 */
export function requireCommitteeWriter(viewer: Viewer): asserts viewer is Authenticated {
  requireAuthenticated(viewer);
  if (viewer.role !== Role.ETHICS_COMMITTEE && viewer.role !== Role.ADMIN)
    throw forbidden(
      `Only ETHICS_COMMITTEE and ADMIN may publish the ethics committee's advice; this token has role ${viewer.role}.`,
    );
}

/** An existing framework an ETHICS_COMMITTEE token names must be one the committee issued (FORBIDDEN otherwise). */
export function requireCommitteeAdvice(viewer: Viewer, framework: { slug: string; committeeAdvice: boolean }): void {
  if (viewer.role === Role.ETHICS_COMMITTEE && !framework.committeeAdvice)
    throw forbidden(
      `The ethics committee may only change the frameworks it issued; ${framework.slug} is not one of its advices.`,
    );
}
