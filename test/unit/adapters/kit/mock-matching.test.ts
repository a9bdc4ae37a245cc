import { jsonPathValues, requestMatches, valueMatches, xPathValues } from '../../../../adapters/kit/mock/matching';

const soap =
  '<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>' +
  '<tns:CXXKZ xmlns:tns="urn:x"><tns:SFZH>A</tns:SFZH><tns:SFZH>B</tns:SFZH><tns:XKZH lang="zh">CF1</tns:XKZH></tns:CXXKZ>' +
  '</soap:Body></soap:Envelope>';

describe('request matching', () => {
  it('selects JSON values by path, arrays element by element', () => {
    const document = { hzzjhm: ['A', 'B'], data: { list: [{ id: 1 }, { id: 2 }] } };
    expect(jsonPathValues(document, '$.hzzjhm')).toEqual(['A', 'B']);
    expect(jsonPathValues(document, '$.hzzjhm[1]')).toEqual(['B']);
    expect(jsonPathValues(document, '$.data.list[*].id')).toEqual([1, 2]);
    expect(jsonPathValues(document, '$.missing.field')).toEqual([]);
    expect(() => jsonPathValues(document, '$..id')).toThrow('unsupported JSON path $..id');
  });

  it('selects XML element text by local name, at any depth or by child steps', () => {
    expect(xPathValues(soap, '//SFZH')).toEqual(['A', 'B']);
    expect(xPathValues(soap, '/Envelope/Body/CXXKZ/XKZH')).toEqual(['CF1']);
    expect(xPathValues(soap, '//Body/SFZH')).toEqual([]);
    expect(() => xPathValues(soap, '//SFZH[1]')).toThrow('unsupported XPath //SFZH[1]');
  });

  it('applies every value condition given', () => {
    expect(valueMatches({ equalTo: 'abc' }, 'abc')).toBe(true);
    expect(valueMatches({ equalTo: 'ABC', caseInsensitive: true }, 'abc')).toBe(true);
    expect(valueMatches({ contains: 'b', matches: 'a.c' }, 'abc')).toBe(true);
    expect(valueMatches({ matches: 'b' }, 'abc')).toBe(false);
    expect(valueMatches({ absent: true }, undefined)).toBe(true);
    expect(valueMatches({ absent: true }, '')).toBe(false);
    expect(valueMatches({ equalTo: 'x' }, undefined)).toBe(false);
  });

  it('matches method, path, operation, headers, query parameters and body together', () => {
    const request = {
      method: 'GET',
      path: '/api/members?idCards=A,B&limit=20',
      headers: { authorization: 'Basic eA==' },
      body: '',
      operation: 'GET /api/members',
    };
    expect(
      requestMatches(
        {
          method: 'GET',
          urlPath: '/api/members',
          operation: 'GET /api/members',
          headers: { Authorization: { contains: 'Basic' }, 'X-Token': { absent: true } },
          queryParameters: { limit: { equalTo: '20' }, idCards: { contains: 'B' } },
        },
        request,
      ),
    ).toBe(true);
    expect(requestMatches({ url: '/api/members' }, request)).toBe(false);
    expect(requestMatches({ method: 'POST' }, request)).toBe(false);
    expect(requestMatches({ bodyPatterns: [{ matchesJsonPath: '$.x' }] }, request)).toBe(false);
    expect(requestMatches({ bodyPatterns: [{ matchesXPath: '//SFZH' }] }, { ...request, body: soap })).toBe(true);
  });
});
