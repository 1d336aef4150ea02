export * from './event';
export * from './errors';
export * from './commit-document';
export * from './mongo-event-store';
export * from './lease';
export * from './relay';
