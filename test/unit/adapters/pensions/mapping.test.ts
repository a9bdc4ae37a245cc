import { LegacyError } from '../../../../adapters/kit';
import { asList, maskBankAccount, toPensionAccount } from '../../../../adapters/pensions/mapping';

describe('pension record mapping', () => {
  it('masks bank accounts to their first six and last four digits', () => {
    expect([
      maskBankAccount('6217995130000000004'),
      maskBankAccount('6228 4800 1234 5678 901'),
      maskBankAccount('12345'),
    ]).toEqual(['621799*********0004', '622848*********8901', '*****']);
  });

  it('reads one SOAP element or many as a list', () => {
    expect([asList(undefined), asList({ a: 1 }), asList([{ a: 1 }, { a: 2 }])]).toEqual([
      [],
      [{ a: 1 }],
      [{ a: 1 }, { a: 2 }],
    ]);
  });

  it('maps a suspended contributor with empty optional elements', () => {
    expect(
      toPensionAccount({
        AAC001: 'YL1',
        AAC002: '532503198001010015',
        AAC003: '李国林',
        AAC008: '3',
        JFDC: '12',
        YDYJE: '',
        JFJL: { LX: '1', QH: '202310', JE: '3000.00', DZRQ: '2023/10/20' },
      }),
    ).toEqual({
      personalNumber: 'YL1',
      idNumber: '532503198001010015',
      name: '李国林',
      status: 'SUSPENDED',
      grade: 12,
      monthlyBenefitFen: null,
      bankName: null,
      bankAccountMasked: null,
      payments: [{ kind: 'CONTRIBUTION', period: '2023-10', amountFen: 300000, paidOn: '2023-10-20' }],
    });
  });

  it('refuses an unknown status code with LEGACY_BAD_RESPONSE', () => {
    let error: unknown;
    try {
      toPensionAccount({ AAC001: 'YL1', AAC002: '532503198001010015', AAC003: '李国林', AAC008: '9' });
    } catch (caught) {
      error = caught;
    }
    expect((error as LegacyError).extensions).toEqual({
      code: 'LEGACY_BAD_RESPONSE',
      system: 'pensions',
      operation: 'code table AAC008',
    });
  });
});
