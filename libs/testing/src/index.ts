export * from './infra';
export * from './dev-tokens';
export * from './tokens';
export * from './private-kafka';
