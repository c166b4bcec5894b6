// `npm run build`: bundles each Lambda entry point into dist/ with esbuild
// (CJS, node24 like the nodejs24.x runtime, minified, everything bundled).
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const plugins = createRequire(import.meta.url)('./esbuild-plugins.cjs');

const entries = { alexa: 'src/handlers/alexa.ts', google: 'src/handlers/google.ts' };

const results = await Promise.all(
  Object.entries(entries).map(([name, entry]) =>
    build({
      entryPoints: [entry],
      outfile: `dist/${name}.js`,
      bundle: true,
      platform: 'node',
      target: 'node24',
      format: 'cjs',
      minify: true,
      sourcemap: 'external',
      metafile: true,
      legalComments: 'none',
      plugins,
      logLevel: 'warning',
    }).then((result) => [name, result]),
  ),
);

for (const [name, result] of results) {
  const bytes = Object.values(result.metafile.outputs).find((o) => o.entryPoint)?.bytes ?? 0;
  console.log(`dist/${name}.js  ${(bytes / 1024).toFixed(1)} KiB`);
}
