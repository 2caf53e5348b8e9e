import { withOutbox } from '@hr/platform';
import { Connection, Schema } from 'mongoose';

/**
 * Declares the collection's indexes and read shape. Writes go through `saveWithOutbox` so that a
 * change and its events land in one document write.
 */
const requisitionSchema = withOutbox(new Schema(
  {
    _id: { type: String, required: true },
    number: { type: String, required: true },
    status: { type: String, required: true },
    departmentId: { type: String, required: true },
    positionId: { type: String, required: true },
    urgency: String,
    responsibleRecruiterId: String,
    helperRecruiterIds: [String],
    recruiterIds: [String],
    audience: [String],
    awaiting: { role: String, departmentId: String },
    createdAt: Date,
    version: Number,
  },
  { collection: 'requisitions', strict: false, versionKey: false, _id: false },
));
requisitionSchema.index({ number: 1 }, { unique: true });
requisitionSchema.index({ status: 1, departmentId: 1, createdAt: -1 });
requisitionSchema.index({ responsibleRecruiterId: 1 });
requisitionSchema.index({ 'awaiting.role': 1, status: 1 });
// A pushed-down ORDER BY needs a btree that starts with the sort key (every list sorts newest first).
requisitionSchema.index({ createdAt: -1, _id: 1 });
requisitionSchema.index({ positionId: 1 });
requisitionSchema.index({ urgency: 1 });
// Query fields kept in every write (requisition.document.ts): "by recruiter" and what a manager or recruiter may list.
requisitionSchema.index({ recruiterIds: 1 });
requisitionSchema.index({ audience: 1 });

export function requisitionModel(connection: Connection) {
  return connection.models.Requisition ?? connection.model('Requisition', requisitionSchema);
}

const counterSchema = new Schema({ _id: String, seq: Number }, { collection: 'counters', versionKey: false });

export function counterModel(connection: Connection) {
  return connection.models.Counter ?? connection.model('Counter', counterSchema);
}
