import type { DefinitionBreak } from '../key-figure.ts';

// The definition breaks of the 1993-2019 export (full_noegletal.csv). The numbered ones are
// the export's own notes, attached to a figure on its "Gennemsnit (15) (NN)" row; the others
// are level shifts that every municipality shows in the same year, with a known cause.
// The database keeps one break per figure and year: never give a figure two in one year.

/** Note (6) on expenditure, tax and balance figures: kommunalreformen 2007. */
export const REFORM_2007: DefinitionBreak = {
  year: 2007,
  sourceNote: 6,
  description:
    'Kommunalreformen 2007 flyttede opgaver, udgifter og skat fra amterne til kommunerne, så ' +
    'niveauet før og efter 2007 ikke er sammenligneligt. For København, Frederiksberg og ' +
    'Bornholm indgår amtsrelaterede udgifter også i årene før 2007 (note 6).',
  descriptionEn:
    'The local government reform of 2007 moved tasks, expenditure and tax from the counties ' +
    'to the municipalities, so the level before and after 2007 is not comparable. For ' +
    'Copenhagen, Frederiksberg and Bornholm, county-related expenditure is also included in ' +
    'the years before 2007 (note 6).',
};

/** The same reform for figures that move in 2007 but carry no note in the export. */
export const REFORM_2007_UNNOTED: DefinitionBreak = {
  year: 2007,
  description:
    'Kommunalreformen 2007 flyttede opgaver, udgifter og skat fra amterne til kommunerne, så ' +
    'niveauet før og efter 2007 ikke er sammenligneligt (eksporten har ingen note; alle ' +
    'kommuner skifter niveau i 2007).',
  descriptionEn:
    'The local government reform of 2007 moved tasks, expenditure and tax from the counties ' +
    'to the municipalities, so the level before and after 2007 is not comparable (the export ' +
    'has no note; every municipality changes level in 2007).',
};

/**
 * The competitive-tendering indicator per hovedkonto, 2006 → 2007: the reform gave the
 * municipalities a new kontoplan, whose hovedkonti are not those of 2006 (hovedkonto 4
 * Sundhedsområdet is new in 2007; before, 4 was Sygehusvæsen og sygesikring and 5 Social- og
 * sundhedsvæsen). The export has no note.
 */
export const KONTOPLAN_2007_UNNOTED: DefinitionBreak = {
  year: 2007,
  description:
    'Kommunalreformen 2007 flyttede opgaver fra amterne til kommunerne og gav kommunerne en ' +
    'ny kontoplan, hvis hovedkonti ikke dækker de samme opgaver som i 2006, så 2006 og årene ' +
    'fra 2007 er ikke sammenlignelige (eksporten har ingen note).',
  descriptionEn:
    'The local government reform of 2007 moved tasks from the counties to the municipalities ' +
    'and gave the municipalities a new chart of accounts, whose main accounts do not cover the ' +
    'same tasks as in 2006, so 2006 and the years from 2007 are not comparable (the export has ' +
    'no note).',
};

/**
 * The private-supplier indicator's change of definition. The export publishes the old
 * definition to 2010 and the new one for every year from 1993; it does not say what changed.
 */
export const PLI_NEW_DEFINITION_2011: DefinitionBreak = {
  year: 2011,
  description:
    'Privatleverandørindikatoren blev lagt om til en ny definition. Den gamle definition ' +
    'findes kun til og med 2010; den nye findes for alle år fra 1993 og er den serie, der skal ' +
    'bruges (nøgletallet Privatleverandørindikator). De to giver forskellige niveauer i de år, ' +
    'hvor begge findes (eksportens gennemsnit for de 98 kommuner i 2010: 25,5 pct. efter den ' +
    'gamle og 24,7 pct. efter den nye definition), så de må ikke sættes sammen til én serie. Eksporten siger ikke, hvad ' +
    'ændringen bestod i.',
  descriptionEn:
    'The private-supplier indicator was given a new definition. The old definition exists only ' +
    'up to and including 2010; the new one exists for every year from 1993 and is the series to ' +
    'use (the key figure Private-supplier indicator). The two give different levels in the ' +
    "years where both exist (the export's average of the 98 municipalities in 2010: 25.5 per " +
    'cent by the old and 24.7 per cent by the new definition), so they must not be joined into one series. The export ' +
    'does not say what the change was.',
};

/** Note (25): the pension age fell from 67 to 65 on 1 July 2004. */
export const PENSION_AGE_17_64: DefinitionBreak = {
  year: 2004,
  sourceNote: 25,
  description:
    'Pensionsalderen blev sat ned fra 67 til 65 år pr. 1. juli 2004: før 2004 er nøgletallet ' +
    'opgjort i forhold til antallet af 17-66-årige, fra og med 2004 i forhold til antallet af ' +
    '17-64-årige (note 25).',
  descriptionEn:
    'The pension age was lowered from 67 to 65 on 1 July 2004: before 2004 the key figure is ' +
    'related to the number of persons aged 17-66, from 2004 to the number aged 17-64 (note 25).',
};

/** Figures "pr. … 17-64/66-årige" that the export gives no note, but that change the same way. */
export const PENSION_AGE_17_64_UNNOTED: DefinitionBreak = {
  year: 2004,
  description:
    'Titlen siger 17-64/66-årige: som for de øvrige nøgletal med note 25 er nævneren ' +
    '17-66-årige før 2004 og 17-64-årige fra og med 2004, efter at pensionsalderen blev sat ' +
    'ned fra 67 til 65 år (eksporten knytter ikke noten til dette nøgletal).',
  descriptionEn:
    'The title says 17-64/66: as for the other key figures with note 25, the denominator is ' +
    'the persons aged 17-66 before 2004 and those aged 17-64 from 2004, after the pension age ' +
    'was lowered from 67 to 65 (the export does not attach the note to this key figure).',
};

/** Note (26): places for the elderly per 1.000 67+ before 2004, per 1.000 65+ from 2004. */
export const PENSION_AGE_65: DefinitionBreak = {
  year: 2004,
  sourceNote: 26,
  description:
    'Pensionsalderen blev sat ned fra 67 til 65 år pr. 1. juli 2004: før 2004 er nøgletallet ' +
    'opgjort i forhold til antallet af 67+-årige, fra og med 2004 i forhold til antallet af ' +
    '65+-årige (note 26).',
  descriptionEn:
    'The pension age was lowered from 67 to 65 on 1 July 2004: before 2004 the key figure is ' +
    'related to the number of persons aged 67+, from 2004 to the number aged 65+ (note 26).',
};

/** Note (27): the new split between elderly and adults with special needs from 2018. */
export const NEW_METHOD_2018: DefinitionBreak = {
  year: 2018,
  sourceNote: 27,
  description:
    'Ny opgørelsesmetode fra 2018 for udgifter til ældre og til voksne med særlige behov. ' +
    'Kommunerne tilpasser sig metoden over tid, også efter at budgetterne er offentliggjort, ' +
    'så niveauerne for 2018 og 2019 er usikre og ikke sammenlignelige med den samlede ' +
    'opgørelse for ældre og voksne med særlige behov før 2018 (note 27).',
  descriptionEn:
    'A new method of accounting for the elderly and for adults with special needs from 2018. ' +
    'The municipalities adapt to the method over time, also after the budgets are published, ' +
    'so the levels of 2018 and 2019 are uncertain and not comparable with the combined figure ' +
    'for the elderly and adults with special needs before 2018 (note 27).',
};
