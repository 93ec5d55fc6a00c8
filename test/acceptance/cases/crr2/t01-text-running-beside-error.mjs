// kubectl get pods columns for a pod whose containers diverge (pod Never; a restartPolicy OnFailure, b none;
// exits 1, 1, 0), cut at 15s: a runs its restarted attempt (ready), b terminated Error: kubectl walks the statuses from the last (b: Error) to the first (a: running, ready): STATUS Error, READY 1/2, RESTARTS 1 (5s ago) (a's lastState finished at 10s).
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
  id: 'crr2/t01-text-running-beside-error',
  source: 'kubectl pkg/printers/internalversion/printers.go printPod (containers from last to first: waiting reason, terminated reason; restarts sum and last lastState finishedAt; reason == Completed && hasRunning rule)',
  args: ['--duration', '15s'],
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
    const row = podRow(await text(this.scenario, ['--duration', '15s']));
    h.eq([row[1], row[2], row.slice(3, row.length - 5).join(' ')], ['1/2', 'Error', '1 (5s ago)'], '[READY, STATUS, RESTARTS]');
  },
};
