/**
 * A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then a 12-bit counter seeded randomly each
 * millisecond so that ids made within one millisecond still sort in the order they were made.
 */
export declare function uuidv7(nowMs?: number): string;
/** A random UUIDv4 for new records. */
export declare function newRecordId(): string;
/** A UUIDv4-shaped id drawn from a caller's random source, for reproducible sample and bench data. */
export declare function uuidFromRandom(random: () => number): string;
/** Milliseconds since the epoch encoded in a UUIDv7. */
export declare function uuidv7Time(id: string): number;
