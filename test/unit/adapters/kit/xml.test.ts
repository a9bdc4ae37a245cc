import fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseXmlSafely, UnsafeXmlError } from '../../../../adapters/kit';

function refusal(text: string, maxBytes = 10_000): UnsafeXmlError {
  try {
    parseXmlSafely(text, { maxBytes });
  } catch (error) {
    if (error instanceof UnsafeXmlError) return error;
    throw error;
  }
  throw new Error('expected the XML to be refused');
}

describe('parseXmlSafely', () => {
  it('parses a legacy document, values kept as strings, character references decoded', () => {
    const parsed = parseXmlSafely(
      '<SQ bh="7"><SFZH>532503198001010015</SFZH><XM>龚&#x4DAE;&#x2000B;</XM><BZ>A&amp;B</BZ></SQ>',
      { maxBytes: 1000 },
    );
    expect(parsed).toEqual({ SQ: { '@bh': '7', SFZH: '532503198001010015', XM: '龚䶮𠀋', BZ: 'A&B' } });
  });

  it('refuses an external entity (XXE) without reading the file', () => {
    const secret = join(tmpdir(), `xxe-secret-${process.pid}.txt`);
    fs.writeFileSync(secret, 'TOP-SECRET');
    const readFileSync = jest.spyOn(fs, 'readFileSync');
    const openSync = jest.spyOn(fs, 'openSync');
    try {
      const error = refusal(`<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file://${secret}">]><r>&x;</r>`);
      expect([error.reason, error.message]).toEqual([
        'DOCTYPE',
        'XML refused (DOCTYPE): document type declarations and entities are not accepted',
      ]);
      expect(readFileSync).not.toHaveBeenCalled();
      expect(openSync).not.toHaveBeenCalled();
    } finally {
      readFileSync.mockRestore();
      openSync.mockRestore();
      fs.unlinkSync(secret);
    }
  });

  it('refuses an entity bomb (billion laughs)', () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
      '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><lolz>&lol3;</lolz>';
    expect(refusal(bomb).reason).toBe('DOCTYPE');
  });

  it('refuses a body over the size limit before parsing it', () => {
    expect(refusal(`<r>${'x'.repeat(100)}</r>`, 50).message).toBe(
      'XML refused (TOO_LARGE): 107 bytes exceed the limit of 50',
    );
  });

  it('refuses a document that is not well-formed', () => {
    expect(refusal('<r><a></r>').reason).toBe('MALFORMED');
  });
});
