import { performance } from 'node:perf_hooks';
import type { Candidate } from '../domain/candidate';
import type { Application } from '../domain/application';
import type { CandidateRepository, ApplicationRepository, CandidateSearchDocument, CandidateSearchIndex, ResumeTextStore, SearchRefresher } from './ports';

const EDUCATION_RANK: Record<string, number> = { high_school: 1, associate: 2, bachelor: 3, master: 4, doctorate: 5 };
const MAX_TEXT = 20_000;

export function buildSearchDocument(candidate: Candidate, applications: Application[], texts: string[]): CandidateSearchDocument {
  const { profile } = candidate;
  const education = profile.education ?? [];
  const hrIds = applications.flatMap((a) => [a.source.invitingHrId, a.source.responsibleHrId]);
  return {
    candidateId: candidate.id,
    name: profile.name ?? '',
    text: {
      name: profile.name ?? '',
      skills: profile.skills ?? [],
      employers: (profile.workHistory ?? []).map((w) => w.employer),
      schools: education.map((e) => e.school),
      resumeText: texts.join('\n').slice(0, MAX_TEXT),
      tags: [...candidate.tags, ...candidate.categories],
    },
    status: candidate.status,
    tags: candidate.tags,
    categories: candidate.categories,
    sourceChannels: [...new Set([candidate.source.channel, ...applications.map((a) => a.source.channel)])],
    city: profile.city,
    yearsOfExperience: profile.yearsOfExperience,
    educationRank: Math.max(0, ...education.map((e) => EDUCATION_RANK[e.degree ?? ''] ?? 0)),
    stages: [...new Set(applications.map((a) => a.stage))],
    requisitionIds: [...new Set(applications.map((a) => a.requisitionId))],
    hrIds: [...new Set([candidate.source.invitingHrId, candidate.source.responsibleHrId, ...hrIds].filter((id): id is string => !!id))],
    createdAt: candidate.createdAt,
    updatedAt: candidate.updatedAt,
  };
}

/**
 * Keeps one search document per person, rebuilt from the stored records (so repeating it is harmless).
 * It remembers when each person's last completed refresh began, so that the handler of the service's
 * own events can skip a refresh that one begun after the event's write has already done.
 */
export function searchRefresher(deps: {
  candidates: CandidateRepository;
  applications: ApplicationRepository;
  texts: ResumeTextStore;
  index: CandidateSearchIndex;
}): SearchRefresher {
  const refreshedSince = new Map<string, number>();
  const running = new Map<string, Promise<void>>();

  function tracked(candidateId: string, work: () => Promise<void>): Promise<void> {
    const began = performance.now();
    const done = work().then(() => {
      const since = Math.max(began, refreshedSince.get(candidateId) ?? began);
      refreshedSince.delete(candidateId);
      refreshedSince.set(candidateId, since);
      if (refreshedSince.size > REMEMBERED) refreshedSince.delete(refreshedSince.keys().next().value!);
    });
    running.set(candidateId, done);
    void done.catch(() => undefined).finally(() => running.get(candidateId) === done && running.delete(candidateId));
    return done;
  }

  return {
    refresh: (candidateId) =>
      tracked(candidateId, async () => {
        const candidate = await deps.candidates.get(candidateId);
        if (!candidate || candidate.status === 'merged') return deps.index.remove(candidateId);
        const [applications, texts] = await Promise.all([deps.applications.ofCandidate(candidateId), deps.texts.textsOf(candidateId)]);
        await deps.index.upsert(buildSearchDocument(candidate, applications, texts));
      }),
    refreshWith: (candidate, applications, texts) =>
      tracked(candidate.id, () => deps.index.upsert(buildSearchDocument(candidate, applications, texts))),
    async reflects(candidateId, since) {
      await running.get(candidateId)?.catch(() => undefined);
      return (refreshedSince.get(candidateId) ?? -Infinity) > since;
    },
  };
}

const REMEMBERED = 10_000;
