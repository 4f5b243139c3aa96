import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

/**
 * Round 36 review (second pass) of the oldest (rounds 1-17) tr, nl and ca phrases: true events that carry a broad
 * phrase's words in another sense. Turkish: "dağıtıldı" is also goods distributed to branches or couriers; "imzalandı"
 * also a damage report signed; "kapıya bırakıldı" / "komşu* ~ bırakıldı" also a notice left at the door or with a
 * neighbour; "teslim edilen" also what the sender handed over; "alıcıya teslim" also "for delivery to the recipient";
 * "başarıyla teslim*" also a successful collection from the sender; "memuruna teslim*" and "yetkilisine teslim*" also a customs
 * officer or a delivery clerk. Stems read in the future: "dağıtıma çık*" and "dağıtıma çıkarıl*" read "dağıtıma çıkacak/çıkarılacak"
 * (will go out) as out for delivery, "adresinizde olacak" read a forecast in days. "gecikme*" read "gecikmeden"
 * (without delay); "taşındı" (the recipient moved) read a parcel carried to a hub; "teslimatta" read cash or a
 * signature "on delivery". Place words in the dative read a destination as an arrival ("teslim edilecek şube",
 * "teslimat merkezine gönderildi", "varış havalimanına doğru", "yakın şubeye yönlendirildi"). "teslimat tarihi" is
 * also the date of a delivery; "yanlış adres*" a wrong address already corrected; "firmasına teslim*", "şirketine teslim*" and
 * "ortağ* ~ teslim edildi" also the recipient's own company and a partner delivering to the recipient; "iade kodu" a
 * return code offered after a delivery. Dutch: "afgehaald van" also the collection at the sender's address;
 * "verwacht*" also "eerder/later dan verwacht bezorgd"; "komt vandaag" also "komt vandaag niet"; "verkeerd adres"
 * also an address corrected before a delivery; "succesvol afgerond" also a delivery, not only customs; "indien" also
 * the boilerplate after a delivery. Catalan: "tornat/tornada" also "ha tornat a + infinitive" (again); "recollit a ~
 * oficina" also the sender's office;
 * "repartidor" also the courier collecting from the sender; a cash-on-delivery amount sent back is not a return.
 * Also Turkish "gelmesi bekleniyor" after a branch (a forecast arrival, now `futureArrival`; "ulaşması bekleniyor" is left
 * reading an arrival, since listing it moved the typo reading of "Kurye ulaşamadı"),
 * "kuryeye teslim*", "kuryeye zimmet*" and "adresine yönlendiril*" read in the future ("edilecek", "zimmetlenecek",
 * "yönlendirilecek"). Not fixed (engine or beyond a narrowing): Catalan "acaba de ser lliurat" still abstains (the
 * `ser lliurat` veto written as `re:` changed the trailing-place robustness budget); "Kargolar ..." reads WAITING_FOR_PICKUP by FUZZY whatever follows;
 * "hasarsız", "dağıtımdan", "incidències" and "intentar" are typo-corrected into status words ("hasarlı",
 * "dağıtıma", "incidència", "intentat"); an arrival word before a Turkish postposition ("şubeye doğru") cannot be
 * a `towards` phrase; "Eğer sorunuz varsa", "Indien u vragen heeft" and "Zodra ..." after a return or delivery
 * still veto it (UNKNOWN).
 */
describe('review 36 (tr): Turkish stems, places and vetoes in their other senses', () => {
  readsEach([
    ['Gönderi aktarma merkezine taşındı', 'IN_TRANSIT'],
    ['Kargo transfer merkezine taşındı', 'IN_TRANSIT'],
    ['Gecikmeden dağıtıma çıkarıldı', 'OUT_FOR_DELIVERY'],
    ['Hasar tespit tutanağı imzalandı', 'EXCEPTION'],
    ['Bilgi notu kapıya bırakıldı', 'WAITING_FOR_PICKUP'],
    ['Komşunuza haber bırakıldı', 'WAITING_FOR_PICKUP'],
    ['Gönderici tarafından teslim edilen kargo transfer merkezine ulaştı', 'IN_TRANSIT'],
    ['Alıcının kendisine teslim edilmek üzere dağıtıma çıkarıldı', 'OUT_FOR_DELIVERY'],
    ['Alıcıya teslim edilmek üzere kuryeye verildi', 'OUT_FOR_DELIVERY'],
    ['Alıcıya teslim için dağıtıma çıkarıldı', 'OUT_FOR_DELIVERY'],
    ['Gönderiniz göndericiden başarıyla teslim alındı', 'IN_TRANSIT'],
    ['Kargonuz başarıyla teslim alındı', 'IN_TRANSIT'],
    ['Gümrük yetkilisine teslim edildi', 'HELD_BY_CUSTOMS'],
    ['Gümrük memuruna teslim edildi', 'HELD_BY_CUSTOMS'],
    ['Teslim edilecek şube: Kadıköy', 'UNKNOWN'],
    ['Kargonuz teslim edilecek şubeye doğru yola çıktı', 'IN_TRANSIT'],
    ['Adresinize en yakın şubeye gönderilmek üzere yola çıktı', 'IN_TRANSIT'],
    ['Varış havalimanına doğru yola çıktı', 'IN_TRANSIT'],
    ['Teslimat merkezine gönderildi', 'IN_TRANSIT'],
    ['Teslimat tarihi: 12.03.2024. Teslim edildi', 'DELIVERED'],
    ['Teslim edildi. Teslimat tarihi: 12.03.2024', 'DELIVERED'],
    ['Yanlış adres düzeltildi, alıcıya teslim edildi', 'DELIVERED'],
    ['Alıcının şirketine teslim edildi', 'DELIVERED'],
    ['Alıcı firmasına teslim edildi', 'DELIVERED'],
    ['Çözüm ortağımız tarafından alıcıya teslim edildi', 'DELIVERED'],
    ['Anlaşmalı firmamız tarafından alıcıya teslim edildi', 'DELIVERED'],
    ['Kargonuz yarın dağıtıma çıkacaktır', 'UNKNOWN'],
    ['Kargonuz yarın dağıtıma çıkarılacak', 'UNKNOWN'],
    ['Dağıtımda sorun yaşandı', 'EXCEPTION'],
    ['Dağıtım sürecinde hasar gördü', 'EXCEPTION'],
    ['Teslimatta imza gerekmektedir', 'UNKNOWN'],
    ['İade kodu oluşturuldu', 'UNKNOWN'],
    ['Alıcı tarafından teslim alındı', 'DELIVERED'],
    ['Şubeden alıcı tarafından teslim alındı', 'DELIVERED'],
    ['Sorun giderildi, kargo yola çıktı', 'IN_TRANSIT'],
    ['Kayıp olarak bildirilen gönderi bulundu, transfer merkezinde', 'IN_TRANSIT'],
    ['Gönderi alıcıya bizzat teslim edilmek üzere şubede bekletilmektedir', 'WAITING_FOR_PICKUP'],
    ['Alıcıya imza karşılığı teslim edilecektir', 'UNKNOWN'],
    ['Site yönetimine teslim edildi', 'DELIVERED'],
    ['Kargo dağıtıcıya teslim edilecek', 'UNKNOWN'],
    ['Alıcı adresinden kurye teslim aldı, iade sürecinde', 'RETURNED_TO_SENDER'],
    ['Yakın şubeye yönlendirildi', 'IN_TRANSIT'],
    ['Taşındı', 'EXCEPTION'],
    ['Gönderi hasarlı', 'EXCEPTION'],
    ['Alıcı adresten taşındı', 'EXCEPTION'],
    ['Gönderi şubelere dağıtıldı', 'IN_TRANSIT'],
    ['Kargo firmasına teslim edildi', 'IN_TRANSIT'],
    ['Kargo şirketine teslim edildi', 'IN_TRANSIT'],
    ['Yurtiçi Kargo firmasına teslim edildi', 'IN_TRANSIT'],
    ['Gönderi dağıtım transfer merkezine ulaştı', 'ARRIVED_AT_DESTINATION'],
    ['Kargo teslim edilecek şubeye ulaştı', 'ARRIVED_AT_DESTINATION'],
    ['Varış havalimanına indi', 'ARRIVED_AT_DESTINATION'],
    ['Kargo dağıtıcıya teslim edildi', 'OUT_FOR_DELIVERY'],
    ['Kargonuz dağıtıma çıkmıştır', 'OUT_FOR_DELIVERY'],
    ['Gönderiniz dağıtıma çıkarılmıştır', 'OUT_FOR_DELIVERY'],
    ['Transfer merkezi teslim aldı', 'IN_TRANSIT'],
    ['Çıkış biriminde sevk bekliyor', 'IN_TRANSIT'],
    ['Çıkış şubesinde transfer bekliyor', 'IN_TRANSIT'],
    ['Gönderi çıkış şubesinde aracı bekliyor', 'IN_TRANSIT'],
    ['Alıcı şubesine gelmesi bekleniyor', 'IN_TRANSIT'],
    ['Kargonuz alıcı adresine yönlendirilecek', 'IN_TRANSIT'],
    ['Kargonuz teslimat adresine yönlendirilecektir', 'IN_TRANSIT'],
    ['Kargonuz alıcı adresine yönlendirildi', 'OUT_FOR_DELIVERY'],
    ['Varış şubesine ulaşacak', 'IN_TRANSIT'],
    ['Gönderi kuryeye zimmetlenecek', 'UNKNOWN'],
    ['Kargonuz yarın kuryeye teslim edilecek', 'IN_TRANSIT'],
    ['Aksi takdirde gönderi iade edilecektir', 'UNKNOWN'],
    ['Teslim noktasında alıcıya teslim edildi', 'DELIVERED'],
    ['Kargomat dolu olduğu için adrese teslim edildi', 'DELIVERED'],
    ['Alıcı tatilde, komşusuna teslim edildi', 'DELIVERED'],
    ['Alıcı evde yoktu, kapıcıya teslim edildi', 'DELIVERED'],
    ['Adreste bulunamadı, yan daireye teslim edildi', 'DELIVERED'],
  ]);
});

describe('review 36 (nl): Dutch collection, forecast, condition and customs words in their other senses', () => {
  readsEach([
    ['Pakket afgehaald bij de afzender', 'IN_TRANSIT'],
    ['Zending afgehaald bij de verzender', 'IN_TRANSIT'],
    ['Afgehaald van het verzendadres', 'IN_TRANSIT'],
    ['Afgehaald bij het PostNL-punt', 'DELIVERED'],
    ['Chauffeur komt het pakket ophalen bij de afzender', 'UNKNOWN'],
    ['Eerder dan verwacht bezorgd', 'DELIVERED'],
    ['Later dan verwacht bezorgd bij de buren', 'DELIVERED'],
    ['Je pakket is eerder bezorgd dan verwacht', 'DELIVERED'],
    [
      'Bezorgd bij de buren. Indien u het pakket niet heeft ontvangen, neem contact op',
      'DELIVERED',
    ],
    ['Je pakket is vandaag bezorgd', 'DELIVERED'],
    ['Je pakket komt vandaag niet', 'UNKNOWN'],
    ['Pakket past niet in de bezorgauto', 'EXCEPTION'],
    ['Verkeerd adres gecorrigeerd. Bezorgd', 'DELIVERED'],
    ['Probleem opgelost, zending weer onderweg', 'IN_TRANSIT'],
    ['Pakket gestolen, aangifte gedaan bij de politie', 'EXCEPTION'],
    ['Onderweg naar het bezorgdepot', 'IN_TRANSIT'],
    ['Zending vertrokken naar bezorgcentrum Utrecht', 'IN_TRANSIT'],
    ['Bezorgd in de brievenbus. Geen handtekening nodig', 'DELIVERED'],
    ['Poging tot ophalen bij de afzender mislukt', 'EXCEPTION'],
    ['Bezorgd bij de receptie, niet persoonlijk aan de ontvanger', 'DELIVERED'],
    ['Pakket is overgedragen en geleverd aan DHL', 'IN_TRANSIT'],
    ['Gemarkeerd als bezorgd', 'DELIVERED'],
    ['Pakket is bezorgd als brievenbuspakje', 'DELIVERED'],
  ]);
});

describe('review 36 (ca): Catalan return, collection and courier words in their other senses', () => {
  readsEach([
    ["Recollit pel repartidor a l'adreça del remitent", 'IN_TRANSIT'],
    ["L'enviament ha tornat a sortir del centre de classificació", 'IN_TRANSIT'],
    ['Tornat al remitent', 'RETURNED_TO_SENDER'],
    ['Enviament tornat a origen', 'RETURNED_TO_SENDER'],
    ['El paquet pot ser lliurat demà', 'UNKNOWN'],
    ['Lliurat. Import del reemborsament retornat al remitent', 'UNKNOWN'],
    ['Destinatari absent. Lliurat al veí', 'DELIVERED'],
    ['Lliurat sense signatura', 'DELIVERED'],
    ['Enviament tornat', 'RETURNED_TO_SENDER'],
    ['Tornada al remitent', 'RETURNED_TO_SENDER'],
    ["Paquets tornats a l'origen", 'RETURNED_TO_SENDER'],
    ["Recollit a l'oficina de Correus", 'DELIVERED'],
    ['Recollit al punt de recollida', 'DELIVERED'],
    ['Lliurat al repartidor', 'OUT_FOR_DELIVERY'],
    ['En mans del repartidor', 'OUT_FOR_DELIVERY'],
    ['El paquet no pot ser lliurat', 'EXCEPTION'],
  ]);
});

describe('review 36: a misread delivery or arrival now abstains or reads another status', () => {
  neverDeliveredEach([
    ['Kargolar şubelere dağıtıldı'],
    ['Gönderiler kuryelere dağıtıldı'],
    ['Dağıtım memuruna teslim edildi'],
    ['Kargonun şubeye gelmesi bekleniyor'],
    ["Recollit a l'oficina del remitent"],
    ['Teslim edildi. İade etmek isterseniz iade kodunuz: ABC'],
  ]);
});
