// NLP.js (a small neural intent classifier, offline) trained on the model's
// samples in delexicalised form. Trained once per locale, on first use
// (about a third of a second: see README "The terminal's NLU").
import { containerBootstrap } from '@nlpjs/core';
import { Nlp } from '@nlpjs/nlp';
import { LangEn } from '@nlpjs/lang-en-min';

export interface Classification {
  intent: string;
  score: number;
}

export interface Classifier {
  classify(text: string): Promise<Classification>;
}

/** Trains on (text, intent) pairs. Texts must already be in the form classify() will see. */
export async function trainClassifier(documents: readonly { text: string; intent: string }[]): Promise<Classifier> {
  const container = await containerBootstrap();
  // NLP.js logs every training epoch by default.
  container.registerConfiguration('nlu-??', { log: false }, true);
  container.use(Nlp);
  container.use(LangEn);
  const nlp = container.get('nlp');
  nlp.settings.autoSave = false;
  nlp.settings.autoLoad = false;
  // Our own threshold decides; NLP.js would rename low scores "None" and hide them.
  nlp.settings.threshold = 0;
  nlp.addLanguage('en');
  for (const d of documents) nlp.addDocument('en', d.text, d.intent);
  await nlp.train();
  return {
    async classify(text: string) {
      const result = await nlp.process('en', text);
      return { intent: String(result.intent ?? 'None'), score: Number(result.score ?? 0) };
    },
  };
}
