import { ZodError } from 'zod';
import { CaseSubmission } from '../back-office';
import { CaseRegister, DecisionInput, DecisionRefused, DecisionSchema, RegisteredCase } from './case-register';
import { Double } from './double';

/** A registered case as the admin endpoint shows it (instants as ISO 8601). */
export interface RegisteredCaseView {
  reference: string;
  recordNumber: string;
  receivedAt: string;
  submission: CaseSubmission;
  decision: {
    decision: DecisionInput['decision'];
    resultNumber: string | null;
    reason: string | null;
    missingMaterials: { code: string; reason: string }[];
    reviewer: string;
    decidedAt: string;
  } | null;
}

const view = (record: RegisteredCase): RegisteredCaseView => ({
  ...record,
  receivedAt: record.receivedAt.toISOString(),
  decision: record.decision && { ...record.decision, decidedAt: record.decision.decidedAt.toISOString() },
});

/**
 * The back-office admin endpoints every double that receives cases shares, beside the journal's:
 * - `GET /__admin/cases[?reference=X]` → `{ count, cases: [...] }`: what the system holds, duplicates included;
 * - `POST /__admin/decisions` `{ reference, decision: APPROVE | DENY | REQUEST_MATERIALS, resultNumber?,
 *   reason?, missingMaterials?: [{ code, reason }], reviewer? }` → the decided case; 400 invalid,
 *   404 unknown reference, 409 already decided;
 * - `DELETE /__admin/cases` forgets every case.
 */
export function serveCaseAdmin(double: Double, register: CaseRegister): void {
  double.admin.get('/cases', (req, res) => {
    const reference = typeof req.query.reference === 'string' ? req.query.reference : undefined;
    const cases = register.list().filter((record) => !reference || record.reference === reference);
    res.json({ count: cases.length, cases: cases.map(view) });
  });
  double.admin.post('/decisions', (req, res) => {
    try {
      res.json(view(register.decide(DecisionSchema.parse(req.body ?? {}))));
    } catch (error) {
      if (error instanceof ZodError) return res.status(400).json({ error: 'invalid decision', issues: error.issues });
      if (error instanceof DecisionRefused) return res.status(error.status).json({ error: error.message });
      throw error;
    }
  });
  double.admin.delete('/cases', (_req, res) => {
    register.clear();
    res.status(204).end();
  });
}

/** The back-office admin of a running double, over HTTP: for tests and integration testers. */
export function caseAdmin(baseUrl: string) {
  async function send(method: string, path: string, body?: unknown) {
    const response = await fetch(`${baseUrl}/__admin${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`double admin ${method} ${path}: HTTP ${response.status} ${await response.text()}`);
    return response.status === 204 ? undefined : response.json();
  }
  return {
    async cases(reference?: string): Promise<RegisteredCaseView[]> {
      const query = reference ? `?reference=${encodeURIComponent(reference)}` : '';
      return ((await send('GET', `/cases${query}`)) as { cases: RegisteredCaseView[] }).cases;
    },
    decide: (decision: DecisionInput) => send('POST', '/decisions', decision) as Promise<RegisteredCaseView>,
    clear: () => send('DELETE', '/cases') as Promise<void>,
  };
}

export type CaseAdmin = ReturnType<typeof caseAdmin>;
