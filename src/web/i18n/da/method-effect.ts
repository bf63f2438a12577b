/** The method page's section on the effect check of initiatives (issue 17, DESIGN.md §3.8). */
export const methodEffect = {
  title: 'Effekttjek af initiativer',
  intro: [
    'En kommune registrerer et effektiviseringsinitiativ med den forventede gevinst ved budgettet og den realiserede ved regnskabet. Effekttjekket spørger, om gevinsten kan ses i de nøgletal, initiativet er knyttet til: har kommunens udgift udviklet sig anderledes end hos kommuner, der ligner den, fra startåret?',
    'Tjekket vises ved siden af den oplyste gevinst, aldrig i stedet for den. Egne opgørelser er svagt bevis (det britiske rigsrevision fandt, at kun 26 % af de indberettede besparelser holdt); data fra sammenligningskommunerne er et andet bevis.',
  ],
  steps: [
    'Vinduet: kun regnskabsår; budgetår er en plan, ikke et resultat, og udelades. Ved et definitionsbrud bruges kun den side, startåret ligger på: et brud før starten flytter førperioden frem til bruddet, et brud efter starten afslutter vinduet året før. Svaret siger, hvilke år der er skåret fra og hvorfor.',
    'Sammenligningskommunerne: de 20 kommuner, der ligner mest på temaets rammevilkår i året før starten. Kommuner, der selv har et initiativ på samme nøgletal, udelades og nævnes.',
    'Forskel-i-forskelle: afstanden mellem kommunen og gruppens gennemsnit efter starten, minus den samme afstand før starten.',
    'Syntetisk kontrol: ikke-negative vægte, der summer til 1, over sammenligningskommunerne, valgt så den vægtede kommune bedst rammer kommunens tal i årene før starten (mindste kvadraters fejl, `min Σ_t (y_t − Σ_j w_j y_jt)²`). Efter starten er den syntetiske kommune et bud på, hvad der var sket uden initiativet.',
    'Placebotesten: den samme model for hver sammenligningskommune, som om den var startet samme år. Beviset er kommunens rang efter forholdet mellem fejlen efter og før starten (RMSPE). Fejlen før tælles mindst som nøgletallets normale udsving (medianen af kommunernes afvigelse fra deres egen trend før starten); en kommune, som de andre ikke kan ramme før starten, indgår ikke i rangen.',
    'Kroner: estimatet pr. år gange kommunens volumen samme år (fx antal 18+-årige), i faste priser for det nyeste år med pris- og lønindeks, som alle beløb i svaret.',
  ],
  verdictsTitle: 'Vurderingen',
  verdicts: [
    '"Synlig i nøgletallene": udgiften ligger under den syntetiske kontrol efter starten, forskel-i-forskelle peger samme vej, kommunen er i den øverste tiendedel af placebotesten (rang/antal højst 0,1, så der skal mindst 10 kommuner til), og forskellen er mindst to gange nøgletallets normale udsving.',
    '"Ikke synlig": udgiften ligger ikke under den syntetiske kontrol, eller mindst halvdelen af sammenligningskommunerne afveg lige så meget uden et initiativ.',
    '"Uklar": alt derimellem.',
  ],
  refusalsTitle: 'Ingen vurdering, og hvorfor',
  refusals: [
    'færre end 3 regnskabsår før starten i vinduet (fx når et definitionsbrud efter starten gør de tidligere år usammenlignelige);',
    'intet regnskabsår efter starten (kun budget);',
    'den syntetiske kontrol rammer kommunens tal før starten dårligere end sammenligningskommunernes indbyrdes spredning: kommunen ligner ikke en blanding af dem;',
    'færre end 2 sammenligningskommuner med værdier i hele vinduet.',
  ],
  limitsTitle: 'Grænser',
  limits: [
    'Et nøgletal måler hele området, og et initiativ er ofte en lille del af det. "Ikke synlig" betyder ikke, at gevinsten ikke findes, kun at den ikke kan ses i nøgletallet.',
    'Alle kommuner i sammenligningen har samme år, så fælles ændringer (lovgivning, overenskomster) går ud. Lokale hændelser samme år (en lukket institution, en ny opgørelsespraksis) gør ikke.',
    'Modellen genskaber kun nøgletallets niveau før starten, ikke rammevilkårene. Den publicerede metode (Abadie og Gardeazabal 2003) vægter også forklarende variable. Vores løsning er afprøvet mod en uafhængig løser på deres data for Baskerlandet (vægte ens til 1e-9) og på simulerede paneler med en indlagt effekt.',
    'Med få år før starten og mange sammenligningskommuner kan en kombination ramme tallene før starten perfekt uden at forklare dem; derfor gulvet ved nøgletallets normale udsving.',
  ],
};
