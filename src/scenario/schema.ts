// The field table of the objects a scenario may contain, from the upstream API types
// (k8s.io/api core/v1, batch/v1, scheduling/v1, apimachinery meta/v1, as of v1.34), plus the
// jobsim/v1alpha1 Simulation. It drives strict field validation (unknown fields are errors, as
// with `kubectl apply --validate=strict`) and the decode-time type checks.
//
// A field's type is a string:
//   string | int32 | int64 | safeint | bool | float   JSON scalars (int32/int64 check their range;
//                                          safeint is an integer whose range the loader checks)
//   quantity                                 resource.Quantity: a string or a number that parses
//   intstr                                   intstr.IntOrString
//   duration                                 jobsim duration (string, or the number 0); checked by the loader
//   object                                   any mapping, not looked into (volume sources, patches)
//   any                                      anything
//   []T  list of T        map[T]  mapping from string keys to T        Name  another entry of `types`

import { isScalarResourceName } from '../cluster/resources.ts';
import { quantityError } from '../api/quantity.ts';

export const types: Record<string, Record<string, string>> = {
  // ---- meta/v1 ----
  ObjectMeta: {
    name: 'string',
    generateName: 'string',
    namespace: 'string',
    selfLink: 'string',
    uid: 'string',
    resourceVersion: 'string',
    generation: 'int64',
    creationTimestamp: 'string',
    deletionTimestamp: 'string',
    deletionGracePeriodSeconds: 'int64',
    labels: 'map[string]',
    annotations: 'map[string]',
    ownerReferences: '[]OwnerReference',
    finalizers: '[]string',
    managedFields: '[]object',
  },
  OwnerReference: { apiVersion: 'string', kind: 'string', name: 'string', uid: 'string', controller: 'bool', blockOwnerDeletion: 'bool' },
  LabelSelector: { matchLabels: 'map[string]', matchExpressions: '[]LabelSelectorRequirement' },
  LabelSelectorRequirement: { key: 'string', operator: 'string', values: '[]string' },

  // ---- batch/v1 ----
  Job: { apiVersion: 'string', kind: 'string', metadata: 'ObjectMeta', spec: 'JobSpec', status: 'object' },
  JobSpec: {
    parallelism: 'int32',
    completions: 'int32',
    activeDeadlineSeconds: 'int64',
    podFailurePolicy: 'PodFailurePolicy',
    successPolicy: 'SuccessPolicy',
    backoffLimit: 'int32',
    backoffLimitPerIndex: 'int32',
    maxFailedIndexes: 'int32',
    selector: 'LabelSelector',
    manualSelector: 'bool',
    template: 'PodTemplateSpec',
    ttlSecondsAfterFinished: 'int32',
    completionMode: 'string',
    suspend: 'bool',
    podReplacementPolicy: 'string',
    managedBy: 'string',
  },
  PodFailurePolicy: { rules: '[]PodFailurePolicyRule' },
  PodFailurePolicyRule: { action: 'string', onExitCodes: 'PodFailurePolicyOnExitCodesRequirement', onPodConditions: '[]PodFailurePolicyOnPodConditionsPattern' },
  PodFailurePolicyOnExitCodesRequirement: { containerName: 'string', operator: 'string', values: '[]int32' },
  PodFailurePolicyOnPodConditionsPattern: { type: 'string', status: 'string' },
  SuccessPolicy: { rules: '[]SuccessPolicyRule' },
  SuccessPolicyRule: { succeededIndexes: 'string', succeededCount: 'int32' },
  CronJob: { apiVersion: 'string', kind: 'string', metadata: 'ObjectMeta', spec: 'CronJobSpec', status: 'object' },
  CronJobSpec: {
    schedule: 'string',
    timeZone: 'string',
    startingDeadlineSeconds: 'int64',
    concurrencyPolicy: 'string',
    suspend: 'bool',
    jobTemplate: 'JobTemplateSpec',
    successfulJobsHistoryLimit: 'int32',
    failedJobsHistoryLimit: 'int32',
  },
  JobTemplateSpec: { metadata: 'ObjectMeta', spec: 'JobSpec' },

  // ---- scheduling/v1 ----
  PriorityClass: { apiVersion: 'string', kind: 'string', metadata: 'ObjectMeta', value: 'int32', globalDefault: 'bool', description: 'string', preemptionPolicy: 'string' },

  // ---- core/v1 ----
  PodTemplateSpec: { metadata: 'ObjectMeta', spec: 'PodSpec' },
  PodSpec: {
    volumes: '[]Volume',
    initContainers: '[]Container',
    containers: '[]Container',
    ephemeralContainers: '[]object',
    restartPolicy: 'string',
    terminationGracePeriodSeconds: 'int64',
    activeDeadlineSeconds: 'int64',
    dnsPolicy: 'string',
    nodeSelector: 'map[string]',
    serviceAccountName: 'string',
    serviceAccount: 'string',
    automountServiceAccountToken: 'bool',
    nodeName: 'string',
    hostNetwork: 'bool',
    hostPID: 'bool',
    hostIPC: 'bool',
    shareProcessNamespace: 'bool',
    securityContext: 'PodSecurityContext',
    imagePullSecrets: '[]LocalObjectReference',
    hostname: 'string',
    subdomain: 'string',
    affinity: 'Affinity',
    schedulerName: 'string',
    tolerations: '[]Toleration',
    hostAliases: '[]HostAlias',
    priorityClassName: 'string',
    priority: 'int32',
    dnsConfig: 'PodDNSConfig',
    readinessGates: '[]PodReadinessGate',
    runtimeClassName: 'string',
    enableServiceLinks: 'bool',
    preemptionPolicy: 'string',
    overhead: 'map[quantity]',
    topologySpreadConstraints: '[]TopologySpreadConstraint',
    setHostnameAsFQDN: 'bool',
    os: 'PodOS',
    hostUsers: 'bool',
    schedulingGates: '[]PodSchedulingGate',
    resourceClaims: '[]PodResourceClaim',
    resources: 'ResourceRequirements',
    hostnameOverride: 'string',
  },
  Container: {
    name: 'string',
    image: 'string',
    command: '[]string',
    args: '[]string',
    workingDir: 'string',
    ports: '[]ContainerPort',
    envFrom: '[]EnvFromSource',
    env: '[]EnvVar',
    resources: 'ResourceRequirements',
    resizePolicy: '[]ContainerResizePolicy',
    restartPolicy: 'string',
    restartPolicyRules: '[]ContainerRestartRule',
    volumeMounts: '[]VolumeMount',
    volumeDevices: '[]VolumeDevice',
    livenessProbe: 'Probe',
    readinessProbe: 'Probe',
    startupProbe: 'Probe',
    lifecycle: 'Lifecycle',
    terminationMessagePath: 'string',
    terminationMessagePolicy: 'string',
    imagePullPolicy: 'string',
    securityContext: 'SecurityContext',
    stdin: 'bool',
    stdinOnce: 'bool',
    tty: 'bool',
  },
  ContainerPort: { name: 'string', hostPort: 'int32', containerPort: 'int32', protocol: 'string', hostIP: 'string' },
  EnvVar: { name: 'string', value: 'string', valueFrom: 'EnvVarSource' },
  EnvVarSource: {
    fieldRef: 'ObjectFieldSelector',
    resourceFieldRef: 'ResourceFieldSelector',
    configMapKeyRef: 'ConfigMapKeySelector',
    secretKeyRef: 'SecretKeySelector',
    fileKeyRef: 'FileKeySelector',
  },
  ObjectFieldSelector: { apiVersion: 'string', fieldPath: 'string' },
  ResourceFieldSelector: { containerName: 'string', resource: 'string', divisor: 'quantity' },
  ConfigMapKeySelector: { name: 'string', key: 'string', optional: 'bool' },
  SecretKeySelector: { name: 'string', key: 'string', optional: 'bool' },
  FileKeySelector: { volumeName: 'string', path: 'string', key: 'string', optional: 'bool' },
  EnvFromSource: { prefix: 'string', configMapRef: 'ConfigMapEnvSource', secretRef: 'SecretEnvSource' },
  ConfigMapEnvSource: { name: 'string', optional: 'bool' },
  SecretEnvSource: { name: 'string', optional: 'bool' },
  ResourceRequirements: { limits: 'map[quantity]', requests: 'map[quantity]', claims: '[]ResourceClaim' },
  ResourceClaim: { name: 'string', request: 'string' },
  ContainerResizePolicy: { resourceName: 'string', restartPolicy: 'string' },
  ContainerRestartRule: { action: 'string', exitCodes: 'ContainerRestartRuleOnExitCodes' },
  ContainerRestartRuleOnExitCodes: { operator: 'string', values: '[]int32' },
  VolumeMount: { name: 'string', readOnly: 'bool', recursiveReadOnly: 'string', mountPath: 'string', subPath: 'string', mountPropagation: 'string', subPathExpr: 'string' },
  VolumeDevice: { name: 'string', devicePath: 'string' },
  Probe: {
    exec: 'ExecAction',
    httpGet: 'HTTPGetAction',
    tcpSocket: 'TCPSocketAction',
    grpc: 'GRPCAction',
    initialDelaySeconds: 'int32',
    timeoutSeconds: 'int32',
    periodSeconds: 'int32',
    successThreshold: 'int32',
    failureThreshold: 'int32',
    terminationGracePeriodSeconds: 'int64',
  },
  ExecAction: { command: '[]string' },
  HTTPGetAction: { path: 'string', port: 'intstr', host: 'string', scheme: 'string', httpHeaders: '[]HTTPHeader' },
  HTTPHeader: { name: 'string', value: 'string' },
  TCPSocketAction: { port: 'intstr', host: 'string' },
  GRPCAction: { port: 'int32', service: 'string' },
  Lifecycle: { postStart: 'LifecycleHandler', preStop: 'LifecycleHandler', stopSignal: 'string' },
  LifecycleHandler: { exec: 'ExecAction', httpGet: 'HTTPGetAction', tcpSocket: 'TCPSocketAction', sleep: 'SleepAction' },
  SleepAction: { seconds: 'int64' },
  SecurityContext: {
    capabilities: 'Capabilities',
    privileged: 'bool',
    seLinuxOptions: 'SELinuxOptions',
    windowsOptions: 'WindowsSecurityContextOptions',
    runAsUser: 'int64',
    runAsGroup: 'int64',
    runAsNonRoot: 'bool',
    readOnlyRootFilesystem: 'bool',
    allowPrivilegeEscalation: 'bool',
    procMount: 'string',
    seccompProfile: 'SeccompProfile',
    appArmorProfile: 'AppArmorProfile',
  },
  PodSecurityContext: {
    seLinuxOptions: 'SELinuxOptions',
    windowsOptions: 'WindowsSecurityContextOptions',
    runAsUser: 'int64',
    runAsGroup: 'int64',
    runAsNonRoot: 'bool',
    supplementalGroups: '[]int64',
    supplementalGroupsPolicy: 'string',
    fsGroup: 'int64',
    sysctls: '[]Sysctl',
    fsGroupChangePolicy: 'string',
    seccompProfile: 'SeccompProfile',
    appArmorProfile: 'AppArmorProfile',
    seLinuxChangePolicy: 'string',
  },
  Capabilities: { add: '[]string', drop: '[]string' },
  SELinuxOptions: { user: 'string', role: 'string', type: 'string', level: 'string' },
  WindowsSecurityContextOptions: { gmsaCredentialSpecName: 'string', gmsaCredentialSpec: 'string', runAsUserName: 'string', hostProcess: 'bool' },
  SeccompProfile: { type: 'string', localhostProfile: 'string' },
  AppArmorProfile: { type: 'string', localhostProfile: 'string' },
  Sysctl: { name: 'string', value: 'string' },
  // Volume sources are not simulated: the common ones (and the legacy network sources whose
  // validation is short) are typed, so strict decoding refuses their unknown fields; the rest are
  // opaque mappings.
  Volume: {
    name: 'string',
    hostPath: 'HostPathVolumeSource',
    emptyDir: 'EmptyDirVolumeSource',
    gcePersistentDisk: 'GCEPersistentDiskVolumeSource',
    awsElasticBlockStore: 'AWSElasticBlockStoreVolumeSource',
    gitRepo: 'GitRepoVolumeSource',
    secret: 'SecretVolumeSource',
    nfs: 'NFSVolumeSource',
    iscsi: 'ISCSIVolumeSource',
    glusterfs: 'GlusterfsVolumeSource',
    persistentVolumeClaim: 'PersistentVolumeClaimVolumeSource',
    rbd: 'object',
    flexVolume: 'object',
    cinder: 'object',
    cephfs: 'object',
    flocker: 'object',
    downwardAPI: 'DownwardAPIVolumeSource',
    fc: 'object',
    azureFile: 'object',
    configMap: 'ConfigMapVolumeSource',
    vsphereVolume: 'object',
    quobyte: 'object',
    azureDisk: 'object',
    photonPersistentDisk: 'object',
    projected: 'ProjectedVolumeSource',
    portworxVolume: 'object',
    scaleIO: 'object',
    storageos: 'object',
    csi: 'object',
    ephemeral: 'object',
    image: 'object',
  },
  HostPathVolumeSource: { path: 'string', type: 'string' },
  GCEPersistentDiskVolumeSource: { pdName: 'string', fsType: 'string', partition: 'int32', readOnly: 'bool' },
  AWSElasticBlockStoreVolumeSource: { volumeID: 'string', fsType: 'string', partition: 'int32', readOnly: 'bool' },
  GitRepoVolumeSource: { repository: 'string', revision: 'string', directory: 'string' },
  NFSVolumeSource: { server: 'string', path: 'string', readOnly: 'bool' },
  ISCSIVolumeSource: {
    targetPortal: 'string',
    iqn: 'string',
    lun: 'int32',
    iscsiInterface: 'string',
    fsType: 'string',
    readOnly: 'bool',
    portals: '[]string',
    chapAuthDiscovery: 'bool',
    chapAuthSession: 'bool',
    secretRef: 'LocalObjectReference',
    initiatorName: 'string',
  },
  GlusterfsVolumeSource: { endpoints: 'string', path: 'string', readOnly: 'bool' },
  EmptyDirVolumeSource: { medium: 'string', sizeLimit: 'quantity' },
  SecretVolumeSource: { secretName: 'string', items: '[]KeyToPath', defaultMode: 'int32', optional: 'bool' },
  ConfigMapVolumeSource: { name: 'string', items: '[]KeyToPath', defaultMode: 'int32', optional: 'bool' },
  KeyToPath: { key: 'string', path: 'string', mode: 'int32' },
  DownwardAPIVolumeSource: { items: '[]DownwardAPIVolumeFile', defaultMode: 'int32' },
  DownwardAPIVolumeFile: { path: 'string', fieldRef: 'ObjectFieldSelector', resourceFieldRef: 'ResourceFieldSelector', mode: 'int32' },
  ProjectedVolumeSource: { sources: '[]VolumeProjection', defaultMode: 'int32' },
  VolumeProjection: {
    secret: 'SecretProjection',
    downwardAPI: 'DownwardAPIProjection',
    configMap: 'ConfigMapProjection',
    serviceAccountToken: 'ServiceAccountTokenProjection',
    // behind feature gates that are off by default (the API server drops them): opaque
    clusterTrustBundle: 'object',
    podCertificate: 'object',
  },
  SecretProjection: { name: 'string', items: '[]KeyToPath', optional: 'bool' },
  ConfigMapProjection: { name: 'string', items: '[]KeyToPath', optional: 'bool' },
  DownwardAPIProjection: { items: '[]DownwardAPIVolumeFile' },
  ServiceAccountTokenProjection: { audience: 'string', expirationSeconds: 'int64', path: 'string' },
  PersistentVolumeClaimVolumeSource: { claimName: 'string', readOnly: 'bool' },
  Affinity: { nodeAffinity: 'NodeAffinity', podAffinity: 'PodAffinity', podAntiAffinity: 'PodAffinity' },
  NodeAffinity: {
    requiredDuringSchedulingIgnoredDuringExecution: 'NodeSelector',
    preferredDuringSchedulingIgnoredDuringExecution: '[]PreferredSchedulingTerm',
  },
  NodeSelector: { nodeSelectorTerms: '[]NodeSelectorTerm' },
  NodeSelectorTerm: { matchExpressions: '[]NodeSelectorRequirement', matchFields: '[]NodeSelectorRequirement' },
  NodeSelectorRequirement: { key: 'string', operator: 'string', values: '[]string' },
  PreferredSchedulingTerm: { weight: 'int32', preference: 'NodeSelectorTerm' },
  PodAffinity: {
    requiredDuringSchedulingIgnoredDuringExecution: '[]PodAffinityTerm',
    preferredDuringSchedulingIgnoredDuringExecution: '[]WeightedPodAffinityTerm',
  },
  PodAffinityTerm: {
    labelSelector: 'LabelSelector',
    namespaces: '[]string',
    topologyKey: 'string',
    namespaceSelector: 'LabelSelector',
    matchLabelKeys: '[]string',
    mismatchLabelKeys: '[]string',
  },
  WeightedPodAffinityTerm: { weight: 'int32', podAffinityTerm: 'PodAffinityTerm' },
  Toleration: { key: 'string', operator: 'string', value: 'string', effect: 'string', tolerationSeconds: 'int64' },
  Taint: { key: 'string', value: 'string', effect: 'string', timeAdded: 'string' },
  TopologySpreadConstraint: {
    maxSkew: 'int32',
    topologyKey: 'string',
    whenUnsatisfiable: 'string',
    labelSelector: 'LabelSelector',
    minDomains: 'int32',
    nodeAffinityPolicy: 'string',
    nodeTaintsPolicy: 'string',
    matchLabelKeys: '[]string',
  },
  HostAlias: { ip: 'string', hostnames: '[]string' },
  PodDNSConfig: { nameservers: '[]string', searches: '[]string', options: '[]PodDNSConfigOption' },
  PodDNSConfigOption: { name: 'string', value: 'string' },
  PodReadinessGate: { conditionType: 'string' },
  PodOS: { name: 'string' },
  PodSchedulingGate: { name: 'string' },
  PodResourceClaim: { name: 'string', resourceClaimName: 'string', resourceClaimTemplateName: 'string' },
  LocalObjectReference: { name: 'string' },

  // ---- jobsim/v1alpha1 ----
  Simulation: { apiVersion: 'string', kind: 'string', metadata: 'ObjectMeta', spec: 'SimulationSpec' },
  SimulationSpec: {
    // an integer whose range (what a double holds exactly) the loader checks, in --seed's words
    seed: 'safeint',
    start: 'string',
    duration: 'duration',
    cluster: 'SimulationCluster',
    behaviors: '[]SimulationBehavior',
    faults: '[]SimulationFault',
    check: 'SimulationCheck',
    timeline: '[]SimulationTimelineEntry',
    latencies: 'SimulationLatencies',
  },
  SimulationCluster: { nodePools: '[]SimulationNodePool' },
  SimulationNodePool: {
    name: 'string',
    count: 'int32',
    capacity: 'SimulationNodeCapacity',
    labels: 'map[string]',
    taints: '[]Taint',
    mtbf: 'duration',
    mttr: 'duration',
  },
  SimulationNodeCapacity: { cpu: 'quantity', memory: 'quantity', pods: 'int32' },
  SimulationBehavior: {
    selector: 'LabelSelector',
    duration: 'any',
    exitCodes: '[]int32',
    failureProbability: 'float',
    failExitCode: 'int32',
    onSigterm: 'string',
    perIndex: 'map[SimulationBehaviorOverride]',
  },
  SimulationBehaviorOverride: { duration: 'any', exitCodes: '[]int32', failureProbability: 'float', failExitCode: 'int32', onSigterm: 'string' },
  SimulationFault: { at: 'duration', for: 'duration', nodeDown: 'string', controllerDown: 'string', deleteNode: 'string', evictPod: 'string', cordonNode: 'string', drainNode: 'string' },
  SimulationCheck: { runs: 'int32', faults: 'SimulationCheckFaults', properties: '[]SimulationCheckProperty' },
  SimulationCheckFaults: { nodeDown: 'SimulationCheckNodeDown', drainNode: 'SimulationCheckNodeDown' },
  SimulationCheckNodeDown: { max: 'int32', for: '[]duration' },
  SimulationCheckProperty: {
    job: 'string',
    cronJob: 'string',
    namespace: 'string',
    maxFailed: 'int32',
    completesWithin: 'duration',
    noMissedSlot: 'bool',
    maxLateness: 'duration',
  },
  SimulationTimelineEntry: { at: 'duration', patch: 'object', delete: 'SimulationObjectRef', create: 'object' },
  SimulationObjectRef: { apiVersion: 'string', kind: 'string', name: 'string', namespace: 'string' },
  SimulationLatencies: { imagePull: 'duration', containerStart: 'duration', scheduling: 'duration' },
  // a timeline patch: which object, then a JSON merge patch of its fields
  JobPatch: { apiVersion: 'string', kind: 'string', name: 'string', namespace: 'string', metadata: 'ObjectMeta', spec: 'JobSpec', status: 'object' },
  CronJobPatch: { apiVersion: 'string', kind: 'string', name: 'string', namespace: 'string', metadata: 'ObjectMeta', spec: 'CronJobSpec', status: 'object' },
};

export interface SchemaIssue {
  /** the field as the API prints it: `spec.template.spec.containers[0].image`, `metadata.labels[app]` */
  path: string;
  message: string;
}

export interface SchemaResult {
  issues: SchemaIssue[];
  /** fields removed because their value had the wrong type (later checks treat them as unset) */
  pruned: string[];
}

const MaxInt32 = 2147483647;
const MinInt32 = -2147483648;
const MaxInt64 = (1n << 63n) - 1n;
const MinInt64 = -(1n << 63n);

/**
 * Checks `value` against `typeName` from `at` (the path printed in messages): unknown fields and
 * type mismatches. Values of the wrong type are deleted from `value` so that validation can run on
 * the rest; `null` is treated as unset, as the JSON decoder does.
 */
export function checkSchema(value: unknown, typeName: string, at = '', opts: { keepNulls?: boolean; exactInt?: (path: string) => bigint | undefined } = {}): SchemaResult {
  const res: WalkState = { issues: [], pruned: [], keepNulls: opts.keepNulls ?? false, exactInt: opts.exactInt };
  walk(value, typeName, at, res);
  return { issues: res.issues, pruned: res.pruned };
}

interface WalkState extends SchemaResult {
  /** JSON merge patches: null means "delete this field" and must stay */
  keepNulls: boolean;
  /** the exact integer written at a path, where the double in the value has rounded it (|v| > 2^53) */
  exactInt?: (path: string) => bigint | undefined;
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** How a bad value is shown: scalars as Go prints them, containers by their JSON type. */
export function showValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return 'null';
  return JSON.stringify(Array.isArray(v) ? 'array' : 'object');
}

function typeError(res: WalkState, path: string, v: unknown, want: string): void {
  res.issues.push({ path, message: `Invalid value: ${showValue(v)}: ${path} in body must be of type ${want}: ${JSON.stringify(jsonType(v))}` });
}

const child = (path: string, k: string) => (path ? `${path}.${k}` : k);

/** What Go's JSON decoder leaves in a slice element or map entry given `null`: the type's zero value. */
function zeroValue(t: string): unknown {
  if (t.startsWith('[]') || t.startsWith('map[') || t === 'any') return null;
  switch (t) {
    case 'string':
    case 'duration':
      return '';
    case 'bool':
      return false;
    case 'float':
    case 'safeint':
    case 'int32':
    case 'int64':
    case 'intstr':
      return 0;
    case 'quantity':
      return '0';
    default:
      return {};
  }
}

/** Returns false when the value must be removed (wrong type). */
function walk(v: unknown, t: string, path: string, res: WalkState): boolean {
  if (v === null || v === undefined) return true;
  if (t === 'any') return true;
  if (t.startsWith('[]')) {
    if (!Array.isArray(v)) return fail(res, path, v, 'array');
    const et = t.slice(2);
    for (let i = 0; i < v.length; i++) {
      // the decoder leaves a null element at its type's zero value ([null] is [{}], [""], [0])
      if (v[i] === null) v[i] = zeroValue(et);
      if (!walk(v[i], et, `${path}[${i}]`, res)) {
        res.pruned.push(`${path}[${i}]`);
        v[i] = zeroValue(et);
      }
    }
    return true;
  }
  if (t.startsWith('map[')) {
    if (typeof v !== 'object' || Array.isArray(v)) return fail(res, path, v, 'object');
    const et = t.slice(4, -1);
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      // a null entry is kept at its zero value (`team: null` is the label team=""), except in a
      // merge patch, where null deletes the key
      if (o[k] === null && !res.keepNulls) o[k] = zeroValue(et);
      // map entries print as `labels[key]`, as upstream's field.Path.Key does
      if (!walk(o[k], et, `${path}[${k}]`, res)) {
        res.pruned.push(`${path}[${k}]`);
        delete o[k];
      }
    }
    return true;
  }
  switch (t) {
    case 'string':
      return typeof v === 'string' || fail(res, path, v, 'string');
    case 'bool':
      return typeof v === 'boolean' || fail(res, path, v, 'boolean');
    case 'float':
      return typeof v === 'number' || fail(res, path, v, 'number');
    case 'safeint':
      return (typeof v === 'number' && Number.isInteger(v)) || fail(res, path, v, 'integer');
    case 'int32':
    case 'int64': {
      if (typeof v !== 'number' || !Number.isInteger(v)) return fail(res, path, v, 'integer');
      // past 2^53 the range is checked on the integer as written (9223372036854775807 fits an
      // int64; its double, 2^63, would not), and a problem shows it as written
      const exact = Number.isSafeInteger(v) ? undefined : res.exactInt?.(path);
      if (exact !== undefined) {
        const [min, max] = t === 'int32' ? [BigInt(MinInt32), BigInt(MaxInt32)] : [MinInt64, MaxInt64];
        if (exact >= min && exact <= max) return true;
        const bound = exact > max ? `less than or equal to ${max}` : `greater than or equal to ${min}`;
        res.issues.push({ path, message: `Invalid value: ${exact}: ${path} in body should be ${bound}` });
        return false;
      }
      if (t === 'int32' && (v > MaxInt32 || v < MinInt32)) {
        const p = path;
        const bound = v > MaxInt32 ? `less than or equal to ${MaxInt32}` : `greater than or equal to ${MinInt32}`;
        res.issues.push({ path, message: `Invalid value: ${v}: ${p} in body should be ${bound}` });
        return false;
      }
      // int64: a double at 2^63 or beyond does not fit (the decoder refuses it)
      if (t === 'int64' && (v >= 2 ** 63 || v < -(2 ** 63))) {
        const bound = v > 0 ? 'less than or equal to 9223372036854775807' : 'greater than or equal to -9223372036854775808';
        res.issues.push({ path, message: `Invalid value: ${v}: ${path} in body should be ${bound}` });
        return false;
      }
      return true;
    }
    case 'quantity': {
      if (typeof v !== 'string' && typeof v !== 'number') return fail(res, path, v, 'string');
      const err = quantityError(v);
      if (err) {
        res.issues.push({ path, message: `Invalid value: ${showValue(v)}: ${err}` });
        return false;
      }
      return true;
    }
    case 'intstr':
      return typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v)) || fail(res, path, v, 'integer or string');
    case 'duration':
      return typeof v === 'string' || typeof v === 'number' || fail(res, path, v, 'string');
    case 'object':
      return (typeof v === 'object' && !Array.isArray(v)) || fail(res, path, v, 'object');
  }
  const fields = types[t];
  if (!fields) throw new Error(`schema: unknown type ${t}`);
  if (typeof v !== 'object' || Array.isArray(v)) return fail(res, path, v, 'object');
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    // own properties only: a user key such as `valueOf` must not find Object.prototype
    // a node's capacity also takes extended resources (nvidia.com/gpu: 4) by name
    const ft = Object.hasOwn(fields, k) ? fields[k] : t === 'SimulationNodeCapacity' && isScalarResourceName(k) ? 'quantity' : undefined;
    const fp = child(path, k);
    if (ft === undefined) {
      res.issues.push({ path: fp, message: `strict decoding error: unknown field ${JSON.stringify(fp)}` });
      delete o[k];
      continue;
    }
    if (!walk(o[k], ft, fp, res)) {
      res.pruned.push(fp);
      delete o[k];
    } else if (o[k] === null && !res.keepNulls) delete o[k];
  }
  return true;
}

function fail(res: WalkState, path: string, v: unknown, want: string): false {
  typeError(res, path, v, want);
  return false;
}
