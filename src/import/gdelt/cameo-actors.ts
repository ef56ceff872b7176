import type { ActorKind } from '../../domain/vocabulary';

/**
 * CAMEO actor codes as GDELT 2.0 writes them (Actor1Code, Actor1CountryCode…):
 * a code is a run of three-letter parts, such as BLRGOV (Belarus, government) or
 * IGOEUREEC (intergovernmental organisation, Europe, European Union). Country
 * parts are ISO 3166-1 alpha-3; names are the short forms the curated registry
 * uses ("United States", "Russia", "Iran") so that a state resolves by its name.
 */
const COUNTRY_TABLE = `ABW Aruba|AFG Afghanistan|AGO Angola|AIA Anguilla|ALB Albania|AND Andorra|ARE United Arab Emirates|
ARG Argentina|ARM Armenia|ASM American Samoa|ATG Antigua and Barbuda|AUS Australia|AUT Austria|AZE Azerbaijan|
BDI Burundi|BEL Belgium|BEN Benin|BFA Burkina Faso|BGD Bangladesh|BGR Bulgaria|BHR Bahrain|BHS Bahamas|
BIH Bosnia and Herzegovina|BLR Belarus|BLZ Belize|BMU Bermuda|BOL Bolivia|BRA Brazil|BRB Barbados|BRN Brunei|
BTN Bhutan|BWA Botswana|CAF Central African Republic|CAN Canada|CHE Switzerland|CHL Chile|CHN China|
CIV Ivory Coast|CMR Cameroon|COD Democratic Republic of the Congo|COG Republic of the Congo|COK Cook Islands|
COL Colombia|COM Comoros|CPV Cape Verde|CRI Costa Rica|CUB Cuba|CYM Cayman Islands|CYP Cyprus|
CZE Czech Republic|DEU Germany|DJI Djibouti|DMA Dominica|DNK Denmark|DOM Dominican Republic|DZA Algeria|
ECU Ecuador|EGY Egypt|ERI Eritrea|ESP Spain|EST Estonia|ETH Ethiopia|FIN Finland|FJI Fiji|FRA France|
FRO Faroe Islands|FSM Micronesia|GAB Gabon|GBR United Kingdom|GEO Georgia|GHA Ghana|GIB Gibraltar|GIN Guinea|
GMB Gambia|GNB Guinea-Bissau|GNQ Equatorial Guinea|GRC Greece|GRD Grenada|GRL Greenland|GTM Guatemala|
GUM Guam|GUY Guyana|HKG Hong Kong|HND Honduras|HRV Croatia|HTI Haiti|HUN Hungary|IDN Indonesia|IND India|
IRL Ireland|IRN Iran|IRQ Iraq|ISL Iceland|ISR Israel|ITA Italy|JAM Jamaica|JOR Jordan|JPN Japan|
KAZ Kazakhstan|KEN Kenya|KGZ Kyrgyzstan|KHM Cambodia|KIR Kiribati|KNA Saint Kitts and Nevis|KOR South Korea|
KWT Kuwait|LAO Laos|LBN Lebanon|LBR Liberia|LBY Libya|LCA Saint Lucia|LIE Liechtenstein|LKA Sri Lanka|
LSO Lesotho|LTU Lithuania|LUX Luxembourg|LVA Latvia|MAC Macau|MAR Morocco|MCO Monaco|MDA Moldova|
MDG Madagascar|MDV Maldives|MEX Mexico|MHL Marshall Islands|MKD North Macedonia|MLI Mali|MLT Malta|
MMR Myanmar|MNE Montenegro|MNG Mongolia|MOZ Mozambique|MRT Mauritania|MUS Mauritius|MWI Malawi|MYS Malaysia|
NAM Namibia|NCL New Caledonia|NER Niger|NGA Nigeria|NIC Nicaragua|NLD Netherlands|NOR Norway|NPL Nepal|
NRU Nauru|NZL New Zealand|OMN Oman|PAK Pakistan|PAN Panama|PER Peru|PHL Philippines|PLW Palau|
PNG Papua New Guinea|POL Poland|PRI Puerto Rico|PRK North Korea|PRT Portugal|PRY Paraguay|PSE Palestine|
PYF French Polynesia|QAT Qatar|ROU Romania|RUS Russia|RWA Rwanda|SAU Saudi Arabia|SDN Sudan|SEN Senegal|
SGP Singapore|SLB Solomon Islands|SLE Sierra Leone|SLV El Salvador|SMR San Marino|SOM Somalia|SRB Serbia|
SSD South Sudan|STP Sao Tome and Principe|SUR Suriname|SVK Slovakia|SVN Slovenia|SWE Sweden|SWZ Eswatini|
SYC Seychelles|SYR Syria|TCD Chad|TGO Togo|THA Thailand|TJK Tajikistan|TKM Turkmenistan|TLS East Timor|
TON Tonga|TTO Trinidad and Tobago|TUN Tunisia|TUR Turkey|TUV Tuvalu|TWN Taiwan|TZA Tanzania|UGA Uganda|
UKR Ukraine|URY Uruguay|USA United States|UZB Uzbekistan|VAT Vatican City|VCT Saint Vincent and the Grenadines|
VEN Venezuela|VGB British Virgin Islands|VIR US Virgin Islands|VNM Vietnam|VUT Vanuatu|WSM Samoa|YEM Yemen|
ZAF South Africa|ZMB Zambia|ZWE Zimbabwe|ROM Romania|YUG Yugoslavia|SCG Serbia and Montenegro|KSV Kosovo|
XKX Kosovo`;

/** CAMEO regions: actors named by a region rather than a state. */
const REGION_TABLE = `AFR Africa|ASA Asia|BLK Balkans|CRB Caribbean|CAU Caucasus|CFR Central Africa|CAS Central Asia|
CEU Central Europe|EIN East Indies|EAF East Africa|EEU Eastern Europe|EUR Europe|LAM Latin America|
MEA Middle East|MDT Mediterranean|NAF North Africa|NMR North America|PGS Persian Gulf|SCN Scandinavia|
SAM South America|SAS South Asia|SEA Southeast Asia|SAF Southern Africa|WAF West Africa|WST the West`;

/** CAMEO actor types (roles and sectors). */
const TYPE_TABLE = `COP police|GOV government|INS insurgents|JUD judiciary|MIL military|OPP political opposition|
REB rebels|SEP separatists|SPY intelligence services|UAF unaffiliated armed forces|AGR agriculture|BUS business|
CRM criminals|CVL civilians|DEV development|EDU education|ELI elites|ENV environmental|HLH health|
HRI human rights|LAB labour|LEG legislature|MED media|REF refugees|MOD moderates|RAD radicals|
IGO intergovernmental organisation|IMG international militarised group|INT international|
MNC multinational corporation|NGM non-governmental movement|NGO non-governmental organisation|
UIS unidentified state actor|SET settlers|PTY political party|REL religious`;

/** CAMEO known groups (Actor1KnownGroupCode): a few dozen organisations and movements. */
const GROUP_TABLE = `AFU African Union|ALQ Al Qaeda|AMN Amnesty International|ARL Arab League|ASN ASEAN|
CIS Commonwealth of Independent States|COE Council of Europe|CRC International Red Cross|EEC European Union|
FAO Food and Agriculture Organization|FTA Fatah|GCC Gulf Cooperation Council|HCH UN High Commissioner for Human Rights|
HCR UN High Commissioner for Refugees|HEZ Hezbollah|HMS Hamas|HRW Human Rights Watch|IAE International Atomic Energy Agency|
ICC International Criminal Court|ICJ International Court of Justice|ILO International Labour Organization|
IMF International Monetary Fund|IOM International Organization for Migration|IRC Red Cross|ITP Interpol|
MSF Medecins Sans Frontieres|NAT NATO|OAS Organization of American States|OIC Organisation of Islamic Cooperation|
OPC OPEC|OSC OSCE|PLO Palestine Liberation Organization|SAD Southern African Development Community|TAL Taliban|
UNO United Nations|WBK World Bank|WFP World Food Programme|WHO World Health Organization|WTO World Trade Organization`;

/** CAMEO religions. */
const RELIGION_TABLE = `BUD Buddhist|CHR Christian|CTH Catholic|CPT Coptic|DOX Orthodox|HIN Hindu|JEW Jewish|
MOS Muslim|PRO Protestant|SHI Shia|SUN Sunni|SIK Sikh|DRZ Druze|BAH Bahai|JAN Jain|SFI Sufi|TAO Taoist|
ZRO Zoroastrian|ATH atheist`;

function table(text: string): ReadonlyMap<string, string> {
  return new Map(
    text
      .split('|')
      .map((entry) => entry.trim())
      .filter((entry) => entry.length > 0)
      .map((entry) => [entry.slice(0, 3), entry.slice(4)] as const),
  );
}

export const CAMEO_COUNTRIES = table(COUNTRY_TABLE);
export const CAMEO_REGIONS = table(REGION_TABLE);
export const CAMEO_TYPES = table(TYPE_TABLE);
export const CAMEO_GROUPS = table(GROUP_TABLE);
export const CAMEO_RELIGIONS = table(RELIGION_TABLE);

/** The country or region a three-letter part names, if any. */
export function placeName(part: string): string | undefined {
  return CAMEO_COUNTRIES.get(part) ?? CAMEO_REGIONS.get(part);
}

/** A code in three-letter parts: "IGOEUREEC" → IGO, EUR, EEC. */
export function codeParts(code: string): string[] {
  const parts: string[] = [];
  for (let at = 0; at < code.length; at += 3) parts.push(code.slice(at, at + 3));
  return parts;
}

/** The code in words: "BLRGOV" → "Belarus, government"; unknown parts are kept as they are. */
export function describeCode(code: string): string {
  return codeParts(code)
    .map(
      (part, index) =>
        (index === 0 ? placeName(part) : undefined) ??
        CAMEO_TYPES.get(part) ??
        CAMEO_GROUPS.get(part) ??
        placeName(part) ??
        CAMEO_RELIGIONS.get(part) ??
        (/^[a-z]{3}$/.test(part) ? `ethnic group ${part}` : part),
    )
    .join(', ');
}

const ORGANISATION_TYPES = new Set([
  'GOV',
  'LEG',
  'JUD',
  'COP',
  'MIL',
  'SPY',
  'IGO',
  'NGO',
  'MNC',
  'BUS',
  'EDU',
  'HLH',
  'DEV',
  'IMG',
  'INT',
  'UIS',
  'PTY',
]);
const GROUP_TYPES = new Set([
  'OPP',
  'REB',
  'SEP',
  'INS',
  'UAF',
  'CVL',
  'REF',
  'LAB',
  'AGR',
  'CRM',
  'HRI',
  'ENV',
  'RAD',
  'MOD',
  'SET',
  'NGM',
  'REL',
]);
/** Types that only organisations have: a name under them is never taken for a person's. */
export const ORGANISATION_ONLY_TYPES = new Set(['MNC', 'BUS', 'IGO', 'NGO', 'NGM']);

/**
 * The kind a CAMEO code implies: a bare country STATE, a bare region OTHER,
 * media MEDIA, elites PERSON, then the first type part (government, police,
 * business… ORGANISATION; opposition, rebels, civilians… GROUP), a known group
 * ORGANISATION; religions and ethnic groups GROUP; anything else OTHER.
 */
export function kindOfCode(code: string): ActorKind {
  const parts = codeParts(code);
  if (parts.length === 1 && CAMEO_COUNTRIES.has(code)) return 'STATE';
  if (parts.length === 1 && CAMEO_REGIONS.has(code)) return 'OTHER';
  if (parts.includes('MED')) return 'MEDIA';
  for (const part of parts) {
    if (part === 'ELI') return 'PERSON';
    if (ORGANISATION_TYPES.has(part)) return 'ORGANISATION';
    if (GROUP_TYPES.has(part)) return 'GROUP';
    if (CAMEO_GROUPS.has(part)) return part === 'TAL' || part === 'ALQ' ? 'GROUP' : 'ORGANISATION';
  }
  if (parts.some((part) => CAMEO_RELIGIONS.has(part) || /^[a-z]{3}$/.test(part))) return 'GROUP';
  return 'OTHER';
}
