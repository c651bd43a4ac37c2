// TypeScript declarations for newsfacts.mjs: the newsfacts/1 result (SPEC.md).

/** Half-open range into the input, in the unit named by `offsets`. */
export interface Range { start: number; end: number; }
/** A range with the text it covers: `input.slice(start, end) === text`. */
export interface TextSpan extends Range { text: string; }

export type OffsetUnit = 'utf16' | 'utf8' | 'codepoint';

export interface Dateline extends TextSpan {
  /** Entity id of the dateline's place, once entities are linked. */
  place: string | null;
  /** The place as written ("GAZA CITY"). */
  place_text: string;
  /** Canonical agency named in the dateline ("AP"), if any. */
  agency: string | null;
}

export interface Article {
  headline: string | null;
  headline_span: Range | null;
  /** The reference date used to resolve times, YYYY-MM-DD. */
  date: string | null;
  date_source: 'option' | 'header' | 'dateline' | 'text' | null;
  dateline: Dateline | null;
  bylines: string[];
  /** Wire services and outlets credited or cited ("AFP", "Reuters"). */
  agencies: string[];
  body: Range;
}

export interface Sentence extends Range { paragraph: number; }

export interface Place {
  /** ISO 3166 alpha-2 ("PS"). */
  country: string | null;
  /** city | region | country, or for a place the gazetteers lack: site | district | ... | unknown */
  kind: string;
  lat: number | null;
  lon: number | null;
  /** What the coordinates stand for: city | region (its largest city) | country (its population centre, or only the country known). */
  precision?: string;
}

export interface Entity {
  id: string;
  type: 'person' | 'organization' | 'location' | 'group';
  name: string;
  mentions: TextSpan[];
  /** Verbatim: "Israeli Prime Minister", "head of the Al-Qassam Brigades". */
  titles: string[];
  /** Ids of the organisations and countries named in the titles. */
  affiliations: string[];
  place: Place | null;
  /** group entities and unnamed sources: ISO 3166 alpha-2 code of the nationality ("Palestinians": "PS"; "Ukrainian officials": "UA"). */
  country?: string;
  /** An entity without a proper name, named by its words: a source that speaks ("a Hamas official", "Rescuers"; quotes point to it) or a party to an event ("the U.S.-led coalition", "regime forces"; events point to it); affiliations: its organisation or country. */
  unnamed?: true;
}

export interface Time extends TextSpan {
  type: 'date' | 'time' | 'duration' | 'set';
  /** TimeML TIMEX3 value: "2024-07-13", "2024-05", "P9M", "PAST_REF", ... */
  value: string | null;
  /** What the value was resolved against. */
  anchor: 'absolute' | 'article' | 'sentence' | 'unresolved';
  /** The value's granularity: day, week, month, season, quarter, half, year, decade, minute, duration, set, vague. */
  grain: string;
  /** TIMEX3 mod: START ("early"), MID, END ("late"); APPROX, LESS_THAN ("nearly"), MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE ("at least") on durations. */
  mod?: 'START' | 'MID' | 'END' | 'APPROX' | 'LESS_THAN' | 'MORE_THAN' | 'EQUAL_OR_LESS' | 'EQUAL_OR_MORE';
  /** Last value of a range ("May 3-5" -> "2024-05-05"). */
  range_end?: string;
  /** Fields the text did not state but the context supplied ("year" for "Oct. 7"). */
  inferred: string[];
}

export type Qualifier = 'exact' | 'at_least' | 'more_than' | 'about' | 'at_most' | 'less_than' | 'range';

export interface Quantity extends TextSpan {
  /** The number; for vague counts ("dozens") ACLED's conservative value (12). */
  value: number;
  /** Upper end of a range ("8-10", "between 20 and 30"). */
  max: number | null;
  qualifier: Qualifier;
  /** person, km2, mi2, km, m, ft, kg, t, percent, USD, EUR, celsius, ordinal, fraction, ... */
  unit: string | null;
  /** The counted noun for people ("civilians", "wounded"). */
  noun?: string;
  /** True for a word count given its conservative value ("dozens", "hundreds"). */
  vague?: boolean;
  /** The same quantity restated in other units ("(5.4-square-mile)"). */
  restated?: { value: number; unit: string }[];
}

export interface Quote extends TextSpan {
  kind: 'direct' | 'partial' | 'indirect';
  speaker: string | null;
  speaker_text: string | null;
  speaker_span: Range | null;
  cue: string | null;
  cue_span: Range | null;
  medium: string | null;
}

export interface Count { value: number; qualifier: Qualifier; }

export interface Casualty {
  killed: Count | null;
  wounded: Count | null;
  missing?: Count | null;
  kidnapped?: Count | null;
  arrested?: Count | null;
  displaced?: Count | null;
  /** people, civilians, soldiers, children, ... */
  victims: string | null;
  /** Entity id of the place (null: no entity names it). */
  location: string | null;
  /** The place as written ("Al-Mawasi"), or the dateline's. */
  location_text: string | null;
  /** The sentence's date, else the latest date mentioned before it. */
  date: string | null;
  /** Entity id of who reported the figure (null: an unnamed source, or none). */
  source: string | null;
  /** Who reported the figure, as written ("The Health Ministry"). */
  source_text: string | null;
  evidence: Range;
  /** A running toll (a war's), kept apart from an incident's count. */
  cumulative?: boolean;
  /** "could rise", "unconfirmed", ... */
  hedge?: string;
  /** Parts of the total, never added to it ("including 16 children"). */
  partial?: { value: number; qualifier: Qualifier; unit: string | null; victims: string | null }[];
}

export interface Event {
  id: string;
  type: string;
  subtype: string;
  trigger: TextSpan;
  date: string | null;
  date_precision: 'day' | 'month' | 'year' | null;
  location: string | null;
  actors: string[];
  targets: string[];
  fatalities: number | null;
  wounded: number | null;
  source: string | null;
  evidence: Range;
  confidence: number;
  /** Every trigger folded into this record ("the strike", "the attack" later on). */
  mentions: TextSpan[];
  /** Fields taken from the story's context, not the event's own sentences. */
  inferred?: ('actors' | 'date' | 'location')[];
}

export interface Warning { code: string; message: string; }

export interface Result {
  schema: 'newsfacts/1';
  engine: { version: string };
  offsets: OffsetUnit;
  article: Article;
  paragraphs: Range[];
  sentences: Sentence[];
  entities: Entity[];
  times: Time[];
  quantities: Quantity[];
  quotes: Quote[];
  casualties: Casualty[];
  events: Event[];
  warnings: Warning[];
}

/** What extract() returns for input it cannot take (too large, wrong type, bad option). */
export interface ErrorResult {
  schema: 'newsfacts/1';
  engine: { version: string };
  error: { code: 'input_too_large' | 'bad_input' | 'bad_option' | 'internal_error' | 'out_of_memory' | string;
           message: string };
}

export interface ExtractOptions {
  /** Reference date YYYY-MM-DD; overrides any date the text states. */
  date?: string;
  /** Unit of every start/end (default 'utf16', so text.slice(start, end) works). */
  offsets?: OffsetUnit;
  /** Indent the JSON (extractJSON only). */
  pretty?: boolean;
}

export interface Extractor {
  readonly version: string;
  /** The facts of one article. Never throws: errors come back as an ErrorResult. */
  extract(text: string | Uint8Array, options?: ExtractOptions): Result | ErrorResult;
  /** The same, as the JSON string (byte-identical to the native CLI's output). */
  extractJSON(text: string | Uint8Array, options?: ExtractOptions): string;
}

export interface ModuleOptions {
  /** Where to find newsfacts.wasm (emscripten's locateFile). */
  locateFile?: (path: string, prefix: string) => string;
  /** The .wasm bytes, if the host has them already. */
  wasmBinary?: ArrayBuffer | Uint8Array;
}

/** Memoised async factory: the first call loads the module, later calls share it. */
export function createExtractor(options?: ModuleOptions): Promise<Extractor>;

/** ACLED-style CSV of result.events (event_date, event_type, sub_event_type, actor1, actor2,
 *  country, location, latitude, longitude, geo_precision, source, notes, fatalities), one row
 *  per event. `text` (the extracted text, UTF-16 offsets) fills the notes with each event's
 *  sentence; `source` defaults to the article's agencies. Missing figures stay empty. */
export function toAcledCSV(result: Result, text?: string, options?: { source?: string }): string;

export interface GeoFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { kind: 'event' | 'place'; [key: string]: unknown };
}
/** GeoJSON of the located events (at their location's coordinates) and of every place. */
export function toGeoJSON(result: Result): { type: 'FeatureCollection'; features: GeoFeature[] };
