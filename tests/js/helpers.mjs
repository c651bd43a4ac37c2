// Shared by the node --test suites: the wasm module, the native CLI, the JSON Schema,
// the span invariant and the golden-case matcher (same semantics as tests/test_util.h).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const distDir = path.join(root, 'build', 'wasm', 'dist');
export const cliPath = path.join(root, 'build', 'native', 'newsfacts');
export const goldenDir = path.join(root, 'tests', 'golden');
export const sharedDir = path.resolve(root, '..', 'shared');

export async function extractor() {
  const { createExtractor } = await import(path.join(distDir, 'newsfacts.mjs'));
  return createExtractor();
}

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(root, 'schema', 'newsfacts-1.schema.json'), 'utf8')));

export function assertSchema(result) {
  if (!validate(result)) {
    throw new Error('result does not match schema/newsfacts-1.schema.json: ' + ajv.errorsText(validate.errors));
  }
}

// The CLI's JSON for input bytes (or a string), with CLI flags.
export function runNative(input, args = []) {
  const r = spawnSync(cliPath, args, { input, maxBuffer: 1 << 30 });
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

export function cliArgs(options = {}) {
  const args = [];
  if (options.date) args.push('--date', options.date);
  if (options.offsets) args.push('--offsets', options.offsets);
  return args;
}

// Slices `text` (a JS string) in the result's offset unit.
function slicer(text, unit) {
  if (unit === 'utf16') return (a, b) => text.slice(a, b);
  if (unit === 'codepoint') {
    const cps = Array.from(text);
    return (a, b) => cps.slice(a, b).join('');
  }
  const bytes = new TextEncoder().encode(text);
  const dec = new TextDecoder();
  return (a, b) => dec.decode(bytes.subarray(a, b));
}

// Every {start, end} is an ordered range inside the input; with `text`, it slices to it.
// `text` must be the decoded input (what the offsets index). Returns the count checked.
export function assertSpans(text, result) {
  const slice = slicer(text, result.offsets);
  const limit = result.offsets === 'utf16' ? text.length
    : result.offsets === 'codepoint' ? Array.from(text).length : new TextEncoder().encode(text).length;
  let n = 0;
  const walk = (v, where) => {
    if (Array.isArray(v)) { v.forEach((x, i) => walk(x, `${where}[${i}]`)); return; }
    if (!v || typeof v !== 'object') return;
    if (typeof v.start === 'number' && typeof v.end === 'number') {
      if (!(v.start <= v.end && v.end <= limit)) throw new Error(`${where}: bad range ${v.start}-${v.end} (limit ${limit})`);
      if (typeof v.text === 'string' && slice(v.start, v.end) !== v.text) {
        throw new Error(`${where}: slice ${JSON.stringify(slice(v.start, v.end))} != text ${JSON.stringify(v.text)}`);
      }
      n++;
    }
    for (const [k, x] of Object.entries(v)) walk(x, `${where}.${k}`);
  };
  walk(result, '$');
  return n;
}

// Subset match, as in tests/test_util.h: returns null on a match, else the reason.
export function mismatch(actual, expect, where = '$') {
  if (expect && typeof expect === 'object' && !Array.isArray(expect)) {
    if ('$count' in expect) {
      return Array.isArray(actual) && actual.length === expect.$count ? null
        : `${where}: expected ${expect.$count} elements, got ${Array.isArray(actual) ? actual.length : JSON.stringify(actual)}`;
    }
    if ('$contains' in expect) {
      if (!Array.isArray(actual)) return `${where}: not an array`;
      for (const e of expect.$contains) {
        if (!actual.some((a) => mismatch(a, e, where) === null)) return `${where}: no element matches ${JSON.stringify(e)}`;
      }
      return null;
    }
    if (!actual || typeof actual !== 'object' || Array.isArray(actual)) return `${where}: not an object`;
    for (const [k, v] of Object.entries(expect)) {
      if (!(k in actual)) return `${where}.${k}: missing`;
      const m = mismatch(actual[k], v, `${where}.${k}`);
      if (m) return m;
    }
    return null;
  }
  if (Array.isArray(expect)) {
    if (!Array.isArray(actual) || actual.length !== expect.length) {
      return `${where}: expected ${JSON.stringify(expect)}, got ${JSON.stringify(actual)}`;
    }
    for (let i = 0; i < expect.length; i++) {
      const m = mismatch(actual[i], expect[i], `${where}[${i}]`);
      if (m) return m;
    }
    return null;
  }
  return actual === expect ? null : `${where}: expected ${JSON.stringify(expect)}, got ${JSON.stringify(actual)}`;
}

export function goldenCases() {
  return fs.readdirSync(goldenDir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const spec = JSON.parse(fs.readFileSync(path.join(goldenDir, f), 'utf8'));
    const input = fs.readFileSync(path.join(goldenDir, f.replace(/\.json$/, '.txt')));
    return { name: f.replace(/\.json$/, ''), spec, input };
  });
}

export { execFileSync };
