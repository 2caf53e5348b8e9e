import { requisitionV1, resumeV1 } from '@hr/contracts';
import { Logger, PromiseClient, createGrpcClient } from '@hr/platform';
import { EventProbe, dropDatabase, testEnv, uniqueName } from '@hr/testing';
import type { Principal } from '@hr/workflow';
import { RequisitionConfig, requisitionConfigSchema } from '../../services/requisition/src/config';
import { startRequisitionService } from '../../services/requisition/src/requisition-service';
import { ResumeConfig, resumeConfigSchema } from '../../services/resume/src/config';
import { startResumeService } from '../../services/resume/src/resume-service';

export type RequisitionClient = PromiseClient<requisitionV1.RequisitionServiceClient>;
export type ResumeClient = PromiseClient<resumeV1.ResumeServiceClient>;

/** What every service of one test system shares: the run's FerretDB and RabbitMQ, its own exchange and queues. */
export function pipelineSettings(secret: string) {
  const { mongoUrl, amqpUrl } = testEnv();
  return {
    MONGO_URL: mongoUrl,
    AMQP_URL: amqpUrl,
    AMQP_EXCHANGE: uniqueName('x'),
    AMQP_QUEUE_PREFIX: `${uniqueName('q')}.`,
    INTERNAL_TOKEN_SECRET: secret,
    GRPC_PORT: '0',
    OUTBOX_SWEEP_MS: '200',
    EVENT_RETRY_DELAYS_MS: '100,200',
    LOG_LEVEL: 'silent',
  };
}

export type PipelineSettings = ReturnType<typeof pipelineSettings>;

export interface ClientOptions {
  secret: string;
  /** Unset: the platform's default deadline. */
  deadlineMs?: number;
}

/** A promise client of a service listening on this machine, signing principals with the system's secret. */
export function serviceClient<C>(definition: Record<string, unknown>, Ctor: unknown, port: number, options: ClientOptions): C {
  const { secret, deadlineMs } = options;
  return createGrpcClient(definition, Ctor as never, { address: `127.0.0.1:${port}`, principalSecret: secret, deadlineMs }) as C;
}

export interface PipelineServices {
  requisitionConfig: RequisitionConfig;
  resumeConfig: ResumeConfig;
  requisitionUrl: string;
  resumeUrl: string;
  requisitions: RequisitionClient;
  resume: ResumeClient;
  /** Tears the whole system down: the test's own service first, then resume and requisition, the probe, every database. */
  stopWith(own: OwnService): Promise<void>;
}

/** The service a test system is built around, with what it alone owns. */
export interface OwnService {
  client: { close(): void };
  service: { stop(): Promise<void> };
  probe: EventProbe;
  database: string;
}

export interface PipelineOptions {
  /** Prefix of the services' database names: `<prefix>_req` and `<prefix>_res`. */
  prefix: string;
  logger: Logger;
  deadlineMs?: number;
}

/** The real requisition and resume services in this process, the resume service asking the requisition one. */
export async function startPipelineServices(shared: PipelineSettings, options: PipelineOptions): Promise<PipelineServices> {
  const { prefix, logger, deadlineMs } = options;
  const requisitionConfig = requisitionConfigSchema.parse({ ...shared, MONGO_DB: uniqueName(`${prefix}_req`) });
  const requisitionService = await startRequisitionService(requisitionConfig, logger);
  const requisitionUrl = `127.0.0.1:${requisitionService.grpcPort}`;
  const resumeConfig = resumeConfigSchema.parse({ ...shared, MONGO_DB: uniqueName(`${prefix}_res`), REQUISITION_GRPC_URL: requisitionUrl });
  const resumeService = await startResumeService(resumeConfig, logger);
  const clientOptions = { secret: shared.INTERNAL_TOKEN_SECRET, deadlineMs };
  const requisitions = serviceClient<RequisitionClient>(
    requisitionV1.RequisitionServiceService, requisitionV1.RequisitionServiceClient, requisitionService.grpcPort, clientOptions,
  );
  const resume = serviceClient<ResumeClient>(resumeV1.ResumeServiceService, resumeV1.ResumeServiceClient, resumeService.grpcPort, clientOptions);
  return {
    requisitionConfig,
    resumeConfig,
    requisitionUrl,
    resumeUrl: `127.0.0.1:${resumeService.grpcPort}`,
    requisitions,
    resume,
    async stopWith(own) {
      for (const c of [requisitions, resume, own.client]) c.close();
      await own.service.stop();
      await resumeService.stop();
      await requisitionService.stop();
      await own.probe.stop();
      for (const db of [own.database, resumeConfig.MONGO_DB, requisitionConfig.MONGO_DB]) await dropDatabase(shared.MONGO_URL, db);
    },
  };
}

export interface RequisitionSpec {
  title: string;
  departmentId: string;
  level: string;
  headcount: number;
  requirements: string[];
  salary: { min: string; max: string };
  /** The department's manager: raises, submits and first approves the requisition. */
  manager: Principal;
  /** Creates the position and gives the final approval. */
  hrManager: Principal;
}

/** A published requisition, driven through the requisition service's own API. */
export async function openRequisition(requisitions: RequisitionClient, spec: RequisitionSpec): Promise<{ requisitionId: string; positionId: string }> {
  const { title, departmentId, level, manager, hrManager } = spec;
  const { position } = await requisitions.createPosition(
    { position: { title, departmentId, level, description: '', defaultRequirements: [], active: true } },
    { principal: hrManager },
  );
  const { requisition } = await requisitions.createRequisition(
    {
      requisition: {
        positionId: position!.id,
        departmentId,
        headcount: spec.headcount,
        reason: 'expansion',
        reasonNote: '',
        requirements: spec.requirements,
        salary: { ...spec.salary, currency: 'CNY' },
        workLocation: '上海',
        urgency: 'high',
      },
    },
    { principal: manager },
  );
  const id = requisition!.id;
  await requisitions.submitRequisition({ id }, { principal: manager });
  await requisitions.approveRequisition({ id, comment: '' }, { principal: manager });
  await requisitions.approveRequisition({ id, comment: '同意' }, { principal: hrManager });
  return { requisitionId: id, positionId: position!.id };
}
