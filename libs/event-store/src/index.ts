export * from './event';
export * from './errors';
export * from './commit-document';
export * from './event-store';
export * from './mongo-event-store';
export * from './in-memory-event-store';
export * from './lease';
export * from './relay';
