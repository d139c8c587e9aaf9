import { existsSync, readdirSync, readFileSync } from "node:fs";
import { test } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { parseArticle, type Article } from "../src/article/index.ts";
import { datelinePlace, dropDateline, dropLabel, dropRelatedAsides, fixDetachedPunctuation, isPageFurniture, nameThisPlace, recognizeTweet, stripControlCharacters } from "../src/digest/clean.ts";
import { deriveHeadline, HEADLINE_MAX } from "../src/digest/headline.ts";
import { compressBySalience, namesWithNumber } from "../src/digest/headline/compress.ts";
import { cutPoints } from "../src/digest/headline/candidates.ts";
import { creditOf, creditSource } from "../src/digest/headline/credit.ts";
import { preferComplement } from "../src/digest/headline/complement.ts";
import { dangles, dropDanglingEnd, dropLeadingAmount, dropLeadingConjunction, keepQuestion } from "../src/digest/headline/finish.ts";
import { surnamesOnly } from "../src/digest/headline/surnames.ts";
import { trimAtPhrase, trimToLength } from "../src/digest/headline/trim.ts";
import { headlinese, nameBeforeNoun, namesAsModifiers } from "../src/digest/headline/headlinese.ts";
import { tellTheDeath, unshoutFirstWord, dropAppositive, dropAttributionTail, dropFillerSubject, dropLeadingAdverbial, dropLeadingAttribution, dropLeadingTime, dropParentheticals, dropRepeatedWords, dropReportingFrame, dropTimeWords, nameThePair, raiseSubject } from "../src/digest/headline/lead.ts";
import { assignRoles, presentTense } from "../src/digest/headline/roles.ts";
import { findMainClause, type MainClause } from "../src/digest/headline/clauses.ts";
import { Candidate } from "../src/digest/headline/score.ts";
import { canEnd } from "../src/digest/headline/endings.ts";
import { deletableSpans, fittingSpans, type Reach } from "../src/digest/headline/deletions.ts";
import { weighWords, type Word } from "../src/digest/headline/salience.ts";
import { classify } from "../src/digest/headline/wordclass.ts";
import { baseForm, baseOfGerund, baseOfPast, canBeParticiple, isPastForm, thirdPerson } from "../src/digest/verbs.ts";
import { deriveEntry } from "../src/digest/index.ts";
import { isProse, splitAtBoundaries, splitSentences } from "../src/digest/sentences.ts";
import { remembered } from "../src/remember.ts";
import { slugify } from "../src/digest/slug.ts";
import { deriveSummary, leadParagraph } from "../src/digest/summary.ts";
import { capitalisedRuns } from "../src/digest/phrases.ts";
import { deriveTags } from "../src/digest/tags.ts";
import { countWords, readingMinutes } from "../src/digest/words.ts";
import { brokenName, readsWrong } from "../bench/quality.ts";

const SEED = new URL("../../shared/seed/000_f810c51db005f7da.txt", import.meta.url);

function article(paragraphs: string[], fields: Article["fields"] = {}): Article {
  return { id: "story", sourcePath: "articles/story.txt", format: "raw", date: "2021-07-22", paragraphs, fields };
}

test("fixes the space a removed link leaves before punctuation", () => {
  assert.is(fixDetachedPunctuation("the bill , which is in committee ."), "the bill, which is in committee.");
  assert.is(fixDetachedPunctuation("a release , calling it “sad.”"), "a release, calling it “sad.”");
  assert.is(fixDetachedPunctuation("wait ... what"), "wait ... what");
});

test("drops a (RELATED: …) aside", () => {
  assert.is(dropRelatedAsides("No comment. (RELATED: Former Journalist Arrested At Airport)"), "No comment.");
  assert.is(dropRelatedAsides("(RELATED: Only An Aside)"), "");
  assert.is(dropRelatedAsides("A (related) word stays."), "A (related) word stays.");
});

test("a wire dateline is where the story was filed: it goes from headline, summary and topics, not from the text", () => {
  assert.is(dropDateline("AVERLY (AP) — The council voted to restore the ferry."), "The council voted to restore the ferry.");
  assert.is(dropDateline("PORT AVERLY, Oct 13 (Reuters) - Harbourline said its sales rose 4%."), "Harbourline said its sales rose 4%.");
  assert.is(dropDateline("SALTMARSH, Calif. — A judge has blocked the ferry levy."), "A judge has blocked the ferry levy.");
  assert.is(dropDateline("OLD QUAY: The harbour board raised its fees."), "The harbour board raised its fees.");
  assert.is(dropDateline("(AP) — Ferries resumed on Monday."), "Ferries resumed on Monday.");
  // A subject in capitals is no dateline: nothing but a dash or a colon before the sentence makes one.
  for (const lead of ["UK ferry firm Harbourline has posted a 22% rise in profit.", "US ferry fares fell 0.3% in May.", "BMW is to recall all cars.", "The AVERLY board - a new body - met."]) assert.is(dropDateline(lead), lead);
  const entry = deriveEntry(article(["AVERLY (AP) — The harbour board voted on Tuesday to restore the night ferry by two months, averting a strike. The vote was 5-4.", "The ferry runs from May. The board meets again in June."]));
  assert.is(entry.headline, "Board votes to restore night ferry by two months");
  assert.match(entry.summary, /^The harbour board voted/);
  assert.not.ok(entry.tags.includes("AVERLY"), entry.tags.join());
  assert.match(entry.text, /^AVERLY \(AP\) — The harbour board/);
  // After a line of its own (the agency's name), the story's first paragraph still loses it.
  assert.is(deriveEntry(article(["The Averly Press", "AVERLY (AP) — The harbour board voted on Tuesday to restore the night ferry by two months, averting a strike. The vote was 5-4."])).summary.slice(0, 16), "The harbour boar");
});

test("a section's label before the story (`Opinion:`, `EXCLUSIVE:`, `Analysis |`) gives no headline or topic", () => {
  assert.is(dropLabel("Opinion: Why the night ferry is an idea whose time has come."), "Why the night ferry is an idea whose time has come.");
  assert.is(dropLabel("EXCLUSIVE: Harbourline to cut 70 jobs"), "Harbourline to cut 70 jobs");
  assert.is(dropLabel("Analysis | The ferry levy explained"), "The ferry levy explained");
  assert.is(dropLabel("Review: the ferry board's fees"), "Review: the ferry board's fees"); // a lower-case start is the sentence's own
  const entry = deriveEntry(article(["Opinion: Why the four-day week is an idea whose time has come. Firms that tried it report happier staff. Critics say it cannot work everywhere."]));
  assert.not.match(entry.headline, /^Opinion/);
  assert.not.ok(entry.tags.includes("Opinion"), entry.tags.join());
});

test("a byline, a time stamp, a caption or a date line copied with the story gives no headline, summary or topic", () => {
  for (const line of ["By Jane Smith, Staff Writer", "By ANA REYES and MIRA OKAFOR, Associated Press", "Updated 5:30 p.m. ET", "Published 13 October 2026", "Photo: A ferry leaves the harbour at dawn. (Ana Reyes/The Courier)", "Image caption: Crews at work", "Jan. 5, 2024", "Tuesday, 13 October 2026", "Advertisement", "Share this article", "Listen to this article · 4 min", "FOR IMMEDIATE RELEASE", "Media contact: Ana Reyes, press@averly.example", "###"]) {
    assert.ok(isPageFurniture(line), line);
  }
  for (const line of ["By Tuesday the ferry was running again.", "By the time the board met, the fees had risen.", "Photographers gathered at the pier.", "Updated figures show ferry use rose 5% in May.", "Share prices rose 5% on Monday."]) {
    assert.not.ok(isPageFurniture(line), line);
  }
  const story = "The harbour board approved a new budget on Tuesday that cuts ferry hours by a third and raises parking fees. The vote was 7-2.";
  const entry = deriveEntry(article(["By Jane Smith, Staff Writer", "Photo: A ferry leaves the harbour at dawn. (Ana Reyes/The Courier)", story, "Ferries will not run on Sundays from March."]));
  assert.match(entry.headline, /^Harbour board approves new budget/);
  assert.match(entry.summary, /^The harbour board approved/);
  assert.not.ok(entry.tags.some((tag) => /Jane|Smith|Writer|Photo|Reyes/.test(tag)), entry.tags.join());
  assert.match(entry.text, /^By Jane Smith, Staff Writer/);
  // All there is still makes an entry.
  assert.is(deriveEntry(article(["Photo: A ferry leaves the harbour at dawn."])).headline, "Photo: A ferry leaves harbour at dawn");
});

test("removes control characters that XML forbids", () => {
  assert.is(stripControlCharacters("a\u0000b\u0007c\u001bd\te"), "a b c d\te");
});

test("reads character references copied from a web page as their characters, and leaves a bare & alone", () => {
  const entry = deriveEntry(article(["Making a call will be quaintly pass&#233; by 2020, a BT report says &mdash; AT&T and R&D &amp more."]));
  assert.is(entry.text, "Making a call will be quaintly passé by 2020, a BT report says — AT&T and R&D &amp more.");
  assert.match(entry.headline, /passé/);
});

test("recognises a tweet flattened to text and credits its handle", () => {
  const block = recognizeTweet("Lifeboat measures now. https://t.co/x pic.twitter.com/y — Hong Kong Watch (@hk_watch) July 22, 2021");
  assert.equal(block, { kind: "tweet", text: "Lifeboat measures now. https://t.co/x pic.twitter.com/y", name: "Hong Kong Watch", handle: "hk_watch", date: "July 22, 2021" });
  assert.is(recognizeTweet("He said — as usual — nothing.").kind, "paragraph");
});

test("splits sentences but not after abbreviations and initials", () => {
  assert.equal(splitSentences("They wrote to the U.S. Congress. Sens. Marco Rubio agreed. George H.W. Bush signed it. It was in the U.S. The end."), [
    "They wrote to the U.S. Congress.", "Sens. Marco Rubio agreed.", "George H.W. Bush signed it.", "It was in the U.S.", "The end.",
  ]);
});

test("a headline drops attribution tails, weekday words and filler subjects", () => {
  assert.is(
    deriveHeadline(["A group of Hong Kong pro-democracy activists sent a letter Wednesday to the U.S. Congress asking for refugee status for persecuted citizens, according to a report by Politico."]),
    "Hong Kong pro-democracy activists ask U.S. Congress, Politico says",
  );
  assert.is(deriveHeadline(["The council approved the new budget on Tuesday, officials said."]), "Council approves new budget, officials say");
  assert.is(deriveHeadline(["The Conservatives would stand up for the forgotten majority, Michael Howard has pledged."]), "Conservatives would stand up for forgotten majority, Michael Howard pledges"); // a promise keeps who made it
});

test("headlinese: no articles, present tense, `to` for the future, passive without `has been`", () => {
  assert.is(deriveHeadline(["The firm has cut 90 jobs, the union said."]), "Firm cuts 90 jobs, union says");
  assert.is(deriveHeadline(["A man has been arrested after a fire at a school in Leeds."]), "Man arrested after fire at school in Leeds");
  assert.is(deriveHeadline(["A flight attendant is fighting for her job after she was suspended."]), "Flight attendant fights for job after she was suspended");
  assert.is(deriveHeadline(["Ministers have rejected calls for a public inquiry into the collapse."]), "Ministers reject calls for public inquiry into collapse");
  assert.is(deriveHeadline(["The company will close its factory in Wales next year, putting 300 jobs at risk."]), "Company to close factory in Wales");
  assert.is(deriveHeadline(["Police are investigating a leaflet posted to homes in south Wales."]), "Police investigate leaflet posted to homes in south Wales");
  assert.is(deriveHeadline(["Prime Minister Tony Blair is planning a visit to the region."]), "Tony Blair plans visit to region");
});

test("a person is named by surname when the article does so after the lead", () => {
  assert.is(deriveHeadline(["Michael Howard has denied his shadow cabinet was split.", "Mr Howard said the shadow cabinet was united."]), "Howard denies shadow cabinet was split");
  assert.is(deriveHeadline(["Michael Howard has denied his shadow cabinet was split.", "The party said it was united."]), "Michael Howard denies shadow cabinet was split");
});

test("an appositive after the subject is dropped", () => {
  assert.is(deriveHeadline(["General Motors, the world's largest car maker, has recalled 200,000 cars over brake faults."]), "General Motors recalls 200,000 cars over brake faults");
});

test("past participles turn into the present tense, regular and irregular", () => {
  const present = (word: string) => thirdPerson(baseForm(word)!);
  assert.equal(["denied", "announced", "stopped", "agreed", "created", "treated", "issued", "died", "added", "won", "spoken"].map(present),
    ["denies", "announces", "stops", "agrees", "creates", "treats", "issues", "dies", "adds", "wins", "speaks"]);
  assert.is(baseForm("table"), undefined);
  assert.equal(["investigating", "planning", "creating", "buying", "closing", "taking"].map((word) => baseOfGerund(word)),
    ["investigate", "plan", "create", "buy", "close", "take"]);
});

test("a remembered word test answers as the test does, undefined included, and forgets all once full", () => {
  const asked: string[] = [];
  const base = remembered((word: string) => (asked.push(word), word.endsWith("ed") ? word.slice(0, -2) : undefined), 2);
  assert.equal(["walked", "walk", "walked", "walk"].map(base), ["walk", undefined, "walk", undefined]);
  assert.equal(asked, ["walked", "walk"]);
  base("jumped"); // the third word fills it: the first two are asked again
  base("walked");
  assert.equal(asked, ["walked", "walk", "jumped", "walked"]);
});

test("a verb's base gets back the `e` its ending swallowed, and only where English spelling needs one", () => {
  const present = (word: string) => thirdPerson(baseForm(word)!);
  assert.equal(["described", "prepared", "completed", "welcomed", "handled", "decided", "guided", "required", "quoted", "retired", "collapsed"].map(present),
    ["describes", "prepares", "completes", "welcomes", "handles", "decides", "guides", "requires", "quotes", "retires", "collapses"]);
  assert.equal(["visited", "entered", "belonged", "defeated", "focused", "panicked", "joined", "abandoned"].map(present),
    ["visits", "enters", "belongs", "defeats", "focuses", "panics", "joins", "abandons"]);
  assert.equal(["preparing", "becoming", "combining", "settling", "beating", "bringing"].map((word) => baseOfGerund(word)),
    ["prepare", "become", "combine", "settle", "beat", "bring"]);
  assert.is(deriveHeadline(["The ferry captain described the crossing as the worst of her career."]), "Ferry captain describes crossing as worst of career");
});

test("the present agrees with a plural subject the singular auxiliary did not: a list of names, a head in -s", () => {
  assert.is(headlinese("Albania, Bulgaria and Macedonia has given the go ahead"), "Albania, Bulgaria and Macedonia give go ahead");
  assert.is(headlinese("artists in Poland has taken the sound to a new level"), "artists in Poland take sound to new level");
  assert.is(headlinese("ferries in the harbour is running late"), "ferries in harbour run late");
  // The head decides, not the last noun; a singular noun in -s stays singular; a firm's name is one firm.
  assert.is(headlinese("The number of jobs has risen"), "number of jobs rises");
  assert.is(headlinese("Business confidence among Japanese manufacturers has weakened"), "Business confidence among Japanese manufacturers weakens");
  assert.is(headlinese("The news has spread"), "news spreads");
  assert.is(headlinese("Marks and Spencer has posted a loss"), "Marks and Spencer posts loss");
});

test("headlinese turns a progressive or a passive with `being` into the plain present or participle", () => {
  assert.is(headlinese("The actor is suing the studio over an injury"), "actor sues studio over injury");
  assert.is(headlinese("The Telegraph newspapers are axing 90 jobs"), "Telegraph newspapers axe 90 jobs");
  assert.is(headlinese("Early recordings of the band are going under the hammer"), "Early recordings of band go under hammer");
  assert.is(headlinese("Net users are being warned about a fake charity website"), "Net users warned about fake charity website");
  assert.is(headlinese("Efforts are being made to protect the holiday"), "Efforts made to protect holiday");
  assert.is(headlinese("Supreme Court judges have been hearing evidence for and against file-sharing"), "Supreme Court judges hear evidence for and against file-sharing");
  assert.is(headlinese("Growth in the market has been nothing less than astonishing"), "Growth in market nothing less than astonishing");
  assert.is(headlinese("The firm is going to close the plant"), "firm is going to close plant");
});

test("headlinese drops the main clause's copula before what the subject is, and `that` after a verb of saying", () => {
  assert.is(headlinese("The ferry captain is confident she can finish the season"), "ferry captain confident she can finish season");
  assert.is(headlinese("Harbour fares are not up for review"), "Harbour fares not up for review");
  assert.is(headlinese("UK consumers are the biggest buyers of music"), "UK consumers biggest buyers of music");
  assert.is(headlinese("Odds are that the ferry will sail"), "Odds are that ferry will sail");
  assert.is(headlinese("Island ferries have been late for a year"), "Island ferries late for year");
  assert.is(headlinese("The old ferry had been in service for years"), "old ferry had been in service for years");
  assert.is(headlinese("Surveyors show that the old pier is unsafe"), "Surveyors show that old pier is unsafe");
  assert.is(headlinese("The harbour master admits that he ignored the warnings"), "harbour master admits he ignored warnings");
  assert.is(headlinese("The mayor says that ferry fares will rise"), "mayor says ferry fares will rise");
  assert.is(headlinese("Islanders should accept that fishermen are paid less"), "Islanders should accept that fishermen are paid less");
});

test("a short headline still turns to the present, and a hyphenated prefix keeps its hyphen", () => {
  assert.is(headlinese("Reyes has died"), "Reyes dies");
  assert.is(headlinese("The harbour master has re-opened the debate"), "harbour master re-opens debate");
  assert.is(baseForm("co-operated"), "co-operate");
  // A noun that looks like a verb of saying opens no clause: `doping claims against Reyes`.
  assert.is(headlinese("An inquiry into doping claims against Ana Reyes has been opened"), "inquiry into doping claims against Ana Reyes opened");
});

test("only the main clause's verb turns to headlinese: a clause after a pronoun or a verb of saying keeps its grammar", () => {
  assert.is(headlinese("The mayor says he will not stand again"), "mayor says he will not stand again");
  assert.is(headlinese("The ferry will not sail in March"), "ferry will not sail in March");
  assert.is(headlinese("The captain says she has been dismissed"), "captain says she has been dismissed");
  assert.is(headlinese("The harbour master insists the pier will reopen"), "harbour master insists pier will reopen");
  assert.is(headlinese("The ferry may have broken the record"), "ferry may have broken record");
  assert.is(headlinese("The council will close the pier"), "council to close pier");
});

const story = (text: string) => deriveHeadline(splitSentences(text));

test("compression keeps the main verb: a participle after the subject is not the news", () => {
  assert.is(story("A ferry captain suspended over a safety report on her blog says she has been dismissed. The captain was suspended in May. " +
    "The ferry company said the captain broke its rules. The captain said her blog was private."), "Ferry captain says she has been dismissed"); // shorter wins: the participle clause goes whole, the verb stays
  assert.is(story("Averly banks Harbour Bank of Averly and Saltmarsh Trust Bank have agreed plans to merge and create the biggest lender on the coast. " +
    "The merger needs approval. Harbour Bank of Averly has 40 branches. Saltmarsh Trust Bank has 30 branches."), "Averly banks Harbour Bank of Averly and Saltmarsh Trust Bank agree plans to merge");
});

test("a headline never ends on a verb whose object, infinitive or particle was cut", () => {
  assert.is(story("Harbour master Ana Reyes has gone on the offensive against the council's ferry plan. Ms Reyes said the plan would ruin the harbour. " +
    "The council said the plan was popular. The ferry plan goes to a vote in May."), "Reyes goes on offensive against ferry plan");
  assert.is(story("Port Averly mayor Tom Reed has refused to retract a remark about ferry crews. Mr Reed said the remark was fair. " +
    "Ferry crews said the remark was an insult. The crews want an apology from the mayor."), "Reed refuses to retract remark about ferry crews");
});

test("deletions leave no half of a pair, comparison or predicate behind", () => {
  assert.is(story("The gap between rich and poor islands is narrowing fast, according to a council report. The report said poor islands were growing faster. " +
    "Rich islands grew by 2%. Poor islands grew by 5%."), "Gap between rich and poor islands narrows fast, council report says");
  assert.is(story("The night ferry could soon be an endangered service. The council wants to cut the ferry. The ferry lost money last year. Islanders want the ferry to stay."),
    "Night ferry could soon be endangered service");
  assert.is(story("The port created fewer jobs than expected in March, but unemployment fell. The port hoped to create 500 jobs. The port created 200 jobs. Unemployment fell to 4%."),
    "Port creates fewer jobs than expected");
  assert.is(story("Ferry passengers rose for the first time in six years in the three months to June. Passengers rose by 2%. " +
    "The ferry company said passengers liked the new boats. Passenger numbers fell for six years."), "Ferry passengers rise for first time in six years");
});

test("a clause between the subject and its verb keeps the verb it leads to", () => {
  assert.is(story("The islanders who rely on the night ferry to reach the mainland could soon be paying double for the crossing. The ferry company wants to raise fares. " +
    "Islanders said the ferry was a lifeline. The night ferry runs six times a week."), "Islanders could soon be paying double for crossing"); // the clause that describes them is detail, the verb group stays whole
  // After a bare plural the clause says which ones: it stays, and so does the verb group.
  assert.is(story("Islanders who rely on the night ferry to reach the mainland could soon be paying double for the crossing. The ferry company wants to raise fares. " +
    "Islanders said the ferry was a lifeline. The night ferry runs six times a week."), "Islanders who rely on night ferry to reach mainland could soon be paying double");
});

test("a capitalised pair is a person only where the article treats its last word as one", () => {
  assert.is(story("Christmas Day crossings will return to the night ferry this year, the Sunday Telegraph reports. The Telegraph said the ferry would sail on Christmas Day. " +
    "Day trips will also return. The ferry stopped Christmas crossings in 2001."), "Christmas Day crossings to return to night ferry, Sunday Telegraph reports");
  assert.is(surnamesOnly("Ask Averly has bought a ferry firm", ["", "Ask Averly said the deal was done."]), "Ask Averly has bought a ferry firm");
  assert.is(surnamesOnly("Ana Reyes has bought a ferry", ["", "Ms Reyes said the deal was done."]), "Reyes has bought a ferry");
  // `who` or an age after the surname alone make it a person's too.
  assert.is(surnamesOnly("Ana Reyes has bought a ferry", ["", "Reyes, who sailed for years, paid cash."]), "Reyes has bought a ferry");
  assert.is(surnamesOnly("Ana Reyes has bought a ferry", ["", "Reyes, 42, paid cash."]), "Reyes has bought a ferry");
  // So does opening a sentence as the one doing something; not inside one (`Port Averly has grown`, the town).
  assert.is(surnamesOnly("Ana Reyes has bought a ferry", ["", "The deal is done. Reyes was speaking at the pier."]), "Reyes has bought a ferry");
  assert.is(surnamesOnly("Port Averly has bought a ferry", ["", "Since then Averly has grown fast."]), "Port Averly has bought a ferry");
  assert.is(surnamesOnly("Ana Reyes has bought a ferry", ["", "The deal is done. Reyes will sail it."]), "Ana Reyes has bought a ferry");
  // A hyphen joins a name's parts: the whole first name goes, and a double-barrelled surname stays whole.
  assert.is(surnamesOnly("Their coach Ana-Maria Reyes has bought a ferry", ["", "Reyes said the deal was done."]), "Their coach Reyes has bought a ferry");
  assert.is(surnamesOnly("Ana Reyes-Okafor has bought a ferry", ["", "Ms Reyes-Okafor said the deal was done."]), "Reyes-Okafor has bought a ferry");
  // Two people joined by `and` are named alike.
  assert.is(surnamesOnly("Ana Reyes and Tom Reed win the race", ["", "Ms Reyes said it was hard."]), "Ana Reyes and Tom Reed win the race");
  // A name followed by a number is an event's, whatever the article says of its last word (`Averly said` is the town).
  assert.is(surnamesOnly("The mayor has opened the Sail Averly 2005 boat show", ["", "Averly said the show would grow."]), "The mayor has opened the Sail Averly 2005 boat show");
  assert.is(surnamesOnly("Ana Reyes beat Mira Okafor 6-3 6-2", ["", "Ms Okafor said it was hard.", "Reyes, 19, plays again on Sunday."]), "Reyes beat Okafor 6-3 6-2");
});

test("a headline over the limit loses its last phrase, not its last words", () => {
  assert.is(trimToLength("Islanders who rely on the night ferry to reach the mainland could soon be paying double for crossings in the winter months"),
    "Islanders who rely on the night ferry to reach the mainland could soon be paying double");
});

test("a participle with its agent stays a participle; a leading clause gives way to the main one", () => {
  assert.is(presentTense("The ferry plan, backed by island groups, will go ahead"), "The ferry plan, backed by island groups, will go ahead");
  assert.is(story("Three years after the ferry was lost in a storm, islanders have fresh hope for the island crossing. The ferry sank in 2001. " +
    "Islanders want the crossing back. The council has found a new ferry for the crossing."), "Islanders have fresh hope for island crossing");
  // `There is …` would point at nothing: a later sentence that names who stands in.
  assert.is(story("Three years after the ferry was lost in a storm, there is fresh hope for the island crossing. The ferry sank in 2001. " +
    "Islanders want the crossing back. The council has found a new ferry for the crossing."), "Council finds new ferry for crossing");
});

test("no deletion takes a verb or a superlative out of a phrase before a name, and a comma ends a verb's clause", () => {
  assert.is(story("Harbour Bank has been banned from suing Averly Ferries over the ferry crash. The bank wanted to sue Averly Ferries. " +
    "Averly Ferries said the ruling was fair. The bank lost money in the crash."), "Harbour Bank banned from suing Averly Ferries over ferry crash");
  assert.is(story("Ferry fares in Averly fell in December, failing to meet forecasts and making it the worst winter for ferries. Ferry fares fell by 2%. " +
    "Forecasts had said fares would rise. Ferry firms blamed the weather."), "Averly ferry fares fall");
});

test("clauses stay whole: a copula's complement, a verb's object clause, a pair joined by `and`", () => {
  assert.is(presentTense("A harbour body designed to train ferry crews"), "A harbour body designed to train ferry crews");
  assert.is(dropTimeWords("The mayor condemned attacks such as Monday's arson"), "The mayor condemned attacks such as arson");
  assert.is(story("The harbour master admits he is at a loss to explain why the ferry keeps breaking down. The ferry broke down six times. " +
    "The harbour master said the engine was new. Islanders are angry about the ferry."), "Harbour master admits he is at loss to explain why ferry keeps breaking down");
  assert.is(story("Islanders fear a new foot and mouth outbreak on the island farms. Foot and mouth was found on a farm in Averly. " +
    "The outbreak could close the farms. Islanders fear for the farms."), "Islanders fear foot and mouth outbreak on island farms");
  assert.is(story("Ferry users urge the council to let them scrutinise how £2m of ferry money is spent. The council spends £2m on ferries. " +
    "Ferry users say the money is wasted. The council says the spending is fair."), "Ferry users urge council to let them scrutinise how £2m of money is spent");
});

test("a source named after its verb goes, and nothing ends before the clause it asks for", () => {
  assert.is(dropAttributionTail("The island economy is performing well below its potential, said a harbour board report."), "The island economy is performing well below its potential");
  assert.is(story("The ferry captain should make clear how sorry she is about the crash, the harbour master has said. The captain crashed the ferry in May. " +
    "Nobody was hurt in the crash. The captain has not spoken about the crash."), "Ferry captain should make clear how sorry she is about crash, harbour master says");
});

test("what a verb of knowing says stays, with the news in a modifier or a particle, and a second verb shares the first one's tense", () => {
  assert.is(story("The former ferry captain has admitted before an Averly court that he used to lie to the harbour board. The captain lied for years. " +
    "The court heard the captain kept false logs. The harbour board sacked the captain."), "Former ferry captain admits he used to lie to harbour board");
  assert.is(story("Averly ferry firms were forced to cut crossings in the face of falling ticket sales. Ticket sales fell by 10%. " +
    "Ferry firms cut six crossings. Ticket sales fell for the third year."), "Averly ferry firms forced to cut crossings");
  assert.is(story("The harbour master played down talk of a ferry strike, saying crews were happy. Crews denied talk of a strike. " +
    "The harbour master said the crews were paid well. A ferry strike would close the port."), "Harbour master plays down talk of ferry strike");
  assert.is(story("Averly Ferries has posted larger-than-expected profits and predicted that it will grow in 2005. Profits rose 15%. " +
    "Averly Ferries carried more passengers. Averly Ferries expects growth."), "Averly Ferries posts profits and predicts it will grow");
  // Before a noun too (`and joined school children`), unless the first verb still wants more after its object.
  assert.is(headlinese("The harbour master has donned a life jacket and joined school children in a dinghy"), "harbour master dons life jacket and joins school children in dinghy");
  assert.is(headlinese("The board has put fare cuts and increased ferry spending at the centre of its budget"), "board puts fare cuts and increased ferry spending at centre of budget");
  assert.is(story("The win at Saltmarsh proves that they now have everything in place to mount a challenge for the ferry cup. The crew won by two lengths. " +
    "The ferry cup is in May. They have the fastest boat."), "Saltmarsh win proves that they have everything in place to mount challenge"); // which win: the subject has no name of its own
});

test("a verb agrees with what is left of a filler subject, and no cut falls inside an `after` or `with` clause", () => {
  assert.is(dropFillerSubject("A group of islanders and fishermen has called for a new ferry"), "islanders and fishermen have called for a new ferry");
  assert.is(story("Shares in ferry operator Harbourline fell 9% in late trade, after its quarterly profits failed to meet forecasts. Harbourline profits rose 4%. " +
    "Harbourline shares had risen for a year. Forecasts had said profits would rise 10%."), "Harbourline shares fall 9%");
  assert.is(story("Averly ferry firms posted mixed results for December - with island routes faring well while many others were forced to cut fares. " +
    "Island routes carried more people. Other routes cut fares. Ferry firms expect a better year."), "Ferry firms post mixed results for December");
});

test("an aside of examples goes with both its commas; a verb keeps its prepositional complement; ordinals stay", () => {
  assert.is(story("Four island ferry crews, including Saltmarsh captain Ana Reyes and her mate, are all ready to sail for the Averly Cup in the harbour race. " +
    "The Averly Cup is in May. The crews trained for a year. Ana Reyes won the cup in 2003."), "Four island ferry crews all ready to sail for Averly Cup");
  assert.is(story("The former harbour master says he will not stand for the leadership again, having given up his ambition to be mayor. " +
    "The harbour master left in May. He said politics was boring. The harbour board will choose a new leader."), "Former harbour master says he will not stand for leadership");
  assert.is(story("Ferry fares are expected to rise for the fifth time since June following the harbour board's latest meeting. Fares rose 2% in June. " +
    "The harbour board meets on Tuesday. Islanders fear higher fares."), "Fares to rise for fifth time since June following harbour board's latest meeting"); // the time it is the fifth since stays
});

test("a verb of saying never ends a headline that cut what was said; where it was said may go", () => {
  const captain = story("The former chief engineer at island ferry firm Harbourline has admitted before a crowded Averly magistrates court that he used to lie to the safety board. " +
    "The engineer lied about the engines for years. The safety board trusted the engineer. Harbourline sacked the engineer in May.");
  assert.not.match(captain, /admits$/);
  assert.match(captain, /admits he used to lie/);
});

test("a `whose` clause is detail: the main verb comes after its own", () => {
  assert.match(story("An Averly firm whose main product is made from the shells of island crabs is looking to raise 20m euros on the stock market. " +
    "The firm hopes to sell shares in May. The crab shells are ground into a powder. The firm employs 40 people."), /^Averly firm .*(?:is looking|looks) to raise 20m euros on stock market$/);
});

test("a word closed by a comma opens no clause, and a plain word before `to` is a plural subject's verb", () => {
  assert.is(story("Island ferry users continue to break records with their ticket buying, with new figures showing that 2 million tickets were sold in total in 2004. " +
    "The figures showed ticket sales rose in December. Ferry users bought more tickets online. The ferry company expects more records."),
  "Ferry users continue to break records with ticket buying"); // with what, short as it is
});

test("no deletion reverses a verb or leaves a phrase hanging on a noun that went", () => {
  // `stop the port [from flooding]` says the opposite; `by raising the sea wall` is only how.
  assert.match(story("Averly's efforts to stop the port from flooding by raising the sea wall will continue into 2005, island officials report. " +
    "The sea wall was raised in May. The port flooded twice last year. Averly wants to protect the port."), /^(?:Averly )?[Ee]fforts to stop port from flooding .*to continue into 2005, island officials report$/);
  assert.is(story("Averly's efforts to stop the port from flooding by building a barrier will continue into 2005, island officials report. " +
    "The port flooded twice last year. Averly wants to protect the port. The port handles the island's ferries."), "Averly efforts to stop port from flooding to continue into 2005, island officials report"); // the named owner stays
  // `for islanders` hangs on `ferry plan`: it goes with it or stays with it.
  assert.not.match(story("The harbour board is trying to win over wary islanders with the launch of its ferry plan for islanders. " +
    "The ferry plan adds six crossings. Islanders are wary of the harbour board. The harbour board wants islanders to back the plan."), /islanders for islanders/);
});

test("a verb that asks for more after its object keeps it: `leaves fares unchanged`, `blames X for Y`", () => {
  assert.match(story("The Averly harbour board has left ferry fares on hold at £4 for the sixth month in a row. The harbour board meets every month. " +
    "Ferry fares were last raised in May. The board said ferry fares would stay on hold."), /^Averly harbour board leaves ferry fares on hold/);
});

test("a weekday goes with its possessive, and a word after a noun and an adverb is a verb", () => {
  assert.is(dropTimeWords("Reyes was ruled out of Wednesday's harbour race"), "Reyes was ruled out of harbour race");
  assert.is(dropTimeWords("Reyes was ruled out of Wednesday's Averly Cup final"), "Reyes was ruled out of Averly Cup final");
  assert.is(dropTimeWords("The ferry, due for launch at the end of next month, will be the fastest"), "The ferry, due for launch, will be the fastest"); // not `at the end of,`
  assert.is(dropTimeWords("The Sunday Herald said the ferry was late"), "The Sunday Herald said the ferry was late");
  const roles = assignRoles(weighWords("Ana Reyes still harbours hopes of a place", ["Ana Reyes still harbours hopes of a place", "x"]));
  assert.is(roles[3], "verb");
});

test("a cut to length leaves no clause just opened and no verb without the object that followed it", () => {
  assert.is(trimToLength("Islanders become so dependent on the night ferry that one in three fear losing their jobs if it stops", 70), "Islanders become dependent on the night ferry");
  // Its `that` left unsaid: `so hungry [for fares many are queueing …]`.
  assert.is(trimToLength("Ferry users are so hungry for cheap fares many are queueing for hours at the pier to buy tickets", 40), "Ferry users are hungry");
  assert.not.ok(canEndOn("Ferry users are so hungry for cheap fares many are queueing at the pier", "hungry"));
  assert.ok(canBeParticiple("molly-coddled"));
  assert.not.ok(canEndOn("The game is a wake-up call to today's gamers molly-coddled with slick visuals", "molly-coddled"));
  // A verb whose phrase, not its object, was cut away stands: `to return [to the harbour board …]`.
  assert.is(trimToLength("Harbour master Reyes to return to the harbour board after a year away from the island", 60), "Harbour master Reyes to return to the harbour board");
});

test("a headline over the limit with no phrase break is cut before `to`, `of` or `and`, never mid-phrase", () => {
  assert.is(trimToLength("Averly lends Saltmarsh $6bn to help the Saltmarsh government renationalise the Saltmarshneftegas harbour unit of Harbourline"),
    "Averly lends Saltmarsh $6bn");
  assert.is(trimToLength("Former Averly harbour master Ana Reyes accuses the Saltmarsh ferry crews of lacking pride and ambition and nerve"),
    "Former Averly harbour master Ana Reyes accuses the Saltmarsh ferry crews of lacking pride");
});

test("an infinitive keeps its perfect, a noun after `on` ends a phrase, and a verb's object or `to` is not cut away", () => {
  assert.is(headlinese("The ferry plan appears to have been put on hold"), "ferry plan appears to have been put on hold");
  assert.is(dropDanglingEnd("Ferry plan appears to be put on hold"), "Ferry plan appears to be put on hold");
  assert.is(story("The harbour master has criticised the way Mira Okafor's ferry firm operates, accusing it of cutting corners. Ms Okafor runs the ferry firm. " +
    "The ferry firm carries islanders to Averly. The harbour master wants checks on the ferry firm."), "Harbour master criticises way Mira Okafor's ferry firm operates");
  assert.not.match(story("Island families have found their lost relatives thanks to a radio show on Averly FM. The radio show reads out names. " +
    "Families wrote to the radio show. The radio show has found 500 relatives."), /thanks$/);
});

test("a name goes before the noun it owns, as headlines write it, but not a quantity's or a describing word's", () => {
  assert.is(nameBeforeNoun("Shares in Harbourline Ferries jump 6%"), "Harbourline Ferries shares jump 6%");
  assert.is(nameBeforeNoun("Owners of Harbourline to sue council"), "Harbourline owners to sue council");
  assert.is(nameBeforeNoun("Thousands of Averly islanders protest"), "Thousands of Averly islanders protest");
  assert.is(nameBeforeNoun("Shares in Averly ferry firm Harbourline jump"), "Shares in Averly ferry firm Harbourline jump");
  assert.is(nameBeforeNoun("Ticket sales at Averly box office predicted to rise"), "Ticket sales at Averly box office predicted to rise");
  assert.is(nameBeforeNoun("Bank of Averly leaves rates on hold", ["The Bank of Averly has left rates on hold."]), "Bank of Averly leaves rates on hold");
  // A lower-case head after headlinese dropped its article is no name (`The owners of …` → `owners of …`).
  assert.is(nameBeforeNoun("owners of Harbourline to sue council", ["The owners of Harbourline are to sue the council.", "The owners of Harbourline said so."]), "Harbourline owners to sue council");
  // The name must end the noun phrase, and not be one term with the next word.
  assert.is(nameBeforeNoun("Chief executive of Harbourline group takes control"), "Chief executive of Harbourline group takes control");
  assert.is(nameBeforeNoun("Clutch of Averly nominees least popular", ["A clutch of Averly nominees is least popular.", "Averly nominees lost."]), "Clutch of Averly nominees least popular");
});

test("a name the article comes back to stays when it heads its phrase", () => {
  assert.is(story("Plans to create a single harbour agency for Saltmarsh have been scrapped. The Averly council will not now merge the harbour board with the island ferry departments. " +
    "The National Harbour Agency would have provided a single port system but has been abandoned. Instead, island councils and the harbour board will be compelled to work more closely. " +
    "Saltmarsh's ferry crossings are slow, with more than 60% of ferries late."), "Plans to create harbour agency for Saltmarsh scrapped");
});

test("the subject is named, not described: a descriptor before the name that leads to the verb goes", () => {
  assert.is(story("Island ferry operator Harbourline has unveiled a new night ferry for the Saltmarsh crossing. Harbourline built the ferry in Averly. " +
    "The Saltmarsh crossing takes an hour. The night ferry sails in May."), "Harbourline unveils night ferry for Saltmarsh crossing"); // short, it says which ferry
  assert.is(story("Former Averly harbour master Ana Reyes has joined Harbourline as a ferry captain. Ms Reyes left the harbour in May. " +
    "Harbourline runs the night ferry. Ms Reyes will sail the night ferry."), "Reyes joins Harbourline as ferry captain");
});

test("a claim keeps who makes it, shortened as a newsroom would, and the claim is not cut in half for it", () => {
  assert.is(story("Ferry fares could double by May, the island's harbour watchdog has warned. The watchdog blamed fuel. Fares rose in 2004."), "Ferry fares could double, harbour watchdog warns");
  assert.equal(creditOf("Fares could double, according to a report by the Averly Harbour Trust (AHT)."), { who: "AHT", verb: "says" });
  assert.equal(creditOf("Fares could double, a committee of harbour pilots and captains has said."), { who: "committee", verb: "says" });
  assert.equal(creditOf("Fares could double, ferry captains say."), { who: "ferry captains", verb: "say" });
  // A promise is credited as one: `…, Michael Howard pledged as he unveiled …`.
  assert.equal(creditOf("Fares will not rise, Ana Reyes pledged as she unveiled the harbour plan."), { who: "Ana Reyes", verb: "pledges" });
  assert.equal(creditOf("Ferries will run all night, the harbour board has promised."), { who: "harbour board", verb: "promises" });
  assert.equal(creditOf("Fares will fall, the unions have vowed."), { who: "unions", verb: "vow" });
  // A claim made in court by someone unnamed is the court's to hear: `…, it was claimed in court.`
  assert.equal(creditOf("The former head of Harbourline overstated earnings, it was claimed in court."), { who: "court", verb: "hears" });
  assert.equal(creditOf("The board lied about the fares, an Averly court has been told."), { who: "court", verb: "hears" });
  assert.is(creditOf("The board lied about the fares, it was claimed."), undefined);
  // Said as it is said: `is warning a committee`, `are saying`.
  assert.equal(creditOf("Fares could double within a decade, the Averly Harbour Trust is warning a committee of councillors."), { who: "Averly Harbour Trust", verb: "warns" });
  assert.equal(creditOf("Fares could double, ferry captains are saying."), { who: "ferry captains", verb: "say" });
  assert.is(creditOf("Fares could double, a warning to islanders."), undefined);
  // Said when or where: `… said as the conference began`, `… has said during a visit`; a report of what was said credits no one.
  assert.equal(creditOf("Fares must double, the harbour master said as the board met."), { who: "harbour master", verb: "says" });
  assert.equal(creditOf("Fares must double, Mayor Okafor has said during a visit to the pier."), { who: "Mayor Okafor", verb: "says" });
  assert.is(creditOf("Fares will double, Mayor Okafor has been reported as saying."), undefined);
  // A name too long for a headline: the person after their titles, or the owner of an organisation.
  assert.equal(creditOf("Fares will double, Averly Harbour Board Chairman Mira Okafor has said."), { who: "Mira Okafor", verb: "says" });
  assert.equal(creditOf("Fares will double, the UN's Food and Agriculture Organisation has said."), { who: "UN", verb: "says" });
  assert.equal(creditOf("Fares fell, according to figures from the Office of the Deputy Prime Minister."), { who: "figures", verb: "show" }); // a title ends it: no person
  // After a quotation the comma may go; `those behind …` names no one.
  assert.equal(creditOf('The night ferry is "a lifeline" say island councillors.'), { who: "island councillors", verb: "say" });
  assert.is(creditOf('Talks on the ferry deal have been "making good progress" say those behind the negotiations.'), undefined);
  assert.is(dropAttributionTail('Talks on the ferry deal have been "making good progress" say those behind the negotiations.'), 'Talks on the ferry deal have been "making good progress"');
  assert.equal(creditOf("Fares could double, says Mira Okafor, head of the Averly ferry union."), { who: "Mira Okafor", verb: "says" });
  assert.equal(creditOf("Fares rose 3%, according to official figures."), { who: "official figures", verb: "show" });
  assert.equal(creditOf("Fares rose 3%, the Mail on Sunday reported."), { who: "Mail on Sunday", verb: "reports" });
  assert.equal(creditOf("Fares fell, a study has found."), { who: "study", verb: "finds" });
  assert.equal(creditOf("Crews distrust owners, a new poll conducted for the union suggests."), { who: "poll", verb: "suggests" });
  assert.equal(creditOf("Fares rose 3%, according to figures from the Office of the Harbour Master General of Averly."), { who: "figures", verb: "show" });
  assert.is(creditOf("Fares will double, the island's Ferry & Harbour Users Association has warned."), undefined); // too long, and no owner to name
  assert.equal(creditOf("Fares will double, the UN's Ferry & Harbour Users Association has warned."), { who: "UN", verb: "warns" });
  assert.equal(creditOf("Fares will double, his family has said."), { who: "family", verb: "says" });
  assert.equal(creditOf("Fares will double, Mayor Ana Kelly has said."), { who: "Mayor Ana Kelly", verb: "says" });
  assert.is(creditOf("Fares will double, it has been reported."), undefined); // no one to name
  assert.equal(creditOf("Film-maker Mira Okafor says island cinema is stronger than ever."), { who: "Mira Okafor", verb: "says" }); // a speaker first
  assert.is(story("Film-maker Mira Okafor says island cinema is stronger than ever in Port Averly. Okafor said so in May. Cinemas opened. Okafor made three films."), "Island cinema stronger than ever in Port Averly, Okafor says");
  assert.is(creditOf("Fares will double, as expected."), undefined);
  // Past its 90 characters the claim would lose more than a third of its words: it stays whole, uncredited.
  const long = "Ferry passengers travelling between Port Averly and the northern islands should expect fares to double by next May, harbour pilots say.";
  assert.is(story(`${long} Fares rose in 2004.`).endsWith("pilots say"), false);
  // Nor is the credit made room for with the claim's verb: `quiz show Ferry[ Tales will not return], Averly Broadcaster says`.
  const show = "Ana Reyes and Tomas Okafor's late night harbour quiz show Ferry Tales will not return";
  assert.is(creditSource(show, [`${show} to screens, the Averly Broadcaster has said.`, "The show ran for six years."]), show);
  // Nor inside a phrase: `investigates … shareholder[ transactions], firm says`; only where a phrase ends.
  const investigates = "Island ferry regulator investigates Harbourline & Okafor's shareholder transactions";
  assert.is(creditSource(investigates, ["The island ferry regulator is investigating Harbourline & Okafor's shareholder transactions, the firm has said.", "The court sat in May."]), investigates);
  assert.is(creditSource("Reyes had gunshot residue on her hands", ["Reyes had gunshot residue on her hands, a court has heard.", "The court sat in May."]), "Reyes had gunshot residue on her hands, court hears");
});

test("an adjective of readiness keeps its act, a replacement its replacer, a participle its agent, an idiom its preposition; `three shows` and `made her determined` are no verb and no owner", () => {
  assert.not.ok(canEndOn("Okafor says the regatta has made him determined to win the Averly Cup", "determined"));
  assert.not.ok(canEndOn("The ferry fare has hit a record high and analysts predict further rises", "predict"));
  assert.not.ok(canEndOn("Reyes has confirmed she will take part in the Averly regatta in May", "part"));
  assert.not.ok(canEndOn("Reyes has criticised the harbour board over the issue of equal pay for crews", "board"));
  assert.ok(canEndOn("Reyes has criticised the harbour board in a speech", "board")); // only a reason is the news
  assert.not.ok(canEndOn("Reyes has lodged an appeal against her eight-year racing ban", "appeal"));
  assert.not.ok(canEndOn("Reyes has lodged an appeal against her eight-year racing ban", "eight-year"));
  assert.match(roles("Reyes has lodged an appeal against her eight-year racing ban"), / racing\/noun ban\/noun$/);
  assert.ok(canEndOn("Reyes has confirmed she will take part", "part"));
  assert.ok(canEndOn("Reyes was sacked eight months after taking charge of the ferry", "charge")); // whole without `of`
  assert.not.ok(canEndOn("Reyes has tried to pile pressure on the harbour board", "pressure"));
  assert.not.ok(canEndOn("Averly Rovers have won their first away game for nearly four years at Saltmarsh", "game"));
  assert.not.ok(spansOf("A cap on ferry fares should not yet be introduced in Port Averly").includes("yet"));
  assert.not.ok(canEndOn("Reyes beat Okafor, Lund, Marsh and the Averly crew to win the regatta", "Marsh"));
  assert.not.ok(canEndOn("Reyes beat Okafor, Lund, Marsh and the Averly crew to win the regatta", "Lund,"));
  assert.is(trimToLength("Reyes says she is fit and will take part in the Averly Cup regatta on the north shore", 50), "Reyes says she is fit");
  assert.ok(canEndOn("Okafor says the regatta has made him determined", "determined"));
  assert.not.ok(canEndOn("The Port Averly radio show is to be succeeded by three shows hosted by ferry crews", "succeeded"));
  assert.is(trimToLength("Port Averly radio show to be replaced by three shows hosted by ferry crews from the northern islands", 60), "Port Averly radio show to be replaced by three shows");
  assert.is(headlinese("Okafor says the award has made her determined to win"), "Okafor says award has made her determined to win");
});

test("a noun before `such as` is no verb, a past after a closing dash is, a relative's `said` keeps its clause, a relative keeps whose it is, a quoted word its noun", () => {
  assert.match(roles("The ferry firm is set to grow with other routes such as night crossings"), / routes\/noun such\/glue /);
  assert.match(roles("Captain Reed - who leads the ferry crews - rose to the top of the island's union"), / -\/glue rose\/verb /);
  assert.not.ok(canEndOn("Reed criticised a union leader who said conflict between crews and owners was harming ferries", "conflict"));
  assert.not.ok(canEndOn("The sale of a ferry to a relative of the former mayor was illegal", "relative"));
  assert.not.ok(canEndOn('Harbourline has been criticised for sending "offensive" leaflets to islanders', '"offensive"'));
  const lead = "The controversial sale of a Port Averly steel mill to a relative of the former harbour master was illegal";
  assert.match(compressBySalience(lead, [`${lead}.`, "The steel mill in Port Averly was sold in 2004 for £1.", "Port Averly wants the steel mill back.",
    "The sale of the steel mill was challenged in court.", "Steel workers protested at the mill."]), /to a relative of the former harbour master was illegal$/);
});

test("the perfect of a main clause after a clause with verbs of its own turns present too", () => {
  assert.is(headlinese("The man making sure island ferries are safe has resigned"), "man making sure island ferries are safe resigns");
  assert.is(headlinese("Reyes says the ferry has sailed"), "Reyes says ferry has sailed"); // what is said keeps its tense
});

test("a title that opens the headline keeps its `The` when the story writes it inside a sentence", () => {
  const sentences = ["The Ferryman has been tipped by island bookmakers as the best film.", "Bookmakers tip The Ferryman to win.", "The film is set in Port Averly."];
  assert.is(headlinese("The Ferryman has been tipped by island bookmakers", sentences), "The Ferryman tipped by island bookmakers");
  assert.is(headlinese("The ferry has been tipped by island bookmakers", sentences), "ferry tipped by island bookmakers");
  assert.is(headlinese("The Ferryman's star has been tipped by island bookmakers", sentences), "The Ferryman's star tipped by island bookmakers");
  assert.is(headlinese("The Harbour Master proves a flop in ratings", ["Reed's island TV show, The Harbour Master, has proved a flop in ratings.", "Viewers left."]), "The Harbour Master proves flop in ratings"); // the lead says so
});

test("a name in -s takes the number the article's own verbs give it, or `the` before it", () => {
  assert.is(presentTense("Averly Rovers secured a first away win", ["Averly Rovers secured a first away win.", "Rovers have won twice since.", "Averly Rovers are top."]), "Averly Rovers secure a first away win");
  assert.is(presentTense("Harbourlines secured a first contract", ["Harbourlines secured a first contract.", "Since May Harbourlines has run 20 ferries."]), "Harbourlines secures a first contract");
  assert.is(presentTense("Islanders failed to hold the seat", ["Islanders failed to hold the seat.", "Voters left the Islanders in May."]), "Islanders fail to hold the seat");
  assert.is(presentTense("Averly Rovers secured a first away win", ["Averly Rovers secured a first away win.", "The game was in May."]), "Averly Rovers secured a first away win"); // nothing says
  assert.is(presentTense("Harbourline profits fell 9% as fuel costs rose"), "Harbourline profits fall 9% as fuel costs rise");
  assert.is(presentTense("The row heated up as harbour master Reyes led the attack"), "The row heats up as harbour master Reyes leads the attack");
  assert.is(presentTense("Okafor answered critics as she scored twice", ["Okafor answered critics as she scored twice.", "Her coach said Okafor had trained hard."]), "Okafor answers critics as she scores twice");
  assert.is(presentTense("Tomas Reyes withdrew from the island regatta", ["Tomas Reyes withdrew from the island regatta.", "His boat was damaged.", "The regatta starts in May."]), "Tomas Reyes withdraws from the island regatta"); // a person, named once
  assert.is(presentTense("Reyes marked her first race on home water", ["Reyes marked her first race on home water.", "The crowd cheered Reyes."]), "Reyes marks her first race on home water"); // `her`: one person
});

test("a plural verb that takes `to` is a verb, not a noun to delete a phrase before: `users across the world continue to`", () => {
  assert.match(roles("Ferry users across the world continue to ignore the warnings"), / continue\/verb to\/glue /);
  assert.match(roles("The need to act is clear"), / need\/noun to\/glue /);
});

test("past a participle clause, a verb of knowing is the main verb, not the verbs of what it knows", () => {
  assert.is(mainVerb("Crews in most ports surveyed in an island poll believe the ferry service is worsening"), "believe");
  assert.is(mainVerb("The man making sure island ferries are safe has resigned"), "has resigned");
});

test("a short headline keeps what the lead goes on to say of its last noun: what someone was jailed for", () => {
  const lead = "Reyes was jailed in Averly for swearing on stage during a concert";
  assert.is(compressBySalience(lead, [`${lead}.`, "Reyes was arrested in Averly in May.", "His lawyer said Reyes would appeal.", "Reyes is popular in Averly.", "The jail term is three months."]),
    "Reyes was jailed in Averly for swearing on stage");
});

test("a hedge stays with its verb: `reportedly`, `allegedly`; without it a claim reads as fact", () => {
  assert.is(headlinese("Plans for a ferry soap have reportedly been drawn up by Averly TV"), "Plans for ferry soap reportedly drawn up by Averly TV");
  assert.is(headlinese("The island government is reportedly planning to sell the ferry company"), "island government reportedly plans to sell ferry company");
  assert.is(headlinese("Two harbour officials have allegedly taken bribes"), "Two harbour officials allegedly take bribes");
  assert.not.ok(spansOf("Two harbour officials have reportedly disappeared after funds went missing").includes("reportedly"));
});

test("a verb that takes its object somewhere keeps where: `took his band [to the stage]`, `beat Okafor [to the title]`", () => {
  assert.not.ok(canEndOn("Ana Reyes took her new band Ferrymen to the stage on Friday night", "Ferrymen"));
  assert.not.ok(canEndOn("Ana Reyes has beaten Mira Okafor to the main prizes at the harbour awards", "Okafor"));
  assert.not.ok(canEndOn("Ana Reyes has joined Mira Okafor in attacking the harbour board", "Okafor"));
  assert.ok(canEndOn("Ana Reyes has beaten Mira Okafor in the final", "Okafor"));
  assert.not.ok(canEndOn("Ana Reyes will play Mira Okafor in the final of the Averly Open", "Okafor"));
  assert.not.ok(canEndOn("Island parties cannot afford to take older voters for granted, a charity says", "voters"));
  assert.not.ok(canEndOn("Reyes denies she faked a crash to avoid a doping test days before the regatta", "days"));
  assert.not.ok(canEndOn("Reyes felt Averly were never really in danger of losing the final", "really"));
  assert.not.ok(canEndOn("A gamer has spent $26,500 on an island that exists only in a computer game", "only"));
  assert.not.ok(canEndOn("Averly is set to close its $10m debt restructuring offer for bondholders", "debt")); // half a compound
  assert.ok(canEndOn("Averly bonds fell sharply following the harbour crash", "sharply"));
  assert.not.ok(canEndOn("Island sprinters Ana Reyes and Mira Okafor will appear before a doping tribunal", "appear"));
  assert.not.ok(canEndOn("The island doping agency will appeal against the acquittal of Ana Reyes", "appeal"));
  assert.not.ok(canEndOn("The Night Ferry has been tipped by island bookmakers as the favourite to win best film", "bookmakers"));
});

test("a short headline keeps what the lead says its last noun was done with: fans wowed with a concert", () => {
  const lead = "Ana Reyes has wowed island fans with a surprise live concert at the harbour";
  assert.is(compressBySalience(lead, [`${lead}.`, "Reyes played for an hour.", "Fans said the concert was the best of the year.", "Reyes is touring in May."]),
    "Ana Reyes has wowed fans with a live concert");
});

test("a participle after a noun is a place to end, never the end itself: `decisions [taken in …]`, not `decisions taken`", () => {
  const lead = "Port Averly ferry firm Harbourline does not have to abide by any mainland court decisions taken in its fuel case";
  assert.is(compressBySalience(lead, [`${lead}.`, "Harbourline went to court in May.", "The mainland court has ruled twice.", "Harbourline says the island has its own courts.", "The decisions were taken without it."]),
    "Harbourline does not have to abide by any mainland court decisions");
  assert.not.ok(canEndOn("Island families reel at the damage left by the storm", "left"));
  assert.not.ok(canEndOn("Harbourline cancels the crossings planned for the winter", "planned"));
});

test("a short headline keeps a participle's phrase that says which noun: the loan offered by the island bank", () => {
  const lead = "Port Averly no longer needs the ferry loan offered by the island bank to its harbour board";
  assert.is(compressBySalience(lead, [`${lead}.`, "The loan was offered in May.", "The harbour board said it had enough money.", "The island bank had offered the loan."]),
    "Port Averly no longer needs the ferry loan offered by the island bank");
});

test("a subject's description goes whole with a compound in -ing, never a verb in -ing: `[US banking giant] Harbourline`, `from demonising …`", () => {
  const context = (lead: string) => [`${lead}.`, "Harbourline runs six ferries.", "Harbourline said the sale was done.", "Ana Reyes said the island had lost a good firm.", "Reyes runs the harbour board."];
  const sold = "US banking giant Harbourline has sold its cargo arm to the mainland firm Saltmarsh";
  assert.is(compressBySalience(sold, context(sold)), "Harbourline has sold its cargo arm to the mainland firm Saltmarsh");
  const steer = 'The harbour board should steer away from "demonising" ferry chief Ana Reyes, the mayor says';
  assert.match(compressBySalience(steer, context(steer)), /"demonising"/);
});

test("what a firm says it is stays said, what it says it will do is its news", () => {
  assert.is(dropReportingFrame("Harbourline has said it is worth 30% more than the bid"), "Harbourline has said it is worth 30% more than the bid");
  assert.is(dropReportingFrame("The ministers insist they are committed to free ferry travel"), "The ministers insist they are committed to free ferry travel");
  assert.is(dropReportingFrame("Harbourline has said it is to cut 300 jobs"), "Harbourline is to cut 300 jobs");
  assert.is(dropReportingFrame("Harbourline has said it is in talks with Saltmarsh"), "Harbourline is in talks with Saltmarsh");
  assert.is(dropReportingFrame("Harbourline has announced it is the island's biggest employer"), "Harbourline is the island's biggest employer"); // announced: a fact it makes known
});

test("a word that says what a thing is not stays: an `honorary` prize, `fake` websites", () => {
  const prize = "Island film director Ana Reyes has received an honorary Golden Anchor at the Port Averly Film Festival";
  assert.is(compressBySalience(prize, [`${prize}.`, "Reyes has made ten films.", "The Golden Anchor is the festival's top prize.", "Reyes said she was proud."]), "Ana Reyes has received an honorary Golden Anchor");
  const fake = "Ferry users have been warned about fake harbour websites that steal their card details";
  assert.match(compressBySalience(fake, [`${fake}.`, "The websites look like Harbourline's own.", "Harbourline said it had closed two.", "Users lost money."]), /fake harbour websites/);
});

test("a verb's object is no end where the verb wants more after it: where it moved it, as what one joins, in what one invests, the way one makes, by how much a change is, what one is criticised for", () => {
  assert.not.ok(canEndOn("Cold weather has pushed island fuel prices above £2 a litre", "prices"));
  assert.not.ok(canEndOn("The strike drove Harbourline shares to a record low", "shares"));
  assert.not.ok(canEndOn("Port Averly hopes to join Saltmarsh as co-host of the regatta", "Saltmarsh"));
  assert.ok(canEndOn("Cold weather has pushed island fuel prices above £2 a litre", "litre"));
  assert.not.ok(canEndOn("Harbourline is to invest £9m in new ferries", "£9m"));
  assert.not.ok(canEndOn("The island bank has raised its interest rate to 5%", "rate"));
  assert.not.ok(canEndOn("Shares in Harbourline sank by more than 16%", "sank"));
  assert.not.ok(canEndOn("Harbourline shares jumped as much as 15% on Tuesday", "jumped"));
  assert.ok(canEndOn("Shares in Harbourline sank by more than 16%", "16%"));
  assert.not.ok(canEndOn("Chris Reyes said he will steer clear of bad language at the awards", "clear"));
  assert.not.ok(canEndOn("Ana Reyes said it was time to draw a line under the row over the harbour dues", "line"));
  assert.not.ok(canEndOn("Harbourline has been criticised for sending offensive letters to passengers", "criticised"));
  assert.is(trimToLength('TV firm Five criticised for sending "offensive" and "threatening" advertising letters to viewers for new show'),
    'TV firm Five criticised for sending "offensive" and "threatening" advertising letters');
  assert.not.ok(canEndOn("Island shares ended the year at their highest level since July", "year"));
  assert.not.ok(canEndOn("Averly Rovers will have to negotiate their way through a tough draw", "way"));
  assert.not.ok(spansOf("Averly Rovers will have to negotiate their way through a tough draw to win the cup").includes("through a tough draw"));
});

test("an amount keeps its `nearly` or `almost`: 200 ferries are not nearly 200", () => {
  const lead = "Harbourline has recalled nearly 200 ferries after a fault was found in their engines";
  assert.match(compressBySalience(lead, [`${lead}.`, "The fault was found in May.", "Harbourline said no one was hurt.", "The ferries will be back in June."]), /nearly 200 ferries/);
});

test("no end before what a few nouns and verbs are of, at or in: the scene of, winners at, look at, a victory it came with, interest in, influence on", () => {
  assert.not.ok(canEndOn("Averly Rovers return to the scene of their worst defeat", "scene"));
  assert.not.ok(canEndOn("The Harbour Band were the big winners at the island music awards", "winners"));
  assert.not.ok(canEndOn("Traffic jams are prompting officials to look at parking charges", "look"));
  assert.not.ok(canEndOn("Ana Reyes returned to running with victory in the Averly Marathon", "victory"));
  assert.not.ok(canEndOn("Averly Rovers eased into the cup final with an emphatic win over Saltmarsh", "win"));
  assert.not.ok(canEndOn("A ferry ticket was as essential to the islanders as a house key", "islanders")); // `as … [as]`
  assert.not.ok(canEndOn("Island teenagers show little interest in politics", "interest"));
  assert.not.ok(canEndOn("The Harbour Band had a huge influence on island music", "influence"));
  assert.not.ok(canEndOn("Harbourline dropped its case against the banks it had accused of involvement in the sale", "involvement"));
  assert.ok(canEndOn("Island shares rose after Ana Reyes's victory in the mayoral election", "victory")); // whose victory is said
});

test("a headline may end before `rather than`, and money made is made from something", () => {
  const lead = "Island brewers are increasingly making money from beer-flavoured drinks rather than beer itself";
  assert.is(compressBySalience(lead, [`${lead}.`, "Beer sales fell in May.", "The drinks are cheaper.", "Brewers said drinks sales rose."]), "Island brewers are making money from beer-flavoured drinks");
  assert.not.ok(canEndOn("Island brewers are making money from beer-flavoured drinks", "money"));
});

test("a hedge before a noun stays (`a possible ban`), and an opening phrase goes with its `or so`", () => {
  const ban = "Ana Reyes faces a possible eight-race ban after the harbour crash in the island regatta";
  assert.is(compressBySalience(ban, [`${ban}.`, "The crash was in May.", "Reyes said she would appeal.", "The regatta board meets on Monday."]), "Ana Reyes faces a possible eight-race ban");
  const fans = "For the past decade or so the island's ferry fans have asked the council for a new ferry to the mainland";
  assert.is(compressBySalience(fans, [`${fans}.`, "The last ferry stopped in 1995.", "Ferry fans wrote to the council.", "The council said it would look again."]), "the island's ferry fans have asked the council for a ferry to the mainland");
});

test("no end before a passive infinitive, `used to` or what one calls for", () => {
  assert.not.ok(canEndOn("The lawyer has called for the charges against Ana Reyes to be dropped", "Reyes"));
  assert.ok(canEndOn("Ana Reyes was made harbour master, to be named in May", "master,"));
  assert.not.ok(canEndOn("Ferry users have become used to the night crossings", "used"));
  assert.not.ok(canEndOn("A former harbour master has called for an independent inquiry", "called"));
});

test("a subject with no name keeps the phrase that says whose it is: the finance chief at Harbourline", () => {
  const lead = "The former finance chief at island ferry firm Harbourline has admitted that he used to lie to fellow board members";
  assert.match(compressBySalience(lead, [`${lead}.`, "Harbourline collapsed in May.", "The board met twice a year.", "Harbourline owed the island bank money."]), /^The former finance chief at Harbourline has admitted/);
});

test("the cut to length keeps a record's time, a title's name and an honour's year; a repeated word group goes", () => {
  const lead = "Consumers' confidence in the state of the island economy is at its highest for five months, a survey says.";
  assert.is(creditSource("Consumers' confidence in the state of island economy at highest for five months", [lead, "Confidence rose in May."]),
    "Consumers' confidence in the state of island economy at highest for five months"); // not `at highest, survey says`
  assert.is(trimToLength("Director Ana Reyes will not be using paid advertisements to promote The Long Night of the Harbour Ferry Boats to voters in the island awards"),
    "Director Ana Reyes will not be using paid advertisements"); // not `… to promote The Long Night`
  assert.ok(canEndOn("Ana Reyes was named player of the year at the island awards", "year"));
  assert.not.ok(canEndOn("Ana Reyes was named player of the year at the island awards", "player"));
  assert.is(dropRepeatedWords("Reyes revelled in her return to the to the Averly starting line-up"), "Reyes revelled in her return to the Averly starting line-up");
  assert.is(dropRepeatedWords("He said that that ferry had had its day"), "He said that that ferry had had its day"); // one word twice can be English
});

test("an amount that measures a noun is never deleted: `a [three-year] deal`, `an [eight-year] ban`", () => {
  const lead = "Ana Reyes has signed a three-year deal with Harbourline";
  assert.is(compressBySalience(lead, [`${lead}.`, "Reyes joined in May.", "Harbourline runs six ferries.", "The deal starts in June."]), lead);
});

test("a short headline keeps what the lead says of its last noun: an eight-year ban, not a ban", () => {
  const lead = "Sprinter Ana Reyes has received an eight-year ban from the island athletics board";
  assert.is(compressBySalience(lead, [`${lead}.`, "Reyes tested positive in May.", "The ban is the longest the board has given.", "Reyes said she would appeal.", "Her coach was also banned."]),
    "Sprinter Ana Reyes has received an eight-year ban from the athletics board");
});

test("a superlative or an ordinal keeps what it is the most or the first of: `in three years`, `in a row`, `ever`; what is still to happen keeps its date", () => {
  assert.not.ok(canEndOn("Averly's jobless rate fell to its lowest level in three years in December", "level"));
  assert.ok(canEndOn("Averly's jobless rate fell to its lowest level in three years in December", "years"));
  assert.not.ok(canEndOn("Ferry bookings rose for the 21st month in a row in February", "month"));
  assert.not.ok(canEndOn("The new ferry is the cheapest Harbourline boat ever, the firm says", "boat"));
  assert.not.ok(canEndOn("This year's ferry crews have been the least popular for 20 years, figures show", "popular"));
  assert.ok(canEndOn("Reyes has paid interest on the ferry loan in full", "interest")); // `interest` is no superlative
  assert.is(dropTimeWords("Averly Rovers are going for their first title since 1948 after two wins in 2004"), "Averly Rovers are going for their first title since 1948 after two wins");
  assert.is(dropTimeWords("Reyes has warned Averly they have until next week to improve their offer"), "Reyes has warned Averly they have until next week to improve their offer");
  assert.is(dropTimeWords("The harbour report will be released on 11 March, the board has said"), "The harbour report will be released on 11 March, the board has said");
  assert.is(dropTimeWords("The harbour report was released on 11 March"), "The harbour report was released");
  assert.is(dropTimeWords("The radio show is to be succeeded in February by three shows"), "The radio show is to be succeeded by three shows");
  assert.is(dropTimeWords("The referee from Saturday's Averly v Saltmarsh match defends his decisions"), "The referee from Averly v Saltmarsh match defends his decisions");
  assert.is(headlinese("Ferry bookings rose for a second month in a row"), "Ferry bookings rose for second month in a row");
  assert.is(headlinese("The next year is going to be a lot of fun for a few islanders"), "next year is going to be a lot of fun for a few islanders");
  assert.is(headlinese("A row over ferry fares has reached the court"), "row over ferry fares reaches court");
});

test("a first keeps the time it is first in past its phrase, a member its set, a noun its `not` clause, a report what it says, a move where to, money spent on what", () => {
  const first = "Averly Rovers have won their first away game in the island league for nearly four years at Saltmarsh";
  assert.not.ok(canEndOn(first, "game"));
  assert.not.ok(canEndOn(first, "league"));
  assert.ok(canEndOn(first, "years"));
  assert.ok(canEndOn("Averly Rovers have won their first away game in the island league", "game")); // no time to keep
  const among = "Ana Reyes is among three island sailors who have made the shortlist for the Averly Cup";
  assert.not.ok(canEndOn(among, "sailors"));
  assert.ok(canEndOn(among, "Cup"));
  assert.not.ok(canEndOn("Ana Reyes is one of five uncapped ferry pilots named in the harbour board's safety panel", "pilots"));
  assert.ok(canEndOn("Ana Reyes has thanked the five ferry pilots who rescued her", "pilots")); // no set to be one of
  assert.not.ok(canEndOn("Okafor is unlikely to pick any crews not involved in the spring regatta", "crews"));
  const moved = "Ferry crews could soon be moved from their harbour base to the northern islands";
  assert.not.ok(canEndOn(moved, "moved"));
  assert.not.ok(canEndOn(moved, "base"));
  assert.ok(canEndOn(moved, "islands"));
  assert.ok(canEndOn("The board appointed a pilot from Saltmarsh to be its new harbour master", "Saltmarsh"));
  assert.not.ok(canEndOn("Harbourline is spending £10m over three years upgrading its ferries", "years"));
  assert.not.ok(canEndOn("Reyes has dismissed media reports linking her to the Saltmarsh job", "reports"));
  assert.not.ok(canEndOn("The harbour board sees signs of recovery in ferry bookings", "signs"));
  assert.ok(canEndOn("Reyes has dismissed the reports", "reports"));
});

test("what a thing is no longer or not yet stays (`lost`, `unreleased`, `first-round`); a bare verb keeps its question; a verb's pronoun object ends; no name before a comparison", () => {
  // Deletable where the noun is what the article goes on about.
  const products = "The products are secret. Bloggers wrote about the products.";
  assert.not.ok(spansOf("Okafor has won a fight to make bloggers reveal who told them about unreleased products", products).includes("unreleased"));
  assert.ok(spansOf("Okafor has won a fight to make bloggers reveal who told them about expensive products", products).includes("expensive"));
  const defeat = "The defeat was her first. Reyes said the defeat hurt. Okafor won the regatta.";
  assert.not.ok(spansOf("Reyes suffered a first-round defeat for the first time in four years at the Averly regatta", defeat).includes("first-round"));
  assert.ok(spansOf("Reyes suffered a home defeat for the first time in four years at the Averly regatta", defeat).includes("home"));
  assert.is(trimToLength("Harbour board wins court fight to make three ferry pilots reveal who told them about secret timetables", 80),
    "Harbour board wins court fight to make three ferry pilots reveal who told them");
  // People in the plural are no modifier, and `not just` keeps its `just`.
  const audience = "Ferry radio is proving popular not just with an audience of youngsters keen to hear the shipping news";
  const listeners = "The audience loves it. Youngsters and the audience listen. The audience grows.";
  assert.not.ok(spansOf(audience, listeners).includes("youngsters"));
  assert.not.ok(spansOf(audience, listeners).includes("just"));
  assert.ok(dangles("them", "with"));
  assert.not.ok(dangles("them", "told"));
  assert.ok(dangles("simply", "reduced")); // it points at what follows: `simply [because of a plea]`
  // A name goes before its noun, not before a comparison: `[UK] faster broadband`.
  const context = ["The harbour board agreed."];
  assert.is(nameBeforeNoun("Faster ferries in Averly become reality", context), "Faster ferries in Averly become reality");
  assert.is(nameBeforeNoun("Ferry fares in Averly become reality", context), "Averly ferry fares become reality");
});

test("a word in -ing keeps the noun it describes before a name: `defending [champion] Reyes` would read as a verb", () => {
  assert.not.ok(spansOf("Mira Okafor swept aside defending champion Ana Reyes 6-3 6-2 to win the Averly regatta").includes("champion"));
  assert.ok(spansOf("Harbour pilots are suing island ferry giant Harbourline over its fares").includes("island ferry giant"));
});

test("after an aside between dashes, a word in -s is the verb: `win at Saltmarsh - confirming their lead - proves that`", () => {
  assert.match(roles("Averly's win at Saltmarsh - confirming their lead in the league - proves that they can win the title"), / proves\/verb that\/glue /);
});

test("a bare verb joined by `and` keeps its phrase: `help crews get pay rises and benefit [from the boom]`", () => {
  const lead = "A campaign has been launched to help island ferry crews get their pay rises and benefit from the growing trade in summer crossings";
  assert.not.ok(canEndOn(lead, "benefit"));
  assert.is(trimToLength("campaign launched to help island ferry crews get pay rises and benefit from growing trade in summer crossings", 80), "campaign launched to help island ferry crews get pay rises");
});

test("a plural that is not in -s takes a plural verb; a name after `of X,` renames X, not the whole subject", () => {
  assert.is(presentTense("More than 1,000 people turned out to greet the night ferry"), "More than 1,000 people turn out to greet the night ferry");
  assert.is(presentTense("The children sailed to Averly"), "The children sail to Averly");
  assert.is(dropAppositive("Three officers of the island's ferry company, Harbourline, are set to leave early"), "Three officers of Harbourline are set to leave early");
  assert.is(dropAppositive("The island's biggest ferry company, Harbourline, is set to grow"), "Harbourline is set to grow");
  assert.is(dropAppositive("The head of the island's ferry company, Ana Reyes, is set to leave"), "Ana Reyes is set to leave");
  // A lone comparative opens a list, no name: nothing between its commas is an aside.
  assert.is(dropAppositive("Faster, bigger or cheaper ferries alone will not win back passengers, research suggests"), "Faster, bigger or cheaper ferries alone will not win back passengers, research suggests");
  assert.is(dropAppositive("Two-thirds of the island's crews, 400 people, live on the north shore"), "Two-thirds of the island's crews live on the north shore");
});

test("a past of saying turns to the present though the clause it reports has an auxiliary; a participle before `says` does not", () => {
  assert.is(presentTense("Mira Okafor said she will not stand"), "Mira Okafor says she will not stand");
  assert.is(presentTense("The ferry captain suspended over a blog says she has been fired"), "The ferry captain suspended over a blog says she has been fired");
  assert.is(presentTense("The man arrested in Averly has been charged"), "The man arrested in Averly has been charged");
});

test("no copula before where or how the subject is, but after a pronoun and inside quotes it stays", () => {
  assert.is(headlinese("Harbourline is in talks with Saltmarsh Ferries"), "Harbourline in talks with Saltmarsh Ferries");
  assert.is(headlinese("Ferry crews were on strike across Averly"), "Ferry crews on strike across Averly");
  assert.is(headlinese("There is hope for the night ferry"), "There is hope for night ferry");
  assert.is(headlinese("\"The plan is in tatters\", crews say"), "\"The plan is in tatters\", crews say");
});

test("what a verb asks for after its object stays, `so that` opens a clause, and no comma parts a subject from its verb", () => {
  assert.is(story("A blind island student has developed software that turns colours into musical notes so that he can read weather maps. " +
    "The student wrote the software in May. The software turns colours into notes. Weather maps are hard to read."), "Student develops software that turns colours into musical notes"); // `develops software` alone says too little; `turns colours` keeps `into notes`
  // (Which subject is left is another matter: the row, not the group, spilled over.)
  assert.not.match(story("The long public row between the two heirs of Averly's biggest ferry firm, Harbourline Group, has spilled over to the board meeting of the firm. " +
    "Harbourline Group runs six ferries. The heirs own half of Harbourline Group each. The board meets in May."), /Group, spills/);
});

const FERRY = splitSentences(
  "Averly ferry operator Harbourline has cancelled all of its winter crossings to the outer islands, blaming a shortage of qualified crews. " +
  "Harbourline said the crossings would resume in March. Harbourline runs six ferries and employs 200 crews. " +
  "The islands depend on the crossings for food and fuel. Islanders said the crossings were a lifeline.",
);

test("compression keeps the words the article comes back to and drops modifiers it never repeats", () => {
  assert.is(
    compressBySalience("Averly ferry operator Harbourline has cancelled all of its winter crossings to the outer islands, blaming a shortage of qualified crews", FERRY),
    "Harbourline has cancelled all of its winter crossings", // after `its` and `the`, the word that says which stays; `to the outer islands` costs more than it brings
  );
  assert.is(deriveHeadline(FERRY), "Harbourline cancels all of its winter crossings");
});

test("a lead without an article around it is trimmed, not compressed", () => {
  assert.is(compressBySalience("The council has approved the plan to close the library, angering residents", ["The council has approved the plan."]),
    "The council has approved the plan to close the library, angering residents");
});

test("roles come from position: verbs after auxiliaries and `to`, before articles, or after a plural subject", () => {
  assert.is(roles("The council has approved the plan to close the library, angering residents"),
    "The/glue council/noun has/glue approved/verb the/glue plan/noun to/glue close/verb the/glue library,/noun angering/verb residents/noun");
  assert.is(roles("Shares in steel firms drop sharply as costs rise"), "Shares/noun in/glue steel/noun firms/noun drop/verb sharply/adverb as/glue costs/noun rise/noun");
});

test("a singular subject's verb is the word in -s past its phrase, and the one after `and`; a noun before a gerund is its compound", () => {
  assert.is(roles("The draft budget for 2027 cuts street cleaning by 8% and raises parking fees"),
    "The/glue draft/noun budget/noun for/glue 2027/noun cuts/verb street/noun cleaning/noun by/glue 8%/noun and/glue raises/verb parking/verb fees/noun");
  assert.is(roles("The bank for the harbour cuts the rate"), "The/glue bank/noun for/glue the/glue harbour/noun cuts/verb the/glue rate/noun");
  // A count, unlike a year, takes a plural noun; a compound goes on after one.
  assert.is(roles("The union of 2,000 workers says"), "The/glue union/noun of/glue 2,000/noun workers/noun says/noun");
  assert.is(roles("The head of the ferry services firm Harbourline quits"), "The/glue head/noun of/glue the/glue ferry/noun services/noun firm/noun Harbourline/noun quits/noun");
  // A participle with an object of its own stays a verb.
  assert.is(roles("The mayor will reject claim accusing him of lying"), "The/glue mayor/noun will/glue reject/verb claim/noun accusing/verb him/glue of/glue lying/noun");
  assert.is(roles("The council will ban fox hunting on the island"), "The/glue council/noun will/glue ban/verb fox/noun hunting/noun on/glue the/glue island/noun");
});

test("the verb of a singular subject past a phrase stays, with the whole compound after it", () => {
  assert.is(story("Port Averly's draft budget for 2027 cuts street cleaning by 8 per cent and raises parking fees in the city centre, in a plan the finance office says is needed. " +
    "The draft is open for comments. The plan delays the pool renovation. Shopkeepers said higher parking fees would drive customers away."), "Port Averly draft budget cuts street cleaning by 8%");
});

test("a simple past right after its subject turns to the present, a participle before an auxiliary does not", () => {
  assert.is(presentTense("Sales rose 5% in March"), "Sales rise 5% in March");
  assert.is(presentTense("The economy shrank by 2%"), "The economy shrinks by 2%");
  assert.is(presentTense("Ferry bookings leapt during 2004 as the island continued to grow"), "Ferry bookings leap during 2004 as the island continues to grow");
  assert.is(presentTense("Fares soared as ferries slid into debt"), "Fares soar as ferries slide into debt");
  assert.is(presentTense("Unseeded Mira Okafor became the fifth islander to reach the final"), "Unseeded Mira Okafor becomes the fifth islander to reach the final");
  assert.is(presentTense("\"Taxpayer subsidised ferry propaganda\""), "\"Taxpayer subsidised ferry propaganda\""); // a quotation keeps its words
  // A past that describes the nouns after it, whose own verb follows, stays: `combined … gadget goes`, `led … companies face`.
  assert.is(presentTense("The Skiff combined radio, phone and ferry ticket machine goes on sale"), "The Skiff combined radio, phone and ferry ticket machine goes on sale");
  assert.is(presentTense("Islander led ferry companies face barriers"), "Islander led ferry companies face barriers");
  assert.is(presentTense("Harbour confidence fell knocking hopes of a recovery"), "Harbour confidence falls knocking hopes of a recovery");
  assert.is(presentTense("The man arrested in Leeds has been charged"), "The man arrested in Leeds has been charged");
  assert.is(thirdPerson(baseForm("cancelled")!), "cancels");
});

test("a second past joined by `and` turns with the first; a form that is only a participle never does", () => {
  assert.is(presentTense("The storm tore a gap in the wall and flooded basements"), "The storm tears a gap in the wall and floods basements");
  assert.is(presentTense("Crews rescued ten people and saved a dog"), "Crews rescue ten people and save a dog");
  assert.is(presentTense("The storm tore a gap, and residents said they flooded"), "The storm tears a gap, and residents said they flooded");
  assert.is(presentTense("Two men known as pirates"), "Two men known as pirates");
});

test("a relative clause that describes the subject is detail: the headline names what did it", () => {
  assert.is(story("A storm that brought gusts of 120 km/h to Port Averly overnight tore a 30-metre gap in the harbour wall and flooded basements along the Old Quay, the city's emergency office said on Thursday. " +
    "No one was injured. Firefighters pumped water from 60 buildings and closed the quay road until engineers can check the harbour wall. The damaged section is the same stretch of wall that councillors wanted repaired."),
    "Storm tears 30-metre gap in harbour wall and floods basements, emergency office says");
});

test("after `the`, the word next to the head stays: it says which one", () => {
  assert.is(story("Students from Hillcrest won the national robotics final in Lindmoor on Sunday with a machine that sorts waste. The final was close. " +
    "The team of six built the robot in eight months. The students go to the European final in April."), "Students from Hillcrest win robotics final");
});

test("a capital `The` inside a sentence opens a title: the word before it is no verb", () => {
  assert.is(roles("Averly blockbuster The Harbour has won the prize"), "Averly/noun blockbuster/noun The/glue Harbour/noun has/glue won/verb the/glue prize/noun");
});

test("a word in -ly that ends a noun phrase is its head, and only a finite auxiliary after a verb makes it a participle", () => {
  assert.is(roles("Reyes took her race tally to 13"), "Reyes/noun took/verb her/glue race/noun tally/noun to/glue 13/noun");
  assert.is(roles("The ferry quickly sank"), "The/glue ferry/noun quickly/adverb sank/verb");
  assert.is(presentTense("Almost a quarter of a million islanders complained of being stranded"), "Almost a quarter of a million islanders complain of being stranded");
  assert.is(presentTense("The man arrested in Leeds has been charged"), "The man arrested in Leeds has been charged");
});

test("a deletion never turns a meaning round, and a verb never ends before `or` and the object it shares", () => {
  assert.is(story("Reyes is far too canny to make any grand claims about the ferry race. Reyes has won the race twice. The race is in May. Reyes trains every day."),
    "Reyes far too canny to make any grand claims about ferry race");
  assert.not.match(story("The ferry union is to refuse to sail or staff ferries carrying cargo under a deal struck with the harbour board. The union wants more pay. " +
    "The harbour board said the deal was fair. The ferries carry cargo to the islands."), /sail$/);
});

test("once compression has named the speaker, the speaker stands for their own pronoun, but not for what they say they did", () => {
  const rest = "Reyes has served for ten years. The board election is in May. Reyes won the last election.";
  assert.is(story(`Veteran harbour master Ana Reyes says she will stand for the harbour board again. ${rest}`), "Reyes to stand for harbour board"); // `Reyes has served …`: by her surname, as news names her
  assert.is(story(`Veteran harbour master Ana Reyes says she took the ferry money. ${rest}`), "Reyes says she took ferry money");
  const knowingly = "Reyes has served for ten years. She knowingly broke the rules, the board says. Acting knowingly is a crime.";
  assert.is(story(`Veteran harbour master Ana Reyes says she knowingly took the ferry money. ${knowingly}`), "Reyes says she knowingly took ferry money"); // past an adverb too
});

test("the main verb is not in an aside: not a participle after a comma, not between dashes, not in a clause a relative opened", () => {
  assert.is(story("A dispute between the Averly council and ferry firm Harbourline Ferries, controlled by Saltmarsh Holdings, is casting doubt on the night ferry. " +
    "The council wants lower fares. Harbourline Ferries said fares would rise. The night ferry is popular."), "Dispute between Averly council and ferry firm Harbourline Ferries casts doubt");
  assert.is(story("The fate of Harbourline - the ferry firm sold to a little-known buyer on Sunday - is the subject of frantic speculation in Averly. " +
    "Harbourline was sold for 9m euros. The buyer is unknown. Averly wants to know."), "Harbourline fate subject of speculation in Averly");
  assert.is(story("The firms that flout rules on how tickets and other extras are sold could be cut off from all Averly harbours. The harbour board made the rules. " +
    "Ferry firms sold tickets online. The board will check the firms."), "Firms could be cut off from all Averly harbours");
});

test("a relative clause's verb keeps the `as` phrase it wants", () => {
  assert.is(story("Islanders are being warned about a letter that poses as a notice from the harbour board. The letter asks for money. " +
    "The harbour board said it never asks for money by letter. The letter is a fake."), "Islanders warned about letter that poses as notice from harbour board");
});

test("a word in -ing after a possessive is its noun, and no headline ends on a plural possessive", () => {
  assert.is(story("The referee from the Averly Cup final has defended the officials' handling of the game after criticism by Reyes. Reyes said the officials were wrong. " +
    "The referee said the officials did well. The final ended 2-1."), "Referee from Averly Cup final defends officials' handling of game");
});

test("an amount of time keeps what it measures, and a part keeps what it is part of", () => {
  assert.is(story("Harbour master Ana Reyes has been sacked by the board just eight months after taking charge at the harbour for the second time in her career. " +
    "Reyes said she was shocked. The board gave no reason. Reyes ran the harbour for years."), "Reyes sacked by board eight months after taking charge at harbour for second time");
  assert.is(trimToLength("Averly ferry firm refuses to obey order to stop construction of one of its giant harbour piers in the bay", 80), "Averly ferry firm refuses to obey order to stop construction");
});

test("the tense turns on the first verb not in -ing, whose subject ends where a participle starts", () => {
  assert.is(presentTense("A film starring Ana Reyes as a harbour master won top honours"), "A film starring Ana Reyes as a harbour master wins top honours");
  assert.is(presentTense("Averly traders living in Saltmarsh sent record sums home"), "Averly traders living in Saltmarsh send record sums home");
});

test("a subject keeps its named owner and loses its appositive; a quoted word stays; no cut a word into a `but` clause", () => {
  assert.is(story("Averly's economy, the biggest among the 12 island states sharing the euro, grew at its fastest rate in four years during 2004, driven by strong exports. " +
    "Exports rose 10%. Averly's economy grew 3%. Other island states grew less."), "Averly economy grows at fastest rate in four years");
  assert.is(story("Ferry accidents in the bay have reached \"shocking\" levels. Three ferries sank this year. The harbour board wants new rules. Ferry accidents cost lives."),
    "Ferry accidents in bay reach \"shocking\" levels");
  assert.not.match(story("The ferry crews and the harbour board may be happy about the new timetable but islanders and the island shops are sick of waiting for ferries. " +
    "Islanders wait hours. The timetable starts in May. Shops lose money."), /but islanders$/);
});

test("no cut inside a quotation, and `cannot` is an auxiliary whose verb stays", () => {
  assert.is(story("The harbour master has again denied being \"leant on\" by the council to approve the new pier for the ferry. The council wanted the pier. " +
    "The harbour master approved it in May. The pier opens in June."), "Harbour master denies being \"leant on\" by council to approve new pier");
  assert.match(story("Averly and Saltmarsh must realise they cannot prevent all ferry accidents and should focus on making sure they are not fatal. Three ferries sank. " +
    "Nobody died. The board wants rules."), /cannot prevent/);
});

test("two words that open the lead with no article are one term", () => {
  assert.match(story("Climate change and the fight against poverty lead the list of concerns at the Averly summit. The summit opens in May. " +
    "Islanders fear the sea will rise. The summit ends in June."), /^Climate change and fight/);
});

test("a verb's object keeps its front where what follows is no noun head, or after help and make; a title after ex- stays", () => {
  assert.is(story("A ferry engine which burns less fuel could make crossings cheaper and quieter. The engine was built in Averly. Crossings cost 20 euros. Islanders want cheaper crossings."),
    "Engine could make crossings cheaper and quieter");
  assert.match(story("Islanders including Ana Reyes and Tom Reed are recording a charity song to help raise funds for the night ferry. The song is out in May. " +
    "The night ferry needs 2 million euros. Reyes wrote the song."), /help raise funds/);
  assert.is(headlinese("Ex-Prime Minister Ana Reyes gives clues"), "Ex-Prime Minister Ana Reyes gives clues");
});

test("an ordinal keeps the infinitive that makes it one, a compound after an article stays whole, and `own` keeps its owner", () => {
  assert.is(story("Ana Reyes has become the first ferry captain to sail the night crossing on her own. Reyes sailed on Sunday. The crossing takes an hour. Reyes has sailed for ten years."),
    "Reyes becomes first ferry captain to sail night crossing on her own");
  assert.is(headlinese("The islanders share their own stories"), "islanders share their own stories");
});

test("a headline never starts with a pronoun after a conjunction, and `today's` is no time word", () => {
  assert.not.match(deriveHeadline(["But he denied that he was ruling out a new ferry.", "Mayor Tom Reed said the harbour would stay open.", "Reed spoke in Averly."]), /^But he\b/);
  assert.is(dropTimeWords("The game is a wake-up call to today's pampered gamers"), "The game is a wake-up call to today's pampered gamers");
});

test("a name before a noun loses its possessive, not before a superlative", () => {
  assert.is(namesAsModifiers("Averly's economy grows"), "Averly economy grows");
  assert.is(namesAsModifiers("Saltmarsh Rovers' new ground opens"), "Saltmarsh Rovers' new ground opens");
  assert.is(namesAsModifiers("Europe's largest bank"), "Europe's largest bank");
  assert.is(namesAsModifiers("Mira Okafor's award-winning ferry drama Night Crossing scoops seven nominations"), "Mira Okafor's award-winning ferry drama Night Crossing scoops seven nominations");
  assert.is(namesAsModifiers("Averly's harbour body suspends Ana Reyes"), "Averly harbour body suspends Ana Reyes");
});

test("a possessive inside the headline stays: without it the name reads broken", () => {
  assert.is(namesAsModifiers("Two of Averly's big ferry firms merge"), "Two of Averly's big ferry firms merge");
  assert.is(namesAsModifiers("Reyes could be one of Ana Brook's many surprises"), "Reyes could be one of Ana Brook's many surprises");
});

test("names and titles of works keep their articles; quotations keep their words", () => {
  assert.is(headlinese("The comedy Meet the Fockers tops the box office"), "comedy Meet the Fockers tops box office");
  assert.is(headlinese("All four contestants remain in I'm a Celebrity"), "All four contestants remain in I'm a Celebrity");
  assert.is(headlinese("The book Harry Potter and the Half-Blood Prince tops the chart"), "book Harry Potter and the Half-Blood Prince tops chart");
  assert.is(headlinese("The band plan to \"take a break\" in the spring"), "band plan to \"take a break\" in spring");
  assert.is(headlinese("Stars of the Averly Festival are to compete"), "Stars of Averly Festival to compete");
  assert.is(headlinese("The crew beat the Harbour Rovers"), "crew beat Harbour Rovers");
  assert.is(headlinese("The comedy Little Island triumphs over The Office"), "comedy Little Island triumphs over The Office");
});

test("a cut never drops a last short verb that says how it ended: `had the chance … and has failed`", () => {
  const rest = "Okafor spoke at the pier. Reyes has run the harbour board for ten years. The board meets in May.";
  assert.match(story(`Ana Reyes has had the chance to mend the harbour wall and has failed, Mira Okafor has said. ${rest}`), /and has failed/);
});

test("a cut never drops a phrase that is a short quotation, what the story quotes: `set taxes [at \"reasonable levels\"]`", () => {
  const rest = "Councils in Averly set their own taxes. The board said \"reasonable levels\" meant a rise below 5%. Taxes rose 8% last year.";
  const headline = story(`Averly councils should set their taxes at "reasonable levels" after being given an average funding increase of 6%, says the harbour board. ${rest}`);
  assert.match(headline, /set taxes at "reasonable levels"/);
  // A quotation that only describes what follows is no such phrase: the cut before it stays.
  assert.is(story(`Teachers could get more powers to remove unruly pupils from classes under a "zero tolerance" drive, Ruth Kelly has suggested. Kelly said classes need calm. Pupils who disrupt classes would be removed.`), "Teachers could get more powers to remove pupils from classes, Kelly suggests");
});

test("how a passive that ends the sentence is done stays: `is [fairly] run` is the news", () => {
  const rest = "Observers will watch the vote in Averly. The harbour board said the vote must be fair. Voting starts in May.";
  assert.is(story(`The harbour board will invite observers to check the vote is fairly run. ${rest}`), "Harbour board to invite observers to check vote fairly run");
});

test("a capitalised number before a name is part of it: `Six Nations` never loses `Six`", () => {
  const rest = "Reyes played for the Harbour Rovers. The match ended 19-13. Reyes said the try was clear.";
  assert.not.match(story(`Averly's Ana Reyes has claimed she was denied a late try in her side's Six Nations loss to Ireland. ${rest}`), /(?<!Six )Nations/); // was `… try in Nations loss`
});

test("`soon` stays: `could [soon] be in use` is the claim; at the start it may go", () => {
  const rest = "The harbour board tested the network in May. Ferries would carry the network too. Averly has no network yet.";
  assert.match(story(`Super high-speed wireless data networks could soon be in use in Averly. ${rest}`), /could soon be in use/);
});

test("a form that is only a verb is never a noun to delete: `the prime minister [goes]` keeps its subject", () => {
  const roles = assignRoles(weighWords("The idea is simple - the harbour master goes head to head with hostile voters", ["x"]));
  assert.is(roles[8], "verb");
});

test("`all the` keeps its article: `fights all the way`, never `all way`", () => {
  assert.is(headlinese("Reyes has fought all the way to the line"), "Reyes fights all the way to line");
  assert.is(headlinese("The crew used all their boats"), "crew used all boats");
  // What a copula says something is keeps its `a` once the copula goes: `Reyes a hero`, never `Reyes hero`.
  assert.is(headlinese("Ana Reyes is a hero of the harbour"), "Ana Reyes a hero of harbour");
  // Nor `a` in an amount: `a few` is not `few`, `up a notch` not `up notch`.
  assert.is(headlinese("A few ferries have stepped up a notch"), "A few ferries step up a notch");
});

test("a subject whose noun in -s stands between names keeps its copula: it would read as the verb", () => {
  assert.is(headlinese("Averly hits Night Ferry and Old Quay are among the shows nominated"), "Averly hits Night Ferry and Old Quay are among shows nominated");
  assert.is(headlinese("Harbourline is in talks with Averly"), "Harbourline in talks with Averly");
});

test("a future in progress is a future: `will be closing` → `to close`, `will not be bringing` → `will not bring`", () => {
  assert.is(headlinese("The council will be closing the pier"), "council to close pier");
  assert.is(headlinese("The harbour board will not be bringing charges"), "harbour board will not bring charges");
  assert.is(headlinese("The mayor is to be stepping down"), "mayor to step down");
  assert.is(headlinese("The ferry appears to be losing money"), "ferry appears to be losing money"); // no future: as it was
});

test("a courtesy title goes before a surname alone, as it does before a full name; not inside a quoted title, nor `Dr`", () => {
  assert.is(headlinese("Mr Okafor is one of Averly's oldest skippers"), "Okafor one of Averly's oldest skippers");
  assert.is(headlinese("Fans queued to see \"Mr Bean\" at the pier"), "Fans queued to see \"Mr Bean\" at pier");
  assert.is(headlinese("Dr Reddy's profits fell"), "Dr Reddy's profits fell");
});

test("a title that is part of a longer one stays: `First Lady`, `Former Prime Minister`", () => {
  assert.is(headlinese("First Lady Ana Reyes opened the pier"), "First Lady Ana Reyes opened pier");
  assert.is(headlinese("The mayor met Prime Minister Ana Reyes"), "mayor met Ana Reyes");
});

test("a speaker's own pronoun gives way to the speaker; an empty `it` keeps the frame", () => {
  assert.is(dropLeadingAttribution("Ana Reyes says she has no plans to stand again"), "Ana Reyes has no plans to stand again");
  assert.is(dropLeadingAttribution("Harbourline says it is cutting fares"), "Harbourline is cutting fares");
  assert.is(dropLeadingAttribution("Ana Reyes said it was time to close the pier"), "Ana Reyes said it was time to close the pier");
  assert.is(dropLeadingAttribution("Officials said that the pier will close"), "the pier will close");
  assert.is(dropReportingFrame("Ana Reyes said it was time to close the pier"), "Ana Reyes said it was time to close the pier");
  assert.is(dropReportingFrame("Harbourline says it is cutting fares"), "Harbourline is cutting fares");
});

test("another newsroom's time words at the front go, in any position and spelling", () => {
  assert.is(dropLeadingTime("Yesterday, the council voted to close the pier"), "The council voted to close the pier");
  assert.is(dropLeadingTime("On Friday, the council voted to close the pier"), "The council voted to close the pier");
  assert.is(dropLeadingTime("Early morning, fishermen landed a record catch"), "Fishermen landed a record catch");
  assert.is(dropLeadingTime("Earlier this month, Averly council voted to close the pier"), "Averly council voted to close the pier");
  assert.is(dropLeadingTime("Last week the council voted to close the pier"), "The council voted to close the pier");
  assert.is(dropLeadingTime("Tuesday night the council voted to close the pier"), "The council voted to close the pier");
  assert.is(dropLeadingTime("A year ago, the council voted to close the pier"), "The council voted to close the pier");
  assert.is(dropLeadingTime("Sunday Telegraph staff are to strike"), "Sunday Telegraph staff are to strike");
  assert.is(dropLeadingTime("Weekend ferries will stop in May"), "Weekend ferries will stop in May");
});

test("a relative clause that ends in a list goes with the whole list; an age keeps its `aged`", () => {
  assert.is(deriveHeadline(["Ferry captain Ana Reyes, who sailed for Harbourline, Saltmarsh Ferries and the Averly Line, has died aged 62.", "Reyes sailed for 40 years.", "Captain Reyes was born in Averly."]), "Ana Reyes dies aged 62");
});

test("a headline cut to length keeps a verb: never names alone", () => {
  const long = "Saltmarsh Rovers' Ana Reyes-Okafor will find out \"within a month or maybe a little longer\" whether she is to be offered a new one-year deal";
  assert.match(trimToLength(long), /\s\p{Ll}/u);
});

test("of two candidates that keep the news, the shorter wins: long leads lose their trailing detail", () => {
  const headline = deriveHeadline([
    "Averly council has approved plans for a new ferry terminal at the harbour, which will replace the old pier that was damaged in last winter's storms.",
    "The ferry terminal will open next year.", "The council said the terminal would cost £5m.", "Ferry users welcomed the terminal.",
  ]);
  assert.ok(headline.length <= 55, headline);
  assert.match(headline, /^(?:Averly )?[Cc]ouncil approves plans for (?:new )?ferry terminal$/);
});

test("compression never splits a term the article writes again: `refugee status` stays whole", () => {
  const sentences = ["Averly islanders have asked the council for refugee status for families who lost their homes in the storm.",
    "The council will decide on refugee status in May.", "Islanders lost homes.", "The storm hit in March."];
  assert.match(compressBySalience(sentences[0]!, sentences), /refugee status/);
});

test("what a message asks is the news, not that it was sent", () => {
  assert.is(preferComplement("Islanders sent a petition to ministers asking for a new ferry"), "Islanders ask ministers for a new ferry");
  assert.is(preferComplement("The union has sent a letter to the council calling on it to keep the pier open"), "The union calls on the council to keep the pier open");
  assert.is(preferComplement("Averly council issued a statement to demand a new ferry"), "Averly council demand a new ferry".replace("demand", "demands"));
  // Who saves the ferry is the recipient: no verb of the sender's to put in.
  assert.is(preferComplement("Islanders made an appeal to ministers to save the ferry"), "Islanders made an appeal to ministers to save the ferry");
  // After a comma, the participle is the sender's own act; and a light verb with no message is news itself.
  assert.is(preferComplement("Harbourline sent a letter to islanders, saying fares will rise"), "Harbourline sent a letter to islanders, saying fares will rise");
  assert.is(preferComplement("Harbourline made a loss totalling £5m"), "Harbourline made a loss totalling £5m");
});

test("a headline never starts with a pronoun or `There`: the next sentence that names who stands in", () => {
  const headline = deriveHeadline([
    "It was back to the harbour for the crew last week.",
    "Harbourline ferry crews returned to work after a three-week strike over pay.",
    "The crews had walked out in May.",
  ]);
  assert.not.match(headline, /^(?:It|There|He|She|They)\b/);
  assert.match(headline, /^Harbourline ferry crews return to work/);
  assert.is(deriveHeadline(["Ana Reyes says she has no plans to stand again for the harbour board.", "Reyes has served for ten years."]), "Reyes has no plans to stand for harbour board");
  // Nor with `Then` whose subject a cut took: `[In her twenties she crewed trawlers,] then went on to …`.
  const then = deriveHeadline([
    "In her twenties she crewed trawlers for eight years, then went on to run her own boatyard before retiring.",
    "Mrs Okafor is one of Averly's 300 centenarians, a club that grows every year.",
    "She still rows to the pier each morning.",
  ]);
  assert.not.match(then, /^Then\b/);
  assert.is(then, "Okafor one of Averly's 300 centenarians"); // and a courtesy title goes before a surname alone
  // Nor with `Here's`, which points at what follows: a newsletter's greeting is no news.
  const here = deriveEntry(article(["Good morning. Here's what you need to know today.", "The harbour board held fees steady on Wednesday but signalled that cuts could come later this year. Ferry firms welcomed the news."]));
  assert.match(here.headline, /^Harbour board holds fees steady/);
});

test("`X has announced that it plans` becomes `X plans`", () => {
  assert.is(dropReportingFrame("Harbourline has announced that it plans to cut fares"), "Harbourline plans to cut fares");
  assert.is(dropReportingFrame("Police said they found a car"), "Police found a car");
});

test("a headline starts with a word, not an amount; a weekday in a name stays", () => {
  assert.is(dropLeadingAmount("£10bn rail plan gets go-ahead"), "rail plan gets go-ahead");
  assert.is(dropLeadingAmount("£5m for schools"), "£5m for schools");
  assert.is(dropTimeWords("The Sunday Telegraph is to cut 90 jobs on Sunday"), "The Sunday Telegraph is to cut 90 jobs");
  assert.is(dropTimeWords("Growth slowed in the three months to September"), "Growth slowed");
});

test("a coming event is named without when it falls; a long source goes after its comma", () => {
  assert.is(dropTimeWords("Saltmarsh Rovers will play at this year's Averly Festival"), "Saltmarsh Rovers will play at the Averly Festival");
  assert.is(dropTimeWords("Reyes is fit for next week's Averly Cup final"), "Reyes is fit for the Averly Cup final");
  assert.is(dropTimeWords("Last year's winner Ana Reyes returns"), "Last year's winner Ana Reyes returns");
  assert.is(dropAttributionTail("Island house prices dipped slightly in November, the Office of the Averly Harbour Board Chairman has said."), "Island house prices dipped slightly in November");
  assert.is(dropAttributionTail("Harbourline has won its fight to make three islanders reveal who told them about the plans."), "Harbourline has won its fight to make three islanders reveal who told them about the plans");
});

test("the headline comes from the first sentence of prose, not a venue line", () => {
  assert.is(deriveHeadline(["Harbour Park, Averly", "Saturday, 3 May", "Averly won the cup final on penalties after a late equaliser."]), "Averly wins cup final on penalties");
});

test("a long headline is cut at a word boundary and never ends on a dangling word", () => {
  const headline = deriveHeadline([
    "Researchers at the university of the northern coast have measured the slowest glacier retreat in forty years and of the decade in their long and careful survey of the ice fields",
  ]);
  assert.ok(headline.length <= HEADLINE_MAX, headline);
  assert.not.match(headline, /\b(and|of|the|a|to|in)$|[,;:]$/);
});

test("a headline keeps quotes and brackets balanced", () => {
  const headline = deriveHeadline(["The minister called the plan “a reckless gamble with the savings of millions of ordinary families across the whole country and beyond” in a speech."]);
  assert.is((headline.match(/“/g) ?? []).length, (headline.match(/”/g) ?? []).length, headline);
});

test("property: any text yields a headline within the limits, and never throws", () => {
  fc.assert(
    fc.property(fc.array(fc.string({ unit: "grapheme", minLength: 1, maxLength: 400 }), { minLength: 1, maxLength: 4 }), (sentences) => {
      const headline = deriveHeadline(sentences);
      assert.ok(headline.length > 0 && headline.length <= HEADLINE_MAX, headline);
      assert.not.match(headline, /[,;:]$/);
    }),
    { numRuns: 1500 },
  );
});

test("a summary is the lede, at most 60 words", () => {
  const long = Array.from({ length: 80 }, (_, i) => `word${i}`).join(" ") + ".";
  const summary = deriveSummary([long], "Headline");
  assert.ok(summary.split(/\s+/).length <= 60);
  assert.ok(summary.endsWith("…"));
  assert.is(deriveSummary(["Short one.", "Second sentence here.", "Third."], "Other"), "Short one. Second sentence here.");
});

test("a summary starts at the first paragraph of prose, not a venue line or a score in brackets", () => {
  assert.is(leadParagraph(["Harbour Park, Averly", "Saturday, 3 May", "(after extra time - 2-2 at 90 minutes)", "Averly won the cup final on penalties after a late equaliser."]),
    "Averly won the cup final on penalties after a late equaliser.");
  assert.ok(isProse("The council approved the new budget."));
  assert.not.ok(isProse("BBC1, Radio Averly and this website"));
  assert.not.ok(isProse("home to the champions in the quarter-finals"));
});

test("every article gets 3 to 5 tags: the top name, then word pairs used twice, names used once, words used twice", () => {
  assert.equal(deriveTags(splitSentences("Mira Okafor won the race in Averly. The race was her first win.")), ["Mira Okafor", "Averly", "race"]);
  assert.equal(deriveTags(splitSentences("The fees will go up in Averly. The ferry fares plan was agreed by the council. The council said ferry fares must cover fuel.")),
    ["Averly", "ferry fares", "council"]);
});

test("a tag is a whole name, never a sentence opener, a first name, a nationality or half of `New Zealand`", () => {
  const tags = deriveTags(splitSentences(
    "Although Harbourline has cut fares, Mira Okafor of Top of the Pops says the New Zealand tour is over. Ms Okafor said New Zealand was kind. " +
    "Okafor will rest. Italian fans were sad. Top of the Pops will air the tour. Harbourline said fares would fall. Mira thanked the fans.",
  ));
  assert.equal(tags, ["Mira Okafor", "Top of the Pops", "New Zealand", "Harbourline"]);
  assert.equal(deriveTags(splitSentences("Some of Mira Okafor's songs were sold. Mira Okafor wrote them. Okafor sang.")), ["Mira Okafor", "songs", "sold"]);
});

test("a plural that opens a sentence or two is people, not a topic; a word of what happened comes last", () => {
  const tags = deriveTags(splitSentences("Harbourline said its ferry sales plunged 12% in May. Critics said the fares were too high. Analysts had expected a fall. Ferry sales rose in June."));
  assert.not.ok(tags.includes("Critics") || tags.includes("Analysts"), tags.join());
  assert.not.ok(tags.includes("plunged"), tags.join());
  assert.equal(deriveTags(splitSentences("Shares in Averly plunged sharply on Monday. Traders blamed the ferry strike.")), ["Averly", "ferry", "strike"]); // not `plunged`, `sharply`
  // Nor a word shaped like an adjective or a participle, or a sentence adverb, that opens one sentence only.
  const opener = deriveTags(splitSentences("Political parties in Averly met on Monday. Worryingly, Harbourline said the ferry would stop. Mira Okafor of Harbourline said fares would rise. Italy sent a ferry."));
  assert.not.ok(opener.includes("Political") || opener.includes("Worryingly"), opener.join());
  const band = deriveTags(splitSentences("Shamblers played for 5,000 fans in Averly. Shamblers, which Reyes formed, won. Shamblers took the stage late. Reyes sang."));
  assert.ok(band.includes("Shamblers"), band.join());
});

test("a role between two names splits them: `Labour MP Jo Cox` is `Labour` and `Jo Cox`", () => {
  assert.equal(capitalisedRuns("Averly Labour MP Jo Cox spoke to President Ana Reyes."), ["Averly Labour", "Jo Cox", "Ana Reyes"]);
});

test("a possessive ends a name: `Averly City's Jon Hale` is two topics", () => {
  assert.equal(capitalisedRuns("Averly City's Jon Hale signed a new deal."), ["Averly City", "Jon Hale"]);
});

test("a tag is a whole name without its description: `South Saltmarsh` whole, `Averly-based Harbourline` is Harbourline, `1900 GMT` no name", () => {
  const tags = deriveTags(splitSentences("South Saltmarsh won the vote on Averly-based Harbourline at 1900 GMT. Harbourline lost South Saltmarsh at 2000 GMT. " +
    "South Saltmarsh said Harbourline was slow. Her show 'No More Mr Nice' ran on TV. Harbourline chief Mira Okafor spoke."));
  assert.ok(tags.includes("South Saltmarsh"), tags.join());
  assert.ok(tags.includes("Harbourline"), tags.join());
  assert.not.ok(tags.some((tag) => /GMT|based|^No More$|^Saltmarsh$/.test(tag)), tags.join());
});

test("a word pair fills up topics only if it names a thing: not an amount, an order, or a verb and its object", () => {
  const tags = deriveTags(splitSentences("The ferry firm will raise money for new boats. It raised money three times before. " +
    "The ferry firm raised money again in the fourth quarter. The fourth quarter was good. It was the third time in three times."));
  assert.ok(tags.includes("ferry firm"), tags.join());
  assert.not.ok(tags.some((tag) => /raise money|fourth quarter|three times/.test(tag)), tags.join());
});

test("tags are key phrases with multi-word names kept whole", () => {
  const tags = deriveTags(splitSentences(
    "Hong Kong activists wrote to Marco Rubio. Marco Rubio replied from Washington. Activists in Hong Kong welcomed it. POLITICO reported the letter. Politico said more.",
  ));
  assert.ok(tags.includes("Hong Kong"), tags.join());
  assert.ok(tags.includes("Marco Rubio"), tags.join());
  assert.ok(tags.includes("Politico"), tags.join());
  assert.ok(tags.length >= 1 && tags.length <= 5);
});

test("property: counting words by hand agrees with the word expression, and sentences split as the boundary expression does", () => {
  const expression = (text: string) => text.match(/[\p{L}\p{N}]+(?:['’.-]+[\p{L}\p{N}]+)*/gu)?.length ?? 0;
  const boundary = /(?<=[.!?][”’"')\]]*)\s+(?=[“‘"'(\[]*[\p{Lu}\p{N}])/u;
  const text = fc.oneof(fc.string({ unit: "grapheme", maxLength: 60 }), fc.stringMatching(/^[a-zA-Z .!?”’"')\]“‘(\[\u00a0\t1É'.-]{0,40}$/));
  fc.assert(fc.property(text, (sample) => {
    assert.is(countWords(sample), expression(sample));
    assert.equal(splitAtBoundaries(sample), sample.split(boundary));
  }), { numRuns: 3000 });
});

test("counts words and rounds reading time to whole minutes, at least one", () => {
  assert.is(countWords("It’s a U.S.-based, well-known fact: 3.5 per cent."), 8);
  assert.is(readingMinutes(10), 1);
  assert.is(readingMinutes(690), 3);
});

test("slugs are lower-case ASCII words joined by hyphens", () => {
  assert.is(slugify("Crème brûlée & Co’s new café!"), "creme-brulee-cos-new-cafe");
  assert.is(slugify("000_f810c51db005f7da"), "000-f810c51db005f7da");
  assert.is(slugify("!!!", "article"), "article");
});

test("an entry's URL comes from the file name, not the headline", () => {
  const entry = deriveEntry(article(["The council approved the budget on Tuesday."]));
  assert.is(entry.url, "/articles/story/");
  const retitled = deriveEntry(article(["The council approved the budget on Tuesday."], { title: "Another title" }));
  assert.is(retitled.url, entry.url);
  assert.is(retitled.headline, "Another title");
});

test("author fields win over derived ones", () => {
  const entry = deriveEntry(article(["Some text about Port Averly and Port Averly."], { title: "T", summary: "S", tags: ["x"] }));
  assert.equal([entry.headline, entry.summary, entry.tags], ["T", "S", ["x"]]);
});

test("article text never becomes markup, and bare URLs become links", () => {
  const entry = deriveEntry(article(["<script>alert(1)</script> *not emphasis* see https://example.org/a_b_c now."]));
  assert.not.match(entry.html, /<script/);
  assert.match(entry.html, /&lt;script&gt;/);
  assert.match(entry.html, /\*not emphasis\*/);
  assert.match(entry.html, /<a href="https:\/\/example.org\/a_b_c">/);
});

test("derivation is deterministic", () => {
  const input = article(["A group of residents met the mayor on Monday. They asked for a new ferry."]);
  assert.equal(deriveEntry(input), deriveEntry(input));
});

if (existsSync(SEED)) {
  test("seed article: headline about Hong Kong, no RELATED aside, the tweet quoted with its handle", () => {
    const result = parseArticle("000_f810c51db005f7da.txt", readFileSync(SEED));
    assert.ok(result.ok);
    if (!result.ok) return;
    const entry = deriveEntry(result.article);
    assert.match(entry.headline, /Hong Kong/);
    assert.ok(entry.headline.length <= HEADLINE_MAX);
    assert.not.match(entry.text, /\(RELATED:/);
    assert.not.match(entry.html, /RELATED/);
    assert.match(entry.html, /<blockquote class="tweet">[\s\S]*<a href="https:\/\/twitter.com\/hk_watch">@hk_watch<\/a>[\s\S]*<\/blockquote>/);
    assert.match(entry.text, /the bill, which/);
    assert.is(entry.date, "2021-07-22");
  });
} else {
  console.log("digest.test.ts: skipping the seed article test: ../shared/seed is not here");
}


test("every bundled sample article gets a headline an editor could have written", () => {
  const dir = new URL("../articles/", import.meta.url);
  const headlines = Object.fromEntries(readdirSync(dir).sort().map((name) => {
    const parsed = parseArticle(name, readFileSync(new URL(name, dir)));
    return [name, parsed.ok ? deriveEntry(parsed.article).headline : "(unreadable)"];
  }));
  assert.equal(headlines, {
    "bus-drivers-strike.txt": "Averly Transit bus drivers to strike for 24 hours",
    "draft-budget-2027.txt": "Port Averly draft budget for 2027 cuts street cleaning by 8%",
    "editors-note-winter-schedule.md": "Editor's note: our winter schedule",
    "hillcrest-robotics-win.txt": "Students from Hillcrest Secondary School win schools robotics final",
    "holt-bakery-closes.txt": "Family bakery to close ovens on Market Street",
    "library-opens-sundays.txt": "Port Averly public library to open on Sundays for first time",
    "night-ferry-returns.txt": "Port Averly night ferry to return to harbour",
    "storm-breaches-harbour-wall.txt": "Storm tears 30-metre gap in harbour wall and floods basements, emergency office says",
    "street-trees-plan.txt": "Port Averly to plant 3,000 trees",
    "winter-market-moves.txt": "Port Averly winter market to move from Market Street to Old Quay",
  });
});

// Reading right: cuts and deletions that leave a phrase without what it needs (branch `reads`).
const roleOf = (text: string, word: string) => {
  const words = text.split(" ").map((token, i) => ({ token, kind: classify(token, i === 0) }));
  return assignRoles(words)[text.split(" ").indexOf(word)];
};

test("drops a leading interjection or sentence adverb with its comma", () => {
  assert.is(dropLeadingAdverbial("Well, it's goodbye to another Olympic year"), "it's goodbye to another Olympic year");
  assert.is(dropLeadingAdverbial("Obviously, there's no getting away from it"), "there's no getting away from it");
  assert.is(dropLeadingAdverbial("Wells Fargo, the bank, said"), "Wells Fargo, the bank, said");
  // `As X said -`: a dash closes it as a comma does.
  assert.is(dropLeadingAdverbial("As harbour master Ana Reyes said - any board would cut fares before a vote"), "any board would cut fares before a vote");
  assert.is(dropLeadingAdverbial("As fares rise - and they will - ferries empty"), "As fares rise - and they will - ferries empty");
  // A comma inside the leading phrase does not end it; one before the main clause's verb does.
  assert.is(dropLeadingAdverbial("As ferries become a cheap, all-weather way to travel, fares are rising"), "fares are rising");
  assert.is(dropLeadingAdverbial("With ferries, buses, and trams moving into the old town, the way people travel will change"), "the way people travel will change");
  assert.is(dropLeadingAdverbial("In 2003, crop production totalled 11 million tonnes, the report said"), "crop production totalled 11 million tonnes, the report said");
  assert.is(dropLeadingAdverbial("In a statement, the board said fares would rise"), "the board said fares would rise");
  assert.is(dropLeadingAdverbial("In May, sales rose 5%, and profits fell 2%, the board said"), "sales rose 5%, and profits fell 2%, the board said");
  // A conjunction that joins the lead to what came before: a headline stands alone. Not a name's first word.
  assert.is(dropLeadingAdverbial("So what is the gap between the two harbour boards?"), "what is the gap between the two harbour boards?");
  assert.is(dropLeadingAdverbial("And the 101-year-old skipper has sailed every day"), "the 101-year-old skipper has sailed every day");
  assert.is(dropLeadingAdverbial("So Solid Crew played the pier"), "So Solid Crew played the pier");
});

test("the speaker owns what their possessive did", () => {
  assert.is(dropLeadingAttribution("Tony Blair says his personal standing will be an issue"), "Tony Blair's personal standing will be an issue");
  assert.is(dropLeadingAttribution("Mr Jones says his party's plans are sound"), "his party's plans are sound"); // never `Jones's party's`
});

test("news from another newsroom's wire: `said it would` is a future, `see bills fall` keeps its noun, `a year earlier` its when", () => {
  assert.is(deriveHeadline(splitSentences("Harbourline said on Wednesday it would cut 700 jobs as part of a cost-cutting plan unveiled by its chief executive. Harbourline shares rose 5%. The cuts are 3% of its staff.")), "Harbourline to cut 700 jobs");
  assert.is(dropReportingFrame("Harbourline said it would not cut jobs"), "Harbourline will not cut jobs");
  assert.match(deriveHeadline(splitSentences("Thousands of islanders will see their ferry fares fall from July after the harbour board cut its levy by 17%. The new fare is £4. Campaigners said fares remained too high.")), /see ferry fares fall/);
  assert.match(deriveHeadline(splitSentences("Averly's ferry fares rose 4.2% from a year earlier, the fastest pace in nearly 42 years, figures showed. Economists had expected 4.3%.")), /from a year earlier/);
});

test("more wire leads: a count in the plural agrees, an aside stays before a relative that may be its own, a passive keeps its participle", () => {
  assert.is(presentTense("Thousands of junior doctors walked out in the first of four strikes"), "Thousands of junior doctors walk out in the first of four strikes");
  assert.is(dropAppositive("Harbourline unveiled a cheaper Ferrypass, betting that a $9 fare will lure riders in Averly and Saltmarsh, where its sales have slowed"),
    "Harbourline unveiled a cheaper Ferrypass, betting that a $9 fare will lure riders in Averly and Saltmarsh, where its sales have slowed");
  assert.not.match(deriveHeadline(splitSentences("Police are appealing for witnesses after a cyclist was seriously injured in a hit-and-run on the A38 near Averly on Friday night. The man was taken to hospital. The driver did not stop.")), /seriously$/);
});

test("`agreed` and `freed` are pasts, where short words in -eed are not: `the board agreed` → `board agrees`", () => {
  assert.is(baseOfPast("agreed"), "agree");
  assert.is(baseOfPast("freed"), "free");
  for (const noun of ["need", "speed", "breed", "seed"]) assert.not.ok(isPastForm(noun), noun);
  assert.is(presentTense("The harbour board agreed to ban night fishing"), "The harbour board agrees to ban night fishing");
});

test("turns an irregular past under a prefix, and a person's name in -s", () => {
  assert.is(baseOfPast("outspent"), "outspend");
  assert.is(baseOfPast("withdrew"), "withdraw");
  assert.is(baseForm("rebuilt"), "rebuild");
  assert.not.ok(isPastForm("output"));
  assert.not.ok(isPastForm("upset"));
  assert.is(presentTense("UK Independence Party outspent both Labour and the Liberal Democrats"), "UK Independence Party outspends both Labour and the Liberal Democrats");
  assert.is(presentTense("Mark Philippoussis withdrew from the Sydney International", ["", "He had a groin injury, said Mark Philippoussis."]), "Mark Philippoussis withdraws from the Sydney International");
  assert.is(presentTense("Hearts wrapped up the tie", ["", "They scored twice, and Hearts went through."]), "Hearts wrapped up the tie");
});

test("roles: a floated quantifier leaves the participle a verb, an adjective makes -ing a noun", () => {
  assert.is(roleOf("Cable firms have both launched services", "launched"), "verb");
  assert.is(roleOf("to create website addresses using alphabets", "using"), "verb");
  assert.is(roleOf("the government put tax cuts and increased social spending at the centre", "spending"), "noun");
});

const BBC_LEADS: Array<[string[], string]> = [
  [["The South African government has put tax cuts and increased social spending at the centre of its latest budget.", "Finance Minister Trevor Manuel said the budget would cut taxes by 6.8bn rand.", "Social spending on grants rises, as does spending on tax cuts."], "never ends on an adjective before its noun"],
  [["Carlos Moya described Spain's Davis Cup victory as the highlight of his career after he beat Andy Roddick.", "Moya said the Davis Cup victory was the highlight.", "Spain won the Davis Cup in Seville."], "describes X as"],
  [["The head of US TV network Fox has admitted the broadcaster had relied too heavily on reality TV shows such as Who's Your Daddy.", "Fox network head Gail Berman said reality TV shows had been relied on.", "Fox said reality TV had cost it viewers."], "too"],
  [["UK broadcaster Virgin Radio says it will become the first station in the world to offer radio via 3G mobiles.", "Virgin Radio will offer radio to 3G mobiles.", "The station said radio on mobiles was the future."], "first station"],
  [["One in 10 adult Americans - equivalent to 22 million people - owns an MP3 player, according to a survey.", "Americans buy MP3 players in millions.", "The survey of Americans found MP3 players popular."], "one in 10"],
  [["The European Commission has written to the mobile phone operators Vodafone and T-Mobile to challenge \"the high rates\" they charge for international roaming.", "The Commission says rates for roaming are high.", "Vodafone and T-Mobile charge high rates for roaming."], "quotation"],
  [["Cable firms NTL and Telewest have both launched video-on-demand services as the battle between satellite and cable TV heats up.", "NTL and Telewest services launch with films.", "Cable firms NTL and Telewest want services on demand."], "perfect"],
];

test("an adverb that ends the sentence says how of all before it, and stays: `portrays Averly [unfairly]`", () => {
  const spans = (text: string) => {
    const words = weighWords(text, [text, "x"]);
    const roles = assignRoles(words);
    return deletableSpans(words, roles, findMainClause(words, roles)).map(([start, end]) => words.slice(start, end).map((word) => word.token).join(" "));
  };
  assert.not.ok(spans("The ferry union has criticised the new film, claiming it portrays Averly unfairly").includes("unfairly"));
  assert.ok(spans("The ferry union has unfairly criticised the new film").includes("unfairly"));
});

test("a verb that waits for `as` keeps it past a long object: `hails … victory over Saltmarsh as \"special\" win`", () => {
  const headline = deriveHeadline(splitSentences("Averly fly-half Ana Reyes hailed her side's 19-13 victory over Saltmarsh as a \"special\" win. Reyes scored twice. Saltmarsh had won the last three games."));
  assert.match(headline, /victory over Saltmarsh as "special" win$/);
});

test("a cut or a deletion leaves nothing half-said: adjective, degree adverb, ordinal, quotation, proportion, participle", () => {
  const headlines = BBC_LEADS.map(([sentences]) => deriveHeadline(sentences));
  assert.not.match(headlines[0]!, /social$/);
  assert.match(headlines[1]!, /describes Spain's Davis Cup victory as highlight/);
  assert.not.match(headlines[2]!, /too$/);
  assert.not.match(headlines[3]!, /first station$/);
  assert.match(headlines[4]!, /^One in 10 /);
  assert.not.match(headlines[5]!, /"the rates"/);
  assert.match(headlines[6]!, /NTL and Telewest launch/);
});

test("no deletion leaves a comma that joined it to the word before", () => {
  const headline = deriveHeadline(["Apple has unveiled a new, low-cost Macintosh computer for the masses, billed as the Mac mini.", "The Mac mini is a low-cost Macintosh computer.", "Apple wants the masses to buy a Macintosh."]);
  assert.not.match(headline, /new, Macintosh/);
});

test("a cut to length never stops on a verb before the question it asks, nor inside a clause `that` opened", () => {
  assert.is(trimToLength("Blair says voters will have to wait for Labour's manifesto to see if party has plans to increase tax"), "Blair says voters will have to wait");
  assert.is(trimToLength('Port Averly harbour master warns late ferry passengers that she wants to fine them "where it hurts most"'), "Port Averly harbour master warns late ferry passengers");
});

test("the eval counts interjections, degree adverbs at the end, misquotes, lost proportions, verbs and describing participles cut before what they need as reading wrong", () => {
  const cases: Array<[headline: string, text: string, reason: string]> = [
    ["Well, it's goodbye to another Olympic year", "", "starts with an interjection"],
    ["Head of Fox admits broadcaster had relied too", "", "ends on a word that says how much of what follows"],
    ["Commission to challenge \"the rates\" they charge", "to challenge \"the high rates\" they charge", "a quotation the article does not have word for word"],
    ["One in Americans owns MP3 player", "One in 10 adult Americans owns an MP3 player", "a proportion without its number"],
    ["One in 10 adult Americans owns MP3 player", "One in 10 adult Americans owns an MP3 player", ""],
    ["Averly taxis to be banned", "Averly taxis will be banned from using the harbour road.", "a verb cut before what it needs"],
    ["Averly Star chosen", "The Averly Star has been chosen as the best ship.", "a verb cut before what it needs"],
    ["Court fight to make managers reveal", "The court fight will make managers reveal who leaked it.", "a verb cut before what it needs"],
    ["Averly taxis banned from harbour road", "Averly taxis will be banned from the harbour road.", ""],
    ["Council writes to two ferry workers freed", "The council writes to two ferry workers freed from jail.", "a verb cut before what it needs"],
    ["Two ferry workers freed", "Two ferry workers were freed from jail.", ""],
    ["Top of Ferries turns to harbour star", "Top of the Ferries has turned to a harbour star. Top of the Ferries is a show.", "a broken name or title"],
    ["Top of the Ferries turns to harbour star", "Top of the Ferries has turned to a harbour star. Top of the Ferries is a show.", ""],
  ];
  for (const [headline, text, reason] of cases) assert.is(readsWrong(headline, text), reason, headline);
});

test("an action a noun is about stays: no deletion of a preposition and its gerund", () => {
  const headline = deriveHeadline(["Coach Maria Lenz insists she has no thoughts of quitting as head coach despite the club's worst run of results in a decade.", "Lenz said quitting was not on her mind.", "The club has lost six games in a row, and fans called for her to go.", "Lenz said the players still backed her."]);
  assert.match(headline, /no thoughts of quitting/);
});

test("a relative clause keeps the noun it hangs on, and its verb after an adverb is its own", () => {
  const headline = deriveHeadline(["The makers of phone apps that quietly track where people go could face heavy fines in Oregon.", "Oregon lawmakers want fines for makers of apps that track people.", "The apps track where people go without asking.", "Makers of such apps say the fines are unfair."]);
  assert.match(headline, /^Makers of (?:phone )?apps that track/);
  const sentences = ["The makers of phone apps that quietly track people could face fines.", "Makers of apps face fines."];
  const words = weighWords(sentences[0]!.replace(/\.$/, ""), sentences);
  const roles = assignRoles(words);
  assert.is(roles[4], "noun"); // `apps that quietly track`: a plural before a relative, not a verb before `that`
  assert.is(words[findMainClause(words, roles)!.start]!.token, "could");
});

test("no end on an aside that opened after `and,`: its clause is still to come", () => {
  const sentences = ["Harbourline has reached the age of 50 and, in ferry years, that is a long time", "Harbourline began in 1975."];
  const words = weighWords(sentences[0]!, sentences);
  const roles = assignRoles(words);
  const years = words.findIndex((word) => word.token === "years,");
  assert.not.ok(canEnd(words, roles, years, findMainClause(words, roles)));
  assert.ok(canEnd(words, roles, words.findIndex((word) => word.token === "50"), findMainClause(words, roles)));
});

test("a verb keeps what its object is made to do or has done to it: causative `have`, `allow X to`, `make X reveal`", () => {
  assert.match(deriveHeadline(["A Port Averly councillor has had more than £300 and his laptop stolen after leaving them outside the town hall.", "The councillor said the laptop held council papers.", "Police in Port Averly are looking for the thief.", "The £300 was for a charity event."]), /laptop stolen$/);
  assert.match(deriveHeadline(["Port Averly will not allow any new fast-food outlets to be opened near its schools, the council has said.", "Fast-food outlets near schools are blamed for poor diets.", "Port Averly has twelve outlets near schools.", "New outlets will need to be 400m away."]), /outlets to be opened, council says$/);
  assert.match(deriveHeadline(["Harbourline has won its court fight to make two former managers reveal who leaked the ferry timetable.", "The managers must now reveal who leaked the timetable.", "Harbourline said the leak cost it customers.", "The court fight lasted a year."]), /reveal who leaked/);
  assert.equal(assignRoles([{ token: "to", kind: "to" }, { token: "let", kind: "word" }, { token: "their", kind: "det" }, { token: "currencies", kind: "word" }, { token: "rise", kind: "word" }, { token: "against", kind: "prep" }]), ["glue", "verb", "glue", "noun", "verb", "glue"]);
  assert.equal(assignRoles([{ token: "to", kind: "to" }, { token: "make", kind: "word" }, { token: "its", kind: "det" }, { token: "stock", kind: "word" }, { token: "market", kind: "word" }, { token: "debut", kind: "word" }])[4], "noun");
});

test("a list of names that opens the lead is its subject, and `stop X` keeps what X is stopped from", () => {
  const headline = deriveHeadline(["Ferry operators Harbourline, Saltmarsh and Averly Lines have agreed a common timetable to stop passengers waiting hours at Port Averly.", "Harbourline, Saltmarsh and Averly Lines run ferries from Port Averly.", "Passengers waited hours for ferries last summer.", "The common timetable starts in May."]);
  assert.match(headline, /^Harbourline, Saltmarsh and Averly Lines agree/);
  assert.not.match(headline, /stop passengers$/);
});

test("no end before what one is kept from, chosen as, or the object after an amount; `following` after a noun is one", () => {
  assert.is(deriveHeadline(["Two Port Averly councillors have been barred from voting on the ferry contract after their links to Harbourline came to light.", "The councillors said they had done nothing wrong.", "The vote on the ferry contract is next month.", "Harbourline is bidding for the ferry contract."]), "Two Port Averly councillors barred from voting on ferry contract");
  assert.is(trimToLength("Averly taxis to be banned from using old tricks of trade to ensure they are \"fair and responsible\" to visitors"), "Averly taxis to be banned from using old tricks of trade");
  assert.is(deriveHeadline(["The Harbourline ferry Averly Star has been chosen as the best passenger ship of all time by readers of Ferry Monthly.", "Averly Star was built in 1975.", "Readers of Ferry Monthly chose the best passenger ship.", "The ship still sails daily."]), "Averly Star chosen as best passenger ship of all time");
  const sentences = ["The Port Averly council has delayed by three months the vote on the new harbour wall", "The vote was due in May."];
  const words = weighWords(sentences[0]!, sentences);
  const roles = assignRoles(words);
  assert.not.ok(canEnd(words, roles, words.findIndex((word) => word.token === "delayed"), findMainClause(words, roles)));
  assert.match(deriveHeadline(["Folk band Saltmarsh Five built up a cult following across Europe to win two national awards.", "Saltmarsh Five have played 200 concerts.", "Their cult following grew online.", "The band won the awards in London."]), /cult following/);
});

test("a second date joined to the first goes with it", () => {
  assert.is(dropTimeWords("Port Averly will hold a ferry festival in June or July"), "Port Averly will hold a ferry festival");
});

test("`by` and an amount after a past is no agent: the tense turns", () => {
  assert.is(presentTense("Averly economy grew by an estimated 2.5%"), "Averly economy grows by an estimated 2.5%");
});


/** Whether a headline cut from `sentence` may end on the word `token`, the rest of the article being `more`. */
function canEndOn(sentence: string, token: string, more = "Port Averly is a ferry town."): boolean {
  const words = weighWords(sentence, [sentence, more]);
  const roles = assignRoles(words);
  return canEnd(words, roles, words.findIndex((word) => word.token === token), findMainClause(words, roles));
}

/** Each word of `text` with the role position gives it: `ferry/noun sank/verb`. */
function roles(text: string): string {
  const words = weighWords(text, [text, "Another sentence."]);
  return assignRoles(words).map((role, i) => `${words[i]!.token}/${role}`).join(" ");
}

/** The main clause `findMainClause` finds in `sentence`, and the sentence's words. */
function clauseOf(sentence: string): (MainClause & { words: Word[] }) | undefined {
  const words = weighWords(sentence, [sentence, "Port Averly is a ferry town."]);
  const clause = findMainClause(words, assignRoles(words));
  return clause && { ...clause, words };
}

/** The main clause's verb group in `sentence`, as words. */
function mainVerb(sentence: string): string {
  const clause = clauseOf(sentence)!;
  return clause.words.slice(clause.start, clause.end).map((word) => word.token).join(" ");
}

/** The spans compression may delete from `sentence`, each as its words; `more` is the rest of the article, `reach` how far it may go. */
function spansOf(sentence: string, more = "Port Averly is a ferry town.", reach: Reach = "strict"): string[] {
  const words = weighWords(sentence, [sentence, more]);
  const roles = assignRoles(words);
  return deletableSpans(words, roles, findMainClause(words, roles), reach).map(([start, end]) => words.slice(start, end).map((word) => word.token).join(" "));
}

test("never deleted: what `much` is of, half a word split at a hyphen, a direction that names a half (`northern hemisphere`)", () => {
  assert.not.ok(spansOf("Cold weather across parts of the US and much of Europe has pushed US crude oil prices above $50 a barrel").includes("of Europe"));
  assert.not.ok(spansOf("Harbourline is to offer a video recorder in a set -top box to challenge Saltmarsh").includes("set"));
  assert.not.ok(spansOf("Averly Rovers have won a new title in northern hemisphere rugby").includes("northern"));
});

test("the length compression counts is the headline's: auxiliaries headlinese drops cost nothing, a title's `The` and a modal's `be` do", () => {
  const chars = (text: string) => {
    const words = weighWords(text, [text, "Port Averly is a ferry town."]);
    const roles = assignRoles(words);
    return new Candidate(words, roles, findMainClause(words, roles)).measure(new Uint8Array(words.length).fill(1)).chars;
  };
  assert.is(chars("Harbourline has been criticised by the board"), "Harbourline criticised by board".length);
  assert.is(chars("The Night Ferry and The Harbour have shared the main prizes"), "Night Ferry and The Harbour shared main prizes".length);
  assert.is(chars('Harbourline could be sold to "the highest bidder"'), 'Harbourline could be sold to "the highest bidder"'.length); // a quotation keeps its `the`
});

test("a subject with no name keeps what it is of, a list of places stays whole, and only a verb of saying takes `that` past a phrase", () => {
  assert.not.ok(spansOf("The details of the new ferry will be released in Port Averly on Monday").includes("of the new ferry"));
  assert.ok(spansOf("Ferry workers in Harbourline ports will strike on Monday").includes("in Harbourline ports"));
  assert.equal(spansOf("Walkers in Cornwall and Wales were out early on Monday"), ["in Cornwall and Wales"]);
  assert.not.ok(spansOf("Harbourline has bought a website to improve the way it handles fares from island towns or villages").includes("from island towns"));
  assert.not.ok(spansOf("Fairs in Kent have opened on the last day that trading is allowed").includes("on the last day"));
  assert.ok(spansOf("Harbourline admits before a Port Averly court that it lied").includes("before a Port Averly court"));
  assert.not.ok(spansOf("Passengers are being warned about a ferry scam that poses as a Harbourline offer").includes("about a ferry scam"));
});

test("a participle clause before the verb ends where the main verb starts, and `that` after a verb opens its object", () => {
  const sentence = "A poll conducted by Averly Research has found that most drivers are unhappy with their roads";
  const words = weighWords(sentence, [sentence, "Drivers are unhappy."]);
  const roles = assignRoles(words);
  const clause = findMainClause(words, roles)!;
  assert.is(words.slice(clause.start, clause.end).map((word) => word.token).join(" "), "has found");
  assert.equal(clause.relative, [2, 6]);
});

test("no end inside a list, a pair, a name joined by `&`, two modifiers, a participle that describes, before what something is called or a verb's own preposition", () => {
  assert.not.ok(canEndOn("Harbourline has sold ferries, boats and barges to Saltmarsh", "ferries,"));
  assert.ok(canEndOn("Harbourline has sold its ferries, and Saltmarsh has bought them", "ferries,"));
  assert.not.ok(canEndOn("Averly peer wants to give women the same rights as men", "rights"));
  assert.not.ok(canEndOn("Harbourline will sail in both the summer and the winter", "summer"));
  assert.not.ok(canEndOn("The ferry timetables are so outdated that they confuse passengers", "outdated"));
  assert.not.ok(canEndOn("Port Averly brings Reyes back into the ferry crew", "back"));
  assert.not.ok(canEndOn("Harbourline carried fewer passengers than expected in May", "passengers"));
  assert.not.ok(canEndOn("Reyes won the ferry race less than 24 hours after the storm", "hours"));
  assert.not.ok(canEndOn("Port Averly ferries do not have to abide by the new harbour rules", "abide"));
  assert.ok(canEndOn("Averly peer wants to give women equal rights as a start", "rights"));
  assert.not.ok(canEndOn("Harbourline sells Averly Life & Annuity to Saltmarsh", "Life"));
  assert.not.ok(canEndOn("Phones are not yet all-singing, all-dancing devices", "all-singing,"));
  assert.ok(canEndOn("Phones are not yet cheap, say two reports", "cheap,"));
  assert.not.ok(canEndOn("Artists have taken the beeps created as players press buttons", "created"));
  assert.ok(canEndOn("Two ferry workers were arrested after a fight", "arrested"));
  assert.not.ok(canEndOn("Harbourline calls the council's ferry plan unfair", "plan"));
});

test("past a participle clause with an irregular participle, a verb in -s before `to` is the main verb, and the participle stays one", () => {
  const sentence = "A Port Averly man held in Saltmarsh jail for 33 months plans to sue the council";
  const words = weighWords(sentence, [sentence, "The man plans to sue."]);
  const roles = assignRoles(words);
  const clause = findMainClause(words, roles)!;
  assert.is(words[clause.start]!.token, "plans");
  assert.equal(clause.relative, [4, 11]);
  assert.is(presentTense("Port Averly man held in Saltmarsh jail for 33 months plans to sue council"), "Port Averly man held in Saltmarsh jail for 33 months plans to sue council");
  assert.equal(["held", "announced", "rose", "cut", "beat"].map(canBeParticiple), [true, true, false, false, false]);
});

test("an action with its object as the subject keeps its copula, and `once more` goes whole", () => {
  assert.is(headlinese("Hiding ferries away in the harbour is a backward view of trade"), "Hiding ferries away in harbour is a backward view of trade");
  assert.is(headlinese("Voting is under way in Port Averly"), "Voting under way in Port Averly");
  assert.ok(spansOf("The ferry strike has once more turned the spotlight on Port Averly").includes("once more"));
});

test("`More than …` opens the subject when a verb comes before the comma, and a nationality describes: no name a descriptor ends on, no verb after it", () => {
  assert.is(mainVerb("More than 90% of Port Averly ferry firms are optimistic about trade, a survey suggests"), "are optimistic");
  assert.is(mainVerb("Less than a year after the launch, Harbourline has sold its ferries"), "has sold");
  assert.not.ok(spansOf("Harbourline has rejected a takeover offer worth 3.1bn Australian dollars from Saltmarsh").includes("takeover offer worth 3.1bn"));
  assert.match(roles("Belgian shipping giant Harbourline has seen its profits rise"), /^Belgian\/noun shipping\/noun /);
  assert.ok(spansOf("Ferry maker Harbourline has sold its yard").includes("Ferry maker"));
});

test("a modifier stays before a head the article never uses again, unless it only classifies; a participle before a noun stays; a particle is no head", () => {
  assert.equal(spansOf("Port Averly ferry firms face hard times after the storm"), []);
  assert.equal(spansOf("Harbourline has taken legal action against the council"), ["legal"]);
  assert.not.ok(spansOf("Reyes stays positive despite a broken arm after the ferry race", "Her arm will heal.").includes("broken"));
  assert.not.ok(spansOf("The number of people out of work in Port Averly has risen again", "Fewer people found work.", "loose").includes("people"));
});

test("`The last year` is a subject and `January's` names something, not time words; a pronoun's `'s` stays; `then` after a leading `if` goes with it; `at which` opens a subject", () => {
  assert.is(dropTimeWords("The last year has seen one ferry firm dominate the route"), "The last year has seen one ferry firm dominate the route");
  assert.is(dropTimeWords("Harbourline sold two ferries last year"), "Harbourline sold two ferries");
  assert.is(dropTimeWords("Reyes will return to racing in January's Averly Cup"), "Reyes will return to racing in January's Averly Cup");
  assert.match(roles("Harbourline doubles the fare at which island families travel free"), / which\/glue island\/noun /);
  assert.is(namesAsModifiers("That's what I call a fast ferry"), "That's what I call a fast ferry");
  const sentence = "If the port were a ship, then 2003 would have seen it sail";
  const words = weighWords(sentence, [sentence, "The port grew."]);
  assert.is(words[findMainClause(words, assignRoles(words))!.from]!.token, "2003");
});

test("a deletion never parts a single quotation mark from its pair, and `worth` opens a phrase", () => {
  const headline = deriveHeadline(["Port Averly is offering a one-off 'fare amnesty' to passengers who hid their tickets under the old ferry firm.", "The amnesty runs until May.", "Passengers who hid tickets can come forward.", "The amnesty is the first in Port Averly."]);
  assert.match(headline, /'fare amnesty'/);
  assert.is(classify("worth", false), "prep");
});

test("a participle before `to` opens a clause before the main verb, and a verb's particle ends a headline", () => {
  assert.is(mainVerb("A national ferry body designed to tackle fare rises in key towns should be set up"), "should be set");
  assert.is(dropDanglingEnd("Ferry body should be set up"), "Ferry body should be set up");
  assert.is(dropDanglingEnd("Fares to rise by up"), "Fares to rise");
});

test("the cut to length keeps a verb's own preposition: `to star [in a revival]`", () => {
  assert.is(trimToLength("Singer and actor Ana Reyes to star in harbour revival of 1950s hit musical The Night Ferry Game", 80), "Singer and actor Ana Reyes to star in harbour revival");
});

test("a verb's plain form after a noun ends a compound and a headline: `TV show`, `air show`; not after `to`, a plural or a name", () => {
  assert.is(dropDanglingEnd("Reyes opens Averly air show"), "Reyes opens Averly air show");
  assert.is(dropDanglingEnd("Ferry families reunite thanks to TV show"), "Ferry families reunite thanks to TV show");
  assert.is(dropDanglingEnd("Harbourline wants to show"), "Harbourline wants");
  assert.is(dropDanglingEnd("Reyes says new figures show"), "Reyes says new figures");
  assert.is(dropDanglingEnd("There is no chance when Averly take"), "There is no chance when Averly");
  assert.is(dropDanglingEnd("Ferry bookings rise for first time since May"), "Ferry bookings rise for first time since May"); // a month, not `may`
  assert.is(dropDanglingEnd("Island ferry goes on sale in US"), "Island ferry goes on sale in US"); // a country, not `us`
  assert.not.ok(canEndOn("Ferry bookings have risen for the first time since May last year", "time"));
});

test("`thanks to` is a preposition, which ends the noun run before it", () => {
  assert.match(roles("Harbourline has seen its profits soar thanks to the new ferry"), / thanks\/glue to\/glue /);
  assert.not.ok(spansOf("Harbourline has seen its profits soar thanks to the new ferry").includes("profits"));
});

test("a name that opens the headline keeps its `the` where the article writes it so again", () => {
  const sentences = ["Top of the Ferries has turned to the star of a harbour musical.", "Top of the Ferries is Port Averly's longest-running show."];
  assert.is(headlinese(sentences[0]!.replace(/\.$/, ""), sentences), "Top of the Ferries turns to star of harbour musical");
  assert.is(headlinese("Stars of the harbour show have gone on strike", ["Stars of the harbour show have gone on strike.", "The show is closed."]), "Stars of harbour show go on strike");
});

test("a subject described between commas keeps its head, and the description goes with both commas", () => {
  const sentence = "The trial of Okafor, the head of Averly's biggest ferry firm, Harbourline Group, has started in Lindmoor";
  assert.not.ok(spansOf(sentence).includes("The trial of Okafor,"));
  assert.is(story(`${sentence}. Okafor denies fraud. The trial of Okafor is expected to last a month. Lindmoor court is busy.`), "Trial of Okafor starts in Lindmoor");
});

test("a `that` clause with a subject of its own is detail: the main verb comes after its verb and a `before` phrase", () => {
  assert.is(mainVerb("Issues that voters should be considering before polling in the next election are to be debated by the council"), "are");
  assert.is(mainVerb("Ferries that the islanders use every day were cancelled"), "were cancelled");
  assert.is(mainVerb("Ferries that sail at night were cancelled"), "were cancelled");
});

test("a word joined by a hyphen to the one before is no surname; a scorer's minute still marks one", () => {
  const context = ["Fans of Half Life 2 queued.", "The sequel to Half-Life 2, out in May, sold well."];
  assert.is(surnamesOnly("Fans of Half Life 2 queued", context), "Fans of Half Life 2 queued");
  assert.is(surnamesOnly("Mira Okafor scored twice", ["Mira Okafor scored twice.", "Goals: Okafor 12, 80."]), "Okafor scored twice");
});

test("a lead that opens with `if` ends past the verb of the clause it leads to", () => {
  const sentence = "If you have finished Harbour Quest, Ferry Run 2 and Tide 3, don't worry";
  assert.not.ok(canEndOn(sentence, "3,"));
  assert.not.ok(canEndOn(sentence, "Quest,"));
  assert.ok(canEndOn(sentence, "worry"));
  assert.ok(canEndOn("When the storm hit, the ferry sank", "sank"));
});

test("a person keeps the possessive a place or a firm gives up, and `a` after an amount means per", () => {
  const sentences = ["Okafor's harbour plan is to be debated.", "Mr Okafor said the plan would cost little."];
  assert.is(namesAsModifiers("Okafor's harbour plan to be debated", sentences), "Okafor's harbour plan to be debated");
  assert.is(namesAsModifiers("Averly's harbour plan to be debated", ["Averly's harbour plan is to be debated.", "Averly is a ferry town."]), "Averly harbour plan to be debated");
  assert.is(headlinese("The strike will cost the port £1m a week"), "strike to cost port £1m a week");
  assert.is(headlinese("The ferry sails twice a day"), "ferry sails twice a day");
  assert.is(headlinese("The storm will last a week"), "storm to last week");
});

test("a speaker that what they say points back to stays, and no end parts what was said from its verb", () => {
  assert.is(dropLeadingAttribution("Averly says the strike at its port has cost it £1m a week"), "Averly says the strike at its port has cost it £1m a week");
  assert.is(dropLeadingAttribution("Averly says the strike has ended"), "the strike has ended");
  assert.not.ok(canEndOn("Averly says widespread flooding in its harbour has cost it £1m a week", "flooding"));
  assert.ok(canEndOn("Averly says the harbour needs a new wall and that crews should start soon", "wall"));
  assert.ok(canEndOn("Okafor says Reyes needs to review his tactics after he lost the final", "tactics"));
});

test("a head the article never uses again keeps the modifier next to it, even to fit the limit; a title's own word stays", () => {
  assert.equal(spansOf("A harbour pilot and an internet stock picker have been found guilty of fraud", "Fraud cases are rare. The stock market fell."), ["internet"]);
  assert.ok(spansOf("A harbour pilot and an internet stock picker have been found guilty of fraud", "Fraud cases are rare. The stock market fell.", "loose").every((span) => !span.endsWith("stock")));
  assert.not.ok(spansOf("Averly Rovers director of football Tomas Reyes has quit", "Reyes quit on Monday.").includes("football"));
});

test("a cut to length never parts a verb from what it asks for after its object", () => {
  assert.is(trimToLength("Mira Okafor's decision to quit the Port Averly ferry board leaves the island council with a huge gap to fill next year", 100), "Mira Okafor's decision to quit the Port Averly ferry board leaves the island council with a huge gap");
});

test("no end on a part before what it is of, nor on `back` before `on`; a possessive keeps the descriptor it owns", () => {
  assert.not.ok(canEndOn("The council is editing the film to avoid showing the front of the old harbour wall", "front"));
  assert.not.ok(canEndOn("The speech will be looked back on as a turning point", "back"));
  assert.is(trimToLength("The island network is editing the film Harbour Nights to avoid showing the front of a ferry being scrubbed down after a storm", 90), "The island network is editing the film Harbour Nights");
  assert.not.ok(spansOf("Okafor has lost to islanders' favourite Tomas Reyes", "Reyes won the final.").includes("favourite"));
});

test("a bare noun before a word in -ing is a compound, not the head of a clause; a cut stops before `until` and may end on `hold`", () => {
  assert.is(clauseOf("Plans to extend harbour opening hours should be put on hold")?.relative, undefined);
  assert.equal(clauseOf("The man selling tickets at the pier has left")?.relative, [2, 7]);
  assert.is(trimToLength("Islanders say plans to extend harbour opening hours should be put on hold until the storm season is over", 80), "Islanders say plans to extend harbour opening hours should be put on hold");
});

test("a possessive that bounds a superlative stays: the world's oldest are not the oldest", () => {
  assert.not.ok(spansOf("The logs of the world's oldest ferry companies are to be scanned by Harbourline").includes("world's"));
});

test("no end between a change and what it is in, a relation and whom it is with, a participle and its infinitive, nor before a condition", () => {
  assert.not.ok(canEndOn("Commuters are responsible for a 26% increase in the number of tickets sold", "increase"));
  assert.not.ok(canEndOn("The last year has seen a dramatic growth in ferry crime", "growth"));
  const sold = "Commuters are thought to be responsible for a 26% increase in the number of tickets sold at the pier";
  assert.not.ok(trimToLength(sold, sold.indexOf(" of tickets")).endsWith("increase"));
  assert.not.ok(canEndOn("Okafor is planning a long-term relationship with the island council", "relationship"));
  assert.is(trimToLength("Okafor is planning a long-term relationship with the Port Averly Island Council to help unearth new ferry pilots", 90), "Okafor is planning a long-term relationship with the Port Averly Island Council");
  assert.is(trimToLength("The targets set out at the Port Averly summit of island leaders were meant to help the harbour overtake Lindmoor as the busiest port", 90), "The targets set out at the Port Averly summit");
  assert.not.ok(canEndOn("Skippers will be thrown out of the harbour if they sail in a storm", "harbour"));
});

test("a descriptor inside a name with `of` goes with the whole name; `much` before a comparative is an adverb; a phrase before a dashed aside and a verb is a clause", () => {
  const republic = spansOf("Republic of Averly harbour master Reyes has resigned", "Reyes resigned. The Republic of Averly is small.");
  assert.not.ok(republic.includes("Averly harbour master"));
  assert.ok(republic.includes("Republic of Averly harbour master"));
  assert.not.ok(spansOf("Ferry firms will be focusing on matters much closer to home").includes("matters"));
  assert.not.ok(spansOf("The ferry sold out less than a day after its sailing date - 16 July - was announced").includes("after its sailing date"));
});

test("the present tense agrees with the subject's head before `of`, follows the verb past a participle clause, and leaves two words in -s alone", () => {
  assert.is(presentTense("The war of words heated up"), "The war of words heats up");
  assert.is(presentTense("The number of ferries built in Averly fell 40%"), "The number of ferries built in Averly falls 40%");
  assert.is(presentTense("The slew of ferry tours offers unparalleled views"), "The slew of ferry tours offers unparalleled views");
});

test("an aside of examples goes whole, list and all; a pair the leading clause named is the subject that points back to it", () => {
  assert.is(dropAppositive("Ferries, from night boats to water taxis, tenders and barges, have proved a big draw"), "Ferries have proved a big draw");
  assert.is(dropAppositive("Ferries, from night boats, to water taxis and barges, have proved a big draw"), "Ferries have proved a big draw");
  assert.is(dropAppositive("Ferries, once cheap, to the surprise of many, now cost more"), "Ferries, once cheap, to the surprise of many, now cost more");
  assert.is(dropAppositive("Harbourline, the island's biggest ferry firm, has cut fares"), "Harbourline has cut fares");
  assert.is(nameThePair("In a sign of a thaw between Averly and Lindmoor, the two islands have signed a ferry deal"), "Averly and Lindmoor have signed a ferry deal");
  assert.is(nameThePair("Averly and Lindmoor, the two islands, have signed a ferry deal"), "Averly and Lindmoor, the two islands, have signed a ferry deal");
});

test("a year right after a verb is when, not what; `saw X` wants what it saw X as", () => {
  assert.not.ok(canEndOn("Okafor will start 2027 with a series of races in Averly", "2027"));
  assert.ok(canEndOn("Okafor will start racing in 2027", "2027"));
  assert.not.ok(canEndOn("The mayor suggested Lindmoor saw the harbour as an empire", "harbour"));
});

test("`her` before a preposition is an object, not an owner; `such as` opens a compound; a participle in -n after a comma opens an aside", () => {
  assert.is(headlinese("Reyes says she took the fares given to her by Okafor"), "Reyes says she took fares given to her by Okafor");
  assert.is(headlinese("Reyes sold her boat"), "Reyes sold boat");
  assert.match(roles("The port will not allow attacks such as ferry bombing in the harbour"), /\bbombing\/noun\b/);
  assert.is(mainVerb("Two men who ran a ring of ferry pirates, known as Tide Runners, have been convicted at Averly court"), "have been convicted");
});

test("a person's surname stays after `of`; a verb of saying keeps its object clause's verbs from making it a participle; a quantifier starts a second object", () => {
  const charles = ["The memory of Mira Charles dominated the harbour's festival.", "Charles said little.", "Mira Charles died in May."];
  assert.is(nameBeforeNoun("memory of Charles dominates harbour festival", charles), "memory of Charles dominates harbour festival");
  assert.is(nameBeforeNoun("Shares in Harbourline fall", ["Shares in Harbourline fell.", "Harbourline said little."]), "Harbourline shares fall");
  assert.is(presentTense("Okafor admitted victory against Lindmoor was vital"), "Okafor admits victory against Lindmoor was vital");
  assert.ok(spansOf("Islanders urged the council to give skippers more freedom to fish").every((span) => span !== "skippers"));
});

test("a claim, a fear or a report keeps the `that` clause that says what it is", () => {
  assert.not.ok(canEndOn("Reyes has rejected claims that she and her sister are a declining force", "claims"));
  assert.ok(canEndOn("Reyes has rejected the claims and left", "claims"));
});

test("a verb in -s that `to` follows is a verb (`appears to`), and `on hold` can end a headline", () => {
  assert.match(roles("A campaign to target ferry websites appears to have been put on hold"), /\bappears\/verb\b/);
  assert.ok(canEndOn("The harbour plan has been put on hold", "hold"));
});

test("`It is unlikely that X will …` says of X first: `X unlikely to …`", () => {
  assert.is(raiseSubject("It is unlikely that new ferries are going to replace the old ones"), "New ferries unlikely to replace the old ones");
  assert.is(raiseSubject("It is likely that the harbour will reopen in May"), "The harbour likely to reopen in May");
  assert.is(raiseSubject("It is thought that the harbour will reopen"), "It is thought that the harbour will reopen");
  assert.not.match(deriveHeadline(["It is unlikely that new ferries are going to replace the old ones on the island route.", "New ferries cost more.", "The old ones sail well."]), /^It\b/);
});

test("`make sure` keeps its `sure` and the clause it opens keeps its copula", () => {
  assert.not.ok(spansOf("The man making sure Averly ferry networks are safe and secure has resigned").includes("sure"));
  assert.is(headlinese("The man making sure the ferries are safe has resigned"), "man making sure ferries are safe resigns"); // and the main clause's perfect turns present
});

test("a question stays a question, and a cut never leaves a span of time without what it counts from", () => {
  const asks = ["Has there been a better regatta than Saturday's race round Port Averly?", "Reyes won it by a boat length.", "The crowd on the quay was the largest in years."];
  assert.match(deriveHeadline(asks), /^Has there been .*\?$/);
  assert.is(keepQuestion("Reyes wins regatta", ["Reyes won the regatta, but who saw it coming?", "Few did."]), "Reyes wins regatta"); // the question was cut
  assert.is(keepQuestion("Has Reyes won", ["Has Reyes won the regatta at last.", "She has."]), "Has Reyes won"); // no question asked
  assert.is(keepQuestion("What is gap between harbour boards", ["So what is the gap between the harbour boards?", "One pier."]), "What is gap between harbour boards?"); // `So` went
  assert.is(trimToLength("The Averly ferry timetable tops the island's most-read list less than 24 hours after its new winter sailings were announced"),
    "The Averly ferry timetable tops the island's most-read list");
});

test("a weekday with `the` before it names something, two infinitives share an object, a plan keeps what it is to do, `so` goes with its `that`", () => {
  assert.is(dropTimeWords("Reyes is in talks to sail in the Friday the 13th regatta series"), "Reyes is in talks to sail in the Friday the 13th regatta series");
  assert.is(dropTimeWords("Reyes sailed on Friday"), "Reyes sailed");
  assert.not.ok(canEndOn("Reyes is in talks to write and direct a new film about the ferry", "write"));
  assert.ok(canEndOn("Reyes is in talks to write and direct a new film about the ferry", "film"));
  assert.is(trimToLength("Two Port Averly ferry firms Harbourline and Saltmarsh Ferries have agreed plans to merge and create the biggest fleet in the islands"),
    "Two Port Averly ferry firms Harbourline and Saltmarsh Ferries have agreed plans to merge");
  assert.is(trimToLength("Islanders are becoming so dependent on the night ferry that one in three fear losing their jobs if it stops running", 60), "Islanders are becoming dependent on the night ferry");
});

test("a verb in -s before the subject of its clause is a verb, and a description joined by `and` goes before a name, not a first person's name", () => {
  assert.match(roles("Averly Rovers coach Reyes says he is unlikely to pick players"), /\bsays\/verb\b/);
  assert.ok(spansOf("Averly and Saltmarsh ferry skipper Ana Reyes says she will retire").includes("Averly and Saltmarsh ferry skipper"));
  assert.ok(spansOf("Veteran skipper and harbour master Reyes has retired").includes("Veteran skipper and harbour master"));
  assert.not.ok(spansOf("Skipper Ana Reyes and harbour master Tom Okafor have retired").some((span) => span.startsWith("Skipper Ana Reyes and")));
  assert.not.ok(spansOf("More and more islanders are taking the night ferry").some((span) => span.startsWith("More and")));
});

test("`outside` is a preposition, and a ruling's `that` clause never ends before its verb", () => {
  assert.is(presentTense("Strong sales outside the islands helped Harbourline raise its fares"), "Strong sales outside the islands help Harbourline raise its fares");
  assert.not.ok(canEndOn("The council must act on the court's ruling that closure of the night ferry without notice is unlawful", "ferry"));
  assert.ok(canEndOn("The council must act on the court's ruling that closure of the night ferry without notice is unlawful", "unlawful"));
});

test("a future perfect keeps its `will`", () => {
  assert.is(headlinese("The island's ferry fans will have become used to the winter timetable"), "island's ferry fans will have become used to winter timetable");
  assert.is(headlinese("The island's ferry fans will welcome the winter timetable"), "island's ferry fans to welcome winter timetable");
});

test("a gerund alone after a noun is what the noun is about, never a how to delete", () => {
  assert.not.ok(spansOf("Support for a ban on fishing has fallen in the past six years").includes("on fishing"));
  assert.ok(spansOf("Efforts to stop inflation by raising rates will continue").includes("by raising rates"));
});

test("pirated says which, together what a verb needs, and a copula's noun keeps its phrase", () => {
  const products = "The products are secret. Bloggers wrote about the products.";
  assert.not.ok(spansOf("Okafor has won a fight to make bloggers reveal who told them about pirated products", products).includes("pirated"));
  assert.not.ok(spansOf("Averly and Saltmarsh are to work together on a new ferry route").includes("together"));
  assert.not.ok(canEndOn("Reyes has rubbished claims that the crews are a team in decline", "team"));
  assert.ok(canEndOn("Reyes says the crews are a team", "team"));
});

test("where a claim and its source do not fit, the source's head does before the claim is cut: a common noun, or a person's surname", () => {
  const cap = "Cap on donations to Port Averly's parties should not be introduced yet";
  assert.is(creditSource(cap, [`A cap on donations to Port Averly's parties should not be introduced yet, the island's elections watchdog has said.`, "The watchdog met in May."]), `${cap}, watchdog says`);
  const fares = "Ferry fares to the northern islands could double by next May";
  assert.is(creditSource(fares, [`${fares}, Harbour Master Ana Kelly has said.`, "Kelly said fares rose in 2004.", "Fares are high."]), `${fares}, Kelly says`);
  const film = "Director Ana Reyes in talks to write and direct a new Ferry Tales film"; // a paper's name is no person's
  assert.not.match(creditSource(film, [`${film}, according to the Averly Reporter.`, "The Reporter sells well."]), /, Reporter says$/);
});

test("a claim is never cut before the infinitive its verb needs to make room for the source", () => {
  const lead = "The \"myth that ageing is a barrier\" to contributing to island life needs to be \"exploded\", the ferry and harbours minister has said.";
  assert.is(deriveHeadline(splitSentences(`${lead} The minister spoke in Averly. Older islanders run half the ferries.`)), "\"Myth that ageing is a barrier\" to contributing to island life needs to be \"exploded\""); // not `… island life needs, minister says`
});

test("where even the source's head does not fit after the claim, a person who said it goes first, before a colon; a body does not", () => {
  const claim = "Citizenship ceremonies could be introduced for islanders celebrating 18th birthday";
  const lead = "Citizenship ceremonies could be introduced for islanders celebrating their 18th birthday";
  assert.is(creditSource(claim, [`${lead}, Mira Okafor has said.`, "Ms Okafor said the idea was new.", "A pilot starts in May."]), `Okafor: ${claim}`);
  assert.is(creditSource(claim, [`${lead}, the Averly Reporter has said.`, "The Reporter sells well.", "A pilot starts in May."]), claim);
});

test("a lead too long for any other cut loses what a reader misses least, never its verb or what the verb needs", () => {
  const rest = "The film is due out in May. Okafor said the studio had asked for changes. The books sold two million copies in Averly.";
  // What the subject is in, up to its verb: `Plans … as smugglers` had lost `have been criticised`.
  assert.is(story(`Plans to portray the fishermen of Port Averly as smugglers in the sequel to hit film Harbour Lights of the Northern Sea have been criticised by the town's mayor. ${rest}`), "Plans to portray fishermen of Port Averly as smugglers criticised");
  // The middle of a chain of `of`s before a name: it had ended on the title, without `to remove`.
  assert.is(story(`The director and screenwriter of the film adaptation of Mira Okafor's Harbour Lights Trilogy is to remove references to smuggling and the harbour board in the movie. ${rest}`), "Director and screenwriter of Mira Okafor's Harbour Lights Trilogy to remove references");
  // `latest`: it had ended `… bosses attempt`.
  assert.match(story(`Tory defector Tomas Brennan and his new Averly Party bosses have attempted to overshadow Ana Reyes-Whitfield's latest announcement on taxation and spending. Reyes-Whitfield is eager to map out policies. Brennan said the dues were wrong. The harbour dues rose in May.`), /attempt to overshadow Ana Reyes-Whitfield's announcement$/);
  // Never the subject's only name, nor a name the story keeps coming back to.
  const spans = (lead: string, rest: string) => {
    const words = weighWords(lead, [lead, ...splitSentences(rest)]);
    const roles = assignRoles(words);
    return fittingSpans(words, roles, findMainClause(words, roles)).map(([start, end]) => words.slice(start, end).map((word) => word.token).join(" "));
  };
  assert.equal(spans("Plans to portray the fishermen of Port Averly as smugglers in the sequel to hit film Harbour Lights have been criticised.", rest), ["in the sequel to hit film Harbour Lights"]);
  assert.equal(spans("The former finance chief at Harbourline has admitted that he lied to the board about the accounts.", rest), []);
  assert.equal(spans("Some 2,000 Averly jobs at the Harbourline yard may be cut.", "Harbourline said the jobs were safe. Harbourline makes ferries. Harbourline's yard is old."), []);
});

test("a verb that moves its object keeps where to, however long the object: `raises limit for … [from 49% to 74%]`", () => {
  assert.match(story("Averly has raised the limit for foreign direct investment in its ferry companies from 49% to 74%, the harbour board has said. The board said investors wanted more. Foreign firms own two ferry lines. The limit was set in 1999."), /from 49% to 74%/);
  // `up to` is an amount, not where to: `lowers payouts for [up to 50,000 savers]` may end before it.
  assert.ok(canEndOn("Harbourline has lowered its annual bonus payouts for up to 50,000 savers", "payouts"));
});

test("a name that ends on a word no person is called keeps its whole: `Newcastle United`, never `United`", () => {
  const headline = story("Premiership side Harbour United face a trip to Southern League leaders Averly Town in the FA Cup third round. Averly will play at home. Hinckley United, who held Averly Town to a draw on Sunday, were drawn away. Harbour United won the cup in 1955.");
  assert.match(headline, /^Harbour United face/);
});

test("the eval finds a headline cut before the lead's main verb, and not one whose verb has no auxiliary", () => {
  const lead = "Plans to portray the fishermen of Port Averly as smugglers in the sequel to hit film Harbour Lights have been criticised by the mayor.\n\nThe film is due in May.";
  assert.is(readsWrong("Plans to portray fishermen of Port Averly as smugglers", lead), "cut before its main verb");
  assert.is(readsWrong("Plans to portray fishermen of Port Averly as smugglers criticised", lead), "");
  // A promise read as a fact: the eval counts it.
  assert.is(readsWrong("Fares will not rise", "Fares will not rise, Ana Reyes pledged as she unveiled the harbour plan.\n\nMore."), "a claim without who makes it");
  assert.is(readsWrong("Fares will not rise, Reyes pledges", "Fares will not rise, Ana Reyes pledged as she unveiled the harbour plan.\n\nMore."), "");
  // The first auxiliary is another clause's: after a main verb in the past, a pronoun, `and`, or a month.
  assert.is(readsWrong("Shares in Harbourline jump", "Shares in Harbourline jumped after it said profits will rise.\n\nMore."), "");
  assert.is(readsWrong("Reyes seems certain to call election", "Ana Reyes seems certain to call an election on 5 May.\n\nMore."), "");
  assert.is(readsWrong("Ferry users continue to ignore warnings", "Ferry users continue to ignore warnings and are being fined, figures have shown.\n\nMore."), "");
});

test("a lead that opens with a phrase and no comma keeps its subject's head: `At Averly school [in the west] pupils click`", () => {
  const headline = story("At the Averly Point primary school in western Harbourshire pupils click away at a handheld computer with a stylus. The computers cost £50 each. Teachers say pupils learn faster. The school has 400 pupils.");
  assert.match(headline, /pupils click away/);
});

test("a lead that speaks to the reader gives way to the next sentence's news: `Forget about going to a bar …`", () => {
  const forget = story("Forget about going to a crowded bar to enjoy a gig by the latest darlings of the music press. Now you could be at a gig on your phone. Rock band Harbour Lights are playing the first concert broadcast by phone from an Averly venue on Tuesday. The gig lasts 45 minutes.");
  assert.match(forget, /^Harbour Lights play first concert/);
  assert.is(readsWrong(story("Forget about going to a crowded bar to enjoy a gig by the latest darlings of the music press."), "Forget about going to a crowded bar."), "speaks to the reader");
  // `If you …` before the news is a clause the headline drops: the lead stays.
  assert.match(story("If you are a ferry fan, the next 12 months look like they are going to be a lot of fun. Averly orders three ferries. Harbourline will launch two more."), /^Next 12 months look like/);
  // A name is no order to the reader: `Spin Doctors` stays.
  assert.match(story("Spin Doctors have announced a tour of Averly in May. The band sold out in an hour. Tickets cost £50."), /^Spin Doctors announce tour/);
});

test("a claim's own verb is not the main clause's: `dropped over claims it was not scary enough, is to have`", () => {
  const lead = "The original version of horror film Harbour Ghost, dropped by producers over claims it was not scary enough, is to have its world premiere.";
  const words = weighWords(lead, [lead, "x y z."]);
  const roles = assignRoles(words);
  assert.is(words[findMainClause(words, roles)!.start]!.token, "is");
  assert.match(story(`${lead} The film cost $30m. Producers made a new version. Harbour Ghost opens in May.`), /to have world premiere$/);
});

test("a title with an ellipsis stays one sentence and one name: `I'm A Celebrity... Get Me Out Of Here`", () => {
  assert.equal(splitSentences("The finale of Harbour TV's I'm A Sailor... Get Me Out Of Here drew an average of 2.1m viewers. It ended in May."),
    ["The finale of Harbour TV's I'm A Sailor... Get Me Out Of Here drew an average of 2.1m viewers.", "It ended in May."]);
  assert.equal(splitSentences("The ferry waited... The harbour master said no."), ["The ferry waited...", "The harbour master said no."]);
  // A capitalised `Of` inside a title is part of it: no span takes `Of Here`.
  assert.not.ok(spansOf("All four sailors still remain in I'm A Sailor ... Get Me Out Of Here as no evictions were made on the show.").some((span) => /^Of\b/.test(span)));
  // The eval reads the ellipsis as the title's own, no broken name.
  assert.is(brokenName("Finale of I'm A Sailor... Get Me Out Of Here draws average of 2.1m viewers", "The finale of Harbour TV's I'm A Sailor... Get Me Out Of Here drew an average of 2.1m viewers."), "");
  // An average is of something: `draws an average [of 2.1m viewers]`.
  assert.not.ok(canEndOn("The finale drew an average of 2.1m viewers", "average"));
});

test("what a bare noun is about stays: `phishing and stories [about ID theft] are damaging`", () => {
  assert.ok(spansOf("Fake ferry tickets and stories about stolen cards are damaging trust in Averly's harbour, say experts.").every((span) => !span.startsWith("about")));
  // After an article or a modifier the noun says more: `the [latest] worries [about fares]` may lose it.
  assert.ok(spansOf("The long-running worries about fares have hit Averly's ferry trade, say experts.").some((span) => span.startsWith("about")));
});

/** The first word of the main clause's verb group in `lead`. */
const mainVerbOf = (lead: string) => mainVerb(lead).split(" ")[0]!;

test("a participle with its particle describes the noun before it: `targets [set out] at the summit were meant`", () => {
  assert.is(mainVerbOf("The fare targets set out at the Averly summit of harbour leaders were meant to help the port overtake Saltmarsh."), "were");
  assert.match(story("The fare targets set out at the Averly summit of harbour leaders in 2000 were meant to help the port overtake Saltmarsh to become the busiest harbour in the north by 2010. Few were met. The port missed most of its targets."), /meant to help/);
  // Without a later verb it is the verb: `Crews set out at dawn`.
  assert.is(mainVerbOf("Crews set out at dawn to reach the stranded ferry."), "set");
});

test("a possessive that opens a clause stays: `frustrated [his] side did not score`, `says [his] side can win`", () => {
  assert.match(headlinese("Hale admits he was frustrated his side did not score more than one goal"), /frustrated his side did not/);
  assert.match(headlinese("Hale says his side can win the cup"), /says his side can win/);
  assert.match(headlinese("Row over whether Averly should be allowed to label its cheese feta has reached court"), /label cheese feta/);
  assert.match(headlinese("Hale has won his third title"), /wins third title/);
});

test("before a name, a verb that takes an object and what it is made to be is a verb: `visitors [make] Averly the place to be`", () => {
  assert.is(roleOf("Thousands of visitors make Averly the place to be for sailors.", "make"), "verb");
  assert.is(roleOf("Ferry operators help Harbourline win the contract.", "help"), "verb");
  // Another word there ends a compound: `telecoms [firm] Harbourline`.
  assert.is(roleOf("German telecoms firm Harbourline has seen its profits rise.", "firm"), "noun");
  // `the place [to be]`: which place, the infinitive says.
  assert.not.ok(canEndOn("Thousands of visitors make Averly the place to be for sailors", "place"));
});

test("a lead too long for any other cut may lose a round count after `and`: `ferries and [tens of thousands of] visitors`", () => {
  const lead = "Thousands of ferries and tens of thousands of visitors make Averly the place to be for sailors and lovers of the sea";
  const words = weighWords(lead, [lead, "x y z."]);
  const roles = assignRoles(words);
  const spans = fittingSpans(words, roles, findMainClause(words, roles)).map(([start, end]) => words.slice(start, end).map((word) => word.token).join(" "));
  assert.ok(spans.includes("tens of thousands of"), spans.join(" | "));
  // Not the subject's own count, which says how many.
  assert.not.ok(spans.includes("Thousands of"));
});

test("a question the subject is about holds its own verbs: `a row over whether Averly should be allowed … [has reached]`", () => {
  const lead = "A row over whether only Averly should be allowed to label its cheese feta has reached the European Court of Justice.";
  assert.is(mainVerbOf(lead), "has");
  assert.not.ok(spansOf(lead).some((span) => span.startsWith("whether")));
  assert.match(story(`${lead} Saltmarsh makes feta too. The court rules in May.`), /reaches European Court/);
});

test("an action as the subject, past a phrase of its own, takes a verb in -s: `Detaining suspects without trial [breaks] the law`", () => {
  assert.is(roleOf("Detaining ferry passengers without charge breaks harbour laws, the Averly court has ruled.", "breaks"), "verb");
  // With no phrase between, the word in -ing names a kind of thing: `Building societies face`.
  assert.is(roleOf("Building societies face higher costs in Averly.", "societies"), "noun");
  // What it is done without stays: without it the action is another.
  assert.not.ok(spansOf("Detaining ferry passengers without charge breaks harbour laws, the Averly court has ruled.").some((span) => span.startsWith("without")));
});

test("a first name after a title is no surname: `Sir John Holmes` never makes `Sir Elton John` into `John`", () => {
  const lead = "Sir Elton John has performed at a special concert in Averly to raise money for the harbour fund.";
  assert.not.match(surnamesOnly(lead, [lead, "The concert was attended by the mayor and Sir John Holmes.", "Sir Elton played hits from his career."]), /^John\b/);
  // A surname after a title, even before its owner's noun, still is one: `Mr Brown's Budget`.
  const brown = "Chancellor Gordon Brown's closest ally has denied the rumours.";
  assert.match(surnamesOnly(brown, [brown, "He said Mr Brown's Budget would not put growth at risk."]), /^Brown's closest ally/);
});

test("no headline ends on how something was said while what was said is still to come: `announced \"prematurely\" [a review]`", () => {
  assert.not.ok(canEndOn('Hale has apologised to councillors after the port office announced "prematurely" via press release a review of fares', '"prematurely"'));
  // An adverb after a verb that wants no object ends its clause: `fares rose sharply`.
  assert.ok(canEndOn("Fares rose sharply in Averly after the harbour closed", "sharply"));
});

test("a time that bounds a denial stays: `rules out a comeback [this year]`, `will not sail [this week]`", () => {
  assert.is(dropTimeWords("Averly sprinter Jo Hale has ruled out a comeback this year after a setback"), "Averly sprinter Jo Hale has ruled out a comeback this year after a setback");
  assert.is(dropTimeWords("The ferry will not sail this week"), "The ferry will not sail this week");
  // Elsewhere it goes, and a weekday always does.
  assert.is(dropTimeWords("Harbourline will launch a ferry this week"), "Harbourline will launch a ferry");
  assert.is(dropTimeWords("Hale was ruled out of Saturday's match"), "Hale was ruled out of match");
});

test("a decision keeps what it is on: `meet to make a final decision [on the future of the ferries]`", () => {
  assert.not.ok(canEndOn("Harbour chiefs are expected to meet to make a final decision on the future of Averly's ferries", "decision"));
  assert.match(story("Harbour chiefs are expected to meet to make a final decision on the future of Averly's ferries. Four ferries sail from Averly. The council wants two."), /decision on future of Averly's ferries/);
});

test("following someone's lead keeps what they did: `could follow Averly's lead [by training with a league club]`", () => {
  assert.not.ok(canEndOn("Saltmarsh could follow Averly's lead by training with a rugby league club", "lead"));
  // A lead taken or lost is whole: `Averly take the lead`.
  assert.ok(canEndOn("Averly took the lead in the second half", "lead"));
});

test("a claim may lose its reason to keep who makes it: `… of ferry safety[ thanks to …], experts say`", () => {
  const lead = "People have unrealistic expectations of ferry safety in Averly thanks to the success of the Harbour Rescue TV shows, real experts say.";
  assert.is(creditSource("People have unrealistic expectations of ferry safety in Averly thanks to success of Harbour Rescue TV shows", [lead, "The shows are popular."]), "People have unrealistic expectations of ferry safety in Averly, real experts say");
});

test("a verb of change with `by` and an amount is in the present: `Shares in Harbourline fell by more than 10%` → `fall`; an agent is not", () => {
  assert.is(presentTense("Shares in Harbourline fell by more than 10%"), "Shares in Harbourline fall by more than 10%");
  assert.is(presentTense("Averly trade deficit widened by more than expected"), "Averly trade deficit widens by more than expected");
  assert.is(presentTense("Output shrank by almost 2%"), "Output shrinks by almost 2%");
  // `backed by 100 firms` is who backed it: a participle, not a past.
  assert.is(presentTense("Plan backed by 100 firms"), "Plan backed by 100 firms");
  // And the cut keeps by how much: `house prices increase [by 1.1%]`.
  assert.not.ok(canEndOn("Averly house prices increased by 1.1% in March", "increased"));
});

test("a sentence that opens with `But` and a phrase may stand in for a lead that points at nothing: `But for the passengers on board, …`", () => {
  const headline = story("It was supposed to be a routine crossing. But for the 180 passengers on board a Harbourline ferry from Averly to Saltmarsh, the journey turned into a nightmare when the ferry lost power. No one was hurt.");
  assert.not.match(headline, /^It\b/);
  assert.match(headline, /^Journey turns into nightmare/);
  // `But he …` still points elsewhere.
  assert.match(story("It was a quiet week in the port. But he said the port would close next year. Harbourline sold two of its ferries to Saltmarsh."), /^Harbourline sells two/);
});

test("a title inside a longer run stays with it: `Former US President Donald Trump` → `Former US President Trump`, never `Former US Trump`", () => {
  const lead = "Former Averly Ferries President Jon Hale has been found liable for the ferry crash.";
  assert.is(surnamesOnly(lead, [lead, "Hale said he would appeal."]), "Former Averly Ferries President Hale has been found liable for the ferry crash.");
  // A title that opens the run goes with the name, as before: `Chancellor Gordon Brown` → `Brown`.
  const brown = "Chancellor Jon Hale has delivered his budget.";
  assert.is(surnamesOnly(brown, [brown, "Mr Hale said it was prudent."]), "Hale has delivered his budget.");
});

test("a word that turns its noun into the opposite or one narrow kind stays: `ends [negative] interest rates`, `ban [disposable] vapes`", () => {
  assert.not.ok(spansOf("The Bank of Averly on Tuesday ended eight years of negative interest rates, raising its key rate to 0.1%.", "Averly rates rose. Negative rates ended.", "loose").includes("negative"));
  assert.not.ok(spansOf("The council has unveiled plans to ban the sale of disposable vapes in Averly.", "Averly bans vapes.", "loose").includes("disposable"));
  // Another adjective may go: `the sale of [cheap] vapes`.
  assert.ok(spansOf("The council has unveiled plans to ban the sale of cheap vapes in Averly.", "Averly bans vapes.", "loose").includes("cheap"));
});

test("a record keeps where or how it was set, and an action what it was done without: `youngest to sail solo [around the world]`, `left [without power]`", () => {
  assert.not.ok(canEndOn("A teenager from Averly has become the youngest person to sail solo around the world", "solo"));
  assert.not.ok(canEndOn("More than 2,000 homes in Averly were left without power after a fire", "left"));
  assert.match(story("More than 2,000 homes in Averly were left without power for several hours on Thursday after a fire at an electricity substation. Harbour Power said supplies had been restored. The cause is being investigated."), /left without power/);
  // Past the record's own phrase the sentence may end: `sails solo around the world [after a five-month voyage]`.
  assert.ok(canEndOn("A teenager has become the youngest person to sail solo around the world after a five-month voyage", "world"));
});

test("the cut to length never stops between two words that describe one noun: `Averly had warm [and wet climate]`", () => {
  const text = "Scientists say they have found clearest evidence yet that harbour town Averly once had warm and wet climate";
  assert.not.match(trimToLength(text, 95), /had warm$/);
  assert.not.match(trimToLength(text, 95), /once had$/);
});

test("`before` after a span of time says when, and ends a headline: `threatened to kill him weeks [before]`", () => {
  assert.is(dropDanglingEnd("Jury told man had threatened to sink ferry weeks before"), "Jury told man had threatened to sink ferry weeks before");
  assert.is(dropDanglingEnd("Ferry sank hours after"), "Ferry sank hours after");
  // A preposition whose object went still goes: `ferry sank before`.
  assert.is(dropDanglingEnd("Harbourline ferry sank before"), "Harbourline ferry sank");
});

test("a reaction quoted first gives way to what it reacts to: `\"We are not going anywhere,\" the owner said after the council rejected …`", () => {
  const headline = story('"We are not going anywhere," the owner of a family-run bakery in Averly said after the council rejected plans to demolish the building. The bakery has traded on the site since 1921. More than 5,000 people signed a petition.');
  assert.is(headline, "Council rejects plans to demolish building");
});

test("from a fresh read: `Averly say they` has its verb, so what they will not be rushed into stays; what a worry is about stays", () => {
  assert.match(roles("Averly say they will not be rushed into making a bid for Hale"), /say\/verb/);
  assert.not.ok(spansOf("Averly say they will not be rushed into making a bid for Hale should the captain decide to switch codes").some((span) => span.startsWith("into")));
  // A worry says what about, and a word in -ing after a preposition is its whole object: `no qualms about lying`.
  assert.is(trimAtPhrase("Hale lied when he took Averly to court so has no qualms about lying in the election campaign", 75), "Hale lied when he took Averly to court so has no qualms about lying");
});

test("an adverb that opens a phrase after a comma stays with it: `popular, [especially] with criminals`", () => {
  assert.not.ok(spansOf("Ferry travel is hugely popular, especially with families from Averly.").includes("especially"));
  // Elsewhere it may go: `is [hugely] popular`.
  assert.ok(spansOf("Ferry travel is hugely popular, especially with families from Averly.").includes("hugely"));
});

test("a rate keeps its `a`, a risk what it is of, and a date when something will be held: from leads in other newsrooms' styles", () => {
  assert.match(headlinese("Drinking two cups of coffee a day may lower the risk of liver disease"), /coffee a day may/);
  // Elsewhere the article goes: `endure [a] year of mixed emotions`.
  assert.match(headlinese("Sailors endure a year of mixed emotions"), /endure year of/);
  assert.not.ok(canEndOn("Drinking two cups of coffee a day may lower the risk of developing liver disease", "risk"));
  assert.is(dropTimeWords("The mayor has announced that the next election will be held on 4 July"), "The mayor has announced that the next election will be held on 4 July");
});

test("`more than a decade` keeps its `a`; a survey named by what it measures is the survey: `according to a quality of life survey`", () => {
  assert.match(headlinese("The port has raised its fares for the first time in more than a decade"), /in more than a decade$/);
  assert.match(headlinese("Averly is worth more than a 7bn dollar bid"), /more than 7bn dollar bid$/);
  assert.equal(creditOf("Averly has been named the best place to live for the third year running, according to a quality of life survey."), { who: "survey", verb: "says" });
});

test("a proportion stays whole and `treated` keeps its `as`: `fewer than one [in five] teachers`, `must be treated [as workers]`", () => {
  assert.not.ok(spansOf("Fewer than one in five ferry crews would recommend the job to a friend, according to a poll.").some((span) => span.startsWith("in five")));
  assert.not.ok(canEndOn("The court has decided that ferry crews must be treated as workers rather than self-employed", "treated"));
});

test("`any month` keeps since when: `more passengers than in any month [since the pandemic began]`", () => {
  assert.not.ok(canEndOn("Averly harbour handled more passengers in March than in any month since the pandemic began", "month"));
  // A month that ends the clause may end the headline: `sails every month`.
  assert.ok(canEndOn("Harbourline sails to Saltmarsh every month", "month"));
});

test("what a ruling says keeps its verb, past a relative that may go: `rules that a woman [who was kept on life support] can be allowed to die`", () => {
  const lead = "A judge has ruled that a 19-year-old sailor who was kept on a ferry against her family's wishes for many months can be allowed to go home.";
  assert.not.ok(canEndOn(lead, "sailor"));
  assert.match(story(`${lead} The ferry firm had argued she was safe. Her parents welcomed the ruling.`), /^Judge rules that 19-year-old sailor can be allowed to go home$/);
  // A record's infinitive keeps its phrase a few words on: `youngest person to be awarded a black belt [in judo]`.
  assert.not.ok(canEndOn("A boy from Averly has become the youngest person to be awarded a black belt in judo", "belt"));
});

test("a post or rank someone is made keeps what it is of: `made an officer [in the Order of …]`, `named envoy [to the UN]`", () => {
  const lead = "Averly harbour master Mira Okafor has been made an officer in the Order of the Saltmarsh Light, the port's highest honour.";
  assert.not.ok(canEndOn(lead, "officer"));
  assert.match(story(`${lead} Ms Okafor received the honour on Friday. Okafor said she was proud.`), /^Okafor made officer in Order of the Saltmarsh Light$/);
  assert.not.ok(canEndOn("The former ferry captain has been named envoy to the Harbour Council", "envoy"));
  // An honour's own name says which, and an adjective is no post: `made OBE`, `made available`.
  assert.ok(canEndOn("The ferry captain has been made OBE in the New Year Honours", "OBE"));
  assert.ok(canEndOn("The new timetable has been made available for Harbourline passengers", "available"));
});

test("a concession keeps the `but` it makes way for where that fits: `may have beaten Saltmarsh [but they were dull]`", () => {
  const rest = "Harbour Town, on the other hand, have played some fine football this season. Averly play Harbour Town on Saturday.";
  assert.is(story(`Averly may have beaten Saltmarsh and Port Hale but they were dull and slow throughout both games. ${rest}`), "Averly may have beaten Saltmarsh and Port Hale but they were dull");
  // Where the two will not fit in 90 characters, the concession alone is better than a cut inside the second.
  assert.is(story(`Averly may have beaten Saltmarsh and Port Hale in the first two rounds of the harbour cup this spring, but their fans were left wanting more from a side that has promised a great deal. ${rest}`), "Averly may have beaten Saltmarsh and Port Hale");
});

test("a copula between a singular word and a plural noun stays, in the present: `asylum [have been] issues` would read as one noun", () => {
  assert.is(headlinese("Ferry fares and parking have been issues councillors have avoided"), "Ferry fares and parking are issues councillors have avoided");
  assert.is(headlinese("The harbour has been problems waiting to happen"), "harbour is problems waiting to happen");
  assert.is(headlinese("The harbour is problems waiting to happen"), "harbour is problems waiting to happen");
  // After a plural, or before an adjective or a phrase, the copula goes as before.
  assert.is(headlinese("Ferry passengers are biggest spenders in the town"), "Ferry passengers biggest spenders in town");
  assert.is(headlinese("The harbour has been busy all summer"), "harbour busy all summer");
});

test("a finding that opens on what found it loses the frame and is credited to it: `A new study suggests that …` → `…, study suggests`", () => {
  assert.is(dropLeadingAttribution("A new study suggests that ferry crews who sleep less than six hours make more mistakes"), "Ferry crews who sleep less than six hours make more mistakes");
  assert.is(dropLeadingAttribution("A report by the harbour trust has found that fares rose by a fifth"), "Fares rose by a fifth");
  assert.equal(creditOf("A new study suggests that ferry crews who sleep less than six hours make more mistakes."), { who: "study", verb: "suggests" });
  // What it points at stays framed: `A study found it was` says what.
  assert.is(dropLeadingAttribution("A study found it was the cheapest crossing"), "A study found it was the cheapest crossing");
});

test("a word right after a count is what it counts, and a relative that says which ones a bare plural means stays", () => {
  assert.match(roles("People who take at least 7,000 steps a day are less likely to die early"), / 7,000\/noun steps\/noun a\/glue /);
  assert.not.ok(spansOf("People who take at least 7,000 steps a day are less likely to die early").includes("who take at least 7,000 steps a day"));
  assert.not.ok(spansOf("Drivers who use the old ferry ramp could face fines").includes("who use the old ferry ramp"));
  // With an article, the clause may go as before: `The man [who found the boat] has been thanked`.
  assert.ok(spansOf("The man who found the drifting ferry has been thanked by the council").includes("who found the drifting ferry"));
});

test("`a third less likely` keeps its `a`, a rate its `a` past a longer amount, and `came` keeps where from", () => {
  assert.is(headlinese("Crews are around a third less likely to be injured"), "Crews around a third less likely to be injured");
  assert.is(headlinese("The mayor won a third term"), "mayor won third term");
  assert.is(headlinese("Drinking three cups of green tea a day may help"), "Drinking three cups of green tea a day may help");
  assert.not.ok(canEndOn("Averly's Ellie Marchant came from a set down to beat the fourth seed in three sets", "came"));
  assert.ok(canEndOn("Help for the stranded passengers came", "came"));
});

test("unnamed sources are credited as sources: `according to two people familiar with the matter` → `sources say`", () => {
  assert.equal(creditOf("Harbourline is in talks to buy Saltmarsh Ferries, according to two people familiar with the matter."), { who: "sources", verb: "say" });
  assert.equal(creditOf("Harbourline is in talks to buy Saltmarsh Ferries, a person briefed on the talks said."), { who: "source", verb: "says" });
});

test("a lead that concedes before its news gives way to the news when the headline would keep only the concession", () => {
  const rest = "The study tracked 200 birds over three years. The pigeons were fed by volunteers.";
  assert.is(story(`Gulls may get the credit for being the cleverest birds in the harbour, but pigeons can remember individual human faces for at least two years, scientists have found. ${rest}`), "Pigeons can remember human faces for at least two years, scientists find");
  // Not where what follows `but` points back (`but it …`), asks (`but how about …`) or fits whole with the concession.
  assert.match(story(`Gulls may get the credit for being the cleverest birds in the harbour, but it is the pigeons that remember faces for years. ${rest}`), /^Gulls/);
  assert.is(story(`Averly may have beaten Saltmarsh and Port Hale but they were dull and slow throughout both games. ${rest}`), "Averly may have beaten Saltmarsh and Port Hale but they were dull");
});

test("a second verb joined to a first of the same form is a verb: `who injure or even [kill] intruders`", () => {
  assert.match(roles("Householders who injure or even kill intruders are unlikely to be prosecuted"), / kill\/verb intruders\/noun /);
  // Not a word in -s after `to`, which was no verb: `stress to [victims] and witnesses`.
  assert.match(roles("Targets to reduce the stress to victims and witnesses giving evidence have been announced"), / witnesses\/noun /);
});

test("a sentence whose subject is `that` or `this` points elsewhere, and a conjunction a cut left at the start goes", () => {
  const feature = "Imagine waking up one morning to find that the only road out of your village has slid into the sea. " +
    "For the 140 residents of Averly, on the Saltmarsh coast, that is no longer a hypothetical. " +
    "In the past year the cliff edge has crept to within six metres of Shore Lane, and engineers have warned that one more winter of storms could take the road with it. " +
    "The council says a new track would cost £3.2m.";
  assert.is(story(feature), "Engineers warn that one more winter of storms could take road");
  assert.is(dropLeadingConjunction("and engineers warn of storms"), "engineers warn of storms");
  assert.is(dropLeadingConjunction("so far so good"), "so far so good");
  // `This` before a noun is no pronoun: `This year's ferry timetable …` keeps its own headline.
  assert.match(story("This year's ferry timetable has been cut by a third, Harbourline has said. The firm blamed fuel costs. Passengers are angry."), /^Ferry timetable cut by third/);
});

test("a `that` after a word in -ing opens a clause of its own: the verb after it is no main verb", () => {
  const lead = "A former ferry cook who was sacked days after complaining that the galley fridge was broken has won more than £48,000 at a tribunal";
  assert.is(mainVerbOf(lead), "has");
  assert.match(story(`${lead}. The firm said it would appeal. The cook now works in Saltmarsh.`), /^Former ferry cook wins more than £48,000/);
});

test("no end inside a match's score, on `only`, on a charge before what it says, or on a verb before the infinitive it takes past a phrase", () => {
  assert.not.ok(canEndOn("Lucia Ferro stunned the second seed 6-4, 3-6, 7-5 on Sunday to reach the quarter-finals", "3-6,"));
  assert.not.ok(canEndOn("The mayor says she will back the ferry bill only if islanders are paid", "only"));
  assert.not.ok(canEndOn("A former harbour treasurer was arrested on charges that she stole £600,000", "charges"));
  assert.not.ok(canEndOn("Councillors in Averly have voted by the narrowest of margins to introduce a four-day week", "voted"));
  assert.ok(canEndOn("Councillors in Averly have voted by a show of hands", "voted"));
  // What something cost someone is the amount: `cost people [in Averly more than £4.7m]`.
  assert.not.ok(canEndOn("Scam texts cost people in Port Averly more than £4.7m last year", "people"));
});

test("what a counted span of time is of stays, and a plain word after a plural past a participle clause is its verb", () => {
  assert.not.ok(spansOf("Passengers on the Averly line will face nine consecutive weekends of rail replacement buses while engineers rebuild a bridge").includes("of rail replacement buses"));
  assert.match(roles("Scam text messages claiming to be from parcel delivery firms cost people in Averly more than £4.7m"), / firms\/noun cost\/verb people\/noun /);
});

test("the main verb is found past a relative between commas, a relative of an object, and a subject that opens with a quantity", () => {
  assert.is(mainVerb("A former ferry manager who stole more than £86,000 from passengers, several of whom were elderly, has been jailed for four years"), "has been jailed");
  assert.is(mainVerb("An amateur astronomer working from a garden in Averly has discovered a comet that experts say could be visible next spring"), "has discovered");
  assert.is(mainVerb("Around 900,000 households supplied by Harbourline will see their bills rise, after the company said it would end a discount"), "will see");
  // A year after `By` is a time, which leads in: `By 2030, …`.
  assert.is(mainVerb("By 2030, 40% of Averly's homes will be heated by the harbour's tides"), "will be heated");
});

test("an aside after a name may be as long as an obituary's: `Dennis Morgan[, the folk singer whose ballads …,] has died`", () => {
  assert.is(dropAppositive("Dennis Morgan, the folk singer whose ballads about the ferry crews of Port Averly were sung in harbour pubs and on picket lines for half a century, has died aged 81"),
    "Dennis Morgan has died aged 81");
});

test("a fourth fresh read: `At least 14 people`, `pushed back to next year`, `designed and built in`, an aside with a list, `hundreds of pounds a year`", () => {
  assert.is(mainVerb("At least 14 people were killed after a storm tore across the islands, as rescuers struggled to reach villages"), "were killed");
  assert.is(mainVerb("The first ferry designed and built entirely in Averly was launched on Thursday"), "was launched");
  assert.is(dropTimeWords("The release of the harbour guide has been pushed back to next year"), "The release of the harbour guide has been pushed back");
  // `until` keeps its time, which says by when: `have until next week to improve`.
  assert.match(dropTimeWords("Harbourline has until next week to improve its offer"), /until next week/);
  assert.is(dropAppositive("Saltline, an Averly start-up whose app helps skippers track fuel, repairs and crew rotas from their phones, has raised £14m"), "Saltline has raised £14m");
  assert.match(headlinese("Savers who left money in old accounts miss out on hundreds of pounds a year"), /hundreds of pounds a year$/);
});

test("a subject that opens with a count agrees with what it counts: `About 2,300 workers at the mine in Averly walk`", () => {
  assert.is(presentTense("About 2,300 workers at the copper mine in Averly walked off the job"), "About 2,300 workers at the copper mine in Averly walk off the job");
  assert.is(presentTense("At least 300 residents of the island fled"), "At least 300 residents of the island flee");
});

test("a passive `failed` keeps who failed them, and `…, a coroner has ruled` is an attribution tail", () => {
  assert.is(dropAttributionTail("A ferry passenger was failed by the harbour board, a coroner has ruled."), "A ferry passenger was failed by the harbour board");
  assert.not.ok(canEndOn("A ferry passenger who drowned was failed by the harbour board that knew of the gap", "failed"));
  assert.is(trimToLength("Ferry passenger who drowned after falling through gap in old pier at Averly harbour failed by harbour board that knew of gap", 80).endsWith("failed"), false);
  // An active `failed` ends where it likes: `Harbourline failed`.
  assert.ok(canEndOn("Harbourline's bid for the night ferry route failed", "failed"));
});

test("a sentence keeps what it is for: `jailed for four years [after stealing £90,000 from a church fund]`", () => {
  assert.not.ok(canEndOn("A man has been jailed for four years after stealing more than £90,000 from a church fund", "years"));
  // Not a reason that is no action: `jailed for four years [after a trial]` may end on `years`.
  assert.ok(canEndOn("A man has been jailed for four years after a trial in Averly", "years"));
});

test("`one of` them keeps the relative that says which: `one of about 300 residents [whose homes were flooded]`", () => {
  assert.not.ok(canEndOn("Holloway is one of about 300 residents whose homes were flooded when the river burst its banks", "residents"));
  assert.not.ok(canEndOn("Reyes is one of the few skippers who still fish the bay", "skippers"));
  // Not a relative after a comma, nor one far from `one of`.
  assert.ok(canEndOn("Reyes is one of the skippers, who still fish the bay", "skippers,"));
  assert.ok(canEndOn("The ferry carried residents who had fled the island", "residents"));
});

test("an obituary's `died` turns as other pasts do (`Benning dies at home`), but not `lied`", () => {
  assert.is(presentTense("Harold Benning died at his home in Averly", ["Harold Benning died at his home in Averly.", "He was 88."]), "Harold Benning dies at his home in Averly");
  assert.is(presentTense("The harbourmaster died at sea"), "The harbourmaster dies at sea");
  assert.is(presentTense("The council sued the ferry firm"), "The council sues the ferry firm");
  // `lied` says what someone did then: `The mayor lied when he took the council to court`.
  assert.is(presentTense("The mayor lied when he took the council to court"), "The mayor lied when he took the council to court");
  // A short word in -ed that is a noun stays one: `seed`, `shed`.
  assert.is(presentTense("The harbour shed burns"), "The harbour shed burns");
});

test("the verb right after a participle's agent is the main verb, whatever its form: `injection developed by Cambrook Therapeutics [cut] …`", () => {
  assert.is(mainVerb("An injection developed by Cambrook Therapeutics cut the number of days patients spent with migraines"), "cut");
  assert.is(mainVerb("A ferry built by Saltmarsh Yards hit the pier at Averly"), "hit");
});

test("a noun in -ing after a run of nouns heads them: `a six-story apartment [building] in the Bronx`", () => {
  assert.match(roles("A fire tore through a six-story apartment building in Averly"), /apartment\/noun building\/noun in\/glue/);
  // Still a participle after a plural: `workers protesting in the square`.
  assert.match(roles("Hundreds of dock workers protesting in the square blocked the pier"), /protesting\/verb/);
});

test("time words: a day after `on a` and a time of day go whole: `arrived [on a Tuesday]`, `broke out [around 9:40 p.m.]`", () => {
  assert.is(dropTimeWords("The ferry arrived on a Tuesday, in a storm"), "The ferry arrived, in a storm");
  assert.is(dropTimeWords("Flames broke out around 9:40 p.m. and spread to the pier"), "Flames broke out and spread to the pier");
  assert.is(dropTimeWords("The ferry left shortly after 7am with 40 on board"), "The ferry left with 40 on board");
  assert.is(dropTimeWords("Shortly after 3am on Sunday, three men in balaclavas drove a truck into the pier"), "Three men in balaclavas drove a truck into the pier");
  // A number that is no time of day stays: `at 3-1`, `around 900 homes`.
  assert.is(dropTimeWords("Power was cut to around 900 homes"), "Power was cut to around 900 homes");
});

test("no end between a determiner and the rest of its phrase: `on the edge of this small [farming town]`", () => {
  assert.not.ok(canEndOn("Nine cars of a train derailed on the edge of this small farming town, prompting an evacuation", "small"));
  assert.not.ok(canEndOn("Harbourline will build a new ferry terminal at Averly", "new"));
  // An adverb after the phrase may go: `stand for the leadership [again]`.
  assert.ok(canEndOn("Reyes will not stand for the leadership again", "leadership"));
});

test("a perfect with an adverb in -ly turns too: `has quietly pushed` → `quietly pushes`", () => {
  assert.is(headlinese("Kestrel Labs has quietly pushed an update to its app"), "Kestrel Labs quietly pushes update to app");
  assert.is(headlinese("Harbourline has reportedly agreed a deal"), "Harbourline reportedly agrees deal");
  // `family` is no adverb: `has family ties` stays.
  assert.is(headlinese("The ferry firm has family ties to Averly"), "ferry firm has family ties to Averly");
});

test("a finding that opens on who found it loses the frame too: `Scientists have found that …` → `…, scientists find`", () => {
  assert.is(dropLeadingAttribution("Scientists have found that a snail found only in Averly springs can regrow its eyes"), "A snail found only in Averly springs can regrow its eyes");
  assert.equal(creditOf("Scientists have found that a snail found only in Averly springs can regrow its eyes."), { who: "scientists", verb: "find" });
  assert.equal(creditOf("A team of Averly researchers discovered that ferry crews sleep less."), { who: "researchers", verb: "find" });
  // Who found it stays where what follows points back at them: `Scientists found that they …`.
  assert.is(dropLeadingAttribution("Scientists found that they could not explain it"), "Scientists found that they could not explain it");
});

test("the cut to length does not stop a word or two into a `what`, `why` or `how` clause: `seized what they describe [as …]`", () => {
  const cut = trimToLength("Two men charged after police seized what they describe as largest haul of counterfeit cigarettes ever found in Averly region", 80);
  assert.not.match(cut, /what they describe$/);
  assert.not.match(trimToLength("Councillors press harbour regulator to explain why inspections of Averly ferries had fallen by almost a quarter", 80), /why inspections$/);
  assert.match(cut, /^Two men charged/);
});

test("an aside closed right before an auxiliary ends there, whatever commas it holds: `Ellory[, the pianist whose spare, unhurried …,] has died`", () => {
  assert.is(dropAppositive("Ann Ellory, the pianist whose spare, unhurried recordings won her a following far beyond Averly, has died at her home"), "Ann Ellory has died at her home");
  // Or before a past form and what it did, past a list of adjectives: `The Salt Keepers[, a quiet, slow-burning drama …,] won the top prize`.
  assert.is(dropAppositive("The Salt Keepers, a quiet, slow-burning drama about two sisters on Averly, won the top prize"), "The Salt Keepers won the top prize");
  // A name in -er may open it; a comparative's list still stays.
  assert.is(dropAppositive("Carver, the actress best known as the landlady in Harbour Lane, has died"), "Carver has died");
  assert.is(dropAppositive("Faster, better or funkier hardware is coming, research suggests"), "Faster, better or funkier hardware is coming, research suggests");
  // Not an aside that no auxiliary closes: `Harbourline, the ferry firm, cut fares` keeps to its first comma.
  assert.is(dropAppositive("Harbourline, the ferry firm, cut fares"), "Harbourline cut fares");
});

test("a count keeps its other side (`voted seven [to four]`), and a number that names a kind its word (`[type] 2 diabetes`)", () => {
  assert.not.ok(canEndOn("Councillors in Averly voted seven to four to close the pier", "seven"));
  const named = (sentence: string, token: string) => {
    const words = weighWords(sentence, [sentence, "Port Averly is a ferry town."]);
    return namesWithNumber(words, assignRoles(words), words.findIndex((word) => word.token === token));
  };
  assert.ok(named("Ferry crews were less likely to develop type 2 diabetes", "2"));
  // A count is no name: `[just] eight months`, `sign 4 players`.
  assert.not.ok(named("Reyes was sacked just eight months after taking charge", "eight"));
});

test("after `the first`, `the only` or a superlative, a participle says which one and is no main verb: `is the first [confirmed] in the county`", () => {
  assert.is(mainVerb("A gray wolf spotted in the hills east of Averly is the first confirmed in the county in 80 years"), "is");
  assert.is(mainVerb("The worst kept secret in Averly was revealed when Reyes was named skipper"), "was revealed");
});

test("after a `to` that is a preposition, a word is no verb: `belonging to [payroll] software provider Tallyfield`", () => {
  assert.match(roles("A bucket belonging to payroll software firm Tallyfield exposed names"), /payroll\/noun/);
  assert.match(roles("Fares rose according to ferry operator Harbourline"), /ferry\/noun/);
  // An infinitive's `to` still makes a verb: `plans to ferry cars`.
  assert.match(roles("Harbourline plans to ferry cars to Averly"), /ferry\/verb/);
});

test("past a participle taken for the verb, the last past form after a noun is the main verb: `jurors in the trial of a man accused of … [heard]`", () => {
  assert.is(mainVerb("Jurors in the trial of an Averly man accused of running down his business partner in a car park heard from the only witness"), "heard");
  // Not past a participle before `to`, which is the verb itself: `Union [agreed] to remove tariffs on goods traded between them`.
  assert.is(mainVerb("Leaders of the seven states of the Averly Union agreed to remove tariffs on most farm goods traded between them"), "agreed");
  // A film `starring` someone keeps `won` as its verb.
  assert.is(mainVerb("A film starring Averly actor Ann Reyes as a ferry pilot won top honours at the festival"), "won");
});

test("violent motion keeps where it went: `tornado tore [through a mobile home park]`, `crashed [into a house]`", () => {
  assert.not.ok(canEndOn("A storm tore through the harbour at Averly on Sunday", "tore"));
  assert.not.ok(trimToLength("Three people killed and 14 injured when tornado tore through mobile home park near Averly pier", 80).endsWith("tore"));
  assert.not.ok(canEndOn("A lorry crashed into a house in Averly", "crashed"));
});

test("headline tense: a past perfect turns by its subject (`Dorvant AG had secured` → `secures`), a verb before a comma turns, a vote's margin is no agent", () => {
  assert.is(headlinese("Harbourline had secured a loan from three banks"), "Harbourline secures loan from three banks");
  assert.is(headlinese("The ferry crews had agreed a deal"), "ferry crews agree deal");
  assert.is(presentTense("Calloway resigned, hours after papers emerged showing she had been warned months ago", ["Calloway resigned, hours after papers emerged.", "Ann Calloway said she was sorry."]), "Calloway resigns, hours after papers emerged showing she had been warned months ago");
  assert.is(presentTense("Councillors voted by 31 to 29 to close the pier"), "Councillors vote by 31 to 29 to close the pier");
  // `ago` in the verb's own clause still keeps the past; an agent with a count stays a participle.
  assert.is(presentTense("The ferry vanished ten years ago"), "The ferry vanished ten years ago");
  assert.is(presentTense("A skipper attacked by three men"), "A skipper attacked by three men");
});

test("a source is who made it, not when or how it came out: `a report by Meridian Rowe [released on Tuesday]`", () => {
  assert.equal(creditOf("Ferry fares rose 9%, according to a report by consultancy Meridian Rowe released on Tuesday."), { who: "Meridian Rowe", verb: "says" });
  assert.equal(creditOf("The pier was shut 47 times, according to figures obtained by Averly News through a freedom of information request."), { who: "Averly News", verb: "says" });
  // `released by` names who.
  assert.equal(creditOf("Ferry fares rose 9%, according to figures released by the BPI."), { who: "BPI", verb: "says" });
});

test("North American copy: a state after a place goes (`Harrow Bay[, N.L.,]`), and no verb is taken for a source (`, N.L., have been told …` is no attribution tail)", () => {
  assert.is(dropParentheticals("Residents of Harrow Bay, N.L., have been told to boil water"), "Residents of Harrow Bay have been told to boil water");
  assert.is(dropParentheticals("A fire hit Fallon Creek, Neb. on Monday"), "A fire hit Fallon Creek on Monday");
  // A title before a name stays: `Dr. Jones`.
  assert.is(dropParentheticals("He met Mr. Smith, Dr. Jones and others"), "He met Mr. Smith, Dr. Jones and others");
  assert.is(dropAttributionTail("Residents of Averly, Vt., have been told to boil their water for two weeks"), "Residents of Averly, Vt., have been told to boil their water for two weeks");
});

test("a place named with its kind stays whole: `Ratepayers in [Waimāra district]`, never `Waimāra ratepayers district`", () => {
  assert.is(nameBeforeNoun("Ratepayers in Averly district face rise of 14.8%"), "Ratepayers in Averly district face rise of 14.8%");
  assert.is(nameBeforeNoun("Shares in Harbourline jump"), "Harbourline shares jump");
});

test("a multiple keeps what it is of (`warming almost twice [as fast as the air]`), and a study may be described by a compound (`A 40-year study … has found that`)", () => {
  assert.not.ok(canEndOn("Surface waters are warming almost twice as fast as the air above them", "twice"));
  assert.ok(spansOf("Surface waters at Averly are warming almost twice as fast as the air above them").every((span) => !/^twice$/.test(span)));
  assert.is(dropLeadingAttribution("A 40-year study of 212 lakes has found that surface waters are warming fast"), "Surface waters are warming fast");
});

test("an `and` inside the subject's phrase leaves it one: `Turnout in Ashgrove and Fenwick falls`, `Gap between exports and imports hits`", () => {
  assert.is(presentTense("Turnout in Ashgrove and Fenwick by-election fell to 29.4%"), "Turnout in Ashgrove and Fenwick by-election falls to 29.4%");
  assert.is(presentTense("The gap between Averly exports and imports hit a record"), "The gap between Averly exports and imports hits a record");
  // Joined heads are many: `The ferry and the bus stopped`, `A century from Reyes and a spell of four gave`.
  assert.is(presentTense("The ferry and the bus stopped at Averly"), "The ferry and the bus stop at Averly");
  assert.is(presentTense("A century from Reyes and a spell of four for 31 gave Averly a win"), "A century from Reyes and a spell of four for 31 give Averly a win");
});

test("a particle inside a name is part of it, never a verb: `Tour [des] Lacs Alpins`", () => {
  assert.is(mainVerb("Ravenna attacked from a group of favourites and won stage 13 of the Tour des Lacs Alpins"), "attacked");
  assert.match(roles("Reyes played Ludwig van Beethoven at the pier"), /van\/noun/);
});

test("a copula and its adverb keep what the subject is: `households are still [without power]`", () => {
  assert.not.ok(canEndOn("More than 300 households in Averly are still without power after the storm", "still"));
  assert.ok(canEndOn("More than 300 households in Averly are still without power after the storm", "power"));
});

test("a span of time keeps what it counts from: `two minutes [from time]`", () => {
  assert.not.ok(spansOf("A penalty from Reyes two minutes from time gave Averly a 24-23 win").includes("from time"));
});

test("what someone had done to them is in the present: `man had his conviction quashed` → `man has conviction quashed`", () => {
  assert.is(headlinese("A man had his conviction quashed by the Court of Appeal"), "man has conviction quashed by Court of Appeal");
  assert.is(headlinese("The ferry crews had their pay frozen"), "ferry crews have pay frozen");
  // A past perfect of the subject's own doing turns as before.
  assert.is(headlinese("The firm had cut 90 jobs"), "firm cuts 90 jobs");
});

test("`Four years later,` is a leading time word", () => {
  assert.is(dropLeadingTime("Four years later, the Averly team found the source of the hum"), "The Averly team found the source of the hum");
});

test("a firm whose name ends in -s is one firm: `Kestrel Marine Holdings posted` → `posts`", () => {
  assert.is(presentTense("Averly Marine Holdings posted a 23% drop in profit", ["Averly Marine Holdings posted a 23% drop in profit.", "The company blamed charter rates."]), "Averly Marine Holdings posts a 23% drop in profit");
  // Another name in -s still keeps its past where nothing says its number.
  assert.is(presentTense("Averly Rovers came from two goals down to win", ["Averly Rovers came from two goals down to win.", "The home side scored late."]), "Averly Rovers came from two goals down to win");
});

test("every number word is a number: `Nineteen cars`, `seventy boats`", () => {
  assert.match(roles("Nineteen cars of a ferry train derailed at Averly"), /^Nineteen\/noun/);
  const words = weighWords("Nineteen cars of a ferry train derailed at Averly", ["Nineteen cars of a ferry train derailed at Averly", "Port Averly is a ferry town."]);
  assert.is(words[0]!.kind, "num");
  assert.is(weighWords("About seventy boats left", ["About seventy boats left", "Port Averly is a ferry town."])[1]!.kind, "num");
});

test("an attribution tail ends with where or when it was said, not a clause after it: `, Harbourline said on Tuesday [it would close …]` is the news", () => {
  assert.is(dropAttributionTail("Following a review of its European operations, ferry maker Harbourline said on Tuesday it would close its yard in Averly with the loss of 430 jobs"), "Following a review of its European operations, ferry maker Harbourline said on Tuesday it would close its yard in Averly with the loss of 430 jobs");
  assert.is(dropAttributionTail("Fares will rise by 5%, Harbourline said in a statement on Tuesday"), "Fares will rise by 5%");
});

test("a leading phrase of place or time goes: `[Across Halvorsen County,] drivers should expect delays`; a count that opens the lead stays", () => {
  assert.is(dropLeadingAdverbial("Across Averly County, drivers should expect delays of up to 30 minutes"), "drivers should expect delays of up to 30 minutes");
  assert.is(dropLeadingAdverbial("Over 40 pupils fell ill at Averly school, officials said"), "Over 40 pupils fell ill at Averly school, officials said");
});

test("an aside between commas goes with both its commas: `users of Averlyfit[, a fitness app,] may have been exposed`", () => {
  const lead = "The personal details of about 1.3 million users of Averlyfit, a popular fitness tracking app, may have been exposed after hackers gained access to one of the company's databases";
  const compressed = compressBySalience(lead, [lead, "Averlyfit said the breach was found on Friday.", "Users of Averlyfit have been told to change their passwords.", "The company said no bank details were taken."]);
  assert.match(compressed, /users of Averlyfit may have been exposed/);
});

test("a credit never cuts its claim inside an aside it opened: `Two of the oldest ferry firms, Harbourline and the Saltmarsh[, to merge]`", () => {
  const claim = "Two of the north's oldest ferry companies, Harbourline and the Saltmarsh, to merge in deal";
  assert.is(creditSource(claim, ["Two of the north's oldest ferry companies, Harbourline and the Saltmarsh, are to merge in a deal, the pair announced on Thursday.", "The court sat in May."]), claim);
});

test("a club's name is no person's: `Castlebridge Athletic` never becomes `Athletic`", () => {
  const lead = "Castlebridge Athletic extended their unbeaten run with a 2-1 win over Averly Rovers.";
  assert.is(surnamesOnly(lead, [lead, "Athletic scored late.", "Rovers had led at half-time."]), lead);
});

test("a leading amount goes before the cut to length, which then has the room for a quotation whole", () => {
  const headline = story('A £240m computer system meant to run the Averly ferries has been branded "a textbook example of how not to run a government IT project" by a committee of councillors. The system was four years late. The committee said the system still did not work.');
  assert.match(headline, /"a textbook example of how not to run a government IT project"/);
  assert.not.match(headline, /^£/);
});

test("a comparative a number measures may end without its `than`, unless it is measured against what was expected", () => {
  assert.ok(canEndOn("Ferry users who booked online waited 47 minutes less per night than those who did not", "night"));
  assert.ok(canEndOn("Harbourline carried 12% more passengers than in the previous year", "passengers"));
  assert.not.ok(canEndOn("Harbourline says annual profit will be £5m lower than expected", "lower"));
  assert.not.ok(canEndOn("Harbourline carried 12% more passengers than first thought", "passengers"));
  assert.not.ok(canEndOn("Harbourline carried fewer passengers than in the previous year", "passengers"));
});

test("headline tense: `used` with an object, a compound's head before a past and its object, a person the article calls `he` after naming", () => {
  assert.is(presentTense("Ferry crews used boats to rescue people from flooded homes"), "Ferry crews use boats to rescue people from flooded homes");
  assert.is(presentTense("Ferry crews used to sail at dawn"), "Ferry crews used to sail at dawn");
  assert.is(presentTense("A state appeals court overturned the conviction of an Averly man"), "A state appeals court overturns the conviction of an Averly man");
  const match = ["Jon Rivers scored 38 points for Averly.", "Averly won again.", "The crowd of 4,000 cheered.", "Fans sang.", "Rivers shot 14 of 23.", "He has scored 30 in five games."];
  assert.is(presentTense("Jon Rivers scored 38 points for Averly", match), "Jon Rivers scores 38 points for Averly");
  assert.is(presentTense("Jon Rivers scored 38 points for Averly", match.slice(0, 5)), "Jon Rivers scored 38 points for Averly");
});

test("a plural noun with a passive infinitive is no verb after a participle: `voted to allow five wind turbines [to be built]`", () => {
  assert.is(mainVerbOf("The town council of Averly voted to allow five wind turbines to be built in a forest"), "voted");
  assert.is(mainVerbOf("A suspect held in Averly for 33 months plans to sue the port"), "plans");
});

test("a compound in -ing may end before `and` and a second past, which is a verb: `banned all lawn watering [and ordered restaurants to …]`", () => {
  const lead = "The port of Averly banned all outdoor lawn watering and ordered restaurants to serve water only on request";
  assert.match(roles(lead), /watering\/noun and\/glue ordered\/verb restaurants\/noun/);
  assert.ok(canEndOn(lead, "watering"));
  assert.not.ok(canEndOn("Harbourline staff were seen at the pier asking for help", "asking"));
});

test("a plural not in -s is plural when `had` goes: `Police in Averly had rescued` → `Police in Averly rescue`", () => {
  assert.is(headlinese("Police in Averly had rescued 12 passengers"), "Police in Averly rescue 12 passengers");
  assert.is(headlinese("The harbour master in Averly had rescued 12 passengers"), "harbour master in Averly rescues 12 passengers");
});

test("a participle clause that opens the lead with its object goes, up to its comma; a name in -ing with its verb stays", () => {
  assert.is(dropLeadingAdverbial("Citing rising fuel and crew costs, ferry firm Harbourline will raise its fares"), "ferry firm Harbourline will raise its fares");
  assert.is(dropLeadingAdverbial("Riding on a blistering 88 from Okafor, Averly Rovers chased down 196"), "Averly Rovers chased down 196");
  assert.is(dropLeadingAdverbial("Beijing warned Taiwan, Japan and the US that it would act"), "Beijing warned Taiwan, Japan and the US that it would act");
  assert.is(dropLeadingAdverbial("Reading has a new ferry, the council says"), "Reading has a new ferry, the council says");
  assert.is(dropLeadingAdverbial("Launched two years ago from a spare bedroom in Averly, the app Borrowly has passed a million users"), "the app Borrowly has passed a million users");
  assert.is(dropLeadingAdverbial("Wounded soldiers, their families and friends marched through Averly"), "Wounded soldiers, their families and friends marched through Averly");
});

test("a measure after the subject's noun is no part of its head: `header [three minutes into the game] sent` → `sends`", () => {
  assert.is(presentTense("Okafor's header three minutes into stoppage time sent Averly Rovers top"), "Okafor's header three minutes into stoppage time sends Averly Rovers top");
  assert.is(presentTense("Formula 1 teams agreed a new budget cap"), "Formula 1 teams agree a new budget cap");
});

test("credits: a plural word the article also writes in lower case is a group (`police say`); a clause after the claim's comma goes whole", () => {
  const lead = "Police said a man was arrested at the Averly ferry terminal on Monday.";
  assert.is(creditSource("Man arrested at Averly ferry terminal", [lead, "He was held overnight, police said."]), "Man arrested at Averly ferry terminal, police say");
  assert.is(creditSource("Man arrested at Averly ferry terminal", [lead, "He was held overnight."]), "Man arrested at Averly ferry terminal, police say");
  const named = "Williams said a man was arrested at the Averly ferry terminal on Monday.";
  assert.is(creditSource("Man arrested at Averly ferry terminal", [named, "It was the first arrest this year, said Williams."]), "Man arrested at Averly ferry terminal, Williams says");
  const long = "Averly ferry terminal worker arrested, less than two hours after he handed a teller a note demanding cash";
  assert.is(creditSource(long, [`${long}, police said.`, "Police said the cash was found."]), "Averly ferry terminal worker arrested, police say");
});

test("what a jury was told stays in the past and is credited `jury told`; a cut falls before `and then`", () => {
  const lead = "A man stabbed a ferry worker in Averly in a row over a debt and then tried to hide the knife, a jury was told yesterday.";
  assert.is(presentTense("A man stabbed a ferry worker in Averly", [lead, "The trial goes on."]), "A man stabbed a ferry worker in Averly");
  assert.is(creditSource("Man stabbed ferry worker in Averly", [lead, "The trial goes on."]), "Man stabbed ferry worker in Averly, jury told");
  assert.match(story(`${lead} The court sat in Averly. The worker survived the attack in Averly. The jury heard that the debt was £2,000 in Averly.`), /^Man stabbed [^,]+, jury told$/);
  assert.not.ok(canEndOn("A man stabbed a ferry worker in a row over a debt and then tried to hide the knife", "then"));
});

test("past a participle clause with a `where` clause inside, the main verb follows that clause's verb: `corals taken from a lagoon where temperatures regularly soar [survived]`", () => {
  assert.match(roles("Ferry prices regularly soar in May"), /soar\/verb/);
  assert.is(mainVerbOf("Corals taken from a shallow lagoon where water temperatures regularly soar survived a marine heatwave"), "survived");
});

test("a comparison that describes the subject, right before its verb, may go whole: `a rocky planet [slightly larger than our own] appears`", () => {
  assert.ok(spansOf("A rocky island slightly larger than our own appears to be sinking into the sea").includes("slightly larger than our own"));
  assert.ok(spansOf("A ferry bigger than the last one will sail from Averly").includes("bigger than the last one"));
  assert.not.ok(spansOf("Ferries are bigger than the last ones, Averly says").some((span) => span.startsWith("bigger")));
});

test("a phrase between the verb and its object goes wherever the object stays: `approves [on third and final reading] a bill capping …`", () => {
  assert.ok(spansOf("The island council approved on third and final reading a bill capping ferry fares").includes("on third and final reading"));
  assert.not.ok(spansOf("The island council voted on Monday, and the bill capping ferry fares passed").includes("on Monday,"));
  assert.is(story("The Averly Senate approved on third and final reading a bill capping the interest that ferry firms can charge. The bill caps interest at 5%. Ferry firms opposed the bill. The Senate voted 20-4."), "Averly Senate approves bill");
});

test("what someone says had happened, happened: `says hackers had accessed` → `says hackers accessed`", () => {
  assert.is(headlinese("Harbourline says hackers had accessed the data of 3,000 passengers"), "Harbourline says hackers accessed data of 3,000 passengers");
  assert.is(headlinese("Harbourline says hackers had taken the data"), "Harbourline says hackers had taken data");
  assert.is(headlinese("Harbourline, which had accessed the data, says it is sorry"), "Harbourline, which had accessed data, says it is sorry");
});

test("no cut inside a clause that `after` opened, before its verb, though a participle comes first: `after a ferry carrying 34 students [collided …]`", () => {
  const cutWords = (lead: string) => {
    const words = weighWords(lead, [lead, "Port Averly is a ferry town."]);
    return cutPoints(words, assignRoles(words)).map((cut) => words[cut - 1]!.token);
  };
  const cuts = cutWords("Eleven children were taken to hospitals after a ferry carrying 34 students collided with a pier in Averly");
  assert.ok(cuts.includes("hospitals"));
  assert.not.ok(cuts.includes("students"));
  assert.ok(cuts.includes("collided"));
});

test("a noun before a compound in -ing is half of it before a comma too (`regulate private [coaching centres,]`); `including` opens no compound", () => {
  assert.not.ok(canEndOn("The island assembly passed a bill to regulate private coaching centres, making registration mandatory", "private"));
  assert.ok(canEndOn("Okafor had been in charge of a range of ferry portfolios including race relations, the council said", "portfolios"));
});

test("a participle with its object is no phrase between the verb and its object: `introduced for people [celebrating their 18th birthday]`", () => {
  assert.not.ok(spansOf("Ferry passes could be introduced for people celebrating their 18th birthday in Averly").includes("for people celebrating"));
});

test("a `for` that is the predicate's point stays (`ride buses [for free]`, `closes [for good]`), and what starts with a date goes with it", () => {
  assert.not.ok(canEndOn("Averly teenagers will ride city buses for free from next year", "buses"));
  assert.not.ok(canEndOn("The Averly ferry cafe closes for good after 40 years", "closes"));
  assert.is(dropTimeWords("Averly teenagers will ride city buses for free starting in January after a vote"), "Averly teenagers will ride city buses for free after a vote");
  assert.is(trimToLength("Averly teenagers to ride city buses for free after the Averly City Council voted 7-2 to scrap all the fares for riders", 50), "Averly teenagers to ride city buses for free");
});

test("headline tense: a noun run that `a` opens has its head still to come (`at a brake parts plant`), a title's `and` joins no heads, a second simple past turns before its phrase", () => {
  assert.is(presentTense("Nine hundred workers at a brake parts plant in Averly walked off the job"), "Nine hundred workers at a brake parts plant in Averly walk off the job");
  assert.is(presentTense("Water and Harbour Minister Mira Okafor won approval for the bill"), "Water and Harbour Minister Mira Okafor wins approval for the bill");
  assert.is(presentTense("Averly, Indian and Hong Kong stock markets reached record highs"), "Averly, Indian and Hong Kong stock markets reach record highs");
  assert.is(presentTense("Okafor homered twice and drove in four runs"), "Okafor homers twice and drives in four runs");
  assert.is(presentTense("Okafor homered twice and pitched in the ninth"), "Okafor homers twice and pitched in the ninth");
});

test("`last night` is a time word; `Prosecutors said Friday that` is a leading attribution; an amount is no source; a participle in -ed after an article opens a compound", () => {
  assert.is(dropTimeWords("Plans for 420 homes in Averly were approved last night despite objections"), "Plans for 420 homes in Averly were approved despite objections");
  assert.is(dropLeadingAttribution("Prosecutors said Friday that a ferry worker stole $40,000."), "a ferry worker stole $40,000.");
  assert.is(creditOf("The ferry upgrade will be 18 months late and cost $610 million, up from the $420 million announced before the election."), undefined);
  assert.match(roles("A former aide at an assisted living facility in Averly stole jewelry"), /living\/noun/);
});

test("a state in AP's spelling goes after its place (`Ridgeford[, Calif.,]`), and the comma that closes an aside stays", () => {
  assert.is(dropParentheticals("Vantrell, the software maker based in Ridgeford, Calif., said it will cut 1,200 jobs"), "Vantrell, the software maker based in Ridgeford, said it will cut 1,200 jobs");
  assert.is(dropParentheticals("Residents of Ridgeford, Calif., have been told to leave"), "Residents of Ridgeford have been told to leave");
  assert.is(dropParentheticals("Residents of Cedar Hollow, B.C., a lakeside community of 2,400, were told to leave"), "Residents of Cedar Hollow, a lakeside community of 2,400, were told to leave");
});

test("a name in 's has its auxiliary (`Brightwell's will close`), and no end falls on a word after `and` that a count follows", () => {
  assert.is(mainVerb("Ferry operator Okafor's will close 14 of its 52 piers and cut about 300 jobs"), "will close");
  assert.not.ok(canEndOn("Ferry operator Okafor will close 14 of its 52 piers and cut about 300 jobs", "cut"));
  assert.ok(canEndOn("Ferry operator Okafor will close 14 of its 52 piers and cut about 300 jobs", "piers"));
});

test("no end between two modifiers of one noun (`small, [plant-eating dinosaur]`) nor on a passive before the `as` it wants (`identified [as belonging to …]`)", () => {
  assert.not.ok(canEndOn("A jawbone found near Averly has been identified as belonging to a new species of small, plant-eating dinosaur", "small,"));
  assert.not.ok(canEndOn("A jawbone found near Averly has been identified as belonging to a new species of small, plant-eating dinosaur", "identified"));
  assert.ok(canEndOn("A jawbone found near Averly has been identified as belonging to a new species of small, plant-eating dinosaur", "dinosaur"));
});

test("no deletion leaves the second noun of a pair joined to what came before: `water cannon [at thousands of students] and workers`", () => {
  // Batch J's 14th article, whose lead had given `Police fire tear gas and water cannon and workers`.
  const article = parseArticle("j14.txt", readFileSync(new URL("../bench/corpus/others/articles/j14.txt", import.meta.url)));
  assert.ok(article.ok);
  const sentences = article.article.paragraphs.flatMap(splitSentences);
  const lead = sentences[0]!.replace(/^Outside the national parliament building on Tuesday, /, "").replace(/\.$/, "");
  assert.not.match(compressBySalience(lead, [lead, ...sentences.slice(1)]), /cannon and workers/);
});

test("a result clause after `so` and its adjective goes whole or stays whole: `a frog [so small it can sit comfortably on a fingernail] is`", () => {
  const spans = spansOf("A ferry so small it can sit comfortably in a boathouse is among the boats for sale in Averly");
  assert.ok(spans.includes("so small it can sit comfortably in a boathouse"));
  assert.not.ok(spans.includes("in a boathouse"));
});

test("`According to` a source with a number in thousands goes whole: `According to a study of more than 12,000 older adults,`", () => {
  assert.is(dropLeadingAttribution("According to a study of more than 12,000 older adults, people who walk 7,000 steps a day are less likely to develop dementia."), "people who walk 7,000 steps a day are less likely to develop dementia.");
});

test("a name in 's before its verb keeps its 's: `Brightwell's to close 140 stores`, where `Japan's economy grows` loses it", () => {
  assert.is(namesAsModifiers("Harbourline's to close 14 piers"), "Harbourline's to close 14 piers");
  assert.is(namesAsModifiers("Harbourline's will close 14 piers"), "Harbourline's will close 14 piers");
  assert.is(namesAsModifiers("Averly's economy grows"), "Averly economy grows");
});

test("a reaction's speaker stands for the pronoun of what they did: `organisers of the festival said yesterday as they cancelled …`", () => {
  const headline = story('"We are heartbroken," organisers of the Averly Festival said yesterday as they cancelled the final day of the three-day event after storms flooded the site. About 40,000 people had been expected. The Averly Festival began in 1998.');
  assert.match(headline, /^Averly Festival organisers cancel final day/);
});

test("a speaker quoted first as one of many gives way to what the many do, or what was done to them", () => {
  assert.match(story('"Without that ferry I cannot get to the hospital," said 81-year-old Mira Okafor, one of dozens of residents fighting plans to scrap the only ferry to Averly. The ferry runs twice a day. Averly council will decide in May.'), /^Residents fight plans to scrap only ferry/);
  assert.match(story('"We had ten minutes to get out," said Mira Okafor, one of dozens of residents forced from their homes when the river burst its banks in Averly. Crews used boats in Averly. The river rose two metres.'), /^Residents forced from homes/);
});

test("a region spelt out after a place goes (`in Fairlow[, Ohio,] reopens`), and a clause with no verb has it in the word in -s after a name", () => {
  assert.is(dropParentheticals("the glass museum in Averly, Ohio, reopens to the public"), "the glass museum in Averly reopens to the public");
  assert.is(dropParentheticals("Smith, Jones, and Brown won seats in Averly"), "Smith, Jones, and Brown won seats in Averly");
  assert.match(roles("the Merriman Glass Museum in Averly reopens to the public with twice as much space, a furnace and a new wing"), /reopens\/verb/);
  assert.match(roles("Averly products in shops sold out in May"), /products\/noun/);
});

test("a lead that calls its dateline's place `this town` names it, and a place's name in -s is one place", () => {
  assert.is(datelinePlace("ALDER SPRINGS, Colo. (AP) — This mountain town of about 6,000 people on Thursday banned lawn watering."), "Alder Springs");
  assert.is(datelinePlace("Port Averly's night ferry will return in March."), undefined);
  assert.is(nameThisPlace("This mountain town of about 6,000 people on Thursday banned lawn watering.", "Alder Springs"), "Alder Springs on Thursday banned lawn watering.");
  assert.is(nameThisPlace("A fire destroyed a warehouse in this small southwestern Ohio village.", "Brantley"), "A fire destroyed a warehouse in Brantley.");
  assert.is(presentTense("Alder Springs banned all outdoor lawn watering"), "Alder Springs bans all outdoor lawn watering");
});

test("an aside between dashes goes whole or not at all, however long: `Castellano — the brassy belter who … in \"Starlight on Delancey\" — has died`", () => {
  const lead = 'Broadway legend Mira Okafor — the brassy, big-voiced Averly-born belter who brought down the house night after night in "Starlight on Averly" — has died';
  const headline = compressBySalience(lead, [`${lead}. She was 78.`, "Okafor starred on Broadway for 30 years.", "Okafor was born in Averly in 1946."]);
  assert.is((headline.match(/—/g) ?? []).length % 2, 0);
  assert.match(headline, /has died$/);
});

test("a second verb in -ing sharing the auxiliary turns with the first: `are counting stock losses and rebuilding fences` → `count … and rebuild …`", () => {
  assert.is(headlinese("Farmers in Averly are counting stock losses and rebuilding fences"), "Farmers in Averly count stock losses and rebuild fences");
  assert.is(headlinese("Harbourline is cutting fares and adding ferries"), "Harbourline cuts fares and adds ferries");
  assert.is(headlinese("Farmers are counting losses after floods and rising costs"), "Farmers count losses after floods and rising costs");
});

test("a first word set in capitals is written as the rest of the text would write it, but not an acronym", () => {
  assert.is(unshoutFirstWord("KAFULWE Town Council demolished 200 stalls", ["x", "The council met."]), "Kafulwe Town Council demolished 200 stalls");
  assert.is(unshoutFirstWord("SMALL-SCALE farmers have appealed to Government", ["x", "Farmers met."]), "Small-scale farmers have appealed to Government");
  assert.is(unshoutFirstWord("THE Averly High Court has ordered a winding up", ["x", "The court sat."]), "The Averly High Court has ordered a winding up");
  assert.is(unshoutFirstWord("UNICEF has warned of famine in Averly", ["x", "UNICEF said food ran out."]), "UNICEF has warned of famine in Averly");
  assert.is(unshoutFirstWord("BBC staff voted to strike", ["x", "Staff met."]), "BBC staff voted to strike");
});

test("a participle after the noun keeps the name after it: `Students living in Fenwick Court launch …`, never `Fenwick Court students living`", () => {
  assert.is(nameBeforeNoun("Students living in Fenwick Court launch rent strike"), "Students living in Fenwick Court launch rent strike");
  assert.is(nameBeforeNoun("Shares in Harbourline jump"), "Harbourline shares jump");
});

test("a span of time keeps how far behind or ahead it says: `running weeks [behind]`", () => {
  assert.not.ok(canEndOn("Growers across Averly are running weeks behind with spring drilling", "weeks"));
  assert.ok(canEndOn("Growers across Averly are running weeks behind with spring drilling", "drilling"));
});

test("a participle after `being` keeps its agent: `died after being overcome [by slurry gas]`", () => {
  assert.not.ok(canEndOn("An Averly ferry worker died after being overcome by fumes while clearing a tank", "overcome"));
  assert.not.ok(canEndOn("An Averly MP had his passport stolen after being mugged by six men in May", "mugged"));
});

test("an obituary's lead tells the death its aside says, with what the person was", () => {
  assert.is(tellTheDeath("Mira Okafor, who has died aged 81, was a Gaelic singer whose voice carried the songs of Averly"), "Gaelic singer Mira Okafor has died aged 81");
  assert.is(tellTheDeath("Mira Okafor, who founded Harbourline, was a ferry captain"), "Mira Okafor, who founded Harbourline, was a ferry captain");
  assert.match(story("Mira Okafor, who has died aged 81, was a Gaelic singer whose voice carried the songs of Averly to halls across Europe. Okafor was born in Averly in 1943. She sang until 2020."), /^(?:Gaelic singer )?Mira Okafor dies aged 81$/);
});

test("a name in -s asks the article its number when an `and` sits inside its phrase, not between heads (headJoined)", () => {
  const lead = "Averly Rovers of Ashgrove and Fenwick secured a first away win";
  assert.is(presentTense(lead, [lead, "Rovers have won twice since.", "Averly Rovers are top."]), "Averly Rovers of Ashgrove and Fenwick secure a first away win");
});

test.run();
