/**
 * The sentences an explanation adds around a status's own text, per content language: the
 * notice that a shipment has gone quiet, and the delivery estimate in words. Placeholders in
 * braces are filled by `fillPhrase`; each language orders them as its grammar needs. A locale
 * missing here is answered in English, as the rest of its text is.
 */
import type { EstimateBasis, EstimateFromStatus } from './delivery-histogram.js';

export interface ExplanationPhrases {
  /** `{days}`: days since the last event. */
  readonly staleNotice: string;
  /** Where the parcels counted went, per basis; `{country}` is the destination's name. */
  readonly scope: Readonly<Record<EstimateBasis, string>>;
  /** The moment the days count from, with its preposition. */
  readonly after: Readonly<Record<EstimateFromStatus, string>>;
  /** `{scope}`, `{lo}`, `{hi}`, `{after}`. */
  readonly sentence: string;
  /** `{latest}`: the date similar parcels had arrived by. */
  readonly late: string;
}

export const EXPLANATION_PHRASES: Readonly<Record<string, ExplanationPhrases>> = {
  en: {
    staleNotice: 'There has been no update for {days} days, longer than usual for this status.',
    scope: {
      LANE: ' on this route',
      CARRIER_DESTINATION: ' with this carrier to {country}',
      DESTINATION: ' to {country}',
      STATUS: '',
    },
    after: {
      INFO_RECEIVED: 'after the carrier receives the shipment details',
      IN_TRANSIT: 'after their first transit scan',
      ARRIVED_AT_DESTINATION: 'after reaching the destination country',
      HELD_BY_CUSTOMS: 'after being held by customs',
      OUT_FOR_DELIVERY: 'after going out for delivery',
      WAITING_FOR_PICKUP: 'after becoming ready for pickup',
    },
    sentence: 'Parcels{scope} usually arrive {lo}–{hi} days {after}.',
    late: 'Your parcel is later than expected: similar parcels had arrived by {latest}.',
  },
  es: {
    staleNotice: 'No hay novedades desde hace {days} días, más de lo habitual para este estado.',
    scope: {
      LANE: ' en esta ruta',
      CARRIER_DESTINATION: ' con este transportista con destino a {country}',
      DESTINATION: ' con destino a {country}',
      STATUS: '',
    },
    after: {
      INFO_RECEIVED: 'después de que el transportista reciba los datos del envío',
      IN_TRANSIT: 'después del primer escaneo en tránsito',
      ARRIVED_AT_DESTINATION: 'después de llegar al país de destino',
      HELD_BY_CUSTOMS: 'después de quedar retenidos en aduana',
      OUT_FOR_DELIVERY: 'después de salir a reparto',
      WAITING_FOR_PICKUP: 'después de quedar disponibles para recoger',
    },
    sentence: 'Los paquetes{scope} suelen llegar entre {lo} y {hi} días {after}.',
    late: 'Su paquete va con retraso: los paquetes similares habían llegado antes del {latest}.',
  },
  pt: {
    staleNotice: 'Não há atualizações há {days} dias, mais do que o normal para este status.',
    scope: {
      LANE: ' nesta rota',
      CARRIER_DESTINATION: ' com esta transportadora com destino a {country}',
      DESTINATION: ' com destino a {country}',
      STATUS: '',
    },
    after: {
      INFO_RECEIVED: 'depois de a transportadora receber os dados do envio',
      IN_TRANSIT: 'depois do primeiro registro em trânsito',
      ARRIVED_AT_DESTINATION: 'depois de chegar ao país de destino',
      HELD_BY_CUSTOMS: 'depois de ficarem retidas na alfândega',
      OUT_FOR_DELIVERY: 'depois de saírem para entrega',
      WAITING_FOR_PICKUP: 'depois de ficarem disponíveis para retirada',
    },
    sentence: 'As encomendas{scope} costumam chegar entre {lo} e {hi} dias {after}.',
    late: 'Sua encomenda está atrasada: encomendas semelhantes chegaram até {latest}.',
  },
  fr: {
    staleNotice:
      "Aucune mise à jour depuis {days} jours, plus longtemps que d'habitude pour ce statut.",
    scope: {
      LANE: ' sur cet itinéraire',
      CARRIER_DESTINATION: ' avec ce transporteur (destination : {country})',
      DESTINATION: ' (destination : {country})',
      STATUS: '',
    },
    after: {
      INFO_RECEIVED: "après la réception des informations d'envoi par le transporteur",
      IN_TRANSIT: 'après le premier scan en transit',
      ARRIVED_AT_DESTINATION: "après l'arrivée dans le pays de destination",
      HELD_BY_CUSTOMS: 'après leur retenue en douane',
      OUT_FOR_DELIVERY: 'après leur mise en livraison',
      WAITING_FOR_PICKUP: 'après leur mise à disposition pour retrait',
    },
    sentence: 'Les colis{scope} arrivent généralement {lo} à {hi} jours {after}.',
    late: 'Votre colis est en retard : les colis similaires étaient arrivés avant le {latest}.',
  },
  de: {
    staleNotice:
      'Seit {days} Tagen gibt es keine Aktualisierung, länger als für diesen Status üblich.',
    scope: {
      LANE: ' auf dieser Strecke',
      CARRIER_DESTINATION: ' mit diesem Zusteller (Ziel: {country})',
      DESTINATION: ' (Ziel: {country})',
      STATUS: '',
    },
    after: {
      INFO_RECEIVED: 'nach Eingang der Sendungsdaten beim Zusteller',
      IN_TRANSIT: 'nach dem ersten Transit-Scan',
      ARRIVED_AT_DESTINATION: 'nach Ankunft im Zielland',
      HELD_BY_CUSTOMS: 'nach dem Zurückhalten durch den Zoll',
      OUT_FOR_DELIVERY: 'nach Beginn der Zustellung',
      WAITING_FOR_PICKUP: 'nach Bereitstellung zur Abholung',
    },
    sentence: 'Sendungen{scope} kommen meist {lo}–{hi} Tage {after} an.',
    late: 'Ihre Sendung ist verspätet: vergleichbare Sendungen waren bis {latest} angekommen.',
  },
  it: {
    staleNotice: 'Nessun aggiornamento da {days} giorni, più a lungo del solito per questo stato.',
    scope: {
      LANE: ' su questa tratta',
      CARRIER_DESTINATION: ' affidati a questo corriere con destinazione {country}',
      DESTINATION: ' con destinazione {country}',
      STATUS: '',
    },
    after: {
      INFO_RECEIVED: 'dopo che il corriere ha ricevuto i dati della spedizione',
      IN_TRANSIT: 'dopo la prima scansione in transito',
      ARRIVED_AT_DESTINATION: "dopo l'arrivo nel paese di destinazione",
      HELD_BY_CUSTOMS: 'dopo essere stati trattenuti in dogana',
      OUT_FOR_DELIVERY: 'dopo essere usciti per la consegna',
      WAITING_FOR_PICKUP: 'dopo essere diventati disponibili per il ritiro',
    },
    sentence: 'Di solito i pacchi{scope} vengono consegnati {lo}–{hi} giorni {after}.',
    late: 'Il tuo pacco è in ritardo: pacchi simili erano arrivati entro il {latest}.',
  },
  nl: {
    staleNotice: 'Al {days} dagen geen update, langer dan gebruikelijk voor deze status.',
    scope: {
      LANE: ' op deze route',
      CARRIER_DESTINATION: ' via deze vervoerder met bestemming {country}',
      DESTINATION: ' met bestemming {country}',
      STATUS: '',
    },
    after: {
      INFO_RECEIVED: 'na ontvangst van de verzendgegevens door de vervoerder',
      IN_TRANSIT: 'na de eerste transitscan',
      ARRIVED_AT_DESTINATION: 'na aankomst in het land van bestemming',
      HELD_BY_CUSTOMS: 'na het vasthouden door de douane',
      OUT_FOR_DELIVERY: 'na overdracht aan de bezorger',
      WAITING_FOR_PICKUP: 'na aankomst bij het afhaalpunt',
    },
    sentence: 'Pakketten{scope} komen meestal {lo}–{hi} dagen {after} aan.',
    late: 'Je pakket is later dan verwacht: vergelijkbare pakketten waren uiterlijk {latest} aangekomen.',
  },
  ru: {
    staleNotice: 'Обновлений нет уже {days} дн. — дольше обычного для этого статуса.',
    scope: {
      LANE: ' по этому маршруту',
      CARRIER_DESTINATION: ' этого перевозчика (страна назначения: {country})',
      DESTINATION: ' (страна назначения: {country})',
      STATUS: '',
    },
    after: {
      INFO_RECEIVED: 'после получения перевозчиком данных об отправлении',
      IN_TRANSIT: 'после первого сканирования в пути',
      ARRIVED_AT_DESTINATION: 'после прибытия в страну назначения',
      HELD_BY_CUSTOMS: 'после задержания на таможне',
      OUT_FOR_DELIVERY: 'после передачи курьеру',
      WAITING_FOR_PICKUP: 'после поступления в пункт выдачи',
    },
    sentence: 'Посылки{scope} обычно приходят через {lo}–{hi} дн. {after}.',
    late: 'Ваша посылка задерживается: похожие посылки к {latest} уже были доставлены.',
  },
  zh: {
    staleNotice: '物流信息已有{days}天没有更新，超出了该状态的通常时长。',
    scope: {
      LANE: '这条线路上的',
      CARRIER_DESTINATION: '经该承运商寄往{country}的',
      DESTINATION: '寄往{country}的',
      STATUS: '',
    },
    after: {
      INFO_RECEIVED: '承运商收到发货信息后',
      IN_TRANSIT: '首次运输扫描后',
      ARRIVED_AT_DESTINATION: '到达目的国后',
      HELD_BY_CUSTOMS: '被海关扣留后',
      OUT_FOR_DELIVERY: '开始派送后',
      WAITING_FOR_PICKUP: '进入待取件状态后',
    },
    sentence: '{scope}包裹通常在{after}{lo}至{hi}天内送达。',
    late: '您的包裹比预期来得晚：类似的包裹最晚在{latest}就已送达。',
  },
  ja: {
    staleNotice: '{days}日間更新がありません。このステータスとしては通常より長くなっています。',
    scope: {
      LANE: 'このルートの',
      CARRIER_DESTINATION: 'この配送業者による{country}宛ての',
      DESTINATION: '{country}宛ての',
      STATUS: '',
    },
    after: {
      INFO_RECEIVED: '配送業者が発送情報を受け取ってから',
      IN_TRANSIT: '最初の輸送スキャンから',
      ARRIVED_AT_DESTINATION: '目的国に到着してから',
      HELD_BY_CUSTOMS: '税関で保留されてから',
      OUT_FOR_DELIVERY: '配達に出てから',
      WAITING_FOR_PICKUP: '受け取り可能になってから',
    },
    sentence: '{scope}荷物は通常、{after}{lo}～{hi}日で届きます。',
    late: '荷物の到着が予定より遅れています。同様の荷物は{latest}までに届いていました。',
  },
  ko: {
    staleNotice: '{days}일째 업데이트가 없습니다. 이 상태에서 보통 걸리는 기간보다 깁니다.',
    scope: {
      LANE: '이 경로의 ',
      CARRIER_DESTINATION: '이 운송사를 이용한 {country}행 ',
      DESTINATION: '{country}행 ',
      STATUS: '',
    },
    after: {
      INFO_RECEIVED: '운송사가 배송 정보를 받은 후',
      IN_TRANSIT: '첫 운송 스캔 후',
      ARRIVED_AT_DESTINATION: '목적 국가에 도착한 후',
      HELD_BY_CUSTOMS: '세관에 보류된 후',
      OUT_FOR_DELIVERY: '배송 출발 후',
      WAITING_FOR_PICKUP: '수령 가능 상태가 된 후',
    },
    sentence: '{scope}택배는 보통 {after} {lo}~{hi}일 이내에 배송이 완료됩니다.',
    late: '택배가 예상보다 늦어지고 있습니다. 비슷한 택배는 {latest}까지 도착했습니다.',
  },
  pl: {
    staleNotice:
      'Od {days} dni nie ma żadnej aktualizacji – to dłużej niż zwykle przy tym statusie.',
    scope: {
      LANE: ' na tej trasie',
      CARRIER_DESTINATION: ' tego przewoźnika (kraj przeznaczenia: {country})',
      DESTINATION: ' (kraj przeznaczenia: {country})',
      STATUS: '',
    },
    after: {
      INFO_RECEIVED: 'po otrzymaniu przez przewoźnika danych przesyłki',
      IN_TRANSIT: 'po pierwszym zeskanowaniu w tranzycie',
      ARRIVED_AT_DESTINATION: 'po dotarciu do kraju przeznaczenia',
      HELD_BY_CUSTOMS: 'po zatrzymaniu przez urząd celny',
      OUT_FOR_DELIVERY: 'po wydaniu do doręczenia',
      WAITING_FOR_PICKUP: 'po przygotowaniu do odbioru',
    },
    sentence: 'Przesyłki{scope} docierają zwykle {lo}–{hi} dni {after}.',
    late: 'Twoja przesyłka jest opóźniona: podobne przesyłki docierały najpóźniej do {latest}.',
  },
  tr: {
    staleNotice: '{days} gündür güncelleme yok; bu takip durumu için olağandan uzun bir süre.',
    scope: {
      LANE: ' bu güzergâhta',
      CARRIER_DESTINATION: ' bu kargo firmasıyla (varış ülkesi: {country})',
      DESTINATION: ' (varış ülkesi: {country})',
      STATUS: '',
    },
    after: {
      INFO_RECEIVED: 'kargo firması gönderi bilgilerini aldıktan',
      IN_TRANSIT: 'ilk transit okutmasından',
      ARRIVED_AT_DESTINATION: 'varış ülkesine ulaştıktan',
      HELD_BY_CUSTOMS: 'gümrükte bekletildikten',
      OUT_FOR_DELIVERY: 'dağıtıma çıktıktan',
      WAITING_FOR_PICKUP: 'teslim alınmaya hazır hâle geldikten',
    },
    sentence: 'Gönderiler{scope} genellikle {after} {lo}–{hi} gün sonra teslim edilir.',
    late: 'Gönderiniz gecikti: benzer gönderiler {latest} tarihine kadar ulaşmıştı.',
  },
  uk: {
    staleNotice:
      'Протягом {days} днів не було жодного оновлення — це довше, ніж зазвичай для цього статусу.',
    scope: {
      LANE: ' на цьому маршруті',
      CARRIER_DESTINATION: ' цього перевізника (країна призначення: {country})',
      DESTINATION: ' (країна призначення: {country})',
      STATUS: '',
    },
    after: {
      INFO_RECEIVED: 'після того, як перевізник отримає дані відправлення',
      IN_TRANSIT: 'після першого сканування в дорозі',
      ARRIVED_AT_DESTINATION: 'після прибуття до країни призначення',
      HELD_BY_CUSTOMS: 'після затримання митницею',
      OUT_FOR_DELIVERY: "після передачі кур'єру",
      WAITING_FOR_PICKUP: 'після надходження до пункту видачі',
    },
    sentence: 'Посилки{scope} зазвичай надходять протягом {lo}–{hi} днів {after}.',
    late: 'Ваша посилка затримується: подібні посилки надходили до {latest}, а вашої досі немає.',
  },
  cs: {
    staleNotice:
      'Během posledních {days} dní nepřišla žádná aktualizace, což je u tohoto stavu déle než obvykle.',
    scope: {
      LANE: ' na této trase',
      CARRIER_DESTINATION: ' tohoto přepravce (cílová země: {country})',
      DESTINATION: ' (cílová země: {country})',
      STATUS: '',
    },
    after: {
      INFO_RECEIVED: 'od převzetí údajů o zásilce přepravcem',
      IN_TRANSIT: 'od prvního naskenování na cestě',
      ARRIVED_AT_DESTINATION: 'od příjezdu do cílové země',
      HELD_BY_CUSTOMS: 'od zadržení celním úřadem',
      OUT_FOR_DELIVERY: 'od předání k doručení',
      WAITING_FOR_PICKUP: 'od uložení k vyzvednutí',
    },
    sentence: 'Zásilky{scope} obvykle dorazí do {lo}–{hi} dní {after}.',
    late: 'Vaše zásilka má zpoždění: podobné zásilky byly doručeny do {latest}.',
  },
};

export function explanationPhrases(locale: string): ExplanationPhrases {
  return EXPLANATION_PHRASES[locale] ?? EXPLANATION_PHRASES.en!;
}

/** Fills `{name}` placeholders; a name without a value is left as written, to be noticed. */
export function fillPhrase(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
