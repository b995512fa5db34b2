import { type Community, type CrisisLine } from '../model/reference';
export declare const COMMUNITIES: readonly Community[];
export declare const CRISIS_LINES: readonly CrisisLine[];
export declare const CRISIS_LINES_VERIFIED: string;
export declare function communityById(id: string): Community | undefined;
