import { auditEntry, AuditRequest } from '../../../lib/audit/entry';

const request: AuditRequest = {
  service: 'pensions',
  identity: { subject: 'officer-01', roles: ['DEPARTMENT_OFFICER'], departmentCode: '532503-RSJ' },
  requestId: 'req-1',
  operationHash: null,
};
const person = { type: 'Person', key: '532503198001010015' } as const;

test('entry ids are UUIDs in the order the entries were made, within one millisecond too', () => {
  const at = new Date('2026-11-27T08:00:00Z');
  const ids = Array.from({ length: 1000 }, () => auditEntry(request, 'READ', person, ['pension'], 'pensions', at).id);
  for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(new Set(ids).size).toBe(1000);
  expect([...ids].sort()).toEqual(ids);
});
