// Validates Kubernetes manifests against the API's JSON schemas (the kubernetes-models package):
// unknown fields, wrong types and missing required fields fail. Reads multi-document YAML files.
//   node validate-k8s.mjs rendered.yaml [...]
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

let failures = 0;
let checked = 0;
for (const file of process.argv.slice(2)) {
  for (const document of parseAllDocuments(readFileSync(file, "utf8"))) {
    const manifest = document.toJS();
    if (manifest == null) continue;
    const { apiVersion, kind } = manifest;
    const where = `${file}: ${kind ?? "?"} ${manifest.metadata?.name ?? "?"}`;
    let model;
    try {
      const module = await import(`kubernetes-models/${apiVersion}`);
      model = module[kind];
    } catch {
      model = undefined;
    }
    if (typeof model !== "function") {
      console.error(`${where}: no schema for ${apiVersion} ${kind}`);
      failures++;
      continue;
    }
    try {
      new model(manifest).validate();
      checked++;
    } catch (error) {
      console.error(`${where}: ${error.message}`);
      failures++;
    }
  }
}
console.log(`schema: ${checked} resources valid, ${failures} invalid`);
process.exit(failures === 0 && checked > 0 ? 0 : 1);
