// The cdk8s peer of bench/bench_peers.py: cdk8s in JavaScript (node_modules/cdk8s),
// one process, one Chart per environment, one ApiObject per document, one file per
// resource, as `cdk8s synth` writes them.
// Usage: node cdk8s_synth.js DOCUMENTS.json OUTDIR   (DOCUMENTS.json: {env: [document, ...]})
'use strict';
const fs = require('fs');
const path = require('path');
const { App, Chart, ApiObject, YamlOutputType } = require(path.resolve(__dirname, '../../node_modules/cdk8s'));

const [input, outdir] = process.argv.slice(2);
const environments = JSON.parse(fs.readFileSync(input, 'utf8'));
const app = new App({ outdir, yamlOutputType: YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE });
for (const [name, documents] of Object.entries(environments)) {
  const chart = new Chart(app, name, { disableResourceNameHashes: true });
  documents.forEach((doc, i) => new ApiObject(chart, `r${i}`, doc));
}
app.synth();
