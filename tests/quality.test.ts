import { test } from "uvu";
import * as assert from "uvu/assert";
import { readsWrong, suspectHeadlines } from "../bench/quality.ts";

const ARTICLE = "The harbour master Ana Reyes has resigned after a year in the post. Reyes said the job was hard.";

test("a headline in the perfect reads wrong; one whose perfect is another clause's does not", () => {
  assert.is(readsWrong("Harbour master has resigned", ARTICLE), "not in headline tense");
  assert.is(readsWrong("Harbour master Reyes has re-opened debate", ARTICLE), "not in headline tense");
  // A main verb left in the simple past before its object; a passive and a dated past are headline style.
  assert.is(readsWrong("Reyes admitted victory was vital", ARTICLE), "not in headline tense");
  assert.is(readsWrong("Harbourline sold the old ferry", ARTICLE), "not in headline tense");
  assert.is(readsWrong("Reyes admits victory was vital", ARTICLE), "");
  assert.is(readsWrong("Skippers warned about storm", ARTICLE), "");
  assert.is(readsWrong("Reyes fined 500 euros after fight", ARTICLE), "");
  assert.is(readsWrong("Harbour master vanished 10 years ago", ARTICLE), "");
  assert.is(readsWrong("Harbour master resigns", ARTICLE), "");
  assert.is(readsWrong("Reyes says she has resigned", ARTICLE), "");
  assert.is(readsWrong("Harbour master who has resigned speaks out", ARTICLE), "");
  assert.is(readsWrong("Ferry fares are issues councillors have avoided", ARTICLE), "");
  // The article must have the quotation word for word, or the headline misquotes it.
  assert.is(readsWrong("Harbour talks have been \"making progress\"", `${ARTICLE} Talks have been "making progress".`), "");
  assert.is(readsWrong("Harbour talks have been \"making progress\"", `${ARTICLE} Talks have been "making good progress".`), "a quotation the article does not have word for word");
});

test("a clause cut one word after it opened reads wrong", () => {
  assert.is(readsWrong("Islanders so dependent on ferry that one", ARTICLE), "a clause cut just after it opened");
  assert.is(readsWrong("Reyes may return if asked to", ARTICLE), "");
  assert.is(readsWrong("Dispute between council and harbour master Reyes, controlled", ARTICLE), "a clause cut just after it opened");
});

test("a pronoun or a time word first reads wrong", () => {
  assert.is(readsWrong("She resigns after a year", ARTICLE), "starts with a pronoun or There");
  assert.is(readsWrong("But he denied the harbour would close", ARTICLE), "starts with a pronoun or There");
  assert.is(readsWrong("Then goes on to run his own ferry", ARTICLE), "starts with a word that joins it to a sentence before");
  assert.is(readsWrong("Yesterday, harbour master resigned", ARTICLE), "starts with a time word");
});

test("a verb the articles never end a clause on is suspect last, but not after a preposition, which makes it a noun", () => {
  const texts = ["The skipper admits it. She plans a series of boat trips. She will race the ferry. He races boats now. It races ahead of them. Who races home?"];
  const reasons = (headline: string) => suspectHeadlines([headline], texts).map((suspect) => suspect.reason);
  assert.equal(reasons("Averly skipper races"), ["ends on a verb that wants its object"]);
  assert.equal(reasons("Averly skipper plans series of races"), []);
});

test("a function word last is suspect; an object pronoun or the month May is none", () => {
  const texts = ["The skipper told them the ferry would sail in May, or so she said. She may sail. The board asked who told them. It sails for the first time since the war."];
  const reasons = (headline: string) => suspectHeadlines([headline], texts).map((suspect) => suspect.reason);
  assert.equal(reasons("Skipper says ferry may"), ["ends on a function word"]);
  assert.not.ok(reasons("Ferry sails for first time since May").includes("ends on a function word"));
  assert.not.ok(reasons("Board asks who told them").includes("ends on a function word"));
});

test("a pair or a comparison without its other half is suspect", () => {
  const texts = ["The peer wants women to have the same rights as men. She will give the ferry both a name and a flag. They want to sail. There were more ferries than ever, with worse-than-average fares. The board wants it."];
  const reasons = (headline: string) => suspectHeadlines([headline], texts).map((suspect) => suspect.reason);
  assert.equal(reasons("Peer wants women to have same rights"), ["a comparison or pair cut in half"]);
  assert.equal(reasons("Peer wants women to have same rights as men"), []);
  // A comparison whole, however far its `than`, and one written as a word: none is cut.
  assert.equal(reasons("Peer wants women to have more rights to sail ferries than men"), []);
  assert.equal(reasons("Peer wants women to have worse-than-average rights"), []);
  assert.equal(reasons("Board wants women to have rights than men"), ["a comparison or pair cut in half"]);
  assert.equal(reasons("Peer wants to give ferry both name"), ["a comparison or pair cut in half"]);
});

test("a claim whose speaker comes first, before a colon, is credited", () => {
  const text = "Citizenship ceremonies could be introduced for islanders, Mira Okafor has said. Okafor said the idea was new.";
  assert.is(readsWrong("Okafor: Citizenship ceremonies could be introduced for islanders", text), "");
  assert.is(readsWrong("Citizenship ceremonies could be introduced for islanders", text), "a claim without who makes it");
});

test("a verb cut before what it needs is judged where the article first has it, not in a later sentence", () => {
  const text = "Reyes has had the chance to mend the walls and has failed, Okafor has said. Reyes has failed to mend the walls for years.";
  assert.is(readsWrong("Reyes has chance to mend walls and has failed, Okafor says", text), "");
  assert.is(readsWrong("Council repairs walls left", "The council repairs the walls left by the storm."), "a verb cut before what it needs");
});

test("a condition cut, a change or a relation without its phrase, a superlative without its owner read wrong", () => {
  const text = "Skippers will be fined if they sail in a storm. Fares caused a 26% increase in ferry use. The council is to hold talks with Lindmoor. The logs of the world's oldest ferry firms are to be scanned. Fares will rise in May. Ferry use saw a sharp rise in 2005. The targets were meant to help the port.";
  assert.is(readsWrong("Skippers to be fined", text), "a condition cut");
  assert.is(readsWrong("Skippers to be fined if they sail in storm", text), "");
  assert.is(readsWrong("Fares cause 26% increase", text), "a noun cut before what it is in or with");
  assert.is(readsWrong("Council to hold talks", text), "a noun cut before what it is in or with");
  assert.is(readsWrong("Council to hold talks with Lindmoor", text), "");
  assert.is(readsWrong("Fares will rise", text), ""); // a verb
  assert.is(readsWrong("Ferry use sees sharp rise", text), ""); // `in 2005` says when
  assert.is(readsWrong("Logs of oldest ferry firms to be scanned", text), "a superlative without what bounds it");
  assert.is(readsWrong("Logs of world's oldest ferry firms to be scanned", text), "");
  assert.is(readsWrong("Targets were meant", text), "a verb cut before what it needs");
  const republic = "Republic of Averly harbour master Ana Reyes has resigned. The Republic of Averly is small.";
  assert.is(readsWrong("Republic of Reyes resigns", republic), "a broken name or title");
  assert.is(readsWrong("Republic of Averly harbour master resigns", republic), "");
});

test.run();
