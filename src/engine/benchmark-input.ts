import {
  NotFoundError,
  fitUnitCostModel,
  type BenchmarkInput,
  type KeyFigure,
  type UnitCostModel,
} from '../core/index.ts';
import type { EngineData } from './data.ts';

/**
 * The engine's input for one figure and year: unit costs, volumes, need and (when the data
 * allow a fit) the regression model. Throws NotFoundError when the figure has no values then.
 */
export function benchmarkInput(
  data: EngineData,
  keyFigure: KeyFigure,
  year: number,
  options: { readonly model?: boolean } = {},
): BenchmarkInput {
  const unitCost = data.unitCost(keyFigure.id, year);
  if (!unitCost) {
    const years = data.years(keyFigure.id);
    throw new NotFoundError(
      `${keyFigure.nameDa} har ingen værdier i ${year}${years.length ? ` (der er værdier for ${years[0]}-${years[years.length - 1]})` : ''}`,
    );
  }
  const volume = data.volume(keyFigure, year);
  const need = data.need(year);
  // The OLS fit is only worth its cost when the regression level (or the corridor) needs it.
  // The fit is the same for every municipality: kept with the data (shared per data version).
  const model =
    options.model === false
      ? undefined
      : data.memo(`model|${keyFigure.id}|${year}`, () => fitModel(data, keyFigure, year, unitCost));
  return {
    keyFigureId: keyFigure.id,
    year,
    polarity: keyFigure.polarity,
    codes: data.codes,
    unitCost,
    ...(volume ? { volume } : {}),
    ...(need ? { need } : {}),
    ...(model ? { model } : {}),
  };
}

// The regression level is offered only when the figure and the structure allow a fit; a
// failed fit (too few values, collinear variables) leaves that level out of the corridor.
function fitModel(
  data: EngineData,
  keyFigure: KeyFigure,
  year: number,
  unitCost: Float64Array,
): UnitCostModel | undefined {
  try {
    const structure = data.structure(year);
    return fitUnitCostModel({
      keyFigureId: keyFigure.id,
      year,
      codes: data.codes,
      unitCost,
      structure: structure.columns,
    });
  } catch {
    return undefined;
  }
}
