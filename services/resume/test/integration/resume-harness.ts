import { Document, Packer, Paragraph, TextRun } from 'docx';
import { requisitionV1, resumeV1 } from '@hr/contracts';
import { DomainError, GrpcServer, PromiseClient, createGrpcClient } from '@hr/platform';
import { silentLogger, testEnv, uniqueName } from '@hr/testing';
import type { Principal } from '@hr/workflow';
import { ResumeConfig, resumeConfigSchema } from '../../src/config';
import { RunningResumeService, startResumeService } from '../../src/resume-service';

export const SECRET = 'resume-integration-secret-0123456789abcdef';
export const recruiter: Principal = { userId: 'u-hr-1', roles: ['hr'], name: '张伟' };
export const hrManager: Principal = { userId: 'u-hrm', roles: ['hr_manager'] };
export const interviewer: Principal = { userId: 'u-int', roles: ['interviewer'] };
export const jobBoard: Principal = { userId: 'apikey:k1', roles: [], name: '智联招聘', scopes: ['resumes:write'] };

/**
 * The requisition service is another deployable: here a stand-in on real gRPC answers GetRequisition
 * from a table, so these tests exercise the resume service alone (e2e runs the real one).
 */
export async function startRequisitionStandIn(requisitions: Record<string, { departmentId: string; status: string }>) {
  const server = new GrpcServer({ port: 0, bindAddress: '127.0.0.1', principalSecret: SECRET, logger: silentLogger() });
  const notImplemented = async () => {
    throw new DomainError('internal', 'INTERNAL', 'not part of the stand-in');
  };
  const handlers: Record<string, (request: never) => Promise<unknown>> = Object.fromEntries(
    Object.keys(requisitionV1.RequisitionServiceService).map((name) => [name, notImplemented]),
  );
  handlers.getRequisition = async (request: { id: string }) => {
    const found = requisitions[request.id];
    if (!found) throw DomainError.notFound('REQUISITION_NOT_FOUND', request.id);
    return { requisition: requisitionV1.Requisition.fromPartial({ id: request.id, ...found }) };
  };
  server.add(requisitionV1.RequisitionServiceService, handlers as never);
  const port = await server.start();
  return { address: `127.0.0.1:${port}`, stop: () => server.stop() };
}

export function isolatedConfig(requisitionAddress: string): ResumeConfig {
  const { mongoUrl, amqpUrl } = testEnv();
  return resumeConfigSchema.parse({
    MONGO_URL: mongoUrl,
    MONGO_DB: uniqueName('resume'),
    AMQP_URL: amqpUrl,
    AMQP_EXCHANGE: uniqueName('x'),
    AMQP_QUEUE_PREFIX: `${uniqueName('q')}.`,
    INTERNAL_TOKEN_SECRET: SECRET,
    GRPC_PORT: '0',
    REQUISITION_GRPC_URL: requisitionAddress,
    OUTBOX_SWEEP_MS: '200',
    EVENT_RETRY_DELAYS_MS: '100,200',
    LOG_LEVEL: 'silent',
  });
}

export function startResume(config: ResumeConfig): Promise<RunningResumeService> {
  return startResumeService(config, silentLogger());
}

export type ResumeClient = PromiseClient<resumeV1.ResumeServiceClient>;

export function resumeClient(service: RunningResumeService): ResumeClient {
  return createGrpcClient(resumeV1.ResumeServiceService, resumeV1.ResumeServiceClient, {
    address: `127.0.0.1:${service.grpcPort}`,
    principalSecret: SECRET,
    maxMessageBytes: 16 * 1024 * 1024,
  });
}

export async function docxOf(lines: string[]): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: lines.map((line) => new Paragraph({ children: [new TextRun(line)] })) }] });
  return Packer.toBuffer(doc);
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function chineseResume(overrides: { name?: string; phone?: string; school?: string; employer?: string } = {}): string[] {
  const phone = overrides.phone ?? '138-0013-8000';
  return [
    '个人简历',
    `姓名：${overrides.name ?? '李晓燕'}`,
    '性别：女',
    `手机：${phone}`,
    `邮箱：${overrides.phone ? `p${phone.replace(/\D/g, '')}` : 'xiaoyan.li'}@example.com`,
    '现居城市：上海',
    '教育背景',
    `2012.09-2016.06  ${overrides.school ?? '华东师范大学'}  本科  市场营销`,
    '工作经历',
    `2016.07-2020.12  ${overrides.employer ?? '上海联华超市有限公司'}  门店销售主管`,
    '2021.01-至今  永辉超市股份有限公司  区域销售经理',
    '专业技能',
    '门店运营、团队管理、Excel、客户关系维护',
  ];
}
