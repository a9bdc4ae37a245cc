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

export type LegacyInsured = z.infer<typeof LegacyInsured>;
export type LegacyContribution = z.infer<typeof LegacyContribution>;
export type LegacyClaim = z.infer<typeof LegacyClaim>;
export type ErrorResponse = z.infer<typeof ErrorResponse>;
