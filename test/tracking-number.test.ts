import { describe, expect, it } from 'vitest';
import {
  fedex12CheckDigit,
  mod7CheckDigit,
  mod10CheckDigit,
  upsCheckDigit,
} from '../src/domain/check-digits.js';
import { POSTAL_OPERATORS } from '../src/domain/postal-operators.js';
import {
  analyzeTrackingNumber,
  type CarrierCandidate,
  normalizeTrackingNumber,
  s10CheckDigit,
  type TrackingNumberAnalysis,
} from '../src/domain/tracking-number.js';

function candidatesOf(raw: string): CarrierCandidate[] {
  const analysis = analyzeTrackingNumber(raw);
  if (!analysis.ok) throw new Error(`${raw} was rejected: ${analysis.problem} ${analysis.message}`);
  return analysis.candidates;
}

function best(raw: string): CarrierCandidate {
  const [first] = candidatesOf(raw);
  if (!first) throw new Error(`${raw} has no candidates`);
  return first;
}

function rejection(raw: string): Extract<TrackingNumberAnalysis, { ok: false }> {
  const analysis = analyzeTrackingNumber(raw);
  if (analysis.ok) throw new Error(`${raw} was accepted as ${analysis.candidates[0]?.carrier}`);
  return analysis;
}

describe('the UPU S10 check digit', () => {
  it.each([
    ['12345678', 5],
    ['47312482', 9],
    ['98765432', 6],
    ['12345670', 6],
    ['00000001', 4],
  ])('is %s -> %i for ordinary serials', (serial, check) => {
    expect(s10CheckDigit(serial)).toBe(check);
  });

  it('turns a computed 10 into 0', () => {
    expect(s10CheckDigit('00000008')).toBe(0);
  });

  it('turns a computed 11 into 5', () => {
    expect(s10CheckDigit('11111111')).toBe(5);
    expect(s10CheckDigit('00000000')).toBe(5);
  });

  it('refuses serials that are not exactly 8 digits', () => {
    expect(() => s10CheckDigit('1234567')).toThrow(RangeError);
    expect(() => s10CheckDigit('1234567A')).toThrow(RangeError);
  });
});

describe('the other check-digit algorithms', () => {
  it('computes the UPS check digit with letters counted as digits', () => {
    expect(upsCheckDigit('999AA1012345678')).toBe(4);
    expect(upsCheckDigit('A1B2C3D4E5F6G7H')).toBe(0);
  });

  it('computes the FedEx 12-digit mod 11 check with weights 3,1,7', () => {
    expect(fedex12CheckDigit('12345678901')).toBe(2);
    expect(fedex12CheckDigit('79053531231')).toBe(7);
  });

  it('computes the mod 10 check with weights 3,1 from the right', () => {
    expect(mod10CheckDigit('12345678901234')).toBe(3);
    expect(mod10CheckDigit('940011120108080548301')).toBe(6);
  });

  it('computes the DHL mod 7 check as the body modulo 7', () => {
    expect(mod7CheckDigit('123456789')).toBe(123456789 % 7);
    expect(mod7CheckDigit('555444333')).toBe(555444333 % 7);
  });
});

describe('UPU S10 numbers', () => {
  it.each([
    ['RB123456785GB', 'Royal Mail', 'GB'],
    ['RR123456785CN', 'China Post', 'CN'],
    ['EE473124829FR', 'La Poste', 'FR'],
    ['CP987654326DE', 'Deutsche Post', 'DE'],
    ['RR000000080JP', 'Japan Post', 'JP'],
    ['LZ111111115PT', 'CTT', 'PT'],
    ['UA000000014BR', 'Correios', 'BR'],
    ['RA123456706ES', 'Correos', 'ES'],
  ])('accepts %s as a postal item from %s', (number, operator, country) => {
    const candidate = best(number);
    expect(candidate).toMatchObject({
      carrier: 'upu-s10',
      name: operator,
      checkDigitValid: true,
      originCountry: country,
    });
    expect(candidate.confidence).toBeGreaterThan(0.9);
    expect(candidate.trackingUrl).toContain(number);
  });

  it("links to the origin operator's own tracking page when it has one", () => {
    expect(best('RB123456785GB').trackingUrl).toBe(
      'https://www.royalmail.com/track-your-item#/tracking-results/RB123456785GB',
    );
  });

  it('falls back to a multi-carrier tracker when the operator has no known page', () => {
    expect(best('RR123456785CN').trackingUrl).toBe(
      'https://www.17track.net/en/track?nums=RR123456785CN',
    );
  });

  it('names an operator even for a country outside the table', () => {
    expect(best('RR123456785FJ')).toMatchObject({
      carrier: 'upu-s10',
      name: 'Postal service of FJ',
      originCountry: 'FJ',
    });
  });

  it('knows the postal operators of at least 60 countries', () => {
    expect(Object.keys(POSTAL_OPERATORS).length).toBeGreaterThanOrEqual(60);
    for (const [code, operator] of Object.entries(POSTAL_OPERATORS)) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(operator.name.length).toBeGreaterThan(0);
    }
  });

  it('rejects an S10 number whose check digit is wrong, naming the operator', () => {
    const result = rejection('RB123456784GB');
    expect(result.problem).toBe('BAD_CHECK_DIGIT');
    expect(result.message).toContain('Royal Mail');
    expect(result.message).toContain("last digits don't add up");
  });

  it('does not take a two-letter suffix that is no country for an S10 item', () => {
    expect(rejection('RB123456785XX').problem).toBe('UNKNOWN_FORMAT');
  });
});

describe('UPS', () => {
  it.each(['1Z999AA10123456784', '1ZA1B2C3D4E5F6G7H0'])('accepts %s with a valid check', (n) => {
    expect(best(n)).toMatchObject({ carrier: 'ups', name: 'UPS', checkDigitValid: true });
    expect(best(n).trackingUrl).toBe(`https://www.ups.com/track?tracknum=${n}`);
  });

  it('rejects a 1Z number whose check digit is wrong', () => {
    const result = rejection('1Z999AA10123456785');
    expect(result.problem).toBe('BAD_CHECK_DIGIT');
    expect(result.message).toContain('UPS');
  });
});

describe('FedEx', () => {
  it('recognises a 12-digit Express number with a valid mod 11 check', () => {
    expect(best('123456789012')).toMatchObject({ carrier: 'fedex', checkDigitValid: true });
    expect(best('123456789012').trackingUrl).toBe(
      'https://www.fedex.com/fedextrack/?trknbr=123456789012',
    );
  });

  it('keeps a 12-digit number with a wrong check as a weaker FedEx guess', () => {
    const valid = best('123456789012');
    const invalid = best('123456789013');
    expect(invalid).toMatchObject({ carrier: 'fedex', checkDigitValid: false });
    expect(invalid.confidence).toBeLessThan(valid.confidence);
  });

  it('recognises a 15-digit Ground number with a valid mod 10 check', () => {
    expect(best('123456789012343')).toMatchObject({ carrier: 'fedex', checkDigitValid: true });
    expect(best('123456789012344')).toMatchObject({ carrier: 'fedex', checkDigitValid: false });
  });

  it('recognises a 22-digit Ground 96 number and rejects one with a wrong check', () => {
    expect(best('9612345123456789012343')).toMatchObject({
      carrier: 'fedex',
      checkDigitValid: true,
    });
    expect(rejection('9612345123456789012348').problem).toBe('BAD_CHECK_DIGIT');
  });
});

describe('DHL Express', () => {
  it('recognises a 10-digit waybill with a valid mod 7 check', () => {
    expect(best('1234567891')).toMatchObject({ carrier: 'dhl-express', checkDigitValid: true });
    expect(best('5554443333').trackingUrl).toBe(
      'https://www.dhl.com/en/express/tracking.html?AWB=5554443333',
    );
  });

  it('keeps a 10-digit number with a wrong check as a weak guess', () => {
    const candidate = best('1234567892');
    expect(candidate).toMatchObject({ carrier: 'dhl-express', checkDigitValid: false });
    expect(candidate.confidence).toBeLessThan(0.3);
  });

  it('recognises JJD piece numbers, which have no check digit', () => {
    expect(best('JJD000390007827466')).toMatchObject({
      carrier: 'dhl-express',
      checkDigitValid: null,
    });
  });
});

describe('USPS', () => {
  it.each(['9400111201080805483016', '9405551234567890123456'])(
    'recognises the IMpb number %s with a valid check',
    (n) => {
      expect(best(n)).toMatchObject({ carrier: 'usps', name: 'USPS', checkDigitValid: true });
      expect(best(n).trackingUrl).toBe(`https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}`);
    },
  );

  it('rejects a 22-digit IMpb number whose check digit is wrong', () => {
    const result = rejection('9405551234567890123451');
    expect(result.problem).toBe('BAD_CHECK_DIGIT');
    expect(result.message).toContain('USPS');
  });

  it('recognises an IMpb number behind a 420 + ZIP routing code', () => {
    expect(best('420221539400111201080805483016')).toMatchObject({
      carrier: 'usps',
      checkDigitValid: true,
    });
  });

  it('ranks USPS first for a 20-digit number whose USPS check is valid', () => {
    const candidates = candidatesOf('03071790000523483741');
    expect(candidates.map((c) => c.carrier)).toEqual(['usps', 'fedex']);
    expect(candidates[0]?.checkDigitValid).toBe(true);
    expect(candidates[1]?.checkDigitValid).toBe(false);
  });

  it('marks both guesses as failing for a 20-digit number no check accepts', () => {
    const candidates = candidatesOf('03071790000523483745');
    expect(candidates.every((c) => c.checkDigitValid === false)).toBe(true);
  });
});

describe('overlapping formats', () => {
  it('offers USPS before FedEx for a 92-prefixed IMpb number that both could carry', () => {
    const candidates = candidatesOf('9261292700768711948021');
    expect(candidates.map((c) => c.carrier)).toEqual(['usps', 'fedex']);
    expect(candidates[0]!.confidence).toBeGreaterThan(candidates[1]!.confidence);
  });

  it('ranks candidates from most to least likely, all within 0..1', () => {
    for (const n of ['03071790000523483742', '9261292700768711948021', 'RB123456785GB']) {
      const confidences = candidatesOf(n).map((c) => c.confidence);
      expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
      for (const c of confidences) expect(c).toBeGreaterThanOrEqual(0);
      for (const c of confidences) expect(c).toBeLessThanOrEqual(1);
    }
  });
});

describe('Chinese e-commerce carriers', () => {
  it.each([
    ['LP00123456789012', 'cainiao'],
    ['CNGFR12345678901', 'cainiao'],
    ['CNAQV1234567890', 'cainiao'],
    ['CNG00123456789', 'cainiao'],
    ['CAINIAO123456789', 'cainiao'],
    ['CN1234567890123', 'cainiao'],
    ['UG123456789YW', 'yanwen'],
    ['VR987654321YW', 'yanwen'],
    ['YW1234567890CN', 'yanwen'],
    ['4PX3000123456789CN', '4px'],
    ['YT1234567890123456', 'yunexpress'],
  ])('recognises %s as %s (no check digit)', (n, carrier) => {
    expect(best(n)).toMatchObject({ carrier, checkDigitValid: null });
  });

  it('links each of them to its own tracking page', () => {
    expect(best('LP00123456789012').trackingUrl).toBe(
      'https://global.cainiao.com/detail.htm?mailNoList=LP00123456789012',
    );
    expect(best('UG123456789YW').trackingUrl).toBe(
      'https://track.yw56.com.cn/en/querydel?nums=UG123456789YW',
    );
    expect(best('4PX3000123456789CN').trackingUrl).toBe(
      'https://track.4px.com/#/result/0/4PX3000123456789CN',
    );
    expect(best('YT1234567890123456').trackingUrl).toBe(
      'https://www.yuntrack.com/parcelTracking?id=YT1234567890123456',
    );
  });

  it('does not mistake a YunExpress number with too few digits for one', () => {
    expect(rejection('YT123456789012345').problem).toBe('UNKNOWN_FORMAT');
  });
});

describe('normalisation', () => {
  it('trims, upper-cases and drops spaces, dashes and dots', () => {
    expect(normalizeTrackingNumber('  rb 123-456.785 gb\t')).toBe('RB123456785GB');
  });

  it('analyses the normalised form of what the shopper typed', () => {
    const analysis = analyzeTrackingNumber(' 1z 999 aa1 01234 5678 4 ');
    expect(analysis.trackingNumber).toBe('1Z999AA10123456784');
    expect(analysis.ok).toBe(true);
  });

  it('leaves other punctuation in place so it can be reported', () => {
    expect(normalizeTrackingNumber('RB123/456')).toBe('RB123/456');
  });
});

describe('problems a shopper is told about', () => {
  it('asks for a number when nothing was entered', () => {
    for (const raw of ['', '   ', ' - . - ']) {
      const result = rejection(raw);
      expect(result.problem).toBe('EMPTY');
      expect(result.message).toBe('Please enter a tracking number.');
    }
  });

  it('says a number is too short below 8 characters', () => {
    const result = rejection('RB12345');
    expect(result.problem).toBe('TOO_SHORT');
    expect(result.message).toBe(
      'This tracking number is too short: tracking numbers have at least 8 characters.',
    );
  });

  it('says a number is too long above 40 characters', () => {
    const result = rejection('1'.repeat(41));
    expect(result.problem).toBe('TOO_LONG');
    expect(result.message).toBe(
      'This tracking number is too long: tracking numbers have at most 40 characters.',
    );
  });

  it('names the first character that tracking numbers never contain', () => {
    const result = rejection('RB123456785GB#');
    expect(result.problem).toBe('INVALID_CHARACTERS');
    expect(result.message).toContain('"#"');
    expect(result.message).toContain('letters A-Z and digits 0-9');
  });

  it('says when a well-formed number matches no known carrier', () => {
    const result = rejection('ABCDEFGHIJ');
    expect(result.problem).toBe('UNKNOWN_FORMAT');
    expect(result.message).toMatch(/don't recognise this tracking number/);
  });

  it('explains a wrong check digit as a likely typo', () => {
    const result = rejection('RR123456784CN');
    expect(result.problem).toBe('BAD_CHECK_DIGIT');
    expect(result.message).toContain('China Post');
    expect(result.message).toContain('mistyped');
  });
});
