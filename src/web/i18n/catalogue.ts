import type { da } from './da/index.ts';
import type { Widen } from './widen.ts';

/** The shape every language's catalogue fills: the Danish one, with strings widened. */
export type Catalogue = Widen<typeof da>;
