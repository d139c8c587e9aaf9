import { loadCorpus } from "../src/corpus/load.ts";
import site from "./site.ts";

export default () => loadCorpus(site).tags;
