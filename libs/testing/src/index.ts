export * from './infra';
export * from './dev-tokens';
export * from './tokens';
