// A refusal the hub's rules throw; the API answers it as JSON with its code (api.ts).

export type HubErrorCode =
  | 'invite_invalid'
  | 'unauthorized'
  | 'revoked'
  | 'forbidden'
  | 'not_found'
  | 'bad_request';

export class HubError extends Error {
  constructor(
    readonly code: HubErrorCode,
    message: string,
  ) {
    super(message);
  }
}
