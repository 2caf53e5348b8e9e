import type { Principal } from '@hr/platform';
import type { ApiKeyRecord } from '../infra/api-key.repository';
import type { UserRecord } from '../infra/user.repository';

/** The authenticated caller of one request. */
export interface AuthContext {
  principal: Principal;
  sessionId: string;
  user: UserRecord;
}

/** A third party calling /open/v1 with an API key; its principal is `apikey:<id>` with the key's scopes. */
export interface ApiKeyContext {
  principal: Principal;
  apiKey: ApiKeyRecord;
}

export type CallerContext = AuthContext | ApiKeyContext;

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  user: UserRecord;
}
