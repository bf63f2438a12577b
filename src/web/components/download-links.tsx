import { apiUrl, type Params } from '../api/index.ts';
import { useI18n } from '../i18n/index.ts';

/** Links that download an API answer as CSV (Danish), XLSX, JSON and JSON-stat. */
export function DownloadLinks({
  path,
  params,
  formats = ['csv', 'xlsx', 'json', 'jsonstat'],
}: {
  readonly path: string;
  readonly params: Params;
  readonly formats?: readonly ('csv' | 'xlsx' | 'json' | 'jsonstat')[];
}) {
  const { t } = useI18n();
  return (
    <div className="downloads">
      <span className="downloads-label">{t.common.download.label}:</span>
      <ul>
        {formats.map((format) => (
          <li key={format}>
            <a
              href={apiUrl(path, {
                ...params,
                format,
                ...(format === 'csv' ? { locale: 'da' } : {}),
              })}
              download
              data-format={format}
            >
              {t.common.download[format]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
