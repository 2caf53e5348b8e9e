export * from './localised-text';
export * from './reason-codes';
export * from './violation-texts';
export * from './application-reasons';
