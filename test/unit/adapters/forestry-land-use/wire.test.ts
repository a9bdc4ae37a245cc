import iconv from 'iconv-lite';
import { UnsafeXmlError } from '../../../../adapters/kit';
import { decodeDocument, encodeDocument } from '../../../../adapters/forestry-land-use/wire';

describe('the land-use wire format', () => {
  it('declares GBK and writes GB18030, so 龚䶮𠀋 round-trips', () => {
    const bytes = encodeDocument({
      LDSHJG: { JGDM: '0', JGXX: '成功', SHJL: [{ SQR: '龚䶮𠀋', SYMJ: '0.3500', ZT: '01' }] },
    });

    expect(bytes.subarray(0, 38).toString('latin1')).toBe('<?xml version="1.0" encoding="GBK"?><L');
    expect(bytes.includes(iconv.encode('䶮', 'gb18030'))).toBe(true);
    expect(decodeDocument(bytes, 'text/xml; charset=GBK', ['SHJL'])).toEqual({
      '?xml': { '@version': '1.0', '@encoding': 'GBK' },
      LDSHJG: { JGDM: '0', JGXX: '成功', SHJL: [{ SQR: '龚䶮𠀋', SYMJ: '0.3500', ZT: '01' }] },
    });
  });

  it('reads the charset from the XML declaration when the Content-Type names none', () => {
    const bytes = iconv.encode('<?xml version="1.0" encoding="GBK"?><R><N>龚䶮𠀋</N></R>', 'gb18030');
    expect(decodeDocument(bytes, 'text/xml', []).R).toEqual({ N: '龚䶮𠀋' });
  });

  it('escapes what it writes', () => {
    const bytes = encodeDocument({ LDSHCX: { ZJHM: ['<x>&'] } });
    expect(bytes.toString('latin1')).toContain('<ZJHM>&lt;x&gt;&amp;</ZJHM>');
  });

  it('refuses a DOCTYPE before parsing', () => {
    const bytes = Buffer.from('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>');
    expect(() => decodeDocument(bytes, 'text/xml; charset=GBK', [])).toThrow(UnsafeXmlError);
  });
});
