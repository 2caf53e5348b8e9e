import { withOutbox } from '@hr/platform';
import { Connection, Schema } from 'mongoose';

/**
 * Declares the collection's indexes and read shape. Writes go through `saveWithOutbox` so that a
 * change and its events land in one document write.
 */
const offerSchema = withOutbox(new Schema(
  {
    _id: { type: String, required: true },
    number: { type: String, required: true },
    status: { type: String, required: true },
    applicationId: { type: String, required: true },
    candidateId: String,
    requisitionId: String,
    departmentId: String,
    awaiting: { role: String, departmentId: String },
    createdAt: Date,
    version: Number,
  },
  { collection: 'offers', strict: false, versionKey: false, _id: false },
));
offerSchema.index({ number: 1 }, { unique: true });
offerSchema.index({ applicationId: 1, status: 1 });
offerSchema.index({ status: 1, departmentId: 1, createdAt: -1 });
offerSchema.index({ candidateId: 1 });
offerSchema.index({ requisitionId: 1 });
offerSchema.index({ 'awaiting.role': 1, status: 1 });
// A pushed-down ORDER BY needs a btree that starts with the sort key (every list sorts newest first).
offerSchema.index({ createdAt: -1, _id: 1 });

export function offerModel(connection: Connection) {
  return connection.models.Offer ?? connection.model('Offer', offerSchema);
}

const counterSchema = new Schema({ _id: String, seq: Number }, { collection: 'counters', versionKey: false });

export function counterModel(connection: Connection) {
  return connection.models.Counter ?? connection.model('Counter', counterSchema);
}
