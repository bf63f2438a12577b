import {
  useInitiativeEffect,
  useKeyFigures,
  useMunicipalities,
  type EffectDocument,
  type FigureEffect,
} from '../../api/index.ts';
import { DataTable, QueryView, type Column } from '../../components/index.ts';
import { priceLevelText, unitWithPrices } from '../../format/index.ts';
import { localized, useI18n } from '../../i18n/index.ts';
import { krText } from './amounts.ts';
import { EffectPathChart, PlaceboChart } from './effect-charts.tsx';
import { EffectYears } from './effect-years.tsx';

/**
 * The effect check (`GET /initiatives/{id}/effect`) of each linked figure, below the gains the
 * municipality reports: the verdict in words or why there is none, the window and what was cut,
 * the control group, the two charts, the donor weights, the estimates beside the claimed gain.
 */
export function EffectSection({
  id,
  municipalityName,
}: {
  readonly id: string;
  readonly municipalityName: string;
}) {
  const { t } = useI18n();
  const e = t.initiatives.effect;
  const query = useInitiativeEffect(id);
  return (
    <section
      className="initiative-effect"
      aria-labelledby="initiative-effect-heading"
      data-testid="initiative-effect"
    >
      <h2 id="initiative-effect-heading">{e.heading}</h2>
      <p className="initiatives-note">{e.lead}</p>
      <p className="notice">{e.neverInstead}</p>
      <QueryView query={query} height={600}>
        {(d) =>
          d.figures.length === 0 ? (
            <p>{e.noFigures}</p>
          ) : (
            d.figures.map((fig) => (
              <FigureCheck
                key={fig.keyFigure.id}
                fig={fig}
                d={d}
                municipalityName={municipalityName}
              />
            ))
          )
        }
      </QueryView>
    </section>
  );
}

function FigureCheck({
  fig,
  d,
  municipalityName,
}: {
  readonly fig: FigureEffect;
  readonly d: EffectDocument;
  readonly municipalityName: string;
}) {
  const i18n = useI18n();
  const { t, f, locale, name } = i18n;
  const e = t.initiatives.effect;
  const municipalities = useMunicipalities();
  const keyFigures = useKeyFigures();
  const names = new Map((municipalities.data ?? []).map((m) => [m.code, m.name]));
  const nameOf = (code: string, fallback?: string) => names.get(code) ?? fallback ?? code;
  const figureName = name(fig.keyFigure);
  const unit = unitWithPrices(locale, fig.keyFigure.unit, fig.prices, undefined, { plain: true });
  const listed = keyFigures.data?.find((k) => k.id === fig.keyFigure.id);
  const source = listed ? (t.common.sourceNames[listed.source] ?? listed.source) : '';
  // A refusal's reason starts "Ingen vurdering: …"; the verdict line says that already.
  const reason = localized(locale, fig.reason.da, fig.reason.en).replace(
    /^(ingen vurdering|no verdict)\s*[:.]\s*/i,
    '',
  );
  const years = fig.window.years;
  const yearsText = (ys: readonly number[]) => (ys.length === 0 ? '–' : ys.join(', '));
  const value = (v: number | null) => f.attachUnit(f.auto(v), unit);
  const amountLevel = priceLevelText(locale, fig.prices ?? { basis: 'current', year: null });
  return (
    <article className="initiative-figure" data-testid="effect-figure" aria-label={figureName}>
      <h3>{figureName}</h3>
      <p
        className={`initiative-verdict verdict-${fig.verdict ?? 'none'}`}
        data-testid="effect-verdict"
      >
        <strong>{e.verdictLabel}:</strong>{' '}
        <span data-testid="effect-verdict-text">
          {fig.verdict === null ? e.noVerdict : (e.verdicts[fig.verdict] ?? fig.verdict)}
        </span>
        {reason ? <> · {reason}</> : null}
      </p>
      <div className="initiatives-note" data-testid="effect-window">
        <p>
          {years.length > 0 ? e.window(Math.min(...years), Math.max(...years)) : e.noWindow}{' '}
          {e.prePost(yearsText(fig.preYears), yearsText(fig.postYears))}
        </p>
        {fig.window.cuts.map((c, i) => (
          <p key={i}>
            {c.kind === 'break'
              ? e.cutBreak(
                  yearsText(c.years),
                  c.year === null ? '–' : String(c.year),
                  localized(locale, c.description ?? '', c.descriptionEn ?? c.description ?? ''),
                )
              : e.cutNotAccounts(yearsText(c.years))}
          </p>
        ))}
        <p>
          {e.peers(
            localized(locale, fig.peers.group, fig.peers.groupEn),
            fig.peers.used.map((u) => nameOf(u.code, u.name)).join(', ') || '–',
          )}
        </p>
        {fig.peers.excluded.length > 0 ? (
          <p>
            {e.excluded(
              fig.peers.excluded
                .map(
                  (x) => `${nameOf(x.code, x.name)} (${e.excludedReasons[x.reason] ?? x.reason})`,
                )
                .join(', '),
            )}
          </p>
        ) : null}
      </div>
      {fig.synthetic ? (
        <div className="initiative-charts">
          <EffectPathChart
            synthetic={fig.synthetic}
            startYear={d.initiative.startYear}
            municipalityName={municipalityName}
            figureName={figureName}
            unit={unit}
            source={source}
          />
          {fig.placebo ? (
            <PlaceboChart
              placebo={fig.placebo}
              years={fig.synthetic.path.map((p) => p.year)}
              code={d.initiative.municipality}
              startYear={d.initiative.startYear}
              municipalityName={municipalityName}
              names={names}
              unit={unit}
            />
          ) : null}
        </div>
      ) : null}
      <ul className="initiative-stats">
        {fig.synthetic ? (
          <li>
            {e.fit(value(fig.synthetic.rmspe), value(fig.spread))}{' '}
            {e.fitPost(value(fig.synthetic.rmspePost))}
          </li>
        ) : null}
        {fig.noise !== null ? <li>{e.noise(value(fig.noise))}</li> : null}
        {fig.placebo ? (
          <li data-testid="effect-placebo">
            {e.placebo(fig.placebo.rank, fig.placebo.of, f.number(fig.placebo.p, 2))}
            {fig.placebo.excluded.length > 0
              ? ` ${e.placeboExcluded(fig.placebo.excluded.map((c) => nameOf(c)).join(', '))}`
              : ''}
          </li>
        ) : null}
        {fig.did ? <li data-testid="effect-did">{e.did(value(fig.did.average))}</li> : null}
        {fig.total ? (
          <li>
            {e.totalEstimate(
              `${krText(i18n, fig.total.synthetic)}, ${amountLevel}`,
              `${krText(i18n, fig.total.did)}, ${amountLevel}`,
            )}
          </li>
        ) : null}
      </ul>
      {fig.synthetic && fig.synthetic.weights.length > 0 ? (
        <Weights weights={fig.synthetic.weights} nameOf={nameOf} />
      ) : null}
      <EffectYears fig={fig} claimed={d.claimed} unit={unit} amountLevel={amountLevel} />
    </article>
  );
}

type Weight = NonNullable<FigureEffect['synthetic']>['weights'][number];

/** The synthetic control's donors, largest weight first (weights below 0,1 % left out). */
function Weights({
  weights,
  nameOf,
}: {
  readonly weights: readonly Weight[];
  readonly nameOf: (code: string, fallback?: string) => string;
}) {
  const { t, f } = useI18n();
  const e = t.initiatives.effect;
  const rows = [...weights].filter((w) => w.weight >= 0.001).sort((a, b) => b.weight - a.weight);
  const columns: readonly Column<Weight>[] = [
    {
      key: 'municipality',
      header: t.common.table.municipality,
      rowHeader: true,
      cell: (w) => nameOf(w.code, w.name),
    },
    { key: 'weight', header: e.weight, numeric: true, cell: (w) => f.number(w.weight, 3) },
  ];
  return (
    <>
      <DataTable
        caption={e.weightsCaption}
        columns={columns}
        rows={rows}
        rowKey={(w) => w.code}
        className="initiative-weights-table"
      />
    </>
  );
}
