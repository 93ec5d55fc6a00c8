// API-server defaulting (pkg/apis/batch/v1/defaults.go, pkg/apis/core/v1/defaults.go,
// pkg/apis/scheduling/v1/defaults.go), limited to the fields that `kubectl get -o yaml` shows.
// Everything mutates in place, as the generated SetObjectDefaults_* functions do.
//
// Deliberate difference: SetDefaults_PodSpec sets restartPolicy to Always, which Job validation
// then rejects ("Required value"); here it stays unset and validation reports the same error.
// Selector generation needs the uid, so the API store does it at creation (registry strategy).

import { quantityError, resourceListQuantity } from './quantity.ts';
import type { Container, CronJob, Job, PodSpec, PodTemplateSpec, PriorityClass } from './types.ts';

export const DefaultNamespace = 'default';
export const DefaultTerminationGracePeriodSeconds = 30;
export const DefaultSchedulerName = 'default-scheduler';
export const MaxInt32 = 2147483647;

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** SetDefaults_Job (batch/v1). */
export function SetDefaults_Job(job: Job): void {
  const spec = job.spec;
  // For a non-parallel job, you can leave both completions and parallelism unset: both become 1.
  if (spec.completions === undefined && spec.parallelism === undefined) {
    spec.completions = 1;
    spec.parallelism = 1;
  }
  if (spec.parallelism === undefined) spec.parallelism = 1;
  if (spec.backoffLimit === undefined) spec.backoffLimit = spec.backoffLimitPerIndex !== undefined ? MaxInt32 : 6;
  const labels = spec.template?.metadata?.labels;
  // the same map, as SetDefaults_Job assigns it (the API server then writes the generated labels
  // into it: see prepareJobForCreate)
  if (labels !== undefined && Object.keys(job.metadata.labels ?? {}).length === 0) job.metadata.labels = labels;
  if (spec.completionMode === undefined) spec.completionMode = 'NonIndexed';
  if (spec.suspend === undefined) spec.suspend = false;
  if (spec.podReplacementPolicy === undefined) spec.podReplacementPolicy = spec.podFailurePolicy !== undefined ? 'Failed' : 'TerminatingOrFailed';
  if (spec.manualSelector === undefined) spec.manualSelector = false;
}

/** SetDefaults_PodFailurePolicyOnPodConditionsPattern, applied wherever a JobSpec appears. */
function defaultPodFailurePolicy(spec: Job['spec']): void {
  for (const rule of spec.podFailurePolicy?.rules ?? []) {
    if (!isObj(rule)) continue;
    for (const p of rule.onPodConditions ?? []) {
      if (isObj(p) && (p.status === undefined || (p.status as string) === '')) p.status = 'True';
    }
  }
}

/** SetDefaults_CronJob (batch/v1). The jobTemplate's JobSpec gets no SetDefaults_Job. */
export function SetDefaults_CronJob(cj: CronJob): void {
  const spec = cj.spec;
  if (spec.concurrencyPolicy === undefined || (spec.concurrencyPolicy as string) === '') spec.concurrencyPolicy = 'Allow';
  if (spec.suspend === undefined) spec.suspend = false;
  if (spec.successfulJobsHistoryLimit === undefined) spec.successfulJobsHistoryLimit = 3;
  if (spec.failedJobsHistoryLimit === undefined) spec.failedJobsHistoryLimit = 1;
}

/** SetDefaults_PodSpec (core/v1), without the restartPolicy default (see the file comment). */
export function SetDefaults_PodSpec(spec: PodSpec): void {
  if (spec.dnsPolicy === undefined || spec.dnsPolicy === '') spec.dnsPolicy = 'ClusterFirst';
  if (spec.securityContext === undefined) spec.securityContext = {};
  if (spec.terminationGracePeriodSeconds === undefined) spec.terminationGracePeriodSeconds = DefaultTerminationGracePeriodSeconds;
  if (spec.schedulerName === undefined || spec.schedulerName === '') spec.schedulerName = DefaultSchedulerName;
  for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) if (isObj(c)) SetDefaults_Container(c as Container);
  for (const v of (spec.volumes as unknown[] | undefined) ?? []) if (isObj(v)) SetDefaults_Volume(v);
  // the v1 conversions: serviceAccountName from the deprecated serviceAccount when empty, and the
  // deprecated field written back from serviceAccountName
  const sa = spec as { serviceAccountName?: string; serviceAccount?: string };
  if (!sa.serviceAccountName && sa.serviceAccount) sa.serviceAccountName = sa.serviceAccount;
  if (sa.serviceAccountName) sa.serviceAccount = sa.serviceAccountName;
}

/**
 * The tag the image reference resolves to (parsers.ParseImageName): untagged means `latest`. A
 * reference the parser refuses (upper case in the repository, an empty tag) has no tag at all, and
 * SetDefaults_Container ignores the error: IfNotPresent.
 */
export function imageTag(image: string): string {
  if (!parsableImage(image)) return '';
  const at = image.indexOf('@');
  const name = at >= 0 ? image.slice(0, at) : image;
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  const tag = colon > slash ? name.slice(colon + 1) : '';
  if (tag === '' && at < 0) return 'latest';
  return tag;
}

/** reference.ParseNormalizedNamed's grammar, roughly: lower-case path components, an optional non-empty tag and digest. */
function parsableImage(image: string): boolean {
  return /^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$/.test(image);
}

/** SetDefaults_Container plus the defaults of its nested types (ports, probes, env). */
export function SetDefaults_Container(c: Container): void {
  if (c.imagePullPolicy === undefined || c.imagePullPolicy === '') {
    const image = typeof c.image === 'string' ? c.image : '';
    c.imagePullPolicy = image !== '' && imageTag(image) === 'latest' ? 'Always' : 'IfNotPresent';
  }
  if (c['terminationMessagePath'] === undefined || c['terminationMessagePath'] === '') c['terminationMessagePath'] = '/dev/termination-log';
  if (c['terminationMessagePolicy'] === undefined || c['terminationMessagePolicy'] === '') c['terminationMessagePolicy'] = 'File';
  // resources is a struct, not a pointer, upstream: it always appears, as `resources: {}`
  if (c.resources === undefined) c.resources = {};
  for (const p of (c['ports'] as unknown[] | undefined) ?? []) {
    if (isObj(p) && (p.protocol === undefined || p.protocol === '')) p.protocol = 'TCP';
  }
  for (const e of c.env ?? []) {
    const vf = isObj(e) && isObj(e.valueFrom) ? e.valueFrom : undefined;
    if (vf && isObj(vf.fieldRef)) SetDefaults_ObjectFieldSelector(vf.fieldRef);
    // a Quantity struct, never omitted: "0" when unset
    if (vf && isObj(vf.resourceFieldRef) && vf.resourceFieldRef.divisor === undefined) vf.resourceFieldRef.divisor = '0';
  }
  for (const k of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
    const p = c[k];
    if (isObj(p)) SetDefaults_Probe(p);
  }
  const lc = c['lifecycle'];
  if (isObj(lc)) for (const h of [lc.postStart, lc.preStop]) if (isObj(h) && isObj(h.httpGet)) SetDefaults_HTTPGetAction(h.httpGet);
}

/** SetDefaults_Probe and SetDefaults_HTTPGetAction. */
function SetDefaults_Probe(p: Obj): void {
  if (p.timeoutSeconds === undefined || p.timeoutSeconds === 0) p.timeoutSeconds = 1;
  if (p.periodSeconds === undefined || p.periodSeconds === 0) p.periodSeconds = 10;
  if (p.successThreshold === undefined || p.successThreshold === 0) p.successThreshold = 1;
  if (p.failureThreshold === undefined || p.failureThreshold === 0) p.failureThreshold = 3;
  if (isObj(p.httpGet)) SetDefaults_HTTPGetAction(p.httpGet);
  // GRPCAction.Service: +default=""
  if (isObj(p.grpc) && p.grpc.service === undefined) p.grpc.service = '';
}

function SetDefaults_ObjectFieldSelector(f: Obj): void {
  if (f.apiVersion === undefined || f.apiVersion === '') f.apiVersion = 'v1';
}


function SetDefaults_HTTPGetAction(a: Obj): void {
  if (a.path === undefined || a.path === '') a.path = '/';
  if (a.scheme === undefined || a.scheme === '') a.scheme = 'HTTP';
}

/** SetDefaults_Volume (no source means emptyDir), the 0644 default modes of secret/configMap volumes, and the nested defaults of the sources. */
function SetDefaults_Volume(v: Obj): void {
  const sources = Object.keys(v).filter((k) => k !== 'name');
  if (sources.length === 0) v.emptyDir = {};
  for (const k of ['secret', 'configMap', 'downwardAPI', 'projected']) {
    const s = v[k];
    if (isObj(s) && s.defaultMode === undefined) s.defaultMode = 420;
  }
  // SetDefaults_HostPathVolumeSource: type ""
  if (isObj(v.hostPath) && v.hostPath.type === undefined) v.hostPath.type = '';
  // SetDefaults_ISCSIVolumeSource: the "default" iSCSI interface
  if (isObj(v.iscsi) && (v.iscsi.iscsiInterface === undefined || v.iscsi.iscsiInterface === '')) v.iscsi.iscsiInterface = 'default';
  // SetDefaults_AzureDiskVolumeSource: a ReadWrite-cached shared blob disk, ext4, writable
  if (isObj(v.azureDisk)) {
    const d = v.azureDisk;
    if (d.cachingMode === undefined) d.cachingMode = 'ReadWrite';
    if (d.kind === undefined) d.kind = 'Shared';
    if (d.fsType === undefined) d.fsType = 'ext4';
    if (d.readOnly === undefined) d.readOnly = false;
  }
  const fieldRefs = (items: unknown) => {
    for (const it of Array.isArray(items) ? items : []) if (isObj(it) && isObj(it.fieldRef)) SetDefaults_ObjectFieldSelector(it.fieldRef);
  };
  if (isObj(v.downwardAPI)) fieldRefs(v.downwardAPI.items);
  if (isObj(v.projected)) {
    for (const src of Array.isArray(v.projected.sources) ? v.projected.sources : []) {
      if (!isObj(src)) continue;
      // DropDisabledPodFields (the strategy's PrepareForCreate): the ClusterTrustBundleProjection and
      // PodCertificateRequest gates are off by default in 1.33-1.35, so these sources are dropped
      delete src.clusterTrustBundle;
      delete src.podCertificate;
      if (isObj(src.downwardAPI)) fieldRefs(src.downwardAPI.items);
      // SetDefaults_ServiceAccountTokenProjection: one hour
      if (isObj(src.serviceAccountToken) && src.serviceAccountToken.expirationSeconds === undefined) src.serviceAccountToken.expirationSeconds = 3600;
    }
  }
  // SetDefaults_PersistentVolumeClaimSpec on an ephemeral volume's claim template: volumeMode Filesystem
  const claim = isObj(v.ephemeral) && isObj(v.ephemeral.volumeClaimTemplate) ? v.ephemeral.volumeClaimTemplate : undefined;
  if (claim && isObj(claim.spec) && claim.spec.volumeMode === undefined) claim.spec.volumeMode = 'Filesystem';
}

export function defaultPodTemplate(t: PodTemplateSpec | undefined): void {
  if (!isObj(t) || !isObj(t.spec)) return;
  SetDefaults_PodSpec(t.spec);
}

/** SetObjectDefaults_Job: the Job, its JobSpec and its pod template; namespace `default`. */
export function defaultJob(job: Job): Job {
  if (!isObj(job.metadata)) job.metadata = {} as Job['metadata'];
  if (job.metadata.namespace === undefined || job.metadata.namespace === '') job.metadata.namespace = DefaultNamespace;
  if (!isObj(job.spec)) job.spec = {} as Job['spec'];
  SetDefaults_Job(job);
  defaultPodFailurePolicy(job.spec);
  defaultPodTemplate(job.spec.template);
  if (!isObj(job.status)) job.status = {};
  return job;
}

/** SetObjectDefaults_CronJob: the CronJob and the pod template inside its jobTemplate. */
export function defaultCronJob(cj: CronJob): CronJob {
  if (!isObj(cj.metadata)) cj.metadata = {} as CronJob['metadata'];
  if (cj.metadata.namespace === undefined || cj.metadata.namespace === '') cj.metadata.namespace = DefaultNamespace;
  if (!isObj(cj.spec)) cj.spec = {} as CronJob['spec'];
  SetDefaults_CronJob(cj);
  const jt = cj.spec.jobTemplate;
  if (isObj(jt) && isObj(jt.spec)) {
    defaultPodFailurePolicy(jt.spec);
    defaultPodTemplate(jt.spec.template);
    // ObjectMeta structs are never omitted: an empty one is written as {}
    jt.metadata ??= {};
    if (isObj(jt.spec.template)) jt.spec.template.metadata ??= {};
  }
  if (!isObj(cj.status)) cj.status = {};
  return cj;
}

/** SetDefaults_PriorityClass: preemptionPolicy PreemptLowerPriority; value is 0 when absent (non-pointer int32). */
export function defaultPriorityClass(pc: PriorityClass): PriorityClass {
  if (!isObj(pc.metadata)) pc.metadata = {} as PriorityClass['metadata'];
  if (pc.value === undefined) pc.value = 0;
  if (pc.preemptionPolicy === undefined) pc.preemptionPolicy = 'PreemptLowerPriority';
  return pc;
}

/**
 * generateSelector (the Job registry strategy, at creation): the template gets the four generated
 * labels it lacks (a label the user set is kept, for validation to judge), and the selector, the
 * user's if any, gets controller-uid=<uid>. New maps are written, never the caller's.
 */
export function generateSelector(job: Job, name: string, uid: string): Record<string, string> {
  const tm = (job.spec.template.metadata ??= {});
  const labels = { ...(tm.labels ?? {}) };
  labels['controller-uid'] ??= uid;
  labels['batch.kubernetes.io/controller-uid'] ??= uid;
  labels['job-name'] ??= name;
  labels['batch.kubernetes.io/job-name'] ??= name;
  tm.labels = labels;
  const user = job.spec.selector;
  job.spec.selector = user ? { ...user, matchLabels: { ...(user.matchLabels ?? {}) } } : { matchLabels: {} };
  job.spec.selector.matchLabels!['batch.kubernetes.io/controller-uid'] ??= uid;
  return labels;
}

/**
 * Quantities as the API server stores them: decoding into resource.Quantity, SetDefaults_ResourceList's
 * RoundUp(-3) and encoding back write the canonical form (`0.5` → `"500m"`, `1.5Gi` → `"1536Mi"`,
 * `100u` → `"1m"`, YAML numbers as strings). Malformed ones stay as written, for validation to report.
 */
export function canonicalizeResources(spec: unknown): void {
  if (!isObj(spec)) return;
  for (const list of [spec.containers, spec.initContainers]) {
    if (!Array.isArray(list)) continue;
    for (const c of list) {
      if (!isObj(c) || !isObj(c.resources)) continue;
      for (const m of [c.resources.requests, c.resources.limits]) {
        if (!isObj(m)) continue;
        for (const [k, v] of Object.entries(m)) if ((typeof v === 'string' || typeof v === 'number') && quantityError(v) === null) m[k] = resourceListQuantity(v);
      }
    }
  }
}

/**
 * A Job or CronJob as the API server decodes it (a create's body, or the object a patch produced:
 * patch.go decodes the patched JSON with the defaulting codec): SetObjectDefaults_*, and the
 * quantities in their canonical form. Mutates `obj` and returns it.
 */
export function decodeWithDefaults(kind: 'Job' | 'CronJob', obj: Obj): Job | CronJob {
  if (kind === 'Job') {
    const job = defaultJob(obj as unknown as Job);
    canonicalizeResources(job.spec?.template?.spec);
    return job;
  }
  const cj = defaultCronJob(obj as unknown as CronJob);
  canonicalizeResources(cj.spec?.jobTemplate?.spec?.template?.spec);
  return cj;
}
