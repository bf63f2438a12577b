import { Link, useLocation } from 'wouter';
import { useApi, useHealth, useKeyFigures } from '../../api/index.ts';
// Through the map's own door, not charts/index.ts: that door also opens Observable Plot, which
// this page does not use; the map's door keeps Plot (≈70 kB gzip) out of the first page's load.
import { DenmarkMap, DenmarkMapPlaceholder } from '../../charts/map/index.ts';
import {
  EmptyDatabaseNotice,
  ErrorMessage,
  MunicipalitySearch,
  PageTitle,
  Select,
  useUrlState,
} from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { isMoneyUnit } from '../../format/index.ts';
import { kindYear, valuesUnit } from '../key-figure/prices.ts';
import './home.css';
import {
  chooseFigure,
  MAP_DEFAULTS,
  mapValuesParams,
  mappableFigures,
  yearsWithData,
  type MapChoice,
} from './key-figure-choice.ts';
import { KeyFigureSelect } from './key-figure-select.tsx';

const MAP_HEIGHT = 620;

/** `/`: what Potentiale is (and is not), the municipality search and the map of Denmark. */
export default function Home() {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const health = useHealth();
  const h = t.home;
  return (
    <div className="page home">
      <PageTitle>{h.title}</PageTitle>
      <EmptyDatabaseNotice />
      <div className="home-intro">
        <div className="home-intro-main">
          <p className="lead">{h.lead}</p>
          <section className="home-search" aria-labelledby="home-search-heading">
            <h2 id="home-search-heading">{h.search.heading}</h2>
            <p className="home-hint">{h.search.hint}</p>
            <MunicipalitySearch
              label={h.search.label}
              onSelect={(code) => navigate(`/kommune/${code}`)}
            />
          </section>
        </div>
        <section className="home-about" aria-labelledby="home-about-heading">
          <h2 id="home-about-heading">{h.about.heading}</h2>
          <ul>
            {h.about.points.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </section>
      </div>
      {health.error ? (
        <ErrorMessage error={health.error} retry={() => void health.refetch()} />
      ) : health.data?.empty ? null : (
        <MapSection />
      )}
    </div>
  );
}

/** The map with its controls: key figure and year in the URL, click opens the municipality. */
function MapSection() {
  const { t, name, locale } = useI18n();
  const [, navigate] = useLocation();
  const [choice, setChoice] = useUrlState<keyof MapChoice>(MAP_DEFAULTS);
  const keyFigures = useKeyFigures();
  const figures = mappableFigures(keyFigures.data ?? []);
  const figure = chooseFigure(figures, choice.keyFigure);
  const years = figure ? yearsWithData(figure) : [];
  // The same request as prefetch.ts's, asked before this page rendered.
  const request = mapValuesParams(keyFigures.data ?? [], choice);
  const year = request?.year;
  const values = useApi('values', request);
  const m = t.home.map;

  const yearOptions = (
    years.includes(year ?? NaN) || year === undefined ? years : [year, ...years]
  ).map((y) => ({ value: String(y), label: String(y) }));

  let body;
  if (keyFigures.error) {
    body = <ErrorMessage error={keyFigures.error} retry={() => void keyFigures.refetch()} />;
  } else if (keyFigures.isPending) {
    body = <DenmarkMapPlaceholder height={MAP_HEIGHT} />;
  } else if (!figure) {
    body = <p className="notice">{m.noKeyFigures}</p>;
  } else if (values.error) {
    body = <ErrorMessage error={values.error} retry={() => void values.refetch()} />;
  } else if (year === undefined) {
    body = <p className="notice">{m.noYears}</p>;
  } else if (!values.data) {
    body = <DenmarkMapPlaceholder height={MAP_HEIGHT} />;
  } else {
    const figureName = name(figure);
    body = (
      <>
        {values.data.values.every((v) => v.value === null) ? (
          <p className="notice" role="status">
            {m.noValues(figureName, year)}
          </p>
        ) : null}
        <DenmarkMap
          keyFigure={values.data.keyFigure}
          values={values.data.values}
          year={values.data.year}
          // The legend names the year's kind and the price level: "budget 2019, kr. …, 2010-priser".
          yearLabel={`${kindYear(t, values.data.year, values.data.yearKind)}, ${valuesUnit(
            locale,
            values.data.keyFigure.unit,
            values.data,
          )}`}
          onSelect={(code) => navigate(`/kommune/${code}`)}
          height={MAP_HEIGHT}
          prices={
            isMoneyUnit(values.data.keyFigure.unit)
              ? valuesUnit(locale, values.data.keyFigure.unit, values.data)
              : null
          }
        />
      </>
    );
  }

  return (
    <section className="home-map" aria-labelledby="home-map-heading">
      <h2 id="home-map-heading">{m.heading}</h2>
      <p className="home-hint">{m.intro}</p>
      <div className="controls home-controls">
        <KeyFigureSelect
          figures={figures}
          value={figure?.id ?? ''}
          // A new figure starts at its own latest year with data.
          onChange={(id) => setChoice({ keyFigure: id, year: '' })}
        />
        <Select
          label={m.year}
          value={year === undefined ? '' : String(year)}
          options={yearOptions}
          onChange={(y) => setChoice({ year: y === String(years[0]) ? '' : y })}
        />
      </div>
      <p className="home-more">
        {figure ? <Link href={`/noegletal/${figure.id}`}>{m.moreAbout(name(figure))}</Link> : null}
      </p>
      {body}
    </section>
  );
}
