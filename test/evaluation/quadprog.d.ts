// The npm port of R's quadprog (Goldfarb–Idnani dual method) ships no types: the one function
// the tests use. Like the Fortran it ports, every array is 1-based (index 0 unused), and Amat
// holds one constraint per column: Amat[i][c] is variable i's coefficient in constraint c.
declare module 'quadprog' {
  /** solve.QP's answer; `message` is empty on success, and alone when the arguments misfit. */
  export interface QpResult {
    readonly solution?: number[];
    readonly value?: number[];
    readonly Lagrangian?: number[];
    readonly iact?: number[];
    readonly iterations?: number[];
    readonly message: string;
  }
  /**
   * min ½bᵀDb − dᵀb subject to Aᵀb ≥ b0, the first `meq` constraints as equalities. Dmat and
   * dvec are overwritten.
   */
  export function solveQP(
    Dmat: number[][],
    dvec: number[],
    Amat: number[][],
    bvec: number[],
    meq?: number,
  ): QpResult;
}
