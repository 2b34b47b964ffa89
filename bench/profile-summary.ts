import fs from "node:fs";

/**
 * `node -r @swc-node/register bench/profile-summary.ts <file.cpuprofile> [top]`: self time of a V8 CPU profile
 * (from `npm run bench -- --profile`) by package or source file, and the hottest functions — where the milliseconds go.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function owner(url: string, fn: string): string {
  if (!url) return fn.startsWith("(") ? fn : "(native)";
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + "node_modules/".length).split("/");
    return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith("node:")) return "node core";
  const src = url.indexOf("/src/");
  if (src >= 0) return url.slice(src + 1);
  const bench = url.indexOf("/bench/");
  return bench >= 0 ? url.slice(bench + 1) : url;
}

const [file, topArg] = process.argv.slice(2);
const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfMicros = new Map<number, number>();
profile.samples.forEach((id, i) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...selfMicros.values()].reduce((a, b) => a + b, 0);
const idle = [...selfMicros]
  .filter(([id]) => byId.get(id)?.callFrame.functionName === "(idle)")
  .reduce((a, [, v]) => a + v, 0);
const byOwner = new Map<string, number>();
const byFunction = new Map<string, number>();
for (const [id, micros] of selfMicros) {
  const n = byId.get(id)!;
  const o = owner(n.callFrame.url, n.callFrame.functionName);
  byOwner.set(o, (byOwner.get(o) ?? 0) + micros);
  const f = `${n.callFrame.functionName || "(anonymous)"} ${o}:${n.callFrame.lineNumber + 1}`;
  byFunction.set(f, (byFunction.get(f) ?? 0) + micros);
}
const busy = total - idle;
const pct = (v: number) => `${((100 * v) / busy).toFixed(1).padStart(5)}%`;
process.stdout.write(
  `busy ${(busy / 1000).toFixed(0)} ms of ${(total / 1000).toFixed(0)} ms\n\nself time by package/file (share of busy time):\n`,
);
for (const [o, v] of [...byOwner]
  .filter(([o]) => o !== "(idle)")
  .sort((a, b) => b[1] - a[1])
  .slice(0, 20))
  process.stdout.write(`${pct(v)}  ${o}\n`);
process.stdout.write(`\nhottest functions:\n`);
for (const [f, v] of [...byFunction]
  .filter(([f]) => !f.startsWith("(idle)"))
  .sort((a, b) => b[1] - a[1])
  .slice(0, Number(topArg ?? 25)))
  process.stdout.write(`${pct(v)}  ${f}\n`);
