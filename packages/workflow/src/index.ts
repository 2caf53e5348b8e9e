export * from './domain-error';
export * from './principal';
export * from './state-machine';
export * from './approval-chain';
export * from './i18n';
export * from './name-text';
