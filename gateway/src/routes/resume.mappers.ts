import type { resumeV1 } from '@hr/contracts';
import type { z } from 'zod';
import type { CandidateFilter, searchCandidatesQuery } from './schemas/candidate-search.schemas';
import type { profileInput, profilePatchBody, sourcingInput } from './schemas/candidate-profile.schemas';

type ProfileInput = z.output<typeof profileInput>;
type ProfilePatch = z.output<typeof profilePatchBody>;
type SourcingInput = z.output<typeof sourcingInput>;
type SearchQuery = z.output<typeof searchCandidatesQuery>;

/** The proto carries every field: what the caller left out is empty (0 for unknown years). */
export function toProfile(input: ProfileInput): resumeV1.CandidateProfile {
  return {
    name: input.name,
    phone: input.phone ?? '',
    email: input.email ?? '',
    gender: input.gender ?? '',
    birthYear: input.birthYear ?? 0,
    city: input.city ?? '',
    education: (input.education ?? []).map((e) => ({ degree: '', major: '', startYear: 0, endYear: 0, ...e })),
    workHistory: (input.workHistory ?? []).map((w) => ({ title: '', startYear: 0, endYear: 0, description: '', ...w })),
    yearsOfExperience: input.yearsOfExperience ?? 0,
    skills: input.skills ?? [],
    expectedSalary: input.expectedSalary,
    languages: input.languages ?? [],
  };
}

/** The update carries the whole profile, so a PATCH is applied over the current one (each field replaced whole). */
export function mergeProfile(current: resumeV1.CandidateProfile | undefined, patch: ProfilePatch): resumeV1.CandidateProfile {
  const base = current ?? toProfile({ name: patch.name ?? '' });
  const patched = toProfile({ name: patch.name ?? base.name, ...patch });
  const out = { ...base };
  for (const key of Object.keys(patch) as Array<keyof ProfilePatch>) (out as Record<string, unknown>)[key] = patched[key];
  return out;
}

export function toSourcing(input: SourcingInput | undefined, invitingHrId: string): resumeV1.Sourcing {
  return {
    channel: input?.channel ?? '',
    detail: input?.detail ?? '',
    referrerEmployeeId: input?.referrerEmployeeId ?? '',
    invitingHrId,
    responsibleHrId: input?.responsibleHrId ?? '',
  };
}

/** What happened to one resume, without the proto's empty strings. */
export function presentIntake(intake: resumeV1.Intake) {
  return {
    outcome: intake.outcome,
    candidate: intake.candidate,
    ...(intake.application ? { application: intake.application } : {}),
    ...(intake.mergeSuggestionId ? { mergeSuggestionId: intake.mergeSuggestionId } : {}),
    parseFailed: intake.parseFailed,
  };
}

export function searchQueryToFilter(query: SearchQuery): CandidateFilter {
  const { stage, tag, category, status, sort: _sort, page: _page, pageSize: _size, ...rest } = query;
  return { ...rest, stages: stage, tags: tag, categories: category, statuses: status };
}

/** A date alone is a whole UTC day: from its first to its last millisecond. */
function boundary(value: string | undefined, end: boolean): Date | undefined {
  if (!value) return undefined;
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T${end ? '23:59:59.999' : '00:00:00.000'}Z` : value);
}

export function toSearchFilter(filter: CandidateFilter): resumeV1.SearchFilter {
  return {
    keywords: filter.q ?? '',
    stages: filter.stages ?? [],
    requisitionId: filter.requisitionId ?? '',
    tags: filter.tags ?? [],
    categories: filter.categories ?? [],
    sourceChannel: filter.source ?? '',
    city: filter.city ?? '',
    minYears: filter.minYears,
    maxYears: filter.maxYears,
    educationLevel: filter.education ?? '',
    createdFrom: boundary(filter.createdFrom, false),
    createdTo: boundary(filter.createdTo, true),
    hrId: filter.hrId ?? '',
    statuses: filter.statuses ?? [],
  };
}

const orUndefined = (value: string) => value || undefined;

export function fromSearchFilter(filter: resumeV1.SearchFilter | undefined) {
  if (!filter) return { stages: [], tags: [], categories: [], statuses: [] };
  return {
    q: orUndefined(filter.keywords),
    stages: filter.stages,
    requisitionId: orUndefined(filter.requisitionId),
    tags: filter.tags,
    categories: filter.categories,
    source: orUndefined(filter.sourceChannel),
    city: orUndefined(filter.city),
    minYears: filter.minYears,
    maxYears: filter.maxYears,
    education: orUndefined(filter.educationLevel),
    createdFrom: filter.createdFrom,
    createdTo: filter.createdTo,
    hrId: orUndefined(filter.hrId),
    statuses: filter.statuses,
  };
}

export function presentSavedFilter(saved: resumeV1.SavedFilter) {
  return { ...saved, filter: fromSearchFilter(saved.filter) };
}

export function presentTimelineEntry({ dataJson, ...entry }: resumeV1.TimelineEntry) {
  let data: unknown = {};
  try {
    data = dataJson ? JSON.parse(dataJson) : {};
  } catch {
    data = { raw: dataJson };
  }
  return { ...entry, data };
}
