import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

/**
 * Round 38 review, third pass, for pl, cs, sk: phrases of three words and more written before
 * round 26, `~` gaps and the most frequently firing delivered, pickup and returned entries, each
 * tried with true events that use its words in another sense, beside the wording it was written for.
 * - The sender's side read as a delivery (wrong DELIVERED): 'dostarczona przez nadawcę do
 *   paczkomatu', 'Przesyłka odebrana w punkcie nadania', 'odebrana w placówce nadawczej', 'InPost
 *   odebrał przesyłkę w punkcie nadania', 'Odesílatel doručil zásilku na pobočku', 'Zásilka byla
 *   uložena do schránky Z-BOX odesílatelem', 'Převzetí zásilky od odesílatele potvrzeno podpisem',
 *   'Odosielateľ doručil zásielku na pobočku'; and a courier or branch taking it from the sender's
 *   point or box: 'Paczka odebrana z punktu przez kuriera', 'Przesyłka wydana z punktu kurierowi',
 *   'Zásilka vyzvednuta z boxu kurýrem', 'Zásilka převzata na pobočce k přepravě', 'Zásielka
 *   vyzdvihnutá z boxu kuriérom', 'Zásielka prevzatá na pobočke na prepravu'.
 * - A notice or code handed to the recipient read as the parcel (wrong DELIVERED): 'Adresatowi
 *   przekazano awizo', 'Przekazano odbiorcy kod odbioru', 'Przekazano adresatowi informację…',
 *   'Doręczono awizo', 'Awizo przekazane sąsiadowi', 'Zawiadomienie o doręczeniu wrzucono do skrzynki
 *   pocztowej', 'Adresátovi předáno oznámení o uložení zásilky', 'Příjemci předán kód pro
 *   vyzvednutí', 'Príjemcovi odovzdané oznámenie o uložení zásielky'.
 * - Instructions and conditions read as done (wrong DELIVERED): 'Przesyłka musi zostać odebrana
 *   osobiście', 'nie może być przekazana sąsiadowi' (pl modals 'musi/może być'), 'Převzetí musí být
 *   potvrzeno podpisem' (cs 'musí být'), 'Wydanie przesyłki odbiorcy możliwe po opłaceniu cła',
 *   'Pozostawienie w skrytce niemożliwe', 'Zásilka je u vás do 2 dnů' / 've městě'.
 * - Other wrong readings: a courier on the way to the sender read as a return or out for delivery
 *   ('Kurier w drodze do nadawcy po odbiór', 'Kurýr je na cestě k odesílateli', 'Kuriér je na ceste
 *   späť do depa'); a parcel sent to a pickup point read as waiting there ('Zásilka odeslána na
 *   výdejní místo', 'Zásielka odoslaná na výdajné miesto'); data or a request saved read as stored
 *   for collection ('Elektronická data o zásilce uložena', 'Požadavek na změnu doručení uložen');
 *   'doručena ~ dnes' reached 'Zásilka doručena do depa dnes ráno' (OUT_FOR_DELIVERY); 'dodání/doručení
 *   ~ odesílateli' read 'Potvrzení o doručení zasláno odesílateli' as a return, also beside a real
 *   delivery; a return policy beside a delivery ('Możliwość bezpłatnego zwrotu do 14 dni', 'Vrácení
 *   zboží do 14 dnů zdarma', 'Vrátenie tovaru do 14 dní') read RETURNED_TO_SENDER (now abstains);
 *   future work in the destination country ('zostanie doręczona przez operatora … w kraju
 *   przeznaczenia', 'bude doručena … v zemi určení') and 'w drodze do oddziału w mieście odbiorcy'
 *   read as arrived; 'Przesyłka umieszczona w paczkomacie przez nadawcę', 'oczekuje w placówce na
 *   dalszą wysyłkę', 'Zásilka připravena na pobočce k odeslání' read as waiting for pickup.
 * - A branch, exchange office or locker read as the recipient (wrong DELIVERED): 'Zásilka doručena do
 *   výměnného střediska', 'na sběrné místo', 'do zahraničí', 'Zásielka doručená do výmenného
 *   strediska', 'na zberné miesto', 'Zásilka vložena do schránky Z-BOX'; the sender collecting a
 *   return ('Nadawca odebrał przesyłkę') read DELIVERED, now RETURNED_TO_SENDER; a transshipment or
 *   exchange point ('dostarczona do punktu przeładunkowego', 'doręczona do urzędu wymiany') and the
 *   sender's posting box ('umieszczona w skrzynce nadawczej') read as waiting for pickup.
 * - 'Doręczenie w tym tygodniu nie jest planowane' read DELIVERED (the bare noun; the plan word sat
 *   beyond the gap), and 'Zásielka bola doručená na doručovaciu poštu', 'Zásilka byla doručena na
 *   doručovací poštu' read DELIVERED (now ARRIVED_AT_DESTINATION). Arrival phrases that began with
 *   'do' sat inside a towards phrase and read the parcel's goal as reached: 'Przesyłka wysłana / w
 *   drodze do urzędu doręczenia', 'Zásilka vypravena / čeká na odeslání do cílové země', 'Zásielka
 *   vypravená do cieľovej krajiny'; Czech 'bude převezena do/na' is now a towards phrase.
 * - A pickup offered only after customs is paid or once the parcel arrives read as waiting for pickup:
 *   'Zásilku si můžete vyzvednout až po zaplacení cla', 'Zásielku si môžete vyzdvihnúť až po
 *   zaplatení cla', 'Przesyłkę można odebrać po opłaceniu cła' (now HELD_BY_CUSTOMS), 'Gdy przesyłka
 *   dotrze do punktu, możesz ją odebrać', 'Kod odbioru zostanie wysłany po dostarczeniu do
 *   paczkomatu', and a hand-over to the courier 'připravena k výdeji kurýrovi', 'pripravená na výdaj
 *   kuriérovi'.
 * - Bare Polish 'odebrał*' (no training row read a delivery through it) read any party that took the
 *   parcel as the recipient (wrong DELIVERED): 'Pracownik placówki odebrał przesyłkę', 'Przewoźnik
 *   zagraniczny odebrał przesyłkę', 'Kurier DPD odebrał przesyłkę', 'Urząd celny odebrał przesyłkę do
 *   kontroli', 'Operator pocztowy w kraju przeznaczenia odebrał przesyłkę'; it now needs the recipient,
 *   a household member or neighbour, the parcel as object ('Paczkę odebrała Anna Nowak'), the second
 *   person, or the bare status word alone.
 * Left (the never-DELIVERED lists, no wrong DELIVERED): a sent SMS, e-mail or link reads IN_TRANSIT
 * ('Wysłano SMS do odbiorcy', 'SMS zpráva odeslána příjemci': a noise entry would also silence the
 * delivery beside it), a payment accepted reads IN_TRANSIT and a claim accepted EXCEPTION, a lifted
 * hold ('Pozastavení doručení zrušeno', 'Anulowano wstrzymanie doręczenia') reads EXCEPTION (the
 * hold is a negated-delivery phrase), a courier returning to the depot ('Kurier w drodze powrotnej do
 * oddziału', 'Kurýr je na cestě zpět do depa') and a hand-over to a foreign carrier ('předána k
 * doručení do zahraničí') read OUT_FOR_DELIVERY (a `re:` lookahead fixed them but changed a Catalan
 * typo reading, so it was dropped), 'Zásilka vydána řidiči svozu' (the collection driver) reads
 * OUT_FOR_DELIVERY, a duty refund reads HELD_BY_CUSTOMS, 'Zásilka převážena do doručovacího depa'
 * (a typo reading) and 'bude doručena do 2 dnů na doručovací poště' read ARRIVED_AT_DESTINATION.
 */

describe('round 38 review, third pass (pl): true events', () => {
  readsEach([
    ['Przesyłka dostarczona przez nadawcę do paczkomatu', 'UNKNOWN'],
    ['Paczka dostarczona przez nadawcę do punktu nadania', 'IN_TRANSIT'],
    ['Nadawca dostarczył przesyłkę do placówki pocztowej', 'UNKNOWN'],
    ['Przesyłka dostarczona do adresata', 'DELIVERED'],
    ['Przesyłka odebrana w punkcie nadania', 'IN_TRANSIT'],
    ['Paczka odebrana w punkcie od nadawcy', 'IN_TRANSIT'],
    ['Przesyłka odebrana w punkcie', 'DELIVERED'],
    ['Przesyłka odebrana w placówce nadawczej', 'IN_TRANSIT'],
    ['Przesyłka odebrana w placówce', 'DELIVERED'],
    ['Odebranie w punkcie możliwe po otrzymaniu kodu SMS', 'UNKNOWN'],
    ['Przesyłka odebrana z paczkomatu nadawczego przez kuriera', 'UNKNOWN'],
    ['Przesyłka odebrana z paczkomatu', 'DELIVERED'],
    ['Przesyłka musi zostać odebrana osobiście przez adresata', 'UNKNOWN'],
    ['Przesyłka może zostać odebrana wyłącznie osobiście', 'UNKNOWN'],
    ['Przesyłka odebrana osobiście', 'DELIVERED'],
    ['Awizo pozostawiono przy drzwiach', 'WAITING_FOR_PICKUP'],
    ['Zawiadomienie pozostawiono pod drzwiami', 'WAITING_FOR_PICKUP'],
    ['Przesyłkę pozostawiono pod drzwiami', 'DELIVERED'],
    ['Awizo pozostawiono w recepcji', 'WAITING_FOR_PICKUP'],
    ['Przesyłkę pozostawiono w recepcji', 'DELIVERED'],
    ['Zawiadomienie o doręczeniu wrzucono do skrzynki pocztowej', 'WAITING_FOR_PICKUP'],
    ['Awizo pozostawione w skrzynce pocztowej', 'WAITING_FOR_PICKUP'],
    ['Przesyłka pozostawiona w skrzynce pocztowej', 'DELIVERED'],
    ['Adresatowi przekazano awizo', 'WAITING_FOR_PICKUP'],
    ['Odbiorcy przekazano kod odbioru', 'UNKNOWN'],
    ['Adresatowi wydano przesyłkę', 'DELIVERED'],
    ['Wydanie przesyłki adresatowi wstrzymane', 'EXCEPTION'],
    ['Wydanie przesyłki odbiorcy możliwe po opłaceniu cła', 'HELD_BY_CUSTOMS'],
    ['Wydanie przesyłki adresatowi', 'DELIVERED'],
    ['Wydanie adresatowi wstrzymane do wyjaśnienia', 'EXCEPTION'],
    ['Przesyłka zostanie wydana odbiorcy po okazaniu dowodu osobistego', 'UNKNOWN'],
    ['Dostarczenie przesyłki zaplanowano na jutro', 'IN_TRANSIT'],
    ['Dostarczenie do oddziału', 'IN_TRANSIT'],
    ['Dostarczenie', 'DELIVERED'],
    ['Doręczenie do punktu odbioru', 'WAITING_FOR_PICKUP'],
    ['Doręczono awizo', 'WAITING_FOR_PICKUP'],
    ['Przesyłka doręczona do nadawcy', 'RETURNED_TO_SENDER'],
    ['Pozostawienie w skrytce niemożliwe', 'EXCEPTION'],
    ['Pozostawienie przesyłki w skrytce', 'DELIVERED'],
    ['Przesyłka nie może zostać pozostawiona w bezpiecznym miejscu', 'UNKNOWN'],
    ['Przesyłka pozostawiona w bezpiecznym miejscu', 'DELIVERED'],
    ['Awizo przekazane sąsiadowi', 'WAITING_FOR_PICKUP'],
    ['Przesyłka przekazana sąsiadowi', 'DELIVERED'],
    ['Przesyłka nie może być przekazana sąsiadowi', 'UNKNOWN'],
    ['Odbiorca otrzymał przesyłkę', 'DELIVERED'],
    ['Odbiorca otrzymał powiadomienie o przesyłce', 'UNKNOWN'],
    ['InPost odebrał przesyłkę w punkcie nadania', 'IN_TRANSIT'],
    ['Przesyłka wydana kurierowi do doręczenia', 'OUT_FOR_DELIVERY'],
    ['Wydano przesyłkę kurierowi', 'UNKNOWN'],
    ['Zarejestrowano datę i godzinę doręczenia', 'DELIVERED'],
    ['Zapisano datę i godzinę dostawy', 'DELIVERED'],
    ['Przesyłka w drodze do oddziału w mieście odbiorcy', 'IN_TRANSIT'],
    ['Przesyłka w mieście odbiorcy', 'ARRIVED_AT_DESTINATION'],
    ['Przesyłka zostanie przekazana operatorowi w kraju przeznaczenia', 'IN_TRANSIT'],
    ['Przesyłka zostanie doręczona przez operatora pocztowego w kraju przeznaczenia', 'IN_TRANSIT'],
    ['Przesyłka w kraju przeznaczenia', 'ARRIVED_AT_DESTINATION'],
    ['Przesyłka w kraju docelowym', 'ARRIVED_AT_DESTINATION'],
    ['Kurier w drodze do nadawcy po odbiór przesyłki', 'INFO_RECEIVED'],
    ['Kurier w drodze po przesyłkę', 'INFO_RECEIVED'],
    ['Kurier w drodze', 'OUT_FOR_DELIVERY'],
    ['Kurier nie doręczy dziś przesyłki', 'UNKNOWN'],
    ['Kurier doręczy przesyłkę dzisiaj', 'OUT_FOR_DELIVERY'],
    ['Przesyłka oczekuje na wydanie w placówce', 'WAITING_FOR_PICKUP'],
    ['Przesyłka oczekuje w placówce na dalszą wysyłkę', 'IN_TRANSIT'],
    ['Przesyłka oczekuje w placówce na odbiór', 'WAITING_FOR_PICKUP'],
    ['Przesyłka umieszczona w paczkomacie przez nadawcę', 'UNKNOWN'],
    ['Przesyłka umieszczona w paczkomacie', 'WAITING_FOR_PICKUP'],
    ['Przesyłka w drodze powrotnej do nadawcy', 'RETURNED_TO_SENDER'],
    ['Przesyłka w drodze powrotnej', 'RETURNED_TO_SENDER'],
    ['Decyzja o zwrocie przesyłki do nadawcy', 'RETURNED_TO_SENDER'],
    ['Przesyłka czeka na odbiór przez nadawcę', 'UNKNOWN'],
    ['Wysłano kod odbioru', 'WAITING_FOR_PICKUP'],
    ['Przesyłka gotowa do odbioru przez kuriera', 'INFO_RECEIVED'],
    ['Przesyłka gotowa do odbioru', 'WAITING_FOR_PICKUP'],
    ['Przesyłka przyjęta', 'IN_TRANSIT'],
    ['Anulowano zwrot przesyłki', 'EXCEPTION'],
    ['Przesyłka anulowana', 'EXCEPTION'],
    ['Nadanie zaplanowane na jutro', 'INFO_RECEIVED'],
    ['Przesyłka nadana', 'IN_TRANSIT'],
    ['Przesyłka wysłana', 'IN_TRANSIT'],
    ['Przesyłka w magazynie', 'IN_TRANSIT'],
    ['Przesyłka doręczona. W razie zwrotu skontaktuj się ze sprzedawcą', 'UNKNOWN'],
    ['Przesyłka doręczona. Możliwość bezpłatnego zwrotu do 14 dni', 'UNKNOWN'],
    ['Paczka doręczona, zwrot możliwy w ciągu 14 dni', 'UNKNOWN'],
    ['Zwrot do nadawcy', 'RETURNED_TO_SENDER'],
    ['Odebranie przesyłki możliwe po opłaceniu należności celnych', 'HELD_BY_CUSTOMS'],
    ['Przesyłka oczekuje na odbiór w paczkomacie', 'WAITING_FOR_PICKUP'],
    ['Awizo wystawione', 'WAITING_FOR_PICKUP'],
    ['Przesyłka awizowana', 'WAITING_FOR_PICKUP'],
    ['Przesyłka wydana z punktu kurierowi', 'UNKNOWN'],
    ['Przesyłka wydana z paczkomatu', 'DELIVERED'],
    ['Paczka odebrana z punktu przez kuriera', 'UNKNOWN'],
    ['Przesyłka odebrana w paczkomacie przez kuriera', 'UNKNOWN'],
    ['Przesyłka odebrana w paczkomacie', 'DELIVERED'],
    ['Przekazano adresatowi informację o możliwości odbioru', 'UNKNOWN'],
    ['Przekazano odbiorcy kod odbioru', 'UNKNOWN'],
    ['Przekazano adresatowi awizo', 'WAITING_FOR_PICKUP'],
    ['Przekazano przesyłkę adresatowi', 'DELIVERED'],
    ['Nadawca odebrał przesyłkę', 'RETURNED_TO_SENDER'],
    ['Nadawca odebrał zwrot', 'RETURNED_TO_SENDER'],
    ['Sprzedawca odebrał przesyłkę zwrotną', 'RETURNED_TO_SENDER'],
    ['Przesyłka zwrotna doręczona', 'RETURNED_TO_SENDER'],
    ['Adresat odebrał przesyłkę', 'DELIVERED'],
    ['Dostarczono do punktu przeładunkowego', 'IN_TRANSIT'],
    ['Przesyłka dostarczona do punktu wymiany', 'UNKNOWN'],
    ['Przesyłka dostarczona do punktu przeładunkowego w Strykowie', 'IN_TRANSIT'],
    ['Przesyłka dostarczona do punktu odbioru', 'WAITING_FOR_PICKUP'],
    ['Dostarczono do punktu', 'WAITING_FOR_PICKUP'],
    ['Przesyłka doręczona do urzędu wymiany', 'IN_TRANSIT'],
    ['Przesyłka umieszczona w skrzynce nadawczej', 'UNKNOWN'],
    ['Przesyłka pozostawiona w skrzynce nadawczej', 'UNKNOWN'],
    ['Paczka pozostawiona w punkcie przez nadawcę', 'UNKNOWN'],
    ['Przesyłka nie dotarła do kraju przeznaczenia', 'UNKNOWN'],
    ['Przesyłka wysłana do urzędu doręczenia', 'IN_TRANSIT'],
    ['Przesyłka w drodze do urzędu doręczenia', 'IN_TRANSIT'],
    ['Przesyłka przekazana do urzędu doręczenia', 'IN_TRANSIT'],
    ['Przesyłka w urzędzie doręczenia', 'ARRIVED_AT_DESTINATION'],
    ['Doręczenie w tym tygodniu nie jest planowane', 'UNKNOWN'],
    ['Przesyłka wysłana do kraju przeznaczenia', 'IN_TRANSIT'],
    ['Przesyłka opuściła kraj nadania i zmierza do kraju przeznaczenia', 'IN_TRANSIT'],
    ['Przesyłka przekazana do transportu do kraju docelowego', 'IN_TRANSIT'],
    ['Przesyłka wyekspediowana do kraju docelowego', 'UNKNOWN'],
    ['Gdy przesyłka dotrze do punktu, możesz ją odebrać', 'UNKNOWN'],
    ['Możesz ją odebrać w punkcie', 'WAITING_FOR_PICKUP'],
    ['Kod odbioru zostanie wysłany po dostarczeniu do paczkomatu', 'IN_TRANSIT'],
    ['Kod odbioru został wysłany', 'WAITING_FOR_PICKUP'],
    ['Przesyłka gotowa do odbioru w urzędzie celnym', 'HELD_BY_CUSTOMS'],
    ['Przesyłkę można odebrać po opłaceniu cła', 'HELD_BY_CUSTOMS'],
    ['Pracownik placówki odebrał przesyłkę', 'UNKNOWN'],
    ['Przewoźnik zagraniczny odebrał przesyłkę', 'UNKNOWN'],
    ['Urząd celny odebrał przesyłkę do kontroli', 'HELD_BY_CUSTOMS'],
    ['Operator pocztowy w kraju przeznaczenia odebrał przesyłkę', 'ARRIVED_AT_DESTINATION'],
    ['Kurier DPD odebrał przesyłkę', 'UNKNOWN'],
    ['Adresat odebrał przesyłkę osobiście', 'DELIVERED'],
    ['Przesyłkę odebrał: KOWALSKI', 'DELIVERED'],
    ['Paczkę odebrała Anna Nowak', 'DELIVERED'],
    ['Odebrał: Jan Kowalski', 'DELIVERED'],
    ['Przesyłkę odebrał adresat', 'DELIVERED'],
    ['Odbiorca odebrał paczkę', 'DELIVERED'],
    ['Sąsiad odebrał przesyłkę', 'DELIVERED'],
    ['Przesyłkę odebrał kurier', 'UNKNOWN'],
  ]);
  neverDeliveredEach([
    ['Odebranie w placówce możliwe od jutra'],
    ['Termin na odebranie przesyłki w placówce upływa 12.05'],
    ['Przesyłka przekazana do przewoźnika w kraju docelowym'],
    ['Przesyłka oczekuje na wydanie kurierowi'],
    ['Przesyłka oczekuje na wydanie do doręczenia'],
    ['Kurier w drodze powrotnej do oddziału'],
    ['Kurier w drodze powrotnej do magazynu z przesyłką'],
    ['Decyzja o zwrocie należności celnych'],
    ['Decyzja o zwrocie cła'],
    ['Wysłano kod nadania do nadawcy'],
    ['Płatność przyjęta'],
    ['Reklamacja przyjęta'],
    ['Przyjęcie reklamacji'],
    ['Przyjęcie zgłoszenia szkody'],
    ['Anulowano wstrzymanie doręczenia'],
    ['Wysłano SMS do odbiorcy'],
    ['Wysłano e-mail z informacją o przesyłce'],
    ['Wysłano link do śledzenia przesyłki'],
    ['Zamówienie w magazynie sprzedawcy'],
    ['Magazyn zwrotów odebrał przesyłkę'],
  ]);
});

describe('round 38 review, third pass (cs): true events', () => {
  readsEach([
    ['Zásilka vyzvednuta kurýrem u odesílatele', 'IN_TRANSIT'],
    ['Zásilka vyzvednuta', 'DELIVERED'],
    ['Zásilka dodána na pobočku odesílatelem', 'UNKNOWN'],
    ['Zásilka dodána zpět odesílateli', 'RETURNED_TO_SENDER'],
    ['Zásilka dodána do výdejního místa', 'WAITING_FOR_PICKUP'],
    ['Zásilka dodána', 'DELIVERED'],
    ['Odesílatel doručil zásilku na pobočku', 'UNKNOWN'],
    ['Odesílatel doručil zásilku na výdejní místo', 'UNKNOWN'],
    ['Kurýr doručil zásilku', 'DELIVERED'],
    ['Výdej zásilky pozastaven', 'EXCEPTION'],
    ['Výdej zásilky možný od 12. 5.', 'UNKNOWN'],
    ['Výdej zásilky', 'DELIVERED'],
    ['Oznámení vloženo do domovní schránky', 'WAITING_FOR_PICKUP'],
    ['Výzva k vyzvednutí vložena do domovní schránky', 'WAITING_FOR_PICKUP'],
    ['Oznámení o uložení zásilky vloženo do schránky', 'WAITING_FOR_PICKUP'],
    ['Zásilka vložena do domovní schránky', 'DELIVERED'],
    ['Zásilka vložena do schránky', 'DELIVERED'],
    ['Zásilka je u vás ve městě', 'UNKNOWN'],
    ['Zásilka je u vás do 2 dnů', 'UNKNOWN'],
    ['Zásilka je u vás', 'DELIVERED'],
    ['Zásilka předána do rukou kurýra', 'UNKNOWN'],
    ['Předáno do rukou dopravce', 'IN_TRANSIT'],
    ['Zásilka předána do rukou adresáta', 'DELIVERED'],
    ['Převzetí musí být potvrzeno podpisem', 'UNKNOWN'],
    ['Převzetí zásilky od odesílatele potvrzeno podpisem', 'IN_TRANSIT'],
    ['Převzetí potvrzeno podpisem', 'DELIVERED'],
    ['Výzva zanechána u dveří', 'WAITING_FOR_PICKUP'],
    ['Zásilka ponechána u dveří', 'DELIVERED'],
    ['Vydání zásilky adresátovi pozastaveno', 'EXCEPTION'],
    ['Vydání zásilky adresátovi bude možné po zaplacení cla', 'HELD_BY_CUSTOMS'],
    ['Vydání zásilky adresátovi', 'DELIVERED'],
    ['Vydání adresátovi zrušeno', 'EXCEPTION'],
    ['Vydání adresátovi', 'DELIVERED'],
    ['Příjemce si vyžádal vrácení, zásilku vyzvedl kurýr', 'RETURNED_TO_SENDER'],
    ['Příjemce si zásilku vyzvedl', 'DELIVERED'],
    ['Zásilka byla uložena do schránky Z-BOX odesílatelem', 'UNKNOWN'],
    ['Zásilka byla uložena do schránky', 'DELIVERED'],
    ['Zásilka bude doručena poštovním operátorem v zemi určení', 'IN_TRANSIT'],
    ['Zásilka v zemi určení', 'ARRIVED_AT_DESTINATION'],
    ['Zásilka předána k doručení', 'OUT_FOR_DELIVERY'],
    ['Zásilka doručena do depa dnes ráno', 'IN_TRANSIT'],
    ['Zásilka bude doručena dnes', 'OUT_FOR_DELIVERY'],
    ['Kurýr je na cestě pro zásilku k odesílateli', 'INFO_RECEIVED'],
    ['Kurýr je na cestě k odesílateli', 'INFO_RECEIVED'],
    ['Kurýr je na cestě', 'OUT_FOR_DELIVERY'],
    ['Zásilka čeká na převzetí dopravcem', 'UNKNOWN'],
    ['Zásilka čeká na převzetí', 'WAITING_FOR_PICKUP'],
    ['Zásilka čeká na vyzvednutí kurýrem', 'INFO_RECEIVED'],
    ['Zásilka čeká na vyzvednutí', 'WAITING_FOR_PICKUP'],
    ['Zásilka připravena na pobočce k odeslání', 'IN_TRANSIT'],
    ['Zásilka připravena na pobočce', 'WAITING_FOR_PICKUP'],
    ['Zásilka je na cestě na výdejní místo', 'IN_TRANSIT'],
    ['Zásilka odeslána na výdejní místo', 'IN_TRANSIT'],
    ['Zásilka přepravována na výdejní místo', 'IN_TRANSIT'],
    ['Doručení zásilky na výdejní místo', 'WAITING_FOR_PICKUP'],
    ['Zásilka je na cestě zpět k odesílateli', 'RETURNED_TO_SENDER'],
    ['Zásilka na cestě zpět', 'RETURNED_TO_SENDER'],
    ['Potvrzení o doručení zasláno odesílateli', 'UNKNOWN'],
    ['Zásilka doručena, potvrzení o doručení zasláno odesílateli', 'DELIVERED'],
    ['Doručení odesílateli', 'RETURNED_TO_SENDER'],
    ['Elektronická data o zásilce uložena', 'INFO_RECEIVED'],
    ['Požadavek na změnu doručení uložen', 'UNKNOWN'],
    ['Vaše preference doručení uloženy', 'UNKNOWN'],
    ['Zásilka uložena na poště', 'WAITING_FOR_PICKUP'],
    ['Zásilka přijata', 'IN_TRANSIT'],
    ['Vrácení zásilky zrušeno', 'EXCEPTION'],
    ['Zásilka zrušena', 'EXCEPTION'],
    ['Doručeno. Vrácení zboží do 14 dnů zdarma', 'UNKNOWN'],
    ['Zásilka doručena. Lhůta pro vrácení zboží je 14 dní', 'UNKNOWN'],
    ['Zásilka doručena, v případě vrácení kontaktujte prodejce', 'UNKNOWN'],
    ['Zásilka vrácena', 'RETURNED_TO_SENDER'],
    ['Zásilka odeslána', 'IN_TRANSIT'],
    ['Zásilka vyzvednuta z boxu kurýrem', 'UNKNOWN'],
    ['Zásilka vyzvednuta z výdejního místa řidičem', 'UNKNOWN'],
    ['Zásilka vyzvednuta z boxu', 'DELIVERED'],
    ['Zásilka převzata na pobočce k přepravě', 'IN_TRANSIT'],
    ['Zásilka převzata na pobočce', 'DELIVERED'],
    ['Kurýr doručil zásilku na výdejní místo', 'WAITING_FOR_PICKUP'],
    ['Řidič doručil zásilku do Z-BOXu', 'WAITING_FOR_PICKUP'],
    ['Příjemci byla předána výzva k vyzvednutí', 'WAITING_FOR_PICKUP'],
    ['Adresátovi předáno oznámení o uložení zásilky', 'WAITING_FOR_PICKUP'],
    ['Příjemci předán kód pro vyzvednutí', 'UNKNOWN'],
    ['Zásilka předána příjemci', 'DELIVERED'],
    ['Zásilka doručena do výměnného střediska', 'UNKNOWN'],
    ['Zásilka dodána do výměnného střediska', 'UNKNOWN'],
    ['Zásilka doručena na sběrné místo', 'UNKNOWN'],
    ['Zásilka doručena do zahraničí', 'UNKNOWN'],
    ['Odesílatel zásilku převzal', 'UNKNOWN'],
    ['Odesílatel převzal vrácenou zásilku', 'RETURNED_TO_SENDER'],
    ['Vrácená zásilka doručena', 'RETURNED_TO_SENDER'],
    ['Příjemce zásilku převzal', 'DELIVERED'],
    ['Zásilka vložena do Z-BOXu', 'WAITING_FOR_PICKUP'],
    ['Zásilka vložena do schránky Z-BOX', 'WAITING_FOR_PICKUP'],
    ['Zásilka vydána kurýrovi k doručení', 'OUT_FOR_DELIVERY'],
    ['Zásilka bude převezena na doručovací depo', 'IN_TRANSIT'],
    ['Zásilka bude převezena do doručovacího depa', 'IN_TRANSIT'],
    ['Zásilka dorazila na doručovací depo', 'ARRIVED_AT_DESTINATION'],
    ['Zásilka čeká na odeslání do cílové země', 'IN_TRANSIT'],
    ['Vývoz do cílové země', 'IN_TRANSIT'],
    ['Zásilka vypravena do cílové země', 'IN_TRANSIT'],
    ['Zásilka dorazila do cílové země', 'ARRIVED_AT_DESTINATION'],
    ['Zásilka opustila Českou republiku', 'IN_TRANSIT'],
    ['Zásilku si můžete vyzvednout až po zaplacení cla', 'HELD_BY_CUSTOMS'],
    ['Zásilku si můžete vyzvednout na poště', 'WAITING_FOR_PICKUP'],
    ['Zásilka připravena k výdeji kurýrovi', 'UNKNOWN'],
    ['Zásilka připravena k výdeji', 'WAITING_FOR_PICKUP'],
    ['Zásilka čeká na vyzvednutí na celním úřadě', 'HELD_BY_CUSTOMS'],
    ['Dopravce převzal zásilku', 'IN_TRANSIT'],
    ['Celní úřad převzal zásilku ke kontrole', 'HELD_BY_CUSTOMS'],
  ]);
  neverDeliveredEach([
    ['Zásilka bude proclena v zemi určení'],
    ['Zásilka předána k doručení do zahraničí'],
    ['Kurýr je na cestě zpět do depa'],
    ['Informace o doručení odeslána odesílateli'],
    ['Platba přijata'],
    ['Reklamace přijata'],
    ['Požadavek na změnu adresy přijat'],
    ['Pozastavení doručení zrušeno'],
    ['SMS zpráva odeslána příjemci'],
    ['Odeslán e-mail s informací o zásilce'],
    ['Zásilka vydána řidiči svozu'],
    ['Zásilka převážena do doručovacího depa'],
    ['Zásilka bude doručena do 2 dnů na doručovací poště'],
  ]);
});

describe('round 38 review, third pass (sk): true events', () => {
  readsEach([
    ['Zásielka vyzdvihnutá kuriérom', 'IN_TRANSIT'],
    ['Zásielka vyzdvihnutá', 'DELIVERED'],
    ['Zásielka dodaná do depa', 'IN_TRANSIT'],
    ['Zásielka dodaná na pobočku odosielateľom', 'UNKNOWN'],
    ['Zásielka dodaná späť odosielateľovi', 'RETURNED_TO_SENDER'],
    ['Zásielka dodaná', 'DELIVERED'],
    ['Odosielateľ doručil zásielku na pobočku', 'UNKNOWN'],
    ['Kuriér doručil zásielku', 'DELIVERED'],
    ['Výdaj zásielky pozastavený', 'EXCEPTION'],
    ['Výdaj zásielky', 'DELIVERED'],
    ['Oznámenie vložené do schránky', 'WAITING_FOR_PICKUP'],
    ['Výzva na vyzdvihnutie vložená do poštovej schránky', 'WAITING_FOR_PICKUP'],
    ['Zásielka vložená do poštovej schránky', 'DELIVERED'],
    ['Oznámenie ponechané pri dverách', 'WAITING_FOR_PICKUP'],
    ['Zásielka ponechaná pred dverami', 'DELIVERED'],
    ['Zásielka odovzdaná do rúk kuriéra', 'UNKNOWN'],
    ['Príjemca si zásielku vyzdvihol', 'DELIVERED'],
    ['Kuriér je na ceste späť do depa', 'IN_TRANSIT'],
    ['Zásielka je na ceste späť k odosielateľovi', 'RETURNED_TO_SENDER'],
    ['Zásielka je na ceste na výdajné miesto', 'IN_TRANSIT'],
    ['Zásielka odoslaná na výdajné miesto', 'IN_TRANSIT'],
    ['Zásielka doručená na výdajné miesto', 'WAITING_FOR_PICKUP'],
    ['Zásielka doručená do depa dnes ráno', 'IN_TRANSIT'],
    ['Zásielka bude doručená dnes', 'OUT_FOR_DELIVERY'],
    ['Kuriér je na ceste k odosielateľovi', 'INFO_RECEIVED'],
    ['Zásielka čaká na vyzdvihnutie kuriérom', 'INFO_RECEIVED'],
    ['Zásielka čaká na vyzdvihnutie', 'WAITING_FOR_PICKUP'],
    ['Zásielka pripravená na doručenie', 'OUT_FOR_DELIVERY'],
    ['Potvrdenie o doručení zaslané odosielateľovi', 'UNKNOWN'],
    ['Elektronické údaje o zásielke uložené', 'INFO_RECEIVED'],
    ['Požiadavka na zmenu doručenia uložená', 'UNKNOWN'],
    ['Zásielka uložená na pošte', 'WAITING_FOR_PICKUP'],
    ['Zásielka prijatá', 'IN_TRANSIT'],
    ['Doručené. Vrátenie tovaru do 14 dní zdarma', 'UNKNOWN'],
    ['Zásielka doručená. Lehota na vrátenie tovaru je 14 dní', 'UNKNOWN'],
    ['Zásielka vrátená', 'RETURNED_TO_SENDER'],
    ['Zásielka odoslaná', 'IN_TRANSIT'],
    ['Zásielka vyzdvihnutá z boxu kuriérom', 'UNKNOWN'],
    ['Zásielka vyzdvihnutá z boxu', 'DELIVERED'],
    ['Zásielka prevzatá na pobočke na prepravu', 'IN_TRANSIT'],
    ['Zásielka prevzatá na pobočke', 'DELIVERED'],
    ['Príjemcovi odovzdané oznámenie o uložení zásielky', 'WAITING_FOR_PICKUP'],
    ['Zásielka odovzdaná príjemcovi', 'DELIVERED'],
    ['Zásielka doručená do výmenného strediska', 'UNKNOWN'],
    ['Zásielka doručená na zberné miesto', 'UNKNOWN'],
    ['Odosielateľ zásielku prevzal', 'UNKNOWN'],
    ['Vrátená zásielka doručená', 'RETURNED_TO_SENDER'],
    ['Príjemca zásielku prevzal', 'DELIVERED'],
    ['Zásielka vložená do BalíkoBOXu', 'UNKNOWN'],
    ['Zásielka vydaná kuriérovi na doručenie', 'OUT_FOR_DELIVERY'],
    ['Zásielka vydaná vodičovi zvozu', 'IN_TRANSIT'],
    ['Zásielka vypravená do cieľovej krajiny', 'IN_TRANSIT'],
    ['Export do cieľovej krajiny', 'IN_TRANSIT'],
    ['Zásielka čaká na odoslanie do cieľovej krajiny', 'IN_TRANSIT'],
    ['Zásielka dorazila do cieľovej krajiny', 'ARRIVED_AT_DESTINATION'],
    ['Zásielka bude prepravená na doručovaciu poštu', 'IN_TRANSIT'],
    ['Zásielka bola doručená na doručovaciu poštu', 'ARRIVED_AT_DESTINATION'],
    ['Zásielka pripravená na výdaj kuriérovi', 'UNKNOWN'],
    ['Zásielka pripravená na výdaj', 'WAITING_FOR_PICKUP'],
    ['Zásielku si môžete vyzdvihnúť až po zaplatení cla', 'HELD_BY_CUSTOMS'],
    ['Colný úrad prevzal zásielku na kontrolu', 'HELD_BY_CUSTOMS'],
  ]);
  neverDeliveredEach([
    ['Zásielka pripravená na doručenie zajtra'],
    ['Platba prijatá'],
    ['Reklamácia prijatá'],
    ['SMS správa odoslaná príjemcovi'],
  ]);
});
