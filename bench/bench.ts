/**
 * `npm run bench` times the build (bench/build.ts); `npm run bench -- api` the sign-up service
 * (bench/api.ts); `npm run bench -- send` sending an issue to 10,000 readers (bench/send.ts).
 */
const BENCHES = ["build", "api", "send"];
const which = process.argv[2] ?? "build";
if (!BENCHES.includes(which)) {
  console.error(`npm run bench -- ${BENCHES.join("|")}: no benchmark called ${JSON.stringify(which)}`);
  process.exit(2);
}
await import(`./${which}.ts`);
