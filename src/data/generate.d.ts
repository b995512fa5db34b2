import type { Location } from '../model/location';
import type { Organization } from '../model/organization';
import type { Service } from '../model/service';
export interface Directory {
  organizations: Organization[];
  locations: Location[];
  services: Service[];
}
export interface GenerateOptions {
  seed: number;
  organizations: number;
  /** Stop after this many services (each organization offers two or three). */
  maxServices?: number;
  /** The moment the data is made "as of": dates and ages count back from it. */
  now: Date;
}
export declare function generateDirectory(options: GenerateOptions): Directory;
/** A directory of exactly `count` services, for benchmarks. */
export declare function generateServices(count: number, seed: number, now?: Date): Directory;
