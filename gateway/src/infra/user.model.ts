import { Connection, Model, Schema, Types } from 'mongoose';
import { ROLES, Role } from '@hr/workflow';
import { LOCALES, Locale } from '../i18n/messages';

export interface UserDocument {
  _id: Types.ObjectId;
  email: string;
  name: string;
  phone?: string | null;
  roles: Role[];
  departmentId?: Types.ObjectId | null;
  active: boolean;
  locale: Locale;
  passwordHash: string;
  lastLoginAt?: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const userSchema = new Schema<UserDocument>(
  {
    email: { type: String, required: true, lowercase: true, trim: true },
    name: { type: String, required: true, trim: true },
    phone: { type: String, default: null },
    roles: { type: [String], enum: ROLES, default: [] },
    departmentId: { type: Schema.Types.ObjectId, default: null },
    active: { type: Boolean, default: true },
    locale: { type: String, enum: LOCALES, default: 'zh-CN' },
    passwordHash: { type: String, required: true },
    lastLoginAt: { type: Date, default: null },
  },
  { collection: 'users', timestamps: true, versionKey: false },
);
userSchema.index({ email: 1 }, { unique: true });
userSchema.index({ roles: 1 });
userSchema.index({ departmentId: 1 });
userSchema.index({ active: 1 });
// A pushed-down ORDER BY needs a btree that starts with the sort key (the directory lists newest first).
userSchema.index({ createdAt: -1, _id: -1 });

export type UserModel = Model<UserDocument>;

export function userModel(connection: Connection): UserModel {
  return (connection.models.User as UserModel | undefined) ?? connection.model<UserDocument>('User', userSchema);
}
