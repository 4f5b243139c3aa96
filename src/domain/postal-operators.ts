/**
 * Designated postal operators by ISO 3166-1 alpha-2 code, used to name the origin
 * of a UPU S10 item (its last two letters) and to link to that operator's tracking
 * page. Operators without a stable deep link fall back to a multi-carrier tracker.
 */

export interface PostalOperator {
  name: string;
  /** Tracking page with `{n}` standing for the tracking number. */
  trackingUrl?: string;
}

export const POSTAL_OPERATORS: Readonly<Record<string, PostalOperator>> = {
  AE: { name: 'Emirates Post' },
  AR: { name: 'Correo Argentino' },
  AT: { name: 'Österreichische Post' },
  AU: { name: 'Australia Post' },
  BA: { name: 'BH Pošta' },
  BD: { name: 'Bangladesh Post Office' },
  BE: { name: 'bpost' },
  BG: { name: 'Bulgarian Posts' },
  BR: { name: 'Correios' },
  BY: { name: 'Belpochta' },
  CA: {
    name: 'Canada Post',
    trackingUrl: 'https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor={n}',
  },
  CH: { name: 'Swiss Post' },
  CL: { name: 'Correos de Chile' },
  CN: { name: 'China Post' },
  CO: { name: '4-72 (Colombia)' },
  CY: { name: 'Cyprus Post' },
  CZ: { name: 'Česká pošta' },
  DE: {
    name: 'Deutsche Post',
    trackingUrl: 'https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode={n}',
  },
  DK: { name: 'PostNord Denmark' },
  EE: { name: 'Omniva' },
  EG: { name: 'Egypt Post' },
  ES: {
    name: 'Correos',
    trackingUrl:
      'https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number={n}',
  },
  FI: { name: 'Posti' },
  FR: { name: 'La Poste', trackingUrl: 'https://www.laposte.fr/outils/suivre-vos-envois?code={n}' },
  GB: {
    name: 'Royal Mail',
    trackingUrl: 'https://www.royalmail.com/track-your-item#/tracking-results/{n}',
  },
  GR: { name: 'ELTA Hellenic Post' },
  HK: { name: 'Hongkong Post' },
  HR: { name: 'Hrvatska pošta' },
  HU: { name: 'Magyar Posta' },
  ID: { name: 'Pos Indonesia' },
  IE: { name: 'An Post' },
  IL: { name: 'Israel Post' },
  IN: { name: 'India Post' },
  IS: { name: 'Iceland Post' },
  IT: {
    name: 'Poste Italiane',
    trackingUrl: 'https://www.poste.it/cerca/index.html#/risultati-spedizioni/{n}',
  },
  JP: {
    name: 'Japan Post',
    trackingUrl:
      'https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1={n}&locale=en',
  },
  KE: { name: 'Posta Kenya' },
  KR: { name: 'Korea Post' },
  KZ: { name: 'Kazpost' },
  LK: { name: 'Sri Lanka Post' },
  LT: { name: 'Lietuvos paštas' },
  LU: { name: 'POST Luxembourg' },
  LV: { name: 'Latvijas Pasts' },
  MA: { name: 'Barid Al-Maghrib' },
  MD: { name: 'Poșta Moldovei' },
  MO: { name: 'Macao Post' },
  MT: { name: 'MaltaPost' },
  MX: { name: 'Correos de México' },
  MY: { name: 'Pos Malaysia' },
  NG: { name: 'NIPOST' },
  NL: { name: 'PostNL' },
  NO: { name: 'Posten Norge' },
  NZ: { name: 'NZ Post' },
  PE: { name: 'Serpost' },
  PH: { name: 'PHLPost' },
  PK: { name: 'Pakistan Post' },
  PL: { name: 'Poczta Polska' },
  PT: { name: 'CTT' },
  QA: { name: 'Qatar Post' },
  RO: { name: 'Poșta Română' },
  RS: { name: 'Pošta Srbije' },
  RU: { name: 'Russian Post', trackingUrl: 'https://www.pochta.ru/tracking?barcode={n}' },
  SA: { name: 'Saudi Post (SPL)' },
  SE: { name: 'PostNord Sverige' },
  SG: { name: 'Singapore Post' },
  SI: { name: 'Pošta Slovenije' },
  SK: { name: 'Slovenská pošta' },
  TH: { name: 'Thailand Post' },
  TR: { name: 'PTT (Turkish Post)' },
  TW: { name: 'Chunghwa Post' },
  UA: { name: 'Ukrposhta' },
  US: { name: 'USPS', trackingUrl: 'https://tools.usps.com/go/TrackConfirmAction?tLabels={n}' },
  UY: { name: 'Correo Uruguayo' },
  VN: { name: 'Vietnam Post' },
  ZA: { name: 'South African Post Office' },
};

/**
 * Every assigned ISO 3166-1 alpha-2 code. An S10 item must end in one of them, which
 * keeps private look-alikes such as Yanwen's "…YW" from passing as postal items.
 */
const ISO_COUNTRY_CODES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ ' +
    'BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM ' +
    'DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS ' +
    'GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN ' +
    'KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ ' +
    'MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM ' +
    'PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV ' +
    'SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI ' +
    'VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

export function isIsoCountryCode(code: string): boolean {
  return ISO_COUNTRY_CODES.has(code);
}

export function postalOperator(countryCode: string): PostalOperator | undefined {
  return POSTAL_OPERATORS[countryCode];
}
