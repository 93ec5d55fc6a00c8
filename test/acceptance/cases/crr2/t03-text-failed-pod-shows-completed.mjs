// kubectl get pods columns for a pod whose containers diverge (pod Never; a restartPolicy OnFailure, b none;
// exits 1, 1, 0), cut at 45s: a ended with exit 0 (Completed) at 40s, b with 1 (Error): the pod is Failed but kubectl's STATUS is the first container's reason, Completed; RESTARTS 2 (25s ago).
async function text(scenario, args = []) {
  const { spawnSync } = await import("node:child_process");
  const { writeFileSync, mkdtempSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { tmpdir } = await import("node:os");
  const dir = mkdtempSync(join(tmpdir(), "crr2-"));
  const f = join(dir, "s.yaml");
  writeFileSync(f, scenario);
  return spawnSync(join(process.cwd(), "node_modules/.bin/jobsim"), ["run", f, "-o", "text", ...args], { encoding: "utf8" }).stdout;
}
const podRow = (out) => (out.split("\n").find((l) => l.startsWith("pod/")) ?? "").trim().split(/\s+/);
export default {
  id: 'crr2/t03-text-failed-pod-shows-completed',
  source: 'kubectl pkg/printers/internalversion/printers.go printPod (containers from last to first: waiting reason, terminated reason; restarts sum and last lastState finishedAt; reason == Completed && hasRunning rule)',
  args: ['--duration', '45s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: tx}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1,1,0"}}
    spec:
      restartPolicy: Never
      containers:
      - name: a
        image: busybox:1.36
        restartPolicy: OnFailure
      - name: b
        image: busybox:1.36
`,
  async check(r, h) {
    const row = podRow(await text(this.scenario, ['--duration', '45s']));
    h.eq([row[1], row[2], row.slice(3, row.length - 5).join(' ')], ['0/2', 'Completed', '2 (25s ago)'], '[READY, STATUS, RESTARTS]');
  },
};
