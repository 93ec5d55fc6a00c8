// API-server defaulting: SetDefaults_Job / SetDefaults_CronJob (pkg/apis/batch/v1/defaults.go),
// SetDefaults_PodSpec / SetDefaults_Container (pkg/apis/core/v1/defaults.go), SetDefaults_PriorityClass.
import { describe, expect, it } from 'vitest';
import type { CronJob, Job, PriorityClass } from '../../src/api/types.ts';
import { decodeWithDefaults, defaultCronJob, defaultJob, defaultPriorityClass, imageTag } from '../../src/api/defaults.ts';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function job(spec: Any = {}, meta: Any = {}): Job {
  return defaultJob({
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'pi', ...meta },
    spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'pi', image: 'perl:5.34.0' }] } }, ...spec },
  } as unknown as Job);
}

describe('SetDefaults_Job', () => {
  const cases: [string, Any, Partial<Record<string, unknown>>][] = [
    ['both completions and parallelism unset: both 1', {}, { completions: 1, parallelism: 1 }],
    ['only parallelism set: completions stays unset (work queue)', { parallelism: 3 }, { completions: undefined, parallelism: 3 }],
    ['only completions set: parallelism 1', { completions: 5 }, { completions: 5, parallelism: 1 }],
    ['parallelism 0 is kept', { parallelism: 0, completions: 2 }, { completions: 2, parallelism: 0 }],
    ['backoffLimit 6', {}, { backoffLimit: 6 }],
    ['backoffLimit kept', { backoffLimit: 4 }, { backoffLimit: 4 }],
    ['backoffLimit MaxInt32 with backoffLimitPerIndex', { completionMode: 'Indexed', completions: 3, backoffLimitPerIndex: 1 }, { backoffLimit: 2147483647 }],
    ['completionMode NonIndexed', {}, { completionMode: 'NonIndexed' }],
    ['suspend false', {}, { suspend: false }],
    ['manualSelector false', {}, { manualSelector: false }],
    ['podReplacementPolicy TerminatingOrFailed', {}, { podReplacementPolicy: 'TerminatingOrFailed' }],
    [
      'podReplacementPolicy Failed with a podFailurePolicy',
      { podFailurePolicy: { rules: [{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget' }] }] } },
      { podReplacementPolicy: 'Failed' },
    ],
  ];
  it.each(cases)('%s', (_name, spec, want) => {
    const j = job(spec);
    for (const [k, v] of Object.entries(want)) expect((j.spec as Any)[k]).toEqual(v);
  });

  it('onPodConditions status defaults to True (SetDefaults_PodFailurePolicyOnPodConditionsPattern)', () => {
    const j = job({ podFailurePolicy: { rules: [{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget' }, { type: 'Ready', status: 'False' }] }] } });
    expect(j.spec.podFailurePolicy!.rules[0]!.onPodConditions).toEqual([
      { type: 'DisruptionTarget', status: 'True' },
      { type: 'Ready', status: 'False' },
    ]);
  });

  it('Job labels are the template labels when the Job has none: the same map (obj.Labels = obj.Spec.Template.Labels)', () => {
    const j = job({ template: { metadata: { labels: { app: 'pi' } }, spec: { restartPolicy: 'Never', containers: [{ name: 'pi', image: 'x' }] } } });
    expect(j.metadata.labels).toEqual({ app: 'pi' });
    // shared, so that the labels the registry's generateSelector adds to the template reach the Job
    expect(j.metadata.labels).toBe(j.spec.template.metadata!.labels);
  });

  it('Job labels are kept when present', () => {
    const j = job({ template: { metadata: { labels: { app: 'pi' } }, spec: { restartPolicy: 'Never', containers: [{ name: 'pi', image: 'x' }] } } }, { labels: { team: 'a' } });
    expect(j.metadata.labels).toEqual({ team: 'a' });
  });

  it('namespace default, empty status', () => {
    const j = job();
    expect(j.metadata.namespace).toBe('default');
    expect(j.status).toEqual({});
  });

  it('selector generation is left to the store (it needs the uid)', () => {
    expect(job().spec.selector).toBeUndefined();
  });

  it('restartPolicy is not defaulted to Always (validation reports it as required instead)', () => {
    const j = defaultJob({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'x' }, spec: { template: { spec: { containers: [{ name: 'c', image: 'i' }] } } } } as unknown as Job);
    expect(j.spec.template.spec.restartPolicy).toBeUndefined();
  });

  it('is idempotent', () => {
    const once = job({ parallelism: 2 });
    expect(defaultJob(structuredClone(once))).toEqual(once);
  });
});

describe('pod template defaults (SetDefaults_PodSpec, SetDefaults_Container): what kubectl get -o yaml shows', () => {
  it('the seeds pi Job', () => {
    expect(job().spec.template.spec).toEqual({
      restartPolicy: 'Never',
      containers: [{ name: 'pi', image: 'perl:5.34.0', imagePullPolicy: 'IfNotPresent', terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', resources: {} }],
      dnsPolicy: 'ClusterFirst',
      securityContext: {},
      terminationGracePeriodSeconds: 30,
      schedulerName: 'default-scheduler',
    });
  });

  const pullPolicy: [string, string, string][] = [
    ['untagged image: Always', 'busybox', 'Always'],
    [':latest: Always', 'busybox:latest', 'Always'],
    ['tagged: IfNotPresent', 'busybox:1.36', 'IfNotPresent'],
    ['registry port is not a tag', 'localhost:5000/app', 'Always'],
    ['registry port and tag', 'localhost:5000/app:v2', 'IfNotPresent'],
    ['digest only: IfNotPresent', 'busybox@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', 'IfNotPresent'],
  ];
  it.each(pullPolicy)('imagePullPolicy, %s', (_name, image, want) => {
    const j = job({ template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image }] } } });
    expect(j.spec.template.spec.containers[0]!.imagePullPolicy).toBe(want);
  });

  it('an explicit imagePullPolicy is kept', () => {
    const j = job({ template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox', imagePullPolicy: 'Never' }] } } });
    expect(j.spec.template.spec.containers[0]!.imagePullPolicy).toBe('Never');
  });

  it('imageTag', () => {
    expect(imageTag('perl')).toBe('latest');
    expect(imageTag('perl:5.34.0')).toBe('5.34.0');
    expect(imageTag('ghcr.io/x/y:1')).toBe('1');
  });

  it('ports get protocol TCP, probes their timings, init containers the container defaults', () => {
    const j = job({
      template: {
        spec: {
          restartPolicy: 'Never',
          initContainers: [{ name: 'init', image: 'busybox:1' }],
          containers: [{ name: 'c', image: 'x:1', ports: [{ containerPort: 80 }, { containerPort: 53, protocol: 'UDP' }], readinessProbe: { httpGet: { port: 80 } } }],
        },
      },
    });
    const c = j.spec.template.spec.containers[0]! as Any;
    expect(c.ports).toEqual([
      { containerPort: 80, protocol: 'TCP' },
      { containerPort: 53, protocol: 'UDP' },
    ]);
    expect(c.readinessProbe).toEqual({ httpGet: { port: 80, path: '/', scheme: 'HTTP' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 });
    expect(j.spec.template.spec.initContainers![0]!.imagePullPolicy).toBe('IfNotPresent');
    expect(j.spec.template.spec.initContainers![0]!['terminationMessagePolicy']).toBe('File');
  });

  it('explicit pod fields are kept', () => {
    const j = job({ template: { spec: { restartPolicy: 'Never', terminationGracePeriodSeconds: 5, schedulerName: 'mine', dnsPolicy: 'Default', containers: [{ name: 'c', image: 'x:1' }] } } });
    const s = j.spec.template.spec;
    expect([s.terminationGracePeriodSeconds, s.schedulerName, s['dnsPolicy']]).toEqual([5, 'mine', 'Default']);
  });

  // the volume sources' own defaults (SetDefaults_ISCSIVolumeSource, SetDefaults_AzureDiskVolumeSource)
  it.each<[string, Any, Any]>([
    ['SetDefaults_ISCSIVolumeSource: iscsiInterface "default"', { iscsi: { targetPortal: 'p', iqn: 'iqn.2015-02.example.com:t', lun: 0 } }, { iscsi: { targetPortal: 'p', iqn: 'iqn.2015-02.example.com:t', lun: 0, iscsiInterface: 'default' } }],
    ['SetDefaults_ISCSIVolumeSource: an interface named is kept', { iscsi: { iscsiInterface: 'eth1' } }, { iscsi: { iscsiInterface: 'eth1' } }],
    ['SetDefaults_AzureDiskVolumeSource: ReadWrite, Shared, ext4, readOnly false', { azureDisk: { diskName: 'd', diskURI: 'u' } }, { azureDisk: { diskName: 'd', diskURI: 'u', cachingMode: 'ReadWrite', kind: 'Shared', fsType: 'ext4', readOnly: false } }],
    ['SetDefaults_AzureDiskVolumeSource: explicit values are kept', { azureDisk: { cachingMode: 'None', kind: 'Managed', fsType: 'xfs', readOnly: true } }, { azureDisk: { cachingMode: 'None', kind: 'Managed', fsType: 'xfs', readOnly: true } }],
  ])('%s', (_name, source, want) => {
    const j = job({ template: { spec: { restartPolicy: 'Never', volumes: [{ name: 'v', ...source }], containers: [{ name: 'c', image: 'x:1' }] } } });
    expect((j.spec.template.spec as Any).volumes[0]).toEqual({ name: 'v', ...want });
  });
});

describe('SetDefaults_CronJob', () => {
  const cj = (spec: Any = {}) =>
    defaultCronJob({
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'nightly' },
      spec: { schedule: '0 3 * * *', jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'b', image: 'busybox' }] } } } }, ...spec },
    } as unknown as CronJob);

  it('concurrencyPolicy Allow, suspend false, history limits 3 and 1, namespace default', () => {
    const c = cj();
    expect([c.spec.concurrencyPolicy, c.spec.suspend, c.spec.successfulJobsHistoryLimit, c.spec.failedJobsHistoryLimit, c.metadata.namespace]).toEqual(['Allow', false, 3, 1, 'default']);
  });

  it('explicit values are kept (0 history limits too)', () => {
    const c = cj({ concurrencyPolicy: 'Forbid', suspend: true, successfulJobsHistoryLimit: 0, failedJobsHistoryLimit: 0 });
    expect([c.spec.concurrencyPolicy, c.spec.suspend, c.spec.successfulJobsHistoryLimit, c.spec.failedJobsHistoryLimit]).toEqual(['Forbid', true, 0, 0]);
  });

  it('the jobTemplate gets pod defaults but no SetDefaults_Job (that runs when the Job is created)', () => {
    const c = cj();
    const js = c.spec.jobTemplate.spec;
    expect(js.parallelism).toBeUndefined();
    expect(js.backoffLimit).toBeUndefined();
    expect(js.template.spec.dnsPolicy).toBe('ClusterFirst');
    expect(js.template.spec.containers[0]!.imagePullPolicy).toBe('Always');
  });
});

describe('SetDefaults_PriorityClass', () => {
  it('preemptionPolicy PreemptLowerPriority; value 0 when absent', () => {
    const p = defaultPriorityClass({ apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name: 'low' } } as unknown as PriorityClass);
    expect([p.value, p.preemptionPolicy]).toEqual([0, 'PreemptLowerPriority']);
  });
});

describe('decodeWithDefaults (patch.go decodes the patched object with the defaulting codec)', () => {
  const uid = '0a4f9774-99a1-4640-8a82-5b7c27d7da87';
  /** a stored Job: defaulted, with the generated template labels of its uid */
  const stored = (meta: Any = {}): Any =>
    structuredClone({
      ...job({}, meta),
      spec: { ...job().spec, template: { ...job().spec.template, metadata: { labels: { 'controller-uid': uid, 'job-name': 'pi', app: 'b' } } } },
    });
  const cases: [string, (j: Any) => void, (j: Any) => unknown, unknown][] = [
    ['labels removed (null): SetDefaults_Job refills them from the template labels', (j) => delete j.metadata.labels, (j) => j.metadata.labels, { 'controller-uid': uid, 'job-name': 'pi', app: 'b' }],
    ['the last label removed (empty map): refilled the same way', (j) => (j.metadata.labels = {}), (j) => j.metadata.labels, { 'controller-uid': uid, 'job-name': 'pi', app: 'b' }],
    ['labels left: kept as they are', (j) => (j.metadata.labels = { team: 'x' }), (j) => j.metadata.labels, { team: 'x' }],
    [
      'containers re-sent as written: SetDefaults_Container puts imagePullPolicy and the termination message fields back',
      (j) => (j.spec.template.spec.containers = [{ name: 'pi', image: 'busybox' }]),
      (j) => [j.spec.template.spec.containers[0].imagePullPolicy, j.spec.template.spec.containers[0].terminationMessagePath, j.spec.template.spec.containers[0].terminationMessagePolicy],
      ['Always', '/dev/termination-log', 'File'],
    ],
    [
      'a quantity re-sent in another form: the canonical one (SetDefaults_ResourceList, encoding)',
      (j) => (j.spec.template.spec.containers = [{ name: 'pi', image: 'busybox', resources: { requests: { cpu: 0.5 } } }]),
      (j) => j.spec.template.spec.containers[0].resources.requests.cpu,
      '500m',
    ],
    ['backoffLimit removed (null): 6 again', (j) => delete j.spec.backoffLimit, (j) => j.spec.backoffLimit, 6],
  ];
  it.each(cases)('%s', (_n, patch, get, want) => {
    const j = stored({ labels: { team: 'x' } });
    patch(j);
    expect(get(decodeWithDefaults('Job', j))).toEqual(want);
  });

  it('a CronJob: the job template\'s pod template is defaulted too', () => {
    const cj: Any = { apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'cj' }, spec: { schedule: '* * * * *', jobTemplate: { spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox', resources: { requests: { cpu: '0.5' } } }] } } } } } };
    const c = (decodeWithDefaults('CronJob', cj) as CronJob).spec.jobTemplate.spec.template.spec.containers[0]!;
    expect([c.imagePullPolicy, c.resources?.requests?.['cpu']]).toEqual(['Always', '500m']);
  });
});
