import { resumeV1 } from '@hr/contracts';
import { CallInfo, pageRequest, requirePrincipal } from '@hr/platform';
import { ingestResume } from '../app/ingest-resume';
import { ingestResumes } from '../app/ingest-resumes';
import { changeCandidateStatus, classifyCandidate, getCandidate, updateCandidate } from '../app/manage-candidate';
import { listMergeSuggestions, mergeCandidates, resolveMergeSuggestion } from '../app/merge-candidates';
import type { Req, ResumeHandlerDeps } from './handler-deps';
import { searchCandidates } from '../app/search-candidates';
import { createCandidate, uploadResume } from '../app/upload-resume';
import { toProtoIngested, toProtoIntake, toProtoSuggestion } from './application.mapper';
import { fromProtoProfile, fromProtoSourcing, toProtoCandidate } from './candidate.mapper';
import { fromProtoSearch } from './search.mapper';
import { DomainError } from '@hr/workflow';
import { assertMayManageCandidates } from '../domain/candidate-access';

const one = (candidate: Parameters<typeof toProtoCandidate>[0]) => ({ candidate: toProtoCandidate(candidate) });

export function candidateHandlers(deps: ResumeHandlerDeps) {
  return {
    createCandidate: async (req: Req<'CreateCandidateRequest'>, call: CallInfo) => {
      const principal = requirePrincipal(call);
      const source = { ...fromProtoSourcing(req.source), invitingHrId: req.source?.invitingHrId || principal.userId };
      const input = { profile: fromProtoProfile(req.profile), source, tags: req.tags, categories: req.categories, requisitionId: req.requisitionId || undefined };
      return { intake: toProtoIntake(await createCandidate(deps, input, principal)) };
    },
    uploadResume: async (req: Req<'UploadResumeRequest'>, call: CallInfo) => {
      const principal = requirePrincipal(call);
      const source = { ...fromProtoSourcing(req.source), invitingHrId: req.source?.invitingHrId || principal.userId };
      const file = { filename: req.filename, mimeType: req.mimeType, data: Buffer.from(req.data) };
      const target = { requisitionId: req.requisitionId || undefined, candidateId: req.candidateId || undefined };
      return { intake: toProtoIntake(await uploadResume(deps, { ...file, ...target, source }, principal)) };
    },
    ingestResume: async (req: Req<'IngestResumeRequest'>, call: CallInfo) => {
      const principal = requirePrincipal(call);
      const file = req.data.length ? { filename: req.filename || 'resume', mimeType: req.mimeType, data: Buffer.from(req.data) } : undefined;
      const sourcing = { ...fromProtoSourcing(req.sourcing, 'job_board'), detail: req.sourcing?.detail || req.source };
      const input = { source: req.source, externalId: req.externalId, profile: fromProtoProfile(req.profile), file, requisitionId: req.requisitionId || undefined, sourcing };
      const { intake, replayed } = await ingestResume(deps, input, principal);
      return { intake: toProtoIntake(intake), replayed };
    },
    ingestResumes: async (req: Req<'IngestResumesRequest'>, call: CallInfo) => {
      const principal = requirePrincipal(call);
      const source = req.items[0]?.source ?? '';
      if (req.items.some((item) => item.source !== source)) throw DomainError.invalid('items', 'same_source');
      const items = req.items.map((item) => ({
        externalId: item.externalId,
        profile: fromProtoProfile(item.profile),
        requisitionId: item.requisitionId || undefined,
        sourcing: { ...fromProtoSourcing(item.sourcing, 'job_board'), detail: item.sourcing?.detail || source },
      }));
      return { results: (await ingestResumes(deps, source, items, principal)).map(toProtoIngested) };
    },
    getCandidate: async (req: Req<'GetCandidateRequest'>, call: CallInfo) => one(await getCandidate(deps, req.id, requirePrincipal(call))),
    updateCandidate: async (req: Req<'UpdateCandidateRequest'>, call: CallInfo) =>
      one(await updateCandidate(deps, { id: req.id, profile: fromProtoProfile(req.profile), expectedVersion: req.expectedVersion }, requirePrincipal(call))),
    searchCandidates: async (req: Req<'SearchCandidatesRequest'>, call: CallInfo) => {
      const query = fromProtoSearch(req);
      const { items, total } = await searchCandidates(deps, query, requirePrincipal(call));
      return { candidates: items.map(toProtoCandidate), page: { page: query.page, pageSize: query.pageSize, total } };
    },
    getResumeFile: async (req: Req<'GetResumeFileRequest'>, call: CallInfo) => {
      const candidate = await getCandidate(deps, req.candidateId, requirePrincipal(call));
      const ref = candidate.resumes.find((r) => r.id === req.fileId);
      const stored = ref && (await deps.files.get(ref.id));
      if (!ref || !stored) throw DomainError.notFound('RESUME_FILE_NOT_FOUND', req.fileId);
      return { file: resumeV1.ResumeFile.fromPartial(ref), data: stored.data };
    },
    classifyCandidate: async (req: Req<'ClassifyCandidateRequest'>, call: CallInfo) => one(await classifyCandidate(deps, req, requirePrincipal(call))),
    archiveCandidate: async (req: Req<'ArchiveCandidateRequest'>, call: CallInfo) =>
      one(await changeCandidateStatus(deps, { id: req.id, move: 'archive', reason: req.reason }, requirePrincipal(call))),
    restoreCandidate: async (req: Req<'RestoreCandidateRequest'>, call: CallInfo) =>
      one(await changeCandidateStatus(deps, { id: req.id, move: 'restore' }, requirePrincipal(call))),
    blacklistCandidate: async (req: Req<'BlacklistCandidateRequest'>, call: CallInfo) =>
      one(await changeCandidateStatus(deps, { id: req.id, move: 'blacklist', reason: req.reason }, requirePrincipal(call))),
    unblacklistCandidate: async (req: Req<'UnblacklistCandidateRequest'>, call: CallInfo) =>
      one(await changeCandidateStatus(deps, { id: req.id, move: 'unblacklist', reason: req.reason }, requirePrincipal(call))),
    getTimeline: async (req: Req<'GetTimelineRequest'>, call: CallInfo) => {
      assertMayManageCandidates(requirePrincipal(call));
      const page = pageRequest(req.page);
      const { items, total } = await deps.timeline.list(req.candidateId, page);
      const entries = items.map((e) => ({ ...e, applicationId: e.applicationId ?? '', actorId: e.actorId ?? '', dataJson: JSON.stringify(e.data) }));
      return { entries, page: { ...page, total } };
    },
    listMergeSuggestions: async (req: Req<'ListMergeSuggestionsRequest'>, call: CallInfo) => {
      const page = pageRequest(req.page);
      const { items, total } = await listMergeSuggestions(deps, req.status, page, requirePrincipal(call));
      return { suggestions: items.map(toProtoSuggestion), page: { ...page, total } };
    },
    resolveMergeSuggestion: async (req: Req<'ResolveMergeSuggestionRequest'>, call: CallInfo) => {
      const { suggestion, candidate } = await resolveMergeSuggestion(deps, req, requirePrincipal(call));
      return { suggestion: toProtoSuggestion(suggestion), candidate: candidate && toProtoCandidate(candidate) };
    },
    mergeCandidates: async (req: Req<'MergeCandidatesRequest'>, call: CallInfo) => one(await mergeCandidates(deps, req, requirePrincipal(call))),
  };
}
