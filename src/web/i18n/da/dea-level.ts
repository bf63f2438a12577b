/** DEA as a benchmark level of the whole package (the level panel, the total, the rows). */
export const deaLevel = {
  names: {
    dea: 'DEA (VRS, alle kommuner)',
    'dea:crs': 'DEA (CRS, alle kommuner)',
  } as Record<string, string>,
  sentences: {
    dea: 'Effektivitetsanalyse over alle kommuner, ikke gruppen: målet er den billigste kombination af kommuner, der leverer mindst samme volumen, blandt kommuner af samme størrelse (variabelt skalaafkast).',
    'dea:crs':
      'Som DEA (VRS), men med konstant skalaafkast: målet er den laveste enhedsudgift blandt alle kommuner, uanset størrelse.',
  } as Record<string, string>,
  /** The package's basis line at the DEA level. */
  basis: (level: string, year: number) =>
    `Benchmark: ${level}, ${year}. Hvert nøgletal sammenlignes med sine referencekommuner blandt alle kommuner; placering og korridor er stadig sammenligningsgruppens.`,
  /** A row's benchmark at the DEA level: the reference municipalities and their weights. */
  benchmark: (level: string, peers: string, units: number, unit: string) =>
    `Benchmark: ${level}, enhedsudgiften i det effektive mål, ${unit}. Referencekommuner (vægt λ): ${peers}; fronten er tegnet over ${units} kommuner.`,
  ownReference: 'kommunen selv (effektiv)',
};
