import { ApiClient } from "./api-client.entity";
import { Assessment } from "./assessment.entity";
import { AuditEvent } from "./audit-event.entity";
import { Development } from "./development.entity";
import { ExitCriterion } from "./exit-criterion.entity";
import { ExitCriterionRetirement } from "./exit-criterion-retirement.entity";
import { ExitCriterionReview } from "./exit-criterion-review.entity";
import { FollowerCount } from "./follower-count.entity";
import { Framework } from "./framework.entity";
import { FrameworkPosition } from "./framework-position.entity";
import { Platform } from "./platform.entity";
import { PlatformFinding } from "./platform-finding.entity";
import { PlatformStatus } from "./platform-status.entity";
import { Presence } from "./presence.entity";
import { Province } from "./province.entity";
import { ProvinceAlternativeName } from "./province-alternative-name.entity";
import { Source } from "./source.entity";
import { Value } from "./value.entity";
import { ValueRating } from "./value-rating.entity";

export {
  ApiClient,
  Assessment,
  AuditEvent,
  Development,
  ExitCriterion,
  ExitCriterionRetirement,
  ExitCriterionReview,
  FollowerCount,
  Framework,
  FrameworkPosition,
  Platform,
  PlatformFinding,
  PlatformStatus,
  Presence,
  Province,
  ProvinceAlternativeName,
  Source,
  Value,
  ValueRating,
};

export const entities = [
  ApiClient,
  Assessment,
  AuditEvent,
  Development,
  ExitCriterion,
  ExitCriterionRetirement,
  ExitCriterionReview,
  FollowerCount,
  Framework,
  FrameworkPosition,
  Platform,
  PlatformFinding,
  PlatformStatus,
  Presence,
  Province,
  ProvinceAlternativeName,
  Source,
  Value,
  ValueRating,
];
