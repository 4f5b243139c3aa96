import {
  fedex12CheckDigit,
  hasCheckDigit,
  mod7CheckDigit,
  mod10CheckDigit,
  upsCheckDigit,
} from './check-digits.js';

/**
 * Tracking-number formats of carriers other than the UPU S10 postal format (which
 * needs the country table, see tracking-number.ts). Each row is one format; a number
 * may match several rows, which is how ambiguous all-digit numbers get several candidates.
 */
export interface CarrierFormat {
  /** Stable code clients key on. */
  carrier: string;
  /** Display name. */
  name: string;
  /** What the format is, for people reading this table and test names. */
  description: string;
  /** Matched against the normalised number (upper case, letters and digits only). */
  pattern: RegExp;
  /** Confidence when the pattern matches and the check digit, if any, is right. */
  confidence: number;
  /** Absent when the format carries no check digit we know how to verify. */
  checkDigit?: (trackingNumber: string) => boolean;
  /**
   * A wrong check digit on a format this distinctive is a typo, not somebody else's
   * number, so the analysis reports BAD_CHECK_DIGIT instead of a weak guess.
   */
  strict?: boolean;
  /** Public tracking page; `{n}` stands for the tracking number. */
  trackingUrl: string;
}

/** A wrong check digit keeps a candidate but makes it this much less likely. */
export const FAILED_CHECK_DIGIT_FACTOR = 0.25;

const mod10 = (value: string): boolean => hasCheckDigit(value, (body) => mod10CheckDigit(body));

/** IMpb check digits are computed over the full 22-digit form; short labels drop its "91"/"92". */
const mod10WithPrefix =
  (prefix: string) =>
  (value: string): boolean =>
    mod10(prefix + value);

const URL = {
  ups: 'https://www.ups.com/track?tracknum={n}',
  fedex: 'https://www.fedex.com/fedextrack/?trknbr={n}',
  dhl: 'https://www.dhl.com/en/express/tracking.html?AWB={n}',
  usps: 'https://tools.usps.com/go/TrackConfirmAction?tLabels={n}',
  cainiao: 'https://global.cainiao.com/detail.htm?mailNoList={n}',
  yanwen: 'https://track.yw56.com.cn/en/querydel?nums={n}',
  fourPx: 'https://track.4px.com/#/result/0/{n}',
  yunExpress: 'https://www.yuntrack.com/parcelTracking?id={n}',
} as const;

const UPS = { carrier: 'ups', name: 'UPS', trackingUrl: URL.ups } as const;
const FEDEX = { carrier: 'fedex', name: 'FedEx', trackingUrl: URL.fedex } as const;
const DHL = { carrier: 'dhl-express', name: 'DHL Express', trackingUrl: URL.dhl } as const;
const USPS = { carrier: 'usps', name: 'USPS', trackingUrl: URL.usps } as const;
const CAINIAO = { carrier: 'cainiao', name: 'Cainiao', trackingUrl: URL.cainiao } as const;
const YANWEN = { carrier: 'yanwen', name: 'Yanwen', trackingUrl: URL.yanwen } as const;
const FOUR_PX = { carrier: '4px', name: '4PX', trackingUrl: URL.fourPx } as const;
const YUN = { carrier: 'yunexpress', name: 'YunExpress', trackingUrl: URL.yunExpress } as const;

export const CARRIER_FORMATS: readonly CarrierFormat[] = [
  {
    ...UPS,
    description: 'UPS 1Z: "1Z" + 6-character account + 2-digit service + 7-digit package + check',
    pattern: /^1Z[A-Z0-9]{16}$/,
    confidence: 0.98,
    checkDigit: (n) => hasCheckDigit(n.slice(2), upsCheckDigit),
    strict: true,
  },
  {
    ...FEDEX,
    description: 'FedEx Express: 12 digits, mod 11 check with weights 3,1,7',
    pattern: /^\d{12}$/,
    confidence: 0.8,
    checkDigit: (n) => hasCheckDigit(n, fedex12CheckDigit),
  },
  {
    ...FEDEX,
    description: 'FedEx Ground: 15 digits, mod 10 check with weights 3,1',
    pattern: /^\d{15}$/,
    confidence: 0.75,
    checkDigit: mod10,
  },
  {
    ...FEDEX,
    description: 'FedEx Ground 96 (22): "96" + 20 digits ending in the 15-digit Ground number',
    pattern: /^96\d{20}$/,
    confidence: 0.9,
    checkDigit: (n) => mod10(n.slice(-15)),
    strict: true,
  },
  {
    ...FEDEX,
    description: 'FedEx Ground 96 (20-21): "96" + 18-19 digits ending in the Ground number',
    pattern: /^96\d{18,19}$/,
    confidence: 0.8,
    checkDigit: (n) => mod10(n.slice(-15)),
  },
  {
    ...FEDEX,
    description: 'FedEx Ground Economy (SmartPost): 20 digits, IMpb check with implied "92"',
    pattern: /^\d{20}$/,
    confidence: 0.45,
    checkDigit: mod10WithPrefix('92'),
  },
  {
    ...FEDEX,
    description: 'FedEx Ground Economy (SmartPost) handed to USPS: "92" + 20 digits',
    pattern: /^92\d{20}$/,
    confidence: 0.35,
    checkDigit: mod10,
  },
  {
    ...USPS,
    description: 'USPS IMpb: "91"-"95" + 20 digits (9400, 9205, 9361…), mod 10 check 3,1',
    pattern: /^9[1-5]\d{20}$/,
    confidence: 0.95,
    checkDigit: mod10,
    strict: true,
  },
  {
    ...USPS,
    description: 'USPS IMpb with routing code: "420" + ZIP (+4) + 22-digit IMpb',
    pattern: /^420\d{5}(?:\d{4})?9[1-5]\d{20}$/,
    confidence: 0.9,
    checkDigit: (n) => mod10(n.slice(-22)),
    strict: true,
  },
  {
    ...USPS,
    description: 'USPS 20 digits: mod 10 check 3,1, with or without the implied "91"',
    pattern: /^\d{20}$/,
    confidence: 0.6,
    checkDigit: (n) => mod10(n) || mod10WithPrefix('91')(n),
  },
  {
    ...DHL,
    description: 'DHL Express waybill: 10 digits, mod 7 check',
    pattern: /^\d{10}$/,
    confidence: 0.75,
    checkDigit: (n) => hasCheckDigit(n, mod7CheckDigit),
  },
  {
    ...DHL,
    description: 'DHL Express piece ID: "JJD" + digits',
    pattern: /^JJD\d{9,21}$/,
    confidence: 0.95,
  },
  {
    ...DHL,
    description: 'DHL Express piece ID: "J" + 2-3 letters + 9-10 digits (e.g. JVGL)',
    pattern: /^J[A-Z]{2,3}\d{9,10}$/,
    confidence: 0.6,
  },
  {
    ...CAINIAO,
    description: 'Cainiao: "LP" + 14 digits',
    pattern: /^LP\d{14}$/,
    confidence: 0.95,
  },
  {
    ...CAINIAO,
    description: 'Cainiao: "CN" + route letters (CNG, CNGFR, CNAQV…) + digits, optional suffix',
    pattern: /^CN[A-Z]{1,4}\d{8,20}(?:[A-Z]{2})?$/,
    confidence: 0.85,
  },
  {
    ...CAINIAO,
    description: 'Cainiao: "CAINIAO" + letters and digits',
    pattern: /^CAINIAO[A-Z0-9]{6,30}$/,
    confidence: 0.9,
  },
  {
    ...CAINIAO,
    description: 'Cainiao: "CN" + 10-20 digits',
    pattern: /^CN\d{10,20}$/,
    confidence: 0.6,
  },
  {
    ...YANWEN,
    description: 'Yanwen: 2 letters (UG, VR, Y…) + 9 digits + "YW"',
    pattern: /^[A-Z]{2}\d{9}YW$/,
    confidence: 0.9,
  },
  {
    ...YANWEN,
    description: 'Yanwen: "YW" + digits, optional "CN"',
    pattern: /^YW\d{8,20}(?:CN)?$/,
    confidence: 0.7,
  },
  {
    ...FOUR_PX,
    description: '4PX: "4PX" + digits, usually ending in "CN"',
    pattern: /^4PX\d{8,22}(?:CN)?$/,
    confidence: 0.95,
  },
  {
    ...YUN,
    description: 'YunExpress: "YT" + 16 digits',
    pattern: /^YT\d{16}$/,
    confidence: 0.95,
  },
];
