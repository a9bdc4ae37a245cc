import type { Request, Response } from 'express';
import { requestIdentity } from '../auth/request-identity';
import { PersonalDataAccess } from '../auth/policies/guarded-read';
import { Logger } from '../logger';
import { auditRecorderFromEnvironment } from './environment';
import { AuditRecorder } from './recorder';

/** Who asks in this request (as verified) and the request's audit trail: what every context holds. */
export function requestAccess(recorder: AuditRecorder, req: Request, res: Response): PersonalDataAccess {
  const identity = requestIdentity(res);
  return { identity, audit: recorder.trail(req, identity) };
}

/** The recorder a starter was given, or one configured from the environment; its rounds started. */
export function startAuditRecorder(service: string, given: AuditRecorder | undefined, logger: Logger): AuditRecorder {
  const recorder = given ?? auditRecorderFromEnvironment(service, logger);
  recorder.start();
  return recorder;
}
