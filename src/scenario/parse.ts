// Multi-document YAML with source positions. Values are resolved as Kubernetes reads manifests
// (sigs.k8s.io/yaml over go-yaml v2, i.e. YAML 1.1: `yes`/`on` are booleans, `0777` is octal),
// except that timestamps and sexagesimal numbers stay strings, as go-yaml v2 leaves them when it
// decodes into untyped values. Where the YAML library and go-yaml v2 part ways (merge order, tabs
// after `-`, map keys that are numbers), go-yaml's answer is restored below; a file starting with
// `{` is a JSON stream first, as kubectl's YAMLOrJSONDecoder reads it.

import { Lexer, Scalar, isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, parseDocument, visit } from 'yaml';
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
  /**
   * The exact value of the integer written at `path` when it is beyond what a double holds exactly
   * (|v| > 2^53) and the decoder reads it as an integer (go-yaml: an int64 or uint64; JSON: an
   * int64); undefined otherwise (then the double is what the decoder has too).
   */
  exactInt?(path: readonly PathSeg[]): bigint | undefined;
}

/** Maps an offset of the text being parsed to its line and column in the file. */
interface Lines {
  linePos(offset: number): LineCol;
}

/** Line starts of a whole file, so that a part of it parsed alone still reports file positions. */
function fileLines(text: string): Lines {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    linePos(o: number): LineCol {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= o) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, col: o - starts[lo]! + 1 };
    },
  };
}

/** The positions of a part of the file that starts at `from`. */
function shifted(lines: Lines, from: number): Lines {
  return from === 0 ? lines : { linePos: (o) => lines.linePos(from + o) };
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

/**
 * The reader's tags for plain scalars beyond the YAML 1.1 schema's: a writer that knows them
 * quotes the strings (`0o17`, `1_0.5`) the reader would otherwise take for numbers.
 */
export const goPlainScalarTags: readonly unknown[] = [goOctalInt, goFloat];

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

/**
 * Parses every document of one file, as kubectl's YAMLOrJSONDecoder reads it (1.33+): a file
 * whose first non-space character is `{` is first read as a stream of JSON values (what
 * encoding/json's Decoder accepts: objects back to back, one per line or not); if a value is not
 * valid JSON while at most one was read, the rest is read as YAML instead (a YAML flow mapping
 * starts with `{` too), and once two JSON values were read, a JSON syntax error is the answer.
 * Any other file is a YAML stream. Errors become issues with their line and column.
 */
export function parseDocuments(file: string, text: string): { docs: ParsedDoc[]; issues: Issue[] } {
  const lines = fileLines(text);
  if (!hasJSONPrefix(text)) {
    const r = parseYamlStream(file, text, lines, 0);
    return { docs: r.docs, issues: r.issues.map(stripDocIndex) };
  }
  const docs: ParsedDoc[] = [];
  const issues: Issue[] = [];
  let pos = 0;
  for (let count = 0; ; count++) {
    const r = scanJsonValue(text, pos);
    if (r === undefined) return { docs, issues }; // end of the stream: every document was JSON
    if ('end' in r) {
      const part = parseYamlStream(file, text.slice(r.start, r.end), shifted(lines, r.start), count, 'json');
      docs.push(...part.docs);
      issues.push(...part.issues.map(stripDocIndex));
      pos = r.end;
      continue;
    }
    const at = lines.linePos(r.offset);
    const jsonIssue: Issue = { file, line: at.line, col: at.col, message: `json: ${r.message}` };
    // two JSON values read: an unambiguous JSON stream, which does not turn into YAML
    if (count > 1) return { docs, issues: [...issues, jsonIssue] };
    // the YAML decoder starts after the blanks that follow the last value, up to the line end
    let from = pos;
    while (from < text.length && isGoSpace(text[from]!) && text[from] !== '\n') from++;
    if (text[from] === '\n') from++;
    const rest = parseYamlStream(file, text.slice(from), shifted(lines, from), count);
    // the first YAML document failing too, the decoder answers with the JSON error
    const firstFailed = rest.issues.some((i) => i.docIndex === count);
    const restIssues = rest.issues.filter((i) => i.docIndex !== count);
    return { docs: [...docs, ...rest.docs], issues: [...issues, ...(firstFailed ? [jsonIssue] : []), ...restIssues].map(stripDocIndex) };
  }
}

type DocIssue = Issue & { docIndex?: number };

function stripDocIndex(i: DocIssue): Issue {
  const { docIndex: _, ...rest } = i;
  return rest;
}

/** unicode.IsSpace, which hasJSONPrefix trims with. */
function isGoSpace(c: string): boolean {
  return /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/.test(c);
}

/** apimachinery's hasJSONPrefix: the first non-space character is `{` (only `{`: a file starting with `[` is YAML). */
function hasJSONPrefix(text: string): boolean {
  let i = 0;
  while (i < text.length && isGoSpace(text[i]!)) i++;
  return text[i] === '{';
}

/**
 * Parses `text`, a YAML stream or one JSON value (`mode`), whose offsets `lines` maps to the file;
 * documents are numbered from `firstIndex`. Issues carry the index of their document.
 */
function parseYamlStream(file: string, text: string, lines: Lines, firstIndex: number, mode: 'yaml' | 'json' = 'yaml'): { docs: ParsedDoc[]; issues: DocIssue[] } {
  const lc = lines;
  const docs: ParsedDoc[] = [];
  const issues: DocIssue[] = [...streamIssues(file, text, lc), ...tabIssues(file, text, lc)].map((i) => ({ ...i, docIndex: firstIndex }));
  if (issues.length > 0) return { docs, issues };
  let parsed: ReturnType<typeof parseAllDocuments>;
  try {
    parsed = parseAllDocuments(text, yamlOptions as Parameters<typeof parseAllDocuments>[1]);
  } catch (e) {
    issues.push({ file, message: `yaml: ${(e as Error).message}`, docIndex: firstIndex });
    return { docs, issues };
  }
  const list = Array.isArray(parsed) ? parsed : [];
  if (!Array.isArray(parsed)) {
    // an empty stream gives an EmptyStream object, which holds no documents
    const errs = (parsed as { errors?: { message: string; pos: [number, number] }[] }).errors ?? [];
    for (const e of errs) issues.push({ ...yamlIssue(file, lc, e), docIndex: firstIndex });
  }
  list.forEach((doc, i) => {
    const index = firstIndex + i;
    const push = (issue: Issue) => issues.push({ ...issue, docIndex: index });
    if (doc.errors.length > 0) {
      for (const e of doc.errors) push(yamlIssue(file, lc, e));
      return;
    }
    const bad = collectionKeys(doc, lc);
    if (bad.length > 0) {
      for (const b of bad) push({ file, line: b.line, col: b.col, message: `yaml: invalid map key: a ${b.kind} cannot be a mapping key` });
      return;
    }
    if (mode === 'yaml') goMapKeys(doc);
    const dups = duplicateKeys(doc, lc);
    if (dups.length > 0) {
      for (const d of dups) push({ file, line: d.line, col: d.col, message: `yaml: unmarshal errors: line ${d.line}: mapping key ${JSON.stringify(d.key)} already defined at line ${d.firstLine}` });
      return;
    }
    const unknownAnchors = unresolvedAliases(doc, lc);
    if (unknownAnchors.length > 0) {
      for (const a of unknownAnchors) push({ file, line: a.line, col: a.col, message: `yaml: unknown anchor '${a.name}' referenced` });
      return;
    }
    if (mode === 'yaml') mergesInDocumentOrder(doc);
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 1000 });
    } catch (e) {
      const start = doc.contents?.range?.[0] ?? 0;
      const p = lc.linePos(start);
      push({ file, line: p.line, col: p.col, message: `yaml: ${(e as Error).message}` });
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
      exactInt: (path) => exactIntAt(doc, path, mode),
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
function streamIssues(file: string, text: string, lc: Lines): Issue[] {
  const out: Issue[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const at = () => ({ file, line: lc.linePos(offset).line, col: 1 });
    if (line.startsWith('---')) {
      const rest = line.slice(3).trim();
      if (rest !== '' && !rest.startsWith('#')) out.push({ ...at(), message: `invalid Yaml document separator: ${rest}` });
    }
    const directive = /^%YAML\s+(\S+)/.exec(line);
    if (directive && directive[1] !== '1.1') out.push({ ...at(), message: 'yaml: found incompatible YAML document' });
    offset += line.length + 1;
  }
  return out;
}

/**
 * Tabs go-yaml v2's scanner refuses where the YAML library lets them pass: right after a block
 * sequence's `-`, a block `?`, or a `:` that starts a line (the value of an explicit key). There a
 * simple key may start (yaml_parser_fetch_block_entry, _fetch_key and _fetch_value set
 * simple_key_allowed in block context), and yaml_parser_scan_to_next_token skips a tab only where
 * no simple key is allowed (or inside a flow collection): "found character that cannot start any token".
 */
function tabIssues(file: string, text: string, lc: Lines): Issue[] {
  if (!text.includes('\t')) return [];
  const out: Issue[] = [];
  let offset = 0;
  let flow = 0;
  let lineStart = true;
  let opensLine = false;
  let prev = '';
  for (const tok of new Lexer().lex(text)) {
    // the lexer's own markers (document, scalar, flow end) take no room in the source
    if (tok === '\u0002' || tok === '\u0018' || tok === '\u001f') continue;
    if (/^[ \t]+$/.test(tok)) {
      const tab = tok.indexOf('\t');
      const afterIndicator = prev === '-' || prev === '?' || (prev === ':' && opensLine);
      if (flow === 0 && tab >= 0 && afterIndicator) {
        const p = lc.linePos(offset + tab);
        out.push({ file, line: p.line, col: p.col, message: `yaml: line ${p.line}: found character that cannot start any token` });
      }
    } else if (/^\r?\n$/.test(tok)) {
      lineStart = true;
      prev = '\n';
    } else {
      if (tok === '{' || tok === '[') flow++;
      else if ((tok === '}' || tok === ']') && flow > 0) flow--;
      opensLine = lineStart;
      lineStart = false;
      prev = tok;
    }
    offset += tok.length;
  }
  return out;
}

/** A document given as a value (library input): no positions. */
export function docFromValue(file: string, index: number, value: unknown): ParsedDoc {
  return { file, index, value, posOf: () => undefined };
}

/** Keys that are mappings or sequences (`? [a, b]`): go-yaml refuses them as map keys for JSON-like values. */
function collectionKeys(doc: Document, lc: Lines): Array<{ line: number; col: number; kind: string }> {
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
function duplicateKeys(doc: Document, lc: Lines): Array<{ key: string; line: number; col: number; firstLine: number }> {
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

function yamlIssue(file: string, lc: Lines, e: { message: string; pos: [number, number] }): Issue {
  const p = lc.linePos(e.pos[0]);
  // the library appends its own "at line N, column M" to some messages; the issue carries it already
  const msg = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return { file, line: p.line, col: p.col, message: `yaml: ${msg}` };
}

function findPos(doc: Document, lc: Lines, path: readonly PathSeg[]): LineCol | undefined {
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
function unresolvedAliases(doc: Document, lc: Lines): { name: string; line: number; col: number }[] {
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

// ---------------------------------------------------------------------------------------------
// go-yaml v2 and sigs.k8s.io/yaml, where the YAML library decides otherwise

const Int64Max = (1n << 63n) - 1n;
const Uint64Max = (1n << 64n) - 1n;

/**
 * An integer's text as go-yaml v2's resolve reads it: `_` dropped, then strconv.ParseInt(s, 0, 64)
 * or, failing that, ParseUint (so 0x, 0o, 0b and a leading 0 for octal); undefined when neither
 * takes it (go-yaml then reads a float64, if anything).
 */
export function goYamlInt(text: string): bigint | undefined {
  const plain = text.replace(/_/g, '');
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(plain);
  if (!m) return undefined;
  const digits = m[2]!;
  let v: bigint;
  if (/^0[oO]/.test(digits)) v = BigInt(`0o${digits.slice(2)}`);
  else if (/^0[0-7]+$/.test(digits)) v = BigInt(`0o${digits.slice(1)}`);
  else v = BigInt(digits);
  if (m[1] === '-') v = -v;
  if (v < -Int64Max - 1n || v > Uint64Max || (m[1] === '-' && v > Int64Max)) return undefined;
  return v;
}

/** The node written at exactly `path` (no fallback to an ancestor), through aliases. */
function nodeAt(doc: Document, path: readonly PathSeg[]): YamlNode | undefined {
  let node = deref(doc, doc.contents as YamlNode | null);
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(seg));
      node = pair ? deref(doc, pair.value as YamlNode | null) : undefined;
    } else if (isSeq(node)) node = typeof seg === 'number' || /^\d+$/.test(seg) ? deref(doc, node.items[Number(seg)] as YamlNode | undefined) : undefined;
    else return undefined;
  }
  return node;
}

/**
 * The exact integer at `path` when a double cannot hold it: go-yaml v2 reads a plain integer into
 * an int64 or a uint64 (resolve), encoding/json one that fits an int64 into an int64 (apimachinery
 * util/json convertNumber); both send it on digit for digit.
 */
function exactIntAt(doc: Document, path: readonly PathSeg[], mode: 'yaml' | 'json'): bigint | undefined {
  const n = nodeAt(doc, path);
  if (!isScalar(n) || typeof n.value !== 'number' || Number.isSafeInteger(n.value) || n.type !== Scalar.PLAIN || !n.range) return undefined;
  const text = (n as { source?: string }).source ?? '';
  if (mode === 'json') {
    if (!/^-?[0-9]+$/.test(text)) return undefined;
    const v = BigInt(text);
    return v >= -Int64Max - 1n && v <= Int64Max ? v : undefined;
  }
  return goYamlInt(text);
}

/**
 * strconv.FormatFloat(v, 'g', -1, 32): the shortest digits that read back as the same float32,
 * in %e form when the exponent is below -4 or at least 6 (what 'g' does at the shortest precision).
 */
export function formatFloat32g(v: number): string {
  const f = Math.fround(v);
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  let digits = '';
  let exp = 0;
  for (let p = 1; p <= 9; p++) {
    const s = Math.abs(f).toExponential(p - 1);
    if (Math.fround(Number(s)) === Math.abs(f)) {
      const [mant, e] = s.split('e');
      digits = mant!.replace('.', '');
      exp = Number(e);
      break;
    }
  }
  digits = digits.replace(/0+$/, '') || '0';
  const sign = f < 0 ? '-' : '';
  if (exp < -4 || exp >= 6) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp);
    return `${sign}${mant}e${exp < 0 ? '-' : '+'}${e < 10 ? '0' : ''}${e}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const int = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const frac = digits.slice(exp + 1);
  return `${sign}${int}${frac ? `.${frac}` : ''}`;
}

/**
 * Map keys as sigs.k8s.io/yaml turns them into JSON object keys (convertToJSONableObject): a float
 * with FormatFloat(k, 'g', -1, 32), an int with its exact digits (strconv.Itoa / FormatInt, which
 * a double past 2^53 would round). Other keys the library already writes as Go does.
 */
function goMapKeys(doc: Document): void {
  visit(doc, {
    Pair(_, pair) {
      const k = pair.key;
      if (!isScalar(k) || typeof k.value !== 'number' || k.type !== Scalar.PLAIN) return;
      const text = (k as { source?: string }).source ?? '';
      const asInt = Number.isInteger(k.value) && !isGoFloat(text) && !/^[-+]?\.(inf|nan)$/i.test(text) ? goYamlInt(text) : undefined;
      if (asInt !== undefined) k.value = asInt.toString();
      else if (isGoFloat(text) || /^[-+]?\.(inf|nan)$/i.test(text)) k.value = formatFloat32g(k.value);
    },
  });
}

/** The keys a merge value (`<<: VALUE`) brings: of a map, with its own merges, or of a sequence of maps. */
function mergedKeys(doc: Document, value: YamlNode | undefined, seen = new Set<unknown>()): Set<string> {
  const out = new Set<string>();
  const n = deref(doc, value);
  if (!n || seen.has(n)) return out;
  seen.add(n);
  const items = isSeq(n) ? n.items.map((i) => deref(doc, i as YamlNode)) : [n];
  for (const m of items) {
    if (!isMap(m)) continue;
    for (const p of m.items) {
      if (!isPair(p)) continue;
      if (isMergePair(p)) for (const k of mergedKeys(doc, p.value as YamlNode, seen)) out.add(k);
      else {
        const k = keyText(p.key);
        if (k !== undefined) out.add(k);
      }
    }
  }
  return out;
}

function isMergePair(p: { key: unknown }): boolean {
  const k = p.key;
  return isScalar(k) && (k.type === undefined || k.type === Scalar.PLAIN) && typeof k.value === 'symbol' && k.value.description === '<<';
}

/**
 * go-yaml v2 applies a mapping's entries in the order they are written (decode.go mapping() calls
 * merge() where `<<` stands, and merge() writes into the same map), so a merge overrides the keys
 * written before it; the YAML library lets explicit keys win wherever they are. Dropping the
 * explicit entries a later merge overrides gives go-yaml's result with the library's merge.
 */
function mergesInDocumentOrder(doc: Document): void {
  visit(doc, {
    Map(_, map) {
      let last = -1;
      map.items.forEach((p, i) => {
        if (isMergePair(p)) last = i;
      });
      if (last < 0) return;
      const overridden = new Set<number>();
      map.items.forEach((p, i) => {
        if (!isMergePair(p)) return;
        const keys = mergedKeys(doc, p.value as YamlNode);
        for (let j = 0; j < i; j++) {
          const q = map.items[j]!;
          const k = isMergePair(q) ? undefined : keyText(q.key);
          if (k !== undefined && keys.has(k)) overridden.add(j);
        }
      });
      if (overridden.size > 0) map.items = map.items.filter((_p, i) => !overridden.has(i));
    },
  });
}

// ---------------------------------------------------------------------------------------------
// JSON streams

type JsonScan = { start: number; end: number } | { offset: number; message: string };

/** strconv.Quote of one character inside '…', as encoding/json's quoteChar prints it. */
function quoteChar(c: string): string {
  if (c === "'") return `'\\''`;
  if (c === '"') return `'"'`;
  const named: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v', '\\': '\\\\' };
  if (named[c]) return `'${named[c]}'`;
  const code = c.codePointAt(0)!;
  if (code < 0x20 || code === 0x7f) return `'\\x${code.toString(16).padStart(2, '0')}'`;
  return `'${c}'`;
}

const isJsonSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/**
 * The next value of a JSON stream from `pos`, as encoding/json's Decoder.Decode finds it: blanks
 * skipped, then one value checked by the rules of its scanner (scanner.go), whose wording the
 * errors keep ("invalid character '}' looking for beginning of object key string"); a value cut
 * short is "unexpected EOF". Undefined at the end of the stream. Iterative, so that deep nesting
 * cannot exhaust the stack (encoding/json's own limit is 10000 levels).
 */
export function scanJsonValue(text: string, pos: number): JsonScan | undefined {
  let i = pos;
  while (isJsonSpace(text[i])) i++;
  if (i >= text.length) return undefined;
  const start = i;
  const stack: Array<'{' | '['> = [];
  const bad = (context: string): JsonScan => (i >= text.length ? { offset: text.length, message: 'unexpected EOF' } : { offset: i, message: `invalid character ${quoteChar(String.fromCodePoint(text.codePointAt(i)!))} ${context}` });
  const skip = () => {
    while (isJsonSpace(text[i])) i++;
  };
  /** one string from its opening quote; undefined when well-formed */
  const str = (): JsonScan | undefined => {
    i++;
    for (;;) {
      if (i >= text.length) return bad('');
      const c = text[i]!;
      if (c === '"') {
        i++;
        return undefined;
      }
      if (c === '\\') {
        i++;
        const e = text[i];
        if (e === 'u') {
          i++;
          for (let k = 0; k < 4; k++, i++) if (!/[0-9a-fA-F]/.test(text[i] ?? '')) return bad('in \\u hexadecimal character escape');
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) return bad('in string escape code');
        i++;
        continue;
      }
      if (c.charCodeAt(0) < 0x20) return bad('in string literal');
      i++;
    }
  };
  const num = (): JsonScan | undefined => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (/[1-9]/.test(text[i] ?? '')) while (/[0-9]/.test(text[i] ?? '')) i++;
    else return bad('in numeric literal');
    if (text[i] === '.') {
      i++;
      if (!/[0-9]/.test(text[i] ?? '')) return bad('after decimal point in numeric literal');
      while (/[0-9]/.test(text[i] ?? '')) i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!/[0-9]/.test(text[i] ?? '')) return bad('in exponent of numeric literal');
      while (/[0-9]/.test(text[i] ?? '')) i++;
    }
    return undefined;
  };
  const literal = (word: string): JsonScan | undefined => {
    for (let k = 0; k < word.length; k++, i++) if (text[i] !== word[k]) return k === 0 ? bad('looking for beginning of value') : bad(`in literal ${word} (expecting ${quoteChar(word[k]!)})`);
    return undefined;
  };
  // a value is expected here; containers push, scalars are read whole
  for (;;) {
    skip();
    const c = text[i];
    let err: JsonScan | undefined;
    if (c === '{') {
      i++;
      skip();
      if (text[i] === '}') i++;
      else {
        stack.push('{');
        if (text[i] !== '"') return bad('looking for beginning of object key string');
        if ((err = str())) return err;
        skip();
        if (text[i] !== ':') return bad('after object key');
        i++;
        continue;
      }
    } else if (c === '[') {
      i++;
      skip();
      if (text[i] === ']') i++;
      else {
        stack.push('[');
        continue;
      }
    } else if (c === '"') err = str();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) err = num();
    else if (c === 't') err = literal('true');
    else if (c === 'f') err = literal('false');
    else if (c === 'n') err = literal('null');
    else return bad('looking for beginning of value');
    if (err) return err;
    // a value ended: close the containers it ends, or go on to the next element
    for (;;) {
      const top = stack[stack.length - 1];
      if (top === undefined) return { start, end: i };
      skip();
      if (top === '{') {
        if (text[i] === '}') {
          i++;
          stack.pop();
          continue;
        }
        if (text[i] !== ',') return bad('after object key:value pair');
        i++;
        skip();
        if (text[i] !== '"') return bad('looking for beginning of object key string');
        if ((err = str())) return err;
        skip();
        if (text[i] !== ':') return bad('after object key');
        i++;
        break;
      }
      if (text[i] === ']') {
        i++;
        stack.pop();
        continue;
      }
      if (text[i] !== ',') return bad('after array element');
      i++;
      break;
    }
  }
}
