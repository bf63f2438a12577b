/** The method page's sections on rule barriers and budget follow-up (issue 18, DESIGN.md §3.11). */
export const methodBarriers = {
  barriers: {
    title: 'Regelbarrierer',
    intro: [
      'En regelbarriere er en regel, der står i vejen for en effektivisering. Kommunerne indberetter dem, så de kan rejses over for regeringen. Listen er levende: andre kommuner støtter en barriere, dubletter lægges sammen, og den nationale redaktørs svar står på barrieren med dato.',
      'Tidligere runder (frikommuneforsøgene, udfordringsretten 2008–2015, forenklingerne i 2024) førte ingen fælles, rangeret liste, hvor kommunerne kunne se hinandens barrierer og statens svar.',
    ],
    rules: [
      'Reglen angives som lov og paragraf, gerne med et link til retsinformation.dk. Mens man skriver, vises lignende barrierer: først dem med samme lov og paragraf, derefter dem med de samme ord (fuldtekstsøgning på dansk).',
      'Skønnet er den effektivisering, reglen blokerer, i kroner om året i et angivet prisniveau. Nævnes et nøgletal, foreslås kommunens potentiale på nøgletallet fra potentialepakken; skønnet kan rettes, og så står det som kommunens eget.',
      'En kommune kan støtte en barriere én gang, aldrig sin egen, med en kommentar og sit eget skøn.',
      'Lægges to barrierer sammen, flytter alle støtter og kommentarer med over på den, der beholdes, og dublettens indberetter bliver støtter. Begge barrierer viser sammenlægningen. Man kan ikke lægge en barriere sammen med sig selv eller med en, der selv er lagt sammen med en tredje.',
    ],
    rankTitle: 'Sådan rangeres listen',
    rank: [
      'Først efter antal støttende kommuner (den indberettende tæller ikke med), derefter efter det samlede skøn, så efter alder.',
      'Det samlede skøn tæller hver kommunes skøn én gang (det største, hvis den har flere efter en sammenlægning), i faste priser for det nyeste år, et skøn er angivet i. Et skøn i et andet års priser omregnes med pris- og lønindekset; dækker indekset ikke året, tælles skønnet ikke med, og antallet står ved barrieren. Priser fra forskellige år blandes aldrig.',
      'Skønnene er kommunernes egne og ikke efterprøvede.',
    ],
  },
  budget: {
    title: 'Budgetopfølgning: Spørg hvorfor',
    intro: [
      'Budgetopfølgningen sætter regnskabet over for budgettet pr. område og år: en funktion i den kommunale kontoplan (fx 5.30.27 Pleje og omsorg af primært ældre), nettodriftsudgifter pr. indbygger. Budgettet kommer fra Danmarks Statistiks BUDK32 og regnskabet fra REGK31, eller fra importerede filer.',
    ],
    rules: [
      'Afvigelsen er regnskab minus budget: positiv er merforbrug, negativ mindreforbrug. Den vises i kr. pr. indbygger, i kroner i alt (gange indbyggertallet 1. januar) og i procent af budgettet.',
      'Inden for et år er begge tal i regnskabets prisniveau (løbende priser). Er budgettet gemt i et andet prisniveau, omregnes det med pris- og lønindekset; uden et indeks for året udelades året og nævnes.',
      'En afvigelse tæller, når den er mindst 5 % af budgettet og mindst 10 kr. pr. indbygger; kronegrænsen holder små funktioner med store procenter ude.',
      'Et område markeres som "gentaget afvigelse", når det afviger i mindst to af de fire nyeste år med både budget og regnskab.',
      'Kommunen forklarer en afvigelse med en årsag (demografi, priser, aktivitet, politisk beslutning, konteringsændring, engangsforhold, andet) og en tekst, offentlig eller intern. Sammenligningskommunernes afvigelser på samme område står ved siden af, med deres offentlige forklaringer.',
      'Indtil der er budgettal i databasen, siger siden det og viser ingen tabel.',
    ],
  },
};
