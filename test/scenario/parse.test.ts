// Multi-document YAML with positions (sigs.k8s.io/yaml reads manifests as YAML 1.1 via go-yaml v2).
import { describe, expect, it } from 'vitest';
import { docFromValue, formatFloat32g, formatPath, goYamlInt, mapKey, parseDocuments, parsePath, scanJsonValue } from '../../src/scenario/parse.ts';

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

describe('a file starting with `{` is a JSON stream first (YAMLOrJSONDecoder, 1.33+)', () => {
  const job = (n: string) => `{"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "${n}"}}`;
  const cases: [string, string, unknown[], string[]][] = [
    // encoding/json's Decoder, called until io.EOF: values back to back are documents
    ['objects one per line', `${job('a')}\n${job('b')}\n`, [{ name: 'a' }, { name: 'b' }], []],
    ['objects with nothing between them', `${job('a')}${job('b')}`, [{ name: 'a' }, { name: 'b' }], []],
    // one JSON value read, then no JSON: the rest is YAML (a flow mapping starts with `{` too)
    ['a YAML flow mapping (JSON fails at the first value)', '{apiVersion: v1, kind: Job, metadata: {name: yy}}\n', [{ name: 'yy' }], []],
    ['a trailing comma: not JSON, but a YAML flow mapping', `{"kind": "Job", "metadata": {"name": "t",}}\n`, [{ name: 't' }], []],
    ['JSON then YAML after one value', `${job('a')}\nkind: Job\nmetadata: {name: b}\n`, [{ name: 'a' }, { name: 'b' }], []],
    // two values read: an unambiguous JSON stream, whose syntax error is the answer
    ['two values, then a syntax error', `${job('a')}\n${job('b')}\n{"kind": "Job",}\n`, [{ name: 'a' }, { name: 'b' }], ["3:16: json: invalid character '}' looking for beginning of object key string"]],
    // one value read, the rest neither JSON nor YAML: the JSON error is reported
    ['one value, then neither JSON nor YAML', `${job('a')}\n{"kind": [}\n`, [{ name: 'a' }], ["2:11: json: invalid character '}' looking for beginning of value"]],
    // hasJSONPrefix looks for `{` only
    ['a file starting with `[` is YAML', '[{"a": 1}]\n', [], []],
  ];
  it.each(cases)('%s', (_n, text, names, issues) => {
    const r = parseDocuments('s.json', text);
    expect(r.issues.map((i) => `${i.line}:${i.col}: ${i.message}`)).toEqual(issues);
    expect(r.docs.filter((d) => !Array.isArray(d.value)).map((d) => ({ name: (d.value as { metadata: { name: string } }).metadata.name }))).toEqual(names);
  });

  it('positions of later values are their own lines and columns', () => {
    const { docs } = parseDocuments('s.json', `${job('a')}\n  {"kind": "Job",\n   "spec": {"parallelism": "2"}}\n`);
    expect(docs.map((d) => d.index)).toEqual([0, 1]);
    expect(docs[1]!.pos).toEqual({ file: 's.json', line: 2, col: 3 });
    expect(docs[1]!.posOf(['spec', 'parallelism'])).toEqual({ line: 3, col: 13 });
  });

  // encoding/json scanner.go wording; the offset is where the bad character is
  const scans: [string, string, { offset: number; message: string } | { start: number; end: number } | undefined][] = [
    ['blanks only: end of stream', ' \n\t', undefined],
    ['an object', ' {"a": [1, -2.5e3, true, null, "x\\u00e9\\n"]} {', { start: 1, end: 44 }],
    ['a trailing comma in an object', '{"a": 1,}', { offset: 8, message: "invalid character '}' looking for beginning of object key string" }],
    ['a trailing comma in an array', '[1,]', { offset: 3, message: "invalid character ']' looking for beginning of value" }],
    ['a missing colon', '{"a" 1}', { offset: 5, message: "invalid character '1' after object key" }],
    ['a missing comma', '{"a": 1 "b": 2}', { offset: 8, message: `invalid character '"' after object key:value pair` }],
    ['an unquoted key', '{a: 1}', { offset: 1, message: "invalid character 'a' looking for beginning of object key string" }],
    ['a single-quoted string', "{'a': 1}", { offset: 1, message: "invalid character '\\'' looking for beginning of object key string" }],
    ['a leading zero ends the number', '{"a": 01}', { offset: 7, message: "invalid character '1' after object key:value pair" }],
    ['a bad literal', '[tru]', { offset: 4, message: "invalid character ']' in literal true (expecting 'e')" }],
    ['a bad escape', '["\\x"]', { offset: 3, message: "invalid character 'x' in string escape code" }],
    ['a tab inside a string', '["a\tb"]', { offset: 3, message: "invalid character '\\t' in string literal" }],
    ['cut short', '{"a": [1', { offset: 8, message: 'unexpected EOF' }],
  ];
  it.each(scans)('scanJsonValue: %s', (_n, text, want) => expect(scanJsonValue(text, 0)).toEqual(want));
});

describe('go-yaml v2 where the YAML library differs', () => {
  // scannerc.go: after a block `-` or `?` a simple key may start, and scan_to_next_token skips a
  // tab only where none may (or in a flow collection): "found character that cannot start any token"
  const tabs: [string, string, string[]][] = [
    ['a tab right after a sequence dash', 'a:\n-\tx\n', ['2:2: yaml: line 2: found character that cannot start any token']],
    ['a tab after a space after the dash', 'a:\n- \tx\n', ['2:3: yaml: line 2: found character that cannot start any token']],
    ['a tab after a nested dash', 'a:\n- -\tx\n', ['2:4: yaml: line 2: found character that cannot start any token']],
    ['a tab after an explicit key', '?\tk\n: v\n', ['1:2: yaml: line 1: found character that cannot start any token']],
    ['a tab after an explicit value', '? k\n:\tv\n', ['2:2: yaml: line 2: found character that cannot start any token']],
    ['a tab after a simple key is fine (fetch_value forbids a simple key there)', 'a:\tb\n', []],
    ['a tab after a comma inside a flow sequence is fine', 'a: [x,\t1]\n', []],
    ['a tab in a block scalar or a quoted scalar is content', 'a: |\n  -\tx\nb: "-\ty"\n', []],
  ];
  it.each(tabs)('%s', (_n, text, want) => expect(parseDocuments('t.yaml', text).issues.map((i) => `${i.line}:${i.col}: ${i.message}`)).toEqual(want));

  // decode.go mapping() calls merge() where `<<` stands, and merge() overwrites keys already set
  const merges: [string, string, unknown][] = [
    ['a merge after an explicit key overrides it', 'a: 1\n<<: {a: 2, b: 3}\n', { a: 2, b: 3 }],
    ['an explicit key after a merge overrides it', '<<: {a: 2, b: 3}\na: 1\n', { a: 1, b: 3 }],
    ['in a sequence of maps the earlier map wins, over keys before the merge too', 'a: 0\n<<: [{a: 1}, {a: 2, b: 2}]\n', { a: 1, b: 2 }],
    ['keys the merged map brings by its own merge', 'p: &p {a: 1}\nq: &q {<<: *p}\nr:\n  a: 0\n  <<: *q\n', { p: { a: 1 }, q: { a: 1 }, r: { a: 1 } }],
    ['a key the merge does not bring stays', 'a: 1\nc: 5\n<<: {a: 2}\n', { a: 2, c: 5 }],
  ];
  it.each(merges)('%s', (_n, text, want) => {
    const r = parseDocuments('m.yaml', text);
    expect(r.issues).toEqual([]);
    expect(r.docs[0]!.value).toEqual(want);
  });

  it('a JSON document keeps `"<<"` as a plain key', () => {
    expect(parseDocuments('m.json', '{"a": 1, "<<": {"a": 2}}').docs[0]!.value).toEqual({ a: 1, '<<': { a: 2 } });
  });

  // sigs.k8s.io/yaml convertToJSONableObject: float keys by FormatFloat(k, 'g', -1, 32), int keys by their digits
  const keys: [string, string, string[]][] = [
    ['float32 shortest digits', '{3.14159265358979: a, 0.1: b, 2.50: c}', ['3.1415927', '0.1', '2.5']],
    ['exponent form from 1e+06 and below 1e-04', '{1e3: a, 123456.7: b, 1e6: c, 1.5e7: d, 0.0001: e, 0.00001: f}', ['1000', '123456.7', '1e+06', '1.5e+07', '0.0001', '1e-05']],
    ['infinities and NaN', '{.inf: a, -.Inf: b, .nan: c}', ['+Inf', '-Inf', 'NaN']],
    ['past the float32 range', '{1e39: d}', ['+Inf']],
    ['ints keep every digit', '{9007199254740993: a, 0x1F: b, 017: c, +7: d, 1_000: e}', ['9007199254740993', '31', '15', '7', '1000']],
  ];
  it.each(keys)('map keys: %s', (_n, text, want) => expect(Object.keys(parseDocuments('k.yaml', text).docs[0]!.value as object).sort()).toEqual([...want].sort()));

  const floats: [number, string][] = [
    [3.14159265358979, '3.1415927'],
    [1e7, '1e+07'],
    [-2.5e-7, '-2.5e-07'],
    [100000, '100000'],
    [16777217, '1.6777216e+07'],
    [0, '0'],
  ];
  it.each(floats)('formatFloat32g(%d) is %s', (v, want) => expect(formatFloat32g(v)).toBe(want));

  // resolve.go: strconv.ParseInt(plain, 0, 64), then ParseUint; otherwise not an int
  const ints: [string, bigint | undefined][] = [
    ['9223372036854775807', 9223372036854775807n],
    ['9223372036854775808', 9223372036854775808n],
    ['18446744073709551615', 18446744073709551615n],
    ['18446744073709551616', undefined],
    ['-9223372036854775808', -9223372036854775808n],
    ['-9223372036854775809', undefined],
    ['0x7FFF_FFFF_FFFF_FFFF', 9223372036854775807n],
    ['0o17', 15n],
    ['017', 15n],
    ['0b101', 5n],
    ['1e3', undefined],
  ];
  it.each(ints)('goYamlInt(%s)', (text, want) => expect(goYamlInt(text)).toBe(want));

  it('exactInt: the written integer where a double rounds it (go-yaml int64/uint64; JSON int64)', () => {
    const y = parseDocuments('i.yaml', 'a: 9223372036854775807\nb: 9223372036854775808\nc: 18446744073709551616\nd: 12\ne: "9223372036854775807"\n').docs[0]!;
    expect(['a', 'b', 'c', 'd', 'e'].map((k) => y.exactInt?.([k]))).toEqual([9223372036854775807n, 9223372036854775808n, undefined, undefined, undefined]);
    // apimachinery util/json convertNumber: Int64() or else Float64()
    const j = parseDocuments('i.json', '{"a": 9223372036854775807, "b": 9223372036854775808}').docs[0]!;
    expect(['a', 'b'].map((k) => j.exactInt?.([k]))).toEqual([9223372036854775807n, undefined]);
  });
});
