import { Request, Response } from 'express';
import { shanghaiWallClock, slashDate } from '../../kit';
import { CaseRegister, RegisteredCase, statusOf } from '../../kit/mock/case-register';
import { affairStatuses } from '../codes';

const day = (instant: Date) => shanghaiWallClock(instant).slice(0, 10);

/** The affairs the party-building system received: 事务编号 SW532503001L01-yyyy-nnnnn, 结果文号 银民〔yyyy〕nnnn号. */
export function createAffairRegister(): CaseRegister {
  return new CaseRegister({
    recordNumber: (sequence, at) => `SW532503001L01-${day(at).slice(0, 4)}-${String(sequence).padStart(5, '0')}`,
    resultNumber: (record) => `银民〔${day(record.receivedAt).slice(0, 4)}〕${record.recordNumber.slice(-4)}号`,
    defaultReviewer: '银河社区 民政专干',
  });
}

/** An affair as the list answers it. */
export function toAffair(record: RegisteredCase) {
  const { decision } = record;
  return {
    externalNo: record.reference,
    affairNo: record.recordNumber,
    handleStatus: affairStatuses.codeOf(statusOf(record)),
    acceptDate: slashDate(day(record.receivedAt)),
    handler: decision?.reviewer ?? null,
    handleTime: decision ? shanghaiWallClock(decision.decidedAt) : null,
    resultNo: decision?.resultNumber ?? null,
    opinion: decision?.reason ?? null,
    supplements: (decision?.missingMaterials ?? []).map(({ code, reason }) => ({ materialCode: code, reason })),
  };
}

/** `POST /api/v3/affairs` as the real system answers it: whatever arrives is registered, externalNo unchecked. */
export function submitAffair(register: CaseRegister) {
  return (req: Request, res: Response) => {
    let body: any;
    try {
      body = JSON.parse((req.body as Buffer).toString('utf8'));
    } catch {
      body = undefined;
    }
    const fields = ['externalNo', 'itemCode', 'itemName', 'idCard', 'name', 'acceptTime'];
    if (fields.some((name) => typeof body?.[name] !== 'string' || !body[name]) || !Array.isArray(body.materials)) {
      return res.status(400).json({ errcode: 'E400', errmsg: '参数错误: 事务信息不完整' });
    }
    const due = typeof body.deadline === 'string' ? /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(body.deadline) : null;
    const { recordNumber } = register.register({
      reference: body.externalNo,
      itemCode: body.itemCode,
      itemName: body.itemName,
      applicant: { type: 'PERSON', name: body.name, idNumber: body.idCard },
      acceptedAt: new Date(`${body.acceptTime.replace(' ', 'T')}+08:00`).toISOString(),
      dueDate: due ? `${due[1]}-${due[2].padStart(2, '0')}-${due[3].padStart(2, '0')}` : null,
      materials: body.materials.map(String),
    });
    res.status(201).json({ affairNo: recordNumber });
  };
}
