import { Loading } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { boxStyle } from './box.ts';
import './denmark-map.css';

/**
 * The map's frame with nothing in it yet: the same boxes as DenmarkMap, so a page can reserve
 * the map's space while its values load (no layout shift when they arrive).
 */
export function DenmarkMapPlaceholder({ height = 560 }: { readonly height?: number }) {
  const { t } = useI18n();
  return (
    <div className="denmark-map" aria-busy="true">
      <div className="dm-toolbar" />
      <div className="dm-layout">
        <div className="dm-box" style={boxStyle(height)}>
          <Loading height={0} label={t.home.denmarkMap.loading} />
        </div>
        <div className="dm-legend" />
      </div>
    </div>
  );
}
