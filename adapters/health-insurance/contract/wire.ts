import { z } from 'zod';

/**
 * The 新农合 system's wire format, as `openapi.yaml` beside this file describes it: read by the
 * client (validating what arrives) and written by the double. Field names, codes and the mixed
 * date formats are the legacy system's own.
 */
export const PATHS = {
  login: '/api/v1/auth/login',
  batchQuery: '/api/v1/insured/batch-query',
  ping: '/api/v1/ping',
  applications: '/api/v1/applications',
  applicationQuery: '/api/v1/applications/batch-query',
} as const;

/** The system refuses larger batches with 400 BATCH_TOO_LARGE. */
export const MAX_BATCH_SIZE = 50;

export const TOKEN_HEADER = 'x-auth-token';

export const LoginRequest = z.object({ username: z.string(), password: z.string() });
export const LoginResponse = z.object({ token: z.string().min(1), expiresIn: z.number().int().positive() });

export const BatchQueryRequest = z.object({ idCards: z.array(z.string()).min(1) });

export const LegacyContribution = z.object({
  /** yyyyMM */
  period: z.string(),
  insuType: z.string(),
  psnType: z.string(),
  /** yuan, two decimals */
  personalAmt: z.string(),
  subsidyAmt: z.string(),
  /** yyyy-MM-dd HH:mm:ss, Beijing time */
  payTime: z.string(),
  poolArea: z.string(),
  operator: z.string(),
});

export const LegacyClaim = z.object({
  settleNo: z.string(),
  hospital: z.string(),
  /** yyyy-MM-dd */
  admitDate: z.string(),
  dischargeDate: z.string().nullable(),
  totalAmt: z.string(),
  fundPaid: z.string(),
  /** yyyyMMdd */
  settleDate: z.string(),
});

export const LegacyInsured = z.object({
  personNo: z.string(),
  idCard: z.string(),
  name: z.string(),
  insuType: z.string(),
  psnType: z.string(),
  insuStatus: z.string(),
  poolArea: z.string(),
  /** yyyy/M/d */
  enrolDate: z.string(),
  contributions: z.array(LegacyContribution),
  claims: z.array(LegacyClaim),
});

/** Only the persons the system holds; an unknown ID is simply absent. */
export const BatchQueryResponse = z.object({ total: z.number().int(), data: z.array(LegacyInsured) });

export const ErrorResponse = z.object({ errorCode: z.string(), message: z.string() });

export const ApplicationRequest = z.object({
  externalRef: z.string().min(1),
  itemCode: z.string().min(1),
  itemName: z.string().min(1),
  idCard: z.string().min(1),
  name: z.string().min(1),
  /** yyyy-MM-dd HH:mm:ss, Beijing time */
  acceptTime: z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
  /** yyyy-MM-dd */
  deadline: z.string().optional(),
  materials: z.array(z.string()),
});

export const ApplicationCreated = z.object({ applicationNo: z.string().min(1) });

/** 409 DUPLICATE_REFERENCE: the system de-duplicates externalRef and names the application it has. */
export const DuplicateReference = ErrorResponse.extend({ applicationNo: z.string().min(1) });

export const ApplicationQueryRequest = z.object({ externalRefs: z.array(z.string()).min(1) });

export const LegacyApplication = z.object({
  externalRef: z.string(),
  applicationNo: z.string(),
  /** 0 待审核, 1 审核通过, 2 审核不通过, 3 待补充材料 */
  auditStatus: z.string(),
  /** yyyyMMdd */
  applyDate: z.string(),
  auditor: z.string().nullable().optional(),
  /** yyyy-MM-dd HH:mm:ss */
  auditTime: z.string().nullable().optional(),
  approvalNo: z.string().nullable().optional(),
  opinion: z.string().nullable().optional(),
  supplements: z.array(z.object({ materialCode: z.string(), reason: z.string() })).optional(),
});

export const ApplicationQueryResponse = z.object({ total: z.number().int(), data: z.array(LegacyApplication) });

export type ApplicationRequest = z.infer<typeof ApplicationRequest>;
export type LegacyApplication = z.infer<typeof LegacyApplication>;

export type LegacyInsured = z.infer<typeof LegacyInsured>;
export type LegacyContribution = z.infer<typeof LegacyContribution>;
export type LegacyClaim = z.infer<typeof LegacyClaim>;
export type ErrorResponse = z.infer<typeof ErrorResponse>;
