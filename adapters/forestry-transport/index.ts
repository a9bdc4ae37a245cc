export * from './client';
export * from './permit';
