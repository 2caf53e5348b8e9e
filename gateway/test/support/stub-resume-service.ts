import { Server, ServerCredentials, ServerUnaryCall, ServiceDefinition, sendUnaryData } from '@grpc/grpc-js';
import { HealthImplementation } from 'grpc-health-check';
import { resumeV1 } from '@hr/contracts';
import { CORRELATION_HEADER, CallInfo, DomainError, PRINCIPAL_HEADER, readHeader, toGrpcError, verifyPrincipalToken } from '@hr/platform';
import type { RecordedCall } from './stub-requisition-service';

type Candidate = resumeV1.Candidate;
type Handler = (request: any, call: CallInfo) => unknown;

const AT = new Date('2026-02-03T04:05:06.000Z');

export function stubCandidate(id: string, overrides: Partial<Candidate> = {}): Candidate {
  return {
    id,
    profile: { name: `候选人 ${id}`, phone: '', email: '', gender: '', birthYear: 0, city: '', education: [], workHistory: [], yearsOfExperience: 0, skills: [], languages: [] },
    phones: [],
    emails: [],
    tags: [],
    categories: [],
    status: 'active',
    statusReason: '',
    needsManualEntry: false,
    resumes: [],
    corrections: [],
    externalRefs: [],
    mergedInto: '',
    createdBy: '',
    createdAt: AT,
    updatedAt: AT,
    version: 1,
    ...overrides,
  };
}

const blacklisted = () => DomainError.conflict('CANDIDATE_BLACKLISTED', 'this person is blacklisted and cannot be added or apply');

/**
 * An in-memory ResumeService on a real grpc-js server that accepts messages up to `maxMessageBytes`
 * (the resume service needs the same server option for 10 MiB files). Files or profiles whose name
 * contains "blacklisted" are refused as a blacklisted person.
 */
export async function startStubResumeService(principalSecret: string, maxMessageBytes = 16 * 1024 * 1024) {
  const calls: RecordedCall[] = [];
  const candidates = new Map<string, Candidate>();
  const files = new Map<string, { file: resumeV1.ResumeFile; data: Buffer }>();
  const ingested = new Map<string, string>();
  let next = 1;
  const get = (id: string) => candidates.get(id) ?? (() => { throw DomainError.notFound('CANDIDATE_NOT_FOUND', id); })();
  const save = (candidate: Candidate) => (candidates.set(candidate.id, candidate), candidate);
  const intake = (candidate: Candidate, requisitionId: string, parseFailed = false): resumeV1.Intake => ({
    outcome: 'created',
    candidate,
    application: requisitionId ? application(`app-${candidate.id}`, candidate.id, requisitionId) : undefined,
    mergeSuggestionId: '',
    parseFailed,
  });
  const storeFile = (request: { filename: string; mimeType: string; data: Buffer }, by: string) => {
    const id = `file-${next++}`;
    const kind = request.mimeType === 'application/pdf' ? 'pdf' : request.mimeType.startsWith('image/') ? 'image' : 'docx';
    const file = { id, filename: request.filename, mimeType: request.mimeType, size: request.data.length, kind, parseStatus: 'parsed', uploadedBy: by, uploadedAt: AT };
    files.set(id, { file, data: Buffer.from(request.data) });
    return file;
  };
  const update = (id: string, change: Partial<Candidate>) => ({ candidate: save({ ...get(id), ...change, version: get(id).version + 1 }) });

  const handlers: Record<string, Handler> = {
    uploadResume: (request: resumeV1.UploadResumeRequest, call) => {
      if (request.filename.includes('blacklisted')) throw blacklisted();
      const file = storeFile(request, call.principal?.userId ?? '');
      const candidate = save(stubCandidate(`c${next++}`, { resumes: [file], source: request.source, createdBy: call.principal?.userId ?? '' }));
      return { intake: intake(candidate, request.requisitionId) };
    },
    ingestResume: (request: resumeV1.IngestResumeRequest, call) => {
      const key = `${request.source}:${request.externalId}`;
      const known = ingested.get(key);
      if (known) return { intake: intake(get(known), request.requisitionId), replayed: true };
      if (request.profile?.name.includes('blacklisted')) throw blacklisted();
      const resumes = request.data.length ? [storeFile(request, call.principal?.userId ?? '')] : [];
      const candidate = save(
        stubCandidate(`c${next++}`, { profile: request.profile, resumes, source: request.sourcing, externalRefs: [{ source: request.source, externalId: request.externalId }] }),
      );
      ingested.set(key, candidate.id);
      return { intake: intake(candidate, request.requisitionId), replayed: false };
    },
    createCandidate: (request: resumeV1.CreateCandidateRequest) => ({
      intake: intake(save(stubCandidate(`c${next++}`, { profile: request.profile, source: request.source, tags: request.tags })), request.requisitionId),
    }),
    getCandidate: (request) => ({ candidate: get(request.id) }),
    updateCandidate: (request: resumeV1.UpdateCandidateRequest) => {
      if (request.expectedVersion && request.expectedVersion !== get(request.id).version) throw new DomainError('aborted', 'CONCURRENT_MODIFICATION', 'changed meanwhile');
      return update(request.id, { profile: request.profile });
    },
    searchCandidates: (request: resumeV1.SearchCandidatesRequest) => ({
      candidates: [...candidates.values()],
      page: { page: request.page?.page ?? 1, pageSize: request.page?.pageSize ?? 20, total: candidates.size },
    }),
    getResumeFile: (request: resumeV1.GetResumeFileRequest) => {
      const found = files.get(request.fileId);
      if (!found || !get(request.candidateId).resumes.some((file) => file.id === request.fileId)) throw DomainError.notFound('RESUME_FILE_NOT_FOUND', request.fileId);
      return found;
    },
    blacklistCandidate: (request) => update(request.id, { status: 'blacklisted', statusReason: request.reason }),
    unblacklistCandidate: (request) => update(request.id, { status: 'active', statusReason: request.reason }),
    classifyCandidate: (request) => update(request.id, { tags: request.tags, categories: request.categories }),
    listSavedFilters: () => ({ savedFilters: [] }),
    createApplication: (request: resumeV1.CreateApplicationRequest, call) => ({
      application: { ...application(`app-${next++}`, request.candidateId, request.requisitionId), source: request.source, createdBy: call.principal?.userId ?? '' },
    }),
    assignInterviewers: (request: resumeV1.AssignInterviewersRequest) => ({
      application: { ...application(request.id, 'c1', 'r1'), interviewerIds: request.interviewerIds },
    }),
    listApplications: () => ({ applications: [], page: { page: 1, pageSize: 20, total: 0 } }),
  };

  const server = new Server({ 'grpc.max_receive_message_length': maxMessageBytes, 'grpc.max_send_message_length': maxMessageBytes });
  new HealthImplementation({ '': 'SERVING' }).addToServer(server);
  const implementation: Record<string, (call: ServerUnaryCall<any, any>, callback: sendUnaryData<any>) => void> = {};
  for (const [name, handler] of Object.entries(handlers)) {
    implementation[name] = (call, callback) => {
      try {
        const token = readHeader(call.metadata, PRINCIPAL_HEADER);
        const info: CallInfo = {
          principal: token ? verifyPrincipalToken(token, principalSecret) : undefined,
          correlationId: readHeader(call.metadata, CORRELATION_HEADER) ?? '',
        };
        calls.push({ method: name, request: call.request, call: info });
        callback(null, handler(call.request, info));
      } catch (error) {
        callback(toGrpcError(error));
      }
    };
  }
  server.addService(resumeV1.ResumeServiceService as unknown as ServiceDefinition, implementation);
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
  );
  const stop = () => new Promise<void>((resolve) => server.tryShutdown(() => resolve()));
  return { address: `127.0.0.1:${port}`, calls, candidates, files, stop, last: (method: string) => calls.filter((c) => c.method === method).pop() };
}

function application(id: string, candidateId: string, requisitionId: string): resumeV1.Application {
  return { id, candidateId, requisitionId, stage: 'new', stageHistory: [], interviewerIds: [], rounds: [], createdBy: '', createdAt: AT, updatedAt: AT, version: 1 };
}
