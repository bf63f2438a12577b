import { z } from '@hono/zod-openapi';

// `POST /dea` and `POST /dea/upload` (JSON): efficiency, peers, λ, slacks and targets per unit.

const o = z.strictObject;
const list = <T extends z.ZodType>(t: T) => z.array(t).readonly();
const names = list(z.string());

export const DeaDocument = o({
  model: o({
    /** The year of the key figures (POST /dea); an upload has none. */
    year: z.number().optional(),
    inputColumns: names,
    inputs: names,
    outputs: names,
    nonDiscretionary: names,
    rts: z.enum(['crs', 'vrs', 'drs', 'irs']),
    orientation: z.enum(['input', 'output']),
    slack: z.boolean(),
    super: z.boolean(),
  }),
  slackScaling: z.boolean(),
  units: list(
    o({
      id: z.string(),
      name: z.string().nullable(),
      eff: z.number(),
      objective: z.number(),
      peers: list(z.string().nullable()),
      // Always present: the types allow an index past the end, which the run never makes.
      lambdas: list(o({ id: z.string().optional(), weight: z.number() })),
      slacks: o({
        input: list(z.number()),
        output: list(z.number()),
        sum: z.number(),
        hasSlack: z.boolean(),
      }).nullable(),
      inputTargets: list(z.number()),
      outputTargets: list(z.number()),
      potential: z.number().nullable(),
      superEfficiency: o({
        status: z.enum(['optimal', 'infeasible']).optional(),
        eff: z.string(),
      }).optional(),
    }),
  ),
  frontier: list(z.string().nullable()),
  leftOut: names,
}).openapi('DeaDocument');
