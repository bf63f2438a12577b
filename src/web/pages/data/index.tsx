import { PageTitle } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';

/** Not built yet. */
export default function DataPage() {
  const { t } = useI18n();
  return (
    <div className="page">
      <PageTitle>{t.data.title}</PageTitle>
    </div>
  );
}
