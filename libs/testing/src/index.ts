export * from './infra';
export * from './tokens';
