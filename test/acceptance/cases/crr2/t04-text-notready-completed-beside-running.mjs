// a (restartPolicy Never, rule Restart In [0]) and b (no policy, pod Never) both exit 0 at 10s: a restarts, b is
// Completed for good. Cut at 15s: a runs (ready), b Completed; the pod's Ready condition is False (b not ready).
// kubectl: reason ends as "Completed" with a running container -> "NotReady" (no Ready=True condition), not
// "Completed". READY 1/2.
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
  id: 'crr2/text-notready-completed-beside-running',
  source: 'kubectl pkg/printers/internalversion/printers.go printPod ("if reason == Completed && hasRunning { if hasPodReadyCondition -> Running else NotReady }")',
  args: ['--duration', '15s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: nr}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "0"}}
    spec:
      restartPolicy: Never
      containers:
      - name: a
        image: busybox:1.36
        restartPolicy: Never
        restartPolicyRules:
        - {action: Restart, exitCodes: {operator: In, values: [0]}}
      - name: b
        image: busybox:1.36
`,
  async check(r, h) {
    const p = h.podsOf('nr')[0];
    h.eq([p.status.phase, p.status.conditions.find((c) => c.type === 'Ready').status], ['Running', 'False'], '[phase, Ready]');
    const row = podRow(await text(this.scenario, ['--duration', '15s']));
    h.eq([row[1], row[2]], ['1/2', 'NotReady'], '[READY, STATUS]');
  },
};
