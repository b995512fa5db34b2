export interface LatLng {
  lat: number;
  lng: number;
}
export declare function greatCircleKm(a: LatLng, b: LatLng): number;
