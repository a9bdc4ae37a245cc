/**
 * The department subgraphs' side of the back office: the service-to-service contract the cases
 * dispatcher calls (`BackOfficeResolver`), the shared record type each puts on Case, and the desk
 * that holds a subgraph's legacy systems for one request.
 */
export * from './desk';
export * from './dispatch';
export * from './record';
export * from './resolver';
