export { createGateway } from './app';
export type { Gateway, GatewayDeps } from './app';
export { gatewayConfigSchema, loadGatewayConfig } from './config';
export type { GatewayConfig } from './config';
