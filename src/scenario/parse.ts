// Multi-document YAML with source positions. Values are resolved as Kubernetes reads manifests
// (sigs.k8s.io/yaml over go-yaml v2, i.e. YAML 1.1: `yes`/`on` are booleans, `0777` is octal),
// except that timestamps and sexagesimal numbers stay strings, as go-yaml v2 leaves them when it
// decodes into untyped values.

import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, parseDocument, visit } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { Issue, SourcePos } from './types.ts';

export type PathSeg = string | number;

export interface LineCol {
  line: number;
  col: number;
}

export interface ParsedDoc {
  file: string;
  /** 0-based index of the document in its file, counting empty documents too */
  index: number;
  /** the document as plain JSON-like data */
  value: unknown;
  /** where the document's content starts; undefined for documents given as objects */
  pos?: SourcePos;
  /**
   * Where the field at `path` is written: the key of a mapping entry, the item of a sequence.
   * Falls back to the nearest ancestor that exists; undefined when there are no positions.
   */
  posOf(path: readonly PathSeg[]): LineCol | undefined;
}

const yamlOptions = {
  version: '1.1' as const,
  prettyErrors: false,
  // duplicate keys are found below, to report them as go-yaml does (at the second key, naming both lines)
  uniqueKeys: false,
  // go-yaml v2 keeps timestamp-like and base-60 scalars as strings when the target is untyped;
  // !!set, !!omap and !!pairs would give non-JSON values (Set, Map): left out, so that they read as
  // the mappings they are written as; !!binary is go-yaml's (base64 decoded to a string, below)
  // Floats and ints as go-yaml v2's resolve reads them (see goFloat, goOctalInt below)
  customTags: (tags: unknown[]) => [
    // explicit tags first: the library returns the first tag of that name without a test
    explicitTag('int'),
    explicitTag('float'),
    explicitTag('bool'),
    goBinary,
    ...tags.filter((t) => {
      const tag = t as { tag?: string; format?: string; test?: RegExp };
      const dropped = ['timestamp', 'binary', 'set', 'omap', 'pairs'].map((n) => `tag:yaml.org,2002:${n}`);
      // the library's own decimal floats (not .inf/.nan) accept `e3`, `.` and `-.`, which go-yaml keeps as strings
      const libraryDecimalFloat = tag.tag === 'tag:yaml.org,2002:float' && !tag.test?.source.includes('inf');
      return !dropped.includes(tag.tag ?? '') && tag.format !== 'TIME' && !libraryDecimalFloat;
    }),
    goOctalInt,
    goFloat,
  ],
};

/** The options above without the explicit tags, to resolve a tagged scalar's text as if it were plain. */
const yamlImplicitOptions = { ...yamlOptions, customTags: (tags: unknown[]) => yamlOptions.customTags(tags).filter((t) => (t as { default?: boolean }).default !== false) };

/**
 * go-yaml v2's resolve for a plain scalar that may be a float: its first character must be a
 * digit or a sign (then underscores are dropped before the check) or a dot (then they are not),
 * and what is left must match yamlStyleFloat. So `1e3`, `1.`, `.5`, `-.5` and `1_0.5` are floats,
 * and `e3`, `.`, `-.` and `12e` are strings.
 */
const yamlStyleFloat = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

function isGoFloat(str: string): boolean {
  const c = str.charCodeAt(0);
  const digitOrSign = (c >= 48 && c <= 57) || c === 43 || c === 45;
  if (!digitOrSign && c !== 46) return false;
  const plain = digitOrSign ? str.replace(/_/g, '') : str;
  // plain integers are the int tags' (they come first); a float has a dot or an exponent
  return yamlStyleFloat.test(plain) && /[.eE]/.test(plain);
}

const goFloat = {
  identify: (v: unknown) => typeof v === 'number',
  default: true,
  tag: 'tag:yaml.org,2002:float',
  // the library calls test.test(str): an object with that method stands for a RegExp
  test: { test: isGoFloat, source: 'go-yaml float' } as unknown as RegExp,
  resolve: (str: string) => parseFloat(str.charCodeAt(0) === 46 ? str : str.replace(/_/g, '')),
};

/** strconv.ParseInt with base 0 (go-yaml v2's int resolution) also reads Go's `0o17` octal form. */
const goOctalInt = {
  identify: (v: unknown) => typeof v === 'number' && Number.isInteger(v),
  default: true,
  tag: 'tag:yaml.org,2002:int',
  format: 'OCT',
  test: /^[-+]?0o[0-7_]+$/,
  resolve: (str: string) => {
    const neg = str[0] === '-';
    const digits = str.replace(/^[-+]?0o/, '').replace(/_/g, '');
    const n = parseInt(digits, 8);
    return neg ? -n : n;
  },
};

type OnError = (message: string) => void;

/** What go-yaml v2's resolve makes of a scalar's text without a tag: its short tag and value. */
function implicitScalar(str: string): { tag: string; value: unknown } {
  let value: unknown = str;
  const doc = parseDocument(str, yamlImplicitOptions as Parameters<typeof parseDocument>[1]);
  if (doc.errors.length === 0 && isScalar(doc.contents)) value = doc.contents.toJSON();
  if (value === null) return { tag: 'null', value };
  if (typeof value === 'boolean') return { tag: 'bool', value };
  if (typeof value === 'number') return { tag: Number.isInteger(value) && !isGoFloat(str) && !/^[-+]?\.(inf|nan)$/i.test(str) ? 'int' : 'float', value };
  return { tag: 'str', value: str };
}

/**
 * A scalar with an explicit !!int, !!float or !!bool tag, as go-yaml v2's resolve() takes it: the
 * text (quoted or not) is resolved as if untagged and must be of that kind, except that an int
 * serves as a float (`!!float 2` is 2, `!!int "3"` is 3); otherwise "cannot decode !!str `x` as a !!int".
 */
function explicitTag(kind: 'int' | 'float' | 'bool') {
  return {
    tag: `tag:yaml.org,2002:${kind}`,
    default: false,
    resolve: (str: string, onError: OnError) => {
      const r = implicitScalar(str);
      if (r.tag === kind || (kind === 'float' && r.tag === 'int')) return r.value;
      onError(`cannot decode !!${r.tag} \`${str}\` as a !!${kind}`);
      return str;
    },
  };
}

/** go-yaml v2 decodes a !!binary scalar's base64 (line breaks ignored, as Go's decoder does) into a string. */
const goBinary = {
  tag: 'tag:yaml.org,2002:binary',
  default: false,
  resolve: (str: string, onError: OnError) => {
    const b64 = str.replace(/[\r\n]/g, '');
    if (b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*(={0,2})$/.test(b64) || /=[^=]/.test(b64)) {
      onError('!!binary value contains invalid base64 data');
      return str;
    }
    return Buffer.from(b64, 'base64').toString('utf8');
  },
};

/** Parses every document of one file; YAML errors become issues with their line and column. */
export function parseDocuments(file: string, text: string): { docs: ParsedDoc[]; issues: Issue[] } {
  const lc = new LineCounter();
  const docs: ParsedDoc[] = [];
  const issues: Issue[] = streamIssues(file, text);
  if (issues.length > 0) return { docs, issues };
  let parsed: ReturnType<typeof parseAllDocuments>;
  try {
    parsed = parseAllDocuments(text, { ...yamlOptions, lineCounter: lc } as Parameters<typeof parseAllDocuments>[1]);
  } catch (e) {
    issues.push({ file, message: `yaml: ${(e as Error).message}` });
    return { docs, issues };
  }
  const list = Array.isArray(parsed) ? parsed : [];
  if (!Array.isArray(parsed)) {
    // an empty stream gives an EmptyStream object, which holds no documents
    const errs = (parsed as { errors?: { message: string; pos: [number, number] }[] }).errors ?? [];
    for (const e of errs) issues.push(yamlIssue(file, lc, e));
  }
  list.forEach((doc, index) => {
    if (doc.errors.length > 0) {
      for (const e of doc.errors) issues.push(yamlIssue(file, lc, e));
      return;
    }
    const bad = collectionKeys(doc, lc);
    if (bad.length > 0) {
      for (const b of bad) issues.push({ file, line: b.line, col: b.col, message: `yaml: invalid map key: a ${b.kind} cannot be a mapping key` });
      return;
    }
    const dups = duplicateKeys(doc, lc);
    if (dups.length > 0) {
      for (const d of dups) issues.push({ file, line: d.line, col: d.col, message: `yaml: unmarshal errors: line ${d.line}: mapping key ${JSON.stringify(d.key)} already defined at line ${d.firstLine}` });
      return;
    }
    const unknownAnchors = unresolvedAliases(doc, lc);
    if (unknownAnchors.length > 0) {
      for (const a of unknownAnchors) issues.push({ file, line: a.line, col: a.col, message: `yaml: unknown anchor '${a.name}' referenced` });
      return;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 1000 });
    } catch (e) {
      const start = doc.contents?.range?.[0] ?? 0;
      const p = lc.linePos(start);
      issues.push({ file, line: p.line, col: p.col, message: `yaml: ${(e as Error).message}` });
      return;
    }
    if (value === null || value === undefined) return; // empty document (or only comments)
    const start = doc.contents?.range?.[0];
    const p = start !== undefined ? lc.linePos(start) : undefined;
    docs.push({
      file,
      index,
      value,
      pos: p ? { file, line: p.line, col: p.col } : undefined,
      posOf: (path) => findPos(doc, lc, path),
    });
  });
  return { docs, issues };
}

/**
 * What kubectl refuses before any document is decoded: its YAMLReader splits the stream at lines
 * that start with `---` and allows only spaces or a comment after them ("invalid Yaml document
 * separator"), and go-yaml v2 knows YAML 1.1 only ("found incompatible YAML document" for any other
 * %YAML version).
 */
function streamIssues(file: string, text: string): Issue[] {
  const out: Issue[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.startsWith('---')) {
      const rest = line.slice(3).trim();
      if (rest !== '' && !rest.startsWith('#')) out.push({ file, line: i + 1, col: 1, message: `invalid Yaml document separator: ${rest}` });
    }
    const directive = /^%YAML\s+(\S+)/.exec(line);
    if (directive && directive[1] !== '1.1') out.push({ file, line: i + 1, col: 1, message: 'yaml: found incompatible YAML document' });
  });
  return out;
}

/** A document given as a value (library input): no positions. */
export function docFromValue(file: string, index: number, value: unknown): ParsedDoc {
  return { file, index, value, posOf: () => undefined };
}

/** Keys that are mappings or sequences (`? [a, b]`): go-yaml refuses them as map keys for JSON-like values. */
function collectionKeys(doc: Document, lc: LineCounter): Array<{ line: number; col: number; kind: string }> {
  const out: Array<{ line: number; col: number; kind: string }> = [];
  const seen = new Set<unknown>();
  const walk = (node: unknown): void => {
    if (!node || seen.has(node)) return;
    seen.add(node);
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const k = pair.key as YamlNode | null;
        if ((isMap(k) || isSeq(k)) && k.range) {
          const p = lc.linePos(k.range[0]);
          out.push({ line: p.line, col: p.col, kind: isMap(k) ? 'mapping' : 'sequence' });
        }
        walk(pair.value);
      }
    } else if (isSeq(node)) for (const item of node.items) walk(item);
  };
  walk(doc.contents);
  return out;
}

/** Every key written twice in one mapping, at its second occurrence. */
function duplicateKeys(doc: Document, lc: LineCounter): Array<{ key: string; line: number; col: number; firstLine: number }> {
  const out: Array<{ key: string; line: number; col: number; firstLine: number }> = [];
  const seen = new Set<unknown>();
  const walk = (node: unknown): void => {
    if (!node || seen.has(node)) return;
    seen.add(node);
    if (isMap(node)) {
      const first = new Map<string, number>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const k = pair.key as YamlNode | null;
        if (isScalar(k) && k.range) {
          const name = String(k.value);
          const line = lc.linePos(k.range[0]).line;
          const at = first.get(name);
          if (at === undefined) first.set(name, line);
          else out.push({ key: name, line, col: lc.linePos(k.range[0]).col, firstLine: at });
        }
        walk(pair.value);
      }
    } else if (isSeq(node)) for (const item of node.items) walk(item);
  };
  walk(doc.contents);
  return out;
}

function yamlIssue(file: string, lc: LineCounter, e: { message: string; pos: [number, number] }): Issue {
  const p = lc.linePos(e.pos[0]);
  // the library appends its own "at line N, column M" to some messages; the issue carries it already
  const msg = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return { file, line: p.line, col: p.col, message: `yaml: ${msg}` };
}

function findPos(doc: Document, lc: LineCounter, path: readonly PathSeg[]): LineCol | undefined {
  let node = deref(doc, doc.contents as YamlNode | null);
  let at = node?.range?.[0];
  for (const seg of path) {
    if (!node) break;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(seg));
      if (!pair) break;
      const k = pair.key as YamlNode | null;
      at = k?.range?.[0] ?? at;
      node = deref(doc, pair.value as YamlNode | null);
    } else if (isSeq(node)) {
      if (typeof seg !== 'number' && !/^\d+$/.test(seg)) break;
      const item = node.items[Number(seg)] as YamlNode | undefined;
      if (!item) break;
      const n = deref(doc, item);
      at = n?.range?.[0] ?? at;
      node = n;
    } else break;
  }
  if (at === undefined) return undefined;
  const p = lc.linePos(at);
  return { line: p.line, col: p.col };
}

function deref(doc: Document, n: YamlNode | null | undefined): YamlNode | undefined {
  if (!n) return undefined;
  if (isAlias(n)) return (n.resolve(doc) as YamlNode | undefined) ?? undefined;
  return n;
}

function keyText(k: unknown): string | undefined {
  if (isScalar(k)) return String(k.value);
  return undefined;
}

/**
 * Splits a field path as the API prints it (`spec.template.spec.containers[0].name`,
 * `metadata.labels[app.kubernetes.io/name]`) into segments.
 */
export function parsePath(path: string): PathSeg[] {
  const out: PathSeg[] = [];
  let i = 0;
  let cur = '';
  while (i < path.length) {
    const c = path[i]!;
    if (c === '.') {
      if (cur) out.push(cur);
      cur = '';
      i++;
    } else if (c === '[') {
      if (cur) out.push(cur);
      cur = '';
      const end = path.indexOf(']', i);
      const inner = end < 0 ? path.slice(i + 1) : path.slice(i + 1, end);
      out.push(/^\d+$/.test(inner) ? Number(inner) : inner);
      i = end < 0 ? path.length : end + 1;
    } else {
      cur += c;
      i++;
    }
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * The inverse of parsePath: `['spec', 'containers', 0, 'name']` → `spec.containers[0].name`.
 * Keys that would not survive the round trip (`app.kubernetes.io/name`) are bracketed; a segment
 * made with mapKey() prints as a map key (`perIndex[3]`), as field.Path.Key does.
 */
export function formatPath(path: readonly PathSeg[]): string {
  let s = '';
  for (const seg of path) {
    if (typeof seg === 'number') s += `[${seg}]`;
    else if (seg.startsWith(MapKeyMark)) s += `[${seg.slice(MapKeyMark.length)}]`;
    else if (/[.[\]/]/.test(seg)) s += `[${seg}]`;
    else s += s ? `.${seg}` : seg;
  }
  return s;
}

const MapKeyMark = '\u0000key:';

/** A path segment naming a key of a map (printed `[key]`). */
export function mapKey(k: string): string {
  return MapKeyMark + k;
}

/** Aliases whose anchor is not set before them (go-yaml: "unknown anchor 'x' referenced"), at the alias. */
function unresolvedAliases(doc: Document, lc: LineCounter): { name: string; line: number; col: number }[] {
  const out: { name: string; line: number; col: number }[] = [];
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) !== undefined) return;
      const p = lc.linePos(node.range?.[0] ?? 0);
      out.push({ name: node.source, line: p.line, col: p.col });
    },
  });
  return out;
}
