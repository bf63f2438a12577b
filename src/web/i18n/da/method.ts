import { ATTRIBUTIONS as A } from '../../../core/index.ts';

/**
 * Text of the Method page: how Potentiale computes (DESIGN.md §3, as src/core does it) and
 * where the data come from. Formulas use `_i` for subscripts and `^2` for superscripts, and
 * each has a `spoken` form for screen readers; `backticks` in running text mark symbols.
 */
export const method = {
  title: 'Metode',
  lead: 'Sådan regner Potentiale: hvem en kommune sammenlignes med, hvilket niveau den sammenlignes med, hvordan potentialet findes, hvordan udviklingen måles, og hvor tallene kommer fra. Alle beregninger er åbne og kan efterprøves.',
  notAVerdictBox:
    'Tallene er et landkort over, hvor det kan betale sig at stille spørgsmål, ikke et facit. Penge er ikke det samme som kvalitet, og en kommune kan prioritere anderledes.',
  tocTitle: 'Indhold',
  where: 'hvor',
  backToTop: 'Til indholdsfortegnelsen',

  peers: {
    title: 'Sammenligningskommuner',
    intro:
      'Et tal siger mest, når det sammenlignes med kommuner, der ligner. Potentiale finder for hver kommune de kommuner, der ligner den mest på rammevilkår: forhold, som kommunen ikke selv styrer på kort sigt, som størrelse, bosætning, alderssammensætning, sociale forhold og økonomisk grundlag.',
    variablesIntro: 'Som standard bruges otte rammevilkår, alle med vægten 1:',
    variables: [
      'Indbyggertal (som logaritme)',
      'Befolkningstæthed, indbyggere pr. km² (som logaritme)',
      'Andel af befolkningen i bymæssig bebyggelse',
      'Andel 0-17-årige',
      'Andel 67+-årige',
      'Socioøkonomisk indeks (landsgennemsnit = 1)',
      'Udgiftsbehov pr. indbygger (fra udligningssystemet)',
      'Beskatningsgrundlag pr. indbygger',
    ],
    logNote:
      'Indbyggertal og tæthed spænder over flere størrelsesordener. Med logaritmen tæller en fordobling lige meget, uanset om kommunen er lille eller stor, så København ikke dominerer alle afstande.',
    standardiseIntro:
      'Rammevilkårene måles i vidt forskellige enheder (kroner, procent, indeks). Derfor standardiseres hver variabel over alle kommuner til en z-score: hvor mange standardafvigelser kommunen ligger fra gennemsnittet.',
    standardise: {
      expression: 'z_{ik} = (x_{ik} − m_k) / s_k',
      spoken: 'z i k er lig med x i k minus m k, divideret med s k.',
      legend: [
        {
          symbol: 'x_{ik}',
          spoken: 'x i k',
          meaning:
            'kommune i’s værdi af variabel k (logaritmen for indbyggertal og befolkningstæthed)',
        },
        {
          symbol: 'm_k',
          spoken: 'm k',
          meaning: 'gennemsnittet af variabel k over alle kommuner, der har en værdi',
        },
        {
          symbol: 's_k',
          spoken: 's k',
          meaning: 'standardafvigelsen af variabel k over de samme kommuner (med n − 1)',
        },
      ],
    },
    distanceIntro:
      'Afstanden mellem to kommuner er den vægtede afstand mellem deres z-scores, målt i standardafvigelser:',
    distance: {
      expression: 'd(a, b) = √( Σ_k w_k × (z_{ak} − z_{bk})^2 )',
      spoken:
        'd af a og b er lig med kvadratroden af summen over alle variable k af w k gange kvadratet på z a k minus z b k.',
      legend: [
        {
          symbol: 'd(a, b)',
          spoken: 'd af a og b',
          meaning:
            'den strukturelle afstand mellem kommune a og b; 0 betyder ens på alle rammevilkår',
        },
        {
          symbol: 'w_k',
          spoken: 'w k',
          meaning: 'vægten af variabel k: 1, medmindre temaet siger andet (se nedenfor)',
        },
        {
          symbol: 'z_{ak}',
          spoken: 'z a k',
          meaning: 'kommune a’s z-score på variabel k',
        },
      ],
    },
    nearest: [
      'Sammenligningsgruppen `G(i)` er de k kommuner med den mindste afstand til kommune i; kommunen selv er aldrig med. Standard er k = 10, og k kan vælges fra 1 til 97. Ved lige store afstande vælges den laveste kommunekode, så resultatet altid er det samme.',
      'For hver sammenligningskommune vises afstanden og hver variabels andel af den kvadrerede afstand `d^2`. Så kan man se, hvorfor netop den kommune er med, og på hvilke rammevilkår den afviger mest.',
      'En kommune, der mangler en af variablerne, kan ikke placeres og er ikke kandidat; den nævnes som udeladt. Rammevilkårene tages fra det valgte år, eller fra det nærmeste tidligere år, hvor mindst 90 % af kommunerne har alle variablerne.',
    ],
    themesTitle: 'Forskellige rammevilkår for forskellige temaer',
    themesIntro:
      'Det, der driver udgifterne til ældrepleje, er ikke det samme, som driver udgifterne til skoler. Derfor vægtes rammevilkårene efter nøgletallets tema:',
    themes: [
      'Ældre og sundhed: andelen af 67+-årige tæller dobbelt.',
      'Børn og unge: andelen af 0-17-årige tæller dobbelt.',
      'Det specialiserede voksenområde og Beskæftigelse, sundhed, social og familie: det socioøkonomiske indeks tæller dobbelt.',
      'Integration: antal statsborgere fra ikke-vestlige lande pr. 10.000 indbyggere lægges til med vægten 2.',
      'Teknik, miljø og tværgående drift: befolkningstæthed og andel i bymæssig bebyggelse tæller dobbelt (veje, busser og affald følger bosætningen).',
      'Øvrige nøgletal bruger standardsættet.',
    ],
    themesNote:
      'Vægtene er vurderinger, ikke naturlove. De står i koden (src/core/peers), så de kan læses og diskuteres.',
    otherTitle: 'Andre sammenligningsgrupper',
    other: [
      'Alle kommuner: de 97 andre.',
      'Samme region: de øvrige kommuner i kommunens region.',
      'Samme landsdel: de øvrige kommuner i kommunens landsdel (en af Danmarks Statistiks 11 landsdele, fx Landsdel Østjylland).',
      'En egen liste af kommunekoder, eller en gemt gruppe, fx et netværk af samarbejdskommuner (gemmes med `potentiale groups save`).',
    ],
  },

  levels: {
    title: 'Benchmarkniveauer',
    intro:
      'Benchmarket `c*` er den enhedsudgift, kommunen sammenlignes med. Det beregnes over sammenligningsgruppen, altid uden kommunen selv. Kommuner uden en værdi det år udelades; der gættes aldrig et tal. Er der ingen tilbage, vises intet benchmark, og der står hvorfor.',
    listIntro:
      'Potentiale kan beregne disse niveauer. `c_j` er sammenligningskommune j’s værdi af nøgletallet.',
    items: [
      {
        name: 'Median (standard)',
        formula: {
          expression: 'c* = median_{j∈G(i)} (c_j)',
          spoken: 'c-stjerne er lig med medianen af c j over sammenligningsgruppen.',
        },
        text: 'Den midterste værdi i gruppen; ved et lige antal gennemsnittet af de to midterste. Standard, fordi en enkelt kommune med et ekstremt eller forkert tal ikke flytter den.',
      },
      {
        name: 'Uvægtet gennemsnit',
        formula: {
          expression: 'c* = (1/n) × Σ_j c_j',
          spoken: 'c-stjerne er lig med summen af c j divideret med antallet n.',
        },
        text: 'Det simple gennemsnit: hver kommune tæller lige meget, uanset størrelse.',
      },
      {
        name: "Vægtet gennemsnit (noegletal.dk's »Gennemsnit«)",
        formula: {
          expression: 'c* = Σ_j C_j / Σ_j Q_j = Σ_j (c_j × Q_j) / Σ_j Q_j',
          spoken:
            'c-stjerne er lig med summen af udgifterne C j divideret med summen af volumenerne Q j.',
        },
        text: 'Gruppens samlede udgift divideret med dens samlede målgruppe (forholdet mellem summerne): enhedsudgiften for gruppen, som var den én kommune. Store kommuner vægter mere. `C_j = c_j × Q_j` er kommunens samlede udgift. Det er dette tal, noegletal.dk viser som »Gennemsnit« for de valgte kommuner.',
      },
      {
        name: '25. percentil (bedste kvartil)',
        formula: {
          expression: 'c* = percentil_{25} (c_j)',
          spoken: 'c-stjerne er lig med 25-procent-percentilen af c j.',
        },
        text: 'Den værdi, som en fjerdedel af gruppen ligger på eller under (lineær interpolation mellem de nærmeste værdier). For nøgletal, hvor højere er bedre, bruges 75. percentil. Et ambitiøst, men opnåeligt niveau.',
      },
      {
        name: 'Bedste kommune',
        formula: {
          expression: 'c* = min_j (c_j)',
          spoken: 'c-stjerne er lig med den mindste værdi c j i gruppen.',
        },
        text: 'Den laveste værdi i gruppen (den højeste, hvor højere er bedre). Niveauet er nået af mindst én kommune, men giver det største potentiale; se altid på, hvilken kommune det er.',
      },
      {
        name: 'Behovskorrigeret median',
        formula: {
          expression: 'c*_i = E_i × median_j (c_j / E_j)',
          spoken: 'c-stjerne i er lig med E i gange medianen af c j divideret med E j.',
        },
        text: '`E` er udgiftsbehovet pr. indbygger fra udligningssystemet. Gruppens udgift pr. behovskrone findes som median og ganges med kommunens eget behov, så en kommune med større behov får et højere benchmark.',
      },
      {
        name: 'Regressionskorrigeret',
        formula: {
          expression: 'c*_i = ŷ_i + median_j (c_j − ŷ_j),  ŷ_i = β_0 + Σ_k β_k x_{ik}',
          spoken:
            'c-stjerne i er lig med y-hat i plus medianen af c j minus y-hat j, hvor y-hat i er beta 0 plus summen over k af beta k gange x i k.',
        },
        text: 'En lineær regression (mindste kvadraters metode) over alle kommuner forklarer enhedsudgiften med de otte rammevilkår fra standardsættet. `ŷ_i` er kommunens forventede enhedsudgift. Benchmarket er den forventede værdi plus sammenligningskommunernes median-afvigelse fra deres egen forventede værdi. Modellen estimeres én gang pr. nøgletal og år.',
      },
      {
        name: 'DEA (CRS og VRS)',
        formula: {
          expression: 'c*_i = (θ_i × C_i − s⁻_i) / Q_i',
          spoken:
            'c-stjerne i er lig med theta i gange C i minus slack s minus i, divideret med Q i.',
        },
        text: 'Kommunen sammenlignes med den bedste kombination af andre kommuner, der leverer mindst samme volumen. Beregnes over alle kommuner med værdi og volumen det år, ikke kun sammenligningsgruppen. Se afsnittet om DEA.',
      },
      {
        name: 'Valgt kommune',
        formula: {
          expression: 'c* = c_m',
          spoken: 'c-stjerne er lig med c m, den valgte kommunes værdi.',
        },
        text: 'Én bestemt kommunes værdi, fx en nabo eller en kommune, man samarbejder med.',
      },
    ],
  },

  potential: {
    title: 'Potentiale',
    intro:
      'Potentialet er det beløb, kommunen ville bruge mindre (eller mere) om året, hvis dens enhedsudgift var på benchmarkets niveau, med sin egen målgruppe:',
    formula: {
      expression: 'P_i = (c_i − c*_i) × Q_i',
      spoken: 'P i er lig med c i minus c-stjerne i, ganget med Q i.',
      legend: [
        { symbol: 'P_i', spoken: 'P i', meaning: 'potentialet for kommune i, i kroner om året' },
        {
          symbol: 'c_i',
          spoken: 'c i',
          meaning: 'kommunens egen enhedsudgift, fx kroner pr. 67+-årig',
        },
        {
          symbol: 'c*_i',
          spoken: 'c-stjerne i',
          meaning: 'benchmarket på det valgte niveau, i samme enhed',
        },
        {
          symbol: 'Q_i',
          spoken: 'Q i',
          meaning:
            'volumenen (målgruppen) samme år, fx antal 67+-årige = indbyggertal × andel 67+-årige / 100',
        },
      ],
    },
    example:
      'Regneeksempel med runde tal: bruger kommunen 32.000 kr. pr. 67+-årig, er benchmarket 29.000 kr., og har kommunen 8.000 borgere over 67 år, er potentialet (32.000 − 29.000) × 8.000 = 24 mio. kr. om året.',
    signTitle: 'Fortegnet',
    sign: [
      'Positivt: kommunen bruger mere end benchmarket. Beløbet er, hvad den ville bruge mindre med benchmarkets enhedsudgift.',
      'Negativt: kommunen bruger mindre end benchmarket (mindreforbrug).',
      'For nøgletal, hvor højere er bedre, vendes fortegnet til `(c*_i − c_i) × Q_i`, så positivt altid betyder plads til forbedring.',
    ],
    positiveIntro:
      'Potentialet vises både med fortegn og som den positive del, så et mindreforbrug ikke ser ud som et potentiale:',
    positive: {
      expression: 'P^{+}_i = max(0, P_i)',
      spoken: 'P plus i er lig med det største af 0 og P i.',
    },
    corridorTitle: 'Potentialekorridoren',
    corridor: [
      'Valget af benchmark betyder meget. Derfor beregnes potentialet ved alle niveauerne: gennemsnit, vægtet gennemsnit, median, bedste kvartil, bedste kommune, behovskorrigeret og regressionskorrigeret. Det laveste og det højeste vises som en korridor, med det niveau, der giver hvert. Et potentiale vises aldrig som ét tal alene.',
      'Nøgletal, hvor hverken højere eller lavere er bedre, har ingen bedste kommune og ingen bedste kvartil. Et niveau, der ikke kan beregnes (fx uden udgiftsbehov), tæller ikke med i korridoren.',
    ],
    corridorFormula: {
      expression: 'korridor = [ min_ℓ P_i(ℓ) ; max_ℓ P_i(ℓ) ]',
      spoken:
        'Korridoren går fra det mindste til det største potentiale P i over benchmarkniveauerne l.',
    },
  },

  packageRule: {
    title: 'Potentialepakken',
    intro:
      'En potentialepakke samler en kommunes potentialer pr. tema og i alt. Kun nøgletal, hvis potentiale er penge, lægges sammen: enhedsudgifter, hvor lavere er bedre, og som har en volumen. Kvalitets-, aktivitets- og strukturtal vises ved siden af, men lægges aldrig til.',
    rules: [
      'Samlede niveauer på tværs af områder, fx serviceudgifter, nettodriftsudgifter og udgifter i alt pr. indbygger, lægges aldrig sammen med områdernes nøgletal. De vises ved siden af pakken som kommunens samlede niveau.',
      'Nøgletal, der overlapper (et område og dets dele, fx dagtilbud netto og private pasningsordninger, eller nøgletal med fælles udgifter), udgør en familie. I hver familie tælles det sæt af nøgletal uden indbyrdes overlap, der dækker flest penge: kommunens egen udgift `C = c × Q`, lagt sammen. Et lille delnøgletal kan derfor aldrig skubbe hele sit område ud af pakken. Ved lige mange penge vælges flest nøgletal pr. aldersgruppe, dernæst flest nøgletal, dernæst efter id. En familie med mere end 20 nøgletal vælges grådigt, største udgift først, og pakken siger det.',
      'Hvert nøgletal tælles under ét tema, sit første, så temaernes summer tilsammen giver pakkens sum. Står et nøgletal også under et andet tema, står der, hvor det er talt med.',
      'Et nøgletal, der ikke tælles med, siger hvorfor: hvilket nøgletal det overlapper, og hvor mange penge familien dækker med og uden det.',
    ],
    sumsTitle: 'Potentiale og nettoposition',
    sums: 'Pakken viser to summer. Potentialet er summen af de positive potentialer, `Σ max(0, P_i)`: så meget mindre kunne kommunen bruge, hvis den lå på benchmark dér, hvor den bruger mere. Nettopositionen er summen med fortegn, hvor mindreforbrug modregnes. Den er ikke penge at finde, men siger, hvor kommunen samlet står mod benchmark.',
    coverageTitle: 'Dækning',
    coverageIntro: 'Pakken siger, hvor stor en del af kommunens udgifter dens nøgletal dækker:',
    coverage: {
      expression: 'dækning = Σ_f (c_f × Q_f) / (N × indbyggertal)',
      spoken:
        'Dækningen er summen over pakkens nøgletal f af c f gange Q f, divideret med N gange indbyggertallet.',
      legend: [
        {
          symbol: 'N',
          spoken: 'N',
          meaning:
            'nettodriftsudgifterne pr. indbygger samme år og i samme prisniveau; mangler de, bruges serviceudgifterne pr. indbygger, og pakken siger det',
        },
      ],
    },
    coverageText:
      'Under 50 % gælder pakkens total kun den del af udgifterne, og der står en advarsel. Under 25 % kan året ikke sammenlignes som helhed: totalen afhænger da mere af, hvilke nøgletal der findes for året, end af kommunens udgifter, så den vises ikke som et resultat.',
  },

  prices: {
    title: 'Prisniveauer: løbende og faste priser',
    intro: [
      'Et beløb har altid et prisniveau. I løbende priser er hvert års beløb i årets egne priser. I faste priser er alle år regnet om til ét basisårs priser, fx 2010-priser, så pris- og lønstigninger ikke ligner et større forbrug.',
      'Potentiale gemmer hvert tal, som det er offentliggjort, med sit prisniveau og viser prisniveauet ved beløbene, fx »kr., 2019-priser«. Beløb i forskellige prisniveauer lægges aldrig sammen og vises aldrig som en ændring.',
      'På de nuværende data er den samlede nøgletalseksport (1993-2019) i faste 2010-priser, mens de nyere eksporter af enkelte nøgletal og Danmarks Statistiks regnskaber (REGK31) er i løbende priser.',
    ],
    indexTitle: 'Pris- og lønindekset',
    indexIntro:
      'Et beløb regnes om med et pris- og lønindeks `I_t`, som er prisniveauet i år t i forhold til et basisår:',
    conversion: {
      expression: 'beløb_b = beløb_a × I_b / I_a',
      spoken:
        'Beløbet i år b’s priser er lig med beløbet i år a’s priser gange I b divideret med I a.',
      legend: [
        {
          symbol: 'I_t',
          spoken: 'I t',
          meaning:
            'pris- og lønindekset i år t (1 i basisåret); for et beløb i løbende priser er a eller b året selv',
        },
      ],
    },
    index: [
      'Indekset er data med oprindelse som alle andre tal. Potentiale afleder det af eksporter, der overlapper: for hvert nøgletal og år, der findes både i faste og i løbende priser, er forholdet mellem de to det samme for alle 98 kommuner (og præcis 1 i basisåret). Et nøgletals faktor for et år er medianen af kommunernes forhold og bruges kun, når mindst 90 % af kommunerne giver det samme forhold inden for afrunding. Årets indeks er medianen over nøgletallene, og spredningen (mindste og største forhold, og hvor mange kommuner der er enige) gemmes med det. Et nøgletal, hvis forhold afviger mere end 0,1 % fra det generelle indeks, får sit eget.',
      'På de nuværende data dækker det afledte indeks 1993-2018: omtrent 0,60 i 1993 og 1,12 i 2018, når 2010 er 1. Et indeks kan også importeres som en fil (`år;indeks;basis`) eller hentes fra Danmarks Statistik. Et importeret indeks bruges før et hentet, og et hentet før et afledt.',
    ],
    defaultsTitle: 'Hvilket prisniveau vises?',
    defaults: [
      'Et enkelt år vises som standard i årets egne priser (løbende priser), fx potentialepakken for 2018 i 2018-priser.',
      'En udvikling over flere år vises i faste priser i det nyeste år, som et indeks når, så årene kan sammenlignes.',
      'På kommunesiden kan prisniveauet vælges: løbende priser eller faste priser i et bestemt år. Valget står i adressen, fx `?prices=2010`.',
    ],
    missingTitle: 'Uden et indeks',
    missing:
      'Mangler indekset et år, som omregningen kræver, vises beløbet i det prisniveau, det er offentliggjort i, og der står, at det ikke er omregnet, fx »ikke omregnet: intet prisindeks for 2019«. En pakke blander aldrig prisniveauer: kan de fleste af dens nøgletal ikke nå årets egne priser, vises hele pakken i det offentliggjorte prisniveau (fx budget 2019 i 2010-priser), og der står en advarsel. Har man selv valgt et prisniveau, som indekset ikke når, siger siden det i stedet for at vise tallene i et andet niveau.',
  },

  yearKinds: {
    title: 'Regnskab, budget og pakkens år',
    intro:
      'Hvert tal er enten regnskab, budget eller et skøn, og siden skriver det ved året, fx »budget 2019«. Regnskab og budget for samme år gemmes begge og blandes aldrig; hvor der vises ét tal pr. år, vinder regnskabet.',
    ruleTitle: 'Hvordan året bestemmes',
    rule: [
      'En eksport fra De Kommunale Nøgletal har en datolinje. Et år er regnskab, når eksporten er dateret 1. juli året efter eller senere: kommunerne godkender regnskabet senest 1. juni, og noegletal.dk offentliggør det hen over sommeren. De senere år i eksporten er budget. Den samlede eksport er dateret september 2019, så 2019 er budget, og 2018 og tidligere er regnskab.',
      'Uden en datolinje regnes alle år som regnskab. Danmarks Statistiks REGK31 er regnskab.',
    ],
    defaultTitle: 'Hvilket år åbner pakken på?',
    default:
      'Pakken åbner på det nyeste år, der mest er regnskab (over halvdelen af pengene i pakken) og dækker mindst halvdelen af nettodriftsudgifterne. Findes der ikke noget sådant år, åbner den på det nyeste år med nøgletal. Årsvælgeren viser for hvert år, om det er regnskab eller budget, hvor mange nøgletal pakken har, og dens dækning, fx »2018 · regnskab · 12 nøgletal · dækning 97 %«.',
  },

  warnings: {
    title: 'Advarsler',
    intro:
      'Et potentiale kan være skrøbeligt. Potentiale siger det i ord ved det tal, det gælder, i stedet for at tie. Advarslerne er:',
    items: [
      {
        name: 'Fjerne sammenligningskommuner',
        text: 'Kommunens afstand til sin k-te nærmeste sammenligningskommune (den 10. som standard) er større end 95-procent-percentilen af den samme afstand for alle 98 kommuner. Benchmarket bygger da på kommuner, der ligner mindre, end sammenligningskommuner plejer.',
      },
      {
        name: 'Skiller sig ud',
        text: 'Kommunens værdi ligger mere end 3 robuste standardafvigelser fra sammenligningskommunernes median: `|c_i − median_j c_j| > 3 × 1,4826 × MAD`, hvor MAD er medianen af de absolutte afvigelser fra medianen (er den 0, bruges 1,2533 × den gennemsnitlige absolutte afvigelse). Det kræver mindst 3 sammenligningskommuner med en værdi. Øer som Læsø, Fanø, Samsø og Ærø er det typiske eksempel: potentialet afspejler da særlige vilkår mere end effektivitet.',
      },
      {
        name: 'Lille målgruppe',
        text: 'Volumenen er under 100 (personer, elever) eller under 25 % af sammenligningskommunernes median. Få personer mere eller mindre flytter da enhedsudgiften meget.',
      },
      {
        name: 'Databrud',
        text: 'Opgørelsen af nøgletallet blev ændret i året eller i de tre år før (inden for 4 år). Tal fra før og efter bruddet kan ikke sammenlignes.',
      },
      {
        name: 'Budgettal',
        text: 'Året er budget (eller et skøn), ikke regnskab: kommunernes plan for året, og regnskabet kan ende et andet sted.',
      },
      {
        name: 'Lav dækning',
        text: 'Pakkens nøgletal dækker under 50 % af nettodriftsudgifterne, så totalen kun gælder den del. Under 25 % kan året ikke sammenlignes som helhed, og totalen vises ikke som et resultat.',
      },
      {
        name: 'Prisomregning',
        text: 'Beløbene er regnet om med et pris- og lønindeks (med dets kilde og år), eller de kunne ikke regnes om til det ønskede prisniveau og vises, som de er offentliggjort.',
      },
    ],
    outro:
      'Advarslerne er også maskinlæsbare i API’et (`warnings` med `code`, tallene bag og teksten på dansk og engelsk), så andre systemer kan vise dem på samme måde.',
  },

  development: {
    title: 'Udvikling over tid',
    intro:
      'Er kommunen på vej mod eller væk fra sine sammenligningskommuner? Potentiale måler udviklingen i forhold til gruppen. Det kræver ingen prisomregning: prisudviklingen er den samme for alle og går ud i forholdet.',
    index: {
      expression: 'r_{i,t} = c_{i,t} / ( (1/n) × Σ_{j∈G(i)} c_{j,t} )',
      spoken:
        'r i t er lig med c i t divideret med gennemsnittet af c j t over sammenligningsgruppen.',
      legend: [
        {
          symbol: 'r_{i,t}',
          spoken: 'r i t',
          meaning:
            'kommunens relative niveau i år t (indeks): 1 er gruppens gennemsnit, 1,10 er 10 % over',
        },
        { symbol: 'c_{i,t}', spoken: 'c i t', meaning: 'kommunens værdi i år t' },
        {
          symbol: 'n',
          spoken: 'n',
          meaning: 'antal sammenligningskommuner med en værdi i år t',
        },
      ],
    },
    changeIntro: 'Over den valgte periode fra år `fra` til år `til` vises:',
    change: {
      expression: 'Δr = r_{i,til} − r_{i,fra}',
      spoken: 'Delta r er lig med r i slutåret minus r i startåret.',
    },
    changeText: 'ændringen i det relative niveau, i indekspoint, og',
    growth: {
      expression: 'årlig vækst = (c_{i,til} / c_{i,fra})^{1/(til − fra)} − 1',
      spoken:
        'Den årlige vækst er lig med c i slutåret divideret med c i startåret, opløftet i 1 divideret med antal år, minus 1.',
    },
    growthText:
      'den gennemsnitlige årlige vækst i hvert års egne priser (løbende priser), så den rummer også pris- og lønudviklingen; indekset `r` gør ikke, for prisudviklingen går ud i forholdet til gruppen.',
    details: [
      'Gruppen holdes fast over hele perioden og dannes på rammevilkårene i periodens sidste år. En sammenligningskommune uden værdi et år udelades af det års gennemsnit, og det oplyses.',
      'Kommuner med en anden udvikling end os: for hver sammenligningskommune beregnes dens ændring målt mod den samme reference, vores gruppes gennemsnit, og forskellen til vores egen ændring. De, der har bevæget sig mest anderledes, vises først. Dem er det oplagt at spørge, hvad de har gjort.',
      'Nøgletallenes definitioner ændrer sig undertiden, fx da en målgruppe skiftede fra 67+ til 65+-årige, eller da ældre og voksne med særlige behov blev delt op i 2018. Sådanne brud vises, og udviklingen hen over et brud er ikke sammenlignelig.',
    ],
  },

  talkTo: {
    title: 'Hvem skal vi tale med?',
    intro:
      'Et potentiale er et spørgsmål, ikke et svar. Det bedste næste skridt er ofte at ringe til en kommune, der ligner jer og gør det bedre. Potentiale foreslår hvem:',
    steps: [
      'Kandidaterne er sammenligningsgruppen, som kan udvides til de nærmeste N kommuner på rammevilkår.',
      'En kandidat skal være bedre på nøgletallet: lavere, hvor lavere er bedre, og højere, hvor højere er bedre. Lige godt er ikke bedre.',
      'Kandidaten må ikke være dårligere på de kvalitets- og aktivitetstal, som nøgletalskataloget knytter til nøgletallet (fx pladser i plejeboliger ved siden af udgiften til ældre). Mangler et tal, står det som ukendt og udelukker ikke; neutrale tal vises, men vurderes ikke.',
      'De tilbageværende rangeres efter en score, der belønner både et stort forspring og stor lighed:',
    ],
    score: {
      expression: 'score_j = ( |c_i − c_j| / s ) / ( 1 + d(i, j) )',
      spoken:
        'Scoren for kommune j er lig med forskellen mellem c i og c j målt i standardafvigelser, divideret med 1 plus den strukturelle afstand d mellem i og j.',
      legend: [
        {
          symbol: '|c_i − c_j|',
          spoken: 'forskellen mellem c i og c j',
          meaning: 'forspringet, i nøgletallets enhed',
        },
        {
          symbol: 's',
          spoken: 's',
          meaning:
            'nøgletallets standardafvigelse over alle kommuner, så forspringet måles i en fælles skala',
        },
        {
          symbol: 'd(i, j)',
          spoken: 'd af i og j',
          meaning: 'den strukturelle afstand, som i sammenligningsgruppen',
        },
      ],
    },
    after: [
      'Ved lige score vinder den mindste afstand, derefter den laveste kommunekode. Hver kommune på listen har en begrundelse i ord: dens værdi mod jeres, hvor meget bedre den er, hvor meget den ligner, og hvordan den står på kvalitetstallene.',
      'Nøgletal, hvor hverken højere eller lavere er bedre, rangeres ikke. Med DEA (nedenfor) er DEA-referencekommunerne, dem med `λ_j > 0`, et naturligt bud på, hvem man kan lære af.',
    ],
  },

  portal: {
    title: 'Videnportalen: hvad gjorde de andre?',
    intro:
      'Videnportalen samler cases, anbefalinger, inspirationskataloger, vejledninger, værktøjer og nyheder. Hvert stykke indhold er knyttet til de nøgletal og kommuner, det handler om, så det kan findes fra et potentiale.',
    steps: [
      'Fra et nøgletal med et potentiale viser kommunesiden det udgivne indhold fra kommuner, der ligner jer og gør det bedre på nøgletallet: listen fra "Hvem skal vi tale med?" ovenfor.',
      'Indholdet ordnes efter, hvor meget kommunen ligner jer, og derefter efter dato. Når indsatser får et effekttjek, vægter det tjek også, og det kommer fra data, ikke fra forfatteren.',
      'Søgningen bruger PostgreSQLs danske ordstammer ("udbuddet" finder "udbud"), deler sammensatte ord i kendte dele ("ældreområdet" finder "ældre") og finder stavefejl ved at sammenligne bogstavgrupper ("hjemmeplje").',
    ],
    after: [
      'Indhold mærket "Eksempel" er skrevet af Potentiale-projektet ud fra offentlige kilder, som hvert stykke nævner. Det er ikke en opgørelse af en effekt.',
      'Kommunens redaktører skriver kommunens indhold; de nationale redaktører kan skrive og kuratere alt. Hver ændring gemmes som en ny version, så historikken kan læses.',
    ],
  },

  dea: {
    title: 'DEA (dataindhyllingsanalyse)',
    intro: [
      'DEA, Data Envelopment Analysis, finder de kommuner, der ud fra tallene får mest ud af ressourcerne, og lægger en front af bedste praksis hen over dem. Hver kommune sammenlignes med den bedste vægtede kombination af andre kommuner, der leverer mindst lige så meget. Metoden kræver ingen antagelse om, hvad den rigtige enhedsudgift er.',
      'Som benchmarkniveau bruger Potentiale DEA med ét input, den samlede udgift `C_i = c_i × Q_i`, og ét output, volumenen `Q_i`. Modellen er inputorienteret (hvor meget kan udgiften sænkes ved samme volumen) og regnes over alle kommuner med værdi og volumen det år.',
    ],
    model: {
      expression: 'θ_i = min θ,  så  Σ_j λ_j C_j ≤ θ × C_i,  Σ_j λ_j Q_j ≥ Q_i,  λ_j ≥ 0',
      spoken:
        'Theta i er det mindste theta, så summen af lambda j gange C j højst er theta gange C i, summen af lambda j gange Q j mindst er Q i, og alle lambda j er større end eller lig med 0.',
      legend: [
        {
          symbol: 'θ_i',
          spoken: 'theta i',
          meaning: 'kommunens effektivitet, mellem 0 og 1',
        },
        {
          symbol: 'λ_j',
          spoken: 'lambda j',
          meaning:
            'kommune j’s vægt i den kombination, kommunen sammenlignes med; kommunerne med `λ_j > 0` er dens DEA-referencekommuner',
        },
      ],
    },
    rtsTitle: 'CRS og VRS',
    crsName: 'CRS, konstant skalaafkast',
    crs: 'Størrelse er ligegyldig: kombinationen må skaleres frit op og ned. Med ét input og ét output svarer det til at sammenligne med den laveste enhedsudgift blandt alle kommuner.',
    vrsName: 'VRS, variabelt skalaafkast',
    vrs: 'Vægtene skal summe til 1, `Σ_j λ_j = 1`, så kommunen kun sammenlignes med kommuner af omtrent samme størrelse eller kombinationer af dem. En lille kommune forventes ikke at nå en stor kommunes enhedsudgift, og omvendt. Effektiviteten under VRS er aldrig lavere end under CRS.',
    efficiencyTitle: 'Hvad betyder effektivitet 1?',
    efficiency:
      'Effektivitet 1 betyder, at kommunen ligger på fronten: ingen kombination af andre kommuner leverer samme volumen for færre penge. Det betyder ikke, at kommunen er perfekt, kun at tallene ikke viser nogen, der gør det billigere. En effektivitet på 0,78 betyder, at fronten leverer samme volumen for 78 % af udgiften.',
    potentialIntro: 'DEA-potentialet i kroner er',
    potential: {
      expression: 'P_i = (1 − θ_i) × C_i + s⁻_i',
      spoken: 'P i er lig med 1 minus theta i, gange C i, plus slack s minus i.',
      legend: [
        {
          symbol: 's⁻_i',
          spoken: 's minus i',
          meaning:
            'en yderligere mulig besparelse ud over den forholdsmæssige, fundet i et andet trin med θ holdt fast (slack)',
        },
      ],
    },
    potentialText:
      'Det tilsvarende benchmark er `c*_i = (θ_i × C_i − s⁻_i) / Q_i`. DEA-potentialet er aldrig negativt.',
    more: 'Med kommandoen `potentiale dea` og API’et (`POST /api/v1/dea`) kan man bygge sine egne modeller med flere input og output, faste input som udgiftsbehov, outputorientering og superefficiens. Beregningerne giver de samme resultater som R-pakken Benchmarking.',
    caution:
      'DEA er følsom over for ekstreme værdier og fejl i data: én kommune med et usædvanligt lavt tal kan flytte fronten for alle. Se derfor altid på referencekommunerne og deres tal.',
  },

  reading: {
    title: 'Ikke et facit: sådan læser du tallene',
    intro:
      'Potentiale er et landkort over, hvor det kan betale sig at stille spørgsmål, ikke en dom over, hvad en kommune gør forkert.',
    points: [
      'Penge er ikke det samme som kvalitet. Se altid kvalitets- og aktivitetstal ved siden af udgiften.',
      'En kommune kan med god grund prioritere anderledes: et højt tal kan være et politisk valg.',
      'Rammevilkårene fanger ikke alt. Geografi, særlige institutioner og lokale forhold kan forklare forskelle.',
      'Tallene har usikkerhed og brud. Et år kan være budget og ikke regnskab, og siden siger det; tal før 2007 er skøn for de nuværende 98 kommuner; definitioner ændrer sig. Se advarslerne ved tallene.',
      'Se prisniveauet ved beløbet: 2010-priser og 2019-priser er ikke det samme, og beløb i forskellige prisniveauer kan ikke sammenlignes direkte.',
      'Se på korridoren, ikke på ét tal: valget af benchmark flytter potentialet.',
      'Spørg hvorfor: tal med de kommuner, der gør det anderledes, og find ud af, hvad der ligger bag.',
    ],
  },

  sources: {
    title: 'Datakilder',
    intro:
      'Potentiale bruger offentlige data. Kilden står ved hvert tal (hold markøren over tallet eller flyt fokus til det), og her er, hvor data kommer fra, og hvordan de må bruges.',
    items: [
      {
        name: A.noegletal.productDa,
        publisher: A.noegletal.publisherDa,
        publisherDanish: '',
        url: A.noegletal.url,
        urlLabel: 'noegletal.dk',
        what: 'Kommunernes nøgletal fra 1993: udgifter pr. målgruppe, befolkning og alderssammensætning, socioøkonomisk indeks, udgiftsbehov, beskatningsgrundlag og meget mere. Eksporteres som CSV eller XLSX fra noegletal.dk. Eksportens datolinje afgør, hvilke år der er regnskab og hvilke budget (se Regnskab og budget). Den samlede eksport er i faste 2010-priser, eksporter af enkelte nøgletal i løbende priser; tal før kommunalreformen i 2007 er skøn omregnet til de nuværende 98 kommuner.',
        licence:
          'En fri, offentlig database fra ministeriet. Der følger ingen licenstekst med eksporterne, så kilden angives.',
        citation: `Kilde: ${A.noegletal.citationDa}`,
      },
      {
        name: A.statbank.productDa,
        publisher: A.statbank.publisherDa,
        publisherDanish: '',
        url: A.statbank.url,
        urlLabel: 'statistikbanken.dk',
        what: 'REGK31, kommunernes regnskaber: nettodriftsudgifter pr. indbygger fordelt på funktioner i den kommunale kontoplan, regnskab i løbende priser. FOLK1A: befolkningen. Kommuneinddelingen: regioner, landsdele og kommuner. Hentes direkte fra Statistikbankens API (api.statbank.dk) med `potentiale fetch`, eller importeres fra eksporterede filer.',
        licence: `Må genbruges frit med kildeangivelse (${A.statbank.licence ?? ''}).`,
        citation: `Kilde: ${A.statbank.citationDa} (fx REGK31)`,
      },
      {
        name: 'DAGI, kommunegrænser',
        publisher: `${A.dagi.publisherDa} (i dag via Dataforsyningen)`,
        publisherDanish: '',
        url: A.dagi.url,
        urlLabel: 'dataforsyningen.dk',
        what: 'Kommune- og regionsgrænserne til kortet fra Danmarks Administrative Geografiske Inddeling, generaliseret til 1:500.000 (2014). Kommunegrænserne har ikke ændret sig væsentligt siden 2007.',
        licence: 'Frie data med kildeangivelse.',
        citation: `Kilde: ${A.dagi.citationDa}`,
      },
      {
        name: 'Egne tal (tidy CSV)',
        publisher: 'Den, der importerer filen',
        publisherDanish: '',
        url: '',
        urlLabel: '',
        what: 'Andre tal, fx udtræk fra FLIS, kan importeres som en enkel CSV-fil med kolonnerne `municipality_code;year;key_figure;value`. De vises med filens navn som kilde.',
        licence: 'Den, der importerer, står inde for kilden og retten til at bruge tallene.',
        citation: 'Kilde: filens navn',
      },
    ],
    publisherLabel: 'Udgiver',
    whatLabel: 'Hvad',
    licenceLabel: 'Vilkår',
    citationLabel: 'Kildeangivelse',
    linkLabel: 'Websted',
    loaded: 'Hvad der er indlæst i denne installation, og hvornår, står på siden',
    loadedLink: 'Data',
  },
};
