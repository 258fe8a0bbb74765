// Ways files name Member States that the reference data's alternative names miss: World Bank
// and UN-style forms, common short names and abbreviations. Keyed by ISO 3166-1 alpha-3.
// Differences of case, accents, punctuation, "the", "&"/"and" and "St."/"Saint" need no entry.

export const EXTRA_STATE_NAMES: Record<string, string[]> = {
  BHS: ['Bahamas, The'],
  BOL: ['Bolivia (Plurinational State of)'],
  COD: [
    'Congo, Dem. Rep.',
    'Congo DR',
    'DR of the Congo',
    'Congo (Kinshasa)',
    'Democratic Republic of Congo',
  ],
  COG: ['Congo, Rep.', 'Republic of Congo', 'Congo (Brazzaville)'],
  CPV: ['Cape Verde Islands'],
  EGY: ['Egypt, Arab Rep.'],
  FSM: ['Micronesia, Fed. Sts.', 'Micronesia (Federated States of)'],
  GBR: ['UK', 'U.K.', 'Britain', 'United Kingdom of Great Britain and Northern Ireland'],
  GMB: ['Gambia, The'],
  IRN: ['Iran, Islamic Rep.', 'Iran (Islamic Republic of)'],
  KOR: ['Korea, Rep.', 'Korea (South)', 'Korea (Republic of)', 'South Korea', 'ROK'],
  LAO: ['Lao PDR', 'Lao P.D.R.'],
  MKD: ['FYR Macedonia', 'Macedonia, FYR'],
  NLD: ['Netherlands (Kingdom of the)'],
  PRK: [
    "Korea, Dem. People's Rep.",
    'Korea, DPR',
    'Korea (North)',
    "Korea (Democratic People's Republic of)",
    'North Korea',
  ],
  SWZ: ['eSwatini'],
  TUR: ['Turkey'],
  TZA: ['United Republic of Tanzania', 'Tanzania (United Republic of)'],
  USA: ['United States of America', 'US', 'U.S.', 'U.S.A.'],
  VEN: ['Venezuela, RB', 'Venezuela (Bolivarian Republic of)'],
  VNM: ['Viet Nam'],
  YEM: ['Yemen, Rep.'],
};

/** Names that fit more than one Member State: a file must say which one it means. */
export const AMBIGUOUS_STATE_NAMES: Record<string, string[]> = {
  Korea: ['KOR', 'PRK'],
};
