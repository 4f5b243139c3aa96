import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

/**
 * Round 28, east group: the five wrong-DELIVERED families of rounds 26-27 in every language of the
 * group, as Russian Post, CDEK, Nova Poshta, Ukrposhta, Poczta Polska, InPost, Česká pošta, SPS,
 * Econt/Speedy, HP, Pošta Srbije, Pošta Slovenije, Magyar Posta, LP Express, Latvijas Pasts and
 * Omniva word them: handed to an airline, airport, customs, carrier or depot ('Uručeno zračnom
 * prijevozniku', 'Doręczono do portu lotniczego', 'Kézbesítve a légitársaságnak'); a code SMS or
 * notice delivered ('SMS s kodom dostavljen'); a delivery with the time word after the verb
 * ('Doručeno zítra', 'Kézbesítve holnap'); an event noun with a failure after it; and a label with
 * an empty or pending value ('Вручено: нет данных', 'Доставлено: очікується'). Beside them, true
 * twins that must still read DELIVERED ('Doručeno dnes', 'Вручено адресату').
 */

describe('Russian (ru)', () => {
  readsEach([
    ['Передано авиаперевозчику', 'IN_TRANSIT'],
    ['Вручено авиакомпании', 'IN_TRANSIT'],
    ['Доставлено в сортировочный центр', 'IN_TRANSIT'],
    ['Доставлено на склад', 'IN_TRANSIT'],
    ['Доставлено на терминал', 'IN_TRANSIT'],
    ['Вручено перевозчику', 'IN_TRANSIT'],
    ['Передано в службу доставки', 'IN_TRANSIT'],
    ['Вручено таможне', 'HELD_BY_CUSTOMS'],
    ['Доставлено на таможню', 'HELD_BY_CUSTOMS'],
    ['Доставлено в пункт выдачи', 'WAITING_FOR_PICKUP'],
    ['Доставлено в постамат', 'WAITING_FOR_PICKUP'],
    ['Доставлено в почтомат', 'WAITING_FOR_PICKUP'],
    ['Вручено адресату', 'DELIVERED'],
    ['Доставлено получателю', 'DELIVERED'],
    ['Вручено получателю лично', 'DELIVERED'],
    ['Доставлено курьером', 'DELIVERED'],
    ['Вручено адресату почтальоном', 'DELIVERED'],
    ['Извещение доставлено в почтовый ящик', 'WAITING_FOR_PICKUP'],
    ['Извещение вручено', 'WAITING_FOR_PICKUP'],
    ['SMS с кодом получения доставлено', 'WAITING_FOR_PICKUP'],
    ['СМС-уведомление доставлено получателю', 'UNKNOWN'],
    ['Посылка доставлена в почтовый ящик', 'DELIVERED'],
    ['Будет доставлено завтра', 'IN_TRANSIT'],
    ['Доставка - отказ получателя', 'EXCEPTION'],
    ['Вручение: адресат отказался', 'EXCEPTION'],
    ['Доставка: получатель отсутствует', 'EXCEPTION'],
    ['Доставка - повреждение', 'EXCEPTION'],
    ['Вручение - адресат выбыл', 'EXCEPTION'],
    ['Дата вручения: -', 'UNKNOWN'],
    ['Дата доставки: не указана', 'UNKNOWN'],
    ['Вручено: нет данных', 'UNKNOWN'],
    ['Дата вручения: н/д', 'UNKNOWN'],
    ['Вручено авиаперевозчику', 'IN_TRANSIT'],
    ['Доставлено в ПВЗ', 'WAITING_FOR_PICKUP'],
    ['Вручено: нет', 'UNKNOWN'],
    ['Вручено: н/д', 'UNKNOWN'],
    ['Уведомление доставлено', 'UNKNOWN'],
    ['Вручение - отказ адресата', 'EXCEPTION'],
    ['Вручение: неполный адрес', 'EXCEPTION'],
    ['Доставлено сегодня', 'DELIVERED'],
    ['Вручено адресату 12.05', 'DELIVERED'],
  ]);
  neverDeliveredEach([
    ['Доставлено в аэропорт'],
    ['Доставлено в аэропорт назначения'],
    ['Доставлено в СЦ'],
    ['Вручено партнёру по доставке'],
    ['Доставлено в отделение'],
    ['Вручено курьеру'],
    ['Уведомление о доставке отправлено'],
    ['Доставка запланирована на завтра'],
    ['Вручение запланировано на 12.05'],
    ['Ожидаемая дата доставки: 12.05'],
    ['Доставка ожидается 15.06'],
    ['Доставлено будет завтра'],
    ['Вручение - истек срок хранения'],
    ['Доставлено: ожидается'],
    ['Доставлено в аэропорт Шереметьево'],
    ['Доставлено партнеру'],
    ['Доставлено: нет данных'],
    ['SMS с кодом доставлено'],
    ['Доставлено завтра'],
  ]);
});

describe('Ukrainian (uk)', () => {
  readsEach([
    ['Передано авіаперевізнику', 'IN_TRANSIT'],
    ['Доставлено в сортувальний центр', 'IN_TRANSIT'],
    ['Вручено перевізнику', 'IN_TRANSIT'],
    ['Передано митниці', 'HELD_BY_CUSTOMS'],
    ['Доставлено в поштомат', 'WAITING_FOR_PICKUP'],
    ['Доставлено на склад', 'IN_TRANSIT'],
    ["Передано кур'єру", 'OUT_FOR_DELIVERY'],
    ['Вручено адресату', 'DELIVERED'],
    ['Отримано одержувачем', 'DELIVERED'],
    ['Доставлено одержувачу', 'DELIVERED'],
    ['Відправлення вручено одержувачу', 'DELIVERED'],
    ['Повідомлення доставлено в поштову скриньку', 'WAITING_FOR_PICKUP'],
    ['Буде доставлено завтра', 'IN_TRANSIT'],
    ['Вручення - неправильна адреса', 'EXCEPTION'],
    ['Доставка: відмова одержувача', 'EXCEPTION'],
    ['Дата вручення: -', 'UNKNOWN'],
    ['Вручено: ні', 'UNKNOWN'],
    ['Дата доставки: немає даних', 'UNKNOWN'],
    ['Доставлено авіаперевізнику', 'IN_TRANSIT'],
    ['Вручено митниці', 'HELD_BY_CUSTOMS'],
    ['Вручення - відмова адресата', 'EXCEPTION'],
    ['Доставлено вчора', 'DELIVERED'],
  ]);
  neverDeliveredEach([
    ['Доставлено до відділення'],
    ['Доставлено до аеропорту'],
    ['SMS з кодом доставлено'],
    ['Повідомлення про прибуття надіслано'],
    ['Доставка запланована на завтра'],
    ['Очікувана дата доставки: 12.05'],
    ['Вручення заплановано'],
    ['Вручення: адресат відсутній'],
    ['Доставлено: очікується'],
    ['SMS-повідомлення доставлено'],
    ['Вручено: очікується'],
  ]);
});

describe('Polish (pl)', () => {
  readsEach([
    ['Doręczono do sortowni', 'IN_TRANSIT'],
    ['Przekazano przewoźnikowi lotniczemu', 'IN_TRANSIT'],
    ['Doręczono do terminala', 'IN_TRANSIT'],
    ['Dostarczono do magazynu', 'IN_TRANSIT'],
    ['Dostarczono do terminala', 'IN_TRANSIT'],
    ['Doręczono do paczkomatu', 'WAITING_FOR_PICKUP'],
    ['Przesyłka doręczona do punktu odbioru', 'WAITING_FOR_PICKUP'],
    ['Przekazano przewoźnikowi', 'IN_TRANSIT'],
    ['Doręczono do przewoźnika', 'IN_TRANSIT'],
    ['Dostarczono do operatora pocztowego', 'IN_TRANSIT'],
    ['Doręczono adresatowi', 'DELIVERED'],
    ['Przesyłka doręczona', 'DELIVERED'],
    ['Doręczono do rąk własnych', 'DELIVERED'],
    ['Doręczono sąsiadowi', 'DELIVERED'],
    ['Doręczono do skrzynki pocztowej', 'DELIVERED'],
    ['Awizo pozostawione w skrzynce', 'WAITING_FOR_PICKUP'],
    ['Powiadomienie e-mail doręczone', 'UNKNOWN'],
    ['Zawiadomienie doręczone do skrzynki', 'WAITING_FOR_PICKUP'],
    ['Przesyłka zostanie doręczona jutro', 'IN_TRANSIT'],
    ['Doręczenie: odmowa', 'EXCEPTION'],
    ['Doręczenie - błędny adres', 'EXCEPTION'],
    ['Doręczenie - odmowa przyjęcia', 'EXCEPTION'],
    ['Doręczenie - uszkodzona przesyłka', 'EXCEPTION'],
    ['Data doręczenia: -', 'UNKNOWN'],
    ['Doręczono: nie', 'UNKNOWN'],
    ['Doręczono: brak', 'UNKNOWN'],
    ['Data doręczenia: brak danych', 'UNKNOWN'],
    ['Doręczono: jeszcze nie', 'UNKNOWN'],
    ['SMS doręczony', 'UNKNOWN'],
    ['Doręczono dzisiaj', 'DELIVERED'],
  ]);
  neverDeliveredEach([
    ['Doręczono do oddziału'],
    ['Doręczono do urzędu celnego'],
    ['Przekazano do doręczenia przez partnera'],
    ['Doręczono do portu lotniczego'],
    ['SMS z kodem dostarczony'],
    ['SMS z kodem odbioru doręczony'],
    ['Doręczenie planowane jutro'],
    ['Planowana data doręczenia: 12.05'],
    ['Doręczenie zaplanowane'],
    ['Dostawa przewidywana jutro'],
    ['Doręczenie do sąsiada zaplanowane'],
    ['Doręczenie: adresat nieobecny'],
    ['Dostarczono do portu lotniczego'],
    ['Doręczono na lotnisko'],
    ['Przesyłka doręczona do portu lotniczego'],
    ['Doręczono jutro'],
  ]);
});

describe('Czech (cs)', () => {
  readsEach([
    ['Předáno letecké společnosti', 'IN_TRANSIT'],
    ['Předáno dopravci', 'IN_TRANSIT'],
    ['Doručeno na výdejní místo', 'WAITING_FOR_PICKUP'],
    ['Doručeno do Z-BOXu', 'WAITING_FOR_PICKUP'],
    ['Předáno celní správě', 'HELD_BY_CUSTOMS'],
    ['Doručeno do třídícího centra', 'IN_TRANSIT'],
    ['Předáno partnerskému dopravci', 'IN_TRANSIT'],
    ['Doručeno adresátovi', 'DELIVERED'],
    ['Zásilka doručena', 'DELIVERED'],
    ['Doručeno příjemci', 'DELIVERED'],
    ['Zásilka byla doručena do schránky', 'DELIVERED'],
    ['Výzva vložena do schránky', 'WAITING_FOR_PICKUP'],
    ['Oznámení vloženo do schránky', 'WAITING_FOR_PICKUP'],
    ['Zásilka bude doručena zítra', 'IN_TRANSIT'],
    ['Doručeno zítra', 'IN_TRANSIT'],
    ['Doručení - chybná adresa', 'EXCEPTION'],
    ['Doručení: odmítnuto adresátem', 'EXCEPTION'],
    ['Datum doručení: -', 'UNKNOWN'],
    ['Doručeno: ne', 'UNKNOWN'],
    ['Doručeno: zatím ne', 'UNKNOWN'],
    ['Doručena zítra', 'IN_TRANSIT'],
    ['Doručeno dnes', 'DELIVERED'],
  ]);
  neverDeliveredEach([
    ['Doručeno do depa'],
    ['Doručeno na letiště'],
    ['Doručeno na poštu'],
    ['SMS s kódem doručena'],
    ['Oznámení o doručení odesláno'],
    ['Doručení plánováno na zítra'],
    ['Předpokládané datum doručení: 12.05.'],
    ['Doručení naplánováno'],
    ['Doručení - adresát nezastižen'],
    ['Doručeno na letiště Praha'],
    ['Zásilka doručena na letiště'],
    ['Dodáno do přístavu'],
  ]);
});

describe('Slovak (sk)', () => {
  readsEach([
    ['Odovzdané leteckej spoločnosti', 'IN_TRANSIT'],
    ['Odovzdané dopravcovi', 'IN_TRANSIT'],
    ['Doručené na výdajné miesto', 'WAITING_FOR_PICKUP'],
    ['Odovzdané colnému úradu', 'HELD_BY_CUSTOMS'],
    ['Doručené do triediaceho centra', 'IN_TRANSIT'],
    ['Doručené adresátovi', 'DELIVERED'],
    ['Zásielka doručená', 'DELIVERED'],
    ['Doručené príjemcovi', 'DELIVERED'],
    ['Oznámenie vložené do schránky', 'WAITING_FOR_PICKUP'],
    ['Zásielka bude doručená zajtra', 'IN_TRANSIT'],
    ['Doručenie - nesprávna adresa', 'EXCEPTION'],
    ['Doručenie: odmietnuté adresátom', 'EXCEPTION'],
    ['Dátum doručenia: -', 'UNKNOWN'],
    ['Doručené: nie', 'UNKNOWN'],
    ['Doručené zajtra', 'IN_TRANSIT'],
    ['SMS doručená', 'UNKNOWN'],
    ['Odovzdané leteckému dopravcovi', 'IN_TRANSIT'],
    ['Doručené dnes', 'DELIVERED'],
    ['Doručené adresátovi do vlastných rúk', 'DELIVERED'],
  ]);
  neverDeliveredEach([
    ['Doručené do depa'],
    ['SMS s kódom doručená'],
    ['Doručenie plánované na zajtra'],
    ['Predpokladaný dátum doručenia: 12.05.'],
    ['Doručené na letisko'],
  ]);
});

describe('Bulgarian (bg)', () => {
  readsEach([
    ['Предадено на авиопревозвача', 'IN_TRANSIT'],
    ['Доставено в офис на Еконт', 'WAITING_FOR_PICKUP'],
    ['Доставено до сортировъчен център', 'IN_TRANSIT'],
    ['Предадено на митницата', 'HELD_BY_CUSTOMS'],
    ['Доставено до автомат', 'WAITING_FOR_PICKUP'],
    ['Доставено до склад', 'IN_TRANSIT'],
    ['Доставено на получателя', 'DELIVERED'],
    ['Пратката е доставена', 'DELIVERED'],
    ['Доставено до адрес', 'DELIVERED'],
    ['Известие оставено в пощенската кутия', 'WAITING_FOR_PICKUP'],
    ['Пратката ще бъде доставена утре', 'IN_TRANSIT'],
    ['Доставка - грешен адрес', 'EXCEPTION'],
    ['Доставка: отказ от получателя', 'EXCEPTION'],
    ['Дата на доставка: -', 'UNKNOWN'],
    ['Доставено: не', 'UNKNOWN'],
    ['SMS доставено', 'UNKNOWN'],
    ['Съобщението е доставено', 'UNKNOWN'],
    ['Доставено утре', 'IN_TRANSIT'],
    ['Доставка - отказ', 'EXCEPTION'],
    ['Доставено днес', 'DELIVERED'],
    ['Доставено до адреса на получателя', 'DELIVERED'],
  ]);
  neverDeliveredEach([
    ['Доставено до летище'],
    ['Предадено на куриер'],
    ['SMS с код доставен'],
    ['Доставката е планирана за утре'],
    ['Очаквана дата на доставка: 12.05'],
    ['Доставено до летище София'],
  ]);
});

describe('Croatian (hr)', () => {
  readsEach([
    ['Isporučeno u sortirni centar', 'IN_TRANSIT'],
    ['Predano prijevozniku', 'IN_TRANSIT'],
    ['Isporučeno u paketomat', 'WAITING_FOR_PICKUP'],
    ['Predano carini', 'HELD_BY_CUSTOMS'],
    ['Uručeno primatelju', 'DELIVERED'],
    ['Pošiljka je uručena', 'DELIVERED'],
    ['Dostavljeno primatelju', 'DELIVERED'],
    ['Obavijest ostavljena u sandučiću', 'WAITING_FOR_PICKUP'],
    ['Pošiljka će biti dostavljena sutra', 'IN_TRANSIT'],
    ['Uručenje - netočna adresa', 'EXCEPTION'],
    ['Datum uručenja: -', 'UNKNOWN'],
    ['Uručeno: ne', 'UNKNOWN'],
    ['Predano zračnom prijevozniku', 'IN_TRANSIT'],
    ['SMS dostavljen', 'UNKNOWN'],
    ['Dostavljeno sutra', 'IN_TRANSIT'],
    ['Dostavljeno danas', 'DELIVERED'],
  ]);
  neverDeliveredEach([
    ['Uručeno zračnom prijevozniku'],
    ['Dostavljeno u poštanski ured'],
    ['SMS s kodom dostavljen'],
    ['Dostava planirana za sutra'],
    ['Očekivani datum dostave: 12.05.'],
    ['Dostava: primatelj odbio'],
    ['Isporučeno zračnom prijevozniku'],
    ['Dostavljeno u zračnu luku'],
  ]);
});

describe('Serbian (sr)', () => {
  readsEach([
    ['Испоручено у сортирни центар', 'IN_TRANSIT'],
    ['Предато царини', 'HELD_BY_CUSTOMS'],
    ['Isporučeno u sortirni centar', 'IN_TRANSIT'],
    ['Predato kuriru', 'OUT_FOR_DELIVERY'],
    ['Уручено примаоцу', 'DELIVERED'],
    ['Pošiljka uručena primaocu', 'DELIVERED'],
    ['Isporučeno primaocu', 'DELIVERED'],
    ['Обавештење остављено у поштанском сандучету', 'WAITING_FOR_PICKUP'],
    ['Уручење - погрешна адреса', 'EXCEPTION'],
    ['Datum uručenja: -', 'UNKNOWN'],
    ['Уручено: не', 'UNKNOWN'],
    ['SMS isporučen', 'UNKNOWN'],
    ['Isporučeno danas', 'DELIVERED'],
    ['Uručeno primaocu lično', 'DELIVERED'],
  ]);
  neverDeliveredEach([
    ['Уручено авио превознику'],
    ['Uručeno avio prevozniku'],
    ['SMS sa kodom dostavljen'],
    ['Испорука планирана за сутра'],
    ['Očekivani datum isporuke: 12.05.'],
    ['Isporuka: primalac odbio'],
    ['Isporučeno avio prevozniku'],
    ['Достављено авио превознику'],
    ['Испоручено на аеродром'],
    ['Isporučeno sutra'],
  ]);
});

describe('Slovenian (sl)', () => {
  readsEach([
    ['Dostavljeno v sortirni center', 'IN_TRANSIT'],
    ['Predano carini', 'HELD_BY_CUSTOMS'],
    ['Dostavljeno v paketnik', 'WAITING_FOR_PICKUP'],
    ['Predano prevozniku', 'IN_TRANSIT'],
    ['Vročeno naslovniku', 'DELIVERED'],
    ['Pošiljka je vročena', 'DELIVERED'],
    ['Dostavljeno prejemniku', 'DELIVERED'],
    ['Obvestilo puščeno v nabiralniku', 'WAITING_FOR_PICKUP'],
    ['Pošiljka bo dostavljena jutri', 'IN_TRANSIT'],
    ['Vročitev - napačen naslov', 'EXCEPTION'],
    ['Dostava: naslovnik zavrnil', 'EXCEPTION'],
    ['Datum vročitve: -', 'UNKNOWN'],
    ['Vročeno: ne', 'UNKNOWN'],
    ['Dostavljeno jutri', 'IN_TRANSIT'],
    ['SMS dostavljen', 'UNKNOWN'],
    ['Dostavljeno danes', 'DELIVERED'],
    ['Vročeno prejemniku osebno', 'DELIVERED'],
  ]);
  neverDeliveredEach([
    ['Vročeno letalskemu prevozniku'],
    ['SMS s kodo dostavljen'],
    ['Dostava načrtovana za jutri'],
    ['Predviden datum dostave: 12.05.'],
    ['Dostavljeno letalskemu prevozniku'],
    ['Dostavljeno na letališče'],
  ]);
});

describe('Hungarian (hu)', () => {
  readsEach([
    ['Átadva a légi fuvarozónak', 'IN_TRANSIT'],
    ['Kézbesítve a légitársaságnak', 'IN_TRANSIT'],
    ['Átadva a vámhatóságnak', 'HELD_BY_CUSTOMS'],
    ['Kézbesítve a csomagautomatába', 'WAITING_FOR_PICKUP'],
    ['Átadva a szállítópartnernek', 'IN_TRANSIT'],
    ['Kézbesítve a címzettnek', 'DELIVERED'],
    ['Kézbesítve', 'DELIVERED'],
    ['A küldemény kézbesítve', 'DELIVERED'],
    ['Értesítő a postaládába helyezve', 'WAITING_FOR_PICKUP'],
    ['Értesítő kézbesítve', 'WAITING_FOR_PICKUP'],
    ['Kézbesítés - hibás cím', 'EXCEPTION'],
    ['Kézbesítés: a címzett megtagadta', 'EXCEPTION'],
    ['Kézbesítés dátuma: -', 'UNKNOWN'],
    ['Kézbesítve: nem', 'UNKNOWN'],
    ['Kézbesítve a légi fuvarozónak', 'IN_TRANSIT'],
    ['SMS kézbesítve', 'UNKNOWN'],
    ['Kézbesítve ma', 'DELIVERED'],
  ]);
  neverDeliveredEach([
    ['Kézbesítve a depóba'],
    ['Átadva a futárnak'],
    ['Átadva a partnernek'],
    ['SMS a kóddal kézbesítve'],
    ['Kézbesítés tervezett dátuma: holnap'],
    ['Várható kézbesítés: 12.05.'],
    ['Kézbesítés holnap várható'],
    ['Kézbesítve a repülőtérre'],
    ['Kézbesítve a vámnak'],
    ['Kézbesítve holnap'],
  ]);
});

describe('Lithuanian (lt)', () => {
  readsEach([
    ['Pristatyta į rūšiavimo centrą', 'IN_TRANSIT'],
    ['Perduota oro vežėjui', 'IN_TRANSIT'],
    ['Perduota muitinei', 'HELD_BY_CUSTOMS'],
    ['Pristatyta į paštomatą', 'WAITING_FOR_PICKUP'],
    ['Įteikta gavėjui', 'DELIVERED'],
    ['Siunta pristatyta', 'DELIVERED'],
    ['Pristatyta gavėjui', 'DELIVERED'],
    ['Pranešimas paliktas pašto dėžutėje', 'WAITING_FOR_PICKUP'],
    ['Pristatymas - neteisingas adresas', 'EXCEPTION'],
    ['Įteikimas: gavėjas atsisakė', 'EXCEPTION'],
    ['Pristatymo data: -', 'UNKNOWN'],
    ['Įteikta: ne', 'UNKNOWN'],
    ['Pristatyta rytoj', 'IN_TRANSIT'],
    ['SMS pristatyta', 'UNKNOWN'],
    ['Pristatyta šiandien', 'DELIVERED'],
    ['Įteikta adresatui', 'DELIVERED'],
  ]);
  neverDeliveredEach([
    ['Perduota kurjeriui'],
    ['SMS su kodu pristatyta'],
    ['Pristatymas planuojamas rytoj'],
    ['Numatoma pristatymo data: 12.05.'],
    ['Pristatyta į oro uostą'],
    ['Įteikta oro vežėjui'],
  ]);
});

describe('Latvian (lv)', () => {
  readsEach([
    ['Piegādāts šķirošanas centrā', 'IN_TRANSIT'],
    ['Nodots muitai', 'HELD_BY_CUSTOMS'],
    ['Piegādāts pakomātā', 'WAITING_FOR_PICKUP'],
    ['Izsniegts adresātam', 'DELIVERED'],
    ['Sūtījums piegādāts', 'DELIVERED'],
    ['Piegādāts saņēmējam', 'DELIVERED'],
    ['Paziņojums atstāts pastkastītē', 'WAITING_FOR_PICKUP'],
    ['Piegāde - nepareiza adrese', 'EXCEPTION'],
    ['Piegādes datums: -', 'UNKNOWN'],
    ['Piegādāts: nē', 'UNKNOWN'],
    ['SMS piegādāta', 'UNKNOWN'],
    ['Piegādāts šodien', 'DELIVERED'],
    ['Izsniegts saņēmējam', 'DELIVERED'],
  ]);
  neverDeliveredEach([
    ['Nodots aviopārvadātājam'],
    ['Nodots kurjeram'],
    ['SMS ar kodu piegādāta'],
    ['Piegāde plānota rīt'],
    ['Paredzamais piegādes datums: 12.05.'],
    ['Izsniegšana: adresāts atteicās'],
    ['Piegādāts lidostā'],
    ['Izsniegts aviopārvadātājam'],
    ['Piegādāts rīt'],
  ]);
});

describe('Estonian (et)', () => {
  readsEach([
    ['Toimetatud sorteerimiskeskusesse', 'IN_TRANSIT'],
    ['Üle antud tollile', 'HELD_BY_CUSTOMS'],
    ['Toimetatud pakiautomaati', 'WAITING_FOR_PICKUP'],
    ['Kätte toimetatud', 'DELIVERED'],
    ['Üle antud saajale', 'DELIVERED'],
    ['Pakk on kätte toimetatud', 'DELIVERED'],
    ['Teade jäetud postkasti', 'WAITING_FOR_PICKUP'],
    ['Kättetoimetamine - vale aadress', 'EXCEPTION'],
    ['Kättetoimetamine: saaja keeldus', 'EXCEPTION'],
    ['Kättetoimetamise kuupäev: -', 'UNKNOWN'],
    ['Kätte toimetatud: ei', 'UNKNOWN'],
    ['SMS kohale toimetatud', 'UNKNOWN'],
    ['Pakiautomaati toimetatud', 'WAITING_FOR_PICKUP'],
    ['Kätte toimetatud täna', 'DELIVERED'],
  ]);
  neverDeliveredEach([
    ['Üle antud lennuettevõttele'],
    ['Üle antud kullerile'],
    ['SMS koodiga kohale toimetatud'],
    ['Kättetoimetamine planeeritud homme'],
    ['Eeldatav kättetoimetamise kuupäev: 12.05.'],
    ['Kätte toimetatud lennujaama'],
    ['Üle antud vedajale'],
    ['Kätte toimetatud homme'],
    ['Üle antud partnerile'],
  ]);
});
