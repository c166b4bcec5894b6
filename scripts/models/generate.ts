// Every generated model file, as a pure function of intents/: build-models.ts
// writes it and the staleness test compares it with what is on disk.
import { zipSync } from 'fflate';
import { MODEL_LOCALES } from '../../intents/model';
import { interactionModel } from './alexa';
import { aplDisplayFiles } from './apl';
import { dialogflowAgent } from './dialogflow';
import { stableJson } from './json';
import { skillManifest } from './skill';

export const AGENT_DIR = 'dialogflow-agent';
export const AGENT_ZIP = 'dialogflow-agent.zip';
/** Directories wholly owned by the generator: stray files in them are stale. */
export const GENERATED_DIRS = [AGENT_DIR, 'skill-package/interactionModels'];

// Local-time components, so the zip's DOS timestamps are the same in every time zone.
const ZIP_MTIME = new Date(2024, 0, 1, 0, 0, 0);

export function generateModels(): Record<string, string | Uint8Array> {
  const out: Record<string, string | Uint8Array> = { 'skill-package/skill.json': stableJson(skillManifest()) };
  for (const locale of MODEL_LOCALES) {
    out[`skill-package/interactionModels/custom/${locale}.json`] = stableJson(interactionModel(locale));
  }
  const agent = dialogflowAgent();
  const paths = Object.keys(agent).sort();
  const encoder = new TextEncoder();
  for (const path of paths) out[`${AGENT_DIR}/${path}`] = agent[path]!;
  out[AGENT_ZIP] = zipSync(
    Object.fromEntries(paths.map((p) => [p, encoder.encode(agent[p]!)])),
    { level: 9, mtime: ZIP_MTIME },
  );
  Object.assign(out, aplDisplayFiles());
  return out;
}
