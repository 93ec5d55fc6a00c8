// Multi-document YAML with positions (sigs.k8s.io/yaml reads manifests as YAML 1.1 via go-yaml v2).
import { describe, expect, it } from 'vitest';
import { docFromValue, formatPath, mapKey, parseDocuments, parsePath } from '../../src/scenario/parse.ts';

const manifest = `apiVersion: batch/v1
kind: Job
metadata:
  name: typo
spec:
  parallelizm: 3
  template:
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`;

describe('parseDocuments', () => {
  it('keeps the value and finds the line:col of a field (the key)', () => {
    const { docs, issues } = parseDocuments('typo.yaml', manifest);
    expect(issues).toEqual([]);
    expect(docs).toHaveLength(1);
    const d = docs[0]!;
    expect((d.value as { kind: string }).kind).toBe('Job');
    expect(d.pos).toEqual({ file: 'typo.yaml', line: 1, col: 1 });
    expect(d.posOf(['spec', 'parallelizm'])).toEqual({ line: 6, col: 3 });
    expect(d.posOf(['spec', 'template', 'spec', 'containers', 0])).toEqual({ line: 10, col: 9 });
    expect(d.posOf(['spec', 'template', 'spec', 'containers', 0, 'image'])).toEqual({ line: 11, col: 9 });
    expect(d.posOf(['spec', 'template', 'spec', 'restartPolicy'])).toEqual({ line: 12, col: 7 });
  });

  it('falls back to the nearest existing ancestor', () => {
    const d = parseDocuments('f.yaml', manifest).docs[0]!;
    expect(d.posOf(['spec', 'template', 'spec', 'containers', 0, 'resources', 'limits'])).toEqual({ line: 10, col: 9 });
    expect(d.posOf(['spec', 'template', 'spec', 'containers', 5])).toEqual({ line: 9, col: 7 });
    expect(d.posOf(['nothing', 'here'])).toEqual({ line: 1, col: 1 });
  });

  it('splits documents, skips empty ones and counts lines across them', () => {
    const text = `---\n# only a comment\n---\na: 1\n---\n---\nb:\n  c: 2\n`;
    const { docs, issues } = parseDocuments('m.yaml', text);
    expect(issues).toEqual([]);
    expect(docs.map((d) => d.value)).toEqual([{ a: 1 }, { b: { c: 2 } }]);
    expect(docs[1]!.posOf(['b', 'c'])).toEqual({ line: 8, col: 3 });
  });

  it('an empty file has no documents and no issues', () => {
    expect(parseDocuments('e.yaml', '')).toEqual({ docs: [], issues: [] });
  });

  it('resolves scalars as YAML 1.1 (go-yaml v2), but keeps timestamps as strings', () => {
    const { docs } = parseDocuments('s.yaml', 'a: yes\nb: off\nc: 0777\nd: 2026-01-01T00:00:00Z\ne: 1:30\nf: ~\ng: 1e3\ny: 1\n');
    // `y` is the boolean true in YAML 1.1, even as a key: Kubernetes reads it the same way
    expect(docs[0]!.value).toEqual({ a: true, b: false, c: 511, d: '2026-01-01T00:00:00Z', e: '1:30', f: null, g: 1000, true: 1 });
  });

  // go-yaml v2 resolve: a float must start with a digit, a sign or a dot, and match
  // yamlStyleFloat once underscores are dropped (not after a leading dot); ParseInt base 0 reads 0o
  const scalars: Array<[string, string, unknown]> = [
    ['an exponent without a mantissa is a string', 'e3', 'e3'],
    ['so is an upper-case one', 'E5', 'E5'],
    ['a dot alone is a string', '.', '.'],
    ['a sign and a dot are a string', '-.', '-.'],
    ['an exponent without digits is a string', '12e', '12e'],
    ['a dot then an exponent only is a string', '.e3', '.e3'],
    ['1e3 is a float', '1e3', 1000],
    ['a trailing dot is a float', '1.', 1],
    ['a leading dot is a float', '.5', 0.5],
    ['a sign then a leading dot is a float', '-.5', -0.5],
    ['underscores after a digit are dropped', '1_0.5', 10.5],
    ['underscores after a leading dot keep it a string', '.5_0', '.5_0'],
    ['1.e3 is a float', '1.e3', 1000],
    ['.inf stays infinite', '.inf', Infinity],
    ['Go octal 0o17 is 15', '0o17', 15],
    ['C octal 0777 is 511', '0777', 511],
    ['hex 0x1F is 31', '0x1F', 31],
  ];
  for (const [name, text, want] of scalars) {
    it(`scalar ${text}: ${name}`, () => {
      expect(parseDocuments('s.yaml', `v: ${text}\n`).docs[0]!.value).toEqual({ v: want });
    });
  }

  // go-yaml v2 resolve(): an explicit !!int/!!float/!!bool tag resolves the text as if untagged and
  // must agree with it (an int serves as a float); decode.go base64-decodes a !!binary scalar
  const tagged: Array<[string, string, unknown]> = [
    ['!!float on an int is that number', '!!float 2', 2],
    ['!!float on hex is that number', '!!float 0x10', 16],
    ['!!int on a quoted int is the int', '!!int "3"', 3],
    ['!!bool on yes is true', '!!bool yes', true],
    ['!!str keeps a number as text', '!!str 5', '5'],
    ['!!binary is decoded', '!!binary aGVsbG8=', 'hello'],
    ['!!binary ignores line breaks', '!!binary |\n  aGVs\n  bG8=', 'hello'],
  ];
  for (const [name, text, want] of tagged) {
    it(`tagged ${JSON.stringify(text)}: ${name}`, () => {
      const { docs, issues } = parseDocuments('s.yaml', `v: ${text}\n`);
      expect(issues).toEqual([]);
      expect(docs[0]!.value).toEqual({ v: want });
    });
  }

  const badTags: Array<[string, string, string]> = [
    ['!!int on a float', '!!int 1.5', 'yaml: cannot decode !!float `1.5` as a !!int'],
    ['!!float on text', '!!float abc', 'yaml: cannot decode !!str `abc` as a !!float'],
    ['!!int on a boolean', '!!int yes', 'yaml: cannot decode !!bool `yes` as a !!int'],
    ['!!bool on null', '!!bool ~', 'yaml: cannot decode !!null `~` as a !!bool'],
    ['!!binary that is not base64', '!!binary "@@"', 'yaml: !!binary value contains invalid base64 data'],
    ['!!binary with padding inside', '!!binary "aG=sbG8="', 'yaml: !!binary value contains invalid base64 data'],
  ];
  for (const [name, text, message] of badTags) {
    it(`tagged ${JSON.stringify(text)} is refused: ${name}`, () => {
      const { docs, issues } = parseDocuments('s.yaml', `v: ${text}\n`);
      expect(docs).toEqual([]);
      expect(issues).toEqual([{ file: 's.yaml', line: 1, col: 4, message }]);
    });
  }

  it('follows aliases for positions', () => {
    const { docs } = parseDocuments('a.yaml', 'p: &t\n  k: 1\nq: *t\n');
    expect(docs[0]!.value).toEqual({ p: { k: 1 }, q: { k: 1 } });
    expect(docs[0]!.posOf(['q', 'k'])).toEqual({ line: 2, col: 3 });
  });
});

describe('YAML errors become issues with line and column', () => {
  const cases: [string, string, number, RegExp][] = [
    ['unclosed flow sequence (reported where the input ends)', 'a: 1\nb: [1, 2\n', 3, /^yaml: /],
    ['duplicate key (go-yaml rejects it too)', 'a: 1\na: 2\n', 2, /^yaml: unmarshal errors: line 2: mapping key "a" already defined at line 1$/],
    // the key before it has no value: still reported at the duplicate, not at the end of that line
    ['duplicate key after an empty value', 'metadata:\nname: pi\nspec:\ntemplate:\nspec:\n', 5, /mapping key "spec" already defined at line 3$/],
    ['duplicate key in a nested mapping', 'a:\n  b: 1\n  c: 2\n  b: 3\n', 4, /mapping key "b" already defined at line 2$/],
    ['tab indentation', 'a:\n\tb: 1\n', 2, /^yaml: /],
    ['bad indentation of a mapping', 'a:\n  b: 1\n c: 2\n', 3, /^yaml: /],
    // go-yaml: "unknown anchor 'img' referenced", at the alias, not at the top of the document
    ['an alias to an anchor never set', 'a: 1\nb:\n  c: *img\n', 3, /^yaml: unknown anchor 'img' referenced$/],
    ['an alias before its anchor', 'a: *x\nb: &x 1\n', 1, /^yaml: unknown anchor 'x' referenced$/],
  ];
  it.each(cases)('%s', (_n, text, line, msg) => {
    const { docs, issues } = parseDocuments('bad.yaml', text);
    expect(docs).toEqual([]);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]!.file).toBe('bad.yaml');
    expect(issues[0]!.line).toBe(line);
    expect(issues[0]!.col).toBeGreaterThan(0);
    expect(issues[0]!.message).toMatch(msg);
  });

  it('an unknown anchor is reported at the alias (line and column)', () => {
    const { issues } = parseDocuments('bad.yaml', 'a: 1\nb:\n  c: *img\n');
    expect(issues).toEqual([{ file: 'bad.yaml', line: 3, col: 6, message: "yaml: unknown anchor 'img' referenced" }]);
  });

  it('a bad document does not hide the good ones', () => {
    const { docs, issues } = parseDocuments('mix.yaml', 'a: 1\n---\nb: [\n---\nc: 3\n');
    expect(docs.map((d) => d.value)).toEqual([{ a: 1 }, { c: 3 }]);
    expect(issues.length).toBeGreaterThan(0);
  });
});

describe('paths', () => {
  const cases: [string, (string | number)[]][] = [
    ['spec.parallelism', ['spec', 'parallelism']],
    ['spec.template.spec.containers[0].name', ['spec', 'template', 'spec', 'containers', 0, 'name']],
    ['metadata.labels[app.kubernetes.io/name]', ['metadata', 'labels', 'app.kubernetes.io/name']],
    ['spec.containers[1].resources.limits[cpu]', ['spec', 'containers', 1, 'resources', 'limits', 'cpu']],
    ['', []],
  ];
  it.each(cases)('%j', (s, segs) => {
    expect(parsePath(s)).toEqual(segs);
    // a plain key prints as a field unless marked as a map key
    if (!s.endsWith('[cpu]')) expect(formatPath(segs)).toBe(s);
  });

  it('mapKey marks a segment as a map key', () => {
    expect(formatPath(['spec', 'resources', 'limits', mapKey('cpu')])).toBe('spec.resources.limits[cpu]');
    expect(formatPath(['perIndex', mapKey('3'), 'exitCodes', 0])).toBe('perIndex[3].exitCodes[0]');
  });

  it('a document given as a value has no positions', () => {
    const d = docFromValue('<input>', 0, { a: 1 });
    expect(d.posOf(['a'])).toBeUndefined();
    expect(d.pos).toBeUndefined();
  });
});
