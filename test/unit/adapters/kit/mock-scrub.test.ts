import { restoreIdNumbers, scrubPersonalData } from '../../../../adapters/kit/mock/scrub';
import { NAMED_ENTERPRISES, NAMED_RESIDENTS } from '../../../../adapters/kit/population';

const { forestFarmer, rareNameApplicant } = NAMED_RESIDENTS;
const { timberCompany } = NAMED_ENTERPRISES;

describe('scrubbing a recording', () => {
  it('masks IDs, credit codes, phone numbers, names, bank accounts and passwords in JSON', () => {
    const body = JSON.stringify({
      idCard: forestFarmer.idNumber,
      name: '李国林',
      XM: '龚䶮𠀋',
      hzmc: timberCompany.name,
      creditCode: timberCompany.creditCode,
      phone: '13812345678',
      office: '0873-3712345',
      YHZH: '6217995310001234567',
      password: 'xnh-double-2017',
      permit: 'CF2019-0001',
      issued: '2026-01-01',
    });
    expect(JSON.parse(scrubPersonalData(body))).toEqual({
      idCard: '532503********0015',
      name: '李**',
      XM: '龚**',
      hzmc: '蒙*********',
      creditCode: '915325********3404',
      phone: '138****5678',
      office: '0873-***2345',
      YHZH: '621799*********4567',
      password: '***',
      permit: 'CF2019-0001',
      issued: '2026-01-01',
    });
  });

  it('masks element values in XML whatever their namespace prefix', () => {
    const xml =
      `<soap:Envelope><soap:Header><wsse:Security><wsse:Username>wenlan</wsse:Username>` +
      `<wsse:Password Type="PasswordText">secret</wsse:Password></wsse:Security></soap:Header>` +
      `<soap:Body><ns:Person><ns:AAC002>${rareNameApplicant.idNumber.toLowerCase()}</ns:AAC002><ns:AAC003>${rareNameApplicant.name}</ns:AAC003>` +
      `<SQR>王五</SQR></ns:Person></soap:Body></soap:Envelope>`;
    expect(scrubPersonalData(xml)).toBe(
      `<soap:Envelope><soap:Header><wsse:Security><wsse:Username>wenlan</wsse:Username>` +
        `<wsse:Password Type="PasswordText">***</wsse:Password></wsse:Security></soap:Header>` +
        `<soap:Body><ns:Person><ns:AAC002>532503********006x</ns:AAC002><ns:AAC003>龚**</ns:AAC003>` +
        `<SQR>王*</SQR></ns:Person></soap:Body></soap:Envelope>`,
    );
  });

  it('puts back only the IDs the live request carries', () => {
    const recorded = '{"a":"532503********0015","b":"915325********3404"}';
    expect(restoreIdNumbers(recorded, `/q?idCards=${forestFarmer.idNumber}`)).toBe(
      `{"a":"${forestFarmer.idNumber}","b":"915325********3404"}`,
    );
    expect(restoreIdNumbers(recorded, 'no ID here')).toBe(recorded);
  });
});
