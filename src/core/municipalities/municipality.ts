/** A Danish region (DST codes 081-085). */
export interface Region {
  /** DST code, 3 digits: "081" Nordjylland … "085" Sjælland. */
  readonly code: string;
  readonly name: string;
}

/** One of Denmark's 98 municipalities (kommuner). Christiansø (411) is not one. */
export interface Municipality {
  /** DST/DAGI code, 3 digits: "101" København … "860" Hjørring. */
  readonly code: string;
  /** The DST title, e.g. "Høje-Taastrup". */
  readonly name: string;
  /** DST region code, "081".."085". */
  readonly regionCode: string;
}

export const REGIONS: readonly Region[] = [
  { code: '081', name: 'Region Nordjylland' },
  { code: '082', name: 'Region Midtjylland' },
  { code: '083', name: 'Region Syddanmark' },
  { code: '084', name: 'Region Hovedstaden' },
  { code: '085', name: 'Region Sjælland' },
];

/** Christiansø has a DST code but is administered by the state, not a municipality. */
export const CHRISTIANSOE_CODE = '411';
