import { Request, Response } from 'express';
import { shanghaiWallClock } from '../../kit';
import { CaseRegister, RegisteredCase, statusOf } from '../../kit/mock/case-register';
import { AUDIT_STATUSES } from '../codes';
import {
  ApplicationQueryRequest,
  ApplicationRequest,
  ErrorResponse,
  LegacyApplication,
  MAX_BATCH_SIZE,
} from '../contract/wire';

/** The applications the 新农合 system received: 申请编号 XNHSQ-yyyyMMdd-nnnn, 核准编号 XNHBX-yyyy-nnnn. */
export function createApplicationRegister(): CaseRegister {
  return new CaseRegister({
    recordNumber: (sequence, at) =>
      `XNHSQ-${shanghaiWallClock(at).slice(0, 10).replace(/-/g, '')}-${String(sequence).padStart(4, '0')}`,
    resultNumber: (record) =>
      `XNHBX-${shanghaiWallClock(record.receivedAt).slice(0, 4)}-${record.recordNumber.slice(-4)}`,
    defaultReviewer: '文澜镇合管办 审核员',
  });
}

function toApplication(record: RegisteredCase): LegacyApplication {
  const { decision } = record;
  return {
    externalRef: record.reference,
    applicationNo: record.recordNumber,
    auditStatus: AUDIT_STATUSES.codeOf(statusOf(record)),
    applyDate: shanghaiWallClock(record.receivedAt).slice(0, 10).replace(/-/g, ''),
    auditor: decision?.reviewer ?? null,
    auditTime: decision ? shanghaiWallClock(decision.decidedAt) : null,
    approvalNo: decision?.resultNumber ?? null,
    opinion: decision?.reason ?? null,
    supplements: (decision?.missingMaterials ?? []).map(({ code, reason }) => ({ materialCode: code, reason })),
  };
}

const refuse = (res: Response, status: number, errorCode: string, message: string, extra: object = {}) =>
  res.status(status).json({ errorCode, message, ...extra } satisfies ErrorResponse);

/**
 * The application endpoints, behind the session token `authorised` checks: registration refuses
 * a known externalRef with 409 DUPLICATE_REFERENCE, as the real system does.
 */
export function applicationRoutes(register: CaseRegister, jsonBody: (req: Request) => unknown) {
  return {
    submit(req: Request, res: Response) {
      const parsed = ApplicationRequest.safeParse(jsonBody(req));
      if (!parsed.success) return refuse(res, 400, 'BAD_REQUEST', '申请信息不完整');
      const application = parsed.data;
      const known = register.find(application.externalRef);
      if (known) {
        return refuse(res, 409, 'DUPLICATE_REFERENCE', '外部流水号已存在', { applicationNo: known.recordNumber });
      }
      const { recordNumber } = register.register({
        reference: application.externalRef,
        itemCode: application.itemCode,
        itemName: application.itemName,
        applicant: { type: 'PERSON', name: application.name, idNumber: application.idCard },
        acceptedAt: new Date(`${application.acceptTime.replace(' ', 'T')}+08:00`).toISOString(),
        dueDate: application.deadline ?? null,
        materials: application.materials,
      });
      res.status(201).json({ applicationNo: recordNumber });
    },
    query(req: Request, res: Response) {
      const parsed = ApplicationQueryRequest.safeParse(jsonBody(req));
      if (!parsed.success) return refuse(res, 400, 'BAD_REQUEST', 'externalRefs must be a non-empty list');
      if (parsed.data.externalRefs.length > MAX_BATCH_SIZE)
        return refuse(res, 400, 'BATCH_TOO_LARGE', `每次最多查询${MAX_BATCH_SIZE}条`);
      const data = parsed.data.externalRefs.flatMap((reference) => register.find(reference) ?? []).map(toApplication);
      res.json({ total: data.length, data });
    },
  };
}
