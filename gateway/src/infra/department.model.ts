import { Connection, Model, Schema, Types } from 'mongoose';

export interface DepartmentDocument {
  _id: Types.ObjectId;
  name: string;
  code: string;
  parentId?: Types.ObjectId | null;
  managerUserId?: Types.ObjectId | null;
  createdAt: Date;
  updatedAt: Date;
}

const departmentSchema = new Schema<DepartmentDocument>(
  {
    name: { type: String, required: true, trim: true },
    code: { type: String, required: true, trim: true },
    parentId: { type: Schema.Types.ObjectId, default: null },
    managerUserId: { type: Schema.Types.ObjectId, default: null },
  },
  { collection: 'departments', timestamps: true, versionKey: false },
);
departmentSchema.index({ code: 1 }, { unique: true });
departmentSchema.index({ parentId: 1 });

export type DepartmentModel = Model<DepartmentDocument>;

export function departmentModel(connection: Connection): DepartmentModel {
  return (
    (connection.models.Department as DepartmentModel | undefined) ??
    connection.model<DepartmentDocument>('Department', departmentSchema)
  );
}
