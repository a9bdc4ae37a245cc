export * from './client';
export * from './permit';
export * from './species';
export * from './units';
