import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { isPartialDate, parsePartialDate } from '../../domain/partial-date';

/** The 61 columns of a GDELT 2.0 event export, in file order (no header row in the files). */
export const GDELT_EVENT_COLUMNS = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  'Actor1Code',
  'Actor1Name',
  'Actor1CountryCode',
  'Actor1KnownGroupCode',
  'Actor1EthnicCode',
  'Actor1Religion1Code',
  'Actor1Religion2Code',
  'Actor1Type1Code',
  'Actor1Type2Code',
  'Actor1Type3Code',
  'Actor2Code',
  'Actor2Name',
  'Actor2CountryCode',
  'Actor2KnownGroupCode',
  'Actor2EthnicCode',
  'Actor2Religion1Code',
  'Actor2Religion2Code',
  'Actor2Type1Code',
  'Actor2Type2Code',
  'Actor2Type3Code',
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  'Actor1Geo_Type',
  'Actor1Geo_FullName',
  'Actor1Geo_CountryCode',
  'Actor1Geo_ADM1Code',
  'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat',
  'Actor1Geo_Long',
  'Actor1Geo_FeatureID',
  'Actor2Geo_Type',
  'Actor2Geo_FullName',
  'Actor2Geo_CountryCode',
  'Actor2Geo_ADM1Code',
  'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat',
  'Actor2Geo_Long',
  'Actor2Geo_FeatureID',
  'ActionGeo_Type',
  'ActionGeo_FullName',
  'ActionGeo_CountryCode',
  'ActionGeo_ADM1Code',
  'ActionGeo_ADM2Code',
  'ActionGeo_Lat',
  'ActionGeo_Long',
  'ActionGeo_FeatureID',
  'DATEADDED',
  'SOURCEURL',
] as const;

const COLUMN = Object.fromEntries(GDELT_EVENT_COLUMNS.map((name, index) => [name, index])) as Record<
  (typeof GDELT_EVENT_COLUMNS)[number],
  number
>;

/** An actor of a GDELT row, as coded. */
export interface GdeltActor {
  /** Full CAMEO code: "BLRGOV", "IGOEUREEC". */
  readonly code: string;
  /** The name GDELT matched in the article, upper case: "BELARUS", "POLITICAL PRISONER". */
  readonly name: string;
  readonly countryCode: string;
  readonly knownGroupCode: string;
}

export interface GdeltGeo {
  /** 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1). */
  readonly type: number;
  readonly fullName: string;
  /** FIPS 10-4: Belarus is BO. */
  readonly countryCode: string;
  readonly featureId: string;
}

/** The fields of a GDELT event row the import keeps (a row in memory is this, not its 61 strings). */
export interface GdeltRow {
  readonly id: string;
  /** SQLDATE as YYYY-MM-DD. */
  readonly date: string;
  readonly actor1: GdeltActor | null;
  readonly actor2: GdeltActor | null;
  readonly isRootEvent: boolean;
  readonly eventCode: string;
  readonly quadClass: string;
  readonly goldstein: string;
  readonly numMentions: string;
  readonly numSources: string;
  readonly numArticles: string;
  readonly avgTone: string;
  readonly actor1GeoCountry: string;
  readonly actor2GeoCountry: string;
  readonly actionGeo: GdeltGeo | null;
  /** DATEADDED, YYYYMMDDHHMMSS (UTC). */
  readonly dateAdded: string;
  readonly url: string;
  /** The export file the row comes from (base name). */
  readonly exportFile: string;
}

export type RowResult = { row: GdeltRow } | { skip: string };

function actor(fields: readonly string[], prefix: 'Actor1' | 'Actor2'): GdeltActor | null {
  const code = fields[COLUMN[`${prefix}Code`]] ?? '';
  const name = (fields[COLUMN[`${prefix}Name`]] ?? '').replace(/\s+/g, ' ').trim();
  if (code === '' && name === '') return null;
  return {
    code,
    name,
    countryCode: fields[COLUMN[`${prefix}CountryCode`]] ?? '',
    knownGroupCode: fields[COLUMN[`${prefix}KnownGroupCode`]] ?? '',
  };
}

/** One line of an export → the row, or why it is skipped. */
export function parseGdeltLine(line: string, exportFile: string): RowResult {
  const fields = line.split('\t');
  if (fields.length !== GDELT_EVENT_COLUMNS.length) {
    return { skip: `${fields.length} fields instead of ${GDELT_EVENT_COLUMNS.length}` };
  }
  const get = (column: (typeof GDELT_EVENT_COLUMNS)[number]) => (fields[COLUMN[column]] ?? '').trim();
  const id = get('GLOBALEVENTID');
  if (!/^\d+$/.test(id)) return { skip: 'GLOBALEVENTID is not a number' };
  const sqlDate = get('SQLDATE');
  const date = /^\d{8}$/.test(sqlDate)
    ? `${sqlDate.slice(0, 4)}-${sqlDate.slice(4, 6)}-${sqlDate.slice(6, 8)}`
    : '';
  if (!date || !isPartialDate(parsePartialDate(date))) return { skip: 'SQLDATE is not a date' };
  const eventCode = get('EventCode');
  if (!/^\d{2,4}$/.test(eventCode)) return { skip: 'EventCode is not a CAMEO code' };
  const url = get('SOURCEURL');
  if (url === '') return { skip: 'no SOURCEURL' };
  const actor1 = actor(fields, 'Actor1');
  const actor2 = actor(fields, 'Actor2');
  if (!actor1 && !actor2) return { skip: 'no actor' };
  const geoType = Number(get('ActionGeo_Type'));
  const geoName = get('ActionGeo_FullName');
  return {
    row: {
      id,
      date,
      actor1,
      actor2,
      isRootEvent: get('IsRootEvent') === '1',
      eventCode,
      quadClass: get('QuadClass'),
      goldstein: get('GoldsteinScale'),
      numMentions: get('NumMentions'),
      numSources: get('NumSources'),
      numArticles: get('NumArticles'),
      avgTone: get('AvgTone'),
      actor1GeoCountry: get('Actor1Geo_CountryCode'),
      actor2GeoCountry: get('Actor2Geo_CountryCode'),
      actionGeo:
        geoType >= 1 && geoType <= 5 && geoName !== ''
          ? {
              type: geoType,
              fullName: geoName,
              countryCode: get('ActionGeo_CountryCode'),
              featureId: get('ActionGeo_FeatureID'),
            }
          : null,
      dateAdded: get('DATEADDED'),
      url,
      exportFile,
    },
  };
}

/** Streams an export file line by line (readline): memory holds one line at a time. */
export async function* readGdeltExport(file: string): AsyncGenerator<RowResult> {
  const exportFile = path.basename(file);
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    yield parseGdeltLine(line, exportFile);
  }
}

/**
 * Row filters (--country, --actor): a row is kept when it touches any of them.
 * `countries` are FIPS 10-4 codes (GDELT's geography: BO is Belarus) matched against
 * the action's and both actors' locations; `actors` are CAMEO codes (BLR) matched
 * against both actors' country and known-group codes and the start of their codes.
 */
export interface RowFilter {
  readonly countries: readonly string[];
  readonly actors: readonly string[];
}

export function rowMatches(row: GdeltRow, filter: RowFilter): boolean {
  if (filter.countries.length === 0 && filter.actors.length === 0) return true;
  const places = [row.actionGeo?.countryCode, row.actor1GeoCountry, row.actor2GeoCountry];
  if (filter.countries.some((code) => places.includes(code))) return true;
  return [row.actor1, row.actor2].some(
    (a) =>
      a !== null &&
      filter.actors.some(
        (code) => a.countryCode === code || a.knownGroupCode === code || a.code.startsWith(code),
      ),
  );
}
