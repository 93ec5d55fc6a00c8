// The scenario loader: parse, dispatch, strict decoding, defaults, validation, Simulation compile.
// Positions are checked as `file:line:col:`, the way the CLI prints them (contract §1).
import { describe, expect, it } from 'vitest';
import type { CronJob, Job } from '../../src/api/types.ts';
import { formatIssue, loadScenario, loadScenarioObjects, sortIssues } from '../../src/scenario/load.ts';
import type { Issue, LoadResult } from '../../src/scenario/types.ts';

const load = (text: string, file = 'scenario.yaml'): LoadResult => loadScenario([{ file, text }]);
const lines = (r: LoadResult) => r.issues.map(formatIssue);

/** A valid Job to build documents from. */
const piJob = `apiVersion: batch/v1
kind: Job
metadata:
  name: pi
spec:
  template:
    spec:
      containers:
      - name: pi
        image: perl:5.34.0
      restartPolicy: Never
`;

function ok(r: LoadResult) {
  expect(lines(r)).toEqual([]);
  expect(r.scenario).toBeDefined();
  return r.scenario!;
}

describe('the acceptance case: an unknown field is an error with its line (strict field validation)', () => {
  const text = `apiVersion: batch/v1
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
  it('names the field, kubectl-style, at 6:3', () => {
    const r = load(text, 'typo.yaml');
    expect(r.scenario).toBeUndefined();
    expect(lines(r)).toEqual(['typo.yaml:6:3: Job default/typo: spec.parallelizm: strict decoding error: unknown field "spec.parallelizm"']);
  });

  it('unknown fields deep in the pod template, with their list index', () => {
    const r = load(piJob.replace('        image: perl:5.34.0\n', '        image: perl:5.34.0\n        imagee: perl\n'));
    expect(lines(r)).toEqual(['scenario.yaml:11:9: Job default/pi: spec.template.spec.containers[0].imagee: strict decoding error: unknown field "spec.template.spec.containers[0].imagee"']);
  });
});

describe('the seed manifests (/work/shared/seeds), as a user would apply them', () => {
  it('seed 000: the hello CronJob', () => {
    const s = ok(
      load(`apiVersion: batch/v1
kind: CronJob
metadata:
  name: hello
spec:
  schedule: "*/1 * * * *" # Cron syntax
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - name: hello
            image: busybox:1.28
            imagePullPolicy: IfNotPresent
            command:
            - /bin/sh
            - -c
            - date; echo "Hello from Kubernetes"
          restartPolicy: OnFailure
`),
    );
    const cj = s.objects[0]!.obj as CronJob;
    expect([cj.spec.concurrencyPolicy, cj.spec.successfulJobsHistoryLimit, cj.spec.failedJobsHistoryLimit, cj.spec.suspend]).toEqual(['Allow', 3, 1, false]);
  });

  it('seed 001: data-processing-job with OnFailure', () => {
    const s = ok(
      load(`apiVersion: batch/v1
kind: Job
metadata:
  name: data-processing-job
spec:
  template:
    spec:
      containers:
      - name: data-processor
        image: python:3.10
        command: ["python", "-c", "print('Processing data...')"]
      restartPolicy: OnFailure
  backoffLimit: 3
`),
    );
    const j = s.objects[0]!.obj as Job;
    expect([j.spec.backoffLimit, j.spec.completions, j.spec.parallelism]).toEqual([3, 1, 1]);
  });

  it('seed 002: backup-job (a template metadata.name is allowed)', () => {
    const s = ok(
      load(`apiVersion: batch/v1
kind: Job
metadata:
  name: backup-job
spec:
  template:
    metadata:
      name: backup-pod
    spec:
      containers:
        - name: backup-container
          image: your-backup-image:latest
          command: ['sh', '-c', './backup-script.sh']
      restartPolicy: Never
`),
    );
    expect((s.objects[0]!.obj as Job).spec.template.spec.containers[0]!.imagePullPolicy).toBe('Always');
  });

  it('seed 003: both manifests omit restartPolicy, which the API server rejects', () => {
    const r = load(`apiVersion: batch/v1
kind: Job
metadata:
  name: data-processing-job
spec:
  template:
    spec:
      containers:
        - name: data-processor
          image: data-processor-image
  backoffLimit: 4
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: backup-cronjob
spec:
  schedule: "0 * * * *"  # Every hour
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - name: backup-task
              image: backup-image
`);
    expect(r.scenario).toBeUndefined();
    expect(lines(r)).toEqual([
      'scenario.yaml:7:5: Job default/data-processing-job: spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"',
      'scenario.yaml:22:9: CronJob default/backup-cronjob: spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"',
    ]);
  });

  it('seed 004: pi-calculator and nightly-backup', () => {
    const s = ok(
      load(`apiVersion: batch/v1
kind: Job
metadata:
  name: pi-calculator
spec:
  template:
    spec:
      containers:
      - name: pi
        image: perl:5.34.0
        command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"]
      restartPolicy: Never
  backoffLimit: 4
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-backup
spec:
  schedule: "0 3 * * *" # Run at 3:00 AM every day
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - name: backup
            image: my-backup-tool:latest
            args: ["/bin/sh", "-c", "backup.sh"]
          restartPolicy: OnFailure
`),
    );
    expect(s.objects.map((o) => `${o.obj.kind}/${o.obj.metadata.name}@${o.pos?.line}`)).toEqual(['Job/pi-calculator@1', 'CronJob/nightly-backup@15']);
    const j = s.objects[0]!.obj as Job;
    expect([j.spec.backoffLimit, j.spec.parallelism, j.spec.completions, j.metadata.namespace]).toEqual([4, 1, 1, 'default']);
  });
});

describe('every problem is reported, in file order', () => {
  it('several problems in one file', () => {
    const r = load(`apiVersion: batch/v1
kind: Job
metadata:
  name: many
spec:
  parallelism: "3"
  completions: -1
  template:
    metadata:
      annotations:
        jobsim/duration: "ten minutes"
        jobsim/exit-codes: "1,x"
    spec:
      containers:
      - name: Main
        resources:
          requests: { cpu: lots }
      restartPolicy: Always
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  schedule: "TZ=UTC 0 3 * * *"
  concurrencyPolicy: Sometimes
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{ name: c, image: busybox }]
`);
    expect(lines(r)).toEqual([
      'scenario.yaml:6:3: Job default/many: spec.parallelism: Invalid value: "3": spec.parallelism in body must be of type integer: "string"',
      'scenario.yaml:7:3: Job default/many: spec.completions: Invalid value: -1: must be greater than or equal to 0',
      'scenario.yaml:11:9: Job default/many: spec.template.metadata.annotations[jobsim/duration]: Invalid value: "ten minutes": must be a duration (30s, 1h30m) or uniform(MIN,MAX), lognormal(MEDIAN,P95), exponential(MEAN)',
      'scenario.yaml:12:9: Job default/many: spec.template.metadata.annotations[jobsim/exit-codes]: Invalid value: "1,x": must be exit codes 0-255 separated by commas, e.g. "1,1,0"',
      `scenario.yaml:15:9: Job default/many: spec.template.spec.containers[0].name: Invalid value: "Main": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
      'scenario.yaml:15:9: Job default/many: spec.template.spec.containers[0].image: Required value',
      `scenario.yaml:17:23: Job default/many: spec.template.spec.containers[0].resources.requests[cpu]: Invalid value: "lots": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`,
      'scenario.yaml:18:7: Job default/many: spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"',
      'scenario.yaml:25:3: CronJob default/nightly: spec.schedule: Invalid value: "TZ=UTC 0 3 * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead',
      'scenario.yaml:26:3: CronJob default/nightly: spec.concurrencyPolicy: Unsupported value: "Sometimes": supported values: "Allow", "Forbid", "Replace"',
    ]);
  });

  it('a value of the wrong type is reported once, not again as missing', () => {
    const r = load(piJob.replace('restartPolicy: Never', 'restartPolicy: 7'));
    expect(lines(r)).toEqual(['scenario.yaml:11:7: Job default/pi: spec.template.spec.restartPolicy: Invalid value: 7: spec.template.spec.restartPolicy in body must be of type string: "integer"']);
  });

  it('int32 fields are range-checked', () => {
    const r = load(piJob.replace('spec:\n  template', 'spec:\n  parallelism: 3000000000\n  template'));
    expect(lines(r)).toEqual(['scenario.yaml:6:3: Job default/pi: spec.parallelism: Invalid value: 3000000000: spec.parallelism in body should be less than or equal to 2147483647']);
  });

  it('YAML 1.1 booleans are booleans, as in Kubernetes (a label value `y` is not a string)', () => {
    const r = load(piJob.replace('  name: pi\n', '  name: pi\n  labels: { answer: yes }\n'));
    expect(lines(r)).toEqual(['scenario.yaml:5:13: Job default/pi: metadata.labels[answer]: Invalid value: true: metadata.labels[answer] in body must be of type string: "boolean"']);
  });

  it('files are reported in the order given, then by line', () => {
    const r = loadScenario([
      { file: 'b.yaml', text: piJob.replace('restartPolicy: Never', 'restartPolicy: Always') },
      { file: 'a.yaml', text: piJob.replace('name: pi\nspec', 'name: Pi\nspec') },
    ]);
    expect(r.issues.map((i) => `${i.file}:${i.line}`)).toEqual(['b.yaml:11', 'a.yaml:4']);
  });

  it('YAML syntax errors carry their position', () => {
    const r = load('apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: [unclosed\n');
    expect(r.scenario).toBeUndefined();
    expect(r.issues[0]!.file).toBe('scenario.yaml');
    expect(r.issues[0]!.line).toBeGreaterThanOrEqual(4);
    expect(r.issues[0]!.message).toMatch(/^yaml: /);
  });
});

describe('dispatch by apiVersion and kind', () => {
  const cases: [string, string, string[]][] = [
    [
      'an unknown kind is named',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n',
      ['scenario.yaml:2:1: Deployment web: no matches for kind "Deployment" in version "apps/v1"; jobsim reads batch/v1 Job and CronJob, scheduling.k8s.io/v1 PriorityClass and jobsim/v1alpha1 Simulation'],
    ],
    [
      'a known kind in another version',
      'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: old\n',
      ['scenario.yaml:2:1: CronJob default/old: no matches for kind "CronJob" in version "batch/v1beta1"; jobsim reads batch/v1 Job and CronJob, scheduling.k8s.io/v1 PriorityClass and jobsim/v1alpha1 Simulation'],
    ],
    ['apiVersion and kind are required', 'metadata:\n  name: x\n', ['scenario.yaml:1:1: error validating data: [apiVersion not set, kind not set]']],
    ['a document must be a mapping', '- a\n- b\n', ['scenario.yaml:1:1: a document must be a mapping with apiVersion and kind']],
    [
      'names are unique per kind and namespace (AlreadyExists)',
      `${piJob}---\n${piJob}`,
      ['scenario.yaml:16:3: Job default/pi: metadata.name: jobs.batch "pi" already exists'],
    ],
    [
      'at most one Simulation',
      'apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: { name: a }\n---\napiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: { name: b }\n',
      ['scenario.yaml:5:1: Simulation b: only one Simulation document is allowed; the first is at scenario.yaml:1'],
    ],
    [
      'one globalDefault PriorityClass',
      'apiVersion: scheduling.k8s.io/v1\nkind: PriorityClass\nmetadata: { name: a }\nvalue: 1\nglobalDefault: true\n---\napiVersion: scheduling.k8s.io/v1\nkind: PriorityClass\nmetadata: { name: b }\nvalue: 2\nglobalDefault: true\n',
      ['scenario.yaml:11:1: PriorityClass b: globalDefault: PriorityClass a is already marked as default. Only one default can exist'],
    ],
  ];
  it.each(cases)('%s', (_name, text, want) => expect(lines(load(text))).toEqual(want));

  it('the same name is fine in another namespace or kind; empty documents are skipped', () => {
    const s = ok(load(`${piJob}---\n---\n${piJob.replace('name: pi\n', 'name: pi\n  namespace: team-a\n')}`));
    expect(s.objects.map((o) => o.obj.metadata.namespace)).toEqual(['default', 'team-a']);
  });

  it('a PriorityClass is cluster-scoped and defaulted', () => {
    const s = ok(load('apiVersion: scheduling.k8s.io/v1\nkind: PriorityClass\nmetadata: { name: high, namespace: x }\nvalue: 1000\n'));
    expect(s.objects[0]!.obj).toMatchObject({ kind: 'PriorityClass', metadata: { name: 'high' }, value: 1000, preemptionPolicy: 'PreemptLowerPriority' });
    expect(s.objects[0]!.obj.metadata.namespace).toBeUndefined();
  });

  it('status in a manifest is ignored (the API server clears it on create)', () => {
    const s = ok(load(`${piJob}status:\n  succeeded: 5\n`));
    expect((s.objects[0]!.obj as Job).status).toEqual({});
  });
});

describe('the Simulation document', () => {
  it('spec.seed: a non-negative integer a double holds exactly (as --seed)', () => {
    const sim = (seed: string) => load(`apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: { name: s }\nspec:\n  seed: ${seed}\n`);
    expect(ok(sim('0')).config.seed).toBe(0);
    expect(ok(sim('9007199254740991')).config.seed).toBe(9007199254740991);
    expect(lines(sim('-5'))).toEqual(['scenario.yaml:5:3: Simulation s: spec.seed: Invalid value: -5: must be an integer from 0 to 9007199254740991']);
    expect(lines(sim('99999999999999999999'))).toEqual(['scenario.yaml:5:3: Simulation s: spec.seed: Invalid value: 100000000000000000000: must be an integer from 0 to 9007199254740991']);
  });

  it('defaults without one (contract §2)', () => {
    const s = ok(load(piJob, 'dir/pi-job.yaml'));
    // the name does not come from the file's: the same documents give the same output
    expect(s.config).toEqual({
      name: 'simulation',
      seed: 1,
      startMs: Date.parse('2026-01-01T00:00:00Z'),
      nodePools: [{ name: 'node', count: 3, capacity: { cpu: '4', memory: '16Gi', pods: 110 }, labels: {}, taints: [] }],
      behaviors: [],
      faults: [],
      timeline: [],
      latencies: { imagePullMs: 0, containerStartMs: 0, schedulingMs: 0 },
    });
  });

  const contractExample = `apiVersion: batch/v1
kind: Job
metadata:
  name: etl
spec:
  template:
    metadata: { labels: { app: backup } }
    spec:
      restartPolicy: Never
      containers: [{ name: etl, image: etl:1 }]
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers: [{ name: b, image: b:1 }]
---
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: nightly-backup
spec:
  seed: 42
  start: "2026-01-01T00:00:00Z"
  duration: 7d
  latencies: { imagePull: 2s, containerStart: 500ms }
  cluster:
    nodePools:
      - name: worker
        count: 3
        capacity: { cpu: "4", memory: 16Gi, pods: 110 }
        labels: { pool: worker }
        taints: []
        mtbf: 72h
        mttr: 10m
  behaviors:
    - selector: { matchLabels: { app: backup } }
      duration: 20m
      exitCodes: [1, 1, 0]
    - selector: { matchExpressions: [{ key: tier, operator: In, values: [batch] }] }
      duration: { uniform: [10m, 30m] }
      failureProbability: 0.1
      failExitCode: 3
      perIndex: { "3": { exitCodes: [1] } }
    - selector: {}
      duration: { lognormal: { median: 20m, p95: 45m } }
    - selector: {}
      duration: { exponential: { mean: 5m } }
  faults:
    - { at: 26h10m, nodeDown: worker-1, for: 30m }
    - { at: 2h, controllerDown: cronjob, for: 3h }
    - { at: 3h, deleteNode: worker-2 }
    - { at: 4h, evictPod: team-a/etl-abcde }
    - { at: 5h, evictPod: etl-fghij }
  check:
    runs: 200
    faults:
      nodeDown: { max: 2, for: [1m, 30m] }
    properties:
      - { job: etl, maxFailed: 3, completesWithin: 2h }
      - { cronJob: nightly, noMissedSlot: true, maxLateness: 5m }
  timeline:
    - { at: 1h, patch: { kind: Job, name: etl, spec: { suspend: true } } }
    - { at: "2026-01-01T02:00:00Z", delete: { kind: CronJob, name: nightly } }
`;

  it('compiles the contract example', () => {
    const s = ok(load(contractExample));
    const c = s.config;
    expect([c.name, c.seed, c.startMs, c.durationMs]).toEqual(['nightly-backup', 42, Date.parse('2026-01-01T00:00:00Z'), 7 * 86_400_000]);
    expect(c.latencies).toEqual({ imagePullMs: 2000, containerStartMs: 500, schedulingMs: 0 });
    expect(c.nodePools).toEqual([{ name: 'worker', count: 3, capacity: { cpu: '4', memory: '16Gi', pods: 110 }, labels: { pool: 'worker' }, taints: [], mtbfMs: 72 * 3_600_000, mttrMs: 600_000 }]);
    expect(c.behaviors).toEqual([
      { selector: { matchLabels: { app: 'backup' } }, duration: { kind: 'fixed', ms: 1_200_000 }, exitCodes: [1, 1, 0] },
      {
        selector: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['batch'] }] },
        duration: { kind: 'uniform', minMs: 600_000, maxMs: 1_800_000 },
        failureProbability: 0.1,
        failExitCode: 3,
        perIndex: { 3: { exitCodes: [1] } },
      },
      { selector: {}, duration: { kind: 'lognormal', medianMs: 1_200_000, p95Ms: 2_700_000 } },
      { selector: {}, duration: { kind: 'exponential', meanMs: 300_000 } },
    ]);
    expect(c.faults).toEqual([
      { atMs: 94_200_000, nodeDown: 'worker-1', forMs: 1_800_000 },
      { atMs: 7_200_000, controllerDown: 'cronjob', forMs: 10_800_000 },
      { atMs: 10_800_000, deleteNode: 'worker-2' },
      { atMs: 14_400_000, evictPod: { namespace: 'team-a', name: 'etl-abcde' } },
      { atMs: 18_000_000, evictPod: { namespace: 'default', name: 'etl-fghij' } },
    ]);
    expect(c.check).toEqual({
      runs: 200,
      faults: { nodeDown: { max: 2, forMinMs: 60_000, forMaxMs: 1_800_000 } },
      properties: [
        { job: 'etl', namespace: 'default', maxFailed: 3, completesWithinMs: 7_200_000 },
        { cronJob: 'nightly', namespace: 'default', noMissedSlot: true, maxLatenessMs: 300_000 },
      ],
    });
    expect(c.timeline).toEqual([
      { atMs: 3_600_000, patch: { kind: 'Job', namespace: 'default', name: 'etl', body: { spec: { suspend: true } } } },
      { atMs: 7_200_000, delete: { kind: 'CronJob', namespace: 'default', name: 'nightly' } },
    ]);
  });

  it('a pool named `worker` gives worker-1..; a pool without count or capacity gets the default pool size', () => {
    const s = ok(load(`${piJob}---\napiVersion: jobsim/v1alpha1\nkind: Simulation\nspec:\n  cluster:\n    nodePools: [{ name: gpu, capacity: { cpu: "16" } }]\n  faults: [{ at: 1m, nodeDown: gpu-3 }]\n`));
    expect(s.config.nodePools).toEqual([{ name: 'gpu', count: 3, capacity: { cpu: '16', memory: '16Gi', pods: 110 }, labels: {}, taints: [] }]);
    expect(s.config.faults).toEqual([{ atMs: 60_000, nodeDown: 'gpu-3' }]);
  });

  it('a pool may offer extended resources (whole units); a misspelt or native name is an unknown field', () => {
    const s = ok(load(`${piJob}---\napiVersion: jobsim/v1alpha1\nkind: Simulation\nspec:\n  cluster:\n    nodePools: [{ name: gpu, count: 1, capacity: { cpu: "16", nvidia.com/gpu: 4 } }]\n`));
    expect(s.config.nodePools[0]!.capacity).toEqual({ cpu: '16', memory: '16Gi', pods: 110, extended: { 'nvidia.com/gpu': '4' } });
    const bad = load(`${piJob}---\napiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: { name: s }\nspec:\n  cluster:\n    nodePools:\n    - name: gpu\n      capacity:\n        gpus: 2\n        nvidia.com/gpu: 0.5\n        example.com/fpga: -1\n`);
    expect(lines(bad)).toEqual([
      'scenario.yaml:21:9: Simulation s: spec.cluster.nodePools[0].capacity.gpus: strict decoding error: unknown field "spec.cluster.nodePools[0].capacity.gpus"',
      'scenario.yaml:22:9: Simulation s: spec.cluster.nodePools[0].capacity[nvidia.com/gpu]: Invalid value: 0.5: must be an integer',
      'scenario.yaml:23:9: Simulation s: spec.cluster.nodePools[0].capacity[example.com/fpga]: Invalid value: -1: must be greater than or equal to 0',
    ]);
  });

  const sim = (spec: string) => load(`${piJob}---\napiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: { name: s }\nspec:\n${spec}`);
  const cases: [string, string, string[]][] = [
    ['a bad duration names the field', '  duration: 7days\n', ['scenario.yaml:17:3: Simulation s: spec.duration: Invalid value: "7days": must be a duration such as 500ms, 90s, 1h30m or 7d']],
    ['start is RFC 3339', '  start: "yesterday"\n', ['scenario.yaml:17:3: Simulation s: spec.start: Invalid value: "yesterday": must be an RFC 3339 time such as 2026-01-01T00:00:00Z']],
    ['unknown fields', '  sede: 4\n', ['scenario.yaml:17:3: Simulation s: spec.sede: strict decoding error: unknown field "spec.sede"']],
    ['latencies are durations', '  latencies: { imagePull: fast }\n', ['scenario.yaml:17:16: Simulation s: spec.latencies.imagePull: Invalid value: "fast": must be a duration such as 500ms, 90s, 1h30m or 7d']],
    [
      'distributions: uniform MIN <= MAX',
      '  behaviors:\n  - duration: { uniform: [30m, 10m] }\n',
      ['scenario.yaml:18:17: Simulation s: spec.behaviors[0].duration.uniform: Invalid value: "array": MIN must not be greater than MAX'],
    ],
    [
      'distributions: lognormal needs median and p95',
      '  behaviors:\n  - duration: { lognormal: { median: 20m } }\n',
      ['scenario.yaml:18:17: Simulation s: spec.behaviors[0].duration.lognormal.p95: Required value'],
    ],
    [
      'distributions: one kind only',
      '  behaviors:\n  - duration: { fixed: 20m }\n',
      [
        'scenario.yaml:18:5: Simulation s: spec.behaviors[0].duration: Invalid value: "object": must have exactly one of uniform, lognormal, exponential',
        'scenario.yaml:18:17: Simulation s: spec.behaviors[0].duration.fixed: strict decoding error: unknown field "spec.behaviors[0].duration.fixed"',
      ],
    ],
    ['exit codes 0-255', '  behaviors:\n  - exitCodes: [1, 256]\n', ['scenario.yaml:18:20: Simulation s: spec.behaviors[0].exitCodes[1]: Invalid value: 256: must be between 0 and 255, inclusive']],
    [
      'failureProbability in [0, 1]',
      '  behaviors:\n  - failureProbability: 1.5\n',
      ['scenario.yaml:18:5: Simulation s: spec.behaviors[0].failureProbability: Invalid value: 1.5: must be between 0 and 1, inclusive'],
    ],
    [
      'perIndex keys are indexes',
      '  behaviors:\n  - perIndex: { first: { exitCodes: [1] } }\n',
      ['scenario.yaml:18:17: Simulation s: spec.behaviors[0].perIndex[first]: Invalid value: "first": must be a completion index (0, 1, 2, ...)'],
    ],
    [
      'behavior selectors are label selectors',
      '  behaviors:\n  - selector: { matchExpressions: [{ key: app, operator: In }] }\n',
      ["scenario.yaml:18:36: Simulation s: spec.behaviors[0].selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'"],
    ],
    ['nodeDown names an existing node', '  faults:\n  - { at: 1h, nodeDown: worker-1 }\n', ['scenario.yaml:18:15: Simulation s: spec.faults[0].nodeDown: nodes "worker-1" not found']],
    ['controllerDown needs for', '  faults:\n  - { at: 1h, controllerDown: job }\n', ['scenario.yaml:18:5: Simulation s: spec.faults[0].for: Required value: how long the controller is down']],
    [
      'controllerDown is job, cronjob or all',
      '  faults:\n  - { at: 1h, controllerDown: scheduler, for: 1m }\n',
      ['scenario.yaml:18:15: Simulation s: spec.faults[0].controllerDown: Unsupported value: "scheduler": supported values: "job", "cronjob", "all"'],
    ],
    ['one action per fault', '  faults:\n  - { at: 1h }\n', ['scenario.yaml:18:5: Simulation s: spec.faults[0]: Invalid value: "object": must have exactly one of nodeDown, controllerDown, deleteNode, evictPod, cordonNode, drainNode']],
    ['at is required', '  faults:\n  - { deleteNode: node-1 }\n', ['scenario.yaml:18:5: Simulation s: spec.faults[0].at: Required value']],
    [
      'an RFC 3339 at must not be before start',
      '  faults:\n  - { at: "2025-12-31T00:00:00Z", deleteNode: node-1 }\n',
      ['scenario.yaml:18:7: Simulation s: spec.faults[0].at: Invalid value: "2025-12-31T00:00:00Z": must not be before spec.start'],
    ],
    [
      'check properties name declared objects',
      '  check:\n    properties: [{ job: nope, maxFailed: 1 }]\n',
      ['scenario.yaml:18:20: Simulation s: spec.check.properties[0].job: jobs.batch "nope" not found'],
    ],
    [
      'check properties: job or cronJob',
      '  check:\n    properties: [{ maxFailed: 1 }]\n',
      ['scenario.yaml:18:18: Simulation s: spec.check.properties[0]: Required value: exactly one of job or cronJob'],
    ],
    [
      'check properties: something to check',
      '  check:\n    properties: [{ job: pi }]\n',
      ['scenario.yaml:18:18: Simulation s: spec.check.properties[0]: Required value: at least one of maxFailed, completesWithin, noMissedSlot, maxLateness'],
    ],
    [
      'check properties: an invalid maxFailed is one problem, not also a missing field',
      '  check:\n    properties: [{ job: pi, maxFailed: -1 }]\n',
      ['scenario.yaml:18:29: Simulation s: spec.check.properties[0].maxFailed: Invalid value: -1: must be greater than or equal to 0'],
    ],
    [
      'check nodeDown: for is [MIN, MAX]',
      '  check:\n    faults: { nodeDown: { max: 1, for: [30m, 1m] } }\n',
      ['scenario.yaml:18:35: Simulation s: spec.check.faults.nodeDown.for: Invalid value: "array": MIN must not be greater than MAX'],
    ],
    ['check runs at least 1', '  check:\n    runs: 0\n', ['scenario.yaml:18:5: Simulation s: spec.check.runs: Invalid value: 0: must be between 1 and 1000000, inclusive']],
    [
      'node pools: names are labels, unique',
      '  cluster:\n    nodePools: [{ name: Big, count: 1 }, { name: a, count: 1 }, { name: a, count: 1 }]\n',
      [
        `scenario.yaml:18:19: Simulation s: spec.cluster.nodePools[0].name: Invalid value: "Big": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
        'scenario.yaml:18:67: Simulation s: spec.cluster.nodePools[2].name: Duplicate value: "a"',
      ],
    ],
    [
      'node pools: taint effects',
      '  cluster:\n    nodePools: [{ name: a, taints: [{ key: gpu, effect: Evict }] }]\n',
      ['scenario.yaml:18:49: Simulation s: spec.cluster.nodePools[0].taints[0].effect: Unsupported value: "Evict": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"'],
    ],
    [
      'node pools: capacity quantities',
      '  cluster:\n    nodePools: [{ name: a, capacity: { memory: lots } }]\n',
      [`scenario.yaml:18:40: Simulation s: spec.cluster.nodePools[0].capacity.memory: Invalid value: "lots": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`],
    ],
  ];
  it.each(cases)('%s', (_name, spec, want) => expect(lines(sim(spec))).toEqual(want));
});

describe('the timeline', () => {
  const suspended = `apiVersion: batch/v1
kind: Job
metadata:
  name: etl
spec:
  suspend: true
  completionMode: Indexed
  completions: 3
  parallelism: 3
  template:
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: etl:1 }]
---
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: t }
spec:
  start: "2026-03-01T00:00:00Z"
  timeline:
`;
  const tl = (entries: string) => load(suspended + entries);

  it('at: an RFC 3339 time becomes an offset from start; entries are ordered by time', () => {
    const s = ok(tl('  - { at: "2026-03-01T02:00:00Z", patch: { kind: Job, name: etl, spec: { suspend: false } } }\n  - { at: 30m, patch: { kind: Job, name: etl, spec: { parallelism: 1 } } }\n'));
    expect(s.config.timeline.map((a) => a.atMs)).toEqual([1_800_000, 7_200_000]);
  });

  it('a patch that changes an immutable field is an error at the patch line', () => {
    const r = tl('  - { at: 1h, patch: { kind: Job, name: etl, spec: { completionMode: NonIndexed } } }\n');
    expect(lines(r)).toEqual(['scenario.yaml:21:54: Job default/etl: spec.completionMode: Invalid value: "NonIndexed": field is immutable']);
  });

  it('elastic Indexed Jobs: completions with parallelism', () => {
    ok(tl('  - { at: 1h, patch: { kind: Job, name: etl, spec: { completions: 5, parallelism: 5 } } }\n'));
    expect(lines(tl('  - { at: 1h, patch: { kind: Job, name: etl, spec: { completions: 5 } } }\n'))).toEqual([
      'scenario.yaml:21:54: Job default/etl: spec.completions: Invalid value: 5: can only be modified in tandem with spec.parallelism',
    ]);
  });

  it('a suspended Job that never ran may change its node selector, but not after it was resumed', () => {
    const nodeSel = 'spec: { template: { spec: { nodeSelector: { pool: gpu } } } }';
    ok(tl(`  - { at: 1h, patch: { kind: Job, name: etl, ${nodeSel} } }\n`));
    const r = tl(`  - { at: 1h, patch: { kind: Job, name: etl, spec: { suspend: false } } }\n  - { at: 2h, patch: { kind: Job, name: etl, spec: { suspend: true } } }\n  - { at: 3h, patch: { kind: Job, name: etl, ${nodeSel} } }\n`);
    expect(lines(r)).toEqual(['scenario.yaml:23:54: Job default/etl: spec.template: Invalid value: "object": field is immutable']);
  });

  it('whether a Job has started is known only after it was unsuspended for a while, with no Job controller outage', () => {
    const nodeSel = 'spec: { template: { spec: { nodeSelector: { pool: gpu } } } }';
    // resumed and suspended again at the same instant: the controller never ran in between
    ok(tl(`  - { at: 1h, patch: { kind: Job, name: etl, spec: { suspend: false } } }\n  - { at: 1h, patch: { kind: Job, name: etl, spec: { suspend: true } } }\n  - { at: 3h, patch: { kind: Job, name: etl, ${nodeSel} } }\n`));
    // with an outage of the Job controller, the run decides from the Job's status.startTime
    const outage = load((suspended + `  - { at: 1h, patch: { kind: Job, name: etl, spec: { suspend: false } } }\n  - { at: 2h, patch: { kind: Job, name: etl, spec: { suspend: true } } }\n  - { at: 3h, patch: { kind: Job, name: etl, ${nodeSel} } }\n`).replace('  timeline:\n', '  faults: [{ at: 0s, controllerDown: job, for: 4h }]\n  timeline:\n'));
    ok(outage);
  });

  it('a patch may not rename its object (checkName); a status-only patch changes nothing', () => {
    expect(lines(tl('  - { at: 1h, patch: { kind: Job, name: etl, metadata: { name: other } } }\n'))).toEqual([
      'scenario.yaml:21:58: Job default/etl: metadata.name: the name of the object (other) does not match the name on the URL (etl)',
    ]);
    expect(ok(tl('  - { at: 1h, patch: { kind: Job, name: etl, status: { succeeded: 5 } } }\n')).config.timeline).toEqual([]);
  });

  it('a nil value prints as "null" (field.ErrorBody)', () => {
    const r = load(suspended.replace('completionMode: Indexed\n  completions: 3\n  parallelism: 3\n', 'completions: 3\n') + '  - { at: 1h, patch: { kind: Job, name: etl, spec: { completions: null } } }\n');
    expect(lines(r)).toEqual(['scenario.yaml:19:54: Job default/etl: spec.completions: Invalid value: "null": field is immutable']);
  });

  it('a Job the TTL controller may have deleted can be created again (the run looks when the time comes)', () => {
    const create = '  - at: 2h\n    create:\n      apiVersion: batch/v1\n      kind: Job\n      metadata: { name: etl }\n      spec:\n        template:\n          spec:\n            restartPolicy: Never\n            containers: [{ name: c, image: busybox }]\n';
    ok(load(suspended.replace('  suspend: true\n', '  suspend: true\n  ttlSecondsAfterFinished: 0\n') + create));
  });

  it('the patched object is validated (the rest of the Job rules)', () => {
    expect(lines(tl('  - { at: 1h, patch: { kind: Job, name: etl, spec: { parallelism: -1 } } }\n'))).toEqual([
      'scenario.yaml:21:54: Job default/etl: spec.parallelism: Invalid value: -1: must be greater than or equal to 0',
    ]);
  });

  it('a refused patch leaves the object as it was: later patches are not blamed for it', () => {
    const r = tl('  - { at: 1h, patch: { kind: Job, name: etl, spec: { parallelism: -2 } } }\n  - { at: 2h, patch: { kind: Job, name: etl, spec: { suspend: false } } }\n  - { at: 3h, patch: { kind: Job, name: etl, spec: { suspend: true } } }\n');
    expect(lines(r)).toEqual(['scenario.yaml:21:54: Job default/etl: spec.parallelism: Invalid value: -2: must be greater than or equal to 0']);
  });

  it('unknown fields in a patch', () => {
    expect(lines(tl('  - { at: 1h, patch: { kind: Job, name: etl, spec: { paralelism: 1 } } }\n'))).toEqual([
      'scenario.yaml:21:54: Job default/etl: spec.paralelism: strict decoding error: unknown field "spec.paralelism"',
    ]);
  });

  it('references must exist at that time', () => {
    const r = tl(
      '  - { at: 1h, patch: { kind: Job, name: nope, spec: { suspend: false } } }\n  - { at: 1h, delete: { kind: Job, name: etl } }\n  - { at: 2h, patch: { kind: Job, name: etl, spec: { suspend: false } } }\n  - { at: 3h, delete: { kind: CronJob, name: etl } }\n',
    );
    expect(lines(r)).toEqual([
      'scenario.yaml:21:35: Simulation t: spec.timeline[0].patch.name: jobs.batch "nope" not found',
      'scenario.yaml:23:35: Simulation t: spec.timeline[2].patch.name: jobs.batch "etl" not found (deleted earlier in the timeline)',
      'scenario.yaml:24:40: Simulation t: spec.timeline[3].delete.name: cronjobs.batch "etl" not found',
    ]);
  });

  it('an object held by finalizers outlives its DELETE: it may be patched and deleted again, but gain no finalizer', () => {
    const held = (entries: string) => load(suspended.replace('  name: etl\n', '  name: etl\n  finalizers: [example.com/block]\n') + entries);
    ok(held('  - { at: 1h, delete: { kind: Job, name: etl } }\n  - { at: 2h, patch: { kind: Job, name: etl, spec: { parallelism: 1 } } }\n  - { at: 3h, delete: { kind: Job, name: etl } }\n'));
    expect(lines(held('  - { at: 1h, delete: { kind: Job, name: etl } }\n  - { at: 2h, patch: { kind: Job, name: etl, metadata: { finalizers: [example.com/block, example.com/more] } } }\n'))).toEqual([
      'scenario.yaml:23:58: Job default/etl: metadata.finalizers: Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{"example.com/more"}',
    ]);
    // its last finalizer removed, it is gone
    expect(lines(held('  - { at: 1h, delete: { kind: Job, name: etl } }\n  - { at: 2h, patch: { kind: Job, name: etl, metadata: { finalizers: null } } }\n  - { at: 3h, patch: { kind: Job, name: etl, spec: { parallelism: 1 } } }\n'))).toEqual([
      'scenario.yaml:24:35: Simulation t: spec.timeline[2].patch.name: jobs.batch "etl" not found (deleted earlier in the timeline)',
    ]);
  });

  it('create: a full manifest, defaulted and validated; later entries may refer to it', () => {
    const s = ok(
      tl(
        '  - at: 2h\n    create:\n      apiVersion: batch/v1\n      kind: Job\n      metadata: { name: late }\n      spec:\n        template:\n          spec:\n            restartPolicy: Never\n            containers: [{ name: c, image: busybox }]\n  - { at: 3h, delete: { kind: Job, name: late } }\n',
      ),
    );
    const create = s.config.timeline[0]!;
    expect('create' in create && create.create.spec).toMatchObject({ completions: 1, parallelism: 1, backoffLimit: 6 });
    expect(s.config.timeline[1]).toEqual({ atMs: 10_800_000, delete: { kind: 'Job', namespace: 'default', name: 'late' } });
  });

  it('create: problems are reported inside the create block; an existing name is AlreadyExists', () => {
    const r = tl(
      '  - at: 2h\n    create:\n      apiVersion: batch/v1\n      kind: Job\n      metadata: { name: etl }\n      spec:\n        template:\n          spec:\n            containers: [{ name: c, image: busybox }]\n',
    );
    expect(lines(r)).toEqual([
      'scenario.yaml:25:19: Simulation t: spec.timeline[0].create.metadata.name: jobs.batch "etl" already exists',
      'scenario.yaml:28:11: Job default/etl: spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"',
    ]);
  });

  it('one action per entry', () => {
    expect(lines(tl('  - { at: 1h }\n'))).toEqual(['scenario.yaml:21:5: Simulation t: spec.timeline[0]: Invalid value: "object": must have exactly one of patch, delete, create']);
  });

  it('a CronJob patch uses the update rules (a grandfathered TZ stays valid)', () => {
    const text = `apiVersion: batch/v1
kind: CronJob
metadata: { name: c }
spec:
  schedule: "0 3 * * *"
  jobTemplate: { spec: { template: { spec: { restartPolicy: Never, containers: [{ name: c, image: i }] } } } }
---
apiVersion: jobsim/v1alpha1
kind: Simulation
spec:
  timeline:
  - { at: 1h, patch: { kind: CronJob, name: c, spec: { schedule: "TZ=UTC 0 4 * * *" } } }
  - { at: 2h, patch: { kind: CronJob, name: c, spec: { suspend: true } } }
`;
    expect(lines(load(text))).toEqual([
      'scenario.yaml:12:56: CronJob default/c: spec.schedule: Invalid value: "TZ=UTC 0 4 * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead',
    ]);
  });
});

describe('loadScenarioObjects (library input): the same checks, no positions', () => {
  it('reports without line and column', () => {
    const r = loadScenarioObjects([{ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'pi' }, spec: { parallelizm: 2, template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'x' }] } } } }]);
    expect(lines(r)).toEqual(['<input>: Job default/pi: spec.parallelizm: strict decoding error: unknown field "spec.parallelizm"']);
  });

  it('loads valid objects and leaves the caller’s objects untouched', () => {
    const input = { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'pi' }, spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'x' }] } } } };
    const before = structuredClone(input);
    const s = ok(loadScenarioObjects([input]));
    expect(input).toEqual(before);
    expect(s.objects[0]!.pos).toBeUndefined();
    expect(s.config.name).toBe('simulation');
  });
});

describe('formatIssue and sortIssues', () => {
  const cases: [string, Issue, string][] = [
    ['everything', { file: 'a.yaml', line: 3, col: 5, object: 'Job default/pi', path: 'spec.x', message: 'bad' }, 'a.yaml:3:5: Job default/pi: spec.x: bad'],
    ['no column', { file: 'a.yaml', line: 3, message: 'bad' }, 'a.yaml:3: bad'],
    ['no position', { file: 'a.yaml', object: 'Simulation s', message: 'bad' }, 'a.yaml: Simulation s: bad'],
    ['no file', { file: '', path: 'spec', message: 'bad' }, 'spec: bad'],
  ];
  it.each(cases)('%s', (_n, i, want) => {
    expect(formatIssue(i)).toBe(want);
    expect(formatIssue(i)).not.toMatch(/undefined/);
  });

  it('sorts by file order, line, column, stably', () => {
    const issues: Issue[] = [
      { file: 'b', line: 1, col: 1, message: '1' },
      { file: 'a', line: 9, col: 1, message: '2' },
      { file: 'a', line: 2, col: 7, message: '3' },
      { file: 'a', line: 2, col: 3, message: '4' },
      { file: 'a', line: 2, col: 3, message: '5' },
    ];
    expect(sortIssues(issues, ['a', 'b']).map((i) => i.message)).toEqual(['4', '5', '3', '2', '1']);
  });
});

describe('robustness: any value anywhere gives issues, never an exception (fast-check, fixed seed)', () => {
  const base = () => [
    {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'pi', labels: { app: 'pi' } },
      spec: {
        completionMode: 'Indexed',
        completions: 3,
        backoffLimitPerIndex: 1,
        podFailurePolicy: { rules: [{ action: 'FailIndex', onExitCodes: { operator: 'In', values: [1] } }] },
        successPolicy: { rules: [{ succeededIndexes: '0-1' }] },
        template: { metadata: { annotations: { 'jobsim/duration': '5s' } }, spec: { restartPolicy: 'Never', tolerations: [{ key: 'k', operator: 'Exists' }], containers: [{ name: 'c', image: 'x', resources: { requests: { cpu: '1' } }, ports: [{ containerPort: 80 }] }] } },
      },
    },
    {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'cj' },
      spec: { schedule: '0 3 * * *', timeZone: 'UTC', jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'c', image: 'x' }] } } } } },
    },
    {
      apiVersion: 'jobsim/v1alpha1',
      kind: 'Simulation',
      metadata: { name: 's' },
      spec: {
        seed: 3,
        duration: '1h',
        cluster: { nodePools: [{ name: 'w', count: 2, capacity: { cpu: '2' }, taints: [{ key: 'a', effect: 'NoSchedule' }] }] },
        behaviors: [{ selector: { matchLabels: { app: 'pi' } }, duration: { uniform: ['1s', '2s'] }, exitCodes: [1, 0], perIndex: { '1': { exitCodes: [0] } } }],
        faults: [{ at: '1m', nodeDown: 'w-1', for: '1m' }],
        check: { runs: 2, faults: { nodeDown: { max: 1, for: ['1m', '2m'] } }, properties: [{ job: 'pi', maxFailed: 1 }] },
        timeline: [{ at: '1m', patch: { kind: 'Job', name: 'pi', spec: { parallelism: 2 } } }, { at: '2m', delete: { kind: 'CronJob', name: 'cj' } }],
        latencies: { imagePull: '1s' },
      },
    },
  ];
  /** every path to a value in the base documents */
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, p: (string | number)[]) => {
    paths.push(p);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...p, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...p, k]);
  };
  walk(base(), []);

  it('holds for 300 random replacements', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: paths.length - 1 }), fc.jsonValue({ maxDepth: 3 }), (i, value) => {
        const docs = base() as unknown as Record<string | number, unknown>;
        const p = paths[i]!;
        let o = docs as Record<string | number, unknown>;
        for (const seg of p.slice(0, -1)) o = o[seg] as Record<string | number, unknown>;
        o[p[p.length - 1]!] = value;
        const r = loadScenarioObjects(docs as unknown as unknown[]);
        expect(r.scenario !== undefined || r.issues.length > 0).toBe(true);
        for (const issue of r.issues) expect(formatIssue(issue)).not.toMatch(/undefined|NaN/);
      }),
      { seed: 20260101, numRuns: 300 },
    );
  });

  it('the base documents are valid', () => ok(loadScenarioObjects(base())));
});

describe('contract §1 example: a bad schedule, with its line and column', () => {
  it('names the file, line, column, object, field and the problem', () => {
    const text = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  schedule: "0 25 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers: [{ name: b, image: busybox }]
`;
    const [line, ...rest] = lines(load(text, 'backup.yaml'));
    expect(rest).toEqual([]);
    expect(line).toMatch(/^backup\.yaml:6:3: CronJob default\/nightly: spec\.schedule: Invalid value: "0 25 \* \* \*": hour 25 out of range 0-23/);
    // robfig's own text is kept too (cron.ParseStandard's error, as the API server returns it)
    expect(line).toContain('end of range (25) above maximum (23): 25');
  });
});

describe('timeline patches as the run applies them', () => {
  it('the merge patch is carried as written, nulls included: the run decodes the patched object with defaults (patch.go), which puts a removed default back', () => {
    const s = ok(load(`${piJob}---\napiVersion: jobsim/v1alpha1\nkind: Simulation\nspec:\n  timeline:\n  - { at: 1m, patch: { kind: Job, name: pi, spec: { backoffLimit: null, activeDeadlineSeconds: null, parallelism: 2 } } }\n`));
    expect(s.config.timeline[0]).toEqual({ atMs: 60_000, patch: { kind: 'Job', namespace: 'default', name: 'pi', body: { spec: { backoffLimit: null, activeDeadlineSeconds: null, parallelism: 2 } } } });
  });
});

describe('a v1 List (what kubectl get -o yaml writes) is flattened, as kubectl apply does', () => {
  const item = (name: string, extra = '') => `- apiVersion: batch/v1
  kind: Job
  metadata: { name: ${name} }
  spec:${extra}
    template:
      spec: { containers: [{ name: c, image: busybox }], restartPolicy: Never }
`;
  it('its items load like documents of their own', () => {
    const s = ok(load(`apiVersion: v1\nkind: List\nitems:\n${item('a')}${item('b')}`));
    expect(s.objects.map((o) => `${o.obj.kind}/${o.obj.metadata.name}@${o.pos?.line}`)).toEqual(['Job/a@4', 'Job/b@10']);
  });

  it("an item's problems are reported at the item's own lines, with every other problem", () => {
    const r = load(`apiVersion: v1\nkind: List\nitems:\n${item('a', '\n    parallelizm: 2')}- apiVersion: v1\n  kind: Pod\n  metadata: { name: p }\n`);
    expect(lines(r)).toEqual([
      'scenario.yaml:8:5: Job default/a: spec.parallelizm: strict decoding error: unknown field "spec.parallelizm"',
      'scenario.yaml:12:3: Pod p: no matches for kind "Pod" in version "v1"; jobsim reads batch/v1 Job and CronJob, scheduling.k8s.io/v1 PriorityClass and jobsim/v1alpha1 Simulation',
    ]);
  });

  it('names are unique across Lists and documents; a nested List is flattened too (FlattenListVisitor); a List holds no Simulation', () => {
    const r = load(`${piJob}---\napiVersion: v1\nkind: List\nitems:\n${item('pi')}- { apiVersion: v1, kind: List, items: [] }\n- { apiVersion: jobsim/v1alpha1, kind: Simulation, metadata: { name: s } }\n`);
    expect(lines(r)).toEqual([
      'scenario.yaml:18:15: Job default/pi: metadata.name: jobs.batch "pi" already exists',
      'scenario.yaml:23:3: Simulation s: the Simulation document cannot be a List item: give it as a document of its own',
    ]);
  });
});

describe('integers past 2^53 are range-checked as written', () => {
  const job = (field: string) => piJob.replace('spec:\n  template:', `spec:\n  ${field}\n  template:`);
  const bound = 'spec.activeDeadlineSeconds in body should be less than or equal to 9223372036854775807';
  const cases: [string, string, string[]][] = [
    // go-yaml v2 resolve: ParseInt(.., 0, 64) takes it; the int64 field holds it
    ['the largest int64 fits', job('activeDeadlineSeconds: 9223372036854775807'), []],
    ['in hex too', job('activeDeadlineSeconds: 0x7FFFFFFFFFFFFFFF'), []],
    // a uint64 to go-yaml, which no int64 field takes: shown as written, not as its double
    ['one more does not, and is shown as written', job('activeDeadlineSeconds: 9223372036854775808'), [`scenario.yaml:6:3: Job default/pi: spec.activeDeadlineSeconds: Invalid value: 9223372036854775808: ${bound}`]],
    // beyond uint64 go-yaml reads a float64, which is what there is to show
    ['beyond uint64: a float64', job('activeDeadlineSeconds: 18446744073709551616'), [`scenario.yaml:6:3: Job default/pi: spec.activeDeadlineSeconds: Invalid value: 18446744073709552000: ${bound}`]],
    ['an int32 field shows the written value too', job('parallelism: 9007199254740993'), ['scenario.yaml:6:3: Job default/pi: spec.parallelism: Invalid value: 9007199254740993: spec.parallelism in body should be less than or equal to 2147483647']],
  ];
  it.each(cases)('%s', (_name, text, want) => expect(lines(load(text))).toEqual(want));
});
