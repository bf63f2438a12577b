import type { IndicatorId } from './data-score.ts';

/** Each data indicator's name and definition, in Danish and English (the result and /metode). */
export const INDICATOR_TEXT: Readonly<
  Record<
    IndicatorId,
    {
      readonly nameDa: string;
      readonly nameEn: string;
      readonly definitionDa: string;
      readonly definitionEn: string;
    }
  >
> = {
  'unit-cost-adults': {
    nameDa: 'Enhedsudgift, voksne med særlige behov',
    nameEn: 'Unit cost, adults with special needs',
    definitionDa:
      'Nettodriftsudgifter til voksne med særlige behov pr. 18-66-årig i det nyeste regnskabsår, mod medianen i den sammenlignelige gruppe. Score: kommunens værdi i forhold til medianen (≤ −10 % giver 5, ≤ −3 % 4, under +3 % 3, under +10 % 2, ellers 1).',
    definitionEn:
      'Net operating expenditure on adults with special needs per person aged 18-66 in the newest accounts year, against the peer group’s median. Score: the value relative to the median (≤ −10 % gives 5, ≤ −3 % 4, below +3 % 3, below +10 % 2, otherwise 1).',
  },
  'unit-cost-children': {
    nameDa: 'Enhedsudgift, børn og unge med særlige behov',
    nameEn: 'Unit cost, children and young people with special needs',
    definitionDa:
      'Nettodriftsudgifter til børn og unge med særlige behov pr. 0-17-årig i det nyeste regnskabsår, mod medianen i den sammenlignelige gruppe; samme score som for voksne.',
    definitionEn:
      'Net operating expenditure on children and young people with special needs per person aged 0-17 in the newest accounts year, against the peer group’s median; scored as for adults.',
  },
  'development-adults': {
    nameDa: 'Udvikling, voksne med særlige behov',
    nameEn: 'Development, adults with special needs',
    definitionDa:
      'Kommunens vækst i enhedsudgiften over de højst fire nyeste sammenlignelige regnskabsår (intet databrud undervejs) divideret med gruppens medianvækst. Score: ≤ −5 % giver 5, ≤ −2 % 4, under +2 % 3, under +5 % 2, ellers 1.',
    definitionEn:
      'The municipality’s growth in the unit cost over at most the four newest comparable accounts years (no definition break within) divided by the peers’ median growth. Score: ≤ −5 % gives 5, ≤ −2 % 4, below +2 % 3, below +5 % 2, otherwise 1.',
  },
  'development-children': {
    nameDa: 'Udvikling, børn og unge med særlige behov',
    nameEn: 'Development, children and young people with special needs',
    definitionDa: 'Som for voksne, på udgiften pr. 0-17-årig.',
    definitionEn: 'As for adults, on the expenditure per person aged 0-17.',
  },
  'budget-deviation': {
    nameDa: 'Budgetafvigelse på området',
    nameEn: 'Budget deviation on the area',
    definitionDa:
      'Gennemsnittet over de op til fire nyeste år med både budget og regnskab af |regnskab − budget| / |budget| for funktionerne 5.28 og 5.38 tilsammen. Score: ≤ 2 % giver 5, ≤ 5 % 4, ≤ 10 % 3, ≤ 15 % 2, ellers 1.',
    definitionEn:
      'The mean over the up to four newest years with both budget and accounts of |accounts − budget| / |budget| for functions 5.28 and 5.38 together. Score: ≤ 2 % gives 5, ≤ 5 % 4, ≤ 10 % 3, ≤ 15 % 2, otherwise 1.',
  },
  'prevention-share': {
    nameDa: 'Forebyggelsesandel, børn og unge',
    nameEn: 'Prevention share, children and young people',
    definitionDa:
      'Funktion 5.28.21 (rådgivning, forebyggende og støttende indsatser) i procent af hele 5.28, hvor det tal findes, ellers af 5.28.21 + 5.28.22 (plejefamilier). Vises, men giver ingen score: mere forebyggelse er ikke altid bedre.',
    definitionEn:
      'Function 5.28.21 (counselling, preventive and supportive measures) as per cent of the whole 5.28 where that figure exists, else of 5.28.21 + 5.28.22 (foster families). Shown, not scored: more prevention is not always better.',
  },
};
