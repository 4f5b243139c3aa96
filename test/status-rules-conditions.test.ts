import { describe } from 'vitest';
import { readsEach } from './support/normalizer.js';

// Hand-written probes (not corpus rows): what a message says would happen if something else did
// reports no event (RuleFile.conditions). A service sentence under a condition ("If your parcel
// could not be delivered, contact us") reads nothing, and beside an event it leaves the event's
// reading alone ("Out for delivery. If you are not at home, …"); a condition on a question
// ("If you have questions") leaves the failure before it standing.

describe('conditional clauses report no event', () => {
  readsEach([
    ['If your parcel could not be delivered, please contact us', 'UNKNOWN'],
    ['In case of a delivery problem, please call customer service', 'UNKNOWN'],
    [
      'Out for delivery. If you are not at home, the courier will try again tomorrow',
      'OUT_FOR_DELIVERY',
    ],
    ['In transit. If the parcel is damaged, please refuse it', 'IN_TRANSIT'],
    [
      'Arrived at the delivery depot. In case of problems with the address, contact the sender',
      'ARRIVED_AT_DESTINATION',
    ],
    ['Falls die Zustellung fehlschlägt, kontaktieren Sie bitte den Kundenservice', 'UNKNOWN'],
    [
      'Die Sendung ist in Zustellung. Falls Sie nicht angetroffen werden, versucht der Zusteller es morgen erneut',
      'OUT_FOR_DELIVERY',
    ],
    ['Wenn die Sendung beschädigt ist, verweigern Sie bitte die Annahme', 'UNKNOWN'],
    ["Si votre colis n'a pas pu être livré, contactez-nous", 'UNKNOWN'],
    [
      'Votre colis est en cours de livraison. En cas de problème, contactez le service client',
      'OUT_FOR_DELIVERY',
    ],
    ['Si el envío no pudo ser entregado, póngase en contacto con nosotros', 'UNKNOWN'],
    ['En caso de incidencia, contacte con atención al cliente', 'UNKNOWN'],
    ['Se la spedizione non è stata consegnata, contatta il servizio clienti', 'UNKNOWN'],
    ['In caso di problemi con la consegna, contatta il corriere', 'UNKNOWN'],
    ['Caso a entrega não seja possível, entre em contato conosco', 'UNKNOWN'],
    ['Als de bezorging niet lukt, neem dan contact op met de klantenservice', 'UNKNOWN'],
    ['Jeśli przesyłka nie została doręczona, skontaktuj się z nami', 'UNKNOWN'],
    ['W przypadku problemów z doręczeniem skontaktuj się z kurierem', 'UNKNOWN'],
    ['Pokud zásilka nebyla doručena, kontaktujte nás', 'UNKNOWN'],
    ['Если посылка не была доставлена, свяжитесь с нами', 'UNKNOWN'],
    ['В случае проблем с доставкой обратитесь в службу поддержки', 'UNKNOWN'],
    ["Якщо посилку не було доставлено, зв'яжіться з нами", 'UNKNOWN'],
    ['Eğer kargonuz teslim edilemediyse bizimle iletişime geçin', 'UNKNOWN'],
    ['如果包裹未能派送，请联系客服', 'UNKNOWN'],
    ['如遇派送异常，请联系快递员', 'UNKNOWN'],
    ['派送中，如有疑问请联系快递员', 'OUT_FOR_DELIVERY'],
    ['配達できなかった場合は、お問い合わせください', 'UNKNOWN'],
    ['배송이 실패한 경우 고객센터로 문의해 주세요', 'UNKNOWN'],
    ['Nếu không giao được hàng, vui lòng liên hệ với chúng tôi', 'UNKNOWN'],
    ['Jika paket tidak dapat dikirim, silakan hubungi kami', 'UNKNOWN'],
    ['إذا لم يتم تسليم الشحنة، يرجى التواصل معنا', 'UNKNOWN'],
    ['Om paketet inte kunde levereras, kontakta oss', 'UNKNOWN'],
    ['Hvis pakken ikke kunne leveres, kontakt os', 'UNKNOWN'],
    ['Jos lähetystä ei voitu toimittaa, ota yhteyttä asiakaspalveluun', 'UNKNOWN'],
    ['Ha a csomagot nem sikerült kézbesíteni, vegye fel velünk a kapcsolatot', 'UNKNOWN'],
    ['Dacă coletul nu a putut fi livrat, vă rugăm să ne contactați', 'UNKNOWN'],
    ['Αν το δέμα δεν παραδόθηκε, επικοινωνήστε μαζί μας', 'UNKNOWN'],
    ['Delivery failed. If you have questions, contact us', 'EXCEPTION'],
    ['Zustellung nicht möglich. Falls Sie Fragen haben, kontaktieren Sie uns', 'EXCEPTION'],
  ]);
});
