/** Every process `npm start` launches. docker-compose.yml must list the same names (a test checks). */
export interface ServiceSpec {
  name: string;
  /** Compiled entry point, relative to the repo root. */
  entry: string;
  /** Settings owned by this process; they win over the shared environment. */
  env: Record<string, string>;
}

export const services: ServiceSpec[] = [
  { name: 'requisition', entry: 'services/requisition/dist/main.js', env: { GRPC_PORT: '50051', MONGO_DB: 'hr_requisition' } },
  { name: 'resume', entry: 'services/resume/dist/main.js', env: { GRPC_PORT: '50052', MONGO_DB: 'hr_resume' } },
  { name: 'interview', entry: 'services/interview/dist/main.js', env: { GRPC_PORT: '50053', MONGO_DB: 'hr_interview' } },
  { name: 'notification', entry: 'services/notification/dist/main.js', env: { GRPC_PORT: '50054', MONGO_DB: 'hr_notification' } },
  { name: 'offer', entry: 'services/offer/dist/main.js', env: { GRPC_PORT: '50055', MONGO_DB: 'hr_offer' } },
  { name: 'gateway', entry: 'gateway/dist/main.js', env: { MONGO_DB: 'hr_gateway' } },
];

/** What every process needs that the runner decides (infra URLs, secrets). */
export interface SharedSettings {
  mongoUrl: string;
  amqpUrl: string;
  jwtSecret: string;
  internalTokenSecret: string;
  dataDir: string;
}

const defaults: Record<string, string> = {
  AMQP_EXCHANGE: 'hr.events',
  GRPC_BIND_ADDRESS: '127.0.0.1',
  REQUISITION_GRPC_URL: '127.0.0.1:50051',
  RESUME_GRPC_URL: '127.0.0.1:50052',
  INTERVIEW_GRPC_URL: '127.0.0.1:50053',
  NOTIFICATION_GRPC_URL: '127.0.0.1:50054',
  OFFER_GRPC_URL: '127.0.0.1:50055',
  PUBLIC_BASE_URL: 'http://localhost:8080',
  GATEWAY_PORT: '8080',
  COMPANY_TIMEZONE: 'Asia/Shanghai',
  LOG_LEVEL: 'info',
};

/** Defaults < the caller's environment < runner decisions < the service's own settings. */
export function serviceEnv(spec: ServiceSpec, shared: SharedSettings, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...defaults, ...base };
  env.MONGO_URL = shared.mongoUrl;
  env.AMQP_URL = shared.amqpUrl;
  env.JWT_SECRET = shared.jwtSecret;
  env.INTERNAL_TOKEN_SECRET = shared.internalTokenSecret;
  env.DATA_DIR = shared.dataDir;
  return { ...env, ...spec.env };
}

export function gatewayPort(base: NodeJS.ProcessEnv = process.env): number {
  return Number(base.GATEWAY_PORT ?? defaults.GATEWAY_PORT);
}
