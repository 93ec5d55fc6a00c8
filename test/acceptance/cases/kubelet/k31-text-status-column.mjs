// kubectl's STATUS column for pods comes from the kubelet status: a container waiting in back-off shows
// "CrashLoopBackOff", a kubelet-rejected pod its status.reason ("OutOfcpu").
export default {
  id: 'kubelet/text-status-column',
  source: 'kubectl pkg/printers/internalversion/printers.go printPod (reason = pod.Status.Reason if set; waiting container reason; "Completed"/"Error")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: t }
spec:
  duration: 45s
  cluster:
    nodePools: [{ name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: crash }
spec:
  template:
    metadata: { annotations: { jobsim/exit-codes: "1" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: OnFailure
---
apiVersion: batch/v1
kind: Job
metadata: { name: big }
spec:
  backoffLimit: 0
  template:
    spec:
      nodeName: w-1
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
`,
  async check(r, h) {
    // run once more in text mode through the CLI
    const { spawnSync } = await import('node:child_process');
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'kt-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, this.scenario);
    const out = spawnSync('node_modules/.bin/jobsim', ['run', f, '-o', 'text'], { encoding: 'utf8' }).stdout;
    const line = (prefix) => out.split('\n').find((l) => l.startsWith(prefix)) ?? '';
    h.assert(/\bCrashLoopBackOff\b/.test(line('pod/crash-') || line('crash-')), `crash pod row shows CrashLoopBackOff: ${JSON.stringify(line('pod/crash-') || line('crash-'))}`);
    h.assert(/\bOutOfcpu\b/.test(line('pod/big-') || line('big-')), `rejected pod row shows OutOfcpu: ${JSON.stringify(line('pod/big-') || line('big-'))}`);
  },
};
