import type { Principal } from '@hr/platform';
import type { UserRecord } from '../infra/user.repository';

/** The authenticated caller of one request. */
export interface AuthContext {
  principal: Principal;
  sessionId: string;
  user: UserRecord;
}

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  user: UserRecord;
}
