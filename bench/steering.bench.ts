// `npm run bench -- steering`: the steering self-assessment (issue 19), each against a
// reference measured in the same run. (1) The data side of an assessment (the indicators and
// the economic centre's data score of 766 against its peers) against loading the same key
// figures' data alone. (2) An assessment's whole result (GET /steering/assessments/{id}) with
// every other municipality as a shared participant, three finished respondents each, against
// reading the same rows with one plain SQL join.
import { CATALOGUE } from '../src/core/index.ts';
import {
  createAssessment,
  createUser,
  listKeyFigureDefinitions,
  listMunicipalities,
  openDatabase,
  saveResponse,
  type Account,
} from '../src/db/index.ts';
import {
  loadEngineData,
  loadQuestionnaires,
  steeringData,
  STEERING_FIGURES,
} from '../src/engine/index.ts';
import { createApp } from '../src/server/index.ts';
import { importApiData } from '../test/support/api-data.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 15);

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function time(fn: () => unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

export async function run(): Promise<void> {
  const db = await openDatabase({ kind: 'pglite', dir: undefined }, { catalogue: CATALOGUE });
  await importApiData(db);
  const now = new Date('2026-12-07T09:00:00Z');

  const ids = new Set<string>(Object.values(STEERING_FIGURES));
  const figures = (await listKeyFigureDefinitions(db)).filter((k) => ids.has(k.id));
  const load: number[] = [];
  const data: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    load.push(await time(() => loadEngineData(db, figures)));
    data.push(await time(() => steeringData(db, '766')));
  }
  console.log(
    `steering data of 766 (6 indicators, data score): ${median(data).toFixed(1)} ms, loading the same figures' data alone (reference) ${median(load).toFixed(1)} ms, ratio ${(median(data) / median(load)).toFixed(1)}`,
  );

  const q = loadQuestionnaires().current;
  const statements = q.centres.flatMap((c) => c.statements.map((s) => s.id));
  const users: Account[] = [];
  for (const who of ['a', 'b', 'c'])
    users.push(
      await createUser(
        db,
        { email: `${who}@bench.dk`, role: 'national-editor', passwordHash: null },
        now,
      ),
    );
  const snapshot = await steeringData(db, '766');
  const codes = (await listMunicipalities(db)).map((m) => m.code);
  let own = 0;
  await db.transaction(async (tx) => {
    for (const [k, code] of codes.entries()) {
      const id = await createAssessment(
        tx,
        {
          municipality: code,
          title: `Bench ${code}`,
          questionnaireVersion: q.version,
          roundId: null,
          shared: true,
          data: snapshot,
          dataVersion: '0',
          authorId: null,
        },
        now,
      );
      if (code === '766') own = id;
      for (const [u, user] of users.entries())
        await saveResponse(
          tx,
          {
            assessmentId: id,
            userId: user.id,
            label: '',
            centre: q.centres[u]?.id ?? 'economic-financial',
            answers: Object.fromEntries(
              statements.map((s, j) => [s, (((k + u + j) % 5) + 1) as 1 | 2 | 3 | 4 | 5]),
            ),
            finished: true,
          },
          now,
        );
    }
  });
  const app = createApp({ db, now: () => now });
  const result: number[] = [];
  const join: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    join.push(
      await time(() =>
        db.query(`SELECT a.id, a.municipality, a.data, r.centre, r.answers, r.finished_at
                  FROM steering_assessments a LEFT JOIN steering_responses r
                    ON r.assessment_id = a.id ORDER BY a.id, r.id`),
      ),
    );
    result.push(
      await time(async () => {
        const r = await app.request(`/api/v1/steering/assessments/${own}`);
        if (r.status !== 200) throw new Error(`${r.status} ${await r.text()}`);
        await r.text();
      }),
    );
  }
  console.log(
    `GET /steering/assessments/{id} (${codes.length} shared participants × 3 respondents × ${statements.length} statements): ${median(result).toFixed(1)} ms, plain SQL join of the same rows (reference) ${median(join).toFixed(1)} ms, ratio ${(median(result) / median(join)).toFixed(1)}`,
  );
  await db.close();
}
