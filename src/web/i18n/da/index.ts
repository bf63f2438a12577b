import { charts } from './charts.ts';
import { common } from './common.ts';
import { compare } from './compare.ts';
import { data } from './data.ts';
import { english } from './english.ts';
import { home } from './home.ts';
import { keyFigure } from './key-figure.ts';
import { method } from './method.ts';
import { municipality } from './municipality.ts';
import { group } from './group.ts';
import { deaLevel } from './dea-level.ts';
import { account } from './account.ts';
import { portal } from './portal.ts';
import { initiatives } from './initiatives.ts';
import { barriers } from './barriers.ts';
import { methodEffect } from './method-effect.ts';
import { methodBarriers } from './method-barriers.ts';
import { methodSteering } from './method-steering.ts';
import { budget } from './budget.ts';
import { steering } from './steering.ts';
import { steeringResult } from './steering-result.ts';
import { report } from './report.ts';

/** The Danish catalogue: every text of the UI, one file per page. */
export const da = {
  common,
  home,
  municipality,
  keyFigure,
  compare,
  method,
  data,
  english,
  group,
  charts,
  deaLevel,
  account,
  portal,
  initiatives,
  barriers,
  methodEffect,
  methodBarriers,
  methodSteering,
  budget,
  steering,
  steeringResult,
  report,
};
