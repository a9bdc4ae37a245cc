import { charsetOf, decodeLegacyText, encodeLegacyText } from '../../../../adapters/kit';

describe('legacy charsets', () => {
  it('reads a body declared GBK as GB18030, so 䶮 and 𠀋 arrive intact', () => {
    // what such systems send: GBK bytes for 龚, GB18030 for 䶮 (FE9F) and a four-byte sequence for 𠀋 (U+2000B)
    const bytes = Buffer.from('b9a8fe9f95328337', 'hex');
    expect(decodeLegacyText(bytes, 'GBK')).toBe('龚䶮𠀋');
    expect(decodeLegacyText(bytes, 'gb2312')).toBe('龚䶮𠀋');
  });

  it('writes as the double would, and round-trips', () => {
    expect(encodeLegacyText('龚䶮𠀋', 'GBK').toString('hex')).toBe('b9a8fe9f95328337');
    expect(decodeLegacyText(encodeLegacyText('林木采伐许可证', 'utf-8'), 'UTF-8')).toBe('林木采伐许可证');
  });

  it('finds the charset in a Content-Type', () => {
    expect([
      charsetOf('text/xml; charset=GBK'),
      charsetOf('application/xml;charset="gb2312"'),
      charsetOf('application/json'),
    ]).toEqual(['GBK', 'gb2312', 'utf-8']);
  });

  it('refuses a charset it does not know', () => {
    expect(() => decodeLegacyText(Buffer.from('a'), 'x-klingon')).toThrow('unsupported charset "x-klingon"');
  });
});
