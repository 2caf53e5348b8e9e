export * from './domain-error';
export * from './principal';
export * from './state-machine';
export * from './approval-chain';
