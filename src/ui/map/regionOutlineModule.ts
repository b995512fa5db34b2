// The type of `virtual:region-outline`, made at build time by build/regionOutline.ts (a Vite plugin):
// SVG path data in the map's viewBox. (A .ts file, not .d.ts: the repository ignores emitted .d.ts files.)
declare module 'virtual:region-outline' {
  export const OUTLINE_WIDTH: number;
  export const OUTLINE_HEIGHT: number;
  /** Land, cut to the frame (fill-rule evenodd). */
  export const LAND: string;
  /** Large lakes, islands as holes (fill-rule evenodd). */
  export const LAKES: string;
}
