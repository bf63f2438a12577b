import { ATTRIBUTIONS as A } from '../../../core/index.ts';
import type { Widen } from '../widen.ts';
import type { da } from '../da/index.ts';

export const method: Widen<typeof da.method> = {
  title: 'Method',
  lead: 'How Potentiale computes: whom a municipality is compared with, which level it is compared with, how the potential is found, how development is measured, and where the figures come from. Every computation is open and can be checked.',
  notAVerdictBox:
    'The figures are a map of where it pays to ask questions, not a verdict. Money is not the same as quality, and a municipality may prioritise differently.',
  tocTitle: 'Contents',
  where: 'where',
  backToTop: 'Back to the contents',

  peers: {
    title: 'Comparable municipalities (peer groups)',
    intro:
      'A figure says most when it is compared with municipalities that are alike. For each municipality, Potentiale finds the municipalities most like it in structural conditions: circumstances the municipality does not control in the short run, such as size, settlement, age mix, social conditions and economic base.',
    variablesIntro: 'By default eight structural conditions are used, all with weight 1:',
    variables: [
      'Population (as a logarithm)',
      'Population density, inhabitants per km² (as a logarithm)',
      'Share of the population living in urban areas',
      'Share aged 0-17',
      'Share aged 67 and over',
      'Socioeconomic index (national average = 1)',
      'Expenditure need per inhabitant (from the equalisation system)',
      'Tax base per inhabitant',
    ],
    logNote:
      'Population and density span several orders of magnitude. With the logarithm a doubling counts the same whether the municipality is small or large, so Copenhagen does not dominate every distance.',
    standardiseIntro:
      'The conditions are measured in very different units (kroner, per cent, index). So each variable is standardised across all municipalities to a z-score: how many standard deviations the municipality lies from the mean.',
    standardise: {
      expression: 'z_{ik} = (x_{ik} − m_k) / s_k',
      spoken: 'z i k equals x i k minus m k, divided by s k.',
      legend: [
        {
          symbol: 'x_{ik}',
          spoken: 'x i k',
          meaning:
            'municipality i’s value of variable k (the logarithm for population and density)',
        },
        {
          symbol: 'm_k',
          spoken: 'm k',
          meaning: 'the mean of variable k over all municipalities that have a value',
        },
        {
          symbol: 's_k',
          spoken: 's k',
          meaning: 'the standard deviation of variable k over the same municipalities (n − 1)',
        },
      ],
    },
    distanceIntro:
      'The distance between two municipalities is the weighted distance between their z-scores, in standard deviations:',
    distance: {
      expression: 'd(a, b) = √( Σ_k w_k × (z_{ak} − z_{bk})^2 )',
      spoken:
        'd of a and b equals the square root of the sum over all variables k of w k times the square of z a k minus z b k.',
      legend: [
        {
          symbol: 'd(a, b)',
          spoken: 'd of a and b',
          meaning:
            'the structural distance between municipalities a and b; 0 means alike in every condition',
        },
        {
          symbol: 'w_k',
          spoken: 'w k',
          meaning: 'the weight of variable k: 1 unless the theme says otherwise (see below)',
        },
        {
          symbol: 'z_{ak}',
          spoken: 'z a k',
          meaning: 'municipality a’s z-score on variable k',
        },
      ],
    },
    nearest: [
      'The peer group `G(i)` is the k municipalities with the smallest distance to municipality i; the municipality itself is never in it. The default is k = 10, and k can be chosen from 1 to 97. Equal distances go to the lower municipality code, so the result is always the same.',
      'For each peer, the distance and each variable’s share of the squared distance `d^2` are shown, so you can see why that municipality is in the group and in which conditions it differs most.',
      'A municipality lacking one of the variables cannot be placed and is not a candidate; it is listed as left out. The conditions are taken from the chosen year, or from the nearest earlier year in which at least 90 % of the municipalities have every variable.',
    ],
    themesTitle: 'Different conditions for different themes',
    themesIntro:
      'What drives the cost of elderly care is not what drives the cost of schools. So the conditions are weighted by the key figure’s theme:',
    themes: [
      'Elderly and health: the share aged 67 and over counts double.',
      'Children and young people: the share aged 0-17 counts double.',
      'Specialised adult services, and Employment, health, social and family: the socioeconomic index counts double.',
      'Integration: the number of citizens of non-Western countries per 10,000 inhabitants is added with weight 2.',
      'Technical services, environment and cross-cutting operations: density and the urban share count double (roads, buses and waste follow settlement).',
      'Other key figures use the default set.',
    ],
    themesNote:
      'The weights are judgements, not laws of nature. They are written in the code (src/core/peers) so they can be read and argued with.',
    otherTitle: 'Other peer groups',
    other: [
      'All municipalities: the 97 others.',
      'Same region: the other municipalities in the municipality’s region.',
      'Same province: the other municipalities in the municipality’s province (one of Statistics Denmark’s 11 landsdele, e.g. Landsdel Østjylland).',
      'Your own list of municipality codes, or a saved group such as a network of partner municipalities (saved with `potentiale groups save`).',
    ],
  },

  levels: {
    title: 'Benchmark levels',
    intro:
      'The benchmark `c*` is the unit cost the municipality is compared with. It is computed over the peer group, always without the municipality itself. Municipalities without a value that year are left out; a figure is never guessed. If none is left, no benchmark is shown, and the reason is given.',
    listIntro: 'Potentiale can compute these levels. `c_j` is peer j’s value of the key figure.',
    items: [
      {
        name: 'Median (default)',
        formula: {
          expression: 'c* = median_{j∈G(i)} (c_j)',
          spoken: 'c star equals the median of c j over the peer group.',
        },
        text: 'The middle value of the group; with an even count, the mean of the two middle ones. The default, because a single municipality with an extreme or wrong figure does not move it.',
      },
      {
        name: 'Unweighted mean',
        formula: {
          expression: 'c* = (1/n) × Σ_j c_j',
          spoken: 'c star equals the sum of c j divided by the count n.',
        },
        text: 'The simple average: every municipality counts the same, whatever its size.',
      },
      {
        name: "Weighted mean (noegletal.dk's 'Gennemsnit')",
        formula: {
          expression: 'c* = Σ_j C_j / Σ_j Q_j = Σ_j (c_j × Q_j) / Σ_j Q_j',
          spoken: 'c star equals the sum of the costs C j divided by the sum of the volumes Q j.',
        },
        text: 'The group’s total cost divided by its total target group (the ratio of sums): the unit cost of the group as if it were one municipality. Large municipalities weigh more. `C_j = c_j × Q_j` is the municipality’s total cost. It is the figure noegletal.dk shows as ‘Gennemsnit’ for the chosen municipalities.',
      },
      {
        name: '25th percentile (best quartile)',
        formula: {
          expression: 'c* = percentile_{25} (c_j)',
          spoken: 'c star equals the 25th percentile of c j.',
        },
        text: 'The value that a quarter of the group is at or below (linear interpolation between the nearest values). For figures where higher is better, the 75th percentile is used. An ambitious but reachable level.',
      },
      {
        name: 'Best municipality',
        formula: {
          expression: 'c* = min_j (c_j)',
          spoken: 'c star equals the smallest value c j in the group.',
        },
        text: 'The lowest value in the group (the highest where higher is better). At least one municipality reaches it, but it gives the largest potential; always look at which municipality it is.',
      },
      {
        name: 'Need-adjusted median',
        formula: {
          expression: 'c*_i = E_i × median_j (c_j / E_j)',
          spoken: 'c star i equals E i times the median of c j divided by E j.',
        },
        text: '`E` is the expenditure need per inhabitant from the equalisation system. The group’s cost per krone of need is taken as a median and multiplied by the municipality’s own need, so a municipality with a greater need gets a higher benchmark.',
      },
      {
        name: 'Regression-adjusted',
        formula: {
          expression: 'c*_i = ŷ_i + median_j (c_j − ŷ_j),  ŷ_i = β_0 + Σ_k β_k x_{ik}',
          spoken:
            'c star i equals y hat i plus the median of c j minus y hat j, where y hat i is beta 0 plus the sum over k of beta k times x i k.',
        },
        text: 'A linear regression (ordinary least squares) over all municipalities explains the unit cost by the eight default structural conditions. `ŷ_i` is the municipality’s expected unit cost. The benchmark is that expected value plus the peers’ median deviation from their own expected values. The model is estimated once per key figure and year.',
      },
      {
        name: 'DEA (CRS and VRS)',
        formula: {
          expression: 'c*_i = (θ_i × C_i − s⁻_i) / Q_i',
          spoken: 'c star i equals theta i times C i minus the slack s minus i, divided by Q i.',
        },
        text: 'The municipality is compared with the best combination of other municipalities that deliver at least the same volume. Computed over all municipalities with a value and a volume that year, not only the peer group. See the section on DEA.',
      },
      {
        name: 'Chosen municipality',
        formula: {
          expression: 'c* = c_m',
          spoken: 'c star equals c m, the chosen municipality’s value.',
        },
        text: 'One particular municipality’s value, e.g. a neighbour or a partner.',
      },
    ],
  },

  potential: {
    title: 'Potential',
    intro:
      'The potential is the amount the municipality would spend less (or more) a year if its unit cost were at the benchmark, with its own target group:',
    formula: {
      expression: 'P_i = (c_i − c*_i) × Q_i',
      spoken: 'P i equals c i minus c star i, times Q i.',
      legend: [
        { symbol: 'P_i', spoken: 'P i', meaning: 'the potential of municipality i, in DKK a year' },
        {
          symbol: 'c_i',
          spoken: 'c i',
          meaning: 'the municipality’s own unit cost, e.g. DKK per person aged 67+',
        },
        {
          symbol: 'c*_i',
          spoken: 'c star i',
          meaning: 'the benchmark at the chosen level, in the same unit',
        },
        {
          symbol: 'Q_i',
          spoken: 'Q i',
          meaning:
            'the volume (target group) in the same year, e.g. the number aged 67+ = population × share aged 67+ / 100',
        },
      ],
    },
    example:
      'A worked example with round numbers: if the municipality spends DKK 32,000 per person aged 67+, the benchmark is DKK 29,000, and it has 8,000 residents over 67, the potential is (32,000 − 29,000) × 8,000 = DKK 24 m a year.',
    signTitle: 'The sign',
    sign: [
      'Positive: the municipality spends more than the benchmark. The amount is what it would spend less at the benchmark’s unit cost.',
      'Negative: the municipality spends less than the benchmark (underspending).',
      'For figures where higher is better, the sign is turned, `(c*_i − c_i) × Q_i`, so positive always means room to improve.',
    ],
    positiveIntro:
      'The potential is shown both with its sign and as its positive part, so that underspending never looks like a potential:',
    positive: {
      expression: 'P^{+}_i = max(0, P_i)',
      spoken: 'P plus i equals the larger of 0 and P i.',
    },
    corridorTitle: 'The potential corridor',
    corridor: [
      'The choice of benchmark matters a lot. So the potential is computed at every level: mean, weighted mean, median, best quartile, best municipality, need-adjusted and regression-adjusted. The lowest and highest are shown as a corridor, with the level that gives each. A potential is never shown as one number alone.',
      'Figures where neither higher nor lower is better have no best municipality and no best quartile. A level that cannot be computed (e.g. without the expenditure need) does not count in the corridor.',
    ],
    corridorFormula: {
      expression: 'corridor = [ min_ℓ P_i(ℓ) ; max_ℓ P_i(ℓ) ]',
      spoken:
        'The corridor runs from the smallest to the largest potential P i over the benchmark levels l.',
    },
  },

  packageRule: {
    title: 'The potential package',
    intro:
      'A potential package gathers a municipality’s potentials per theme and in total. Only figures whose potential is money are added up: unit costs where lower is better and that have a volume. Quality, activity and structural figures are shown beside them, never added.',
    rules: [
      'Overall levels across areas, such as service expenditure, net operating expenditure and total expenditure per inhabitant, are never added to the areas’ figures. They are shown beside the package as the municipality’s overall level.',
      'Figures that overlap (an area and its parts, e.g. day care net and private childminding, or figures with shared costs) form a family. In each family the set of mutually non-overlapping figures that covers the most money is counted: the municipality’s own spending `C = c × Q`, added up. A small sub-figure can therefore never push its whole area out of the package. On equal money, the most figures per age group win, then the most figures, then by id. A family of more than 20 figures is chosen greedily, largest spending first, and the package says so.',
      'Each figure is counted under one theme, its first, so the themes’ sums add up to the package’s sum. Where a figure is also shown under another theme, it says where it is counted.',
      'A figure that is not counted says why: which figure it overlaps, and how much money the family covers with and without it.',
    ],
    sumsTitle: 'Potential and net position',
    sums: 'The package shows two sums. The potential is the sum of the positive potentials, `Σ max(0, P_i)`: how much less the municipality could spend at the benchmark where it spends more. The net position is the signed sum, with lower spending netted off. It is not money to be found, but where the municipality stands against the benchmark overall.',
    coverageTitle: 'Coverage',
    coverageIntro: 'The package says how much of the municipality’s spending its figures cover:',
    coverage: {
      expression: 'coverage = Σ_f (c_f × Q_f) / (N × population)',
      spoken:
        'The coverage is the sum over the package’s figures f of c f times Q f, divided by N times the population.',
      legend: [
        {
          symbol: 'N',
          spoken: 'N',
          meaning:
            'net operating expenditure per inhabitant in the same year and price level; where it is missing, service expenditure per inhabitant is used, and the package says so',
        },
      ],
    },
    coverageText:
      'Below 50 % the package’s total speaks for that part of the spending only, with a warning. Below 25 % the year is not comparable as a whole: the total then depends more on which figures the year has than on the municipality’s spending, so it is not shown as a result.',
  },

  prices: {
    title: 'Price levels: current and fixed prices',
    intro: [
      'An amount always has a price level. In current prices each year’s amount is in that year’s own prices. In fixed prices every year is converted to one base year’s prices, e.g. 2010 prices, so that rising prices and wages do not look like higher spending.',
      'Potentiale stores every figure as published, with its price level, and shows the price level with the amounts, e.g. “DKK, 2019 prices”. Amounts in different price levels are never added and never shown as a change.',
      'In the current data the full key-figure export (1993-2019) is in fixed 2010 prices, while the newer single-figure exports and Statistics Denmark’s accounts (REGK31) are in current prices.',
    ],
    indexTitle: 'The price and wage index',
    indexIntro:
      'An amount is converted with a price and wage index `I_t`, the price level of year t relative to a base year:',
    conversion: {
      expression: 'amount_b = amount_a × I_b / I_a',
      spoken:
        'The amount in year b’s prices equals the amount in year a’s prices times I b divided by I a.',
      legend: [
        {
          symbol: 'I_t',
          spoken: 'I t',
          meaning:
            'the price and wage index in year t (1 in the base year); for an amount in current prices, a or b is the year itself',
        },
      ],
    },
    index: [
      'The index is data with provenance like any other figure. Potentiale derives it from exports that overlap: for each figure and year stored both in fixed and in current prices, the ratio between the two is the same for all 98 municipalities (and exactly 1 in the base year). A figure’s factor for a year is the median of the municipalities’ ratios and is used only when at least 90 % of them give the same ratio within rounding. The year’s index is the median over the figures, and its spread (smallest and largest ratio, and how many municipalities agree) is stored with it. A figure whose ratios differ from the general index by more than 0.1 % gets its own.',
      'In the current data the derived index covers 1993-2018: about 0.60 in 1993 and 1.12 in 2018 with 2010 = 1. An index can also be imported as a file (`year;index;base`) or fetched from Statistics Denmark. An imported index is used before a fetched one, and a fetched one before a derived one.',
    ],
    defaultsTitle: 'Which price level is shown?',
    defaults: [
      'A single year is shown in its own prices (current prices) by default, e.g. the package for 2018 in 2018 prices.',
      'A development over several years is shown in fixed prices of the newest year an index reaches, so the years can be compared.',
      'On the municipality page the price level can be chosen: current prices or fixed prices of a given year. The choice is kept in the address, e.g. `?prices=2010`.',
    ],
    missingTitle: 'Without an index',
    missing:
      'Where the index lacks a year that a conversion needs, the amount is shown in the price level it was published in, and it says that it is not converted, e.g. “not converted: no price index for 2019”. A package never mixes price levels: if most of its figures cannot reach the year’s own prices, the whole package is shown in the published level (e.g. budget 2019 in 2010 prices), with a warning. If you choose a price level the index does not reach, the page says so instead of showing the figures in another level.',
  },

  yearKinds: {
    title: 'Accounts, budget and the package’s year',
    intro:
      'Every figure is accounts, budget or an estimate, and the page writes it with the year, e.g. “budget 2019”. Accounts and budget of the same year are both kept and never mixed; where one number per year is shown, the accounts win.',
    ruleTitle: 'How the kind is found',
    rule: [
      'An export from De Kommunale Nøgletal has a date line. A year is accounts when the export is dated 1 July of the following year or later: the municipalities approve their accounts by 1 June, and noegletal.dk publishes them over the summer. Later years in the export are budget. The full export is dated September 2019, so 2019 is budget, and 2018 and earlier are accounts.',
      'Without a date line every year counts as accounts. Statistics Denmark’s REGK31 is accounts.',
    ],
    defaultTitle: 'Which year does the package open on?',
    default:
      'The package opens on the newest year that is mainly accounts (more than half of the package’s money) and covers at least half of the net operating expenditure. Where there is no such year, it opens on the newest year with figures. The year picker shows for each year whether it is accounts or budget, how many figures the package has and its coverage, e.g. “2018 · accounts · 12 key figures · coverage 97 %”.',
  },

  warnings: {
    title: 'Warnings',
    intro:
      'A potential can be fragile. Potentiale says so in words next to the number it concerns, rather than staying silent. The warnings are:',
    items: [
      {
        name: 'Distant peers',
        text: 'The municipality’s distance to its k-th nearest peer (the 10th by default) is above the 95th percentile of the same distance over all 98 municipalities. The benchmark then rests on municipalities less alike than peers usually are.',
      },
      {
        name: 'Stands out',
        text: 'The municipality’s value lies more than 3 robust standard deviations from its peers’ median: `|c_i − median_j c_j| > 3 × 1.4826 × MAD`, where MAD is the median absolute deviation from the median (when it is 0, 1.2533 × the mean absolute deviation is used). At least 3 peers with a value are needed. Islands such as Læsø, Fanø, Samsø and Ærø are the typical case: the potential then reflects special conditions more than efficiency.',
      },
      {
        name: 'Small target group',
        text: 'The volume is below 100 (persons, pupils) or below 25 % of the peers’ median. A few persons more or less then move the unit cost a lot.',
      },
      {
        name: 'Definition break',
        text: 'The definition of the figure changed in the year or in the three years before (within 4 years). Figures before and after the break are not comparable.',
      },
      {
        name: 'Budget figures',
        text: 'The year is budget (or an estimate), not accounts: the municipalities’ plan for the year, and the accounts may end elsewhere.',
      },
      {
        name: 'Low coverage',
        text: 'The package’s figures cover less than 50 % of the net operating expenditure, so the total speaks for that part only. Below 25 % the year is not comparable as a whole, and the total is not shown as a result.',
      },
      {
        name: 'Price conversion',
        text: 'The amounts were converted with a price and wage index (its source and years named), or they could not be converted to the price level asked for and are shown as published.',
      },
    ],
    outro:
      'The warnings are also machine-readable in the API (`warnings` with a `code`, the numbers behind it and the text in Danish and English), so other systems can show them the same way.',
  },

  development: {
    title: 'Development over time',
    intro:
      'Is the municipality moving towards or away from its peers? Potentiale measures development relative to the group. No price deflator is needed: price changes are the same for everyone and cancel in the ratio.',
    index: {
      expression: 'r_{i,t} = c_{i,t} / ( (1/n) × Σ_{j∈G(i)} c_{j,t} )',
      spoken: 'r i t equals c i t divided by the mean of c j t over the peer group.',
      legend: [
        {
          symbol: 'r_{i,t}',
          spoken: 'r i t',
          meaning:
            'the municipality’s relative level in year t (index): 1 is the group mean, 1.10 is 10 % above',
        },
        { symbol: 'c_{i,t}', spoken: 'c i t', meaning: 'the municipality’s value in year t' },
        { symbol: 'n', spoken: 'n', meaning: 'the number of peers with a value in year t' },
      ],
    },
    changeIntro: 'Over the chosen window from year `from` to year `to`, the page shows:',
    change: {
      expression: 'Δr = r_{i,to} − r_{i,from}',
      spoken: 'Delta r equals r in the last year minus r in the first year.',
    },
    changeText: 'the change in the relative level, in index points, and',
    growth: {
      expression: 'annual growth = (c_{i,to} / c_{i,from})^{1/(to − from)} − 1',
      spoken:
        'The annual growth equals c in the last year divided by c in the first year, to the power of 1 divided by the number of years, minus 1.',
    },
    growthText:
      'the average annual growth in each year’s own prices (current prices), so it includes rising prices and wages; the index `r` does not, as prices cancel in the ratio to the group.',
    details: [
      'The group is held fixed over the window and formed on the structural conditions of its last year. A peer without a value in a year is left out of that year’s mean, and this is stated.',
      'Municipalities developing differently from us: for each peer, its change is measured against the same reference, our group’s mean, and compared with our own change. Those that moved most differently come first. They are the obvious ones to ask what they did.',
      'The definitions of key figures sometimes change, e.g. when a target group changed from 67+ to 65+, or when elderly and adults with special needs were split in 2018. Such breaks are shown, and development across a break is not comparable.',
    ],
  },

  talkTo: {
    title: 'Whom to talk to?',
    intro:
      'A potential is a question, not an answer. The best next step is often to call a municipality that is like you and does better. Potentiale suggests whom:',
    steps: [
      'The candidates are the peer group, which can be widened to the nearest N municipalities in structural conditions.',
      'A candidate must do better on the figure: lower where lower is better, higher where higher is better. Equal is not better.',
      'The candidate must not be worse on the quality and activity figures the catalogue links to the figure (e.g. places in nursing homes beside the cost of elderly care). A missing figure is shown as unknown and does not disqualify; neutral figures are shown but not judged.',
      'The remaining candidates are ranked by a score that rewards both a large lead and close similarity:',
    ],
    score: {
      expression: 'score_j = ( |c_i − c_j| / s ) / ( 1 + d(i, j) )',
      spoken:
        'The score of municipality j equals the difference between c i and c j in standard deviations, divided by 1 plus the structural distance d between i and j.',
      legend: [
        {
          symbol: '|c_i − c_j|',
          spoken: 'the difference between c i and c j',
          meaning: 'the lead, in the figure’s unit',
        },
        {
          symbol: 's',
          spoken: 's',
          meaning:
            'the figure’s standard deviation over all municipalities, so the lead is on a common scale',
        },
        {
          symbol: 'd(i, j)',
          spoken: 'd of i and j',
          meaning: 'the structural distance, as in the peer group',
        },
      ],
    },
    after: [
      'Equal scores go to the smaller distance, then the lower municipality code. Every municipality on the list comes with a reason in words: its value against yours, how much better it is, how alike it is, and how it stands on the quality figures.',
      'Figures where neither higher nor lower is better are not ranked. With DEA (below), the DEA reference municipalities, those with `λ_j > 0`, are a natural choice of whom to learn from.',
    ],
  },

  portal: {
    title: 'The knowledge portal: what did the others do?',
    intro:
      'The knowledge portal collects cases, recommendations, inspiration catalogues, guides, tools and news. Each item is linked to the key figures and municipalities it is about, so it can be found from a potential.',
    steps: [
      'From a key figure with a potential, the municipality page shows the published items of municipalities that are like you and do better on the figure: the list from "Whom should we talk to?" above.',
      'Items are ordered by how alike the municipality is, then by date. When initiatives get an effect check, that check weighs too, and it comes from the data, not from the author.',
      'Search uses PostgreSQL’s Danish stems ("udbuddet" finds "udbud"), splits compound words into known parts ("ældreområdet" finds "ældre") and finds misspellings by comparing letter groups ("hjemmeplje").',
    ],
    after: [
      'Items marked "Example" are written by the Potentiale project from public sources, which each item names. They do not measure any effect.',
      'A municipality’s editors write its items; national editors can write and curate all. Every change is saved as a new version, so the history can be read.',
    ],
  },

  dea: {
    title: 'DEA (data envelopment analysis)',
    intro: [
      'DEA finds the municipalities that, on the figures, get the most out of their resources, and lays a frontier of best practice over them. Each municipality is compared with the best weighted combination of other municipalities that deliver at least as much. The method assumes nothing about what the right unit cost is.',
      'As a benchmark level Potentiale uses DEA with one input, the total cost `C_i = c_i × Q_i`, and one output, the volume `Q_i`. The model is input-oriented (how far can the cost fall at the same volume) and computed over all municipalities with a value and a volume that year.',
    ],
    model: {
      expression: 'θ_i = min θ,  such that  Σ_j λ_j C_j ≤ θ × C_i,  Σ_j λ_j Q_j ≥ Q_i,  λ_j ≥ 0',
      spoken:
        'Theta i is the smallest theta such that the sum of lambda j times C j is at most theta times C i, the sum of lambda j times Q j is at least Q i, and every lambda j is greater than or equal to 0.',
      legend: [
        {
          symbol: 'θ_i',
          spoken: 'theta i',
          meaning: 'the municipality’s efficiency, between 0 and 1',
        },
        {
          symbol: 'λ_j',
          spoken: 'lambda j',
          meaning:
            'municipality j’s weight in the combination the municipality is compared with; those with `λ_j > 0` are its DEA reference municipalities',
        },
      ],
    },
    rtsTitle: 'CRS and VRS',
    crsName: 'CRS, constant returns to scale',
    crs: 'Size does not matter: the combination may be scaled freely up and down. With one input and one output this amounts to comparing with the lowest unit cost among all municipalities.',
    vrsName: 'VRS, variable returns to scale',
    vrs: 'The weights must sum to 1, `Σ_j λ_j = 1`, so the municipality is compared only with municipalities of about its own size or combinations of them. A small municipality is not expected to reach a large one’s unit cost, and vice versa. Efficiency under VRS is never lower than under CRS.',
    efficiencyTitle: 'What does efficiency 1 mean?',
    efficiency:
      'Efficiency 1 means the municipality is on the frontier: no combination of other municipalities delivers the same volume for less money. It does not mean the municipality is perfect, only that the figures show nobody doing it cheaper. An efficiency of 0.78 means the frontier delivers the same volume for 78 % of the cost.',
    potentialIntro: 'The DEA potential in DKK is',
    potential: {
      expression: 'P_i = (1 − θ_i) × C_i + s⁻_i',
      spoken: 'P i equals 1 minus theta i, times C i, plus the slack s minus i.',
      legend: [
        {
          symbol: 's⁻_i',
          spoken: 's minus i',
          meaning:
            'a further possible saving beyond the proportional one, found in a second step with θ held fixed (the slack)',
        },
      ],
    },
    potentialText:
      'The corresponding benchmark is `c*_i = (θ_i × C_i − s⁻_i) / Q_i`. The DEA potential is never negative.',
    more: 'With the command `potentiale dea` and the API (`POST /api/v1/dea`) you can build your own models with several inputs and outputs, fixed inputs such as the expenditure need, output orientation and super-efficiency. The computations give the same results as the R package Benchmarking.',
    caution:
      'DEA is sensitive to extreme values and data errors: one municipality with an unusually low figure can move the frontier for everyone. So always look at the reference municipalities and their figures.',
  },

  reading: {
    title: 'Not a verdict: how to read the figures',
    intro:
      'Potentiale is a map of where it pays to ask questions, not a judgement of what a municipality does wrong.',
    points: [
      'Money is not the same as quality. Always look at quality and activity figures beside the cost.',
      'A municipality may have good reason to prioritise differently: a high figure can be a political choice.',
      'Structural conditions do not capture everything. Geography, special institutions and local circumstances can explain differences.',
      'The figures have uncertainty and breaks. A year may be budget rather than accounts, and the page says so; figures before 2007 are estimates for today’s 98 municipalities; definitions change. See the warnings with the figures.',
      'Look at the price level with the amount: 2010 prices and 2019 prices are not the same, and amounts in different price levels cannot be compared directly.',
      'Look at the corridor, not at one number: the choice of benchmark moves the potential.',
      'Ask why: talk to the municipalities that do things differently, and find out what lies behind it.',
    ],
  },

  sources: {
    title: 'Data sources',
    intro:
      'Potentiale uses public data. The source is given with every figure (hover over the figure or move the focus to it); here is where the data come from and how they may be used.',
    items: [
      {
        name: 'De Kommunale Nøgletal (municipal key figures)',
        publisher: A.noegletal.publisherEn,
        publisherDanish: A.noegletal.publisherDa,
        url: A.noegletal.url,
        urlLabel: 'noegletal.dk',
        what: 'The municipalities’ key figures since 1993: cost per target group, population and age mix, socioeconomic index, expenditure need, tax base and much more. Exported as CSV or XLSX from noegletal.dk. The export’s date line decides which years are accounts and which budget (see Accounts and budget). The full export is in fixed 2010 prices, single-figure exports in current prices; figures before the 2007 reform are estimates recalculated for today’s 98 municipalities.',
        licence:
          'A free public database from the ministry. No licence text comes with the exports, so the source is cited.',
        citation: `Source: ${A.noegletal.citationEn}`,
      },
      {
        name: 'Statistikbanken (StatBank Denmark)',
        publisher: A.statbank.publisherEn,
        publisherDanish: A.statbank.publisherDa,
        url: A.statbank.url,
        urlLabel: 'statistikbanken.dk',
        what: 'REGK31, the municipal accounts: net operating expenditure per inhabitant by function of the municipal chart of accounts, accounts in current prices. FOLK1A: the population. The classification of regions, provinces (landsdele) and municipalities. Fetched directly from the StatBank API (api.statbank.dk) with `potentiale fetch`, or imported from exported files.',
        licence: `Free to reuse with attribution (${A.statbank.licence ?? ''}).`,
        citation: `Source: ${A.statbank.citationEn} (e.g. REGK31)`,
      },
      {
        name: 'DAGI, municipal boundaries',
        publisher: `${A.dagi.publisherEn}, today through Dataforsyningen`,
        publisherDanish: A.dagi.publisherDa,
        url: A.dagi.url,
        urlLabel: 'dataforsyningen.dk',
        what: 'The municipal and regional boundaries for the map, from Denmark’s Administrative Geographical Division, generalised to 1:500,000 (2014). Municipal boundaries have not changed materially since 2007.',
        licence: 'Free data, with attribution.',
        citation: `Source: ${A.dagi.citationEn}`,
      },
      {
        name: 'Your own figures (tidy CSV)',
        publisher: 'Whoever imports the file',
        publisherDanish: '',
        url: '',
        urlLabel: '',
        what: 'Other figures, e.g. extracts from FLIS, can be imported as a simple CSV file with the columns `municipality_code;year;key_figure;value`. They are shown with the file’s name as the source.',
        licence: 'Whoever imports the file answers for its source and the right to use it.',
        citation: 'Source: the file’s name',
      },
    ],
    publisherLabel: 'Publisher',
    whatLabel: 'What',
    licenceLabel: 'Terms',
    citationLabel: 'Attribution',
    linkLabel: 'Website',
    loaded: 'What this installation has loaded, and when, is on the page',
    loadedLink: 'Data',
  },
};
