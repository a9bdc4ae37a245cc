import { assertCreditCode, creditCodeProblem } from '../../../lib/identity';

describe('GB 32100 unified social credit code', () => {
  it.each(['12441500196720244T', '11511301008778183N', '115113010833722043', '91532503MA6K123404'])(
    'accepts %s',
    (code) => {
      expect(creditCodeProblem(code)).toBeNull();
    },
  );

  it('accepts lower case and normalises it', () => {
    expect(assertCreditCode('91532503ma6k123404', 'creditCode')).toBe('91532503MA6K123404');
  });

  it.each([
    ['12441500196720244A', 'CHECKSUM'],
    ['12441500196720245T', 'ORGANISATION_CHECKSUM'],
    ['1244150019672024', 'FORMAT'],
    ['12441500196720244I', 'FORMAT'], // I is not in the alphabet
    ['12441500196720244O', 'FORMAT'],
  ])('rejects %s (%s)', (code, problem) => {
    expect(creditCodeProblem(code)).toBe(problem);
  });

  it('accepts an early pilot code that fails the check only because it is on the allow-list', () => {
    expect(creditCodeProblem('91350100M0001TGQXM')).toBeNull();
    // the same code with one character changed is not on the list, and fails
    expect(creditCodeProblem('91350100M0001TGQXN')).toBe('ORGANISATION_CHECKSUM');
  });
});
