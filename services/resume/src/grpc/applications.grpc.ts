import { resumeV1 } from '@hr/contracts';
import { CallInfo, pageRequest, requirePrincipal } from '@hr/platform';
import { assignInterviewers, changeApplicationStage, createApplication, getApplication, listApplications } from '../app/manage-applications';
import { deleteSavedFilter, listSavedFilters, saveFilter } from '../app/saved-filters';
import type { ApplicationStage } from '../domain/application-stage';
import { toProtoApplication } from './application.mapper';
import { fromProtoSourcing } from './candidate.mapper';
import type { Req, ResumeHandlerDeps } from './handler-deps';

const one = (application: Parameters<typeof toProtoApplication>[0]) => ({ application: toProtoApplication(application) });

export function applicationHandlers(deps: ResumeHandlerDeps) {
  return {
    createApplication: async (req: Req<'CreateApplicationRequest'>, call: CallInfo) => {
      const principal = requirePrincipal(call);
      const source = { ...fromProtoSourcing(req.source), invitingHrId: req.source?.invitingHrId || principal.userId };
      return one(await createApplication(deps, { candidateId: req.candidateId, requisitionId: req.requisitionId, source }, principal));
    },
    getApplication: async (req: Req<'GetApplicationRequest'>, call: CallInfo) => one(await getApplication(deps, req.id, requirePrincipal(call))),
    listApplications: async (req: Req<'ListApplicationsRequest'>, call: CallInfo) => {
      const page = pageRequest(req.page);
      const filter = {
        candidateId: req.candidateId || undefined,
        requisitionId: req.requisitionId || undefined,
        stages: req.stages.length ? (req.stages as ApplicationStage[]) : undefined,
        interviewerId: req.interviewerId || undefined,
      };
      const { items, total } = await listApplications(deps, filter, page, requirePrincipal(call));
      return { applications: items.map(toProtoApplication), page: { ...page, total } };
    },
    changeApplicationStage: async (req: Req<'ChangeApplicationStageRequest'>, call: CallInfo) => {
      const input = { id: req.id, to: req.toStage as ApplicationStage, reasonCode: req.reasonCode, comment: req.comment, expectedVersion: req.expectedVersion };
      return one(await changeApplicationStage(deps, input, requirePrincipal(call)));
    },
    assignInterviewers: async (req: Req<'AssignInterviewersRequest'>, call: CallInfo) =>
      one(await assignInterviewers(deps, { id: req.id, interviewerIds: req.interviewerIds }, requirePrincipal(call))),
    saveFilter: async (req: Req<'SaveFilterRequest'>, call: CallInfo) => {
      const filter = resumeV1.SearchFilter.toJSON(resumeV1.SearchFilter.fromPartial(req.filter ?? {})) as Record<string, unknown>;
      const saved = await saveFilter(deps.savedFilters, { id: deps.newId(), name: req.name, filter, shared: req.shared, now: deps.now() }, requirePrincipal(call));
      return { savedFilter: toProtoSavedFilter(saved) };
    },
    listSavedFilters: async (_req: Req<'ListSavedFiltersRequest'>, call: CallInfo) => ({
      savedFilters: (await listSavedFilters(deps.savedFilters, requirePrincipal(call))).map(toProtoSavedFilter),
    }),
    deleteSavedFilter: async (req: Req<'DeleteSavedFilterRequest'>, call: CallInfo) => {
      await deleteSavedFilter(deps.savedFilters, req.id, requirePrincipal(call));
      return {};
    },
  };
}

function toProtoSavedFilter(saved: { id: string; name: string; filter: Record<string, unknown>; ownerId: string; shared: boolean; createdAt: Date }) {
  return resumeV1.SavedFilter.fromPartial({ ...saved, filter: resumeV1.SearchFilter.fromJSON(saved.filter) });
}
