// The words for each way talking to the hub can fail, per code (every code has its message).
import type { MessageKey } from '../../i18n';
import type { HubErrorCode } from '../../state/coordinatorStore';
import type { JoinProblem } from '../../state/networkStore';

const HUB_ERRORS: Record<HubErrorCode, MessageKey> = {
  bad_request: 'hubError.bad_request',
  unauthorized: 'hubError.unauthorized',
  revoked: 'hubError.revoked',
  forbidden: 'hubError.forbidden',
  not_found: 'hubError.not_found',
  too_large: 'hubError.too_large',
  rate_limited: 'hubError.rate_limited',
  invite_invalid: 'hubError.invite_invalid',
  locked_out: 'hubError.locked_out',
  protocol_unsupported: 'hubError.protocol_unsupported',
  internal: 'hubError.internal',
  offline: 'hubError.offline',
  bad_response: 'hubError.bad_response',
};

const JOIN_ERRORS: Record<Exclude<JoinProblem, HubErrorCode>, MessageKey> = {
  'other-origin': 'joinError.other-origin',
  'invalid-address': 'joinError.invalid-address',
  'invalid-code': 'joinError.invalid-code',
  'already-member': 'joinError.already-member',
  'storage-failed': 'joinError.storage-failed',
};

export function problemKey(problem: JoinProblem): MessageKey {
  return problem in JOIN_ERRORS
    ? JOIN_ERRORS[problem as keyof typeof JOIN_ERRORS]
    : HUB_ERRORS[problem as HubErrorCode];
}
