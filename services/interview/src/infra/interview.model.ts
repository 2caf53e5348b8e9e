import { withOutbox } from '@hr/platform';
import { Connection, Schema } from 'mongoose';

/**
 * Declares the collection's indexes and read shape. Writes go through `saveWithOutbox` so that a
 * change and its events land in one document write.
 */
const interviewSchema = withOutbox(new Schema(
  {
    _id: { type: String, required: true },
    applicationId: { type: String, required: true },
    candidateId: { type: String, required: true },
    requisitionId: { type: String, required: true },
    round: { type: String, required: true },
    status: { type: String, required: true },
    startsAt: { type: Date, required: true },
    interviewerIds: [String],
    /** Denormalised from the evaluations so "awaiting my evaluation" is a plain query. */
    evaluatedBy: [String],
    snapshot: { departmentId: String },
    audience: [String],
    startDay: String,
    noticesSent: { type: [String], default: [] },
    version: Number,
  },
  { collection: 'interviews', strict: false, versionKey: false, _id: false },
));
interviewSchema.index({ interviewerIds: 1, startsAt: 1 });
interviewSchema.index({ status: 1, startsAt: 1 });
interviewSchema.index({ applicationId: 1, round: 1 });
interviewSchema.index({ candidateId: 1 });
interviewSchema.index({ requisitionId: 1 });
interviewSchema.index({ 'snapshot.departmentId': 1 });
// A pushed-down ORDER BY needs a btree that starts with the sort key; walked backwards for "earliest first".
interviewSchema.index({ startsAt: -1, _id: 1 });
// Query fields kept in every write (interview.document.ts): who may list it, and its day.
interviewSchema.index({ audience: 1 });
interviewSchema.index({ startDay: 1 });

export function interviewModel(connection: Connection) {
  return connection.models.Interview ?? connection.model('Interview', interviewSchema);
}
