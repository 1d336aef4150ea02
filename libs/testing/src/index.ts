export * from './infra';
export * from './topic-reader';
