import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

// Hand-written probes (not corpus rows), round 11: word order. The delivery, collection, hand-over
// and arrival words with the place, recipient, negation, time or modal before or after them
// ("Do paczkomatu dostarczona", "В постамат доставлено", "Doručena nebyla", "Kuriru uručena"),
// beside real deliveries with the same words ("Paczkomat pełny, doręczono do sąsiada").

describe('Polish probes (slavic11)', () => {
  readsEach([
    ['Do paczkomatu dostarczona', 'WAITING_FOR_PICKUP'],
    ['Przesyłka do paczkomatu dostarczona', 'WAITING_FOR_PICKUP'],
    ['Do Paczkomatu WAW12M przesyłka została dostarczona', 'WAITING_FOR_PICKUP'],
    ['Paczka do automatu paczkowego doręczona', 'WAITING_FOR_PICKUP'],
    ['Do punktu odbioru doręczona', 'WAITING_FOR_PICKUP'],
    ['Przesyłka do punktu DPD Pickup dostarczona', 'WAITING_FOR_PICKUP'],
    ['Do placówki pocztowej doręczona', 'WAITING_FOR_PICKUP'],
    ['Przesyłka do urzędu pocztowego dostarczona', 'WAITING_FOR_PICKUP'],
    ['Do skrytki pocztowej doręczono', 'WAITING_FOR_PICKUP'],
    ['Do boxu doręczona, czeka na odbiór', 'WAITING_FOR_PICKUP'],
    ['W paczkomacie umieszczona', 'WAITING_FOR_PICKUP'],
    ['Przesyłka dostarczona do paczkomatu', 'WAITING_FOR_PICKUP'],
    ['Przesyłka doręczona sąsiadowi', 'DELIVERED'],
    ['Sąsiadowi doręczona', 'DELIVERED'],
    ['Paczkomat pełny, doręczono do sąsiada', 'DELIVERED'],
    ['Do rąk własnych doręczona', 'DELIVERED'],
    ['Adresatowi doręczona', 'DELIVERED'],
    ['Odbiorcy wydana', 'DELIVERED'],
    ['Adresatowi wydano przesyłkę', 'DELIVERED'],
    ['Przez odbiorcę odebrana', 'DELIVERED'],
    ['Przez adresata odebrana w placówce', 'DELIVERED'],
    ['Z paczkomatu odebrana', 'DELIVERED'],
    ['W placówce odebrana przez adresata', 'DELIVERED'],
    ['Przez kuriera odebrana', 'IN_TRANSIT'],
    ['Przesyłka przez kuriera odebrana od nadawcy', 'IN_TRANSIT'],
    ['Od nadawcy odebrana', 'IN_TRANSIT'],
    ['Z magazynu odebrana przez kuriera', 'IN_TRANSIT'],
    ['Przez przewoźnika odebrana', 'IN_TRANSIT'],
    ['Awizo pozostawione w skrzynce', 'WAITING_FOR_PICKUP'],
    ['Pozostawiono awizo', 'WAITING_FOR_PICKUP'],
    ['W skrzynce pocztowej pozostawiono zawiadomienie', 'WAITING_FOR_PICKUP'],
    ['Zawiadomienie o przesyłce doręczone do skrzynki', 'WAITING_FOR_PICKUP'],
    ['W paczkomacie nadana', 'IN_TRANSIT'],
    ['Przesyłka w punkcie nadana', 'IN_TRANSIT'],
    ['Do paczkomatu w drodze', 'IN_TRANSIT'],
    ['Przesyłka w drodze do paczkomatu', 'IN_TRANSIT'],
    ['Do magazynu zwrócona', 'IN_TRANSIT'],
    ['Do oddziału wróciła', 'IN_TRANSIT'],
    ['Do nadawcy zwrócona', 'RETURNED_TO_SENDER'],
    ['Przesyłka zwrócona do nadawcy', 'RETURNED_TO_SENDER'],
    ['Paczkomat pełny, przesyłka doręczona do rąk własnych', 'DELIVERED'],
    ['Przesyłka została odebrana przez odbiorcę z paczkomatu', 'DELIVERED'],
    ['Przesyłka doręczona osobiście', 'DELIVERED'],
    ['Przesyłka została doręczona do adresata', 'DELIVERED'],
    ['Przesyłka została dostarczona', 'DELIVERED'],
    ['Przesyłka odebrana w punkcie przez odbiorcę', 'DELIVERED'],
    ['Przesyłka doręczona do sąsiada, awizo w skrzynce', 'DELIVERED'],
    ['Nie zmieściła się do paczkomatu, doręczona sąsiadowi', 'DELIVERED'],
    ['Paczkomat pełny, doręczono do sąsiada', 'DELIVERED'],
  ]);

  neverDeliveredEach([
    ['Kurierowi przekazana'],
    ['Do sortowni dostarczona'],
    ['Do oddziału doręczona'],
    ['Do InPost przekazana'],
    ['Doręczona nie została'],
    ['Przesyłka doręczona jeszcze nie została'],
    ['Przesyłka dziś doręczona nie będzie'],
    ['Dostarczona będzie jutro'],
    ['Przesyłka doręczona zostanie jutro'],
    ['Doręczona zostanie w poniedziałek'],
    ['Doręczenie nastąpi jutro'],
    ['Dostarczenie nastąpi w ciągu 2 dni'],
    ['Doręczenia dziś nie będzie'],
    ['Odebrana nie została'],
    ['Przez adresata nie została odebrana'],
    ['Doręczona może zostać jutro'],
    ['Do odbioru gotowa nie jest'],
    ['Do paczkomatu nie dostarczona, doręczona kurierem'],
    ['Przesyłka zostanie doręczona do paczkomatu'],
    ['Do paczkomatu nie dostarczono, przesyłka nie została doręczona sąsiadowi'],
  ]);
});

describe('Russian probes (slavic11)', () => {
  readsEach([
    ['В постамат доставлено', 'WAITING_FOR_PICKUP'],
    ['В постамат доставлен заказ', 'WAITING_FOR_PICKUP'],
    ['Заказ в пункт выдачи доставлен', 'WAITING_FOR_PICKUP'],
    ['В пункт выдачи заказов доставлено', 'WAITING_FOR_PICKUP'],
    ['Посылка в почтомат доставлена', 'WAITING_FOR_PICKUP'],
    ['В отделение доставлено', 'WAITING_FOR_PICKUP'],
    ['Посылка в отделение почты доставлена', 'WAITING_FOR_PICKUP'],
    ['В ОПС доставлено', 'WAITING_FOR_PICKUP'],
    ['Отправление в почтовое отделение доставлено', 'WAITING_FOR_PICKUP'],
    ['В постамат заложено', 'WAITING_FOR_PICKUP'],
    ['Заказ доставлен в постамат', 'WAITING_FOR_PICKUP'],
    ['Доставлено соседу', 'DELIVERED'],
    ['Соседу доставлено', 'DELIVERED'],
    ['Постамат переполнен, доставлено курьером лично в руки', 'DELIVERED'],
    ['Адресату вручено', 'DELIVERED'],
    ['Получателю вручено', 'DELIVERED'],
    ['Получателю выдано', 'DELIVERED'],
    ['Адресатом получено', 'DELIVERED'],
    ['Из постамата получено', 'DELIVERED'],
    ['Из постамата получателем забрано', 'DELIVERED'],
    ['В пункте выдачи выдано', 'DELIVERED'],
    ['Извещение доставлено', 'WAITING_FOR_PICKUP'],
    ['В почтовый ящик опущено извещение', 'WAITING_FOR_PICKUP'],
    ['Извещение в почтовый ящик опущено', 'WAITING_FOR_PICKUP'],
    ['Отправителем сдано в отделение', 'IN_TRANSIT'],
    ['В пункт приёма отправителем сдано', 'IN_TRANSIT'],
    ['В постамат отправлено', 'IN_TRANSIT'],
    ['Отправителю возвращено', 'RETURNED_TO_SENDER'],
    ['Заказ доставлен и вручен получателю', 'DELIVERED'],
    ['Доставлено получателю лично', 'DELIVERED'],
    ['Отправление вручено адресату в отделении', 'DELIVERED'],
    ['Постамат не работает, заказ доставлен курьером', 'DELIVERED'],
    ['Посылка получена адресатом в отделении связи', 'DELIVERED'],
    ['Получено адресатом', 'DELIVERED'],
    ['Выдано получателю в пункте выдачи', 'DELIVERED'],
    ['Доставлено. Вручено получателю', 'DELIVERED'],
    ['Заказ доставлен в пункт выдачи и ожидает получения', 'WAITING_FOR_PICKUP'],
    ['Не поместилось в постамат, доставлено соседу', 'DELIVERED'],
  ]);

  neverDeliveredEach([
    ['Курьеру вручено'],
    ['Курьеру выдано'],
    ['Водителю передано'],
    ['Перевозчику доставлено'],
    ['На склад доставлено'],
    ['В сортировочный центр доставлено'],
    ['Таможне передано'],
    ['Доставлено не было'],
    ['Вручено не было'],
    ['Заказ доставлен не был'],
    ['Доставлено будет завтра'],
    ['Заказ доставлен будет 12 мая'],
    ['Вручено будет в понедельник'],
    ['Вручение состоится завтра'],
    ['Доставка состоится завтра'],
    ['Доставлено может быть завтра'],
    ['Доставка на завтра запланирована'],
    ['На завтра запланирована доставка'],
    ['Попытка вручения запланирована на завтра'],
    ['На склад возвращено'],
    ['К выдаче пока не готов'],
    ['Заказ будет доставлен в постамат'],
  ]);
});

describe('Ukrainian probes (slavic11)', () => {
  readsEach([
    ['У поштомат доставлено', 'WAITING_FOR_PICKUP'],
    ['До відділення доставлено', 'WAITING_FOR_PICKUP'],
    ['Посилку до відділення доставлено', 'WAITING_FOR_PICKUP'],
    ['Відправлення у відділення доставлене', 'WAITING_FOR_PICKUP'],
    ['До поштомату Нова Пошта доставлено', 'WAITING_FOR_PICKUP'],
    ['Посилка у пункт видачі доставлена', 'WAITING_FOR_PICKUP'],
    ['Доставлено у відділення', 'WAITING_FOR_PICKUP'],
    ['Вручено сусіду', 'DELIVERED'],
    ['Сусіду вручено', 'DELIVERED'],
    ['Одержувачу видано', 'DELIVERED'],
    ['Адресату вручено', 'DELIVERED'],
    ['Отримувачем отримано', 'DELIVERED'],
    ['З поштомату отримано', 'DELIVERED'],
    ['У відділенні видано', 'DELIVERED'],
    ['Повідомлення вручено', 'WAITING_FOR_PICKUP'],
    ['У поштову скриньку залишено повідомлення', 'WAITING_FOR_PICKUP'],
    ['Відправником здано у відділення', 'IN_TRANSIT'],
    ['У відділенні прийнято від відправника', 'IN_TRANSIT'],
    ['До відділення прямує', 'IN_TRANSIT'],
    ['У поштомат відправлено', 'IN_TRANSIT'],
    ['Відправнику повернено', 'RETURNED_TO_SENDER'],
    ['Посилку вручено одержувачу у відділенні', 'DELIVERED'],
    ['Відправлення отримано одержувачем', 'DELIVERED'],
    ["Доставлено кур'єром за адресою", 'DELIVERED'],
    ['Посилку доставлено до відділення №12', 'WAITING_FOR_PICKUP'],
    ['Вручено адресату особисто', 'DELIVERED'],
    ['Не поміщається у поштомат, вручено сусіду', 'DELIVERED'],
  ]);

  neverDeliveredEach([
    ["Кур'єру вручено"],
    ["Кур'єру видано"],
    ['Перевізнику доставлено'],
    ['На склад доставлено'],
    ['До сортувального центру доставлено'],
    ['Митниці передано'],
    ['Доставлено не було'],
    ['Вручено не було'],
    ['Посилку вручено ще не було'],
    ['Вручено буде завтра'],
    ['Доставлено буде 12 травня'],
    ['Доставка відбудеться завтра'],
    ['Вручення відбудеться завтра'],
    ['На склад повернено'],
  ]);
});

describe('Czech probes (slavic11)', () => {
  readsEach([
    ['Do Z-BOXu doručeno', 'WAITING_FOR_PICKUP'],
    ['V Z-BOXu doručeno', 'WAITING_FOR_PICKUP'],
    ['Na výdejní místo doručena', 'WAITING_FOR_PICKUP'],
    ['Zásilka na pobočku doručena', 'WAITING_FOR_PICKUP'],
    ['Zásilka byla na výdejní místo doručena', 'WAITING_FOR_PICKUP'],
    ['Na výdejní místo Zásilkovny dodána', 'WAITING_FOR_PICKUP'],
    ['Do AlzaBoxu doručena', 'WAITING_FOR_PICKUP'],
    ['Zásilka doručena do AlzaBoxu', 'WAITING_FOR_PICKUP'],
    ['Na poštu doručena, připravena k vyzvednutí', 'WAITING_FOR_PICKUP'],
    ['Do Balíkovny doručeno', 'WAITING_FOR_PICKUP'],
    ['Do parcelshopu doručeno', 'WAITING_FOR_PICKUP'],
    ['Sousedovi doručeno', 'DELIVERED'],
    ['Doručeno sousedovi', 'DELIVERED'],
    ['Z-BOX plný, zásilka doručena na adresu', 'DELIVERED'],
    ['Adresátovi předáno', 'DELIVERED'],
    ['Příjemci předána', 'DELIVERED'],
    ['Adresátem převzato', 'DELIVERED'],
    ['Adresátem vyzvednuta', 'DELIVERED'],
    ['Z výdejního místa vyzvednuta', 'DELIVERED'],
    ['Z boxu vyzvednuto', 'DELIVERED'],
    ['Oznámení doručeno', 'WAITING_FOR_PICKUP'],
    ['Do schránky vhozeno oznámení', 'WAITING_FOR_PICKUP'],
    ['Odesílatelem podána na výdejním místě', 'IN_TRANSIT'],
    ['Na výdejním místě podána', 'IN_TRANSIT'],
    ['Odesílateli vrácena', 'RETURNED_TO_SENDER'],
    ['Zásilka byla doručena adresátovi', 'DELIVERED'],
    ['Zásilka doručena, Z-BOX byl plný', 'DELIVERED'],
    ['Zásilka byla převzata adresátem', 'DELIVERED'],
    ['Zásilka byla vyzvednuta na výdejním místě', 'DELIVERED'],
    ['Zásilka doručena na adresu příjemce', 'DELIVERED'],
    ['Nevešla se do Z-BOXu, doručena sousedovi', 'DELIVERED'],
    ['Z-BOX plný, zásilka předána sousedce', 'DELIVERED'],
  ]);

  neverDeliveredEach([
    ['Kurýrem vyzvednuto'],
    ['Od odesílatele převzata'],
    ['Kurýrem převzata'],
    ['U odesílatele vyzvednuta'],
    ['Do depa doručena'],
    ['Na depo doručeno'],
    ['Do třídicího centra doručena'],
    ['Doručena nebyla'],
    ['Zásilka doručena zatím nebyla'],
    ['Doručena bude zítra'],
    ['Zásilka doručena bude v pondělí'],
    ['Doručení proběhne zítra'],
    ['Vyzvednuta nebyla'],
    ['Do skladu vrácena'],
  ]);
});

describe('Slovak probes (slavic11)', () => {
  readsEach([
    ['Do Z-BOXu doručená', 'WAITING_FOR_PICKUP'],
    ['Na výdajné miesto doručená', 'WAITING_FOR_PICKUP'],
    ['Zásielka na poštu doručená', 'WAITING_FOR_PICKUP'],
    ['Zásielka bola na výdajné miesto doručená', 'WAITING_FOR_PICKUP'],
    ['Do boxu doručená', 'WAITING_FOR_PICKUP'],
    ['Na pobočku doručené', 'WAITING_FOR_PICKUP'],
    ['Susedovi doručená', 'DELIVERED'],
    ['Doručená susedovi', 'DELIVERED'],
    ['Adresátovi odovzdaná', 'DELIVERED'],
    ['Adresátom prevzatá', 'DELIVERED'],
    ['Z boxu vyzdvihnutá', 'DELIVERED'],
    ['Na pošte vyzdvihnutá', 'DELIVERED'],
    ['Oznámenie doručené', 'WAITING_FOR_PICKUP'],
    ['Odosielateľom podaná na výdajnom mieste', 'IN_TRANSIT'],
    ['Odosielateľovi vrátená', 'RETURNED_TO_SENDER'],
    ['Zásielka bola doručená adresátovi', 'DELIVERED'],
    ['Zásielka bola vyzdvihnutá na výdajnom mieste', 'DELIVERED'],
    ['Z-BOX plný, zásielka doručená susedovi', 'DELIVERED'],
  ]);

  neverDeliveredEach([
    ['Kuriérom prevzatá'],
    ['Od odosielateľa prevzatá'],
    ['Kuriérom vyzdvihnutá'],
    ['Do depa doručená'],
    ['Doručená nebola'],
    ['Zásielka doručená zatiaľ nebola'],
    ['Doručená bude zajtra'],
    ['Do skladu vrátená'],
  ]);
});

describe('Bulgarian probes (slavic11)', () => {
  readsEach([
    ['До офис на Еконт доставена', 'WAITING_FOR_PICKUP'],
    ['В автомат доставена', 'WAITING_FOR_PICKUP'],
    ['Пратката в офис доставена', 'WAITING_FOR_PICKUP'],
    ['Доставена в офис на Спиди', 'WAITING_FOR_PICKUP'],
    ['Пратката е доставена до автомат', 'WAITING_FOR_PICKUP'],
    ['До пощенска станция доставена', 'WAITING_FOR_PICKUP'],
    ['Доставена до адрес', 'DELIVERED'],
    ['До адрес доставена', 'DELIVERED'],
    ['Пратката до адреса на получателя доставена', 'DELIVERED'],
    ['На получателя предадена', 'DELIVERED'],
    ['От получателя взета', 'DELIVERED'],
    ['От автомата взета от получателя', 'DELIVERED'],
    ['Известие доставено', 'WAITING_FOR_PICKUP'],
    ['В пощенската кутия е оставено известие', 'WAITING_FOR_PICKUP'],
    ['От подателя предадена', 'IN_TRANSIT'],
    ['Пратката е доставена до адреса', 'DELIVERED'],
    ['Доставена на получателя', 'DELIVERED'],
    ['Пратката е доставена до получателя', 'DELIVERED'],
  ]);

  neverDeliveredEach([
    ['На куриер предадена'],
    ['Предадена на куриер'],
    ['На куриер доставена'],
    ['До склад доставена'],
    ['В сортировъчен център доставена'],
    ['Доставена не е'],
    ['Пратката доставена не е'],
    ['Доставена ще бъде утре'],
    ['Пратката ще бъде доставена утре'],
    ['Доставката ще се извърши утре'],
    ['В склад върната'],
  ]);
});

describe('Serbian probes (slavic11)', () => {
  readsEach([
    ['U paketomat dostavljena', 'WAITING_FOR_PICKUP'],
    ['Pošiljka je u paketomat isporučena', 'WAITING_FOR_PICKUP'],
    ['Pošiljka isporučena u paketomat', 'WAITING_FOR_PICKUP'],
    ['У пакетомат достављена', 'WAITING_FOR_PICKUP'],
    ['Na poštu dostavljena', 'WAITING_FOR_PICKUP'],
    ['Primaocu uručena', 'DELIVERED'],
    ['Pošiljka je primaocu isporučena', 'DELIVERED'],
    ['Примаоцу уручена', 'DELIVERED'],
    ['Od strane primaoca preuzeta', 'DELIVERED'],
    ['Iz paketomata preuzeta', 'DELIVERED'],
    ['Obaveštenje uručeno', 'WAITING_FOR_PICKUP'],
    ['U paketomat predata od strane pošiljaoca', 'IN_TRANSIT'],
    ['Pošiljka je isporučena primaocu', 'DELIVERED'],
    ['Pošiljka je uručena', 'DELIVERED'],
  ]);

  neverDeliveredEach([
    ['Kuriru uručena'],
    ['Kuriru predata'],
    ['Куриру уручена'],
    ['U sortirni centar dostavljena'],
    ['Uručena nije'],
    ['Pošiljka isporučena nije'],
    ['Isporučena biće sutra'],
    ['Pošiljka uručena će biti sutra'],
    ['U magacin vraćena'],
  ]);
});

describe('Croatian probes (slavic11)', () => {
  readsEach([
    ['U paketomat dostavljena', 'WAITING_FOR_PICKUP'],
    ['Pošiljka je u paketomat dostavljena', 'WAITING_FOR_PICKUP'],
    ['U paketshop isporučena', 'WAITING_FOR_PICKUP'],
    ['Pošiljka dostavljena u paketomat', 'WAITING_FOR_PICKUP'],
    ['Susjedu uručena', 'DELIVERED'],
    ['Primatelju uručena', 'DELIVERED'],
    ['Pošiljka je primatelju dostavljena', 'DELIVERED'],
    ['Iz paketomata preuzeta', 'DELIVERED'],
    ['Od strane primatelja preuzeta', 'DELIVERED'],
    ['Obavijest o dolasku uručena', 'WAITING_FOR_PICKUP'],
    ['U sandučić ostavljena obavijest', 'WAITING_FOR_PICKUP'],
    ['Pošiljka je uručena primatelju', 'DELIVERED'],
    ['Pošiljka je dostavljena', 'DELIVERED'],
  ]);

  neverDeliveredEach([
    ['Dostavljaču uručena'],
    ['Kuriru predana'],
    ['Prijevozniku isporučena'],
    ['U sortirni centar dostavljena'],
    ['Uručena nije'],
    ['Pošiljka dostavljena nije'],
    ['Dostavljena će biti sutra'],
    ['Pošiljka uručena bit će sutra'],
    ['U skladište vraćena'],
  ]);
});

describe('Slovenian probes (slavic11)', () => {
  readsEach([
    ['V paketomat dostavljena', 'WAITING_FOR_PICKUP'],
    ['Pošiljka je v paketomat dostavljena', 'WAITING_FOR_PICKUP'],
    ['Pošiljka dostavljena v paketomat', 'WAITING_FOR_PICKUP'],
    ['V paketnik vročena', 'WAITING_FOR_PICKUP'],
    ['Sosedu vročena', 'DELIVERED'],
    ['Naslovniku vročena', 'DELIVERED'],
    ['Prejemniku vročeno', 'DELIVERED'],
    ['Iz paketomata prevzeta', 'DELIVERED'],
    ['Obvestilo vročeno', 'WAITING_FOR_PICKUP'],
    ['V nabiralnik puščeno obvestilo', 'WAITING_FOR_PICKUP'],
    ['Pošiljka je vročena naslovniku', 'DELIVERED'],
  ]);

  neverDeliveredEach([
    ['Kurirju vročena'],
    ['V sortirni center dostavljena'],
    ['Vročena ni bila'],
    ['Pošiljka dostavljena ni bila'],
    ['Dostavljena bo jutri'],
    ['Pošiljka vročena bo v ponedeljek'],
  ]);
});

describe('Lithuanian probes (slavic11)', () => {
  readsEach([
    ['Į paštomatą pristatyta', 'WAITING_FOR_PICKUP'],
    ['Siunta į LP EXPRESS terminalą pristatyta', 'WAITING_FOR_PICKUP'],
    ['Siunta pristatyta į paštomatą', 'WAITING_FOR_PICKUP'],
    ['Į pašto skyrių pristatyta', 'WAITING_FOR_PICKUP'],
    ['Siunta į Omniva paštomatą pristatyta', 'WAITING_FOR_PICKUP'],
    ['Pristatyta kaimynui', 'DELIVERED'],
    ['Kaimynui pristatyta', 'DELIVERED'],
    ['Gavėjui įteikta', 'DELIVERED'],
    ['Siunta įteikta gavėjui', 'DELIVERED'],
    ['Iš paštomato atsiimta', 'DELIVERED'],
    ['Pranešimas įteiktas', 'WAITING_FOR_PICKUP'],
    ['Siunta pristatyta gavėjui', 'DELIVERED'],
    ['Siunta įteikta', 'DELIVERED'],
  ]);

  neverDeliveredEach([
    ['Kurjeriui įteikta'],
    ['Vežėjui perduota'],
    ['Į rūšiavimo centrą pristatyta'],
    ['Pristatyta nebuvo'],
    ['Siunta įteikta nebuvo'],
    ['Pristatyta bus rytoj'],
    ['Siunta bus pristatyta rytoj'],
  ]);
});

describe('Latvian probes (slavic11)', () => {
  readsEach([
    ['Pakomātā piegādāts', 'WAITING_FOR_PICKUP'],
    ['Sūtījums pakomātā ir piegādāts', 'WAITING_FOR_PICKUP'],
    ['Sūtījums piegādāts pakomātā', 'WAITING_FOR_PICKUP'],
    ['Omniva pakomātā piegādāta', 'WAITING_FOR_PICKUP'],
    ['Pasta nodaļā piegādāts', 'WAITING_FOR_PICKUP'],
    ['Piegādāts kaimiņam', 'DELIVERED'],
    ['Kaimiņam piegādāts', 'DELIVERED'],
    ['Saņēmējam izsniegts', 'DELIVERED'],
    ['No pakomāta izņemts', 'DELIVERED'],
    ['Paziņojums piegādāts', 'WAITING_FOR_PICKUP'],
    ['Sūtījums piegādāts saņēmējam', 'DELIVERED'],
    ['Sūtījums izsniegts', 'DELIVERED'],
  ]);

  neverDeliveredEach([
    ['Kurjeram izsniegts'],
    ['Kurjeram nodots'],
    ['Šķirošanas centrā piegādāts'],
    ['Piegādāts netika'],
    ['Sūtījums piegādāts nav'],
    ['Piegādāts tiks rīt'],
    ['Sūtījums tiks piegādāts rīt'],
  ]);
});
