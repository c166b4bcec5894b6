// The small slice of APL's JSON that our documents use, typed enough that a
// typo in a document's shape fails tsc; apl-suggester checks the rest.
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };

export interface Component {
  type: 'Container' | 'Text' | 'Frame' | 'TouchWrapper' | 'VectorGraphic' | 'Sequence' | 'ScrollView';
  [property: string]: Json | undefined;
}

export interface Command {
  type: 'SetValue' | 'Idle' | 'SendEvent' | 'Sequential' | 'Parallel';
  [property: string]: Json | undefined;
}

export interface AvgGraphic {
  type: 'AVG';
  version: '1.2';
  width: number;
  height: number;
  parameters?: string[];
  items: { [key: string]: Json }[];
}

export interface AplDocument {
  type: 'APL';
  version: string;
  theme: 'dark' | 'light';
  description: string;
  graphics?: Record<string, AvgGraphic>;
  mainTemplate: { parameters: string[]; items: Component[] };
}

/** The APL version we write to: supported by every Echo Show in service and by apl-suggester 2024.2. */
export const APL_VERSION = '2023.2';
