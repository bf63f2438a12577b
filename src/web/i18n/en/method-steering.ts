import type { Catalogue } from '../index.ts';

/** The method page's section on the steering model and its self-assessment, in English. */
export const methodSteering: Catalogue['methodSteering'] = {
  title: 'The steering model and the self-assessment',
  intro: [
    'Spending on adults and children with special needs is rising in many municipalities. The steering model divides the steering of the specialised social area into three centres that must work together. A centre can be strong on its own, but steering only holds when the three see the same picture and pull in the same direction.',
    'The municipality assesses itself in each centre, sets the assessment against its own key figures and against other municipalities that have shared their results, finds the fields where it is weakest, and sees which comparable municipalities are strong in exactly those.',
  ],
  centres: [
    'The strategic-political centre (the council, the committee and the administration’s top management): goals and priorities set by the council, regular reporting to the committee, a strategy for the range of offers (tilbudsviften) and decisions on the level of service.',
    'The economic-financial centre (the finance function and the managers with budget responsibility): budget deviation and forecasting, unit costs and prices of purchased places, follow-up on purchased places and investment in prevention with expected returns.',
    'The social-professional centre (the case workers, their managers and the services): consistent assessment practice (visitation), follow-up on cases and goals, early cross-disciplinary effort, the transition from the children’s to the adults’ area at 18 and the use of data in daily decisions.',
  ],
  questionnaireTitle: 'The questionnaire',
  questionnaire: [
    'The questionnaire is a versioned data file in the project’s source code (`content/steering/questionnaire-2026.1.json`), written by the project itself; no consultancy’s text is copied. Each centre has 8–12 statements, and each field at least 2. An assessment keeps the version it was answered on, so a new version never changes an old result.',
    'Each statement is an assertion the respondent scores from 1 (not true at all) to 5 (fully true), or answers with "don’t know". Each statement says what 1 and 5 look like in practice, so the respondents use the scale alike.',
    'An assessment has several respondents, ideally from all three centres. Each respondent is logged in as an editor for the municipality, names their own centre and answers the statements of all three centres. The answers are saved as one goes, and a half-finished response can be resumed. A response can only be finished when every statement has an answer ("don’t know" included), and only finished responses count.',
  ],
  scoresTitle: 'Score, spread and grade',
  scores: [
    'A respondent’s mean in a centre is the mean of the respondent’s numbers on the centre’s statements; "don’t know" is not a number. The respondent counts in the centre only when at least half of the centre’s statements have a number.',
    'The centre’s self-score is the mean of the counting respondents’ means. The spread is the standard deviation of those means (divided by their number, not the number minus 1) and the lowest and highest of them.',
    'A field’s score is the mean of all the numbers the finished responses gave on the field’s statements.',
    'The grade per centre: A for a self-score of 4.0 or more, B from 3.0 to below 4.0 and C below 3.0. A centre without counting answers gets no grade.',
  ],
  dataTitle: 'The economic-financial centre’s data score',
  dataIntro: [
    'Before anyone answers, the economic-financial centre gets a score from the key figures. Each component is scored from 1 to 5 by setting the municipality against the median of its peers. Lower spending and slower growth than the peers’ give a higher score: it measures financial steering, not quality.',
  ],
  components: [
    {
      text: 'The level of unit costs, for adults (expenditure on adults with special needs per person aged 18-66) and for children and young people (expenditure on children and young people with special needs per person aged 0-17) separately, in the newest accounts year:',
      formula: {
        expression: 'd = c_i / m − 1',
        spoken: 'd equals c i divided by m, minus 1.',
        legend: [
          {
            symbol: 'c_i',
            spoken: 'c i',
            meaning: 'the municipality’s expenditure per inhabitant of the age group',
          },
          {
            symbol: 'm',
            spoken: 'm',
            meaning: 'the median of the peers’ expenditure in the same year',
          },
        ],
      },
      bands:
        '`d` ≤ −10 % gives 5; −10 % < `d` ≤ −3 % gives 4; −3 % < `d` < 3 % gives 3; 3 % ≤ `d` < 10 % gives 2; `d` ≥ 10 % gives 1.',
    },
    {
      text: 'The development, for adults and for children and young people separately: the municipality’s growth factor over the newest at most 4 comparable accounts years (no definition break inside the period) against the median of the peers’ growth factors over the same years:',
      formula: {
        expression: 'r = (c_{i,T} / c_{i,S}) / median_j(c_{j,T} / c_{j,S}) − 1',
        spoken:
          'r equals the municipality’s growth factor, c i in year T divided by c i in year S, divided by the median over the peers j of c j in year T divided by c j in year S, minus 1.',
        legend: [
          {
            symbol: 'S, T',
            spoken: 'S and T',
            meaning: 'the first and the last year of the period',
          },
          {
            symbol: 'j',
            spoken: 'j',
            meaning: 'the peers with figures in both years',
          },
        ],
      },
      bands:
        '`r` ≤ −5 % gives 5; −5 % < `r` ≤ −2 % gives 4; −2 % < `r` < 2 % gives 3; 2 % ≤ `r` < 5 % gives 2; `r` ≥ 5 % gives 1. A ratio of growth factors does not depend on the price level, as long as all figures are in the same one.',
    },
    {
      text: 'The budget deviation on the area, functions 5.28.* (children and young people) and 5.38.* (adults), in the up to 4 newest years with both budget and accounts: the deviation between accounts and budget without its sign, summed over the functions, in per cent of the budget and averaged over the years:',
      formula: {
        expression: 'b = (1/n) × Σ_t |R_t − B_t| / |B_t|',
        spoken:
          'b equals the mean over the n years of the absolute difference between R t and B t, divided by the absolute value of B t.',
        legend: [
          {
            symbol: 'R_t',
            spoken: 'R t',
            meaning: 'the accounts in year t, summed over the area’s functions',
          },
          {
            symbol: 'B_t',
            spoken: 'B t',
            meaning: 'the budget in year t for the same functions',
          },
          {
            symbol: 'n',
            spoken: 'n',
            meaning: 'the number of years with both budget and accounts',
          },
        ],
      },
      bands:
        '`b` ≤ 2 % gives 5; 2 % < `b` ≤ 5 % gives 4; 5 % < `b` ≤ 10 % gives 3; 10 % < `b` ≤ 15 % gives 2; `b` > 15 % gives 1. Spending above and below the budget both count: a budget that does not hold is hard to steer by, whichever the direction.',
    },
  ],
  dataAfter: [
    'The data score is the mean of the components that can be computed (up to five: level and development for adults and for children and young people, and the budget deviation), and needs at least 2. It is graded by the same limits as the self-score: A from 4.0, B from 3.0 to below 4.0, C below 3.0. Each component is shown with the municipality’s figure, the peers’ median, the years and the price level, and when it is missing, why.',
  ],
  preventionTitle: 'The prevention share',
  prevention: [
    'The prevention share is the expenditure on function 5.28.21 (counselling, preventive and supportive measures for children and young people) in per cent of the expenditure on the whole area of children and young people with special needs (main function 5.28) in the same year, where that figure exists (Statistics Denmark’s REGK31 by main function); otherwise in per cent of 5.28.21 + 5.28.22 (foster families), and the unit says which. It is shown with the social-professional and the strategic-political centre, with the peers’ median.',
    'It is part of no score: a high share can be a deliberate investment, but it can also come from booking differently, and more is not always better. It can only be computed where the accounts are broken down by function; the adults’ area has no function that holds prevention alone, so the share exists only for children and young people.',
  ],
  findingsTitle: 'Findings: where the picture does not fit together',
  findingsIntro: [
    'Disagreement is a finding in itself: the model works only when the centres see the same picture. A finding is not an error but a subject to talk about. A finding is shown when',
  ],
  findings: [
    'the data and the self-score disagree: the economic-financial centre’s self-score and data score are at least 1.0 point apart, in either direction;',
    'the respondents disagree on a centre: the standard deviation of their means is at least 0.8, or there are at least 2.0 points between the lowest and the highest mean;',
    'the answers to a single statement range over at least 3 points (e.g. 1 against 4);',
    'the centres lie far apart: there is at least 1.0 point between the highest and the lowest rated centre;',
    'a centre’s own people see it differently: the centre’s own respondents rate it at least 1.0 point higher (or lower) than the respondents from the two other centres.',
  ],
  comparisonTitle: 'The comparison and whom to call',
  comparison: [
    'Only shared assessments count. An assessment is private until the municipality shares it; only then does it count in others’ comparisons and can be read by other municipalities, and the respondents are then shown without names.',
    'Each centre is set against the average of the municipalities in the peer group that have shared, and against the average of all participants that have shared, each with its newest shared assessment. The municipality itself is never in either average, and the number of municipalities stands by each average.',
    'The weakest fields are the 3 fields with the lowest field score. They are named in words, so it is clear what to work on.',
    'Whom to call: for each of the weakest fields up to 5 municipalities that have shared, have a field score of at least 4.0 and are comparable: first municipalities from the peer group, then by how alike they are in their conditions. Each municipality is shown with its items in the knowledge portal on steering.',
    'The municipality’s earlier assessments are shown over time, so a new assessment can be set against the previous one.',
  ],
  roundsTitle: 'Rounds and consent',
  rounds: [
    'A national editor can, as facilitator, open a round for several municipalities; each municipality gets its own assessment in the round. The facilitator sees the comparison across the participants at once.',
    'A participant sees the other participants’ results only when all participants have shared their assessment. Until then each municipality sees only its own.',
    'Only the municipality’s own editors can answer and share, and no municipality can read another’s assessment before it is shared.',
  ],
  limitsTitle: 'Limits',
  limits: [
    'Self-scores are opinions. They say how the respondents experience the steering, not how it is, and two municipalities may use the scale differently. That is why the data score and the disagreements stand beside them.',
    'The data score covers only what the key figures show: the level of spending, its development and how well the budget holds. Low spending is not the same as good steering or good quality, and high spending can come from citizens with great needs. Only the economic-financial centre has a data score.',
    'The unit costs in the nøgletal data end with the accounts year 2018, so the level is compared in a year that may lie several years back; the year stands by each figure. The adults’ figure has a definition break in 2018 (a new method; the 2018 level is uncertain), and development is never measured across a break: as long as the data end in 2018, the adults’ development cannot be computed.',
    'The budget deviation needs budget figures by function (Statistics Denmark’s BUDK32). Without them the component is missing and the data score rests on the others.',
    'Small groups: with one or two respondents in a centre the spread says little, and an average over few municipalities that have shared can move a lot when one more joins. The number therefore stands by each figure.',
    'The model is a tool for talking about steering, not a verdict or a ranking.',
  ],
};
