import { OpenAPIHono } from '@hono/zod-openapi';
import {
  NotFoundError,
  checkResponse,
  mayReadAssessment,
  type Assessment,
  type StoredResponse,
} from '../../core/index.ts';
import {
  audited,
  createAssessment,
  createRound,
  dataVersion,
  findResponse,
  listAssessments,
  listMunicipalities,
  listRounds,
  mustFindAssessment,
  mustFindRound,
  responsesOf,
  saveResponse,
  updateAssessment,
  type Queryable,
} from '../../db/index.ts';
import {
  loadQuestionnaires,
  scoresOf,
  steeringData,
  steeringDataFor,
  steeringResult,
} from '../../engine/index.ts';
import { type AuthDeps, type RequestAuth, auditActor, authOf } from '../auth/index.ts';
import { sendFile } from '../formats/negotiate.ts';
import { ProblemError } from '../problem.ts';
import {
  assessmentWorkbook,
  presentAssessment,
  presentRound,
  presentRoundSummary,
  presentSummary,
  roundVisible,
} from '../steering/index.ts';
import { steeringRouteDefs as r } from './steering-defs.ts';

const NO_STORE = { 'Cache-Control': 'private, no-store' };

const names = async (db: Queryable) =>
  new Map((await listMunicipalities(db)).map((m) => [m.code, m.name]));

/** Refused for a reader who may not see an unshared assessment (401 anonymous, else 403). */
function mustRead(auth: RequestAuth, a: Assessment): void {
  if (mayReadAssessment(auth.actor, a)) return;
  if (auth.actor.kind === 'anonymous')
    throw new ProblemError(
      401,
      'Log ind for at se en vurdering, der ikke er delt.',
      'Log in to see an assessment that is not shared.',
    );
  throw new ProblemError(
    403,
    `Vurderingen tilhører ${a.municipality} og er ikke delt; kun kommunens egne redaktører kan se den.`,
    `The assessment belongs to ${a.municipality} and is not shared; only its own editors can see it.`,
  );
}

/**
 * The steering self-assessment (issue 19): the questionnaire, assessments with their data
 * side, respondents' responses saved as they go, the result with findings, comparison and whom
 * to call, its workbook, and group rounds. Every write is one transaction with its audit row;
 * the policy decides who writes (ROUTE_RULES), and reads follow `mayReadAssessment`.
 */
export function steeringRoutes(deps: AuthDeps) {
  const { db } = deps;
  const questionnaires = loadQuestionnaires();
  const authorOf = (auth: RequestAuth) => (auth.via === 'anonymous' ? null : auth.account.id);
  const audit = (
    auth: RequestAuth,
    action: string,
    type: string,
    id: number,
    municipality: string | null,
    after: unknown,
  ) => ({
    at: deps.now(),
    ...auditActor(auth),
    action,
    resourceType: type,
    resourceId: String(id),
    ...(municipality === null ? {} : { municipality }),
    after,
  });
  const readable = async (auth: RequestAuth, id: number) => {
    const a = await mustFindAssessment(db, id);
    mustRead(auth, a);
    return a;
  };
  const document = async (auth: RequestAuth, a: Assessment) =>
    presentAssessment(await steeringResult(db, questionnaires, a), auth.actor, await names(db));
  return new OpenAPIHono()
    .openapi(r.questionnaire, (c) => {
      const { version } = c.req.valid('query');
      const q = version === undefined ? questionnaires.current : questionnaires.get(version);
      if (!q)
        throw new NotFoundError(
          `Spørgeskemaet findes ikke i version ${version}; kendte: ${questionnaires.all.map((x) => x.version).join(', ')}`,
        );
      return c.json(q, 200, { 'Cache-Control': 'public, max-age=300' });
    })
    .openapi(r.list, async (c) => {
      const auth = authOf(c);
      const { municipality } = c.req.valid('query');
      const own = auth.actor.kind === 'user' ? auth.actor.municipalities : [];
      const all = await listAssessments(db, {
        ...(municipality === undefined ? {} : { municipality }),
        visibleTo: own,
      });
      const visible = all.filter((a) => mayReadAssessment(auth.actor, a));
      const responses = await responsesOf(
        db,
        visible.map((a) => a.id),
      );
      const n = await names(db);
      return c.json(
        {
          items: visible.map((a) =>
            presentSummary(a, scoresOf(questionnaires, a, responses), responses, n),
          ),
        },
        200,
        NO_STORE,
      );
    })
    .openapi(r.create, async (c) => {
      const auth = authOf(c);
      const body = c.req.valid('json');
      const now = deps.now();
      const data = await steeringData(db, body.municipality);
      const version = await dataVersion(db);
      const id = await audited(
        db,
        (tx) =>
          createAssessment(
            tx,
            {
              municipality: body.municipality,
              title: body.title,
              questionnaireVersion: questionnaires.current.version,
              roundId: null,
              shared: body.shared,
              data,
              dataVersion: version,
              authorId: authorOf(auth),
            },
            now,
          ),
        (id) =>
          audit(auth, 'steering.assess', 'steering-assessment', id, body.municipality, {
            title: body.title,
            shared: body.shared,
          }),
      );
      return c.json({ id, version: 1 }, 201, { Location: `/api/v1/steering/assessments/${id}` });
    })
    .openapi(r.read, async (c) => {
      const auth = authOf(c);
      const a = await readable(auth, Number(c.req.valid('param').id));
      return c.json(await document(auth, a), 200, NO_STORE);
    })
    .openapi(r.patch, async (c) => {
      const auth = authOf(c);
      const id = Number(c.req.valid('param').id);
      const change = c.req.valid('json');
      const before = await mustFindAssessment(db, id);
      await audited(
        db,
        (tx) => updateAssessment(tx, id, change, deps.now()),
        () =>
          audit(auth, 'steering.assess', 'steering-assessment', id, before.municipality, {
            ...(change.title === undefined ? {} : { title: change.title }),
            ...(change.shared === undefined ? {} : { shared: change.shared }),
          }),
      );
      return c.json(await document(auth, await mustFindAssessment(db, id)), 200, NO_STORE);
    })
    .openapi(r.myResponse, async (c) => {
      const auth = authOf(c);
      const a = await mustFindAssessment(db, Number(c.req.valid('param').id));
      const user = authorOf(auth);
      const found = user === null ? undefined : await findResponse(db, a.id, user);
      if (!found) throw new NotFoundError('Du har ikke besvaret denne vurdering endnu');
      return c.json(responseDocument(a, found), 200, NO_STORE);
    })
    .openapi(r.saveResponse, async (c) => {
      const auth = authOf(c);
      const a = await mustFindAssessment(db, Number(c.req.valid('param').id));
      const body = c.req.valid('json');
      const q = questionnaires.get(a.questionnaireVersion) ?? questionnaires.current;
      const answers = checkResponse(q, body);
      const user = authorOf(auth);
      if (user === null) throw new ProblemError(401, 'Log ind for at svare.', 'Log in to answer.');
      const now = deps.now();
      await audited(
        db,
        (tx) =>
          saveResponse(
            tx,
            {
              assessmentId: a.id,
              userId: user,
              label: body.label,
              centre: body.centre as never,
              answers,
              finished: body.finish,
            },
            now,
          ),
        () =>
          audit(auth, 'steering.answer', 'steering-response', a.id, a.municipality, {
            centre: body.centre,
            answered: Object.keys(answers).length,
            finished: body.finish,
          }),
      );
      const saved = await findResponse(db, a.id, user);
      if (!saved) throw new NotFoundError('Besvarelsen blev ikke gemt');
      return c.json(responseDocument(a, saved), 200, NO_STORE);
    })
    .openapi(r.exportXlsx, async (c) => {
      const auth = authOf(c);
      const a = await readable(auth, Number(c.req.valid('param').id));
      const lang = c.req.valid('query').lang ?? 'da';
      const body = await assessmentWorkbook(await document(auth, a), lang);
      return sendFile(c, 'xlsx', body, `styring-${a.municipality}-${a.id}`);
    })
    .openapi(r.rounds, async (c) => {
      const auth = authOf(c);
      const actor = auth.actor;
      if (actor.kind !== 'user')
        throw new ProblemError(401, 'Log ind for at se runder.', 'Log in to see rounds.');
      const rounds = await listRounds(
        db,
        actor.role === 'national-editor' ? undefined : actor.municipalities,
      );
      return c.json(
        { items: rounds.filter((x) => roundVisible(actor, x)).map(presentRoundSummary) },
        200,
        NO_STORE,
      );
    })
    .openapi(r.createRound, async (c) => {
      const auth = authOf(c);
      const body = c.req.valid('json');
      const codes = [...new Set(body.municipalities)];
      const n = await names(db);
      const unknown = codes.find((m) => !n.has(m));
      if (unknown !== undefined)
        throw new NotFoundError(`Der er ingen kommune med koden ${unknown} (municipalities)`);
      const data = await steeringDataFor(db, codes);
      const version = await dataVersion(db);
      const now = deps.now();
      const created = await audited(
        db,
        async (tx) => {
          const id = await createRound(
            tx,
            {
              name: body.name,
              questionnaireVersion: questionnaires.current.version,
              deadline: body.deadline,
              authorId: authorOf(auth),
            },
            now,
          );
          const assessments = [];
          for (const m of codes) {
            const mData = data.get(m);
            if (!mData) throw new NotFoundError(`Ingen data for ${m} (municipalities)`);
            assessments.push({
              municipality: m,
              id: await createAssessment(
                tx,
                {
                  municipality: m,
                  title: body.name,
                  questionnaireVersion: questionnaires.current.version,
                  roundId: id,
                  shared: false,
                  data: mData,
                  dataVersion: version,
                  authorId: authorOf(auth),
                },
                now,
              ),
            });
          }
          return { id, assessments };
        },
        (res) =>
          audit(auth, 'steering.round', 'steering-round', res.id, null, {
            name: body.name,
            municipalities: codes,
          }),
      );
      return c.json(created, 201, { Location: `/api/v1/steering/rounds/${created.id}` });
    })
    .openapi(r.round, async (c) => {
      const auth = authOf(c);
      const round = await mustFindRound(db, Number(c.req.valid('param').id));
      if (auth.actor.kind === 'anonymous')
        throw new ProblemError(401, 'Log ind for at se en runde.', 'Log in to see a round.');
      if (!roundVisible(auth.actor, round))
        throw new ProblemError(
          403,
          'Kun rundens kommuner og de nationale redaktører kan se runden.',
          "Only the round's municipalities and the national editors can see the round.",
        );
      return c.json(
        await presentRound(db, questionnaires, round, auth.actor, await names(db)),
        200,
        NO_STORE,
      );
    });
}

function responseDocument(a: Assessment, r: StoredResponse) {
  return {
    version: a.questionnaireVersion,
    centre: r.centre,
    label: r.label,
    answers: r.answers,
    finished: r.finishedAt !== null,
    finishedAt: r.finishedAt,
    updatedAt: r.updatedAt,
  };
}
