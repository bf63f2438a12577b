import { PageTitle } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';

/** Not built yet. */
export default function ComparePage() {
  const { t } = useI18n();
  return (
    <div className="page">
      <PageTitle>{t.compare.title}</PageTitle>
    </div>
  );
}
