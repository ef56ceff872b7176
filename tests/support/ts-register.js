// Lets a child process run the project's TypeScript sources directly
// (`node -r tests/support/ts-register.js src/cli/prepare-store.cli.ts`), so tests
// can fork the store-preparation child without building dist/ first. Types are
// not checked here (`npm run typecheck` does that). Transpiled files are cached
// in the temp folder by path, size and modification time, so that a test forking
// many children spends its time in the store, not in the compiler.
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const ts = require('typescript');

const options = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  sourceMap: false,
};
const cacheDir = path.join(os.tmpdir(), `polgraph-ts-cache-${ts.version}`);
fs.mkdirSync(cacheDir, { recursive: true });

require.extensions['.ts'] = (module, filename) => {
  const stat = fs.statSync(filename);
  const key = crypto.createHash('sha1').update(`${filename}\0${stat.size}\0${stat.mtimeMs}`).digest('hex');
  const cached = path.join(cacheDir, `${key}.js`);
  let output;
  try {
    output = fs.readFileSync(cached, 'utf8');
  } catch {
    const source = fs.readFileSync(filename, 'utf8');
    output = ts.transpileModule(source, { compilerOptions: options, fileName: filename }).outputText;
    const temporary = `${cached}.${process.pid}`;
    fs.writeFileSync(temporary, output);
    fs.renameSync(temporary, cached);
  }
  module._compile(output, filename);
};
