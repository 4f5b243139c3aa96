import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

/**
 * Round 36 review of the oldest phrases (rounds 1-17) for pl, cs, sk, second pass: the single
 * words, `~` gaps, stems and veto kinds round 35 did not reach, each tried with true events that
 * use its words in another sense.
 * - A notice, SMS or message received or handed over is not the parcel: Polish 'odebrał*' read
 *   'Adresat odebrał awizo' and 'Odbiorca odebrał powiadomienie SMS', 'przekazana odbiorcy' read
 *   'Wiadomość SMS przekazana odbiorcy'; Czech 'předán* adresátovi' / 'převzal* příjemce' read 'Výzva
 *   předána adresátovi', 'SMS zpráva předána adresátovi', 'Příjemce převzal oznámení o uložení
 *   zásilky', and 'doručení zásilky' read 'Příjemci bylo zasláno oznámení o doručení zásilky';
 *   Slovak 'odovzdan* adresátovi' / 'prevzal* adresát' / 'doručenie zásielky' the same (all wrong
 *   DELIVERED). Notice words now make it a notice delivered (WAITING_FOR_PICKUP), message words a
 *   non-delivery.
 * - A depot, driver or carrier that collected or received it is not the recipient: 'Kierowca
 *   odebrał przesyłkę z magazynu', 'Oddział odebrał przesyłkę od przewoźnika', 'Odebrano przesyłkę z
 *   lotniska', 'Kurýr doručil zásilku do depa', 'Zásilka dodána do třídicího centra', 'Zásilka
 *   vyzvednuta přepravcem', 'Zásilka převzata na pobočce od odesílatele', 'Zásielka vyzdvihnutá
 *   prepravcom / od odosielateľa', 'Zásielka prevzatá na pobočke od odosielateľa' (wrong DELIVERED).
 * - A delivery day is not a delivery: 'doręczenie' alone read 'Doręczenie w sobotę między 9 a 14'
 *   and 'Przyjęto dyspozycję odbiorcy: doręczenie w sobotę' as DELIVERED.
 * - Money returned is no parcel returned: 'zwrot*' / 'zwrócon*' read 'Zwrot kosztów przesyłki' and
 *   'Zwrócono należność za pobranie', 'vrácen*' read 'Dobírka vrácena odesílateli', 'vráten*' read
 *   'Dobierka vrátená odosielateľovi' / 'Peniaze vrátené príjemcovi' as RETURNED_TO_SENDER; and the
 *   return receipt of a registered letter ('zwrotne potwierdzenie odbioru odesłane do nadawcy')
 *   beside a delivery now abstains instead of reading a return.
 * - Storage or waiting at customs or a sorting centre is not waiting for collection: 'czeka w',
 *   'magazynowan* w', 'umieszczon* w', 'do odbioru', 'przechowywan* w' (Polish), 'výzva', 'uložen*',
 *   'uskladněn*' (Czech), 'uložen*', 'výzva' (Slovak) read customs holds, a sorting hub or a
 *   container as WAITING_FOR_PICKUP; 'na pobočce' / 'boxe' read a parcel the sender posted at a
 *   branch or Z-BOX the same. Czech and Slovak 'pozdržen*' at customs read EXCEPTION.
 * - Gaps into a later clause: 'kurier ~ w drodze' read 'Kurier odebrał przesyłkę, w drodze do
 *   oddziału' as OUT_FOR_DELIVERY, 'dane/informacje ~ przekazano' read 'Dane adresowe poprawione,
 *   przesyłkę przekazano do doręczenia' as INFO_RECEIVED; both narrowed.
 * - A parcel left in the mailbox while the addressee was out read WAITING_FOR_PICKUP ('nieobecn*'
 *   outranked the mailbox phrase): the mailbox wording now counts as a delivery beside the absence.
 * Not fixed (see the report): a failed attempt then a neighbour ('Dostarczono do sąsiada po nieudanej
 * próbie doręczenia', 'Doručené susedovi po neúspešnom pokuse o doručenie' read EXCEPTION); Polish
 * 'wstrzyman*' at customs reads EXCEPTION (the engine's refusal/negated-delivery reading wins over
 * the customs hold); 'Kurier w drodze po przesyłkę do nadawcy' reads OUT_FOR_DELIVERY; Czech/Slovak
 * 'doručuje' for a partner carrier reads OUT_FOR_DELIVERY; 'Zásilka doručena, dobírka odeslána zpět
 * odesílateli' still reads RETURNED_TO_SENDER; 'Przesyłka dosłana na nowy adres i doręczona
 * adresatowi' reads IN_TRANSIT (the 'dosłan*' veto a training row needs).
 */

describe('a notice or message received or handed over is not the parcel (pl, cs, sk)', () => {
  neverDeliveredEach([
    ['Odbiorca odebrał powiadomienie SMS o przesyłce'],
    ['Adresat odebrał awizo'],
    ['Informacja o przesyłce przekazana odbiorcy'],
    ['Wiadomość SMS przekazana odbiorcy'],
    ['Příjemci bylo zasláno oznámení o doručení zásilky'],
    ['SMS zpráva předána adresátovi'],
    ['SMS správa odovzdaná adresátovi'],
    ['SMS o doručení zásielky odoslaná príjemcovi'],
    ['Informácia o doručenie zásielky odoslaná'],
  ]);
  readsEach([
    ['Adresat odebrał awizo', 'WAITING_FOR_PICKUP'],
    ['Výzva předána adresátovi', 'WAITING_FOR_PICKUP'],
    ['Příjemce převzal oznámení o uložení zásilky', 'WAITING_FOR_PICKUP'],
    ['Adresát převzal výzvu k vyzvednutí', 'WAITING_FOR_PICKUP'],
    ['Výzva odovzdaná adresátovi', 'WAITING_FOR_PICKUP'],
    ['Adresát prevzal výzvu na vyzdvihnutie', 'WAITING_FOR_PICKUP'],
    ['Adresát prevzal oznámenie o uložení zásielky', 'WAITING_FOR_PICKUP'],
    ['Sąsiad odebrał przesyłkę', 'DELIVERED'],
    ['Adresat odebrał przesyłkę', 'DELIVERED'],
    ['Przesyłka przekazana adresatowi', 'DELIVERED'],
    ['Zásilka doručena, oznámení o doručení odesláno', 'DELIVERED'],
    ['Adresát nezastižen, zásilka vložena do schránky', 'DELIVERED'],
    ['Zásielka vložená do schránky', 'DELIVERED'],
    ['Nieobecny adresat, przesyłkę pozostawiono w skrzynce pocztowej', 'DELIVERED'],
    ['Adresat nieobecny, pozostawiono przesyłkę w skrzynce pocztowej', 'DELIVERED'],
    ['Adresat nieobecny, awizo pozostawiono w skrzynce pocztowej', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('a depot, driver or carrier that took it is not the recipient (pl, cs, sk)', () => {
  neverDeliveredEach([
    ['Paczka odebrana przez kierowcę'],
    ['Odebrano przesyłkę z lotniska'],
    ['Zásilka vyzvednuta od odesílatele'],
    ['Zásielka vyzdvihnutá od odosielateľa'],
  ]);
  readsEach([
    ['Kierowca odebrał przesyłkę z magazynu', 'IN_TRANSIT'],
    ['Oddział odebrał przesyłkę od przewoźnika', 'IN_TRANSIT'],
    ['Odebrana z terminala przez przewoźnika', 'IN_TRANSIT'],
    ['Kurýr doručil zásilku do depa', 'IN_TRANSIT'],
    ['Zásilka dodána do třídicího centra', 'IN_TRANSIT'],
    ['Zásilka vyzvednuta přepravcem', 'IN_TRANSIT'],
    ['Zásilka převzata na pobočce od odesílatele', 'IN_TRANSIT'],
    ['Převzato od odesílatele na pobočce', 'IN_TRANSIT'],
    ['Vyzvednuto řidičem u odesílatele', 'IN_TRANSIT'],
    ['Zásielka vyzdvihnutá prepravcom', 'IN_TRANSIT'],
    ['Zásielka vyzdvihnutá vodičom', 'IN_TRANSIT'],
    ['Kuriér doručil zásielku do depa', 'IN_TRANSIT'],
    ['Zásielka dodaná do triediaceho centra', 'IN_TRANSIT'],
    ['Zásielka prevzatá na pobočke od odosielateľa', 'IN_TRANSIT'],
    ['Vyzvednuto v depu', 'DELIVERED'],
    ['Zásielka vyzdvihnutá adresátom na pošte', 'DELIVERED'],
    ['Zásielka vyzdvihnutá', 'DELIVERED'],
  ]);
});

describe('a delivery day is not a delivery (pl)', () => {
  neverDeliveredEach([
    ['Doręczenie w sobotę między 9 a 14'],
    ['Przyjęto dyspozycję odbiorcy: doręczenie w sobotę'],
    ['Doręczenie jutro'],
  ]);
  readsEach([
    ['Doręczenie', 'DELIVERED'],
    ['Doręczenie jutro', 'IN_TRANSIT'],
  ]);
});

describe('money returned is no parcel returned (pl, cs, sk)', () => {
  readsEach([
    ['Zwrot kosztów przesyłki', 'UNKNOWN'],
    ['Zwrócono należność za pobranie', 'UNKNOWN'],
    ['Zwrot pobrania przekazany na konto nadawcy', 'UNKNOWN'],
    ['Dobírka vrácena odesílateli', 'UNKNOWN'],
    ['Zásilka doručena, dobírka vrácena odesílateli', 'UNKNOWN'],
    ['Zásilka doručena, dobírka poukázána odesílateli', 'DELIVERED'],
    ['Dobierka vrátená odosielateľovi', 'UNKNOWN'],
    ['Peniaze vrátené príjemcovi', 'UNKNOWN'],
    ['Zásielka doručená, dobierka poukázaná odosielateľovi', 'DELIVERED'],
    ['Pobranie opłacone, przesyłka wydana odbiorcy', 'DELIVERED'],
    ['Zwrot w realizacji', 'RETURNED_TO_SENDER'],
    ['Odmowa przyjęcia – przesyłka zwrócona do nadawcy', 'RETURNED_TO_SENDER'],
    ['Zásielka vrátená do depa', 'IN_TRANSIT'],
    ['Zásilka byla vrácena na depo', 'IN_TRANSIT'],
  ]);
  neverDeliveredEach([['Doręczono, zwrotne potwierdzenie odbioru odesłane do nadawcy']]);
  readsEach([
    ['Doręczono, zwrotne potwierdzenie odbioru odesłane do nadawcy', 'UNKNOWN'],
    [
      'Paczka została odebrana. Zwrotne potwierdzenie odbioru zostało wysłane do nadawcy',
      'DELIVERED',
    ],
    ['Przesyłka polecona za zwrotnym potwierdzeniem odbioru doręczona', 'DELIVERED'],
  ]);
});

describe('stored or waiting at customs or a hub is not waiting for collection (pl, cs, sk)', () => {
  readsEach([
    ['Przesyłka magazynowana w magazynie celnym', 'HELD_BY_CUSTOMS'],
    ['Przesyłka czeka w urzędzie celnym na odprawę', 'HELD_BY_CUSTOMS'],
    ['Przesyłka do odbioru w urzędzie celnym', 'HELD_BY_CUSTOMS'],
    ['Przesyłka przechowywana w magazynie do czasu odprawy celnej', 'HELD_BY_CUSTOMS'],
    ['Paczka oczekuje w placówce na decyzję urzędu celnego', 'HELD_BY_CUSTOMS'],
    ['Paczka czeka w sortowni na dalszy transport', 'IN_TRANSIT'],
    ['Paczka czeka w punkcie odbioru', 'WAITING_FOR_PICKUP'],
    ['Przesyłka czeka w placówce pocztowej na odbiór', 'WAITING_FOR_PICKUP'],
    ['Umieszczona w paczkomacie', 'WAITING_FOR_PICKUP'],
    ['Awizo pozostawione, przesyłka czeka w placówce', 'WAITING_FOR_PICKUP'],
    ['Výzva k doplnění údajů pro celní řízení', 'HELD_BY_CUSTOMS'],
    ['Výzva k úhradě cla a DPH', 'HELD_BY_CUSTOMS'],
    ['Zásilka uskladněna v celním skladu', 'HELD_BY_CUSTOMS'],
    ['Zásilka čeká na vyzvednutí na celnici', 'HELD_BY_CUSTOMS'],
    ['Zásilka čeká na celním úřadě', 'HELD_BY_CUSTOMS'],
    ['Zásilka pozdržena na celnici', 'HELD_BY_CUSTOMS'],
    ['Zásilka zadržena celním úřadem', 'HELD_BY_CUSTOMS'],
    ['Zásielka uložená na colnici', 'HELD_BY_CUSTOMS'],
    ['Zásielka uskladnená v colnom sklade', 'HELD_BY_CUSTOMS'],
    ['Výzva na doplnenie údajov k colnému konaniu', 'HELD_BY_CUSTOMS'],
    ['Zásielka pozdržaná na colnici', 'HELD_BY_CUSTOMS'],
    ['Zásilka doručena do výdejního místa Zásilkovna', 'WAITING_FOR_PICKUP'],
    ['Zásielka doručená do výdajného miesta Packeta', 'WAITING_FOR_PICKUP'],
  ]);
  neverDeliveredEach([
    ['Przesyłka umieszczona w kontenerze do wysyłki'],
    ['Przesyłka umieszczona w opakowaniu zbiorczym'],
  ]);
});

describe('posted by the sender at a branch or box is not waiting for collection (cs, sk)', () => {
  readsEach([
    ['Zásilka podána na pobočce Praha 1', 'IN_TRANSIT'],
    ['Podáno na pobočce', 'IN_TRANSIT'],
    ['Odesílatel podal zásilku v Z-BOXu', 'IN_TRANSIT'],
    ['Zásilka byla podána na výdejním místě', 'IN_TRANSIT'],
    ['Zásielka podaná na pobočke Bratislava 1', 'IN_TRANSIT'],
    ['Zásielka podaná v Z-BOXe', 'IN_TRANSIT'],
  ]);
});

describe('a gap that reaches into a later clause (pl)', () => {
  readsEach([
    ['Kurier odebrał przesyłkę, w drodze do oddziału', 'IN_TRANSIT'],
    ['Kurier jest już w drodze do Ciebie', 'OUT_FOR_DELIVERY'],
    ['Kurier jest w drodze', 'OUT_FOR_DELIVERY'],
    ['Kurier z Twoją paczką jest w drodze', 'OUT_FOR_DELIVERY'],
    ['Twój kurier DPD jest już w drodze', 'OUT_FOR_DELIVERY'],
    ['Dane adresowe poprawione, przesyłkę przekazano do doręczenia', 'OUT_FOR_DELIVERY'],
    ['Dane przesyłki przekazane do DPD', 'INFO_RECEIVED'],
    ['Informacje o przesyłce zostały przekazane przewoźnikowi', 'INFO_RECEIVED'],
    ['Dane przekazano przewoźnikowi', 'INFO_RECEIVED'],
    ['Doręczenie nieudane', 'EXCEPTION'],
    ['Dostarczenie przesyłki nieudane', 'EXCEPTION'],
    ['Próba doręczenia nieudana, pozostawiono awizo', 'WAITING_FOR_PICKUP'],
    ['Zásilka poškozena při doručování', 'EXCEPTION'],
    ['Doručování přerušeno z důvodu nepříznivého počasí', 'EXCEPTION'],
    ['Doručeno sousedovi, předchozí pokus se nezdařil', 'DELIVERED'],
    ['Adresát nezastihnutý, zásielka odovzdaná susedovi', 'DELIVERED'],
  ]);
  neverDeliveredEach([['Kurier w drodze po przesyłkę do nadawcy']]);
});
