import { Connection, Schema } from 'mongoose';

/**
 * Declares the collection's indexes and read shape. Writes go through `saveWithOutbox` so that a
 * change and its events land in one document write.
 */
const requisitionSchema = new Schema(
  {
    _id: { type: String, required: true },
    number: { type: String, required: true },
    status: { type: String, required: true },
    departmentId: { type: String, required: true },
    positionId: { type: String, required: true },
    urgency: String,
    responsibleRecruiterId: String,
    helperRecruiterIds: [String],
    awaiting: { role: String, departmentId: String },
    createdAt: Date,
    version: Number,
    outbox: { type: [Schema.Types.Mixed], default: [] },
  },
  { collection: 'requisitions', strict: false, versionKey: false, _id: false },
);
requisitionSchema.index({ number: 1 }, { unique: true });
requisitionSchema.index({ status: 1, departmentId: 1, createdAt: -1 });
requisitionSchema.index({ responsibleRecruiterId: 1 });
requisitionSchema.index({ 'awaiting.role': 1, status: 1 });

export function requisitionModel(connection: Connection) {
  return connection.models.Requisition ?? connection.model('Requisition', requisitionSchema);
}

const counterSchema = new Schema({ _id: String, seq: Number }, { collection: 'counters', versionKey: false });

export function counterModel(connection: Connection) {
  return connection.models.Counter ?? connection.model('Counter', counterSchema);
}
