// Bundle sizes, the ask-sdk-core hello-world baseline, and what fills each bundle.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions, type Metafile } from 'esbuild';

export const ROOT = resolve(__dirname, '..');
export const WORK = join(ROOT, 'bench', '.work');

// The same plugins and options as scripts/build.mjs, so the hello-world
// baseline and the breakdowns below are bundled exactly like dist/.
const plugins = createRequire(__filename)('../scripts/esbuild-plugins.cjs') as BuildOptions['plugins'];
export const OPTIONS: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'cjs',
  minify: true,
  sourcemap: 'external', // a separate .map and no comment in the bundle: sizes unaffected
  external: ['@aws-sdk/*'], // only bench/store/sdkV3Store.ts uses it: loaded from node_modules, as Lambda loads the runtime's copy
  legalComments: 'none',
  plugins,
  logLevel: 'warning',
  absWorkingDir: ROOT,
};

// The smallest real Alexa skill: what any ask-sdk-core skill pays before its own code.
const HELLO_SOURCE = `// Written by bench/size.ts: the ask-sdk-core baseline for size and cold start.
import { SkillBuilders, type HandlerInput } from 'ask-sdk-core';

export const handler = SkillBuilders.custom()
  .addRequestHandlers({
    canHandle: (input: HandlerInput) => input.requestEnvelope.request.type === 'LaunchRequest',
    handle: (input: HandlerInput) => input.responseBuilder.speak('Hello').getResponse(),
  })
  .lambda();
`;

// The floor of a store turn: hello-world plus one signed GetItem over node:http (https with BENCH_TLS=on) on
// a keep-alive socket, with no engine and no record parsing. What a launch that reads
// the store can't go below on this machine and this local DynamoDB.
const HELLO_GET_ITEM_SOURCE = `// Written by bench/size.ts: hello-world plus one GetItem, the floor of a store turn.
import { sign } from 'aws4';
import { SkillBuilders, type HandlerInput } from 'ask-sdk-core';

const env = process.env;
const url = new URL(env.DYNAMODB_ENDPOINT!);
const { request, Agent } = process.getBuiltinModule(url.protocol === 'https:' ? 'node:https' : 'node:http') as typeof import('node:http');
const agent = new Agent({ keepAlive: true });
const credentials = { accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY! };

function getItem(userId: string): Promise<any> {
  const body = JSON.stringify({ TableName: env.PROGRESS_TABLE, Key: { userId: { S: userId } }, ConsistentRead: true });
  const signed = sign({ host: url.host, path: '/', method: 'POST', service: 'dynamodb', region: env.AWS_REGION, headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.GetItem' }, body }, credentials);
  return new Promise((done, fail) => {
    const req = request({ hostname: url.hostname, port: url.port, method: 'POST', path: '/', headers: signed.headers, agent }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk)).on('end', () => done(JSON.parse(text)));
    });
    req.on('error', fail);
    req.end(body);
  });
}

export const handler = SkillBuilders.custom()
  .addRequestHandlers({
    canHandle: (input: HandlerInput) => input.requestEnvelope.request.type === 'LaunchRequest',
    handle: async (input: HandlerInput) => {
      const out = await getItem(input.requestEnvelope.session!.user.userId);
      return input.responseBuilder.speak('Hello, week ' + out.Item.progress.M.week.N).getResponse();
    },
  })
  .lambda();
`;

async function buildSource(name: string, source: string): Promise<string> {
  mkdirSync(WORK, { recursive: true });
  const entry = join(WORK, `${name}.ts`);
  const outfile = join(WORK, `${name}.js`);
  writeFileSync(entry, source);
  await build({ ...OPTIONS, entryPoints: [entry], outfile });
  return outfile;
}

/** Writes and bundles the hello-world skill; returns the bundle's path. */
export const buildHelloWorld = (): Promise<string> => buildSource('hello', HELLO_SOURCE);

/** Writes and bundles hello-world plus one GetItem (the floor of a store turn); returns the bundle's path. */
export const buildHelloGetItem = (): Promise<string> => buildSource('hello-getitem', HELLO_GET_ITEM_SOURCE);

export interface Size {
  bytes: number;
  gzipBytes: number;
}

export function sizeOf(file: string): Size {
  return { bytes: statSync(file).size, gzipBytes: gzipSync(readFileSync(file)).length };
}

export interface Contributor {
  name: string;
  bytes: number;
}

/** "node_modules/ask-sdk-core/dist/x.js" -> "ask-sdk-core"; "src/flow/step.ts" -> "src/flow". */
function groupOf(input: string): string {
  const modules = input.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const [scope, name] = input.slice(modules + 'node_modules/'.length).split('/');
    return scope!.startsWith('@') ? `${scope}/${name}` : scope!;
  }
  const parts = input.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : parts[0]!;
}

/**
 * Re-bundles an entry in memory (build.mjs keeps no metafile) and sums the
 * minified bytes each package or source folder contributes, largest first.
 */
export async function contributors(entry: string, top = 8): Promise<Contributor[]> {
  const result = await build({ ...OPTIONS, entryPoints: [entry], outdir: join(WORK, 'meta'), write: false, metafile: true });
  const output = Object.values((result.metafile as Metafile).outputs).find((o) => o.entryPoint)!;
  const byGroup = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const group = groupOf(input);
    byGroup.set(group, (byGroup.get(group) ?? 0) + bytesInOutput);
  }
  return [...byGroup].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes).slice(0, top);
}
