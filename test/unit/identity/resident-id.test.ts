import { GraphQLError } from 'graphql';
import { assertResidentId, maskIdNumbers, parseResidentId, residentIdProblem } from '../../../lib/identity';

describe('GB 11643 resident ID', () => {
  it.each(['34052419800101001X', '11010519491231002X', '532503198001010015', '532503200002290055'])(
    'accepts %s',
    (id) => {
      expect(residentIdProblem(id)).toBeNull();
    },
  );

  it('accepts a lower-case x and normalises it', () => {
    expect(residentIdProblem('34052419800101001x')).toBeNull();
    expect(assertResidentId('34052419800101001x', 'idNumber')).toBe('34052419800101001X');
  });

  it.each([
    ['340524198001010013', 'CHECKSUM'],
    ['34052419800101001', 'FORMAT'],
    ['34052419800101001X1', 'FORMAT'],
    ['34052419800101001Y', 'FORMAT'],
    ['990524198001010016', 'PROVINCE'],
    ['532503200102290051', 'BIRTH_DATE'], // 2001 is not a leap year
    ['532503198013010010', 'BIRTH_DATE'],
    ['532503209901010017', 'BIRTH_DATE'], // born in the future
  ])('rejects %s (%s)', (id, problem) => {
    expect(residentIdProblem(id)).toBe(problem);
  });

  it('parses birth date and sex', () => {
    expect(parseResidentId('532503196503150027')).toEqual({
      value: '532503196503150027',
      divisionCode: '532503',
      birthDate: '1965-03-15',
      sex: 'FEMALE',
    });
  });

  it('throws BAD_USER_INPUT naming the field', () => {
    let error: GraphQLError | undefined;
    try {
      assertResidentId('340524198001010013', 'input.applicant.idNumber');
    } catch (caught) {
      error = caught as GraphQLError;
    }
    expect(error?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.applicant.idNumber',
      problem: 'CHECKSUM',
    });
  });

  it('masks ID numbers inside text', () => {
    expect(maskIdNumbers('applicant 532503198001010015 and 91532503MA6K123404 applied')).toBe(
      'applicant 532503********0015 and 915325********3404 applied',
    );
  });
});
