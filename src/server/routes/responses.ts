import type { z } from '@hono/zod-openapi';
import { problemResponses } from '../schemas.ts';

/** A JSON answer of one status: its description and its schema. */
export const jsonContent = <S extends z.ZodType>(description: string, schema: S) => ({
  description,
  content: { 'application/json': { schema } },
});

/** A JSON answer (200) and the problem documents (400, 404, 422). */
export const jsonResponses = <S extends z.ZodType>(description: string, schema: S) => ({
  200: jsonContent(description, schema),
  ...problemResponses,
});
