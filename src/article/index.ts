export { parseArticle, isArticleFile } from "./parse.ts";
export { formatProblem } from "./problem.ts";
export type { Article, AuthorFields, ParseResult, Problem, ProblemCode } from "./types.ts";
