import { createCodeTable, LegacyError } from '../../../../adapters/kit';
import { INSURANCE_TYPES } from '../../../../adapters/health-insurance';
import { PENSION_STATUSES } from '../../../../adapters/pensions';

describe('code tables', () => {
  it('map legacy codes to standard values', () => {
    expect([
      INSURANCE_TYPES.toStandard('380'),
      INSURANCE_TYPES.toStandard(390),
      INSURANCE_TYPES.toStandard(' 310 '),
    ]).toEqual(['NEW_RURAL_COOPERATIVE_MEDICAL', 'URBAN_RURAL_RESIDENT_MEDICAL', 'EMPLOYEE_MEDICAL']);
    expect(['1', '2', '3'].map((code) => PENSION_STATUSES.toStandard(code))).toEqual([
      'CONTRIBUTING',
      'RECEIVING_BENEFIT',
      'SUSPENDED',
    ]);
  });

  it('refuse an unknown code with LEGACY_BAD_RESPONSE naming the table', () => {
    const table = createCodeTable('forestry-harvest', 'CFFS', { '1': 'CLEAR_CUT' });
    let error: unknown;
    try {
      table.toStandard('9');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LegacyError);
    expect((error as LegacyError).extensions).toEqual({
      code: 'LEGACY_BAD_RESPONSE',
      system: 'forestry-harvest',
      operation: 'code table CFFS',
    });
    expect((error as LegacyError).message).toBe(
      'forestry-harvest answered code table CFFS with an unreadable response: unknown CFFS code "9"',
    );
  });
});
