import { useEffect, type MouseEvent, type ReactElement } from 'react';
import { PageTitle } from '../../components/index.ts';
import { useI18n, type Catalogue } from '../../i18n/index.ts';
import './method.css';
import { TOC_ID } from './section.tsx';
import { CompetitionSection } from './sections/competition-section.tsx';
import { DeaSection } from './sections/dea-section.tsx';
import { DevelopmentSection } from './sections/development-section.tsx';
import { EffectSection } from './sections/effect-section.tsx';
import { BarriersSection, BudgetSection } from './sections/barriers-section.tsx';
import { LevelsSection } from './sections/levels-section.tsx';
import { PackageSection } from './sections/package-section.tsx';
import { PeersSection } from './sections/peers-section.tsx';
import { PotentialSection } from './sections/potential-section.tsx';
import { PortalSection } from './sections/portal-section.tsx';
import { PricesSection } from './sections/prices-section.tsx';
import { ReadingSection } from './sections/reading-section.tsx';
import { SourcesSection } from './sections/sources-section.tsx';
import { SteeringSection } from './sections/steering-section.tsx';
import { TalkToSection } from './sections/talk-to-section.tsx';
import { WarningsSection } from './sections/warnings-section.tsx';
import { YearKindsSection } from './sections/year-kinds-section.tsx';

interface SectionEntry {
  /** The fragment of the section's address, in Danish in both languages: /metode#dea. */
  readonly id: string;
  readonly title: (t: Catalogue) => string;
  readonly Body: (props: { readonly id: string }) => ReactElement;
}

const SECTIONS: readonly SectionEntry[] = [
  { id: 'sammenligningskommuner', title: (t) => t.method.peers.title, Body: PeersSection },
  { id: 'benchmarkniveauer', title: (t) => t.method.levels.title, Body: LevelsSection },
  { id: 'potentiale', title: (t) => t.method.potential.title, Body: PotentialSection },
  { id: 'potentialepakken', title: (t) => t.method.packageRule.title, Body: PackageSection },
  { id: 'prisniveauer', title: (t) => t.method.prices.title, Body: PricesSection },
  { id: 'regnskab-og-budget', title: (t) => t.method.yearKinds.title, Body: YearKindsSection },
  { id: 'advarsler', title: (t) => t.method.warnings.title, Body: WarningsSection },
  { id: 'udvikling', title: (t) => t.method.development.title, Body: DevelopmentSection },
  { id: 'hvem-skal-vi-tale-med', title: (t) => t.method.talkTo.title, Body: TalkToSection },
  { id: 'videnportalen', title: (t) => t.method.portal.title, Body: PortalSection },
  { id: 'effekttjek', title: (t) => t.methodEffect.title, Body: EffectSection },
  {
    id: 'regelbarrierer',
    title: (t) => t.methodBarriers.barriers.title,
    Body: BarriersSection,
  },
  { id: 'budgetopfoelgning', title: (t) => t.methodBarriers.budget.title, Body: BudgetSection },
  { id: 'styring', title: (t) => t.methodSteering.title, Body: SteeringSection },
  { id: 'dea', title: (t) => t.method.dea.title, Body: DeaSection },
  {
    id: 'konkurrence-og-samarbejde',
    title: (t) => t.method.competition.title,
    Body: CompetitionSection,
  },
  { id: 'ikke-et-facit', title: (t) => t.method.reading.title, Body: ReadingSection },
  { id: 'datakilder', title: (t) => t.method.sources.title, Body: SourcesSection },
];

/**
 * An in-page link (the contents, "back to the contents") also moves the keyboard focus to its
 * target, once the browser has scrolled there, so Tab continues from the section.
 */
function followInPageLink(event: MouseEvent<HTMLElement>): void {
  const link = event.target instanceof Element ? event.target.closest('a') : null;
  const href = link?.getAttribute('href') ?? '';
  if (!href.startsWith('#') || href.length < 2) return;
  const id = href.slice(1);
  requestAnimationFrame(() => document.getElementById(id)?.focus({ preventScroll: true }));
}

/**
 * How Potentiale computes, in plain language with the formulas (DESIGN.md §3), and the data
 * sources with attribution. Static text: nothing to load, nothing that moves.
 */
export default function MethodPage() {
  const { t } = useI18n();

  // The page arrives after the browser tried to scroll to an address like /metode#dea (the
  // chunk loads lazily), so go to the section once it exists.
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (!target) return;
    target.scrollIntoView();
    target.focus({ preventScroll: true });
  }, []);

  return (
    <div className="page method" onClick={followInPageLink}>
      <PageTitle>{t.method.title}</PageTitle>
      <p className="lead">{t.method.lead}</p>
      <p className="notice method-notice">{t.method.notAVerdictBox}</p>
      <div className="method-layout">
        <nav className="method-toc" aria-labelledby={TOC_ID}>
          <h2 id={TOC_ID} tabIndex={-1}>
            {t.method.tocTitle}
          </h2>
          <ol>
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{s.title(t)}</a>
              </li>
            ))}
          </ol>
        </nav>
        <div className="method-body">
          {SECTIONS.map(({ id, Body }) => (
            <Body key={id} id={id} />
          ))}
        </div>
      </div>
    </div>
  );
}
