import { Initial1795946636485 } from "./1795946636485-Initial";
import { AppendOnlyHistory1795946636486 } from "./1795946636486-AppendOnlyHistory";
import { DataVersion1795946636487 } from "./1795946636487-DataVersion";
import { PreciseFindings1795946636488 } from "./1795946636488-PreciseFindings";
import { DatePrecisionAndProvenance1795946636500 } from "./1795946636500-DatePrecisionAndProvenance";
import { RegisterClock1795946636510 } from "./1795946636510-RegisterClock";
import { OneSpelling1795946636520 } from "./1795946636520-OneSpelling";
import { IdempotencyKeys1795946636540 } from "./1795946636540-IdempotencyKeys";
import { AuditCorrelationAndSetup1795946636550 } from "./1795946636550-AuditCorrelationAndSetup";
import { LivingCriteria1795946636560 } from "./1795946636560-LivingCriteria";

/** Every migration, in order. Generated with `npm run migration:generate -- <Name>`, reviewed, then listed here. */
export const migrations: Function[] = [
  Initial1795946636485,
  AppendOnlyHistory1795946636486,
  DataVersion1795946636487,
  PreciseFindings1795946636488,
  DatePrecisionAndProvenance1795946636500,
  RegisterClock1795946636510,
  OneSpelling1795946636520,
  IdempotencyKeys1795946636540,
  AuditCorrelationAndSetup1795946636550,
  LivingCriteria1795946636560,
];
