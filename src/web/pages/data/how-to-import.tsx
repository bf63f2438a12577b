import { useI18n } from '../../i18n/index.ts';

/** Commands to type, one a line, wrapping rather than scrolling on a phone. */
function Command({ lines }: { readonly lines: readonly string[] }) {
  return (
    <pre className="data-command">
      <code>{lines.join('\n')}</code>
    </pre>
  );
}

/**
 * How to fill the database from the command line: import a folder of files, or fetch from
 * Statistics Denmark, and which formats are read (src/sources' importers). For whoever runs
 * the installation, not for the public: with data loaded it is folded away under "For
 * administratorer"; with an empty database (seen by the one setting it up) it is open.
 */
export function HowToImport({ empty }: { readonly empty: boolean }) {
  const { t } = useI18n();
  const s = t.data.howTo;
  const steps = (
    <>
      <p>{s.intro}</p>
      <p className="notice data-stop-first">{s.stopFirst}</p>
      <h3>{s.importTitle}</h3>
      <p>{s.importText}</p>
      <Command lines={[s.importCommand]} />
      <p>{s.examplesText}</p>
      <Command lines={[s.exampleShared, s.exampleNoegletal]} />
      <h3>{s.fetchTitle}</h3>
      <p>{s.fetchText}</p>
      <Command lines={[s.fetchCommand]} />
      <h3>{s.restartTitle}</h3>
      <Command lines={[s.serveCommand]} />
      <p>{s.restartText}</p>
      <h3>{s.formatsTitle}</h3>
      <ul>
        {s.formats.map((x) => (
          <li key={x}>{x}</li>
        ))}
      </ul>
      <p>{s.safety}</p>
    </>
  );
  if (empty) {
    return (
      <section aria-labelledby="data-howto-title" className="data-howto">
        <h2 id="data-howto-title">{s.emptyTitle}</h2>
        {steps}
      </section>
    );
  }
  return (
    <section aria-labelledby="data-howto-title" className="data-howto data-admin">
      <h2 id="data-howto-title">{s.adminTitle}</h2>
      <p>{s.adminIntro}</p>
      <details className="data-admin-details">
        <summary>{s.adminSummary}</summary>
        {steps}
      </details>
    </section>
  );
}
