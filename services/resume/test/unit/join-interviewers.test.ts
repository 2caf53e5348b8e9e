import { ApplicationStageChanged, EventEnvelope, InterviewScheduled, InterviewersAssigned } from '@hr/contracts';
import { followEvent } from '../../src/app/follow-event';
import { panelOf, planInvitation, planNoStageMove } from '../../src/app/follow-interviews';
import { withInterviewers } from '../../src/app/join-interviewers';
import type { Application } from '../../src/domain/application';
import { joinInterviewers, newApplication } from '../../src/domain/application-rules';
import { hrActor, interviewEvent, invitation, snapshot } from '../interview-fixtures';
import { NOW, hr, open, person } from './application-fixtures';

const fresh = (interviewerIds: string[] = []): Application => ({
  ...newApplication({ id: 'a1', candidate: person, requisition: open, source: person.source, principal: hr, now: NOW }),
  interviewerIds,
});
const refs = { interviewId: 'iv-1', applicationId: 'a1', candidateId: 'c1', requisitionId: 'r1' };

describe('joining interviewers to an application', () => {
  it('adds newcomers after those already there, once each, ignoring blanks', () => {
    const later = new Date('2026-12-01T00:00:00Z');
    const { application, added } = joinInterviewers(fresh(['u-9']), ['u-1', '', 'u-9', 'u-1', 'u-2'], later);
    expect(added).toEqual(['u-1', 'u-2']);
    expect(application).toMatchObject({ interviewerIds: ['u-9', 'u-1', 'u-2'], updatedAt: later });
  });

  it('never removes anyone: a smaller panel leaves the set as it is', () => {
    const current = fresh(['u-1', 'u-2']);
    const joined = joinInterviewers(current, ['u-2'], NOW);
    expect(joined).toEqual({ application: current, added: [] });
    expect(joinInterviewers(current, [], NOW).application).toBe(current);
  });

  it('announces the whole set with InterviewersAssigned only when it grew', () => {
    const change = withInterviewers({ application: fresh(['u-9']), events: [] }, ['u-1'], hr, NOW);
    expect(change.events.map((e) => [e.type, e.data, e.actor?.userId])).toEqual([
      [InterviewersAssigned.type, { applicationId: 'a1', candidateId: 'c1', requisitionId: 'r1', interviewerIds: ['u-9', 'u-1'] }, 'u-hr'],
    ]);
    const same = { application: fresh(['u-1']), events: [] };
    expect(withInterviewers(same, ['u-1'], hr, NOW)).toBe(same);
  });
});

describe("an interview's panel", () => {
  it('is the interviewers with an account', () => {
    const interview = snapshot(refs, { interviewers: [{ userId: 'u-1', name: 'A', locale: 'en' }, { name: 'Guest', locale: 'zh-CN' }] });
    expect(panelOf(interview)).toEqual(['u-1']);
  });

  it('is joined by a reschedule of an open application without a stage move, and not of a closed one', () => {
    expect(planNoStageMove('interview')).toEqual([]);
    expect(planNoStageMove('new')).toEqual([]);
    expect(planNoStageMove('rejected')).toBe('closed');
  });
});

describe('following an invitation', () => {
  function fakeDeps(current: Application) {
    const saves: { application: Application; events: EventEnvelope[]; options?: { appliedEventId?: string } }[] = [];
    const applications = {
      get: async () => current,
      hasApplied: async () => false,
      save: async (application: Application, events: EventEnvelope[], options?: { appliedEventId?: string }) => {
        saves.push({ application, events, options });
        return { ...application, version: application.version + 1 };
      },
    };
    return { saves, deps: { applications, search: { refresh: async () => undefined }, now: () => NOW } as never };
  }
  const invited = interviewEvent(InterviewScheduled, { interview: snapshot(refs), invitation: invitation() });

  it('saves the stage moves and the new panel in one write, recording the event as applied', async () => {
    const { saves, deps } = fakeDeps(fresh(['u-9']));
    const outcome = await followEvent(deps, { applicationId: 'a1', event: invited, interviewerIds: ['u-int-1', 'u-int-2'], waitingFor: 'x' }, planInvitation);
    expect(outcome).toMatchObject({ kind: 'moved', application: { stage: 'interview', interviewerIds: ['u-9', 'u-int-1', 'u-int-2'] } });
    expect(saves).toHaveLength(1);
    expect(saves[0].events.map((e) => e.type)).toEqual([ApplicationStageChanged.type, ApplicationStageChanged.type, InterviewersAssigned.type]);
    expect(saves[0].events.every((e) => e.actor?.userId === hrActor.userId)).toBe(true);
    expect(saves[0].options).toEqual({ appliedEventId: invited.id });
  });

  it('reports a panel-only change as joined, and writes nothing when neither stage nor panel changes', async () => {
    const joined = fakeDeps({ ...fresh(['u-int-1']), stage: 'interview' });
    expect(await followEvent(joined.deps, { applicationId: 'a1', event: invited, interviewerIds: ['u-int-2'], waitingFor: 'x' }, planNoStageMove)).toMatchObject({ kind: 'joined' });
    expect(joined.saves[0].events.map((e) => e.type)).toEqual([InterviewersAssigned.type]);
    const idle = fakeDeps({ ...fresh(['u-int-1']), stage: 'interview' });
    expect(await followEvent(idle.deps, { applicationId: 'a1', event: invited, interviewerIds: ['u-int-1'], waitingFor: 'x' }, planNoStageMove)).toEqual({ kind: 'unchanged', stage: 'interview' });
    expect(idle.saves).toEqual([]);
  });
});
