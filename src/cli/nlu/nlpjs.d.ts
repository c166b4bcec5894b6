// The part of NLP.js the terminal NLU uses (the packages ship no types).
declare module '@nlpjs/core' {
  export interface Container {
    registerConfiguration(tag: string, configuration: Record<string, unknown>, override?: boolean): void;
    use(plugin: unknown): void;
    get(name: 'nlp'): NlpInstance;
  }
  export interface NlpInstance {
    settings: { autoSave: boolean; autoLoad: boolean; threshold: number };
    addLanguage(locale: string): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<unknown>;
    process(locale: string, utterance: string): Promise<{ intent?: string; score?: number }>;
  }
  export function containerBootstrap(): Promise<Container>;
}
declare module '@nlpjs/nlp' {
  export const Nlp: unknown;
}
declare module '@nlpjs/lang-en-min' {
  export const LangEn: unknown;
}
