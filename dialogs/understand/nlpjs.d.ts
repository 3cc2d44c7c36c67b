// NLP.js ships no type declarations: these cover the few calls dialogs/understand/ makes.
declare module '@nlpjs/core' {
  export function containerBootstrap(): Promise<{ use(plugin: unknown): void }>;
}

declare module '@nlpjs/nlp' {
  export interface Classification {
    intent: string;
    score: number;
  }
  export class Nlp {
    constructor(settings: Record<string, unknown>, container?: unknown);
    addLanguage(locale: string): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<unknown>;
    process(locale: string, utterance: string): Promise<{ intent: string; score: number; classifications: Classification[] }>;
    export(minified?: boolean): string;
    /** A model as `export` wrote it, or that text parsed. */
    import(data: string | object): void;
  }
}

declare module '@nlpjs/lang-en' {
  export const LangEn: unknown;
}
declare module '@nlpjs/lang-fr' {
  export const LangFr: unknown;
}
declare module '@nlpjs/lang-sv' {
  export const LangSv: unknown;
}
declare module '@nlpjs/lang-nl' {
  export const LangNl: unknown;
}
declare module '@nlpjs/nlp/package.json' {
  export const version: string;
}
