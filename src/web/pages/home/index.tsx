import { PageTitle } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';

/** Not built yet. */
export default function Home() {
  const { t } = useI18n();
  return (
    <div className="page">
      <PageTitle>{t.home.title}</PageTitle>
    </div>
  );
}
