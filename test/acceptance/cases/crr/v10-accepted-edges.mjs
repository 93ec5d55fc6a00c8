// What validation does NOT check for restart rules (unlike podFailurePolicy onExitCodes): values may be
// unsorted, duplicated, negative, 0 with In, or empty; exactly 20 rules and 255 values are fine; an init
// container may have restartPolicy Never/OnFailure with rules. The Job runs as usual: no rule matches exit 0
// (the template default), the pod succeeds at 10s and the Job completes at 11s.
export default {
  id: "crr/accepted-edges",
  source: "pkg/apis/core/validation/validation.go validateContainerRestartPolicy (only: policy in set, <=20 rules, action, exitCodes required, operator In/NotIn, <=255 values; no range/order/duplicate checks); validateInitContainerRestartPolicy (non-Always -> validateContainerRestartPolicy)",
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: ok}
spec:
  template:
    spec:
      restartPolicy: Never
      initContainers:
      - name: setup
        image: busybox:1.36
        restartPolicy: OnFailure
        restartPolicyRules:
        - {action: Restart, exitCodes: {operator: In, values: [7, 3, 3, -1]}}
      - name: setup2
        image: busybox:1.36
        restartPolicy: Never
      containers:
      - name: a
        image: busybox:1.36
        restartPolicy: Never
        restartPolicyRules:
        - {action: Restart, exitCodes: {operator: In, values: [200]}}
        - {action: Restart, exitCodes: {operator: In, values: [201]}}
        - {action: Restart, exitCodes: {operator: In, values: [202]}}
        - {action: Restart, exitCodes: {operator: In, values: [203]}}
        - {action: Restart, exitCodes: {operator: In, values: [204]}}
        - {action: Restart, exitCodes: {operator: In, values: [205]}}
        - {action: Restart, exitCodes: {operator: In, values: [206]}}
        - {action: Restart, exitCodes: {operator: In, values: [207]}}
        - {action: Restart, exitCodes: {operator: In, values: [208]}}
        - {action: Restart, exitCodes: {operator: In, values: [209]}}
        - {action: Restart, exitCodes: {operator: In, values: [210]}}
        - {action: Restart, exitCodes: {operator: In, values: [211]}}
        - {action: Restart, exitCodes: {operator: In, values: [212]}}
        - {action: Restart, exitCodes: {operator: In, values: [213]}}
        - {action: Restart, exitCodes: {operator: In, values: [214]}}
        - {action: Restart, exitCodes: {operator: In, values: [215]}}
        - {action: Restart, exitCodes: {operator: In, values: [216]}}
        - {action: Restart, exitCodes: {operator: In, values: [217]}}
        - {action: Restart, exitCodes: {operator: In, values: [218]}}
        - {action: Restart, exitCodes: {operator: In, values: [219]}}
      - name: b
        image: busybox:1.36
        restartPolicy: Always
        restartPolicyRules:
        - {action: Restart, exitCodes: {operator: NotIn, values: [255, 254, 253, 252, 251, 250, 249, 248, 247, 246, 245, 244, 243, 242, 241, 240, 239, 238, 237, 236, 235, 234, 233, 232, 231, 230, 229, 228, 227, 226, 225, 224, 223, 222, 221, 220, 219, 218, 217, 216, 215, 214, 213, 212, 211, 210, 209, 208, 207, 206, 205, 204, 203, 202, 201, 200, 199, 198, 197, 196, 195, 194, 193, 192, 191, 190, 189, 188, 187, 186, 185, 184, 183, 182, 181, 180, 179, 178, 177, 176, 175, 174, 173, 172, 171, 170, 169, 168, 167, 166, 165, 164, 163, 162, 161, 160, 159, 158, 157, 156, 155, 154, 153, 152, 151, 150, 149, 148, 147, 146, 145, 144, 143, 142, 141, 140, 139, 138, 137, 136, 135, 134, 133, 132, 131, 130, 129, 128, 127, 126, 125, 124, 123, 122, 121, 120, 119, 118, 117, 116, 115, 114, 113, 112, 111, 110, 109, 108, 107, 106, 105, 104, 103, 102, 101, 100, 99, 98, 97, 96, 95, 94, 93, 92, 91, 90, 89, 88, 87, 86, 85, 84, 83, 82, 81, 80, 79, 78, 77, 76, 75, 74, 73, 72, 71, 70, 69, 68, 67, 66, 65, 64, 63, 62, 61, 60, 59, 58, 57, 56, 55, 54, 53, 52, 51, 50, 49, 48, 47, 46, 45, 44, 43, 42, 41, 40, 39, 38, 37, 36, 35, 34, 33, 32, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]}}
        - {action: Restart, exitCodes: {operator: In, values: []}}
        - {action: Restart, exitCodes: {operator: In}}
      - name: c
        image: busybox:1.36
        restartPolicy: OnFailure
        restartPolicyRules:
        - {action: Restart, exitCodes: {operator: In, values: [0, -5, 2147483647]}}
`,
  args: ["--duration", "5s"],
  check(r, h) {
    const pod = h.podsOf("ok")[0];
    h.eq(pod.status.phase, "Running", "pod phase at 5s");
    h.eq(pod.spec.containers.map((c) => [c.name, c.restartPolicy, (c.restartPolicyRules ?? []).length]), [["a", "Never", 20], ["b", "Always", 3], ["c", "OnFailure", 1]], "rules kept as written");
    h.eq(pod.spec.containers[2].restartPolicyRules[0], {action: "Restart", exitCodes: {operator: "In", values: [0, -5, 2147483647]}}, "rule verbatim");
    h.eq(pod.spec.initContainers.map((c) => [c.name, c.restartPolicy]), [["setup", "OnFailure"], ["setup2", "Never"]], "init policies");
    h.eq(h.job("ok").status.active, 1, "active");
  },
};
