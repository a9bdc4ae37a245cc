/**
 * The subgraphs' side of the audit log: a trail per request (`recorder.trail(req, identity)`) whose
 * entries go to a durable local spool at once, and are sent to the audit subgraph in batches.
 */
export * from './entry';
export * from './environment';
export * from './http-sender';
export * from './recorder';
export * from './trail';
export * from './request-access';
