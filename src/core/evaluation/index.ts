/** @module The effect check of initiatives (DESIGN.md §3.8): synthetic control and its parts. */
export { simplexLeastSquares, type SimplexFit } from './simplex-least-squares.ts';
