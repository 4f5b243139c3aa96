import { DAY_MS, type EstimateBasis, type EstimateFromStatus } from './delivery-histogram.js';

/** What the explanation needs to say an estimate in words. */
export interface OutlookInput {
  basis: EstimateBasis;
  fromStatus: EstimateFromStatus;
  /** When the shipment first reached its current status: the estimate counts from there. */
  since: Date;
  earliest: Date;
  latest: Date;
  destinationCountry: string | null;
}

interface Phrases {
  /** Where the parcels counted went, per basis; `c` is the destination's name. */
  scope: Record<EstimateBasis, (c: string) => string>;
  /** The moment the days count from, with its preposition. */
  after: Record<EstimateFromStatus, string>;
  sentence: (scope: string, lo: number, hi: number, after: string) => string;
  late: (latest: string) => string;
}

/** The five FAQ languages; other locales are answered in English, as the rest of the text is. */
const PHRASES: Record<string, Phrases> = {
  en: {
    scope: {
      LANE: () => ' on this route',
      CARRIER_DESTINATION: (c) => ` with this carrier to ${c}`,
      DESTINATION: (c) => ` to ${c}`,
      STATUS: () => '',
    },
    after: {
      INFO_RECEIVED: 'after the carrier receives the shipment details',
      IN_TRANSIT: 'after their first transit scan',
      ARRIVED_AT_DESTINATION: 'after reaching the destination country',
      HELD_BY_CUSTOMS: 'after being held by customs',
      OUT_FOR_DELIVERY: 'after going out for delivery',
      WAITING_FOR_PICKUP: 'after becoming ready for pickup',
    },
    sentence: (s, lo, hi, a) => `Parcels${s} usually arrive ${lo}–${hi} days ${a}.`,
    late: (d) => `Your parcel is later than expected: similar parcels had arrived by ${d}.`,
  },
  es: {
    scope: {
      LANE: () => ' en esta ruta',
      CARRIER_DESTINATION: (c) => ` con este transportista con destino a ${c}`,
      DESTINATION: (c) => ` con destino a ${c}`,
      STATUS: () => '',
    },
    after: {
      INFO_RECEIVED: 'después de que el transportista reciba los datos del envío',
      IN_TRANSIT: 'después del primer escaneo en tránsito',
      ARRIVED_AT_DESTINATION: 'después de llegar al país de destino',
      HELD_BY_CUSTOMS: 'después de quedar retenidos en aduana',
      OUT_FOR_DELIVERY: 'después de salir a reparto',
      WAITING_FOR_PICKUP: 'después de quedar disponibles para recoger',
    },
    sentence: (s, lo, hi, a) => `Los paquetes${s} suelen llegar entre ${lo} y ${hi} días ${a}.`,
    late: (d) => `Su paquete va con retraso: los paquetes similares habían llegado antes del ${d}.`,
  },
  pt: {
    scope: {
      LANE: () => ' nesta rota',
      CARRIER_DESTINATION: (c) => ` com esta transportadora com destino a ${c}`,
      DESTINATION: (c) => ` com destino a ${c}`,
      STATUS: () => '',
    },
    after: {
      INFO_RECEIVED: 'depois de a transportadora receber os dados do envio',
      IN_TRANSIT: 'depois do primeiro registro em trânsito',
      ARRIVED_AT_DESTINATION: 'depois de chegar ao país de destino',
      HELD_BY_CUSTOMS: 'depois de ficarem retidas na alfândega',
      OUT_FOR_DELIVERY: 'depois de saírem para entrega',
      WAITING_FOR_PICKUP: 'depois de ficarem disponíveis para retirada',
    },
    sentence: (s, lo, hi, a) => `As encomendas${s} costumam chegar entre ${lo} e ${hi} dias ${a}.`,
    late: (d) => `Sua encomenda está atrasada: encomendas semelhantes chegaram até ${d}.`,
  },
  fr: {
    scope: {
      LANE: () => ' sur cet itinéraire',
      CARRIER_DESTINATION: (c) => ` avec ce transporteur (destination : ${c})`,
      DESTINATION: (c) => ` (destination : ${c})`,
      STATUS: () => '',
    },
    after: {
      INFO_RECEIVED: "après la réception des informations d'envoi par le transporteur",
      IN_TRANSIT: 'après le premier scan en transit',
      ARRIVED_AT_DESTINATION: "après l'arrivée dans le pays de destination",
      HELD_BY_CUSTOMS: 'après leur retenue en douane',
      OUT_FOR_DELIVERY: 'après leur mise en livraison',
      WAITING_FOR_PICKUP: 'après leur mise à disposition pour retrait',
    },
    sentence: (s, lo, hi, a) => `Les colis${s} arrivent généralement ${lo} à ${hi} jours ${a}.`,
    late: (d) => `Votre colis est en retard : les colis similaires étaient arrivés avant le ${d}.`,
  },
  de: {
    scope: {
      LANE: () => ' auf dieser Strecke',
      CARRIER_DESTINATION: (c) => ` mit diesem Zusteller (Ziel: ${c})`,
      DESTINATION: (c) => ` (Ziel: ${c})`,
      STATUS: () => '',
    },
    after: {
      INFO_RECEIVED: 'nach Eingang der Sendungsdaten beim Zusteller',
      IN_TRANSIT: 'nach dem ersten Transit-Scan',
      ARRIVED_AT_DESTINATION: 'nach Ankunft im Zielland',
      HELD_BY_CUSTOMS: 'nach dem Zurückhalten durch den Zoll',
      OUT_FOR_DELIVERY: 'nach Beginn der Zustellung',
      WAITING_FOR_PICKUP: 'nach Bereitstellung zur Abholung',
    },
    sentence: (s, lo, hi, a) => `Sendungen${s} kommen meist ${lo}–${hi} Tage ${a} an.`,
    late: (d) => `Ihre Sendung ist verspätet: vergleichbare Sendungen waren bis ${d} angekommen.`,
  },
};

function phrases(locale: string): Phrases {
  return PHRASES[locale] ?? PHRASES.en!;
}

/**
 * Intl formatters per locale: building one costs far more than formatting with it (it was the
 * largest share of a lookup's own CPU time). Locales are client-chosen tags, so the memo is
 * bounded and simply starts over when full.
 */
const MAX_LOCALES = 64;
const regionNames = new Map<string, Intl.DisplayNames | null>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function memo<T>(map: Map<string, T>, locale: string, make: () => T): T {
  let value = map.get(locale);
  if (value === undefined) {
    if (map.size >= MAX_LOCALES) map.clear();
    value = make();
    map.set(locale, value);
  }
  return value;
}

function countryName(code: string, locale: string): string {
  const names = memo(regionNames, locale, () => {
    try {
      return new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      return null;
    }
  });
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * "Parcels on this route usually arrive 3–7 days after reaching the destination country."
 * Whole days, rounded outwards so the words never promise a narrower window than the numbers.
 */
export function outlookSentence(input: OutlookInput, locale: string): string {
  const p = phrases(locale);
  const lo = Math.floor((input.earliest.getTime() - input.since.getTime()) / DAY_MS);
  const hi = Math.max(lo + 1, Math.ceil((input.latest.getTime() - input.since.getTime()) / DAY_MS));
  const country = input.destinationCountry ? countryName(input.destinationCountry, locale) : '';
  return p.sentence(p.scope[input.basis](country), lo, hi, p.after[input.fromStatus]);
}

/** Put first in the next steps when a shipment is past the latest estimate. */
export function lateNotice(latest: Date, locale: string): string {
  const p = phrases(locale);
  const tag = PHRASES[locale] ? locale : 'en';
  const date = memo(
    dateFormats,
    tag,
    () => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }),
  ).format(latest);
  return p.late(date);
}
