import { AnyJson, problemResponses } from '../schemas.ts';

/** A JSON answer of one status, documented by its description. */
export const jsonContent = (description: string) => ({
  description,
  content: { 'application/json': { schema: AnyJson } },
});

/** A JSON answer (200) and the problem documents (400, 404, 422). */
export const jsonResponses = (description: string) => ({
  200: jsonContent(description),
  ...problemResponses,
});
