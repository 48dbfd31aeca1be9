import fs from 'node:fs';
import path from 'node:path';

/**
 * Summarises V8 `.cpuprofile` files (from `node --cpu-prof`): self time per function,
 * summed over `timeDeltas` of the samples that landed in it.
 *
 *   tsx scripts/bench/profile.ts <file.cpuprofile | directory> [top]
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  where: string;
  ms: number;
  share: number;
}

function shortUrl(url: string): string {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length);
    return rest.replace(/^\.pnpm\/[^/]+\/node_modules\//, '');
  }
  return url.replace(/^file:\/\//, '').replace(/^.*\/work\/main\//, '');
}

export function selfTimes(profile: CpuProfile): {
  total: number;
  busy: number;
  functions: SelfTime[];
  packages: Array<{ name: string; ms: number; share: number }>;
} {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const perNode = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    perNode.set(profile.samples[i], (perNode.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const perFunction = new Map<string, SelfTime>();
  const perPackage = new Map<string, number>();
  let total = 0;
  for (const [id, micros] of perNode) {
    const node = byId.get(id);
    if (!node) continue;
    total += micros;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? `${shortUrl(url)}:${lineNumber + 1}` : '';
    const name = functionName || (url ? '(anonymous)' : '(native)');
    const key = `${name} ${where}`;
    const entry = perFunction.get(key) ?? { name, where, ms: 0, share: 0 };
    entry.ms += micros / 1000;
    perFunction.set(key, entry);
    const pkg = packageOf(url, functionName);
    perPackage.set(pkg, (perPackage.get(pkg) ?? 0) + micros / 1000);
  }
  const totalMs = total / 1000;
  // Shares of the time the process was busy: idle time depends on how long it waited.
  const idle = perPackage.get('(idle)') ?? 0;
  const busy = Math.max(totalMs - idle, 1e-9);
  const functions = [...perFunction.values()]
    .filter((f) => f.name !== '(idle)')
    .map((f) => ({ ...f, share: f.ms / busy }))
    .sort((a, b) => b.ms - a.ms);
  const packages = [...perPackage.entries()]
    .filter(([name]) => name !== '(idle)')
    .map(([name, ms]) => ({ name, ms, share: ms / busy }))
    .sort((a, b) => b.ms - a.ms);
  return { total: totalMs, busy, functions, packages };
}

function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native/V8)';
  if (url.startsWith('node:')) return 'node core';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const project = /\/work\/main\/([^/]+(?:\/[^/]+)?)/.exec(url);
  return project ? `project: ${project[1]}` : url;
}

/** The largest profile in a directory is the serving process (the other is tsx's launcher). */
function profilesIn(target: string): string[] {
  if (!fs.existsSync(target)) return [];
  if (fs.statSync(target).isFile()) return [target];
  const files: string[] = [];
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) files.push(...profilesIn(full));
    else if (entry.name.endsWith('.cpuprofile')) files.push(full);
  }
  return files;
}

export function summariseProfile(file: string, top = 20): string {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const { total, busy, functions, packages } = selfTimes(profile);
  const wall = (profile.endTime - profile.startTime) / 1e6;
  const lines = [
    `${file}: ${(busy / 1000).toFixed(1)} s busy of ${(total / 1000).toFixed(1)} s sampled (${wall.toFixed(1)} s wall; start-up included); shares are of busy time`,
  ];
  lines.push('  self time by package:');
  for (const p of packages.slice(0, 12))
    lines.push(`    ${(p.share * 100).toFixed(1).padStart(5)}%  ${p.ms.toFixed(0).padStart(7)} ms  ${p.name}`);
  lines.push(`  top ${top} functions by self time:`);
  for (const f of functions.slice(0, top))
    lines.push(
      `    ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.ms.toFixed(0).padStart(7)} ms  ${f.name}  ${f.where}`,
    );
  return lines.join('\n');
}

/** One summary per contender directory: the largest profile in each (the serving process). */
export function summariseProfiles(target: string, top = 20): string {
  const files = profilesIn(target);
  const byDir = new Map<string, string>();
  for (const file of files) {
    const dir = path.dirname(file);
    const best = byDir.get(dir);
    if (!best || fs.statSync(file).size > fs.statSync(best).size) byDir.set(dir, file);
  }
  if (!byDir.size) return `no .cpuprofile under ${target}`;
  return [...byDir.values()].map((file) => summariseProfile(file, top)).join('\n\n');
}

if (require.main === module) {
  const [target, top] = process.argv.slice(2);
  if (!target) {
    console.error('usage: tsx scripts/bench/profile.ts <file.cpuprofile | directory> [top]');
    process.exit(2);
  }
  console.log(summariseProfiles(path.resolve(target), top ? Number(top) : 20));
}
