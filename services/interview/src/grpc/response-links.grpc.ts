import { interviewV1 } from '@hr/contracts';
import type { CallInfo } from '@hr/platform';
import type { InterviewDeps } from '../app/ports';
import { describeResponseLink, respondToInvitation } from '../app/respond-to-invitation';

/** The candidate's signed links: no principal here, the token is the proof. */
export function responseLinkHandlers(deps: InterviewDeps) {
  return {
    describeResponseLink: async (req: interviewV1.DescribeResponseLinkRequest, _call: CallInfo) => {
      const { record, action } = await describeResponseLink(deps, req.token);
      return interviewV1.DescribeResponseLinkResponse.fromPartial({
        action,
        positionTitle: record.snapshot.positionTitle,
        candidateName: record.snapshot.candidate.name,
        startsAt: record.startsAt,
        durationMinutes: record.durationMinutes,
        timeZone: record.timeZone,
        locale: record.snapshot.candidate.locale,
        candidateResponse: record.candidateResponse,
      });
    },
    respondToInvitation: async (req: interviewV1.RespondToInvitationRequest, _call: CallInfo) => {
      const record = await respondToInvitation(deps, { token: req.token, comment: req.comment });
      return { candidateResponse: record.candidateResponse, locale: record.snapshot.candidate.locale };
    },
  };
}
