/** @module Building blocks shared by the pages. */
export { DataTable, type Column } from './data-table.tsx';
export { DownloadLinks } from './download-links.tsx';
export { InfoNumber, type NumberSource } from './info-number.tsx';
export { Select, type Option } from './select.tsx';
export { EmptyDatabaseNotice, ErrorMessage, Loading, QueryView } from './states.tsx';
export { useUrlState } from './url-state.ts';
export { Layout } from './layout.tsx';
export { PageTitle } from './page-title.tsx';
export { MunicipalitySearch } from './municipality-search.tsx';
export { ItemBadges, ItemLinks, KindBadge } from './portal-badges.tsx';
export { useNearViewport } from './near-viewport.ts';
