import { PageTitle } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';

/** Not built yet. */
export default function MunicipalityPage() {
  const { t } = useI18n();
  return (
    <div className="page">
      <PageTitle>{t.municipality.title}</PageTitle>
    </div>
  );
}
