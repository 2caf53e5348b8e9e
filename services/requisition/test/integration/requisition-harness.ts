import { requisitionV1 } from '@hr/contracts';
import { PromiseClient, createGrpcClient } from '@hr/platform';
import { silentLogger, testEnv, uniqueName } from '@hr/testing';
import type { Principal } from '@hr/workflow';
import { RequisitionConfig, requisitionConfigSchema } from '../../src/config';
import { RunningService, startRequisitionService } from '../../src/requisition-service';

export const SECRET = 'integration-test-secret-0123456789abcdef';

export const salesManager: Principal = { userId: 'u-sales-mgr', roles: ['dept_manager'], departmentId: 'sales' };
export const hrManager: Principal = { userId: 'u-hrm', roles: ['hr_manager'] };

/** A config isolated by database, exchange and queue names, so test files share one broker and server. */
export function isolatedConfig(overrides: Record<string, string> = {}): RequisitionConfig {
  const { mongoUrl, amqpUrl } = testEnv();
  return requisitionConfigSchema.parse({
    MONGO_URL: mongoUrl,
    MONGO_DB: uniqueName('req'),
    AMQP_URL: amqpUrl,
    AMQP_EXCHANGE: uniqueName('x'),
    AMQP_QUEUE_PREFIX: `${uniqueName('q')}.`,
    INTERNAL_TOKEN_SECRET: SECRET,
    GRPC_PORT: '0',
    OUTBOX_SWEEP_MS: '200',
    EVENT_RETRY_DELAYS_MS: '100,200',
    EVENT_PREFETCH: '1',
    LOG_LEVEL: 'silent',
    ...overrides,
  });
}

export function start(config: RequisitionConfig): Promise<RunningService> {
  return startRequisitionService(config, silentLogger());
}

export type RequisitionClient = PromiseClient<requisitionV1.RequisitionServiceClient>;

export function clientFor(service: RunningService): RequisitionClient {
  return createGrpcClient(requisitionV1.RequisitionServiceService, requisitionV1.RequisitionServiceClient, {
    address: `127.0.0.1:${service.grpcPort}`,
    principalSecret: SECRET,
  });
}

/** Drives a requisition through the gRPC API to `open` and returns its id. */
export async function openRequisition(client: RequisitionClient, headcount = 2): Promise<string> {
  const { position } = await client.createPosition(
    { position: { title: '销售代表', departmentId: 'sales', level: 'P3', description: '', defaultRequirements: [] } },
    { principal: hrManager },
  );
  const { requisition } = await client.createRequisition(
    {
      requisition: {
        positionId: position!.id,
        departmentId: 'sales',
        headcount,
        reason: 'expansion',
        reasonNote: '',
        requirements: ['两年销售经验'],
        salary: { min: '8000', max: '12000', currency: 'CNY' },
        workLocation: '上海',
        urgency: 'high',
      },
    },
    { principal: salesManager },
  );
  const id = requisition!.id;
  await client.submitRequisition({ id }, { principal: salesManager });
  await client.approveRequisition({ id, comment: '' }, { principal: salesManager });
  await client.approveRequisition({ id, comment: '同意' }, { principal: hrManager });
  return id;
}
