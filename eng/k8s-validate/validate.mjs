// Validates every document of every *.yaml file under a folder against the Kubernetes schemas (kubernetes-models),
// offline. Unknown fields are not flagged here: the .NET tests deserialise strictly for that.
// Usage: node validate.mjs <folder>   — prints one line per document, exits 1 if any is invalid.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";

const root = process.argv[2];
if (!root) {
  console.error("usage: node validate.mjs <folder>");
  process.exit(2);
}

const files = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? files(path) : path.endsWith(".yaml") ? [path] : [];
});

// "apps/v1" + "Deployment" -> kubernetes-models/apps/v1/Deployment; core "v1" -> kubernetes-models/v1/Namespace.
const modelOf = async ({ apiVersion, kind }) => (await import(`kubernetes-models/${apiVersion}/${kind}`))[kind];

let documents = 0;
let failures = 0;
for (const file of files(root)) {
  for (const doc of parseAllDocuments(readFileSync(file, "utf8"))) {
    if (doc.errors.length > 0) {
      console.error(`INVALID ${file}: ${doc.errors.join("; ")}`);
      failures++;
      continue;
    }
    const object = doc.toJS();
    if (object === null) continue;
    documents++;
    const name = `${file}: ${object.kind} ${object.metadata?.namespace ?? ""}/${object.metadata?.name ?? "?"}`;
    try {
      const Model = await modelOf(object);
      new Model(object).validate();
      console.log(`ok ${name}`);
    } catch (error) {
      console.error(`INVALID ${name}: ${error.message}`);
      failures++;
    }
  }
}

console.log(`${documents} documents, ${failures} invalid`);
process.exit(failures > 0 || documents === 0 ? 1 : 0);
