/**
 * The method page's section on the steering model and its self-assessment (issue 19, DESIGN.md
 * §3.9). The thresholds are written as plain numbers; they are those of src/core/steering.
 */
export const methodSteering = {
  title: 'Styringsmodellen og selvevalueringen',
  intro: [
    'Udgifterne til voksne og børn med særlige behov stiger i mange kommuner. Styringsmodellen deler styringen af det specialiserede socialområde i tre centre, der skal arbejde sammen. Et center kan være stærkt alene, men styringen holder først, når de tre ser det samme billede og trækker i samme retning.',
    'Kommunen vurderer sig selv i hvert center, holder vurderingen op mod sine egne nøgletal og mod andre kommuner, der har delt deres resultater, finder de felter, hvor den står svagest, og ser, hvilke sammenlignelige kommuner der står stærkt netop dér.',
  ],
  centres: [
    'Det strategisk-politiske center (byrådet, udvalget og forvaltningens øverste ledelse): mål og prioriteter fra byrådet, fast rapportering til udvalget, strategi for tilbudsviften og beslutninger om serviceniveau.',
    'Det økonomisk-finansielle center (økonomifunktionen og lederne med budgetansvar): budgetafvigelse og prognoser, enhedsomkostninger og priser på købte pladser, opfølgning på købte pladser og investering i forebyggelse med forventet afkast.',
    'Det socialfaglige center (myndighedsrådgiverne, deres ledere og tilbuddene): ensartet visitation, opfølgning på sager og mål, tidlig tværfaglig indsats, overgangen fra børne- til voksenområdet ved 18 år og brug af data i daglige beslutninger.',
  ],
  questionnaireTitle: 'Spørgeskemaet',
  questionnaire: [
    'Spørgeskemaet er en versioneret datafil i projektets kildekode (`content/steering/questionnaire-2026.1.json`), skrevet af projektet selv; ingen konsulents tekst er kopieret. Hvert center har 8–12 udsagn, og hvert felt har mindst 2. En vurdering gemmer den version, den er besvaret på, så en ny version aldrig ændrer et gammelt resultat.',
    'Hvert udsagn er en påstand, som respondenten scorer fra 1 (passer slet ikke) til 5 (passer fuldt ud) eller besvarer med "ved ikke". Ved hvert udsagn står, hvordan 1 og 5 ser ud i praksis, så respondenterne bruger skalaen ens.',
    'En vurdering har flere respondenter, helst fra alle tre centre. Hver respondent er logget ind som redaktør for kommunen, angiver sit eget center og svarer på udsagnene for alle tre centre. Svarene gemmes undervejs, og en halvt udfyldt besvarelse kan genoptages. En besvarelse kan først afsluttes, når alle udsagn har et svar (også "ved ikke"), og kun afsluttede besvarelser tæller.',
  ],
  scoresTitle: 'Score, spredning og karakter',
  scores: [
    'En respondents gennemsnit i et center er gennemsnittet af respondentens tal på centrets udsagn; "ved ikke" er ikke et tal. Respondenten tæller kun med i centret, når mindst halvdelen af centrets udsagn har et tal.',
    'Centrets selvvurdering er gennemsnittet af de tællende respondenters gennemsnit. Spredningen er standardafvigelsen af disse gennemsnit (divideret med antallet, ikke antallet minus 1) og det laveste og højeste af dem.',
    'Et felts score er gennemsnittet af alle de tal, de afsluttede besvarelser har givet på feltets udsagn.',
    'Karakteren pr. center: A ved en selvvurdering på 4,0 eller mere, B fra 3,0 til under 4,0 og C under 3,0. Et center uden tællende svar får ingen karakter.',
  ],
  dataTitle: 'Det økonomisk-finansielle centers datascore',
  dataIntro: [
    'Før nogen har svaret, får det økonomisk-finansielle center en score ud fra nøgletallene. Hver komponent scores fra 1 til 5 ved at holde kommunen op mod medianen af dens sammenligningskommuner. Lavere udgifter og langsommere vækst end sammenligningskommunernes giver en højere score: det måler den økonomiske styring, ikke kvaliteten.',
  ],
  components: [
    {
      text: 'Enhedsomkostningernes niveau, for voksne (udgifter til voksne med særlige behov pr. 18-66-årig) og for børn og unge (udgifter til børn og unge med særlige behov pr. 0-17-årig) hver for sig, i det nyeste regnskabsår:',
      formula: {
        expression: 'd = c_i / m − 1',
        spoken: 'd er lig med c i divideret med m, minus 1.',
        legend: [
          {
            symbol: 'c_i',
            spoken: 'c i',
            meaning: 'kommunens udgift pr. indbygger i aldersgruppen',
          },
          {
            symbol: 'm',
            spoken: 'm',
            meaning: 'medianen af sammenligningskommunernes udgift samme år',
          },
        ],
      },
      bands:
        '`d` ≤ −10 % giver 5; −10 % < `d` ≤ −3 % giver 4; −3 % < `d` < 3 % giver 3; 3 % ≤ `d` < 10 % giver 2; `d` ≥ 10 % giver 1.',
    },
    {
      text: 'Udviklingen, for voksne og for børn og unge hver for sig: kommunens vækstfaktor over de nyeste højst 4 sammenlignelige regnskabsår (uden et definitionsbrud inden for perioden) holdt op mod medianen af sammenligningskommunernes vækstfaktorer over de samme år:',
      formula: {
        expression: 'r = (c_{i,T} / c_{i,S}) / median_j(c_{j,T} / c_{j,S}) − 1',
        spoken:
          'r er lig med kommunens vækstfaktor, c i i år T divideret med c i i år S, divideret med medianen over sammenligningskommunerne j af c j i år T divideret med c j i år S, minus 1.',
        legend: [
          {
            symbol: 'S, T',
            spoken: 'S og T',
            meaning: 'periodens første og sidste år',
          },
          {
            symbol: 'j',
            spoken: 'j',
            meaning: 'sammenligningskommunerne med tal i begge år',
          },
        ],
      },
      bands:
        '`r` ≤ −5 % giver 5; −5 % < `r` ≤ −2 % giver 4; −2 % < `r` < 2 % giver 3; 2 % ≤ `r` < 5 % giver 2; `r` ≥ 5 % giver 1. Et forhold mellem vækstfaktorer afhænger ikke af prisniveauet, så længe alle tal er i det samme.',
    },
    {
      text: 'Budgetafvigelsen på området, funktionerne 5.28.* (børn og unge) og 5.38.* (voksne), i de op til 4 nyeste år, hvor både budget og regnskab findes: afvigelsen mellem regnskab og budget uden fortegn, summeret over funktionerne, i procent af budgettet og i gennemsnit over årene:',
      formula: {
        expression: 'b = (1/n) × Σ_t |R_t − B_t| / |B_t|',
        spoken:
          'b er lig med gennemsnittet over de n år af den numeriske forskel mellem R t og B t, divideret med den numeriske værdi af B t.',
        legend: [
          {
            symbol: 'R_t',
            spoken: 'R t',
            meaning: 'regnskabet i år t, summen over områdets funktioner',
          },
          {
            symbol: 'B_t',
            spoken: 'B t',
            meaning: 'budgettet i år t for de samme funktioner',
          },
          {
            symbol: 'n',
            spoken: 'n',
            meaning: 'antallet af år med både budget og regnskab',
          },
        ],
      },
      bands:
        '`b` ≤ 2 % giver 5; 2 % < `b` ≤ 5 % giver 4; 5 % < `b` ≤ 10 % giver 3; 10 % < `b` ≤ 15 % giver 2; `b` > 15 % giver 1. Både mer- og mindreforbrug tæller: et budget, der ikke holder, er svært at styre efter, uanset retningen.',
    },
  ],
  dataAfter: [
    'Datascoren er gennemsnittet af de komponenter, der kan beregnes (op til fem: niveau og udvikling for voksne og for børn og unge samt budgetafvigelsen), og kræver mindst 2. Den får karakter efter de samme grænser som selvvurderingen: A fra 4,0, B fra 3,0 til under 4,0, C under 3,0. Hver komponent vises med kommunens tal, sammenligningskommunernes median, årene og prisniveauet, og mangler den, står der hvorfor.',
  ],
  preventionTitle: 'Forebyggelsesandelen',
  prevention: [
    'Forebyggelsesandelen er udgiften på funktion 5.28.21 (rådgivning samt forebyggende indsatser eller foranstaltninger og støttende indsatser for børn og unge) i procent af udgifterne til hele området for børn og unge med særlige behov (hovedfunktion 5.28) samme år, når det tal findes (Danmarks Statistiks REGK31 på hovedfunktion); ellers i procent af 5.28.21 + 5.28.22 (plejefamilier), og enheden siger hvilken. Den vises ved det socialfaglige og det strategisk-politiske center med sammenligningskommunernes median.',
    'Den indgår ikke i nogen score: en høj andel kan være en bevidst investering, men den kan også skyldes, at kommunen konterer anderledes, og mere er ikke altid bedre. Den kan kun beregnes, hvor regnskabet er opdelt på funktioner; voksenområdet har ingen funktion, der alene rummer forebyggelse, så andelen findes kun for børn og unge.',
  ],
  findingsTitle: 'Fund: hvor billedet ikke hænger sammen',
  findingsIntro: [
    'Uenighed er et fund i sig selv: modellen virker kun, når centrene ser det samme billede. Et fund er ikke en fejl, men et emne at tale om. Et fund vises, når',
  ],
  findings: [
    'data og selvvurdering er uenige: det økonomisk-finansielle centers selvvurdering og datascore ligger mindst 1,0 point fra hinanden, i den ene eller den anden retning;',
    'respondenterne er uenige om et center: standardafvigelsen af deres gennemsnit er mindst 0,8, eller der er mindst 2,0 point mellem det laveste og det højeste gennemsnit;',
    'svarene på et enkelt udsagn spænder over mindst 3 point (fx 1 mod 4);',
    'centrene ligger langt fra hinanden: der er mindst 1,0 point mellem det højest og det lavest vurderede center;',
    'et centers egne folk ser det anderledes: centrets egne respondenter vurderer det mindst 1,0 point højere (eller lavere) end respondenterne fra de to andre centre.',
  ],
  comparisonTitle: 'Sammenligningen og hvem I kan ringe til',
  comparison: [
    'Kun delte vurderinger indgår. En vurdering er privat, indtil kommunen deler den; først da tæller den med i andres sammenligning og kan læses af andre kommuner, og respondenterne vises da uden navne.',
    'Hvert center holdes op mod gennemsnittet for de kommuner i sammenligningsgruppen, der har delt, og mod gennemsnittet for alle deltagere, der har delt, hver med sin nyeste delte vurdering. Kommunen selv indgår aldrig i de to gennemsnit, og antallet af kommuner står ved hvert gennemsnit.',
    'De svageste felter er de 3 felter med den laveste feltscore. De nævnes med navn, så det er tydeligt, hvad der skal arbejdes med.',
    'Hvem I kan ringe til: for hvert af de svageste felter op til 5 kommuner, der har delt, har en feltscore på mindst 4,0 og ligner kommunen: først kommuner fra sammenligningsgruppen, derefter efter hvor meget de ligner på rammevilkår. Ved hver kommune står dens indslag i videnportalen om styring.',
    'Kommunens tidligere vurderinger vises over tid, så en ny vurdering kan holdes op mod den forrige.',
  ],
  roundsTitle: 'Runder og samtykke',
  rounds: [
    'En national redaktør kan som facilitator åbne en runde for flere kommuner; hver kommune får sin egen vurdering i runden. Facilitatoren ser sammenligningen på tværs af deltagerne samlet.',
    'En deltager ser først de andre deltageres resultater, når alle deltagere har delt deres vurdering. Indtil da ser hver kommune kun sin egen.',
    'Kun kommunens egne redaktører kan svare og dele, og ingen kommune kan læse en anden kommunes vurdering, før den er delt.',
  ],
  limitsTitle: 'Grænser',
  limits: [
    'Selvvurderinger er meninger. De siger, hvordan respondenterne oplever styringen, ikke hvordan den er, og to kommuner kan bruge skalaen forskelligt. Derfor står datascoren og uenighederne ved siden af.',
    'Datascoren dækker kun det, nøgletallene viser: udgiftsniveau, udvikling og hvor godt budgettet holder. Lave udgifter er ikke det samme som god styring eller god kvalitet, og en høj udgift kan skyldes borgere med store behov. Der er kun en datascore for det økonomisk-finansielle center.',
    'Enhedsomkostningerne i nøgletalsdataene slutter med regnskabsåret 2018, så niveauet sammenlignes i et år, der kan ligge flere år tilbage; året står ved hvert tal. Tallet for voksne har et definitionsbrud i 2018 (ny opgørelsesmetode, niveauet for 2018 er usikkert), og udviklingen måles aldrig hen over et brud: så længe dataene slutter i 2018, kan udviklingen for voksne ikke beregnes.',
    'Budgetafvigelsen kræver budgettal pr. funktion (Danmarks Statistiks BUDK32). Uden dem mangler komponenten, og datascoren bygger på de øvrige.',
    'Små grupper: med én eller to respondenter i et center siger spredningen ikke meget, og et gennemsnit over få kommuner, der har delt, kan flytte sig meget, når én kommune kommer til. Antallet står derfor ved hvert tal.',
    'Modellen er et redskab til at tale om styringen, ikke et facit eller en rangliste.',
  ],
};
