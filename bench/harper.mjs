// harper.mjs -- lint one Markdown file with Harper's harper.js (WebAssembly)
// in Node and print the number of lints: the benchmark's Harper peer.
//     node bench/harper.mjs FILE      (NODE_PATH is not used by ESM imports,
// so run.sh points HARPER_JS at build/bench/node_modules/harper.js/dist)
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const dist = process.env.HARPER_JS;
const { LocalLinter } = await import(pathToFileURL(join(dist, 'index.js')).href);
const { binaryInlined } = await import(pathToFileURL(join(dist, 'binaryInlined.js')).href);

const linter = new LocalLinter({ binary: binaryInlined });
await linter.setup();
const lints = await linter.lint(readFileSync(process.argv[2], 'utf8'), { language: 'markdown' });
console.log(lints.length);
