/** One thing wrong, and where: `path` points into the input (e.g. "observations[3].value.amount"). */
export interface Problem {
  readonly path: string;
  readonly message: string;
}
