export * from './approval';
export * from './client';
