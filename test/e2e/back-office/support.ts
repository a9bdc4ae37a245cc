import { LegacySystemId } from '../../../adapters/kit';
import { caseAdmin } from '../../../adapters/kit/mock/case-admin';
import { DecisionInput } from '../../../adapters/kit/mock/case-register';
import { TestHub } from '../../support/hub';
import { asClerk, asTerminal, SUPERVISOR } from '../../support/identities';

/** Who applies: a person by resident ID, or an enterprise by credit code. */
export type Applicant =
  { type: 'PERSON'; name: string; idNumber: string } | { type: 'ENTERPRISE'; name: string; creditCode: string };

/** What a window clerk needs of an item's guide: its required materials and the window that accepts it. */
export async function guideOf(hub: TestHub, itemCode: string): Promise<{ materials: string[]; windowCode: string }> {
  const answer = await hub.query(
    `query ($code: String!) { serviceItem(code: $code) { materials { code required } window { code } } }`,
    { code: itemCode },
  );
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  const item = answer.data.serviceItem;
  return {
    materials: item.materials
      .filter(({ required }: { required: boolean }) => required)
      .map(({ code }: { code: string }) => code),
    windowCode: item.window.code,
  };
}

export const CLERK = '窗口 李娜';

/** The clerk at `windowCode`, as their token says: who submits, accepts, supplies and delivers. */
export const atWindow = (windowCode: string) => ({ identity: asClerk(windowCode, CLERK) });

/** Submits an application with every required material at the item's window, and accepts it there. */
export async function submitAndAccept(
  hub: TestHub,
  idempotencyKey: string,
  itemCode: string,
  applicant: Applicant,
): Promise<{ caseNumber: string; windowCode: string }> {
  const { materials, windowCode } = await guideOf(hub, itemCode);
  const submitted = await hub.query(
    `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { caseNumber status } }`,
    { input: { idempotencyKey, itemCode, applicant, channel: 'WINDOW', windowCode, clerk: CLERK, materials } },
    atWindow(windowCode),
  );
  if (submitted.errors) throw new Error(JSON.stringify(submitted.errors));
  const { caseNumber } = submitted.data.submitApplication;
  const accepted = await hub.query(
    `mutation ($input: AcceptCaseInput!) { acceptCase(input: $input) { status } }`,
    { input: { caseNumber, windowCode, clerk: CLERK } },
    atWindow(windowCode),
  );
  if (accepted.errors) throw new Error(JSON.stringify(accepted.errors));
  return { caseNumber, windowCode };
}

/** A legacy double's tester decides a case through its admin endpoint. */
export function decideOnDouble(hub: TestHub, system: LegacySystemId, decision: DecisionInput) {
  return caseAdmin(hub.doubles[system].url).decide(decision);
}

/** The case as a front end sees it, the back office included (read as a supervisor, who sees every case). */
export const CASE_VIEW = `
  status reason dueDate decidedAt deliveryMethod trackingNumber
  events { from to actorRole actor note }
  reviews { department { code } system decision resultNumber reason reviewer }
  dispatches { department { code } system state stuck attempts recordNumber }
  supplementNotices { requestedInStatus missing { code name reason } resolvedAt }
  evaluation { level needsCallBack callBackDue }
`;

export async function caseView(hub: TestHub, caseNumber: string, fields = CASE_VIEW) {
  const answer = await hub.query(
    `query ($n: String!) { case(caseNumber: $n) { ${fields} } }`,
    { n: caseNumber },
    { identity: SUPERVISOR },
  );
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data.case;
}

export async function deliver(
  hub: TestHub,
  caseNumber: string,
  windowCode: string,
  method = 'PICK_UP',
  trackingNumber?: string,
) {
  const answer = await hub.query(
    `mutation ($input: DeliverCaseInput!) { deliverCase(input: $input) { status deliveryMethod trackingNumber } }`,
    { input: { caseNumber, windowCode, clerk: CLERK, method, trackingNumber } },
    atWindow(windowCode),
  );
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data.deliverCase;
}

/** The applicant evaluates at the hall's evaluation pad (a TERMINAL), as 好差评 is given after collection. */
export async function evaluate(hub: TestHub, caseNumber: string, level: string, comment?: string) {
  return hub.query(
    `mutation ($input: EvaluateCaseInput!) { evaluateCase(input: $input) { status evaluation { level comment needsCallBack callBackDue } } }`,
    { input: { caseNumber, level, comment } },
    { identity: asTerminal('ST-F1-01') },
  );
}

/** Runs dispatcher rounds until `done` holds (or fails after `timeoutMs`), pausing between rounds. */
export async function dispatchUntil(hub: TestHub, done: () => Promise<boolean>, timeoutMs = 20_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (let rounds = 1; ; rounds++) {
    await hub.dispatch();
    if (await done()) return rounds;
    if (Date.now() > deadline) throw new Error(`not done after ${rounds} dispatcher rounds`);
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}
