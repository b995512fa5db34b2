import { type Directory } from './generate';
export declare const SAMPLE_DIRECTORY_VERSION = 1;
export declare const SAMPLE_ORGANIZATIONS = 64;
export declare function buildSampleDirectory(now: Date): Directory;
