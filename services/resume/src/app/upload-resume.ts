import type { Principal } from '@hr/workflow';
import { ResumeAttached } from '@hr/contracts';
import type { Candidate, CandidateProfile, ResumeFileRef, Sourcing } from '../domain/candidate';
import { attachResume } from '../domain/candidate-rules';
import { loadCandidate } from './load-candidate';
import { refuseBlacklisted } from './record-blacklist-hit';
import { resumeEvent } from './resume-events';
import { assertMayManageCandidates } from '../domain/candidate-access';
import { assertLabels, assertProfileNames } from '../domain/profile-names';
import { extractFields } from '../domain/resume-fields';
import { Intake, IntakeVia, intakePerson } from './intake-person';
import type { ResumeDeps } from './ports';

export interface ResumeUpload {
  filename: string;
  mimeType: string;
  data: Buffer;
}

/** Stores the file first (never lost), then reads what it can; an unreadable file still lands, for manual entry. */
export async function readResume(
  deps: ResumeDeps,
  file: ResumeUpload,
  principal: Principal,
): Promise<{ resume: ResumeFileRef; parsed: CandidateProfile; text: string }> {
  const id = deps.newId();
  await deps.files.put({ id, filename: file.filename, mimeType: file.mimeType, data: file.data });
  const base = { id, filename: file.filename, mimeType: file.mimeType, size: file.data.length, uploadedBy: principal.userId, uploadedAt: deps.now() };
  try {
    const { kind, text } = await deps.reader.extractText(file.data, file.mimeType, file.filename);
    if (kind === 'image') return { resume: { ...base, kind, parseStatus: 'stored' }, parsed: emptyProfile(), text: '' };
    return { resume: { ...base, kind, parseStatus: 'parsed' }, parsed: extractFields(text), text };
  } catch {
    const kind = file.mimeType.includes('pdf') ? 'pdf' : file.mimeType.includes('word') ? 'docx' : 'text';
    return { resume: { ...base, kind, parseStatus: 'failed' }, parsed: emptyProfile(), text: '' };
  }
}

export function emptyProfile(): CandidateProfile {
  return { education: [], workHistory: [], skills: [], languages: [] };
}

export async function uploadResume(
  deps: ResumeDeps,
  input: ResumeUpload & { requisitionId?: string; candidateId?: string; source: Sourcing; via?: IntakeVia },
  principal: Principal,
): Promise<Intake> {
  assertMayManageCandidates(principal);
  const known = input.candidateId ? await loadCandidate(deps, input.candidateId) : undefined;
  if (known?.status === 'blacklisted') await refuseBlacklisted(deps, known, 'hr_upload', principal);
  const { resume, parsed, text } = await readResume(deps, input, principal);
  if (known) return attachToKnown(deps, known, { resume, parsed, text }, principal);
  const needsManualEntry = resume.parseStatus !== 'parsed' || !parsed.name;
  return intakePerson(
    deps,
    { profile: parsed, source: input.source, via: input.via ?? 'hr_upload', requisitionId: input.requisitionId, resume, resumeText: text, needsManualEntry },
    principal,
  );
}

/** HR said whose resume this is: no detection, the file joins that person's record. */
async function attachToKnown(
  deps: ResumeDeps,
  known: Candidate,
  read: { resume: ResumeFileRef; parsed: CandidateProfile; text: string },
  principal: Principal,
): Promise<Intake> {
  const now = deps.now();
  const candidate = attachResume(known, { resume: read.resume, parsed: read.parsed, now });
  const { id: fileId, kind, parseStatus } = read.resume;
  const event = resumeEvent(ResumeAttached, { candidateId: known.id, fileId, kind, parseStatus }, principal, now);
  const saved = await deps.candidates.save(candidate, [event]);
  if (read.text) await deps.texts.put(fileId, known.id, read.text);
  await deps.search.refresh(known.id).catch(() => undefined);
  return { outcome: 'attached', candidate: saved, parseFailed: parseStatus === 'failed' };
}

export async function createCandidate(
  deps: ResumeDeps,
  input: { profile: CandidateProfile; source: Sourcing; tags: string[]; categories: string[]; requisitionId?: string },
  principal: Principal,
): Promise<Intake> {
  assertMayManageCandidates(principal);
  assertProfileNames(input.profile);
  assertLabels('tags', input.tags);
  assertLabels('categories', input.categories);
  return intakePerson(deps, { ...input, via: 'hr_entry', needsManualEntry: false }, principal);
}
