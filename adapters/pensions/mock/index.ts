import { listen as soapListen } from 'soap';
import { serveCaseAdmin } from '../../kit/mock/case-admin';
import { createDouble, Double } from '../../kit/mock/double';
import { RunningDouble, startDouble, StartDoubleOptions } from '../../kit/mock/start';
import { loadWsdl, QUERY_PERSONS, SERVICE_PATH } from '../contract/wire';
import { applicationOperations, createApplicationRegister } from './applications';
import { PERSONS } from './seed';

/** The UsernameToken the double accepts; the subgraph's local defaults use it. */
export const DOUBLE_CREDENTIALS = { username: 'wenlan-pension', password: 'cxjmyl-double-2017' } as const;

interface UsernameToken {
  Username?: string | { $value?: string };
  Password?: string | { $value?: string };
}

const textOf = (value: string | { $value?: string } | undefined) => (typeof value === 'object' ? value.$value : value);

/** A SOAP 1.2 Sender fault, as WS-Security prescribes for a missing or wrong token. */
function failedAuthentication(reason: string) {
  return {
    Fault: {
      Code: { Value: 'soap:Sender', Subcode: { Value: 'wsse:FailedAuthentication' } },
      Reason: { Text: reason },
      statusCode: 400,
    },
  };
}

/** The SOAP operation a request body calls (`<soap:Body><QueryPersonsRequest>` → `QueryPersons`). */
function operationOf({ method, path, body }: { method: string; path: string; body: string }): string {
  if (method === 'GET') return 'wsdl';
  const element = /<(?:[\w-]+:)?Body[^>]*>\s*<(?:[\w-]+:)?([\w-]+)/.exec(body)?.[1];
  return element ? element.replace(/Request$/, '') : `${method} ${path}`;
}

/**
 * The pension double: the WSDL's service over SOAP 1.2 (the `soap` package's server, from the same
 * WSDL the client reads), refusing any request without the right UsernameToken. It keeps the
 * applications the hub submits; a tester decides them at `POST /__admin/decisions`.
 */
export function createPensionsDouble(): Double {
  const double = createDouble({ system: 'pensions', contentType: 'application/soap+xml; charset=utf-8', operationOf });
  const register = createApplicationRegister();
  serveCaseAdmin(double, register);
  const services = {
    PensionService: {
      PensionServiceSoap12: {
        [QUERY_PERSONS]: (args: { AAC002?: string | string[] }) => {
          const ids = args.AAC002 === undefined ? [] : Array.isArray(args.AAC002) ? args.AAC002 : [args.AAC002];
          return { Person: ids.flatMap((id) => PERSONS.get(String(id).toUpperCase()) ?? []) };
        },
        ...applicationOperations(register),
      },
    },
  };
  const server = soapListen(double.app, { path: SERVICE_PATH, services, xml: loadWsdl(), forceSoap12Headers: true });
  server.authenticate = (security: { UsernameToken?: UsernameToken } | undefined) => {
    const token = security?.UsernameToken;
    if (!token) throw failedAuthentication('WS-Security UsernameToken required');
    if (
      textOf(token.Username) !== DOUBLE_CREDENTIALS.username ||
      textOf(token.Password) !== DOUBLE_CREDENTIALS.password
    ) {
      throw failedAuthentication('The security token could not be authenticated or authorized');
    }
    return true;
  };
  return double;
}

export function startPensionsDouble(options: StartDoubleOptions): Promise<RunningDouble> {
  return startDouble(createPensionsDouble().app, options);
}
