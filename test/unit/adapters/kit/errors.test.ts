import { legacyBadResponse, LegacyError, legacyRejected, legacyUnavailable } from '../../../../adapters/kit';

describe('legacy errors', () => {
  it('carry code, system and operation, and never an ID number unmasked', () => {
    const error = legacyRejected('health-insurance', 'batchQuery', 'E404', '查无此人 532503198001010015');
    expect(error).toBeInstanceOf(LegacyError);
    expect([error.message, error.extensions]).toEqual([
      'health-insurance refused batchQuery (E404): 查无此人 532503********0015',
      { code: 'LEGACY_REJECTED', system: 'health-insurance', operation: 'batchQuery', legacyCode: 'E404' },
    ]);
  });

  it('name their cause', () => {
    expect(
      legacyUnavailable('pensions', 'QueryPersons', new Error('connect ECONNREFUSED 127.0.0.1:4105')).message,
    ).toBe('pensions is unavailable (QueryPersons): connect ECONNREFUSED 127.0.0.1:4105');
    expect(legacyBadResponse('forestry-land-use', 'query', 'XML refused (DOCTYPE)').extensions).toEqual({
      code: 'LEGACY_BAD_RESPONSE',
      system: 'forestry-land-use',
      operation: 'query',
    });
  });
});
