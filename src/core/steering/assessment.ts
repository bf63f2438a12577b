import type { Answers } from './answers.ts';
import type { CentreId } from './questionnaire.ts';
import type { SteeringData } from './data-score.ts';

/** An assessment: one municipality's self-assessment on one questionnaire version. */
export interface Assessment {
  readonly id: number;
  readonly municipality: string;
  readonly title: string;
  readonly questionnaireVersion: string;
  readonly roundId: number | null;
  /** Shared results count in others' comparisons and may be read by everyone. */
  readonly shared: boolean;
  readonly sharedAt: string | null;
  /** The data side, as computed when the assessment was made. */
  readonly data: SteeringData;
  /** The data version (imports) it was computed on. */
  readonly dataVersion: string | null;
  readonly version: number;
  readonly authorId: number | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A stored response: one respondent (a user) of an assessment. */
export interface StoredResponse {
  readonly id: number;
  readonly assessmentId: number;
  readonly userId: number;
  /** The respondent's own name and title, as typed; shown only to its own municipality. */
  readonly label: string;
  readonly centre: CentreId;
  readonly answers: Answers;
  readonly finishedAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A group round opened by a national editor (facilitator) for several municipalities. */
export interface SteeringRound {
  readonly id: number;
  readonly name: string;
  readonly questionnaireVersion: string;
  readonly deadline: string | null;
  readonly authorId: number | null;
  readonly createdAt: string;
  /** The round's assessments, one per municipality. */
  readonly assessments: readonly {
    readonly id: number;
    readonly municipality: string;
    readonly shared: boolean;
  }[];
}

/** The most municipalities one round may name. */
export const MAX_ROUND_MUNICIPALITIES = 98;
