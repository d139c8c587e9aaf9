import { parentPort, workerData } from "node:worker_threads";
import { readArticle, type ReadResult } from "./readArticle.ts";

/** A worker thread's share of the articles: read and derive each, send them all back in one message. */
const paths = (workerData as { paths: string[] }).paths;
const results: ReadResult[] = paths.map((path) => readArticle(path));
parentPort!.postMessage(results);
