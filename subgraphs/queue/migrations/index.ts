import { QueueSchema } from './0001-queue';

/** The queue's migrations in the order they apply. */
export const QUEUE_MIGRATIONS = [{ name: '0001-queue', class: QueueSchema }];
