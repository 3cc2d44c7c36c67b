/**
 * The view model every procedure speaks in: messages are keys into the string catalogues,
 * with parameters formatted for the user's locale when rendered (see cards/).
 */
export type Param =
  | string
  | number
  | { money: number; currency: string }
  | { date: string }
  /** A date and time, in UTC (" UTC" added), or in the given IANA time zone (the zone said apart). */
  | { datetime: string; zone?: string }
  /**
   * A list joined with "and"; with `or`, joined with "or" (one of several roles, one of several products);
   * `quoted`: each item in the reader's quotation marks (names that may hold commas).
   */
  | { list: string[]; or?: boolean; quoted?: boolean }
  /** A language by its English name and its tag, shown in the reader's language ("French", fr -> "français"). */
  | { language: string; tag?: string }
  /** A market by its ISO code, shown as the country's name in the reader's language with the code: "Australia (AU)". */
  | { region: string }
  /** One value per line (a numbered list of choices): each formatted, and escaped, on its own. */
  | { lines: Param[] }
  /** Only for the user who asked: product keys, download, consent and relationship links. */
  | { secret: string }
  | Msg;

export interface Msg {
  key: string;
  params?: Record<string, Param>;
  /** Key to use when the catalogue has no text for `key` (step-specific help, say). */
  fallback?: string;
}

export const msg = (key: string, params?: Record<string, Param>, fallback?: string): Msg => ({
  key,
  ...(params ? { params } : {}),
  ...(fallback ? { fallback } : {}),
});

/** Marks a value as one only the user who asked may see (see cards/secrets.ts). */
export const secret = (value: string): Param => ({ secret: value });

export interface Choice {
  value: string;
  label: Msg;
  /** A short extra line shown with the choice (dates, status...). */
  detail?: Msg;
  style?: 'positive' | 'destructive';
  /** The choice a typed yes or no picks ("oui" at a stop confirmation). */
  means?: 'yes' | 'no';
}

/**
 * What a question expects as its answer. The engine reads a typed text or a card submit
 * against it, in the conversation's language, and hands the procedure one canonical value:
 * a choice's value, "yes"/"no", a number with a dot for decimals ("25000.5"), a day
 * ("2026-11-20"), a range ("2026-11-01 to 2026-11-20"), or the text itself.
 */
export type Expects =
  | { kind: 'choice' }
  | { kind: 'yes-no' }
  | { kind: 'integer'; min?: number; max?: number }
  | { kind: 'amount'; min?: number; max?: number; currency?: string }
  | { kind: 'date'; lean?: 'past' | 'future' }
  | { kind: 'date-range' }
  | { kind: 'email' }
  | { kind: 'phone' }
  /** Free text; `verbs`: a leading verb in any language is given in English ("supprimer premium" -> "remove premium"). */
  | { kind: 'text'; max?: number; verbs?: readonly ('add' | 'remove' | 'change')[] }
  | { kind: 'reference'; of: 'customer' | 'subscription' | 'offer' | 'plan' | 'deal' | 'order' | 'product' };

export interface Field {
  id: string;
  label: Msg;
  kind: 'text' | 'number' | 'email' | 'url' | 'tel' | 'date';
  placeholder?: Msg;
  value?: string;
  optional?: boolean;
  /** What this field takes (a card submit's field is read like a typed answer). */
  expects?: Expects;
}

export interface Prompt {
  title: Msg;
  lines?: Msg[];
  facts?: { label: Msg; value: Param }[];
  choices?: Choice[];
  /** A single free answer (typed text works at every step anyway). */
  input?: Field;
  /** Several named answers sent together (a form). */
  fields?: Field[];
  /** What the answer is; without it, a choice when there are choices, else free text. */
  expects?: Expects;
  /** Rows of values under column headings (a log, a list to compare). */
  table?: { columns: Msg[]; rows: Param[][] };
}

/** A prompt as shown: stamped with the run and the step it belongs to. */
export interface ShownPrompt extends Prompt {
  run: string;
  seq: number;
}

export type Reply = { kind: 'say'; msg: Msg } | { kind: 'prompt'; prompt: ShownPrompt };
