// Both containers carry restartPolicy OnFailure; exits 1, 1, 0: they restart together (10s, and 30s after one
// shared back-off), each with its own BackOff event at 20s; cut at 35s: RESTARTS is the sum, 4, since the latest
// lastState finish (20s): "4 (15s ago)"; STATUS Running, READY 2/2.
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
  id: 'crr2/text-restarts-sum-two-containers',
  source: 'kubectl printPod (restarts += RestartCount of every container); kuberuntime doBackOff (per-container BackOff event)',
  args: ['--duration', '35s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: two}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1,1,0"}}
    spec:
      restartPolicy: Never
      containers:
      - {name: a, image: busybox:1.36, restartPolicy: OnFailure}
      - {name: b, image: busybox:1.36, restartPolicy: OnFailure}
`,
  async check(r, h) {
    const p = h.podsOf('two')[0];
    h.eq(p.status.containerStatuses.map((c) => [c.name, c.restartCount, c.ready]), [['a', 2, true], ['b', 2, true]], 'statuses');
    h.eq(h.events({ kind: 'Pod', reason: 'BackOff' }).map((e) => [h.sec(e.firstTimestamp), e.message.split(' in pod')[0]]), [[20, 'Back-off restarting failed container a'], [20, 'Back-off restarting failed container b']], 'BackOff');
    h.eq(h.job('two').status.ready, 1, 'Job ready');
    const row = podRow(await text(this.scenario, ['--duration', '35s']));
    h.eq([row[1], row[2], row.slice(3, row.length - 5).join(' ')], ['2/2', 'Running', '4 (15s ago)'], '[READY, STATUS, RESTARTS]');
  },
};
