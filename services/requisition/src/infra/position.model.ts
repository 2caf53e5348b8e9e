import { Connection, Schema } from 'mongoose';

const positionSchema = new Schema(
  {
    _id: { type: String, required: true },
    title: { type: String, required: true },
    departmentId: { type: String, required: true },
    level: { type: String, default: '' },
    description: { type: String, default: '' },
    defaultRequirements: { type: [String], default: [] },
    active: { type: Boolean, default: true },
    createdAt: Date,
    updatedAt: Date,
  },
  { collection: 'positions', versionKey: false },
);
positionSchema.index({ departmentId: 1, active: 1 });
// The catalogue lists by title: a btree starting with it serves the sorted page.
positionSchema.index({ title: 1, _id: 1 });

export function positionModel(connection: Connection) {
  return connection.models.Position ?? connection.model('Position', positionSchema);
}
