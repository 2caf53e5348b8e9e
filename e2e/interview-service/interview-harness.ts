import { interviewV1, resumeV1 } from '@hr/contracts';
import { PromiseClient } from '@hr/platform';
import { EventProbe, silentLogger, uniqueName } from '@hr/testing';
import type { Principal } from '@hr/workflow';
import { ResumeClient, openRequisition, pipelineSettings, serviceClient, startPipelineServices } from '../support/pipeline-services';
import { InterviewConfig, interviewConfigSchema } from '../../services/interview/src/config';
import { RunningInterviewService, startInterviewService } from '../../services/interview/src/interview-service';

export const SECRET = 'interview-integration-secret-0123456789abcdef';
export const recruiter: Principal = { userId: 'u-hr', roles: ['hr'], name: '李娜' };
export const hrManager: Principal = { userId: 'u-hrm', roles: ['hr_manager'] };
export const salesManager: Principal = { userId: 'u-sales-mgr', roles: ['dept_manager'], departmentId: 'sales' };
export const techManager: Principal = { userId: 'u-tech-mgr', roles: ['dept_manager'], departmentId: 'tech' };

/** An interviewer of their own, so that the tests' interviews never conflict with each other's. */
export function interviewer(name: string): Principal {
  return { userId: uniqueName(`u_${name}`), roles: ['interviewer'], departmentId: 'sales', name };
}

export function participant(principal: Principal, locale = 'zh-CN'): interviewV1.Participant {
  return { userId: principal.userId, name: principal.name ?? principal.userId, email: `${principal.userId}@example.com`, locale };
}

/** The service's clock: the wall clock moved by `offsetMs`, so a test can stand after an interview's start. */
export class TestClock {
  offsetMs = 0;
  readonly now = () => new Date(Date.now() + this.offsetMs);
  inMinutes(minutes: number): Date {
    return new Date(this.now().getTime() + minutes * 60_000);
  }
}

export type InterviewClient = PromiseClient<interviewV1.InterviewServiceClient>;

export interface System {
  config: InterviewConfig;
  service: RunningInterviewService;
  interviews: InterviewClient;
  resume: ResumeClient;
  probe: EventProbe;
  clock: TestClock;
  requisitionId: string;
  stop(): Promise<void>;
}

/** The system's requisition: the sales department's, published. */
const salesRequisition = {
  title: '高级销售代表',
  departmentId: 'sales',
  level: 'P4',
  headcount: 3,
  requirements: ['三年以上销售经验'],
  salary: { min: '12000', max: '18000' },
  manager: salesManager,
  hrManager,
};

/** The real requisition and resume services and the interview service in this process, isolated by names. */
export async function startSystem(overrides: Record<string, string> = {}): Promise<System> {
  const logger = silentLogger();
  const shared = pipelineSettings(SECRET);
  const probe = await EventProbe.start({ amqpUrl: shared.AMQP_URL, exchange: shared.AMQP_EXCHANGE, types: ['interview.#'] });
  const pipeline = await startPipelineServices(shared, { prefix: 'iv', logger });
  const config = interviewConfigSchema.parse({
    ...shared,
    MONGO_DB: uniqueName('iv'),
    REQUISITION_GRPC_URL: pipeline.requisitionUrl,
    RESUME_GRPC_URL: pipeline.resumeUrl,
    PUBLIC_BASE_URL: 'https://jobs.example.com/',
    INVITATION_UID_DOMAIN: 'hr.example.com',
    INVITATION_ORGANIZER: '"ACME 招聘" <hr@acme.example>',
    AGENDA_PROCESS_EVERY_MS: '200',
    ...overrides,
  });
  const clock = new TestClock();
  const service = await startInterviewService(config, logger, { now: clock.now });
  const interviews = serviceClient<InterviewClient>(interviewV1.InterviewServiceService, interviewV1.InterviewServiceClient, service.grpcPort, {
    secret: SECRET,
  });
  const { requisitionId } = await openRequisition(pipeline.requisitions, salesRequisition);
  return {
    config,
    service,
    interviews,
    resume: pipeline.resume,
    probe,
    clock,
    requisitionId,
    stop: () => pipeline.stopWith({ client: interviews, service, probe, database: config.MONGO_DB }),
  };
}

let people = 0;

/** A candidate with a Chinese name and an e-mail, applying to the system's requisition through the resume service. */
export async function newApplication(system: System, name = '王小明'): Promise<{ applicationId: string; candidateId: string }> {
  people += 1;
  const serial = String((Date.now() % 10_000_000) * 10 + (people % 10)).padStart(8, '0').slice(-8);
  const profile = resumeV1.CandidateProfile.fromPartial({ name, email: `candidate${serial}@example.com`, phone: `139${serial}` });
  const { intake } = await system.resume.createCandidate(
    {
      profile,
      source: resumeV1.Sourcing.fromPartial({ channel: 'website' }),
      tags: [],
      categories: [],
      requisitionId: system.requisitionId,
    },
    { principal: recruiter },
  );
  return { applicationId: intake!.application!.id, candidateId: intake!.candidate!.id };
}

export type InviteOptions = Partial<interviewV1.ScheduleInterviewsRequest>;

/** HR invites the applications to an on-site first round with these interviewers. */
export function invite(system: System, applicationIds: string[], panel: Principal[], startsAt: Date, options: InviteOptions = {}) {
  const request = interviewV1.ScheduleInterviewsRequest.fromPartial({
    applicationIds,
    round: 'first',
    startsAt,
    durationMinutes: 60,
    timeZone: 'Asia/Shanghai',
    format: { kind: 'onsite', address: '上海市浦东新区世纪大道100号', room: '28楼 3号会议室' },
    interviewers: panel.map((p) => participant(p)),
    noteToCandidate: '请携带身份证和简历',
    candidateLocale: 'zh-CN',
    contact: participant(recruiter),
    ...options,
  });
  return system.interviews.scheduleInterviews(request, { principal: recruiter });
}

/** The first event of this type about this interview. */
export function eventAbout(system: System, type: string, interviewId: string, timeoutMs = 5000) {
  const about = (data: any) => (data.interview?.interviewId ?? data.interviewId) === interviewId;
  return system.probe.waitFor((e) => e.type === type && about(e.data), { timeoutMs });
}
