export { interviewConfigSchema, responseLinkSecret } from './config';
export type { InterviewConfig } from './config';
export { startInterviewService } from './interview-service';
export type { RunningInterviewService, StartOptions } from './interview-service';
export { RESPONSE_PATH } from './infra/invitation-writer';
