// At most 20 rules per container and 255 values per rule: field.TooMany with the actual count
// ("Too many: 21: must have at most 20 items").
const kn = "Job default/tm";
export default {
  id: "crr/too-many-rules-values",
  source: "pkg/apis/core/validation/validation.go validateContainerRestartPolicy (len(rules) > 20: field.TooMany(restartPolicyRules, len(rules), 20); len(values) > 255: field.TooMany(exitCodes.values, len, 255)); apimachinery field.TooMany message",
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: tm}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: a
        image: busybox:1.36
        restartPolicy: Never
        restartPolicyRules:
        - {action: Restart, exitCodes: {operator: In, values: [1]}}
        - {action: Restart, exitCodes: {operator: In, values: [2]}}
        - {action: Restart, exitCodes: {operator: In, values: [3]}}
        - {action: Restart, exitCodes: {operator: In, values: [4]}}
        - {action: Restart, exitCodes: {operator: In, values: [5]}}
        - {action: Restart, exitCodes: {operator: In, values: [6]}}
        - {action: Restart, exitCodes: {operator: In, values: [7]}}
        - {action: Restart, exitCodes: {operator: In, values: [8]}}
        - {action: Restart, exitCodes: {operator: In, values: [9]}}
        - {action: Restart, exitCodes: {operator: In, values: [10]}}
        - {action: Restart, exitCodes: {operator: In, values: [11]}}
        - {action: Restart, exitCodes: {operator: In, values: [12]}}
        - {action: Restart, exitCodes: {operator: In, values: [13]}}
        - {action: Restart, exitCodes: {operator: In, values: [14]}}
        - {action: Restart, exitCodes: {operator: In, values: [15]}}
        - {action: Restart, exitCodes: {operator: In, values: [16]}}
        - {action: Restart, exitCodes: {operator: In, values: [17]}}
        - {action: Restart, exitCodes: {operator: In, values: [18]}}
        - {action: Restart, exitCodes: {operator: In, values: [19]}}
        - {action: Restart, exitCodes: {operator: In, values: [20]}}
        - {action: Restart, exitCodes: {operator: In, values: [21]}}
      - name: b
        image: busybox:1.36
        restartPolicy: Never
        restartPolicyRules:
        - {action: Restart, exitCodes: {operator: NotIn, values: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255]}}
`,
  check(r, h) {
    const mine = r.stderr.split("\n").filter((l) => l.includes(` ${kn}: `));
    const want = [
      "spec.template.spec.containers[0].restartPolicyRules: Too many: 21: must have at most 20 items",
      "spec.template.spec.containers[1].restartPolicyRules[0].exitCodes.values: Too many: 256: must have at most 255 items",
    ];
    for (const m of want) h.assert(mine.some((l) => l.endsWith(`${kn}: ${m}`)), `missing ${m}; got ${JSON.stringify(mine)}`);
    h.eq(mine.length, 2, `problems (${JSON.stringify(mine)})`);
  },
};
