/** Text of the Municipality page's "Konkurrence og samarbejde" section (issue 16). */
export const competition = {
  heading: 'Konkurrence og samarbejde',
  lead: 'To indikatorer for, hvordan kommunen bruger konkurrence og private leverandører. De er kontekst ved siden af pakken: de indgår ikke i potentialet, og et højere eller lavere tal er ikke i sig selv bedre.',
  iku: 'Indikator for konkurrenceudsættelse (IKU) er den andel af kommunens udgifter til opgaver, der kan konkurrenceudsættes, som faktisk har været udbudt, uanset om opgaven derefter blev løst af en privat leverandør eller af kommunen selv.',
  pli: 'Privatleverandørindikatoren (PLI) er den andel af kommunens udgifter til disse opgaver, som går til køb af ydelser hos private leverandører.',
  oldPli:
    'PLI blev lagt om til en ny definition; den gamle findes kun til og med 2010. Her vises den nye definition i alle år.',
  caption: (name: string, year: number, group: string) => `${name} mod ${group}, ${year} (pct.)`,
  columns: {
    figure: 'Indikator',
    own: 'Kommunen',
    median: 'Gruppens median',
    range: 'Laveste – højeste i gruppen',
  },
  range: (min: string, max: string) => `${min} – ${max}`,
  valueInfo: (figure: string, year: number) => `${figure}, ${year}`,
  medianInfo: (figure: string, n: number) =>
    `${figure}: medianen af de ${n} sammenligningskommuner med et tal`,
  noYear: 'Der er ingen tal for disse indikatorer op til det valgte år.',
  figureLabel: 'Udvikling for',
  portal: {
    heading: 'Fra videnportalen om udbud og konkurrence',
    none: 'Videnportalen har endnu ikke noget om udbud og konkurrence.',
    all: 'Se alle om udbud og konkurrence',
  },
};
