import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseArticle } from "../src/article/index.ts";
import { deriveEntry } from "../src/digest/index.ts";
import { filesUnder, lede, ROOT, temporaryDir, treeFingerprint } from "./helpers/lede.ts";

test("property: derivation is deterministic, byte for byte", () => {
  fc.assert(
    fc.property(fc.array(fc.string({ unit: "grapheme", minLength: 1, maxLength: 300 }), { minLength: 1, maxLength: 5 }), (paragraphs) => {
      const text = ` date 2021-07-22 ${paragraphs.map((p) => p.replace(/\n/g, " ")).join("\n\n")}`;
      const first = parseArticle("a.txt", new TextEncoder().encode(text));
      const second = parseArticle("a.txt", new TextEncoder().encode(text));
      assert.equal(first, second);
      if (first.ok && second.ok) assert.is(JSON.stringify(deriveEntry(first.article)), JSON.stringify(deriveEntry(second.article)));
    }),
    { numRuns: 1000 },
  );
});

test("two builds of the same articles give identical output trees", () => {
  const a = join(temporaryDir("same-1"), "_site");
  const b = join(temporaryDir("same-2"), "_site");
  assert.is(lede(["build", "--out", a]).status, 0);
  assert.is(lede(["build", "--out", b]).status, 0);
  const files = filesUnder(a);
  assert.equal(filesUnder(b), files);
  for (const file of files) assert.ok(readFileSync(join(a, file)).equals(readFileSync(join(b, file))), `${file} differs between builds`);
});

test("killing a build at any moment leaves the previous site intact", async () => {
  const articles = temporaryDir("kill-articles");
  for (let i = 0; i < 300; i++) {
    writeFileSync(join(articles, `story-${i}.txt`), ` date 2021-0${(i % 9) + 1}-1${i % 10} Story ${i} about the harbour council and the ferry, told at length. ${"More words here. ".repeat(40)}\n`);
  }
  const parent = temporaryDir("kill-out");
  const out = join(parent, "_site");
  assert.is(lede(["build", "--articles", articles, "--out", out, "--no-search"]).status, 0);
  const before = treeFingerprint(out);
  for (const delay of [150, 500, 900, 1300, 1700, 2200]) {
    const child = spawn(process.execPath, [join(ROOT, "bin/lede.js"), "build", "--articles", articles, "--out", out], { cwd: ROOT, stdio: "ignore" });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    await new Promise((resolve) => setTimeout(resolve, delay));
    child.kill("SIGKILL");
    await exited;
    if (existsSync(out) && treeFingerprint(out) !== before) {
      // The kill came after the swap: the new site is complete. Start again from it.
      assert.ok(existsSync(join(out, "index.html")) && existsSync(join(out, "feed.xml")), `half-written site after a kill at ${delay} ms`);
      return;
    }
    assert.is(treeFingerprint(out), before, `the site changed after a kill at ${delay} ms`);
  }
  assert.is(lede(["build", "--articles", articles, "--out", out, "--no-search"]).status, 0);
  // The replaced site is deleted by a detached process: give it a moment.
  const leftovers = () => readdirSync(parent).filter((name) => name.includes(".lede-"));
  for (let wait = 0; wait < 100 && leftovers().length > 0; wait++) await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal(leftovers(), [], "leftovers of killed builds are cleaned up");
});

test("a build leaves a running build's folder alone and removes other leftovers in the background", async () => {
  const parent = temporaryDir("leftovers");
  const out = join(parent, "_site");
  const running = join(parent, `_site.lede-tmp-${process.pid}`); // this test process runs
  const replaced = join(parent, "_site.lede-old-1");
  for (const dir of [running, replaced]) {
    mkdirSync(dir);
    writeFileSync(join(dir, "index.html"), "<p>kept?</p>");
  }
  assert.is(lede(["build", "--out", out, "--no-search"]).status, 0);
  assert.ok(existsSync(join(running, "index.html")), "the folder of a running build was removed");
  for (let wait = 0; wait < 100 && existsSync(replaced); wait++) await new Promise((resolve) => setTimeout(resolve, 100));
  assert.not.ok(existsSync(replaced), "a replaced site was left behind");
  assert.ok(existsSync(join(out, "index.html")));
});

test("limits get clear errors: a file over 1 MB, a folder with no articles, an unsafe file name", () => {
  const dir = temporaryDir("limits");
  writeFileSync(join(dir, "huge.txt"), ` date 2021-07-22 ${"word ".repeat(250_000)}`);
  writeFileSync(join(dir, "-bad name!.txt"), " date 2021-07-22 Fine text.\n");
  writeFileSync(join(dir, "ok.txt"), " date 2021-07-22 Fine text about the port.\n");
  const run = lede(["build", "--articles", dir, "--out", join(dir, "_site")]);
  assert.is(run.status, 1);
  assert.match(run.stderr, /huge\.txt:1:1: error too-large: the file is over 1 MB/);
  assert.match(run.stderr, /-bad name!\.txt:1:1: error unsafe-name: /);
  const empty = temporaryDir("empty");
  const none = lede(["build", "--articles", empty, "--out", join(empty, "_site")]);
  assert.is(none.status, 1);
  assert.match(none.stderr, /No articles to publish in .*: add \.txt or \.md files/);
  const missing = lede(["build", "--articles", join(empty, "nope"), "--out", join(empty, "_site")]);
  assert.is(missing.status, 1);
  assert.match(missing.stderr, /error unreadable: the articles folder does not exist/);
});

// Root reads any file: as root, the build runs as the unprivileged user `nobody` (uid 65534), if it can.
const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
const canRunAsUser = spawnSync(process.execPath, ["-e", `require("node:fs").readFileSync(${JSON.stringify(join(ROOT, "node_modules/tsx/package.json"))})`], asUser).status === 0;
if (canRunAsUser) {
  test("an unreadable file is reported by name", () => {
    const dir = temporaryDir("perm");
    chmodSync(dir, 0o777);
    writeFileSync(join(dir, "locked.txt"), " date 2021-07-22 Secret.\n", { mode: 0o000 });
    const run = spawnSync(process.execPath, [join(ROOT, "bin/lede.js"), "build", "--articles", dir, "--out", join(dir, "_site")], { cwd: ROOT, encoding: "utf8", ...asUser });
    assert.is(run.status, 1, run.stderr);
    assert.match(run.stderr, /locked\.txt:1:1: error unreadable: cannot read the file \(EACCES\)/);
  });
} else {
  console.log("robustness.test.ts: skipping the unreadable-file test: running as root, and the user nobody cannot read this checkout");
}

test("a folder named like an article is reported as a folder", () => {
  const dir = temporaryDir("folder");
  mkdirSync(join(dir, "notes.txt"));
  writeFileSync(join(dir, "story.txt"), " date 2021-07-22 A story.\n");
  const run = lede(["build", "--articles", dir, "--out", join(dir, "_site")]);
  assert.is(run.status, 1);
  assert.match(run.stderr, /notes\.txt:1:1: error unreadable: this is a folder, not an article file; move it out of the articles folder/);
});

test("two files whose names make the same slug are both published, at distinct URLs stable across builds", () => {
  const dir = temporaryDir("collide");
  writeFileSync(join(dir, "Harbour Ferry.txt"), " date 2021-07-22 The first story about the ferry.\n");
  writeFileSync(join(dir, "harbour-ferry.txt"), " date 2021-07-23 The second story about the ferry.\n");
  const urls = () => (JSON.parse(lede(["digest", dir, "--json"]).stdout) as Array<{ file: string; url: string }>).map((e) => `${e.file} ${new URL(e.url).pathname}`).sort();
  const first = urls();
  assert.equal(first, ["Harbour Ferry.txt /articles/harbour-ferry/", "harbour-ferry.txt /articles/harbour-ferry-2/"]);
  assert.equal(urls(), first);
});

test("an article dated after today waits for its day unless --future", () => {
  const dir = temporaryDir("future");
  writeFileSync(join(dir, "later.txt"), " date 2999-01-01 News from the future.\n");
  writeFileSync(join(dir, "now.txt"), " date 2021-07-22 News from the past.\n");
  const run = lede(["build", "--articles", dir, "--out", join(dir, "_site"), "--no-search"]);
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, /1 scheduled \(dated after today; --future publishes them\)/);
  assert.not.ok(existsSync(join(dir, "_site/articles/later/index.html")));
  assert.is(lede(["build", "--articles", dir, "--out", join(dir, "_site"), "--no-search", "--future"]).status, 0);
  assert.ok(existsSync(join(dir, "_site/articles/later/index.html")));
});

test.run();
