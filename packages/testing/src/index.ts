export * from './test-env';
export * from './test-logger';
export * from './wait-until';
export * from './mongo-cleanup';
export * from './event-probe';
export * from './broker-helpers';
export * from './rejection-of';
export * from './smtp-catcher';
