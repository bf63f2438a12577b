// The numbered notes of De Kommunale Nøgletal's exports are stored as the export writes them,
// in Danish. These are their English versions, keyed by the exact Danish text: a note whose
// text differs (another export, a changed wording) has no English rather than a wrong one.

const NOTES_EN: ReadonlyMap<string, string> = new Map([
  [
    'For København, Frederiksberg og Bornholm kommuner indgår der i årene før kommunalreformen ' +
      'for dette nøgletal også amtsrelaterede udgifter. For disse år vises derfor intet ' +
      'gennemsnit for de valgte kommuner, hvis en eller flere af de tre nævnte kommuner er valgt ' +
      'sammen en eller flere af de øvrige.',
    'For Copenhagen, Frederiksberg and Bornholm municipalities, county-related expenditure is ' +
      'also included in this key figure in the years before the local government reform. For ' +
      'those years no average is therefore shown for the chosen municipalities if one or more ' +
      'of the three are chosen together with one or more of the others.',
  ],
  [
    'I tal før kommunalreformen 2007 (vist med kursiv) indgår skønnede tal, da gennemsnittet ' +
      'omfatter en eller flere sammenlagte kommuner, hvori der indgår delte kommuner (delte ' +
      'kommuner er medregnet i det skønnede tal i forhold til den andel af indbyggerne i ' +
      'kommunen, der er overgået til den nye sammenlagte kommune.',
    'Figures before the local government reform of 2007 (shown in italics) include estimates, ' +
      'as the average covers one or more merged municipalities that include divided ' +
      'municipalities (a divided municipality is counted in the estimate by the share of its ' +
      'inhabitants that moved to the new merged municipality).',
  ],
  [
    'I tal før kommunalreformen 2007 (vist med kursiv) indgår skønnede tal, da summen af de ' +
      'valgte kommuner omfatter en eller flere sammenlagte kommuner, hvori der indgår delte ' +
      'kommuner (delte kommuner er medregnet i det skønnede tal i forhold til den andel af ' +
      'kommunens areal, der er overgået til den nye sammenlagte kommune.',
    'Figures before the local government reform of 2007 (shown in italics) include estimates, ' +
      'as the sum of the chosen municipalities covers one or more merged municipalities that ' +
      'include divided municipalities (a divided municipality is counted in the estimate by the ' +
      'share of its area that moved to the new merged municipality).',
  ],
  [
    'På grund af nedsættelse af pensionsalderen pr. 1. juli 2004 fra 67 til 65 år er der ' +
      'ændret opgørelsesmetode fra og med 2004. Før 2004 opgøres nøgletallet således i forhold ' +
      'til antallet af 17-66-årige, mens nøgletallet fra og med 2004 opgøres i forhold til ' +
      'antallet af 17-64-årige.',
    'Because the pension age was lowered from 67 to 65 on 1 July 2004, the method changed from ' +
      '2004. Before 2004 the key figure is related to the number of persons aged 17-66, from ' +
      '2004 to the number aged 17-64.',
  ],
  [
    'På grund af nedsættelse af pensionsalderen pr. 1. juli 2004 fra 67 til 65 år er der ' +
      'ændret opgørelsesmetode fra og med 2004. Før 2004 opgøres nøgletallet således i forhold ' +
      'til antallet af 67+-årige, mens nøgletallet fra og med 2004 opgøres i forhold til ' +
      'antallet af 65+-årige.',
    'Because the pension age was lowered from 67 to 65 on 1 July 2004, the method changed from ' +
      '2004. Before 2004 the key figure is related to the number of persons aged 67+, from 2004 ' +
      'to the number aged 65+.',
  ],
  [
    'Der er taget en ny opgørelsesmetode i brug fra 2018. Det tager tid for kommunerne at ' +
      'tilpasse sig den nye opgørelsesmetode, og denne tilpasning vil også finde sted efter ' +
      'offentliggørelsen af kommunernes budgetter. Niveauet for ældreudgifter henholdsvis ' +
      'udgifter til voksne med særlige behov i 2018 opgjort på baggrund af',
    'A new method of accounting is used from 2018. It takes time for the municipalities to ' +
      'adapt to it, and the adaptation will continue after the municipal budgets are ' +
      'published. The level of expenditure on the elderly and on adults with special needs in ' +
      '2018 calculated on the basis of [the note ends here in the export]',
  ],
]);

/**
 * The English of a numbered note of a nøgletal export, or null when its Danish text is not one
 * we have translated (whitespace is compared collapsed).
 * @example sourceNoteEn('Der er taget en ny opgørelsesmetode i brug fra 2018. …') // 'A new method …'
 */
export function sourceNoteEn(text: string): string | null {
  return NOTES_EN.get(text.replace(/\s+/g, ' ').trim()) ?? null;
}
