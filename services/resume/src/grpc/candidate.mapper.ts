import { resumeV1 } from '@hr/contracts';
import type { Candidate, CandidateProfile, SourceChannel, Sourcing } from '../domain/candidate';
import type { DegreeLevel } from '../domain/resume';
import { statusReason } from '../domain/candidate';

type P = resumeV1.CandidateProfile;

export function toProtoProfile(profile: CandidateProfile): P {
  return resumeV1.CandidateProfile.fromPartial({
    ...profile,
    education: (profile.education ?? []).map((e) => ({ ...e, degree: e.degree ?? '' })),
    workHistory: profile.workHistory ?? [],
    expectedSalary: profile.expectedSalary,
  });
}

/** Proto3 has no "unset": empty strings and zeros mean "not given" on the way in. */
export function fromProtoProfile(profile: P | undefined): CandidateProfile {
  const text = (value: string | undefined) => (value ? value : undefined);
  const num = (value: number | undefined) => (value ? value : undefined);
  return {
    name: text(profile?.name),
    phone: text(profile?.phone),
    email: text(profile?.email),
    gender: (text(profile?.gender) as CandidateProfile['gender']) ?? undefined,
    birthYear: num(profile?.birthYear),
    city: text(profile?.city),
    education: (profile?.education ?? []).map((e) => ({
      school: e.school,
      degree: (text(e.degree) as DegreeLevel | undefined) ?? undefined,
      major: text(e.major),
      startYear: num(e.startYear),
      endYear: num(e.endYear),
    })),
    workHistory: (profile?.workHistory ?? []).map((w) => ({
      employer: w.employer,
      title: text(w.title),
      startYear: num(w.startYear),
      endYear: num(w.endYear),
      description: text(w.description),
    })),
    yearsOfExperience: num(profile?.yearsOfExperience),
    skills: profile?.skills ?? [],
    languages: profile?.languages ?? [],
    expectedSalary: profile?.expectedSalary?.min || profile?.expectedSalary?.max ? { min: profile.expectedSalary.min, max: profile.expectedSalary.max, currency: profile.expectedSalary.currency || 'CNY' } : undefined,
  };
}

export function fromProtoSourcing(source: resumeV1.Sourcing | undefined, fallbackChannel: SourceChannel = 'other'): Sourcing {
  return {
    channel: (source?.channel || fallbackChannel) as SourceChannel,
    detail: source?.detail || undefined,
    referrerEmployeeId: source?.referrerEmployeeId || undefined,
    invitingHrId: source?.invitingHrId || undefined,
    responsibleHrId: source?.responsibleHrId || undefined,
  };
}

export function toProtoCandidate(candidate: Candidate): resumeV1.Candidate {
  const { statusHistory: _history, ...rest } = candidate;
  return resumeV1.Candidate.fromPartial({
    ...rest,
    profile: toProtoProfile(candidate.profile),
    statusReason: statusReason(candidate) ?? '',
    resumes: candidate.resumes,
    corrections: candidate.corrections.map((c) => ({ field: c.field, fromValue: c.from, toValue: c.to, by: c.by, at: c.at })),
    mergedInto: candidate.mergedInto ?? '',
  });
}
