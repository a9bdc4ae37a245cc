/** What every adapter shares (the doubles' harness is under `./mock`). */
export * from './back-office';
export * from './caller';
export * from './charset';
export * from './codes';
export * from './health';
export * from './errors';
export * from './loader';
export * from './lookups-in-flight';
export * from './normalise';
export * from './read-cache';
export * from './settings';
export * from './systems';
export * from './xml';
