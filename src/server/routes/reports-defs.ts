import { createRoute } from '@hono/zod-openapi';
import {
  ReportDraftBody,
  ReportDraftDocument,
  ReportDraftListDocument,
  ReportDraftParams,
  ReportDraftVersionParams,
  authResponses,
  conflictResponse,
} from '../schemas/index.ts';
import { problemResponses } from '../schemas.ts';
import { jsonContent } from './responses.ts';

// The standard report's narrative drafts (issue 20), as the OpenAPI document lists them.

const tags = ['reports'];
const readResponses = { ...problemResponses, ...authResponses };

export const reportDraftRouteDefs = {
  draft: createRoute({
    method: 'get',
    path: '/api/v1/reports/{code}/draft',
    summary: 'Den nyeste kladde til rapportens tekst (version 0: ingen) / the latest draft',
    tags,
    request: { params: ReportDraftParams },
    responses: { 200: jsonContent('Kladden', ReportDraftDocument), ...readResponses },
  }),
  save: createRoute({
    method: 'put',
    path: '/api/v1/reports/{code}/draft',
    summary: 'Gem kladden som en ny version; en forældet baseVersion giver 409 / save a draft',
    tags,
    request: {
      params: ReportDraftParams,
      body: { required: true, content: { 'application/json': { schema: ReportDraftBody } } },
    },
    responses: {
      200: jsonContent('Den nye version', ReportDraftDocument),
      ...readResponses,
      ...conflictResponse,
    },
  }),
  versions: createRoute({
    method: 'get',
    path: '/api/v1/reports/{code}/drafts',
    summary: 'Kladdens versioner, nyeste først / the draft’s versions',
    tags,
    request: { params: ReportDraftParams },
    responses: { 200: jsonContent('Versionerne', ReportDraftListDocument), ...readResponses },
  }),
  version: createRoute({
    method: 'get',
    path: '/api/v1/reports/{code}/drafts/{version}',
    summary: 'En tidligere version af kladden / an earlier version',
    tags,
    request: { params: ReportDraftVersionParams },
    responses: { 200: jsonContent('Versionen', ReportDraftDocument), ...readResponses },
  }),
};
