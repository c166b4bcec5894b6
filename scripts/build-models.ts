// npm run build:models — writes the Alexa skill package, the Dialogflow agent
// and its zip from intents/. Deterministic: rerunning changes nothing.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { GENERATED_DIRS, generateModels } from './models/generate';

const root = join(import.meta.dirname, '..');
const files = generateModels();

// Drop files left over from renamed or removed intents.
for (const dir of GENERATED_DIRS) {
  const abs = join(root, dir);
  if (!existsSync(abs)) continue;
  for (const entry of readdirSync(abs, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())) {
    const path = relative(root, join(entry.parentPath, entry.name)).split('\\').join('/');
    if (!(path in files)) rmSync(join(root, path));
  }
}

for (const [path, content] of Object.entries(files)) {
  const abs = join(root, path);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, content);
}
console.log(`build:models wrote ${Object.keys(files).length} files`);
