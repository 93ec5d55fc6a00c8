// API-server validation of the objects a scenario declares, ported from
// pkg/apis/batch/validation, pkg/apis/core/validation (the parts a pod template of a Job uses),
// pkg/apis/scheduling/validation and apimachinery's name/label validators. Each function is pure
// and returns path-qualified errors worded as field.ErrorList prints them:
// `spec.parallelism: Invalid value: -1: must be greater than or equal to 0`.
//
// Objects are validated after defaulting, as the API server does (decode applies defaults).
// Deliberate differences are noted where they occur.

import seedrandom from 'seedrandom';
import { generateSelector } from '../api/defaults.ts';
import { selectorMatches } from '../api/meta.ts';
import { canonicalQuantity, compareQuantities, cpuMilli, isIntegerQuantity, memoryBytes, quantityError } from '../api/quantity.ts';
import { aggregateContainerRequest } from '../cluster/resources.ts';
import { isSupportedPodLevelResource, SupportedPodLevelResources } from '../api/podresources.ts';
import type { Container, CronJob, Job, JobSpec, LabelSelector, PodTemplateSpec, PriorityClass } from '../api/types.ts';
import { loadLocation, parseSchedule } from '../controllers/cronjob/schedule.ts';

/** One validation error: `path: message`, as field.Error.Error() prints it. */
export interface FieldError {
  path: string;
  message: string;
}

export function errorString(e: FieldError): string {
  return `${e.path}: ${e.message}`;
}

/** field.ErrorList.ToAggregate drops repeated errors (the same text reached by two rules). */
export function dedupe(errs: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errs.filter((e) => {
    const k = errorString(e);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number';
const objs = (v: unknown): [Obj, number][] => (Array.isArray(v) ? v.map((x, i) => [x, i] as [unknown, number]).filter((p): p is [Obj, number] => isObj(p[0])) : []);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const strMap = (v: unknown): Record<string, string> => (isObj(v) ? (v as Record<string, string>) : {});
/** a string's length as Go's len counts it: UTF-8 bytes */
const utf8Length = (s: string) => new TextEncoder().encode(s).length;

// ---------------------------------------------------------------------------------------------
// field.Error constructors (apimachinery/pkg/util/validation/field/errors.go)

/**
 * A bad value already written as Go's %#v prints it (ErrorBody prints what is not a scalar or a
 * string that way: maps, slices and the internal API structs, with their Go type names).
 */
export class GoRendered {
  constructor(readonly text: string) {}
}

const goStr = (x: unknown) => JSON.stringify(isStr(x) ? x : '');
/** a pointer field in %#v: nil, or an address (upstream's differs from run to run) */
const goPtr = (type: string, x: unknown) => (x === undefined || x === null ? `(*${type})(nil)` : `(*${type})(0xc000012345)`);

/** map[string]string in %#v: keys sorted, as fmt prints maps */
export function goStringMap(m: Record<string, unknown> | undefined): string {
  if (!m) return 'map[string]string(nil)';
  return `map[string]string{${Object.keys(m).sort().map((k) => `${JSON.stringify(k)}:${goStr(m[k])}`).join(', ')}}`;
}

export function goInt32Slice(xs: number[]): string {
  return `[]int32{${xs.join(', ')}}`;
}

/** a metav1.LabelSelector in %#v */
export function goLabelSelector(sel: unknown): string {
  const s = isObj(sel) ? sel : {};
  const ml = isObj(s.matchLabels) ? goStringMap(s.matchLabels) : 'map[string]string(nil)';
  const exprs = Array.isArray(s.matchExpressions)
    ? `[]v1.LabelSelectorRequirement{${s.matchExpressions
        .map((r) => {
          const o = isObj(r) ? r : {};
          const values = Array.isArray(o.values) ? `[]string{${o.values.map(goStr).join(', ')}}` : '[]string(nil)';
          return `v1.LabelSelectorRequirement{Key:${goStr(o.key)}, Operator:${goStr(o.operator)}, Values:${values}}`;
        })
        .join(', ')}}`
    : '[]v1.LabelSelectorRequirement(nil)';
  return `v1.LabelSelector{MatchLabels:${ml}, MatchExpressions:${exprs}}`;
}

/** a batch.SuccessPolicy in %#v */
export function goSuccessPolicy(sp: unknown): string {
  const rules = isObj(sp) && Array.isArray(sp.rules) ? sp.rules : [];
  const r = rules.map((x) => {
    const o = isObj(x) ? x : {};
    return `batch.SuccessPolicyRule{SucceededIndexes:${goPtr('string', o.succeededIndexes)}, SucceededCount:${goPtr('int32', o.succeededCount)}}`;
  });
  return `batch.SuccessPolicy{Rules:[]batch.SuccessPolicyRule{${r.join(', ')}}}`;
}

/** How field.Error prints a bad value: scalars as Go's %v / %q; containers by kind. */
export function goValue(v: unknown): string {
  if (v instanceof GoRendered) return v.text;
  if (v === undefined || v === null) return '"null"'; // ErrorBody: a nil value is the string "null", printed with %q
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null)) return JSON.stringify(v);
  return JSON.stringify(Array.isArray(v) ? 'array' : 'object');
}

const withDetail = (s: string, detail: string) => (detail ? `${s}: ${detail}` : s);
export const required = (path: string, detail = ''): FieldError => ({ path, message: withDetail('Required value', detail) });
export const invalid = (path: string, value: unknown, detail: string): FieldError => ({ path, message: withDetail(`Invalid value: ${goValue(value)}`, detail) });
/** field.Invalid with field.OmitValueType{} */
export const invalidOmit = (path: string, detail: string): FieldError => ({ path, message: withDetail('Invalid value', detail) });
export const notSupported = (path: string, value: unknown, valid: readonly string[]): FieldError => ({
  path,
  message: withDetail(`Unsupported value: ${goValue(value)}`, valid.length ? `supported values: ${valid.map((v) => JSON.stringify(v)).join(', ')}` : ''),
});
export const duplicate = (path: string, value: unknown): FieldError => ({ path, message: `Duplicate value: ${goValue(value)}` });
export const forbidden = (path: string, detail: string): FieldError => ({ path, message: withDetail('Forbidden', detail) });
export const notFound = (path: string, value: unknown): FieldError => ({ path, message: `Not found: ${goValue(value)}` });
/** field.TooLong as of 1.32 (TooLongMaxLength is the same since): "may not be more than N bytes" */
export const tooLong = (path: string, max: number): FieldError => ({ path, message: `Too long: may not be more than ${max} ${max === 1 ? 'byte' : 'bytes'}` });
export const tooMany = (path: string, actual: number, max: number): FieldError => ({ path, message: `Too many: ${actual}: must have at most ${max} items` });

/** Go's %q of a []string: `["a" "b"]`. */
const goQuotedList = (xs: readonly string[]) => `[${xs.map((x) => JSON.stringify(x)).join(' ')}]`;

const idx = (p: string, i: number) => `${p}[${i}]`;
const key = (p: string, k: string) => `${p}[${k}]`;

// ---------------------------------------------------------------------------------------------
// apimachinery/pkg/util/validation: names, labels, qualified names

/** validation.RegexError */
function regexError(msg: string, fmt: string, ...examples: string[]): string {
  if (examples.length === 0) return `${msg} (regex used for validation is '${fmt}')`;
  let s = `${msg} (e.g. `;
  examples.forEach((e, i) => {
    if (i > 0) s += ' or ';
    s += `'${e}', `;
  });
  return `${s}regex used for validation is '${fmt}')`;
}
const maxLenError = (n: number) => `must be no more than ${n} characters`;
const emptyError = () => 'must be non-empty';
const inclusiveRangeError = (lo: number, hi: number) => `must be between ${lo} and ${hi}, inclusive`;
const isNegativeErrorMsg = 'must be greater than or equal to 0';

const dns1123LabelFmt = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const dns1123LabelErrMsg = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
const dns1123SubdomainFmt = `${dns1123LabelFmt}(\\.${dns1123LabelFmt})*`;
const dns1123SubdomainErrMsg = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
const dns1123LabelRe = new RegExp(`^${dns1123LabelFmt}$`);
const dns1123SubdomainRe = new RegExp(`^${dns1123SubdomainFmt}$`);
const labelKeyFmt = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const labelKeyErrMsg = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const labelKeyRe = new RegExp(`^${labelKeyFmt}$`);
const labelValueFmt = `(${labelKeyFmt})?`;
const labelValueErrMsg = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const labelValueRe = new RegExp(`^${labelValueFmt}$`);

export function isDNS1123Label(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 63) errs.push(maxLenError(63));
  if (!dns1123LabelRe.test(v)) {
    if (dns1123SubdomainRe.test(v)) errs.push('must not contain dots');
    else errs.push(regexError(dns1123LabelErrMsg, dns1123LabelFmt, 'my-name', '123-abc'));
  }
  return errs;
}

export function isDNS1123Subdomain(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 253) errs.push(maxLenError(253));
  if (!dns1123SubdomainRe.test(v)) errs.push(regexError(dns1123SubdomainErrMsg, dns1123SubdomainFmt, 'example.com'));
  return errs;
}

/** content.IsLabelKey (IsQualifiedName). */
/** label, annotation and finalizer keys repeat on every object a controller stamps: their verdicts are kept */
const qualifiedNameVerdicts = new Map<string, readonly string[]>();

export function isQualifiedName(v: string): string[] {
  let verdict = qualifiedNameVerdicts.get(v);
  if (verdict === undefined) {
    if (qualifiedNameVerdicts.size > 10_000) qualifiedNameVerdicts.clear();
    qualifiedNameVerdicts.set(v, (verdict = Object.freeze(qualifiedNameErrors(v))));
  }
  return verdict as string[];
}

function qualifiedNameErrors(v: string): string[] {
  const errs: string[] = [];
  const parts = v.split('/');
  let name: string;
  if (parts.length === 1) name = parts[0]!;
  else if (parts.length === 2) {
    const prefix = parts[0]!;
    name = parts[1]!;
    if (prefix.length === 0) errs.push(`prefix part ${emptyError()}`);
    else for (const m of isDNS1123Subdomain(prefix)) errs.push(`prefix part ${m}`);
  } else {
    return [`a valid label key ${regexError(labelKeyErrMsg, labelKeyFmt, 'MyName', 'my.name', '123-abc')} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`];
  }
  if (name.length === 0) errs.push(`name part ${emptyError()}`);
  else if (name.length > 63) errs.push(`name part ${maxLenError(63)}`);
  if (!labelKeyRe.test(name)) errs.push(`name part ${regexError(labelKeyErrMsg, labelKeyFmt, 'MyName', 'my.name', '123-abc')}`);
  return errs;
}

export function isValidLabelValue(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 63) errs.push(maxLenError(63));
  if (!labelValueRe.test(v)) errs.push(regexError(labelValueErrMsg, labelValueFmt, 'MyValue', 'my_value', '12345'));
  return errs;
}

/** IsDNS1123SubdomainWithUnderscore: a subdomain whose labels may start with and contain '_'. */
const dns1123LabelWithUnderscoreFmt = '_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?';
const dns1123SubdomainWithUnderscoreFmt = `${dns1123LabelWithUnderscoreFmt}(\\.${dns1123LabelWithUnderscoreFmt})*`;
const dns1123SubdomainWithUnderscoreRe = new RegExp(`^${dns1123SubdomainWithUnderscoreFmt}$`);
const dns1123SubdomainWithUnderscoreErrMsg = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '_', '-' or '.', and must start and end with an alphanumeric character";

export function isDNS1123SubdomainWithUnderscore(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 253) errs.push(maxLenError(253));
  if (!dns1123SubdomainWithUnderscoreRe.test(v)) errs.push(regexError(dns1123SubdomainWithUnderscoreErrMsg, dns1123SubdomainWithUnderscoreFmt, 'example.com'));
  return errs;
}

/** IsHTTPHeaderName: letters, digits and '-' (the Go HTTP library's stricter subset of RFC 7230). */
const httpHeaderNameFmt = '[-A-Za-z0-9]+';
const httpHeaderNameRe = new RegExp(`^${httpHeaderNameFmt}$`);
export function isHTTPHeaderName(v: string): string[] {
  return httpHeaderNameRe.test(v) ? [] : [regexError("a valid HTTP header must consist of alphanumeric characters or '-'", httpHeaderNameFmt, 'X-Header-Name')];
}

const httpPathFmt = "[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+";
const httpPathRe = new RegExp(`^${httpPathFmt}$`);

/** validation.IsDomainPrefixedPath */
function isDomainPrefixedPath(path: string, v: string): FieldError[] {
  if (v.length === 0) return [required(path)];
  const i = v.indexOf('/');
  const host = i < 0 ? v : v.slice(0, i);
  const rest = i < 0 ? '' : v.slice(i + 1);
  if (i < 0 || host.length === 0 || rest.length === 0) return [invalid(path, v, 'must be a domain-prefixed path (such as "acme.io/foo")')];
  const errs = isDNS1123Subdomain(host).map((m) => invalid(path, host, m));
  if (!httpPathRe.test(rest)) errs.push(invalid(path, rest, regexError('Invalid path', httpPathFmt)));
  return errs;
}

const each = (path: string, value: string, msgs: string[]) => msgs.map((m) => invalid(path, value, m));
export const validateDNS1123Label = (v: string, path: string) => each(path, v, isDNS1123Label(v));
export const validateDNS1123Subdomain = (v: string, path: string) => each(path, v, isDNS1123Subdomain(v));
export const validateQualifiedName = (v: string, path: string) => each(path, v, isQualifiedName(v));

function nonNegative(v: unknown, path: string): FieldError[] {
  return isNum(v) && v < 0 ? [invalid(path, v, isNegativeErrorMsg)] : [];
}

/** metav1validation.ValidateLabels: errors name the map, not the key. */
export function validateLabels(labels: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const [k, v] of Object.entries(strMap(labels))) {
    errs.push(...each(path, k, isQualifiedName(k)));
    if (isStr(v)) errs.push(...each(path, v, isValidLabelValue(v)));
  }
  return errs;
}

const TotalAnnotationSizeLimitB = 256 * 1024;

/** apimachinery ValidateAnnotations: keys are qualified names (case-insensitive); total size 256 KiB. */
export function validateAnnotations(annotations: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  let size = 0;
  for (const [k, v] of Object.entries(strMap(annotations))) {
    errs.push(...each(path, k, isQualifiedName(k.toLowerCase())));
    // Go's len: bytes of the UTF-8 text, not characters
    size += Buffer.byteLength(k) + (isStr(v) ? Buffer.byteLength(v) : 0);
  }
  if (size > TotalAnnotationSizeLimitB) errs.push(tooLong(path, TotalAnnotationSizeLimitB));
  return errs;
}

/** metav1validation.ValidateLabelSelector */
export function validateLabelSelector(sel: unknown, path: string): FieldError[] {
  if (!isObj(sel)) return [];
  const errs = validateLabels(sel.matchLabels, `${path}.matchLabels`);
  for (const [r, i] of objs(sel.matchExpressions)) {
    const p = idx(`${path}.matchExpressions`, i);
    const values = list(r.values);
    switch (r.operator) {
      case 'In':
      case 'NotIn':
        if (values.length === 0) errs.push(required(`${p}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
        break;
      case 'Exists':
      case 'DoesNotExist':
        if (values.length > 0) errs.push(forbidden(`${p}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
        break;
      default:
        errs.push(invalid(`${p}.operator`, r.operator ?? '', 'not a valid selector operator'));
    }
    errs.push(...validateQualifiedName(isStr(r.key) ? r.key : '', `${p}.key`));
    values.forEach((v, j) => {
      if (isStr(v)) errs.push(...each(idx(`${p}.values`, j), v, isValidLabelValue(v)));
    });
  }
  return errs;
}

function selectorIsValid(sel: LabelSelector): boolean {
  return validateLabelSelector(sel, 'selector').length === 0;
}

/** maskTrailingDash (apimachinery ValidateNameFunc with prefix=true), quirk included: it drops two characters. */
function maskTrailingDash(name: string): string {
  return name.length > 1 && name.endsWith('-') ? `${name.slice(0, -2)}a` : name;
}

/** The name the object will have: its name, or generateName plus the store's 5-character suffix. */
/** names.MaxGeneratedNameLength: 63 less the 5 random characters */
const MaxGeneratedNameBase = 58;

export function effectiveName(meta: unknown): string {
  const m = isObj(meta) ? meta : {};
  if (isStr(m.name) && m.name !== '') return m.name;
  // names.SimpleNameGenerator: at most 58 characters of the prefix, then 5 random ones
  return isStr(m.generateName) && m.generateName !== '' ? `${m.generateName.slice(0, MaxGeneratedNameBase)}xxxxx` : '';
}

/**
 * ValidateObjectMeta: name required and valid (`nameFn` is the kind's name rule), namespace a
 * DNS-1123 label when the kind is namespaced, labels and annotations.
 */
export function validateObjectMeta(meta: unknown, namespaced: boolean, nameFn: (name: string) => string[] = isDNS1123Subdomain, path = 'metadata'): FieldError[] {
  const m = isObj(meta) ? meta : {};
  const errs: FieldError[] = [];
  const name = isStr(m.name) ? m.name : '';
  const generateName = isStr(m.generateName) ? m.generateName : '';
  // the store generates the name from generateName at creation, before upstream validates
  if (generateName !== '') errs.push(...each(`${path}.generateName`, generateName, nameFn(maskTrailingDash(generateName))));
  if (name === '' && generateName === '') errs.push(required(`${path}.name`, 'name or generateName is required'));
  else if (name !== '') errs.push(...each(`${path}.name`, name, nameFn(name)));
  else {
    // the name is generated before validation runs (the registry store's create), so the generated
    // name is checked too: "the user will get errors for both" (ValidateObjectMetaAccessor)
    const generated = effectiveName(m);
    errs.push(...each(`${path}.name`, generated, nameFn(generated)));
  }
  if (namespaced) {
    const ns = isStr(m.namespace) ? m.namespace : '';
    if (ns === '') errs.push(required(`${path}.namespace`));
    else errs.push(...validateDNS1123Label(ns, `${path}.namespace`));
  } else if (isStr(m.namespace) && m.namespace !== '') {
    errs.push(forbidden(`${path}.namespace`, 'not allowed on this type'));
  }
  errs.push(...validateLabels(m.labels, `${path}.labels`));
  errs.push(...validateAnnotations(m.annotations, `${path}.annotations`));
  errs.push(...validateOwnerReferences(m.ownerReferences, `${path}.ownerReferences`));
  errs.push(...validateFinalizers(m.finalizers, `${path}.finalizers`));
  return errs;
}

/** a metav1.OwnerReference in %#v */
function goOwnerReference(r: Obj): string {
  return `v1.OwnerReference{APIVersion:${goStr(r.apiVersion)}, Kind:${goStr(r.kind)}, Name:${goStr(r.name)}, UID:${goStr(r.uid)}, Controller:${goPtr('bool', r.controller)}, BlockOwnerDeletion:${goPtr('bool', r.blockOwnerDeletion)}}`;
}

/** schema.ParseGroupVersion's version ('' when the apiVersion does not parse) */
function versionOf(apiVersion: string): string {
  const parts = apiVersion.split('/');
  if (parts.length === 1) return apiVersion;
  return parts.length === 2 ? parts[1]! : '';
}

/**
 * ValidateOwnerReferences (apimachinery objectmeta.go): each reference names a version, kind,
 * name and uid; an Event cannot own; at most one reference is the controller. The path has no
 * index, as upstream's.
 */
export function validateOwnerReferences(refs: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const all = objs(refs);
  let firstController = '';
  for (const [r] of all) {
    const apiVersion = isStr(r.apiVersion) ? r.apiVersion : '';
    const kind = isStr(r.kind) ? r.kind : '';
    const name = isStr(r.name) ? r.name : '';
    if (versionOf(apiVersion) === '') errs.push(invalid(`${path}.apiVersion`, apiVersion, 'version must not be empty'));
    if (kind === '') errs.push(invalid(`${path}.kind`, kind, 'must not be empty'));
    if (name === '') errs.push(invalid(`${path}.name`, name, 'must not be empty'));
    if (!isStr(r.uid) || r.uid === '') errs.push(invalid(`${path}.uid`, '', 'must not be empty'));
    if (apiVersion === 'v1' && kind === 'Event') errs.push(invalid(path, new GoRendered(goOwnerReference(r)), '/v1, Kind=Event is disallowed from being an owner'));
    if (r.controller === true) {
      const current = `${kind}/${name}`;
      if (firstController === '') firstController = current;
      else {
        const shown = `[]v1.OwnerReference{${all.map(([x]) => goOwnerReference(x)).join(', ')}}`;
        errs.push(invalid(path, new GoRendered(shown), `Only one reference can have Controller set to true. Found "true" in references for ${firstController} and ${current}`));
      }
    }
  }
  return errs;
}

/** ValidateFinalizers: qualified names, and not both orphan and foregroundDeletion. */
export function validateFinalizers(finalizers: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = list(finalizers).filter(isStr);
  for (const f of names) errs.push(...each(path, f, isQualifiedName(f)));
  if (names.includes('orphan') && names.includes('foregroundDeletion')) {
    errs.push(invalid(path, new GoRendered(`[]string{${names.map((f) => JSON.stringify(f)).join(', ')}}`), 'finalizer orphan and foregroundDeletion cannot be both set'));
  }
  return errs;
}

// ---------------------------------------------------------------------------------------------
// core/v1 pod template (ValidatePodTemplateSpec → ValidatePodSpec), the parts a Job's pods use

const supportedPullPolicies = ['Always', 'IfNotPresent', 'Never'];
const supportedTerminationMessagePolicies = ['File', 'FallbackToLogsOnError'];
const supportedPortProtocols = ['SCTP', 'TCP', 'UDP'];
// validateDNSPolicy's own order (not sorted)
const supportedDNSPolicies = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
const supportedTaintEffects = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];
// ValidatePreemptionPolicy's own order (not sorted); PriorityClass validation calls it too
const supportedPreemptionPolicies = ['PreemptLowerPriority', 'Never'];
const standardContainerResources = new Set(['cpu', 'memory', 'ephemeral-storage']);
const standardResources = new Set([
  'cpu', 'memory', 'ephemeral-storage', 'requests.cpu', 'requests.memory', 'requests.ephemeral-storage', 'limits.cpu',
  'limits.memory', 'limits.ephemeral-storage', 'pods', 'services', 'replicationcontrollers', 'resourcequotas', 'secrets',
  'configmaps', 'persistentvolumeclaims', 'storage', 'requests.storage', 'services.nodeports', 'services.loadbalancers',
]);

/** IsValidPortName */
function isValidPortName(port: string): string[] {
  const errs: string[] = [];
  if (port.length > 15) errs.push(maxLenError(15));
  if (!/^[-a-z0-9]+$/.test(port)) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(port)) errs.push('must contain at least one letter (a-z)');
  if (port.includes('--')) errs.push('must not contain consecutive hyphens');
  if (port.length > 0 && (port[0] === '-' || port[port.length - 1] === '-')) errs.push('must not begin or end with a hyphen');
  return errs;
}

function validateContainerPorts(ports: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  for (const [p, i] of objs(ports)) {
    const ip = idx(path, i);
    if (isStr(p.name) && p.name.length > 0) {
      const msgs = isValidPortName(p.name);
      if (msgs.length) errs.push(...each(`${ip}.name`, p.name, msgs));
      else if (names.has(p.name)) errs.push(duplicate(`${ip}.name`, p.name));
      else names.add(p.name);
    }
    if (!isNum(p.containerPort) || p.containerPort === 0) errs.push(required(`${ip}.containerPort`));
    else if (p.containerPort < 1 || p.containerPort > 65535) errs.push(invalid(`${ip}.containerPort`, p.containerPort, inclusiveRangeError(1, 65535)));
    if (isNum(p.hostPort) && p.hostPort !== 0 && (p.hostPort < 1 || p.hostPort > 65535)) errs.push(invalid(`${ip}.hostPort`, p.hostPort, inclusiveRangeError(1, 65535)));
    if (!isStr(p.protocol) || p.protocol === '') errs.push(required(`${ip}.protocol`));
    else if (!supportedPortProtocols.includes(p.protocol)) errs.push(notSupported(`${ip}.protocol`, p.protocol, supportedPortProtocols));
  }
  return errs;
}

/** ValidateEnv, with RelaxedEnvironmentVariableValidation (on by default since v1.32). */
function validateEnv(env: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const [e, i] of objs(env)) {
    const ip = idx(path, i);
    const name = isStr(e.name) ? e.name : '';
    if (name === '') errs.push(required(`${ip}.name`));
    // eslint-disable-next-line no-control-regex
    else if (!/^[\x20-\x3c\x3e-\x7e]+$/.test(name)) errs.push(invalid(`${ip}.name`, name, "a valid environment variable name must consist only of printable ASCII characters other than '='"));
    if (isObj(e.valueFrom)) {
      const vp = `${ip}.valueFrom`;
      const n = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef', 'fileKeyRef'].filter((k) => isObj((e.valueFrom as Obj)[k])).length;
      // validateEnvVarValueFrom: one else-if chain, so at most one of these three; a value beside
      // the sources hides "more than one field"
      if (n === 0) errs.push(invalid(vp, '', 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`'));
      else if (isStr(e.value) && e.value !== '') errs.push(invalid(vp, '', 'may not be specified when `value` is not empty'));
      else if (n > 1) errs.push(invalid(vp, '', 'may not have more than one field specified at a time'));
      const vf = e.valueFrom as Obj;
      if (isObj(vf.fieldRef)) errs.push(...validateFieldRef(vf.fieldRef, `${vp}.fieldRef`));
      if (isObj(vf.resourceFieldRef)) errs.push(...validateEnvResourceFieldRef(vf.resourceFieldRef, `${vp}.resourceFieldRef`));
      if (isObj(vf.configMapKeyRef)) errs.push(...validateKeySelector(vf.configMapKeyRef, `${vp}.configMapKeyRef`));
      if (isObj(vf.secretKeyRef)) errs.push(...validateKeySelector(vf.secretKeyRef, `${vp}.secretKeyRef`));
    }
  }
  return errs;
}

function isNativeResource(name: string): boolean {
  return !name.includes('/') || name.includes('kubernetes.io/');
}

/** validateContainerResourceName */
function validateContainerResourceName(name: string, path: string): FieldError[] {
  const errs = validateQualifiedName(name, path);
  if (errs.length) return errs;
  if (!name.includes('/')) {
    if (!standardResources.has(name) && !name.startsWith('hugepages-')) errs.push(invalid(path, name, 'must be a standard resource type or fully qualified'));
    if (!standardContainerResources.has(name) && !name.startsWith('hugepages-')) errs.push(invalid(path, name, 'must be a standard resource for containers'));
  } else if (!isNativeResource(name) && name.startsWith('requests.')) {
    errs.push(invalid(path, name, "doesn't follow extended resource name standard"));
  }
  return errs;
}

/** ValidateResourceQuantityValue: non-negative; integer for resources other than cpu, memory, storage, hugepages. */
function validateQuantityValue(name: string, q: string | number, path: string): FieldError[] {
  if (quantityError(q) !== null) return [invalid(path, String(q), quantityError(q)!)];
  const errs: FieldError[] = [];
  if (compareQuantities(q, 0) < 0) errs.push(invalid(path, String(q), isNegativeErrorMsg));
  const decimalAllowed = standardContainerResources.has(name) || name.startsWith('hugepages-') || name === 'storage';
  // field.Invalid gets the Quantity itself here (not its String()): ErrorBody prints a value whose
  // pointer is a fmt.Stringer with %s, so the canonical string shows unquoted (`Invalid value: 500m`)
  if (!decimalAllowed && !isIntegerQuantity(q)) errs.push(invalid(path, new GoRendered(canonicalQuantity(q)), 'must be an integer'));
  return errs.length ? errs : validateHugePageValue(name, q, path);
}

/** ValidateContainerResourceRequirements */
function validateResources(res: unknown, path: string): FieldError[] {
  if (!isObj(res)) return [];
  const errs: FieldError[] = [];
  const limits = isObj(res.limits) ? (res.limits as Record<string, string | number>) : {};
  const requests = isObj(res.requests) ? (res.requests as Record<string, string | number>) : {};
  for (const [name, q] of Object.entries(limits)) {
    const p = key(`${path}.limits`, name);
    errs.push(...validateContainerResourceName(name, p), ...validateQuantityValue(name, q, p));
  }
  for (const [name, q] of Object.entries(requests)) {
    const p = key(`${path}.requests`, name);
    const e = [...validateContainerResourceName(name, p), ...validateQuantityValue(name, q, p)];
    errs.push(...e);
    if (e.length) continue;
    const lim = limits[name];
    const limOk = lim !== undefined && quantityError(lim) === null;
    const overcommitable = isNativeResource(name) && !name.startsWith('hugepages-');
    // these two report on the requests (limits) map itself, with the quantities in canonical form
    if (limOk && overcommitable && compareQuantities(q, lim) > 0) errs.push(invalid(`${path}.requests`, canonicalQuantity(q), `must be less than or equal to ${name} limit of ${canonicalQuantity(lim)}`));
    else if (!overcommitable) {
      if (lim === undefined) errs.push(required(`${path}.limits`, 'Limit must be set for non overcommitable resources'));
      else if (limOk && compareQuantities(q, lim) !== 0) errs.push(invalid(`${path}.requests`, canonicalQuantity(q), `must be equal to ${name} limit of ${canonicalQuantity(lim)}`));
    }
  }
  // huge pages come in whole pages, and only beside a cpu or memory request or limit
  const hasHuge = (m: Record<string, unknown>) => Object.keys(m).some((k) => k.startsWith('hugepages-'));
  const hasCpuOrMemory = (m: Record<string, unknown>) => Object.hasOwn(m, 'cpu') || Object.hasOwn(m, 'memory');
  if ((hasHuge(limits) || hasHuge(requests)) && !hasCpuOrMemory(limits) && !hasCpuOrMemory(requests)) errs.push(forbidden(path, 'HugePages require cpu or memory'));
  return errs;
}

/**
 * validateResourceClaimNames: each of a container's claims names one of the pod's resourceClaims,
 * once (a whole claim, or each of its requests once, not both), with a request that is a DNS label.
 */
export function validateResourceClaimNames(claims: unknown, podClaimNames: ReadonlySet<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  for (const [cl, i] of objs(claims)) {
    const p = idx(path, i);
    const name = isStr(cl.name) ? cl.name : '';
    if (name === '') {
      errs.push(required(p));
      continue;
    }
    if (seen.has(name)) errs.push(duplicate(p, name));
    else {
      const request = isStr(cl.request) ? cl.request : '';
      if (request !== '') errs.push(...validateDNS1123Label(request, `${p}.request`));
      const k = request === '' ? name : `${name}/${request}`;
      if (seen.has(k)) errs.push(duplicate(p, k));
      // the whole claim after one of its requests: one Duplicate per request named before
      else if (request === '') for (const s of seen) if (s.startsWith(`${name}/`)) errs.push(duplicate(p, name));
      seen.add(k);
    }
    if (!podClaimNames.has(name)) {
      const known = [...podClaimNames].sort();
      errs.push({ path: p, message: `Not found: ${goValue(name)}: must be one of the names in pod.spec.resourceClaims${known.length === 0 ? ' which is empty' : `: ${known.join(', ')}`}` });
    }
  }
  return errs;
}

/** validateResourceQuantityHugePageValue: a whole number of pages of the size the name gives. */
function validateHugePageValue(name: string, q: string | number, path: string): FieldError[] {
  if (!name.startsWith('hugepages-')) return [];
  const size = name.slice('hugepages-'.length);
  const page = quantityError(size) === null ? memoryBytes(size) : 0;
  const bytes = memoryBytes(q);
  if (page <= 0 || bytes <= 0 || bytes % page !== 0) return [invalid(path, canonicalQuantity(q), `${canonicalQuantity(q)} is not positive integer multiple of ${name}`)];
  return [];
}

/** validateContainerCommon plus the volume mounts and resources of ValidateContainers. */
function validateContainer(c: Obj, path: string, volumes: Map<string, Obj>, podClaimNames: ReadonlySet<string>, hostUsers = true): FieldError[] {
  const errs: FieldError[] = [];
  const name = isStr(c.name) ? c.name : '';
  if (name === '') errs.push(required(`${path}.name`));
  else errs.push(...validateDNS1123Label(name, `${path}.name`));
  if (!isStr(c.image) || c.image === '') errs.push(required(`${path}.image`));
  const tmp = c.terminationMessagePolicy;
  if (!isStr(tmp) || tmp === '') errs.push(required(`${path}.terminationMessagePolicy`));
  else if (!supportedTerminationMessagePolicies.includes(tmp)) errs.push(notSupported(`${path}.terminationMessagePolicy`, tmp, supportedTerminationMessagePolicies));
  errs.push(...validateContainerPorts(c.ports, `${path}.ports`));
  errs.push(...validateEnv(c.env, `${path}.env`));
  const pp = c.imagePullPolicy;
  if (!isStr(pp) || pp === '') errs.push(required(`${path}.imagePullPolicy`));
  else if (!supportedPullPolicies.includes(pp)) errs.push(notSupported(`${path}.imagePullPolicy`, pp, supportedPullPolicies));
  errs.push(...validateResources(c.resources, `${path}.resources`));
  if (isObj(c.resources)) errs.push(...validateResourceClaimNames(c.resources.claims, podClaimNames, `${path}.resources.claims`));
  // GetVolumeMountMap / GetVolumeDeviceMap: name to path, a later entry of a name replacing an earlier one
  const mountMap = new Map<string, string>();
  for (const [m] of objs(c.volumeMounts)) mountMap.set(isStr(m.name) ? m.name : '', isStr(m.mountPath) ? m.mountPath : '');
  const deviceMap = new Map<string, string>();
  for (const [d] of objs(c.volumeDevices)) deviceMap.set(isStr(d.name) ? d.name : '', isStr(d.devicePath) ? d.devicePath : '');
  const mountPaths = new Set<string>();
  for (const [m, i] of objs(c.volumeMounts)) {
    const mp = idx(`${path}.volumeMounts`, i);
    const mname = isStr(m.name) ? m.name : '';
    if (mname === '') errs.push(required(`${mp}.name`));
    if (!volumes.has(mname)) errs.push(notFound(`${mp}.name`, mname));
    const mpath = isStr(m.mountPath) ? m.mountPath : '';
    if (mpath === '') errs.push(required(`${mp}.mountPath`));
    // independent of the Required above: a second empty mountPath is also not unique
    if (mountPaths.has(mpath)) errs.push(invalid(`${mp}.mountPath`, mpath, 'must be unique'));
    mountPaths.add(mpath);
    if (deviceMap.has(mname)) errs.push(invalid(`${mp}.name`, mname, 'must not already exist in volumeDevices'));
    if ([...deviceMap.values()].includes(mpath)) errs.push(invalid(`${mp}.mountPath`, mpath, 'must not already exist as a path in volumeDevices'));
    // ValidateVolumeMounts names these fields on the list, without the index, as upstream does
    const mounts = `${path}.volumeMounts`;
    if (isStr(m.subPath) && m.subPath !== '') errs.push(...localDescendingPath(m.subPath, `${mounts}.subPath`));
    if (isStr(m.subPathExpr) && m.subPathExpr !== '') {
      if (isStr(m.subPath) && m.subPath !== '') errs.push(invalid(`${mp}.subPathExpr`, m.subPathExpr, 'subPathExpr and subPath are mutually exclusive'));
      errs.push(...localDescendingPath(m.subPathExpr, `${mounts}.subPathExpr`));
    }
    if (m.mountPropagation !== undefined && m.mountPropagation !== null) {
      if (!supportedMountPropagations.includes(m.mountPropagation as string)) errs.push(notSupported(`${mounts}.mountPropagation`, m.mountPropagation, supportedMountPropagations));
      const privileged = isObj(c.securityContext) && c.securityContext.privileged === true;
      if (m.mountPropagation === 'Bidirectional' && !privileged) errs.push(forbidden(`${mounts}.mountPropagation`, 'Bidirectional mount propagation is available only to privileged containers'));
    }
    // validateMountRecursiveReadOnly
    const rro = m.recursiveReadOnly;
    if (rro !== undefined && rro !== null && rro !== 'Disabled') {
      if (rro === 'Enabled' || rro === 'IfPossible') {
        if (m.readOnly !== true) errs.push(forbidden(`${mounts}.recursiveReadOnly`, 'may only be specified when readOnly is true'));
        if (m.mountPropagation !== undefined && m.mountPropagation !== null && m.mountPropagation !== 'None') errs.push(forbidden(`${mounts}.recursiveReadOnly`, 'may only be specified when mountPropagation is None or not specified'));
      } else errs.push(notSupported(`${mounts}.recursiveReadOnly`, rro, ['Disabled', 'Enabled', 'IfPossible']));
    }
  }
  errs.push(...validateVolumeDevices(c.volumeDevices, `${path}.volumeDevices`, volumes, mountMap));
  errs.push(...validateEnvFrom(c.envFrom, `${path}.envFrom`));
  errs.push(...validateContainerSecurityContext(c.securityContext, `${path}.securityContext`, hostUsers));
  return errs;
}

/**
 * ValidateVolumeDevices: each device names a valid volume (block mode: a persistentVolumeClaim or
 * an ephemeral one) once, with a device path that is set, unique, without `..`, and used by no
 * volume mount of the container (nor its name).
 */
function validateVolumeDevices(devices: unknown, path: string, volumes: Map<string, Obj>, mountMap: Map<string, string>): FieldError[] {
  const errs: FieldError[] = [];
  const devicePaths = new Set<string>();
  const deviceNames = new Set<string>();
  for (const [d, i] of objs(devices)) {
    const dp = idx(path, i);
    const name = isStr(d.name) ? d.name : '';
    const devPath = isStr(d.devicePath) ? d.devicePath : '';
    const source = volumes.get(name);
    if (name === '') errs.push(required(`${dp}.name`));
    if (deviceNames.has(name)) errs.push(invalid(`${dp}.name`, name, 'must be unique'));
    if (source !== undefined && !isObj(source.persistentVolumeClaim) && !isObj(source.ephemeral)) {
      errs.push(invalid(`${dp}.name`, name, 'can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode'));
    }
    if (source === undefined) errs.push(notFound(`${dp}.name`, name));
    if (devPath === '') errs.push(required(`${dp}.devicePath`));
    if (devicePaths.has(devPath)) errs.push(invalid(`${dp}.devicePath`, devPath, 'must be unique'));
    // a path with backsteps is refused and not remembered for the uniqueness check
    if (devPath !== '' && pathNoBacksteps(devPath, dp).length > 0) errs.push(invalid(`${dp}.devicePath`, devPath, "can not contain backsteps ('..')"));
    else devicePaths.add(devPath);
    if (mountMap.has(name)) errs.push(invalid(`${dp}.name`, name, 'must not already exist in volumeMounts'));
    if ([...mountMap.values()].includes(devPath)) errs.push(invalid(`${dp}.devicePath`, devPath, 'must not already exist as a path in volumeMounts'));
    if (name !== '') deviceNames.add(name);
  }
  return errs;
}

const supportedMountPropagations = ['Bidirectional', 'HostToContainer', 'None'];

/** validateResizePolicy: cpu and memory once each, NotRequired or RestartContainer (NotRequired with restartPolicy Never). */
function validateResizePolicy(policies: unknown, path: string, podRestartPolicy: unknown): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  for (const [rp, i] of objs(policies)) {
    const name = isStr(rp.resourceName) ? rp.resourceName : '';
    if (seen.has(name)) errs.push(duplicate(idx(path, i), name));
    seen.add(name);
    if (name === '') errs.push(required(path));
    else if (name !== 'cpu' && name !== 'memory') errs.push(notSupported(path, name, ['cpu', 'memory']));
    const policy = isStr(rp.restartPolicy) ? rp.restartPolicy : '';
    if (policy === '') errs.push(required(path));
    else if (policy !== 'NotRequired' && policy !== 'RestartContainer') errs.push(notSupported(path, policy, ['NotRequired', 'RestartContainer']));
    if (podRestartPolicy === 'Never' && policy !== 'NotRequired') errs.push(invalid(path, policy, "must be 'NotRequired' when `restartPolicy` is 'Never'"));
  }
  return errs;
}
const envNameMessage = "a valid environment variable name must consist only of printable ASCII characters other than '='";
// eslint-disable-next-line no-control-regex
const isRelaxedEnvVarName = (v: string) => /^[\x20-\x3c\x3e-\x7e]+$/.test(v);

/** validateEnvFrom: a valid prefix, exactly one source, its name. */
function validateEnvFrom(envFrom: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const [ev, i] of objs(envFrom)) {
    const ip = idx(path, i);
    if (isStr(ev.prefix) && ev.prefix !== '' && !isRelaxedEnvVarName(ev.prefix)) errs.push(invalid(`${ip}.prefix`, ev.prefix, envNameMessage));
    let sources = 0;
    for (const kind of ['configMapRef', 'secretRef']) {
      const ref = ev[kind];
      if (!isObj(ref)) continue;
      sources++;
      const name = isStr(ref.name) ? ref.name : '';
      if (name === '') errs.push(required(`${ip}.${kind}.name`));
      else errs.push(...validateDNS1123Subdomain(name, `${ip}.${kind}.name`));
    }
    if (sources === 0) errs.push(invalid(path, '', 'must specify one of: `configMapRef` or `secretRef`'));
    else if (sources > 1) errs.push(invalid(path, '', 'may not have more than one field specified at a time'));
  }
  return errs;
}

const envFieldPaths = ['metadata.name', 'metadata.namespace', 'metadata.uid', 'spec.nodeName', 'spec.serviceAccountName', 'status.hostIP', 'status.hostIPs', 'status.podIP', 'status.podIPs'];
const downwardLabels = ['metadata.annotations', 'metadata.labels', 'metadata.name', 'metadata.namespace', 'metadata.uid', 'spec.nodeName', 'spec.restartPolicy', 'spec.serviceAccountName', 'spec.schedulerName', 'status.phase', 'status.hostIP', 'status.hostIPs', 'status.podIP', 'status.podIPs', 'spec.host'];

/** fieldpath.SplitMaybeSubscriptedPath: `path['subscript']`. */
function splitSubscript(p: string): [string, string] | null {
  if (!p.endsWith("']")) return null;
  const at = p.indexOf("['");
  return at > 0 ? [p.slice(0, at), p.slice(at + 2, -2)] : null;
}

const volumeFieldPaths = ['metadata.annotations', 'metadata.labels', 'metadata.name', 'metadata.namespace', 'metadata.uid'];

/** validateObjectFieldSelector: ConvertDownwardAPIFieldLabel, then the paths the consumer (env, a volume) may read. */
function validateFieldRef(fs: Obj, path: string, allowed: readonly string[] = envFieldPaths): FieldError[] {
  const apiVersion = isStr(fs.apiVersion) ? fs.apiVersion : '';
  const fieldPath = isStr(fs.fieldPath) ? fs.fieldPath : '';
  if (apiVersion === '') return [required(`${path}.apiVersion`)];
  if (fieldPath === '') return [required(`${path}.fieldPath`)];
  const fp = `${path}.fieldPath`;
  if (apiVersion !== 'v1') return [invalid(fp, fieldPath, `error converting fieldPath: unsupported pod version: ${apiVersion}`)];
  const sub = splitSubscript(fieldPath);
  if (sub) {
    if (sub[0] !== 'metadata.annotations' && sub[0] !== 'metadata.labels') return [invalid(fp, fieldPath, `error converting fieldPath: field label does not support subscript: ${fieldPath}`)];
    return validateQualifiedName(sub[0] === 'metadata.annotations' ? sub[1].toLowerCase() : sub[1], path);
  }
  if (!downwardLabels.includes(fieldPath)) return [invalid(fp, fieldPath, `error converting fieldPath: field label not supported: ${fieldPath}`)];
  const internal = fieldPath === 'spec.host' ? 'spec.nodeName' : fieldPath;
  return allowed.includes(internal) ? [] : [notSupported(fp, internal, allowed)];
}

const envResources = ['limits.cpu', 'limits.ephemeral-storage', 'limits.memory', 'requests.cpu', 'requests.ephemeral-storage', 'requests.memory'];
const byteDivisors = ['1', '1k', '1M', '1G', '1T', '1P', '1E', '1Ki', '1Mi', '1Gi', '1Ti', '1Pi', '1Ei'];

/** validateContainerResourceFieldSelector and validateContainerResourceDivisor (env). */
function validateEnvResourceFieldRef(fs: Obj, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const r = isStr(fs.resource) ? fs.resource : '';
  if (r === '') errs.push(required(`${path}.resource`));
  else if (!envResources.includes(r) && !r.startsWith('requests.hugepages-') && !r.startsWith('limits.hugepages-')) errs.push(notSupported(`${path}.resource`, r, envResources));
  const d = fs.divisor;
  if (d === undefined || d === null || quantityError(d as string) !== null || compareQuantities(d as string, 0) === 0) return errs;
  const canonical = canonicalQuantity(d as string);
  const dp = `${path}.divisor`;
  if ((r === 'limits.cpu' || r === 'requests.cpu') && canonical !== '1m' && canonical !== '1') errs.push(invalid(dp, r, "only divisor's values 1m and 1 are supported with the cpu resource"));
  if ((r === 'limits.memory' || r === 'requests.memory') && !byteDivisors.includes(canonical)) errs.push(invalid(dp, r, "only divisor's values 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei are supported with the memory resource"));
  if ((r === 'limits.ephemeral-storage' || r === 'requests.ephemeral-storage') && !byteDivisors.includes(canonical)) {
    errs.push(invalid(dp, r, "only divisor's values 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei are supported with the local ephemeral storage resource"));
  }
  return errs;
}

/** validateConfigMapKeySelector / validateSecretKeySelector: a DNS-subdomain name, a config key. */
function validateKeySelector(ks: Obj, path: string): FieldError[] {
  const errs = validateDNS1123Subdomain(isStr(ks.name) ? ks.name : '', `${path}.name`);
  const key = isStr(ks.key) ? ks.key : '';
  if (key === '') errs.push(required(`${path}.key`));
  else if (!/^[-._a-zA-Z0-9]+$/.test(key)) {
    errs.push(invalid(`${path}.key`, key, "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')"));
  }
  return errs;
}

const fileModeError = 'must be a number between 0 and 0777 (octal), both inclusive';
const supportedHostPathTypes = ['', 'BlockDevice', 'CharDevice', 'Directory', 'DirectoryOrCreate', 'File', 'FileOrCreate', 'Socket'];

/** validatePathNoBacksteps: no `..` element. */
function pathNoBacksteps(v: string, path: string): FieldError[] {
  return v.split('/').includes('..') ? [invalid(path, v, "must not contain '..'")] : [];
}

/** ValidateLocalNonReservedPath: a local descending path, not starting with `..`. */
function localNonReservedPath(v: string, path: string): FieldError[] {
  const errs = localDescendingPath(v, path);
  if (v.startsWith('..') && !v.startsWith('../')) errs.push(invalid(path, v, "must not start with '..'"));
  return errs;
}

/** a file mode: 0 to 0777 */
function fileMode(v: unknown, path: string): FieldError[] {
  return isNum(v) && (v < 0 || v > 0o777) ? [invalid(path, v, fileModeError)] : [];
}

/** validateKeyToPath, for each item of a secret or configMap volume. */
function keyToPaths(items: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const [kp, i] of objs(items)) {
    const p = idx(path, i);
    if (!isStr(kp.key) || kp.key === '') errs.push(required(`${p}.key`));
    if (!isStr(kp.path) || kp.path === '') errs.push(required(`${p}.path`));
    else errs.push(...localNonReservedPath(kp.path, `${p}.path`));
    errs.push(...fileMode(kp.mode, `${p}.mode`));
  }
  return errs;
}

/** iscsiInitiatorIqnRegex, iscsiInitiatorEuiRegex, iscsiInitiatorNaaRegex (unanchored at the start, as upstream's first) */
const iscsiIqnRe = /iqn\.\d{4}-\d{2}\.([A-Za-z0-9\-.]+)(:[^,;*&$|\t\n\f\r ]+)$/;
const iscsiEuiRe = /^eui.[A-Za-z0-9]{16}$/;
const iscsiNaaRe = /^naa.[A-Za-z0-9]{32}$/;

/** the iqn/eui/naa format checks of validateISCSIVolumeSource, for its iqn and initiatorname */
function iscsiName(v: string, path: string): FieldError[] {
  const kind = ['iqn', 'eui', 'naa'].find((k) => v.startsWith(k));
  if (kind === undefined) return [invalid(path, v, 'must be valid format starting with iqn, eui, or naa')];
  const re = kind === 'iqn' ? iscsiIqnRe : kind === 'eui' ? iscsiEuiRe : iscsiNaaRe;
  return re.test(v) ? [] : [invalid(path, v, 'must be valid format')];
}

/**
 * The legacy network volume sources, as validateVolumeSource checks them (validateNFSVolumeSource,
 * validateISCSIVolumeSource, validateGCEPersistentDiskVolumeSource,
 * validateAWSElasticBlockStoreVolumeSource, validateGitRepoVolumeSource,
 * validateGlusterfsVolumeSource). jobsim mounts none of them.
 */
function validateLegacyVolumeSource(v: Obj, p: string): FieldError[] {
  const errs: FieldError[] = [];
  const str = (x: unknown) => (isStr(x) ? x : '');
  const partition = (src: Obj, sp: string) => (isNum(src.partition) && (src.partition < 0 || src.partition > 255) ? [invalid(`${sp}.partition`, src.partition, inclusiveRangeError(1, 255))] : []);
  if (isObj(v.nfs)) {
    const sp = `${p}.nfs`;
    const path = str(v.nfs.path);
    if (str(v.nfs.server) === '') errs.push(required(`${sp}.server`));
    if (path === '') errs.push(required(`${sp}.path`));
    // path.IsAbs
    if (!path.startsWith('/')) errs.push(invalid(`${sp}.path`, path, 'must be an absolute path'));
  }
  if (isObj(v.iscsi)) {
    const src = v.iscsi;
    const sp = `${p}.iscsi`;
    if (str(src.targetPortal) === '') errs.push(required(`${sp}.targetPortal`));
    const iqn = str(src.iqn);
    if (iqn === '') errs.push(required(`${sp}.iqn`));
    else errs.push(...iscsiName(iqn, `${sp}.iqn`));
    if (isNum(src.lun) && (src.lun < 0 || src.lun > 255)) errs.push(invalid(`${sp}.lun`, src.lun, inclusiveRangeError(0, 255)));
    if ((src.chapAuthDiscovery === true || src.chapAuthSession === true) && !isObj(src.secretRef)) errs.push(required(`${sp}.secretRef`));
    if (isStr(src.initiatorName)) errs.push(...iscsiName(src.initiatorName, `${sp}.initiatorname`));
  }
  if (isObj(v.gcePersistentDisk)) {
    const sp = `${p}.gcePersistentDisk`;
    if (str(v.gcePersistentDisk.pdName) === '') errs.push(required(`${sp}.pdName`));
    errs.push(...partition(v.gcePersistentDisk, sp));
  }
  if (isObj(v.awsElasticBlockStore)) {
    const sp = `${p}.awsElasticBlockStore`;
    if (str(v.awsElasticBlockStore.volumeID) === '') errs.push(required(`${sp}.volumeID`));
    errs.push(...partition(v.awsElasticBlockStore, sp));
  }
  if (isObj(v.gitRepo)) {
    const sp = `${p}.gitRepo`;
    if (str(v.gitRepo.repository) === '') errs.push(required(`${sp}.repository`));
    errs.push(...localDescendingPath(str(v.gitRepo.directory), `${sp}.directory`));
  }
  if (isObj(v.glusterfs)) {
    const sp = `${p}.glusterfs`;
    if (str(v.glusterfs.endpoints) === '') errs.push(required(`${sp}.endpoints`));
    if (str(v.glusterfs.path) === '') errs.push(required(`${sp}.path`));
  }
  return errs;
}

/** validateVolumeSource for the sources a Job's pods use most and the legacy ones above (the others are checked by the schema only). */
function validateVolumeSource(v: Obj, p: string): FieldError[] {
  const errs: FieldError[] = validateLegacyVolumeSource(v, p);
  if (isObj(v.hostPath)) {
    const hp = `${p}.hostPath`;
    const hpath = isStr(v.hostPath.path) ? v.hostPath.path : '';
    if (hpath === '') errs.push(required(`${hp}.path`));
    else {
      errs.push(...pathNoBacksteps(hpath, `${hp}.path`));
      const t = v.hostPath.type;
      if (t !== undefined && t !== null && !supportedHostPathTypes.includes(t as string)) errs.push(notSupported(`${hp}.type`, t, supportedHostPathTypes));
    }
  }
  if (isObj(v.emptyDir) && v.emptyDir.sizeLimit !== undefined && v.emptyDir.sizeLimit !== null && /^\s*-/.test(String(v.emptyDir.sizeLimit))) {
    errs.push(forbidden(`${p}.emptyDir.sizeLimit`, 'SizeLimit field must be a valid resource quantity'));
  }
  if (isObj(v.secret)) {
    const sp = `${p}.secret`;
    if (!isStr(v.secret.secretName) || v.secret.secretName === '') errs.push(required(`${sp}.secretName`));
    errs.push(...fileMode(v.secret.defaultMode, `${sp}.defaultMode`));
    errs.push(...keyToPaths(v.secret.items, `${sp}.items`));
  }
  if (isObj(v.configMap)) {
    const cp = `${p}.configMap`;
    if (!isStr(v.configMap.name) || v.configMap.name === '') errs.push(required(`${cp}.name`));
    errs.push(...fileMode(v.configMap.defaultMode, `${cp}.defaultMode`));
    errs.push(...keyToPaths(v.configMap.items, `${cp}.items`));
  }
  if (isObj(v.persistentVolumeClaim) && (!isStr(v.persistentVolumeClaim.claimName) || v.persistentVolumeClaim.claimName === '')) {
    errs.push(required(`${p}.persistentVolumeClaim.claimName`));
  }
  if (isObj(v.ephemeral) && !isObj(v.ephemeral.volumeClaimTemplate)) errs.push(required(`${p}.ephemeral.volumeClaimTemplate`));
  if (isObj(v.downwardAPI)) {
    // validateDownwardAPIVolumeSource: every item is named on the source's path itself, as upstream does
    const dp = `${p}.downwardAPI`;
    errs.push(...fileMode(v.downwardAPI.defaultMode, `${dp}.defaultMode`));
    for (const [file] of objs(v.downwardAPI.items)) errs.push(...downwardAPIFile(file, dp));
  }
  if (isObj(v.projected)) {
    errs.push(...fileMode(v.projected.defaultMode, `${p}.projected.defaultMode`));
    errs.push(...projectionSources(v.projected, `${p}.projected`));
  }
  return errs;
}

/** validateDownwardAPIVolumeFile: its errors are named on `dp`, the source's own path. */
function downwardAPIFile(file: Obj, dp: string): FieldError[] {
  const errs: FieldError[] = [];
  const fpath = isStr(file.path) ? file.path : '';
  if (fpath === '') errs.push(required(`${dp}.path`));
  errs.push(...localNonReservedPath(fpath, `${dp}.path`));
  if (isObj(file.fieldRef)) {
    errs.push(...validateFieldRef(file.fieldRef, `${dp}.fieldRef`, volumeFieldPaths));
    if (isObj(file.resourceFieldRef)) errs.push(invalid(dp, 'resource', 'fieldRef and resourceFieldRef can not be specified simultaneously'));
  } else if (isObj(file.resourceFieldRef)) {
    if (!isStr(file.resourceFieldRef.containerName) || file.resourceFieldRef.containerName === '') errs.push(required(`${dp}.resourceFieldRef.containerName`));
    else errs.push(...validateEnvResourceFieldRef(file.resourceFieldRef, `${dp}.resourceFieldRef`));
  } else errs.push(required(dp, 'one of fieldRef and resourceFieldRef is required'));
  errs.push(...fileMode(file.mode, `${dp}.mode`));
  return errs;
}

/**
 * validateProjectionSources: each source names one kind of projection; the files of all sources
 * share one directory, so a path written twice is "conflicting duplicate paths", named on the
 * volume's `projected` path with the later source's name (the path, for downwardAPI). A token's
 * path is named on `projected.path`, as upstream does. The clusterTrustBundle and podCertificate
 * sources are dropped by the API server while their gates are off (the default), so go unchecked.
 */
function projectionSources(projected: Obj, pp: string): FieldError[] {
  const errs: FieldError[] = [];
  const paths = new Set<string>();
  const claim = (path: string, value: unknown) => {
    if (paths.has(path)) errs.push(invalid(pp, value, 'conflicting duplicate paths'));
    else paths.add(path);
  };
  for (const [src, i] of objs(projected.sources)) {
    const sp = idx(`${pp}.sources`, i);
    let kinds = 0;
    for (const kind of ['secret', 'configMap'] as const) {
      const ref = src[kind];
      if (!isObj(ref)) continue;
      kinds++;
      const name = isStr(ref.name) ? ref.name : '';
      if (name === '') errs.push(required(`${sp}.${kind}.name`));
      errs.push(...keyToPaths(ref.items, `${sp}.${kind}.items`));
      for (const [kp] of objs(ref.items)) if (isStr(kp.path) && kp.path !== '') claim(kp.path, name);
    }
    if (isObj(src.downwardAPI)) {
      kinds++;
      for (const [file] of objs(src.downwardAPI.items)) {
        errs.push(...downwardAPIFile(file, `${sp}.downwardAPI`));
        if (isStr(file.path) && file.path !== '') claim(file.path, file.path);
      }
    }
    if (isObj(src.serviceAccountToken)) {
      kinds++;
      const tok = src.serviceAccountToken;
      const tp = `${sp}.serviceAccountToken`;
      const exp = isNum(tok.expirationSeconds) ? tok.expirationSeconds : 0;
      if (exp < 600) errs.push(invalid(`${tp}.expirationSeconds`, exp, 'may not specify a duration less than 10 minutes'));
      if (exp > 2 ** 32) errs.push(invalid(`${tp}.expirationSeconds`, exp, 'may not specify a duration larger than 2^32 seconds'));
      const path = isStr(tok.path) ? tok.path : '';
      if (path === '') errs.push(required(`${pp}.path`));
      else errs.push(...localNonReservedPath(path, `${pp}.path`));
    }
    if (kinds > 1) errs.push(forbidden(sp, 'may not specify more than 1 volume type'));
  }
  return errs;
}

/**
 * ValidateVolumes: each volume's source, then its name; a volume with any error is left out of the
 * volumes that mounts and devices may use (so a mount of it is also "Not found").
 */
function validateVolumes(vols: unknown, path: string): { errs: FieldError[]; names: Map<string, Obj> } {
  const errs: FieldError[] = [];
  const names = new Map<string, Obj>();
  for (const [v, i] of objs(vols)) {
    const p = idx(path, i);
    const el: FieldError[] = [];
    const sources = Object.keys(v).filter((k) => k !== 'name' && v[k] !== undefined && v[k] !== null);
    if (sources.length === 0) el.push(required(p, 'must specify a volume type'));
    for (const s of sources.slice(1)) el.push(forbidden(`${p}.${s}`, 'may not specify more than 1 volume type'));
    if (sources.length === 1) el.push(...validateVolumeSource(v, p));
    const name = isStr(v.name) ? v.name : '';
    if (name === '') el.push(required(`${p}.name`));
    else el.push(...validateDNS1123Label(name, `${p}.name`));
    if (names.has(name)) el.push(duplicate(`${p}.name`, name));
    if (el.length === 0) names.set(name, v);
    else errs.push(...el);
  }
  return { errs, names };
}

/** ValidateTolerations: key, operator and value, tolerationSeconds only with NoExecute, effect. */
export function validateTolerations(tols: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const [t, i] of objs(tols)) {
    const p = idx(path, i);
    const k = isStr(t.key) ? t.key : '';
    const op = isStr(t.operator) ? t.operator : '';
    const value = isStr(t.value) ? t.value : '';
    const effect = isStr(t.effect) ? t.effect : '';
    if (k.length > 0) errs.push(...validateQualifiedName(k, `${p}.key`));
    if (k.length === 0 && op !== 'Exists') errs.push(invalid(`${p}.operator`, op, 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
    if (t.tolerationSeconds !== undefined && effect !== 'NoExecute') errs.push(invalid(`${p}.effect`, effect, "effect must be 'NoExecute' when `tolerationSeconds` is set"));
    if (op === 'Equal' || op === '') {
      const m = isValidLabelValue(value);
      if (m.length) errs.push(invalid(`${p}.operator`, value, m.join(';')));
    } else if (op === 'Exists') {
      // the value itself, not the whole struct, since kubernetes#128119 (1.32)
      if (value.length > 0) errs.push(invalid(`${p}.operator`, value, "value must be empty when `operator` is 'Exists'"));
    } else errs.push(notSupported(`${p}.operator`, op, ['Equal', 'Exists']));
    if (effect.length > 0 && !supportedTaintEffects.includes(effect)) errs.push(notSupported(`${p}.effect`, effect, supportedTaintEffects));
  }
  return errs;
}

/**
 * ValidateNodeSelectorRequirement (matchExpressions) and validateNodeFieldSelectorRequirement
 * (matchFields). The values of a required term's expressions are label values; a preferred term's
 * may be anything (`allowInvalidLabelValue`), as they can still match when the cluster has one node.
 */
function validateNodeSelectorTerm(term: Obj, path: string, allowInvalidLabelValue: boolean): FieldError[] {
  const errs: FieldError[] = [];
  for (const [r, i] of objs(term.matchExpressions)) {
    const p = idx(`${path}.matchExpressions`, i);
    const values = list(r.values);
    switch (r.operator) {
      case 'In':
      case 'NotIn':
        if (values.length === 0) errs.push(required(`${p}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
        break;
      case 'Exists':
      case 'DoesNotExist':
        if (values.length > 0) errs.push(forbidden(`${p}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
        break;
      case 'Gt':
      case 'Lt':
        if (values.length !== 1) errs.push(required(`${p}.values`, "must be specified single value when `operator` is 'Lt' or 'Gt'"));
        break;
      default:
        errs.push(invalid(`${p}.operator`, r.operator ?? '', 'not a valid selector operator'));
    }
    errs.push(...validateQualifiedName(isStr(r.key) ? r.key : '', `${p}.key`));
    if (!allowInvalidLabelValue) values.forEach((v, j) => isStr(v) && errs.push(...each(idx(`${p}.values`, j), v, isValidLabelValue(v))));
  }
  for (const [r, i] of objs(term.matchFields)) {
    const p = idx(`${path}.matchFields`, i);
    if (r.operator === 'In' || r.operator === 'NotIn') {
      if (list(r.values).length !== 1) errs.push(required(`${p}.values`, "must be only one value when `operator` is 'In' or 'NotIn' for node field selector"));
    } else errs.push(invalid(`${p}.operator`, r.operator ?? '', 'not a valid selector operator'));
    // nodeFieldSelectorValidators: metadata.name only, each value a node name
    if (r.key !== 'metadata.name') errs.push(invalid(`${p}.key`, r.key ?? '', 'not a valid field selector key'));
    else list(r.values).forEach((v, j) => {
      for (const msg of isDNS1123Subdomain(isStr(v) ? v : String(v))) errs.push(invalid(idx(`${p}.values`, j), v, msg));
    });
  }
  return errs;
}

function validateAffinity(aff: unknown, path: string): FieldError[] {
  if (!isObj(aff)) return [];
  const errs: FieldError[] = [];
  const na = aff.nodeAffinity;
  if (isObj(na)) {
    const req = na.requiredDuringSchedulingIgnoredDuringExecution;
    const rp = `${path}.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution`;
    if (isObj(req)) {
      const terms = objs(req.nodeSelectorTerms);
      if (list(req.nodeSelectorTerms).length === 0) errs.push(required(`${rp}.nodeSelectorTerms`, 'must have at least one node selector term'));
      for (const [t, i] of terms) errs.push(...validateNodeSelectorTerm(t, idx(`${rp}.nodeSelectorTerms`, i), false));
    }
    const pp = `${path}.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution`;
    for (const [t, i] of objs(na.preferredDuringSchedulingIgnoredDuringExecution)) {
      if (!isNum(t.weight) || t.weight < 1 || t.weight > 100) errs.push(invalid(`${idx(pp, i)}.weight`, t.weight ?? 0, 'must be in the range 1-100'));
      if (isObj(t.preference)) errs.push(...validateNodeSelectorTerm(t.preference, `${idx(pp, i)}.preference`, true));
    }
  }
  for (const kind of ['podAffinity', 'podAntiAffinity']) {
    const pa = aff[kind];
    if (!isObj(pa)) continue;
    const term = (t: Obj, p: string) => {
      const e: FieldError[] = [];
      e.push(...validateLabelSelector(t.labelSelector, `${p}.labelSelector`));
      e.push(...validateLabelSelector(t.namespaceSelector, `${p}.namespaceSelector`));
      // validatePodAffinityTerm names every bad namespace on `namespace` (singular, no index), as upstream does
      for (const ns of list(t.namespaces)) if (isStr(ns)) e.push(...validateDNS1123Label(ns, `${p}.namespace`));
      const tk = isStr(t.topologyKey) ? t.topologyKey : '';
      if (tk === '') e.push(required(`${p}.topologyKey`, 'can not be empty'));
      // validatePodAffinityTerm runs ValidateLabelName on an empty key too
      e.push(...validateQualifiedName(tk, `${p}.topologyKey`));
      return e;
    };
    const rp = `${path}.${kind}.requiredDuringSchedulingIgnoredDuringExecution`;
    for (const [t, i] of objs(pa.requiredDuringSchedulingIgnoredDuringExecution)) errs.push(...term(t, idx(rp, i)));
    const pp = `${path}.${kind}.preferredDuringSchedulingIgnoredDuringExecution`;
    for (const [t, i] of objs(pa.preferredDuringSchedulingIgnoredDuringExecution)) {
      if (!isNum(t.weight) || t.weight < 1 || t.weight > 100) errs.push(invalid(`${idx(pp, i)}.weight`, t.weight ?? 0, 'must be in the range 1-100'));
      // podAffinityTerm is a struct, not a pointer: a missing one is validated as the empty term
      errs.push(...term(isObj(t.podAffinityTerm) ? t.podAffinityTerm : {}, `${idx(pp, i)}.podAffinityTerm`));
    }
  }
  return errs;
}

/** ValidatePortNumOrName: a number within 1-65535, or a valid port name. */
function validatePortNumOrName(port: unknown, path: string): FieldError[] {
  if (isStr(port)) return each(path, port, isValidPortName(port));
  const n = isNum(port) ? port : 0;
  return n < 1 || n > 65535 ? [invalid(path, n, inclusiveRangeError(1, 65535))] : [];
}

const supportedHTTPSchemes = ['HTTP', 'HTTPS'];

/** validateHandler: exactly one handler type, each checked (exec command, httpGet/tcpSocket/grpc port, scheme). */
function validateHandler(h: Obj, path: string, gracePeriod = 30): FieldError[] {
  const errs: FieldError[] = [];
  let handlers = 0;
  for (const kind of ['exec', 'httpGet', 'tcpSocket', 'grpc', 'sleep']) {
    const a = h[kind];
    if (a === undefined || a === null) continue;
    if (handlers > 0) {
      errs.push(forbidden(`${path}.${kind}`, 'may not specify more than 1 handler type'));
      continue;
    }
    handlers++;
    const o = isObj(a) ? a : {};
    const p = `${path}.${kind}`;
    if (kind === 'exec' && list(o.command).length === 0) errs.push(required(`${p}.command`));
    if (kind === 'httpGet') {
      if (!isStr(o.path) || o.path === '') errs.push(required(`${p}.path`));
      errs.push(...validatePortNumOrName(o.port, `${p}.port`));
      if (!supportedHTTPSchemes.includes(isStr(o.scheme) ? o.scheme : '')) errs.push(notSupported(`${p}.scheme`, o.scheme ?? '', supportedHTTPSchemes));
      // validateHTTPGetAction: each header name IsHTTPHeaderName, named on the list (no index)
      for (const [h] of objs(o.httpHeaders)) {
        const hn = isStr(h.name) ? h.name : '';
        errs.push(...each(`${p}.httpHeaders`, hn, isHTTPHeaderName(hn)));
      }
    }
    if (kind === 'tcpSocket') errs.push(...validatePortNumOrName(o.port, `${p}.port`));
    if (kind === 'grpc') {
      const n = isNum(o.port) ? o.port : 0;
      if (n < 1 || n > 65535) errs.push(invalid(`${p}.port`, n, inclusiveRangeError(1, 65535)));
    }
    // validateSleepAction (PodLifecycleSleepActionAllowZero, on since 1.33)
    if (kind === 'sleep') {
      const n = isNum(o.seconds) ? o.seconds : 0;
      if (n < 0 || n > gracePeriod) errs.push(invalid(p, n, `must be non-negative and less than terminationGracePeriodSeconds (${gracePeriod})`));
    }
  }
  if (handlers === 0) errs.push(required(path, 'must specify a handler type'));
  return errs;
}

/**
 * validateLivenessProbe / validateReadinessProbe / validateStartupProbe: the handler, the timings
 * not negative (after SetDefaults_Probe), a liveness or startup probe's successThreshold 1, a
 * readiness probe without its own terminationGracePeriodSeconds.
 */
function validateProbe(probe: unknown, kind: 'livenessProbe' | 'readinessProbe' | 'startupProbe', path: string): FieldError[] {
  if (!isObj(probe)) return [];
  const errs = validateHandler(probe, path);
  for (const f of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold']) {
    if (isNum(probe[f]) && probe[f] < 0) errs.push(invalid(`${path}.${f}`, probe[f], 'must be greater than or equal to 0'));
  }
  const tgps = probe.terminationGracePeriodSeconds;
  if (isNum(tgps) && tgps <= 0) errs.push(invalid(`${path}.terminationGracePeriodSeconds`, tgps, 'must be greater than 0'));
  if (kind !== 'readinessProbe' && isNum(probe.successThreshold) && probe.successThreshold !== 1) errs.push(invalid(`${path}.successThreshold`, probe.successThreshold, 'must be 1'));
  if (kind === 'readinessProbe' && tgps !== undefined && tgps !== null) errs.push(invalid(`${path}.terminationGracePeriodSeconds`, tgps, 'must not be set for readinessProbes'));
  return errs;
}

/** The lifecycle hooks and the probes of a regular container or a sidecar (validateContainers). */
function validateProbesAndLifecycle(c: Obj, path: string, gracePeriod: number): FieldError[] {
  const errs: FieldError[] = [];
  if (isObj(c.lifecycle)) {
    for (const hook of ['postStart', 'preStop']) if (isObj(c.lifecycle[hook])) errs.push(...validateHandler(c.lifecycle[hook], `${path}.lifecycle.${hook}`, gracePeriod));
  }
  for (const kind of ['livenessProbe', 'readinessProbe', 'startupProbe'] as const) errs.push(...validateProbe(c[kind], kind, `${path}.${kind}`));
  return errs;
}

/**
 * checkHostPortConflicts (AccumulateUniqueHostPorts): each protocol/hostIP/hostPort once among
 * `containers`, each named by its index in that list.
 */
function checkHostPortConflicts(containers: Obj[], path: string): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  containers.forEach((c, i) => {
    for (const [port, j] of objs(c.ports)) {
      if (!isNum(port.hostPort) || port.hostPort === 0) continue;
      const key = `${isStr(port.protocol) ? port.protocol : 'TCP'}/${isStr(port.hostIP) ? port.hostIP : ''}/${port.hostPort}`;
      if (seen.has(key)) errs.push(duplicate(`${idx(`${idx(path, i)}.ports`, j)}.hostPort`, key));
      else seen.add(key);
    }
  });
  return errs;
}

/**
 * The host ports of the regular containers, unique across them all (validateContainers), then
 * validatePodHostNetworkDeps (a hostNetwork pod's hostPort equals its containerPort).
 */
function validateHostPorts(spec: Obj, path: string): FieldError[] {
  const errs = checkHostPortConflicts(list(spec.containers).map((c) => (isObj(c) ? c : {})), `${path}.containers`);
  for (const [c, i] of objs(spec.containers)) {
    for (const [port, j] of objs(c.ports)) {
      const pp = `${idx(`${idx(`${path}.containers`, i)}.ports`, j)}.hostPort`;
      if (spec.hostNetwork === true && isNum(port.hostPort) && port.hostPort !== 0 && port.hostPort !== port.containerPort) {
        errs.push(invalid(pp, port.hostPort, 'must match `containerPort` when `hostNetwork` is true'));
      }
    }
  }
  return errs;
}

const idRange = (v: unknown, path: string): FieldError[] => (isNum(v) && (v < 0 || v > 2147483647) ? [invalid(path, v, inclusiveRangeError(0, 2147483647))] : []);

/** validateSeccompProfileField: a Localhost profile names a relative path; other types name none. */
function validateSeccompProfile(sp: unknown, path: string): FieldError[] {
  if (!isObj(sp)) return [];
  const errs: FieldError[] = [];
  const lp = sp.localhostProfile;
  if (sp.type === 'Localhost') {
    if (!isStr(lp) || lp === '') errs.push(required(`${path}.localhostProfile`, 'must be set when seccomp type is Localhost'));
    else errs.push(...localDescendingPath(lp, `${path}.localhostProfile`));
  } else if (sp.type === 'RuntimeDefault' || sp.type === 'Unconfined') {
    if (lp !== undefined && lp !== null) errs.push(invalid(`${path}.localhostProfile`, sp, 'can only be set when seccomp type is Localhost'));
  } else errs.push(notSupported(`${path}.type`, sp.type ?? '', ['Localhost', 'RuntimeDefault', 'Unconfined']));
  return errs;
}

/** ValidateAppArmorProfileField: a type, and a localhostProfile exactly for Localhost. */
function validateAppArmorProfile(ap: unknown, path: string): FieldError[] {
  if (!isObj(ap)) return [];
  const lp = ap.localhostProfile;
  switch (ap.type) {
    case 'Localhost':
      if (!isStr(lp)) return [required(`${path}.localhostProfile`, 'must be set when AppArmor type is Localhost')];
      if (lp.trim() !== lp) return [invalid(`${path}.localhostProfile`, lp, 'must not be padded with whitespace')];
      if (lp === '') return [required(`${path}.localhostProfile`, 'must be set when AppArmor type is Localhost')];
      return lp.length > 4095 ? [tooLong(`${path}.localhostProfile`, 4095)] : [];
    case 'RuntimeDefault':
    case 'Unconfined':
      return lp !== undefined && lp !== null ? [invalid(`${path}.localhostProfile`, lp, 'can only be set when AppArmor type is Localhost')] : [];
    case '':
    case undefined:
    case null:
      return [required(`${path}.type`, 'type is required when appArmorProfile is set')];
    default:
      return [notSupported(`${path}.type`, ap.type, ['Localhost', 'RuntimeDefault', 'Unconfined'])];
  }
}

const sysctlName = /^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$/;
/** the regular expression as upstream's message prints it (sysctlContainSlashRegexp) */
const sysctlNameText = '^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$';

/** utilsysctl.GetNamespace: the namespace a sysctl belongs to (net, ipc) or none. */
function sysctlNamespace(name: string): 'net' | 'ipc' | null {
  if (name.startsWith('net.')) return 'net';
  if (name === 'kernel.sem' || name.startsWith('kernel.shm') || name.startsWith('kernel.msg') || name.startsWith('fs.mqueue.')) return 'ipc';
  return null;
}

/** validateSysctls and ValidateHostSysctl. */
function validateSysctls(spec: Obj, sysctls: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  for (const [sc, i] of objs(sysctls)) {
    const p = `${idx(path, i)}.name`;
    const name = isStr(sc.name) ? sc.name : '';
    if (name === '') errs.push(required(p));
    else if (name.length > 253 || !sysctlName.test(name)) errs.push(invalid(p, name, `must have at most 253 characters and match regex ${sysctlNameText}`));
    else if (names.has(name)) errs.push(duplicate(p, name));
    const ns = sysctlNamespace(name);
    if (spec.hostNetwork === true && ns === 'net') errs.push(invalid(p, name, "may not be specified when 'hostNetwork' is true"));
    else if (spec.hostIPC === true && ns === 'ipc') errs.push(invalid(p, name, "may not be specified when 'hostIPC' is true"));
    names.add(name);
  }
  return errs;
}

/** validateLocalDescendingPath: relative, without `..`. */
function localDescendingPath(v: string, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (v.startsWith('/')) errs.push(invalid(path, v, 'must be a relative path'));
  errs.push(...pathNoBacksteps(v, path));
  return errs;
}

/**
 * validatePodSpecSecurityContext, in upstream's order: user and group ids in range, a shared process
 * namespace with hostPID (both in the internal PodSecurityContext, so named under securityContext),
 * the fsGroupChangePolicy, the seccomp profile.
 */
function validatePodSecurityContext(spec: Obj, path: string): FieldError[] {
  const sc: Obj = isObj(spec.securityContext) ? spec.securityContext : {};
  const errs: FieldError[] = [];
  errs.push(...idRange(sc.fsGroup, `${path}.fsGroup`));
  errs.push(...idRange(sc.runAsUser, `${path}.runAsUser`));
  errs.push(...idRange(sc.runAsGroup, `${path}.runAsGroup`));
  list(sc.supplementalGroups).forEach((g, i) => errs.push(...idRange(g, idx(`${path}.supplementalGroups`, i))));
  if (spec.shareProcessNamespace === true && spec.hostPID === true) errs.push(invalid(`${path}.shareProcessNamespace`, true, 'ShareProcessNamespace and HostPID cannot both be enabled'));
  errs.push(...validateSysctls(spec, sc.sysctls, `${path}.sysctls`));
  const fcp = sc.fsGroupChangePolicy;
  if (fcp !== undefined && fcp !== null && fcp !== 'Always' && fcp !== 'OnRootMismatch') errs.push(notSupported(`${path}.fsGroupChangePolicy`, fcp, ['Always', 'OnRootMismatch']));
  errs.push(...validateSeccompProfile(sc.seccompProfile, `${path}.seccompProfile`));
  errs.push(...validateWindowsSecurityContextOptions(sc.windowsOptions, `${path}.windowsOptions`));
  errs.push(...validateAppArmorProfile(sc.appArmorProfile, `${path}.appArmorProfile`));
  // validateSupplementalGroupsPolicy (SupplementalGroupsPolicy, beta and on since 1.33)
  const sgp = sc.supplementalGroupsPolicy;
  if (sgp !== undefined && sgp !== null && sgp !== 'Merge' && sgp !== 'Strict') errs.push(notSupported(`${path}.supplementalGroupsPolicy`, sgp, ['Merge', 'Strict']));
  return errs;
}

const maxGMSACredentialSpecLengthInKiB = 64;
const maxRunAsUserNameDomainLength = 256;
const maxRunAsUserNameUserLength = 104;
// eslint-disable-next-line no-control-regex
const ctrlChars = /[\x00-\x1f\x7f]/;
// a NetBIOS domain: 1 to 15 characters, none of \ / : * ? " < > |, not starting with a dot
const netBiosDomain = /^[^\\/:*?"<>|.][^\\/:*?"<>|]{0,14}$/u;
const dnsDomainLabel = '[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?';
const dnsDomain = new RegExp(`^${dnsDomainLabel}(?:\\.${dnsDomainLabel})*$`);
const badUserNameChars = /["/\\:;|=,+*?<>@[\]]/;
const onlyDotsOrSpaces = /^[. ]+$/;

/**
 * validateWindowsSecurityContextOptions (pod and container): gmsaCredentialSpecName names a custom
 * resource (a DNS subdomain), gmsaCredentialSpec is not empty and under 64 KiB, runAsUserName is
 * `[DOMAIN\]USER` with upstream's rules for each part. Lengths are in bytes, as Go's len.
 */
function validateWindowsSecurityContextOptions(wo: unknown, path: string): FieldError[] {
  if (!isObj(wo)) return [];
  const errs: FieldError[] = [];
  if (isStr(wo.gmsaCredentialSpecName)) errs.push(...validateDNS1123Subdomain(wo.gmsaCredentialSpecName, `${path}.gmsaCredentialSpecName`));
  if (isStr(wo.gmsaCredentialSpec)) {
    const p = `${path}.gmsaCredentialSpec`;
    const n = utf8Length(wo.gmsaCredentialSpec);
    if (n === 0) errs.push(invalid(p, wo.gmsaCredentialSpec, 'gmsaCredentialSpec cannot be an empty string'));
    else if (n > maxGMSACredentialSpecLengthInKiB * 1024) errs.push(invalid(p, wo.gmsaCredentialSpec, `gmsaCredentialSpec size must be under ${maxGMSACredentialSpecLengthInKiB} KiB`));
  }
  if (isStr(wo.runAsUserName)) {
    const p = `${path}.runAsUserName`;
    const v = wo.runAsUserName;
    const bad = (msg: string) => errs.push(invalid(p, v, msg));
    const parts = v.split('\\');
    if (v === '') bad('runAsUserName cannot be an empty string');
    else if (ctrlChars.test(v)) bad('runAsUserName cannot contain control characters');
    else if (parts.length > 2) bad('runAsUserName cannot contain more than one backslash');
    else {
      const hasDomain = parts.length === 2;
      const domain = hasDomain ? parts[0]! : '';
      const user = hasDomain ? parts[1]! : parts[0]!;
      if (utf8Length(domain) >= maxRunAsUserNameDomainLength) bad(`runAsUserName's Domain length must be under ${maxRunAsUserNameDomainLength} characters`);
      if (hasDomain && !(netBiosDomain.test(domain) || dnsDomain.test(domain))) bad("runAsUserName's Domain doesn't match the NetBios nor the DNS format");
      const userLength = utf8Length(user);
      if (userLength === 0) bad("runAsUserName's User cannot be empty");
      else if (userLength > maxRunAsUserNameUserLength) bad(`runAsUserName's User length must not be longer than ${maxRunAsUserNameUserLength} characters`);
      if (onlyDotsOrSpaces.test(user)) bad("runAsUserName's User cannot contain only periods or spaces");
      if (badUserNameChars.test(user)) bad('runAsUserName\'s User cannot contain the following characters: "/\\:;|=,+*?<>@[]');
    }
  }
  return errs;
}

/** An IPv4 address as ParseIPSloppy reads it: four decimal parts up to 255, leading zeros allowed. */
function isIPv4(v: string): boolean {
  const parts = v.split('.');
  return parts.length === 4 && parts.every((x) => /^\d{1,3}$/.test(x) && Number(x) <= 255);
}

/** An IPv6 address: eight groups of 1-4 hex digits, `::` once for a run of zero groups, an IPv4 tail. */
function isIPv6(v: string): boolean {
  const halves = v.split('::');
  if (halves.length > 2) return false;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const all = halves.flatMap(groups);
  let count = all.length;
  const last = all[all.length - 1];
  if (last !== undefined && last.includes('.')) {
    if (!isIPv4(last)) return false;
    all.pop();
    count += 1;
  }
  if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  return halves.length === 2 ? count < 8 : count === 8;
}

/**
 * validateLinux / validateWindows (spec.os.name): a linux pod sets no windowsOptions; a windows pod
 * no host PID/IPC namespace and none of the linux-only security settings, pod- or container-level.
 */
function validateOSFields(spec: Obj, path: string): FieldError[] {
  const os = isObj(spec.os) && isStr(spec.os.name) ? spec.os.name : '';
  const errs: FieldError[] = [];
  const sc: Obj = isObj(spec.securityContext) ? spec.securityContext : {};
  // VisitContainersWithPath's order: init containers, then containers
  const containers = [...objs(spec.initContainers).map(([c, i]) => [c, idx(`${path}.initContainers`, i)] as const), ...objs(spec.containers).map(([c, i]) => [c, idx(`${path}.containers`, i)] as const)];
  const set = (o: Obj, k: string) => o[k] !== undefined && o[k] !== null && !(Array.isArray(o[k]) && (o[k] as unknown[]).length === 0);
  if (os === 'linux') {
    if (set(sc, 'windowsOptions')) errs.push(forbidden(`${path}.securityContext.windowsOptions`, 'windows options cannot be set for a linux pod'));
    for (const [c, cp] of containers) if (isObj(c.securityContext) && set(c.securityContext, 'windowsOptions')) errs.push(forbidden(`${cp}.securityContext.windowsOptions`, 'windows options cannot be set for a linux pod'));
  }
  if (os === 'windows') {
    // validateWindows, in its order. hostUsers, hostPID, hostIPC and shareProcessNamespace live in
    // the internal PodSecurityContext but are named on the spec; hostUsers and
    // shareProcessNamespace are refused when set at all, even to false
    const no = (p: string) => errs.push(forbidden(p, 'cannot be set for a windows pod'));
    for (const k of ['appArmorProfile', 'seLinuxOptions']) if (set(sc, k)) no(`${path}.securityContext.${k}`);
    if (set(spec, 'hostUsers')) no(`${path}.hostUsers`);
    if (spec.hostPID === true) no(`${path}.hostPID`);
    if (spec.hostIPC === true) no(`${path}.hostIPC`);
    for (const k of ['seccompProfile', 'fsGroup', 'fsGroupChangePolicy', 'sysctls']) if (set(sc, k)) no(`${path}.securityContext.${k}`);
    if (set(spec, 'shareProcessNamespace')) no(`${path}.shareProcessNamespace`);
    for (const k of ['runAsUser', 'runAsGroup', 'supplementalGroups', 'supplementalGroupsPolicy', 'seLinuxChangePolicy']) if (set(sc, k)) no(`${path}.securityContext.${k}`);
    for (const [c, cp] of containers) {
      if (!isObj(c.securityContext)) continue;
      for (const k of ['appArmorProfile', 'seLinuxOptions', 'seccompProfile', 'capabilities', 'readOnlyRootFilesystem', 'privileged', 'allowPrivilegeEscalation', 'procMount', 'runAsUser', 'runAsGroup']) {
        if (set(c.securityContext, k)) no(`${cp}.securityContext.${k}`);
      }
    }
  }
  return errs;
}

/** validation.IsValidIP (ParseIPSloppy). */
function ipError(v: string, path: string): FieldError[] {
  return isIPv4(v) || isIPv6(v) ? [] : [invalid(path, v, 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)')];
}

const goStringSlice = (xs: readonly string[]) => new GoRendered(`[]string{${xs.map((x) => JSON.stringify(x)).join(', ')}}`);
const MaxDNSNameservers = 3;
const MaxDNSSearchPaths = 32;
const MaxDNSSearchListChars = 2048;

/**
 * validatePodDNSConfig beyond dnsPolicy None: at most 3 nameservers, each an IP; at most 32 search
 * domains of 2048 bytes in all (with the spaces between), each a subdomain that may hold '_' and
 * end in '.', "." alone allowed (RelaxedDNSSearchValidation, on since 1.33); options named.
 */
function validateDNSConfig(dc: unknown, path: string): FieldError[] {
  if (!isObj(dc)) return [];
  const errs: FieldError[] = [];
  const ns = list(dc.nameservers).filter(isStr);
  if (ns.length > MaxDNSNameservers) errs.push(invalid(`${path}.nameservers`, goStringSlice(ns), `must not have more than ${MaxDNSNameservers} nameservers`));
  ns.forEach((x, i) => errs.push(...ipError(x, idx(`${path}.nameservers`, i))));
  const searches = list(dc.searches).filter(isStr);
  const sp = `${path}.searches`;
  if (searches.length > MaxDNSSearchPaths) errs.push(invalid(sp, goStringSlice(searches), `must not have more than ${MaxDNSSearchPaths} search paths`));
  if (utf8Length(searches.join(' ')) > MaxDNSSearchListChars) {
    errs.push(invalid(sp, goStringSlice(searches), `must not have more than ${MaxDNSSearchListChars} characters (including spaces) in the search list`));
  }
  searches.forEach((x, i) => {
    if (x === '.') return;
    const domain = x.endsWith('.') ? x.slice(0, -1) : x;
    errs.push(...each(idx(sp, i), domain, isDNS1123SubdomainWithUnderscore(domain)));
  });
  for (const [o, i] of objs(dc.options)) if (!isStr(o.name) || o.name === '') errs.push(required(idx(`${path}.options`, i), 'must not be empty'));
  return errs;
}

/** ValidateHostAliases: an IP and DNS-subdomain hostnames. */
function validateHostAliases(aliases: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const [a, i] of objs(aliases)) {
    const p = idx(path, i);
    errs.push(...ipError(isStr(a.ip) ? a.ip : '', `${p}.ip`));
    list(a.hostnames).forEach((h, j) => isStr(h) && errs.push(...validateDNS1123Subdomain(h, idx(`${p}.hostnames`, j))));
  }
  return errs;
}

/** validateReadinessGates and validateSchedulingGates: qualified names, gates once each. */
function validateGates(spec: Obj, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const [g, i] of objs(spec.readinessGates)) errs.push(...validateQualifiedName(isStr(g.conditionType) ? g.conditionType : '', `${idx(`${path}.readinessGates`, i)}.conditionType`));
  const seen = new Set<string>();
  for (const [g, i] of objs(spec.schedulingGates)) {
    const name = isStr(g.name) ? g.name : '';
    const p = idx(`${path}.schedulingGates`, i);
    errs.push(...validateQualifiedName(name, p));
    if (seen.has(name)) errs.push(duplicate(p, name));
    seen.add(name);
  }
  return errs;
}

/** ValidateSecurityContext (container): ids in range, no privilege escalation refused beside privileged or CAP_SYS_ADMIN, the seccomp profile. */
function validateContainerSecurityContext(sc: unknown, path: string, hostUsers: boolean): FieldError[] {
  if (!isObj(sc)) return [];
  const errs = [...idRange(sc.runAsUser, `${path}.runAsUser`), ...idRange(sc.runAsGroup, `${path}.runAsGroup`)];
  // ProcMountType (beta, on since 1.33): Default or Unmasked, Unmasked only in a user namespace
  if (isStr(sc.procMount)) {
    if (sc.procMount !== 'Default' && sc.procMount !== 'Unmasked') errs.push(notSupported(`${path}.procMount`, sc.procMount, ['Default', 'Unmasked']));
    else if (sc.procMount === 'Unmasked' && hostUsers) errs.push(invalid(`${path}.procMount`, sc.procMount, '`hostUsers` must be false to use `Unmasked`'));
  }
  if (sc.allowPrivilegeEscalation === false) {
    if (sc.privileged === true) errs.push(invalid(path, sc, 'cannot set `allowPrivilegeEscalation` to false and `privileged` to true'));
    const caps = isObj(sc.capabilities) ? list(sc.capabilities.add) : [];
    if (caps.includes('CAP_SYS_ADMIN')) errs.push(invalid(path, sc, 'cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN'));
  }
  errs.push(...validateSeccompProfile(sc.seccompProfile, `${path}.seccompProfile`));
  errs.push(...validateWindowsSecurityContextOptions(sc.windowsOptions, `${path}.windowsOptions`));
  errs.push(...validateAppArmorProfile(sc.appArmorProfile, `${path}.appArmorProfile`));
  return errs;
}

const supportedScheduleActions = ['DoNotSchedule', 'ScheduleAnyway'];
const supportedNodeInclusionPolicies = ['Honor', 'Ignore'];

/** validateTopologySpreadConstraints (pkg/apis/core/validation), rule by rule in its order. */
function validateTopologySpreadConstraints(cs: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const all = list(cs).map((c) => (isObj(c) ? c : {}));
  all.forEach((c, i) => {
    const p = idx(path, i);
    const maxSkew = isNum(c.maxSkew) ? c.maxSkew : 0;
    if (maxSkew <= 0) errs.push(invalid(`${p}.maxSkew`, maxSkew, 'must be greater than zero'));
    const key = isStr(c.topologyKey) ? c.topologyKey : '';
    if (key === '') errs.push(required(`${p}.topologyKey`, 'can not be empty'));
    const action = isStr(c.whenUnsatisfiable) ? c.whenUnsatisfiable : '';
    if (!supportedScheduleActions.includes(action)) errs.push(notSupported(`${p}.whenUnsatisfiable`, action, supportedScheduleActions));
    // ValidateSpreadConstraintNotRepeat: one constraint per {topologyKey, whenUnsatisfiable}
    if (all.slice(i + 1).some((o) => (isStr(o.topologyKey) ? o.topologyKey : '') === key && (isStr(o.whenUnsatisfiable) ? o.whenUnsatisfiable : '') === action)) {
      errs.push(duplicate(`${p}.{topologyKey, whenUnsatisfiable}`, `{${key}, ${action}}`));
    }
    if (isNum(c.minDomains)) {
      if (c.minDomains <= 0) errs.push(invalid(`${p}.minDomains`, c.minDomains, 'must be greater than zero'));
      if (action !== 'DoNotSchedule') errs.push(invalid(`${p}.minDomains`, c.minDomains, `can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ${action}`));
    }
    for (const policy of ['nodeAffinityPolicy', 'nodeTaintsPolicy']) {
      const v = c[policy];
      if (v !== undefined && v !== null && !supportedNodeInclusionPolicies.includes(v as string)) errs.push(notSupported(`${p}.${policy}`, v, supportedNodeInclusionPolicies));
    }
    // validateMatchLabelKeysInTopologySpread
    const keys = list(c.matchLabelKeys);
    if (keys.length > 0) {
      const sel = isObj(c.labelSelector) ? c.labelSelector : undefined;
      const selectorKeys = new Set<string>();
      if (sel) {
        for (const k of Object.keys(isObj(sel.matchLabels) ? sel.matchLabels : {})) selectorKeys.add(k);
        for (const e of list(sel.matchExpressions)) if (isObj(e) && isStr(e.key)) selectorKeys.add(e.key);
      } else errs.push(forbidden(`${p}.matchLabelKeys`, 'must not be specified when labelSelector is not set'));
      keys.forEach((k, j) => {
        if (!isStr(k)) return;
        errs.push(...validateQualifiedName(k, idx(`${p}.matchLabelKeys`, j)));
        if (selectorKeys.has(k)) errs.push(invalid(idx(`${p}.matchLabelKeys`, j), k, 'exists in both matchLabelKeys and labelSelector'));
      });
    }
    errs.push(...validateLabelSelector(c.labelSelector, `${p}.labelSelector`));
  });
  return errs;
}

const containerRestartPolicies = ['Always', 'Never', 'OnFailure'];
/** RestartAllContainers needs RestartAllContainersOnContainerExits (alpha, off in 1.35) */
const containerRestartRuleActions = ['Restart'];
const MaxContainerRestartRules = 20;
const MaxContainerRestartRuleValues = 255;

/**
 * validateContainerRestartPolicy (ContainerRestartRules): rules need a policy; the policy is one of
 * three; at most 20 rules, each with a supported action and an exitCodes requirement (In or NotIn,
 * at most 255 values; the values themselves are not checked).
 */
function validateContainerRestartPolicy(c: Obj, p: string): FieldError[] {
  const errs: FieldError[] = [];
  const policy = c.restartPolicy;
  const rules = list(c.restartPolicyRules);
  if (policy === undefined || policy === null) {
    if (rules.length === 0) return errs;
    errs.push(required(`${p}.restartPolicy`, 'must specify restartPolicy when restart rules are used'));
  } else if (!containerRestartPolicies.includes(policy as string)) errs.push(notSupported(`${p}.restartPolicy`, policy, containerRestartPolicies));
  if (rules.length > MaxContainerRestartRules) errs.push(tooMany(`${p}.restartPolicyRules`, rules.length, MaxContainerRestartRules));
  for (const [rule, i] of objs(c.restartPolicyRules)) {
    const rp = idx(`${p}.restartPolicyRules`, i);
    const action = isStr(rule.action) ? rule.action : '';
    if (!containerRestartRuleActions.includes(action)) errs.push(notSupported(`${rp}.action`, action, containerRestartRuleActions));
    if (isObj(rule.exitCodes)) {
      const op = isStr(rule.exitCodes.operator) ? rule.exitCodes.operator : '';
      if (op !== 'In' && op !== 'NotIn') errs.push(notSupported(`${rp}.exitCodes.operator`, op, ['In', 'NotIn']));
      const values = list(rule.exitCodes.values);
      if (values.length > MaxContainerRestartRuleValues) errs.push(tooMany(`${rp}.exitCodes.values`, values.length, MaxContainerRestartRuleValues));
    } else errs.push(required(`${rp}.exitCodes`, 'must be specified'));
  }
  return errs;
}

/**
 * validateInitContainerRestartPolicy: Always makes a sidecar, which may not have rules (unless
 * RestartAllContainersOnContainerExits, off); any other policy is checked as a container's.
 */
function validateInitContainerRestartPolicy(c: Obj, p: string): FieldError[] {
  const policy = c.restartPolicy;
  // rules without a policy: said once, the rules themselves unread (unlike a regular container's)
  if (policy === undefined || policy === null) return list(c.restartPolicyRules).length > 0 ? [required(`${p}.restartPolicy`, 'must specify restartPolicy when restart rules are used')] : [];
  if (policy === 'Always') return list(c.restartPolicyRules).length > 0 ? [forbidden(`${p}.restartPolicyRules`, 'restartPolicyRules are not allowed for init containers with restart policy Always')] : [];
  return validateContainerRestartPolicy(c, p);
}

/**
 * validatePodResources (PodLevelResources, beta and on in 1.34-1.35): cpu, memory and huge pages
 * only (validatePodResourceName), valid quantities as a container's, then
 * validatePodResourceConsistency: pod-level requests that cover the containers' aggregate, for
 * the resources the pod sets (an unset one is not compared), and no regular container limited
 * above the pod's limit of a resource. Also run on each Pod create, after its defaulting.
 */
export function validatePodLevelResources(spec: Obj, path: string): FieldError[] {
  if (!isObj(spec.resources)) return [];
  const rp = `${path}.resources`;
  const errs: FieldError[] = [];
  for (const list of ['requests', 'limits'] as const) {
    const m = spec.resources[list];
    if (!isObj(m)) continue;
    for (const name of Object.keys(m)) if (!isSupportedPodLevelResource(name)) errs.push(notSupported(key(`${rp}.${list}`, name), name, [...SupportedPodLevelResources]));
  }
  if (errs.length > 0) return errs;
  errs.push(...validateResources(spec.resources, rp));
  if (errs.length > 0) return errs;
  const requests = isObj(spec.resources.requests) ? (spec.resources.requests as Record<string, string>) : {};
  const limits = isObj(spec.resources.limits) ? (spec.resources.limits as Record<string, string>) : {};
  const containers = objs(spec.containers).map(([c]) => c as unknown as Container);
  if (Object.keys(requests).length > 0) {
    const aggregate = aggregateContainerRequest(containers, Array.isArray(spec.initContainers) ? objs(spec.initContainers).map(([c]) => c as unknown as Container) : undefined);
    for (const name of Object.keys(requests).sort(podLevelOrder)) {
      const q = requests[name]!;
      const have = name === 'cpu' ? cpuMilli(q) : memoryBytes(q);
      const need = name === 'cpu' ? aggregate.cpuMilli : name === 'memory' ? aggregate.memoryBytes : (aggregate.scalar?.get(name) ?? 0);
      if (have < need) errs.push(invalid(key(`${rp}.requests`, name), q, `must be greater than or equal to aggregate container requests of ${name === 'cpu' ? formatCpu(need) : formatMemory(need)}`));
    }
  }
  // "Individual Container limits must be <= Pod-level limits", at the path upstream builds
  // (resources.containers[i][name].limits), regular containers only
  containers.forEach((c, i) => {
    const own = isObj(c.resources) && isObj(c.resources.limits) ? (c.resources.limits as Record<string, string>) : {};
    for (const [name, q] of Object.entries(own)) {
      const podLimit = limits[name];
      if (podLimit === undefined || quantityError(q) !== null || compareQuantities(q, podLimit) <= 0) continue;
      errs.push(invalid(`${rp}.containers[${i}][${name}].limits`, canonicalQuantity(q), `must be less than or equal to pod limits of ${canonicalQuantity(podLimit)}`));
    }
  });
  return errs;
}

/** cpu, memory, then huge pages by name: the order the checks above report in */
const podLevelOrder = (a: string, b: string) => {
  const rank = (n: string) => (n === 'cpu' ? 0 : n === 'memory' ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
};

/** A sum of cpu requests as a Quantity prints it: 2, 1500m. */
const formatCpu = (milli: number) => (milli % 1000 === 0 ? String(milli / 1000) : `${milli}m`);
/** A sum of memory requests in binary units where they divide it: 1Gi, 384Mi, else bytes. */
function formatMemory(bytes: number): string {
  for (const [unit, size] of [['Ei', 2 ** 60], ['Pi', 2 ** 50], ['Ti', 2 ** 40], ['Gi', 2 ** 30], ['Mi', 2 ** 20], ['Ki', 2 ** 10]] as const) if (bytes >= size && bytes % size === 0) return `${bytes / size}${unit}`;
  return String(bytes);
}

/**
 * validateHostUsers: a pod in a user namespace (hostUsers false) shares no other namespace with the
 * host. The paths of hostPID and hostIPC are capitalised, as upstream names them.
 */
function validateHostUsers(spec: Obj, path: string): FieldError[] {
  if (spec.hostUsers !== false) return [];
  const why = 'when `pod.Spec.HostUsers` is false';
  const errs: FieldError[] = [];
  if (spec.hostNetwork === true) errs.push(forbidden(`${path}.hostNetwork`, why));
  if (spec.hostPID === true) errs.push(forbidden(`${path}.HostPID`, why));
  if (spec.hostIPC === true) errs.push(forbidden(`${path}.HostIPC`, why));
  return errs;
}

/** ValidatePodSpec, the fields a Job's pods use. restartPolicy is left to the Job rules (validateJobSpec gives both refusals). */
export function validatePodSpec(specIn: unknown, path: string): FieldError[] {
  // a missing spec is validated as its zero value, as the decoded Go struct would be
  const spec: Obj = isObj(specIn) ? specIn : {};
  const errs: FieldError[] = [];
  // the pod's grace period (defaulted to 30), which a lifecycle sleep must not exceed
  const gracePeriod = isNum(spec.terminationGracePeriodSeconds) ? spec.terminationGracePeriodSeconds : 30;
  const vols = validateVolumes(spec.volumes, `${path}.volumes`);
  errs.push(...vols.errs);
  // containers: at least one; names unique across containers and init containers
  // gatherPodResourceClaimNames: the names containers' resources.claims may use
  const podClaimNames = new Set(objs(spec.resourceClaims).map(([rc]) => (isStr(rc.name) ? rc.name : '')).filter((n) => n !== ''));
  const containers = list(spec.containers);
  const names = new Set<string>();
  if (containers.length === 0) errs.push(required(`${path}.containers`));
  for (const [c, i] of objs(spec.containers)) {
    const p = idx(`${path}.containers`, i);
    errs.push(...validateContainer(c, p, vols.names, podClaimNames, spec.hostUsers !== false));
    const n = isStr(c.name) ? c.name : '';
    if (names.has(n)) errs.push(duplicate(`${p}.name`, n));
    else names.add(n);
    errs.push(...validateProbesAndLifecycle(c, p, gracePeriod));
    errs.push(...validateResizePolicy(c.resizePolicy, `${p}.resizePolicy`, spec.restartPolicy));
    // validateContainers (ContainerRestartRules, beta and on in 1.35): a policy and rules of its own
    errs.push(...validateContainerRestartPolicy(c, p));
  }
  for (const [c, i] of objs(spec.initContainers)) {
    const p = idx(`${path}.initContainers`, i);
    errs.push(...validateContainer(c, p, vols.names, podClaimNames, spec.hostUsers !== false));
    errs.push(...validateInitContainerRestartPolicy(c, p));
    const n = isStr(c.name) ? c.name : '';
    if (names.has(n)) errs.push(duplicate(`${p}.name`, n));
    if (n.length > 0) names.add(n);
    // validateInitContainers: init containers run one by one, so each is checked alone, as a
    // one-element list: its conflicts are named initContainers[0] whatever its index (upstream quirk)
    errs.push(...checkHostPortConflicts([c], `${path}.initContainers`));
    // lifecycle hooks and probes are for sidecars; an init container that runs to completion has none
    if (c.restartPolicy === 'Always') errs.push(...validateProbesAndLifecycle(c, p, gracePeriod));
    else {
      for (const probe of ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe'] as const) {
        if (c[probe] !== undefined && c[probe] !== null) errs.push(forbidden(`${p}.${probe}`, 'may not be set for init containers without restartPolicy=Always'));
      }
    }
  }
  errs.push(...validatePodLevelResources(spec, path));
  errs.push(...validateHostPorts(spec, path));
  if (isStr(spec.dnsPolicy) && !supportedDNSPolicies.includes(spec.dnsPolicy)) errs.push(notSupported(`${path}.dnsPolicy`, spec.dnsPolicy, supportedDNSPolicies));
  // validatePodDNSConfig: dnsPolicy None needs a dnsConfig with a nameserver
  if (spec.dnsPolicy === 'None') {
    if (!isObj(spec.dnsConfig)) errs.push(required(`${path}.dnsConfig`, 'must provide `dnsConfig` when `dnsPolicy` is None'));
    else if (list(spec.dnsConfig.nameservers).length === 0) errs.push(required(`${path}.dnsConfig.nameservers`, 'must provide at least one DNS nameserver when `dnsPolicy` is None'));
  }
  errs.push(...validateDNSConfig(spec.dnsConfig, `${path}.dnsConfig`));
  errs.push(...validateHostAliases(spec.hostAliases, `${path}.hostAliases`));
  errs.push(...validateGates(spec, path));
  errs.push(...validatePodSecurityContext(spec, `${path}.securityContext`));
  errs.push(...validateOSFields(spec, path));
  errs.push(...validateLabels(spec.nodeSelector, `${path}.nodeSelector`));
  errs.push(...validateHostUsers(spec, path));
  if (isStr(spec.serviceAccountName) && spec.serviceAccountName !== '') errs.push(...validateDNS1123Subdomain(spec.serviceAccountName, `${path}.serviceAccountName`));
  if (isStr(spec.nodeName) && spec.nodeName !== '') errs.push(...validateDNS1123Subdomain(spec.nodeName, `${path}.nodeName`));
  if (isNum(spec.activeDeadlineSeconds) && (spec.activeDeadlineSeconds < 1 || spec.activeDeadlineSeconds > 2147483647)) {
    errs.push(invalid(`${path}.activeDeadlineSeconds`, spec.activeDeadlineSeconds, inclusiveRangeError(1, 2147483647)));
  }
  // a negative terminationGracePeriodSeconds is accepted with a warning (podTemplateWarnings)
  if (isStr(spec.hostname) && spec.hostname !== '') errs.push(...validateDNS1123Label(spec.hostname, `${path}.hostname`));
  if (isStr(spec.subdomain) && spec.subdomain !== '') errs.push(...validateDNS1123Label(spec.subdomain, `${path}.subdomain`));
  errs.push(...validateTolerations(spec.tolerations, `${path}.tolerations`));
  errs.push(...validateAffinity(spec.affinity, `${path}.affinity`));
  errs.push(...validateTopologySpreadConstraints(spec.topologySpreadConstraints, `${path}.topologySpreadConstraints`));
  if (isStr(spec.priorityClassName) && spec.priorityClassName !== '') errs.push(...validateDNS1123Subdomain(spec.priorityClassName, `${path}.priorityClassName`));
  // no rule for schedulerName: ValidatePodSpec accepts any (a scheduler of that name may never come)
  // ValidateRuntimeClassName (NameIsDNSSubdomain): a pointer, so an empty name is checked too
  if (isStr(spec.runtimeClassName)) errs.push(...validateDNS1123Subdomain(spec.runtimeClassName, `${path}.runtimeClassName`));
  if (spec.preemptionPolicy !== undefined && !supportedPreemptionPolicies.includes(spec.preemptionPolicy as string)) {
    errs.push(notSupported(`${path}.preemptionPolicy`, spec.preemptionPolicy, supportedPreemptionPolicies));
  }
  return errs;
}

/**
 * ValidatePodTemplateSpec. Upstream names the template's labels `<path>.labels` (no `metadata`),
 * and so does this. `extraLabels` are labels the API adds before validating (the generated
 * job-name labels).
 */
export function validatePodTemplateSpec(tIn: unknown, path: string, extraLabels: Record<string, string> = {}): FieldError[] {
  const t: Obj = isObj(tIn) ? tIn : {};
  const meta = isObj(t.metadata) ? t.metadata : {};
  const errs: FieldError[] = [];
  errs.push(...validateLabels({ ...strMap(meta.labels), ...extraLabels }, `${path}.labels`));
  errs.push(...validateAnnotations(meta.annotations, `${path}.annotations`));
  errs.push(...validatePodSpecificAnnotations(meta.annotations, t.spec, `${path}.annotations`));
  errs.push(...validatePodSpec(t.spec, `${path}.spec`));
  errs.push(...validateSeccompAnnotationsAndFields(meta.annotations, t.spec, `${path}.spec`));
  // ephemeral containers are added to a running pod through its subresource, never by a template
  // (their own fields, which upstream's validateEphemeralContainers also checks, are not)
  if (isObj(t.spec) && list(t.spec.ephemeralContainers).length > 0) errs.push(forbidden(`${path}.spec.ephemeralContainers`, 'ephemeral containers not allowed in pod template'));
  return errs;
}

/**
 * validateSeccompAnnotationsAndFields: where a deprecated seccomp annotation and the field of the
 * pod (or of a container, by its name) are both set, they must name the same profile
 * (validateSeccompAnnotationsAndFieldsMatch).
 */
function validateSeccompAnnotationsAndFields(annotations: unknown, specIn: unknown, specPath: string): FieldError[] {
  const a = strMap(annotations);
  const spec: Obj = isObj(specIn) ? specIn : {};
  const errs: FieldError[] = [];
  const match = (annotation: unknown, field: unknown, fp: string) => {
    const e = seccompAnnotationAndFieldMatch(isStr(annotation) ? annotation : '', field, fp);
    if (e) errs.push(e);
  };
  const podField = isObj(spec.securityContext) ? spec.securityContext.seccompProfile : undefined;
  if (isObj(podField) && Object.hasOwn(a, SeccompPodAnnotationKey)) match(a[SeccompPodAnnotationKey], podField, `${specPath}.securityContext.seccompProfile`);
  // VisitContainersWithPath: init containers, then containers (ephemeral ones are refused above)
  for (const kind of ['initContainers', 'containers'] as const) {
    for (const [c, i] of objs(spec[kind])) {
      const field = isObj(c.securityContext) ? c.securityContext.seccompProfile : undefined;
      const k = SeccompContainerAnnotationKeyPrefix + (isStr(c.name) ? c.name : '');
      if (isObj(field) && Object.hasOwn(a, k)) match(a[k], field, `${idx(`${specPath}.${kind}`, i)}.securityContext.seccompProfile`);
    }
  }
  return errs;
}

/** validateSeccompAnnotationsAndFieldsMatch: the annotation's profile for the field's type. */
export function seccompAnnotationAndFieldMatch(annotation: string, field: unknown, path: string): FieldError | undefined {
  if (!isObj(field)) return undefined;
  const mismatch = forbidden(`${path}.type`, 'seccomp type in annotation and field must match');
  switch (field.type) {
    case 'Unconfined':
      return annotation === 'unconfined' ? undefined : mismatch;
    case 'RuntimeDefault':
      return annotation === 'runtime/default' || annotation === 'docker/default' ? undefined : mismatch;
    case 'Localhost':
      if (!annotation.startsWith('localhost/')) return mismatch;
      if (!isStr(field.localhostProfile) || annotation.slice('localhost/'.length) !== field.localhostProfile) return forbidden(`${path}.localhostProfile`, 'seccomp profile in annotation and field must match');
      return undefined;
    default:
      return undefined;
  }
}

const MirrorPodAnnotationKey = 'kubernetes.io/config.mirror';
const SeccompPodAnnotationKey = 'seccomp.security.alpha.kubernetes.io/pod';
const SeccompContainerAnnotationKeyPrefix = 'container.seccomp.security.alpha.kubernetes.io/';
const AppArmorContainerAnnotationKeyPrefix = 'container.apparmor.security.beta.kubernetes.io/';

/**
 * ValidatePodSpecificAnnotations, the parts a template can trip: the mirror-pod annotation needs a
 * nodeName; the deprecated seccomp annotations name a valid profile (ValidateSeccompPodAnnotations,
 * which names the key as a child of `annotations`, not as a subscript); the deprecated AppArmor
 * ones name a container of the pod and a valid profile. Between them, as upstream orders them:
 * the legacy tolerations annotation holds valid tolerations (ValidateTolerationsInPodAnnotations),
 * and the pod-deletion-cost annotation is a 32-bit integer (PodDeletionCost, beta and on, so
 * AllowInvalidPodDeletionCost is false on create). Keys are taken in sorted order (upstream ranges
 * over a Go map).
 */
function validatePodSpecificAnnotations(annotations: unknown, specIn: unknown, path: string): FieldError[] {
  const a = strMap(annotations);
  const spec: Obj = isObj(specIn) ? specIn : {};
  const errs: FieldError[] = [];
  if (Object.hasOwn(a, MirrorPodAnnotationKey) && !(isStr(spec.nodeName) && spec.nodeName !== '')) {
    errs.push(invalid(key(path, MirrorPodAnnotationKey), a[MirrorPodAnnotationKey], 'must set spec.nodeName if mirror pod annotation is set'));
  }
  if (isStr(a[TolerationsAnnotationKey]) && a[TolerationsAnnotationKey] !== '') {
    const parsed = tolerationsFromPodAnnotation(a[TolerationsAnnotationKey]);
    if (typeof parsed === 'string') errs.push(invalid(path, TolerationsAnnotationKey, parsed));
    else errs.push(...validateTolerations(parsed, `${path}.${TolerationsAnnotationKey}`));
  }
  if (Object.hasOwn(a, PodDeletionCostKey) && deletionCostFromPodAnnotation(a[PodDeletionCostKey]!) === undefined) {
    errs.push(invalid(key(path, PodDeletionCostKey), a[PodDeletionCostKey], 'must be a 32bit integer'));
  }
  const keys = Object.keys(a).sort();
  if (Object.hasOwn(a, SeccompPodAnnotationKey)) errs.push(...validateSeccompAnnotationProfile(a[SeccompPodAnnotationKey], `${path}.${SeccompPodAnnotationKey}`));
  for (const k of keys) if (k.startsWith(SeccompContainerAnnotationKeyPrefix)) errs.push(...validateSeccompAnnotationProfile(a[k], `${path}.${k}`));
  const containerNames = new Set([...objs(spec.initContainers), ...objs(spec.containers)].map(([c]) => c.name));
  for (const k of keys) {
    if (!k.startsWith(AppArmorContainerAnnotationKeyPrefix)) continue;
    const name = k.slice(AppArmorContainerAnnotationKeyPrefix.length);
    if (!containerNames.has(name)) errs.push(invalid(key(path, k), name, 'container not found'));
    const profile = isStr(a[k]) ? a[k] : '';
    // ValidateAppArmorProfileFormat
    if (profile !== '' && profile !== 'runtime/default' && profile !== 'unconfined' && !profile.startsWith('localhost/')) {
      errs.push(invalid(key(path, k), profile, `invalid AppArmor profile name: ${JSON.stringify(profile)}`));
    }
  }
  return errs;
}

const TolerationsAnnotationKey = 'scheduler.alpha.kubernetes.io/tolerations';
const PodDeletionCostKey = 'controller.kubernetes.io/pod-deletion-cost';

/**
 * GetDeletionCostFromPodAnnotations: a decimal int32 with no sign but `-` and no leading zero
 * (validFirstDigit, then strconv.ParseInt(v, 10, 32)); undefined where upstream errs.
 */
export function deletionCostFromPodAnnotation(v: string): number | undefined {
  if (!/^(0|-[0-9]+|[1-9][0-9]*)$/.test(v)) return undefined;
  const n = Number(v);
  return n >= -2147483648 && n <= 2147483647 ? n : undefined;
}

/** encoding/json's name for the JSON kind of a value, in its UnmarshalTypeError. */
const jsonKind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : typeof v === 'boolean' ? 'bool' : typeof v);
const tolerationFields: Record<string, 'string' | 'int64'> = { key: 'string', operator: 'string', value: 'string', effect: 'string', tolerationSeconds: 'int64' };

/**
 * GetTolerationsFromPodAnnotations: the annotation decoded by encoding/json into []Toleration,
 * which matches field names case-insensitively and ignores unknown ones; returns the error text
 * where decoding fails (a syntax error's wording is JSON.parse's, not Go's).
 */
export function tolerationsFromPodAnnotation(text: string): Obj[] | string {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    return (e as Error).message;
  }
  if (v === null) return [];
  if (!Array.isArray(v)) return `json: cannot unmarshal ${jsonKind(v)} into Go value of type []core.Toleration`;
  const out: Obj[] = [];
  let firstErr: string | undefined;
  for (const el of v) {
    if (el === null) {
      out.push({});
      continue;
    }
    if (!isObj(el)) {
      firstErr ??= `json: cannot unmarshal ${jsonKind(el)} into Go value of type core.Toleration`;
      continue;
    }
    const t: Obj = {};
    for (const [k, x] of Object.entries(el)) {
      const name = Object.keys(tolerationFields).find((f) => f.toLowerCase() === k.toLowerCase());
      if (name === undefined || x === null) continue;
      const want = tolerationFields[name]!;
      const ok = want === 'string' ? isStr(x) : isNum(x) && Number.isInteger(x);
      if (ok) t[name] = x;
      else firstErr ??= `json: cannot unmarshal ${want === 'int64' && isNum(x) ? `number ${x}` : jsonKind(x)} into Go struct field Toleration.${name} of type ${want}`;
    }
    out.push(t);
  }
  return firstErr ?? out;
}

/** ValidateSeccompProfile (the annotation form): runtime/default, docker/default, unconfined or localhost/<relative path>. */
function validateSeccompAnnotationProfile(p: unknown, path: string): FieldError[] {
  const v = isStr(p) ? p : '';
  if (v === 'runtime/default' || v === 'docker/default' || v === 'unconfined') return [];
  if (v.startsWith('localhost/')) return localDescendingPath(v.slice('localhost/'.length), path);
  return [invalid(path, v, 'must be a valid seccomp profile')];
}

// ---------------------------------------------------------------------------------------------
// batch/v1 Job (pkg/apis/batch/validation/validation.go)

const maxParallelismForIndexedJob = 100_000;
const maxFailedIndexesForIndexedJob = 100_000;
const completionsSoftLimit = 100_000;
const parallelismLimitForHighCompletions = 10_000;
const maxFailedIndexesLimitForHighCompletions = 10_000;
const maxPodFailurePolicyRules = 20;
const maxPodFailurePolicyOnExitCodesValues = 255;
const maxPodFailurePolicyOnPodConditionsPatterns = 20;
const maxManagedByLength = 63;
const maxJobSuccessPolicySucceededIndexesLimit = 64 * 1024;
const maxSuccessPolicyRule = 20;
const supportedPodFailurePolicyActions = ['Count', 'FailIndex', 'FailJob', 'Ignore'];
const supportedOnExitCodesOperators = ['In', 'NotIn'];
const supportedOnPodConditionsStatus = ['False', 'True', 'Unknown'];
const supportedPodReplacementPolicy = ['Failed', 'TerminatingOrFailed'];

function validatePodFailurePolicy(spec: JobSpec, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const pfp = spec.podFailurePolicy as unknown;
  if (!isObj(pfp)) return errs;
  const rulesPath = `${path}.rules`;
  const rules = list(pfp.rules);
  if (rules.length > maxPodFailurePolicyRules) errs.push(tooMany(rulesPath, rules.length, maxPodFailurePolicyRules));
  const containerNames = new Set<string>();
  const ps = (spec.template as unknown as Obj | undefined)?.spec;
  for (const [c] of objs(isObj(ps) ? ps.containers : undefined)) if (isStr(c.name)) containerNames.add(c.name);
  for (const [c] of objs(isObj(ps) ? ps.initContainers : undefined)) if (isStr(c.name)) containerNames.add(c.name);
  for (const [rule, i] of objs(pfp.rules)) {
    const rp = idx(rulesPath, i);
    const ap = `${rp}.action`;
    const action = isStr(rule.action) ? rule.action : '';
    if (action === '') errs.push(required(ap, `valid values: ${goQuotedList(supportedPodFailurePolicyActions)}`));
    else if (action === 'FailIndex') {
      if (spec.backoffLimitPerIndex === undefined) errs.push(invalid(ap, action, 'requires the backoffLimitPerIndex to be set'));
    } else if (!supportedPodFailurePolicyActions.includes(action)) errs.push(notSupported(ap, action, supportedPodFailurePolicyActions));
    const onExit = rule.onExitCodes;
    const onConds = list(rule.onPodConditions);
    if (isObj(onExit)) errs.push(...validateOnExitCodes(onExit, `${rp}.onExitCodes`, containerNames));
    if (onConds.length > 0) {
      const cp = `${rp}.onPodConditions`;
      if (onConds.length > maxPodFailurePolicyOnPodConditionsPatterns) errs.push(tooMany(cp, onConds.length, maxPodFailurePolicyOnPodConditionsPatterns));
      for (const [pat, j] of objs(onConds)) {
        const pp = idx(cp, j);
        errs.push(...validateQualifiedName(isStr(pat.type) ? pat.type : '', `${pp}.type`));
        const st = isStr(pat.status) ? pat.status : '';
        if (st === '') errs.push(required(`${pp}.status`, `valid values: ${goQuotedList(supportedOnPodConditionsStatus)}`));
        else if (!supportedOnPodConditionsStatus.includes(st)) errs.push(notSupported(`${pp}.status`, st, supportedOnPodConditionsStatus));
      }
    }
    if (isObj(onExit) && onConds.length > 0) errs.push(invalidOmit(rp, 'specifying both OnExitCodes and OnPodConditions is not supported'));
    if (!isObj(onExit) && onConds.length === 0) errs.push(invalidOmit(rp, 'specifying one of OnExitCodes and OnPodConditions is required'));
  }
  return errs;
}

function validateOnExitCodes(r: Obj, path: string, containerNames: Set<string>): FieldError[] {
  const errs: FieldError[] = [];
  const op = isStr(r.operator) ? r.operator : '';
  if (op === '') errs.push(required(`${path}.operator`, `valid values: ${goQuotedList(supportedOnExitCodesOperators)}`));
  else if (!supportedOnExitCodesOperators.includes(op)) errs.push(notSupported(`${path}.operator`, op, supportedOnExitCodesOperators));
  if (isStr(r.containerName) && !containerNames.has(r.containerName)) {
    errs.push(invalid(`${path}.containerName`, r.containerName, 'must be one of the container or initContainer names in the pod template'));
  }
  const vp = `${path}.values`;
  const values = list(r.values).filter(isNum);
  if (values.length === 0) errs.push(invalid(vp, new GoRendered(goInt32Slice(values)), 'at least one value is required'));
  else if (values.length > maxPodFailurePolicyOnExitCodesValues) errs.push(tooMany(vp, values.length, maxPodFailurePolicyOnExitCodesValues));
  let ordered = true;
  const seen = new Set<number>();
  values.forEach((v, j) => {
    if (op === 'In' && v === 0) errs.push(invalid(idx(vp, j), v, 'must not be 0 for the In operator'));
    if (seen.has(v)) errs.push(duplicate(idx(vp, j), v));
    else seen.add(v);
    if (j > 0 && values[j - 1]! > v) ordered = false;
  });
  if (!ordered) errs.push(invalid(vp, new GoRendered(goInt32Slice(values)), 'must be ordered'));
  return errs;
}

/** parseIndexInterval / validateIndexesFormat: returns the number of indexes or an error text. */
export function validateIndexesFormat(s: string, completions: number): number | string {
  if (s.length === 0) return 0;
  let last: number | undefined;
  let total = 0;
  for (const interval of s.split(',')) {
    const lim = interval.split('-');
    if (lim.length > 2) return `the fragment ${JSON.stringify(interval)} violates the requirement that an index interval can have at most two parts separated by '-'`;
    // strconv.Atoi: an optional sign and decimal digits, within int64 (ErrRange past it)
    const atoi = (x: string) => (/^[+-]?\d+$/.test(x) && BigInt.asIntN(64, BigInt(x)) === BigInt(x) ? Number(x) : NaN);
    const x = atoi(lim[0]!);
    if (Number.isNaN(x)) return `cannot convert string to integer for index: ${JSON.stringify(lim[0])}`;
    if (x >= completions) return `too large index: ${JSON.stringify(lim[0])}`;
    let y = x;
    if (lim.length > 1) {
      y = atoi(lim[1]!);
      if (Number.isNaN(y)) return `cannot convert string to integer for index: ${JSON.stringify(lim[1])}`;
      if (y >= completions) return `too large index: ${JSON.stringify(lim[1])}`;
      if (x >= y) return `non-increasing order, previous: ${x}, current: ${y}`;
    }
    if (last !== undefined && last >= x) return `non-increasing order, previous: ${last}, current: ${x}`;
    total += y - x + 1;
    last = y;
  }
  return total;
}

function validateSuccessPolicy(spec: JobSpec, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const sp = spec.successPolicy as unknown;
  if (!isObj(sp)) return errs;
  const rulesPath = `${path}.rules`;
  const rules = list(sp.rules);
  if (rules.length === 0) errs.push(required(rulesPath, 'at least one rules must be specified when the successPolicy is specified'));
  if (rules.length > maxSuccessPolicyRule) errs.push(tooMany(rulesPath, rules.length, maxSuccessPolicyRule));
  const completions = spec.completions;
  for (const [rule, i] of objs(sp.rules)) {
    const rp = idx(rulesPath, i);
    if (rule.succeededCount === undefined && rule.succeededIndexes === undefined) errs.push(required(rp, 'at least one of succeededCount or succeededIndexes must be specified'));
    let total = 0;
    // completions is required for Indexed Jobs; without it that error stands alone
    if (isStr(rule.succeededIndexes) && isNum(completions)) {
      const p = `${rp}.succeededIndexes`;
      if (rule.succeededIndexes.length > maxJobSuccessPolicySucceededIndexesLimit) errs.push(tooLong(p, maxJobSuccessPolicySucceededIndexesLimit));
      const r = validateIndexesFormat(rule.succeededIndexes, completions);
      if (typeof r === 'string') errs.push(invalid(p, rule.succeededIndexes, `error parsing succeededIndexes: ${r}`));
      else total = r;
    }
    if (isNum(rule.succeededCount) && isNum(completions)) {
      const p = `${rp}.succeededCount`;
      errs.push(...nonNegative(rule.succeededCount, p));
      if (rule.succeededCount > completions) errs.push(invalid(p, rule.succeededCount, `must be less than or equal to ${completions} (the number of specified completions)`));
      if (isStr(rule.succeededIndexes) && rule.succeededCount > total) {
        errs.push(invalid(p, rule.succeededCount, `must be less than or equal to ${total} (the number of indexes in the specified succeededIndexes field)`));
      }
    }
  }
  return errs;
}

/** validateJobSpec: the rules shared by Jobs and CronJob job templates. */
export function validateJobSpecCommon(spec: JobSpec, path: string, extraTemplateLabels: Record<string, string> = {}): FieldError[] {
  const errs: FieldError[] = [];
  const s = spec as unknown as Obj;
  for (const f of ['parallelism', 'completions', 'activeDeadlineSeconds', 'backoffLimit', 'ttlSecondsAfterFinished', 'backoffLimitPerIndex']) {
    errs.push(...nonNegative(s[f], `${path}.${f}`));
  }
  if (spec.maxFailedIndexes !== undefined) {
    errs.push(...nonNegative(spec.maxFailedIndexes, `${path}.maxFailedIndexes`));
    if (spec.backoffLimitPerIndex === undefined) errs.push(required(`${path}.backoffLimitPerIndex`, 'when maxFailedIndexes is specified'));
  }
  if (isStr(spec.managedBy)) {
    errs.push(...isDomainPrefixedPath(`${path}.managedBy`, spec.managedBy));
    if (spec.managedBy.length > maxManagedByLength) errs.push(tooLong(`${path}.managedBy`, maxManagedByLength));
  }
  const mode = spec.completionMode as string | undefined;
  if (mode !== undefined) {
    if (mode !== 'NonIndexed' && mode !== 'Indexed') errs.push(notSupported(`${path}.completionMode`, mode, ['NonIndexed', 'Indexed']));
    if (mode === 'Indexed') {
      const c = spec.completions;
      const par = spec.parallelism;
      const mfi = spec.maxFailedIndexes;
      if (c === undefined) errs.push(required(`${path}.completions`, 'when completion mode is Indexed'));
      if (isNum(par) && par > maxParallelismForIndexedJob) {
        errs.push(invalid(`${path}.parallelism`, par, `must be less than or equal to ${maxParallelismForIndexedJob} when completion mode is Indexed`));
      }
      if (isNum(c) && isNum(mfi) && mfi > c) errs.push(invalid(`${path}.maxFailedIndexes`, mfi, 'must be less than or equal to completions'));
      if (isNum(mfi) && mfi > maxFailedIndexesForIndexedJob) errs.push(invalid(`${path}.maxFailedIndexes`, mfi, `must be less than or equal to ${maxFailedIndexesForIndexedJob}`));
      if (isNum(c) && c > completionsSoftLimit && spec.backoffLimitPerIndex !== undefined) {
        const tail = `when completions are above ${completionsSoftLimit} and used with backoff limit per index`;
        if (mfi === undefined) errs.push(required(`${path}.maxFailedIndexes`, `must be specified when completions is above ${completionsSoftLimit}`));
        if (isNum(par) && par > parallelismLimitForHighCompletions) errs.push(invalid(`${path}.parallelism`, par, `must be less than or equal to ${parallelismLimitForHighCompletions} ${tail}`));
        if (isNum(mfi) && mfi > maxFailedIndexesLimitForHighCompletions) errs.push(invalid(`${path}.maxFailedIndexes`, mfi, `must be less than or equal to ${maxFailedIndexesLimitForHighCompletions} ${tail}`));
      }
    }
  }
  if (mode === undefined || mode === 'NonIndexed') {
    if (spec.backoffLimitPerIndex !== undefined) errs.push(invalid(`${path}.backoffLimitPerIndex`, spec.backoffLimitPerIndex, 'requires indexed completion mode'));
    if (spec.maxFailedIndexes !== undefined) errs.push(invalid(`${path}.maxFailedIndexes`, spec.maxFailedIndexes, 'requires indexed completion mode'));
  }
  if (spec.podFailurePolicy !== undefined) errs.push(...validatePodFailurePolicy(spec, `${path}.podFailurePolicy`));
  if (spec.successPolicy !== undefined) {
    if (mode !== 'Indexed') errs.push(invalid(`${path}.successPolicy`, new GoRendered(goSuccessPolicy(spec.successPolicy)), 'requires indexed completion mode'));
    else errs.push(...validateSuccessPolicy(spec, `${path}.successPolicy`));
  }
  const prp = spec.podReplacementPolicy as string | undefined;
  if (prp !== undefined) {
    if (spec.podFailurePolicy !== undefined) {
      if (prp !== 'Failed') errs.push(notSupported(`${path}.podReplacementPolicy`, prp, ['Failed']));
    } else if (!supportedPodReplacementPolicy.includes(prp)) errs.push(notSupported(`${path}.podReplacementPolicy`, prp, supportedPodReplacementPolicy));
  }
  errs.push(...validatePodTemplateSpec(spec.template, `${path}.template`, extraTemplateLabels));
  // the pod default (Always) counts as unset: a Job's pods must terminate
  const rp = `${path}.template.spec.restartPolicy`;
  const restart = (isObj(spec.template) && isObj(spec.template.spec) ? spec.template.spec.restartPolicy : undefined) as string | undefined;
  if (restart === undefined || restart === '' || restart === 'Always') errs.push(required(rp, 'valid values: "OnFailure", "Never"'));
  else if (restart !== 'OnFailure' && restart !== 'Never') {
    // ValidatePodSpec's validateRestartPolicy refused it first, with the pod's own values
    errs.push(notSupported(rp, restart, ['Always', 'OnFailure', 'Never']), notSupported(rp, restart, ['OnFailure', 'Never']));
  }
  else if (spec.podFailurePolicy !== undefined && restart !== 'Never') errs.push(invalid(rp, restart, 'only "Never" is supported when podFailurePolicy is specified'));
  return errs;
}

/**
 * The uid a Job refused at creation would have had, for the messages that name it ("must be
 * '<uid>'"): the API server assigns it before validating and the object is never stored, so any
 * uid is as right as another; this one is derived from the Job's name, the same in every run.
 */
export function refusedJobUid(namespace: string | undefined, name: string): string {
  const prng = seedrandom.alea(`jobsim/refused-uid/${namespace ?? 'default'}/${name}`);
  const hex = '0123456789abcdef';
  let out = '';
  for (let i = 0; i < 36; i++) {
    if (i === 8 || i === 13 || i === 18 || i === 23) out += '-';
    else if (i === 14) out += '4';
    else if (i === 19) out += hex[8 + Math.floor(prng.quick() * 4)];
    else out += hex[Math.floor(prng.quick() * 16)];
  }
  return out;
}

/** generateSelector's template labels, in validateGeneratedSelector's order (legacy ones first). */
function generatedJobLabels(name: string, uid: string): Array<[string, string]> {
  return [
    ['controller-uid', uid],
    ['job-name', name],
    ['batch.kubernetes.io/controller-uid', uid],
    ['batch.kubernetes.io/job-name', name],
  ];
}

/**
 * A Job as the registry strategy stores it when its selector is generated (PrepareForCreate's
 * generateSelector): the template gets the four labels it lacks, the selector controller-uid=<uid>.
 * Used to check later updates against what is stored.
 */
export function withGeneratedSelector(job: Job, uid: string): Job {
  if (job.spec?.manualSelector === true || !isObj(job.spec)) return job;
  const name = effectiveName(job.metadata ?? ({} as Job['metadata']));
  const out = structuredClone(job);
  out.spec.template ??= {} as Job['spec']['template'];
  generateSelector(out, name, uid);
  return out;
}

/** What validationOptionsForJob (registry/batch/job/strategy.go) decides that the rules here need. */
export interface JobValidationOptions {
  /** the Job's uid (default: the uid a refused Job of that name would have had, refusedJobUid) */
  uid?: string;
  /**
   * RequirePrefixedLabels: true on create; on update, whether the old template had both
   * batch.kubernetes.io/ labels (a Job from before they existed is not failed for lacking them)
   */
  requirePrefixedLabels?: boolean;
  /**
   * Where the spec's own checks (the pod template's, the costly part) may come from a memo: Jobs
   * that a CronJob stamps from one template share them. Called with the computation.
   */
  specErrors?: (compute: () => FieldError[]) => FieldError[];
}

/**
 * ValidateJob: metadata, the generated-selector rules, the JobSpec, and the Indexed hostname rule.
 * Selector generation happens in the store (it needs the uid); on create this checks what it would
 * find, on update (PrepareForUpdate generates nothing) the labels and selector as they are.
 */
export function validateJob(job: Job, mode: 'create' | 'update' = 'create', opts: JobValidationOptions = {}): FieldError[] {
  const errs: FieldError[] = [];
  const meta = (isObj(job.metadata) ? job.metadata : {}) as Job['metadata'];
  const spec = (isObj(job.spec) ? job.spec : {}) as JobSpec;
  const name = effectiveName(meta);
  errs.push(...validateObjectMeta(meta, true));
  // the registry strategy generates the selector unless manualSelector is true
  const generated = spec.manualSelector !== true;
  const tmeta = isObj(spec.template) && isObj(spec.template.metadata) ? spec.template.metadata : {};
  const tlabels = strMap(tmeta.labels);
  let extra: Record<string, string> = {};
  const uid = opts.uid ?? refusedJobUid(meta.namespace, name);
  if (generated && mode === 'create') {
    // generateSelector, then validateGeneratedSelector: a label the user set is kept, and it must
    // be the generated value; the selector gets controller-uid=<uid> and must select them all
    const want = generatedJobLabels(name, uid);
    const podLabels: Record<string, string> = { ...tlabels };
    for (const [k, v] of want) podLabels[k] ??= v;
    for (const [k, v] of want) {
      if (podLabels[k] !== v) errs.push(invalid(key('spec.template.metadata.labels', k), new GoRendered(goStringMap(podLabels)), `must be '${v}'`));
    }
    extra = Object.fromEntries(want.filter(([k]) => tlabels[k] === undefined));
    const user = isObj(spec.selector) ? (spec.selector as LabelSelector) : {};
    if (selectorIsValid(user)) {
      const sel: LabelSelector = { matchLabels: { ...(user.matchLabels ?? {}) }, matchExpressions: user.matchExpressions };
      sel.matchLabels!['batch.kubernetes.io/controller-uid'] ??= uid;
      if (!selectorMatches(sel, Object.fromEntries(want))) errs.push(invalid('spec.selector', new GoRendered(goLabelSelector(sel)), '`selector` not auto-generated'));
      // ValidateJobSpec, whatever made the selector: it must match the labels the pods will have
      if (!selectorMatches(sel, podLabels)) errs.push(invalid('spec.template.metadata.labels', new GoRendered(goStringMap(podLabels)), '`selector` does not match template `labels`'));
    }
    errs.push(...validateLabelSelector(spec.selector, 'spec.selector'));
  } else if (generated && isObj(spec.selector)) {
    // an update: validateGeneratedSelector on the stored labels and selector. A generated label the
    // patch removed is Required (ValidateHasLabel), unless the template has no labels at all; the
    // batch.kubernetes.io/ ones only under RequirePrefixedLabels
    const prefixed = opts.requirePrefixedLabels ?? true;
    const want = generatedJobLabels(name, uid).filter(([k]) => prefixed || !k.startsWith('batch.kubernetes.io/'));
    if (isObj(tmeta.labels)) {
      for (const [k, v] of want) {
        if (tlabels[k] === undefined) errs.push(required(key('spec.template.metadata.labels', k), v));
        else if (tlabels[k] !== v) errs.push(invalid(key('spec.template.metadata.labels', k), new GoRendered(goStringMap(tlabels)), `must be '${v}'`));
      }
    }
    const sel = spec.selector as LabelSelector;
    if (selectorIsValid(sel)) {
      if (!selectorMatches(sel, Object.fromEntries(want))) errs.push(invalid('spec.selector', new GoRendered(goLabelSelector(sel)), '`selector` not auto-generated'));
      const shown = isObj(tmeta.labels) ? tlabels : undefined;
      if (!selectorMatches(sel, tlabels)) errs.push(invalid('spec.template.metadata.labels', new GoRendered(goStringMap(shown)), '`selector` does not match template `labels`'));
    }
    errs.push(...validateLabelSelector(spec.selector, 'spec.selector'));
  } else if (!isObj(spec.selector)) {
    // ValidateJobSpec: no selector (manual, or removed by an update; validateGeneratedSelector then
    // returns early), and LabelSelectorAsSelector(nil) is labels.Nothing(), which matches no labels
    errs.push(required('spec.selector'));
    errs.push(invalid('spec.template.metadata.labels', new GoRendered(goStringMap(isObj(tmeta.labels) ? tlabels : undefined)), '`selector` does not match template `labels`'));
  } else {
    errs.push(...validateLabelSelector(spec.selector, 'spec.selector'));
    if (selectorIsValid(spec.selector) && !selectorMatches(spec.selector, tlabels)) {
      errs.push(invalid('spec.template.metadata.labels', new GoRendered(goStringMap(tlabels)), '`selector` does not match template `labels`'));
    }
  }
  errs.push(...(opts.specErrors ? opts.specErrors(() => validateJobSpecCommon(spec, 'spec', extra)) : validateJobSpecCommon(spec, 'spec', extra)));
  if (spec.completionMode === 'Indexed' && isNum(spec.completions) && spec.completions > 0 && name !== '') {
    // the pods' hostname is `<name>-<index>`: it must be a DNS label for the largest index
    const host = `${name}-${spec.completions - 1}`;
    if (isDNS1123Label(host).length > 0) errs.push(invalid('metadata.name', name, `will not able to create pod with invalid DNS label: ${host}`));
  }
  return dedupe(errs);
}

/** pkg/api/node: node labels that have a newer name */
const deprecatedNodeLabels: ReadonlyMap<string, string> = new Map([
  ['beta.kubernetes.io/arch', 'deprecated since v1.14; use "kubernetes.io/arch" instead'],
  ['beta.kubernetes.io/os', 'deprecated since v1.14; use "kubernetes.io/os" instead'],
  ['failure-domain.beta.kubernetes.io/region', 'deprecated since v1.17; use "topology.kubernetes.io/region" instead'],
  ['failure-domain.beta.kubernetes.io/zone', 'deprecated since v1.17; use "topology.kubernetes.io/zone" instead'],
  ['beta.kubernetes.io/instance-type', 'deprecated since v1.17; use "node.kubernetes.io/instance-type" instead'],
]);

/**
 * WarningsForJobSpec: what the API server accepts with a warning in a Job spec (on create, and on
 * an update that changes the spec): an Indexed Job past the soft limits, then its pod template's.
 */
export function jobSpecWarnings(spec: unknown, path: string): FieldError[] {
  if (!isObj(spec)) return [];
  const out: FieldError[] = [];
  const completions = isNum(spec.completions) ? spec.completions : 0;
  const parallelism = isNum(spec.parallelism) ? spec.parallelism : 0;
  if (spec.completionMode === 'Indexed' && completions > 100_000 && parallelism > 10_000) {
    out.push({ path, message: 'In Indexed Jobs with a number of completions higher than 10^5 and a parallelism higher than 10^4, Kubernetes might not be able to track completedIndexes when a big number of indexes fail' });
  }
  return [...out, ...podTemplateWarnings(spec.template, `${path}.template`)];
}

/**
 * The name check of WarningsOnCreate in the Job and CronJob strategies (registry/batch/job and cronjob strategy.go):
 * a name that is a DNS subdomain but not a DNS label (IsDNS1123Label) is accepted with a warning,
 * the messages printed as Go's %v prints a []string. On create only: WarningsOnUpdate has no such check.
 */
export function nameWarnings(name: unknown): FieldError[] {
  if (typeof name !== 'string' || name === '') return [];
  const msgs = isDNS1123Label(name);
  if (msgs.length === 0) return [];
  return [{ path: 'metadata.name', message: `this is used in Pod names and hostnames, which can result in surprising behavior; a DNS label is recommended: [${msgs.join(' ')}]` }];
}

/** ValidateNoNewFinalizers (ValidateObjectMetaUpdate): an object being deleted may lose finalizers, not gain them. */
export function validateNoNewFinalizers(next: { finalizers?: string[] }, old: { finalizers?: string[] }): FieldError[] {
  const had = new Set(old.finalizers ?? []);
  const extra = [...new Set((next.finalizers ?? []).filter((f) => !had.has(f)))].sort();
  if (extra.length === 0) return [];
  return [{ path: 'metadata.finalizers', message: `Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{${extra.map((f) => JSON.stringify(f)).join(', ')}}` }];
}

/** Deep equality as apiequality.Semantic.DeepEqual sees JSON: unset, null, [] and {} are equal. */
export function semanticEqual(a: unknown, b: unknown): boolean {
  const empty = (v: unknown) => v === undefined || v === null || (Array.isArray(v) && v.length === 0) || (isObj(v) && Object.keys(v).every((k) => v[k] === undefined));
  if (empty(a) && empty(b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => semanticEqual(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!semanticEqual(a[k], b[k])) return false;
    return true;
  }
  return a === b;
}

const immutable = (path: string, newVal: unknown, oldVal: unknown): FieldError[] => (semanticEqual(newVal, oldVal) ? [] : [invalid(path, newVal, 'field is immutable')]);

/**
 * ValidateObjectMetaUpdate's immutable fields, in upstream's order: name, namespace, uid, then the
 * deletion fields (creationTimestamp cannot differ: BeforeUpdate has put the stored one back). A
 * deletion is requested with DELETE, never by writing its timestamp.
 */
export function validateObjectMetaUpdate(newMeta: unknown, oldMeta: unknown): FieldError[] {
  const n = isObj(newMeta) ? newMeta : {};
  const o = isObj(oldMeta) ? oldMeta : {};
  const errs = [...immutable('metadata.name', n.name, o.name), ...immutable('metadata.namespace', n.namespace, o.namespace), ...immutable('metadata.uid', n.uid, o.uid)];
  const nt = typeof n.deletionTimestamp === 'string' ? Date.parse(n.deletionTimestamp) : undefined;
  const ot = typeof o.deletionTimestamp === 'string' ? Date.parse(o.deletionTimestamp) : undefined;
  // a *metav1.Time is shown by its String() (time.Time's), a nil one as "null"
  if (nt !== ot) errs.push(invalid('metadata.deletionTimestamp', nt === undefined ? null : new GoRendered(goTimeString(nt)), 'field is immutable'));
  errs.push(...immutable('metadata.deletionGracePeriodSeconds', n.deletionGracePeriodSeconds, o.deletionGracePeriodSeconds));
  return errs;
}

/** Go's time.Time String() of a UTC instant: `2026-01-01 00:00:00 +0000 UTC` (fractions only when there are some). */
function goTimeString(ms: number): string {
  const iso = new Date(ms).toISOString();
  const frac = ms % 1000 === 0 ? '' : iso.slice(19, 23).replace(/0+$/, '');
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${frac} +0000 UTC`;
}

/**
 * What the generic BeforeUpdate (apiserver registry/rest/update.go) does to the metadata of an updated
 * object before validating it: the generation is the stored one (PrepareForUpdate bumps it on a spec
 * change), an empty uid is the stored one, and a stored creationTimestamp wins. Returns new metadata.
 */
export function metadataBeforeUpdate<M extends { uid?: string; generation?: number; creationTimestamp?: string; deletionTimestamp?: string | null; deletionGracePeriodSeconds?: number | null }>(next: M, old: { uid?: string; generation?: number; creationTimestamp?: string; deletionTimestamp?: string; deletionGracePeriodSeconds?: number }): M {
  const out = { ...next };
  if (old.generation === undefined) delete out.generation;
  else out.generation = old.generation;
  if (typeof out.uid !== 'string' || out.uid === '') {
    if (old.uid === undefined) delete out.uid;
    else out.uid = old.uid;
  }
  if (old.creationTimestamp !== undefined) out.creationTimestamp = old.creationTimestamp;
  // "an update can never remove/change grace period seconds": a removed one is the stored one
  if (old.deletionGracePeriodSeconds !== undefined && out.deletionGracePeriodSeconds == null) out.deletionGracePeriodSeconds = old.deletionGracePeriodSeconds;
  // a time is stored as metav1.Time writes it (RFC 3339 in UTC): the same instant written another way is the stored value
  if (typeof out.deletionTimestamp === 'string' && old.deletionTimestamp !== undefined && Date.parse(out.deletionTimestamp) === Date.parse(old.deletionTimestamp)) out.deletionTimestamp = old.deletionTimestamp;
  return out;
}

/** Whether `uid` has the shape of the uids the store draws (a version-4 uuid, Store.newUid). */
export function couldBeStoreUid(uid: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uid);
}

export interface JobUpdateOptions {
  /** the Job had a status.startTime before the update (default: whether oldJob has one) */
  startedBefore?: boolean;
}

/** The template without the fields a suspended, never-started Job may change (AllowMutableSchedulingDirectives). */
function withoutSchedulingDirectives(t: PodTemplateSpec | undefined): unknown {
  if (!isObj(t)) return t;
  const c = structuredClone(t) as unknown as Obj;
  if (isObj(c.metadata)) {
    delete c.metadata.labels;
    delete c.metadata.annotations;
  }
  if (isObj(c.spec)) {
    delete c.spec.nodeSelector;
    delete c.spec.tolerations;
    delete c.spec.schedulingGates;
    if (isObj(c.spec.affinity)) {
      delete c.spec.affinity.nodeAffinity;
      if (Object.keys(c.spec.affinity).length === 0) delete c.spec.affinity;
    }
  }
  return c;
}

/**
 * ValidateJobUpdate's immutability rules (ValidateJobSpecUpdate minus the spec re-validation:
 * call validateJob on the new object as well, as the strategy does). Elastic Indexed Jobs may
 * change completions together with parallelism; a suspended Job that never started may change
 * its template's scheduling directives, labels and annotations.
 */
export function validateJobUpdate(oldJob: Job, newJob: Job, opts: JobUpdateOptions = {}): FieldError[] {
  const errs = validateObjectMetaUpdate(newJob.metadata, oldJob.metadata);
  const n = (isObj(newJob.spec) ? newJob.spec : {}) as JobSpec;
  const o = (isObj(oldJob.spec) ? oldJob.spec : {}) as JobSpec;
  // validateCompletions (AllowElasticIndexedJobs: GA)
  if (n.completionMode === 'Indexed') {
    if (!semanticEqual(n.completions, o.completions) && n.completions !== undefined && n.completions !== n.parallelism) {
      errs.push(invalid('spec.completions', n.completions, 'can only be modified in tandem with spec.parallelism'));
    }
  } else errs.push(...immutable('spec.completions', n.completions, o.completions));
  errs.push(...immutable('spec.selector', n.selector, o.selector));
  const started = opts.startedBefore ?? (isObj(oldJob.status) && oldJob.status.startTime !== undefined);
  const mutableDirectives = o.suspend === true && !started;
  if (mutableDirectives) {
    if (!semanticEqual(withoutSchedulingDirectives(n.template), withoutSchedulingDirectives(o.template))) errs.push(invalid('spec.template', n.template, 'field is immutable'));
  } else errs.push(...immutable('spec.template', n.template, o.template));
  errs.push(...immutable('spec.completionMode', n.completionMode, o.completionMode));
  errs.push(...immutable('spec.podFailurePolicy', n.podFailurePolicy, o.podFailurePolicy));
  errs.push(...immutable('spec.backoffLimitPerIndex', n.backoffLimitPerIndex, o.backoffLimitPerIndex));
  errs.push(...immutable('spec.managedBy', n.managedBy, o.managedBy));
  errs.push(...immutable('spec.successPolicy', n.successPolicy, o.successPolicy));
  return dedupe(errs);
}

// ---------------------------------------------------------------------------------------------
// batch/v1 CronJob

const validTimeZoneCharacters = /^[A-Za-z.\-_0-9+]{1,14}$/;

/** validateTimeZone: the upstream character rules, then whether the zone loads. */
function validateTimeZoneField(tz: unknown, path: string): FieldError[] {
  if (tz === undefined || tz === null) return [];
  if (!isStr(tz) || tz.length === 0) return [invalid(path, tz ?? '', 'timeZone must be nil or non-empty string')];
  for (const part of tz.split('/')) {
    if (part === '.' || part === '..' || part.startsWith('-') || !validTimeZoneCharacters.test(part)) return [invalid(path, tz, `unknown time zone ${tz}`)];
  }
  const errs: FieldError[] = [];
  // validateTimeZone goes on after the Local check: time.LoadLocation accepts only "Local" itself
  if (tz.toLowerCase() === 'local') errs.push(invalid(path, tz, 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones'));
  if (tz !== 'Local') {
    const l = loadLocation(tz);
    if ('error' in l) errs.push(invalid(path, tz, l.error));
  }
  return errs;
}

function validateCronJobSpec(spec: CronJob['spec'], oldSpec: CronJob['spec'] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const sched = isStr(spec.schedule) ? spec.schedule : '';
  if (sched.length === 0) errs.push(required(`${path}.schedule`));
  else {
    const allowTZ = oldSpec !== undefined && isStr(oldSpec.schedule) && oldSpec.schedule.includes('TZ');
    // cron.ParseStandard; the friendlier phrase first (contract §1), robfig's own text after it
    const parsed = parseSchedule(sched);
    if ('error' in parsed) {
      const detail = 'detail' in parsed && typeof parsed.detail === 'string' && parsed.detail !== '' ? `${parsed.detail} (robfig/cron: ${parsed.error})` : parsed.error;
      errs.push(invalid(`${path}.schedule`, sched, detail));
    }
    if (allowTZ && sched.includes('TZ') && spec.timeZone !== undefined) errs.push(invalid(`${path}.schedule`, sched, 'cannot use both timeZone field and TZ or CRON_TZ in schedule'));
    else if (!allowTZ && sched.includes('TZ')) errs.push(invalid(`${path}.schedule`, sched, 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead'));
  }
  errs.push(...nonNegative(spec.startingDeadlineSeconds, `${path}.startingDeadlineSeconds`));
  if (oldSpec === undefined || oldSpec.timeZone !== spec.timeZone) errs.push(...validateTimeZoneField(spec.timeZone, `${path}.timeZone`));
  const cp = spec.concurrencyPolicy as string | undefined;
  if (cp === undefined || cp === '') errs.push(required(`${path}.concurrencyPolicy`));
  else if (!['Allow', 'Forbid', 'Replace'].includes(cp)) errs.push(notSupported(`${path}.concurrencyPolicy`, cp, ['Allow', 'Forbid', 'Replace']));
  // ValidateJobTemplateSpec
  const jt = spec.jobTemplate as unknown;
  const jtPath = `${path}.jobTemplate`;
  {
    const js = (isObj(jt) && isObj(jt.spec) ? jt.spec : {}) as unknown as JobSpec;
    errs.push(...validateJobSpecCommon(js, `${jtPath}.spec`));
    if (js.selector !== undefined) errs.push(invalid(`${jtPath}.spec.selector`, js.selector, '`selector` will be auto-generated'));
    if (js.manualSelector === true) errs.push(notSupported(`${jtPath}.spec.manualSelector`, true, ['nil', 'false']));
    // Deliberate addition: upstream leaves jobTemplate.metadata to the Job's own validation at
    // creation (where it would fail every schedule); here it fails up front.
    if (isObj(jt) && isObj(jt.metadata)) {
      errs.push(...validateLabels(jt.metadata.labels, `${jtPath}.metadata.labels`));
      errs.push(...validateAnnotations(jt.metadata.annotations, `${jtPath}.metadata.annotations`));
    }
  }
  errs.push(...nonNegative(spec.successfulJobsHistoryLimit, `${path}.successfulJobsHistoryLimit`));
  errs.push(...nonNegative(spec.failedJobsHistoryLimit, `${path}.failedJobsHistoryLimit`));
  return errs;
}

/** ValidateCronJobCreate: metadata, spec, and the 52-character name limit (63 minus the `-<minutes>` suffix). */
export function validateCronJob(cj: CronJob): FieldError[] {
  const meta: Obj = isObj(cj.metadata) ? cj.metadata : {};
  const spec = (isObj(cj.spec) ? cj.spec : {}) as CronJob['spec'];
  const errs = [...validateObjectMeta(meta, true), ...validateCronJobSpec(spec, undefined, 'spec')];
  const name = effectiveName(meta);
  if (name.length > 52) errs.push(invalid('metadata.name', name, 'must be no more than 52 characters'));
  return dedupe(errs);
}

/** ValidateCronJobUpdate: TZ in the schedule is grandfathered, timeZone is checked only when it changes, no name-length rule. */
export function validateCronJobUpdate(oldCj: CronJob, newCj: CronJob): FieldError[] {
  const spec = (isObj(newCj.spec) ? newCj.spec : {}) as CronJob['spec'];
  const oldSpec = (isObj(oldCj.spec) ? oldCj.spec : {}) as CronJob['spec'];
  return dedupe([...validateObjectMetaUpdate(newCj.metadata, oldCj.metadata), ...validateObjectMeta(newCj.metadata, true), ...validateCronJobSpec(spec, oldSpec, 'spec')]);
}

// ---------------------------------------------------------------------------------------------
// scheduling/v1 PriorityClass

export const HighestUserDefinablePriority = 1_000_000_000;
const SystemCriticalPriority = 2 * HighestUserDefinablePriority;
const systemPriorityClasses: { name: string; value: number }[] = [
  { name: 'system-node-critical', value: SystemCriticalPriority + 1000 },
  { name: 'system-cluster-critical', value: SystemCriticalPriority },
];

/** ValidatePriorityClass (ValidatePriorityClassUpdate for the built-in classes) */
export function validatePriorityClass(pc: PriorityClass): FieldError[] {
  const meta: Obj = isObj(pc.metadata) ? pc.metadata : {};
  const errs = validateObjectMeta(meta, false);
  const name = isStr(meta.name) ? meta.name : '';
  const value = isNum(pc.value) ? pc.value : 0;
  const pp = pc.preemptionPolicy as string | undefined;
  const builtIn = systemPriorityClasses.find((s) => s.name === name);
  if (builtIn) {
    // every API server has created the built-in classes at start-up (AddSystemPriorityClasses): a
    // document naming one is applied as an update of it (ValidatePriorityClassUpdate), where the
    // value and the preemption policy may not change and globalDefault may
    if (value !== builtIn.value) errs.push(forbidden('value', 'may not be changed in an update.'));
    if (pp !== undefined && pp !== 'PreemptLowerPriority') errs.push(invalid('preemptionPolicy', pp, 'field is immutable'));
    return errs;
  }
  if (name.startsWith('system-')) {
    errs.push(forbidden('metadata.name', `priority class names with 'system-' prefix are reserved for system use only. error: ${name} is not a known system priority class`));
  } else if (value > HighestUserDefinablePriority) {
    errs.push(forbidden('value', `maximum allowed value of a user defined priority is ${HighestUserDefinablePriority}`));
  }
  if (pp !== undefined) {
    if (pp === '') errs.push(required('preemptionPolicy'));
    else if (!supportedPreemptionPolicies.includes(pp)) errs.push(notSupported('preemptionPolicy', pp, supportedPreemptionPolicies));
  }
  return errs;
}

/**
 * The API server's warnings for a pod template (pkg/api/pod/warnings.go), the ones that matter
 * to a simulated Job: accepted, but said.
 */
export function podTemplateWarnings(template: unknown, path: string): FieldError[] {
  if (!isObj(template) || !isObj(template.spec)) return [];
  const out: FieldError[] = [];
  const spec = template.spec;
  // GetNodeLabelDeprecatedMessage: node labels in selectors, node affinity and spread topology keys
  // (the selector's keys sorted: Go ranges over a map)
  if (isObj(spec.nodeSelector)) {
    for (const k of Object.keys(spec.nodeSelector).sort()) {
      const msg = deprecatedNodeLabels.get(k);
      if (msg) out.push({ path: `${path}.spec.nodeSelector[${k}]`, message: msg });
    }
  }
  const na = isObj(spec.affinity) && isObj(spec.affinity.nodeAffinity) ? spec.affinity.nodeAffinity : undefined;
  const termWarnings = (term: unknown, at: string) => {
    if (!isObj(term) || !Array.isArray(term.matchExpressions)) return;
    term.matchExpressions.forEach((e, i) => {
      const key = isObj(e) && isStr(e.key) ? e.key : undefined;
      const msg = key !== undefined ? deprecatedNodeLabels.get(key) : undefined;
      if (msg) out.push({ path: `${at}.matchExpressions[${i}].key`, message: `${key} is ${msg}` });
    });
  };
  const naPath = `${path}.spec.affinity.nodeAffinity`;
  if (na && isObj(na.requiredDuringSchedulingIgnoredDuringExecution) && Array.isArray(na.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms)) {
    na.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms.forEach((t, i) => termWarnings(t, `${naPath}.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[${i}]`));
  }
  if (na && Array.isArray(na.preferredDuringSchedulingIgnoredDuringExecution)) {
    na.preferredDuringSchedulingIgnoredDuringExecution.forEach((p, i) => termWarnings(isObj(p) ? p.preference : undefined, `${naPath}.preferredDuringSchedulingIgnoredDuringExecution[${i}].preference`));
  }
  if (Array.isArray(spec.topologySpreadConstraints)) {
    spec.topologySpreadConstraints.forEach((t, i) => {
      const key = isObj(t) && isStr(t.topologyKey) ? t.topologyKey : undefined;
      const msg = key !== undefined ? deprecatedNodeLabels.get(key) : undefined;
      if (msg) out.push({ path: `${path}.spec.topologySpreadConstraints[${i}].topologyKey`, message: `${key} is ${msg}` });
    });
  }
  const grace = spec.terminationGracePeriodSeconds;
  if (isNum(grace) && grace < 0) {
    out.push({ path: `${path}.spec.terminationGracePeriodSeconds`, message: 'must be >= 0; negative values are invalid and will be treated as 1' });
  }
  return out;
}
