export * from './infra';
export * from './dev-tokens';
export * from './tokens';
export * from './private-kafka';
export * from './spec-kit/decider-specification';
export * from './spec-kit/projection-specification';
export * from './spec-kit/api-specification';
export * from './demo-seed';
