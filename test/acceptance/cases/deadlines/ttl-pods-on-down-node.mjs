// The TTL's foreground deletion does not wait for a kubelet when the Job's pods are terminal: the API server deletes a
// Succeeded or Failed pod immediately (grace 0) even on a node that no longer answers. Job ok completes at 11s, job bad fails
// (backoffLimit 0) at 11s; the node goes silent at 20s for good; both TTLs (30) expire at 41s and both Jobs and their pods are
// gone at 41s, pods first (the garbage collector), with deletionTimestamp 41s.
export default {
  id: 'deadlines/ttl-pods-on-down-node',
  source: 'pkg/registry/core/pod/strategy.go CheckGracefulDelete ("if the pod is already terminated, delete immediately": period 0); pkg/controller/ttlafterfinished/ttlafterfinished_controller.go processJob (Foreground); reference cronjob-and-friends §4',
  args: ['--duration', '3m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: b}
spec:
  cluster:
    nodePools: [{name: w, count: 1}]
  faults:
    - {at: 20s, nodeDown: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ok}
spec:
  ttlSecondsAfterFinished: 30
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: bad}
spec:
  backoffLimit: 0
  ttlSecondsAfterFinished: 30
  template:
    metadata:
      annotations: {jobsim/exit-codes: "1"}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  async check(r, h) {
    for (const name of ['ok', 'bad']) {
      const job = h.job(name);
      h.eq(h.sec(job.metadata.deletionTimestamp), 41, `${name} deletionTimestamp`);
      const pods = h.podsOf(name);
      h.eq(pods.map((p) => [p.status.phase, h.sec(p.metadata.deletionTimestamp)]), [[name === 'ok' ? 'Succeeded' : 'Failed', 41]], `${name} pods [phase, deletionTimestamp]`);
    }
    // nothing of either Job is left at the end: run the text report and look at the live table
    const { spawnSync } = await import('node:child_process');
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const f = join(mkdtempSync(join(tmpdir(), 'dl-')), 'b.yaml');
    writeFileSync(f, this.scenario);
    const out = spawnSync('node_modules/.bin/jobsim', ['run', f, '--duration', '3m', '-o', 'text'], { encoding: 'utf8' }).stdout;
    const deleted = out.split('Deleted during the run')[1] ?? '';
    for (const name of ['job/ok', 'job/bad']) h.assert(new RegExp(`\\+00:00:41\\s+${name}\\s`).test(deleted), `${name} deleted at +00:00:41 in the text report`);
  },
};
