import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

// Hand-written probes (not corpus rows), round 39 (slav group: pl, ru, uk, cs, tr): the families of the
// real wordings the round added to the training split (Turkish bag and loading scans at transfer centres,
// PTT-style 'not at the address' notices) and the same families in Ukrainian, Czech, Polish and Russian,
// with confusable neighbours.

describe("bags closed, opened and filled, loading and unloading at transfer centres are movement; 'not at the address' with or without a notice left is a delivery attempt, a wrong or unfindable address an exception (tr)", () => {
  readsEach([
    ['Torba kapatıldı', 'IN_TRANSIT'],
    ['Gönderi torbaya eklendi', 'IN_TRANSIT'],
    ['Gönderi torbadan çıkarıldı', 'IN_TRANSIT'],
    ['Torba açıldı', 'IN_TRANSIT'],
    ['Torba sevk edildi', 'IN_TRANSIT'],
    ['Torba İstanbul Aktarma Merkezine gönderildi', 'IN_TRANSIT'],
    ['Araca yükleme yapıldı', 'IN_TRANSIT'],
    ['Gönderi araca yüklendi', 'IN_TRANSIT'],
    ['Transfer aracına yüklendi', 'IN_TRANSIT'],
    ['İndirme yapıldı', 'IN_TRANSIT'],
    ['Araçtan indirildi', 'IN_TRANSIT'],
    ['Gönderi araçtan indirildi', 'IN_TRANSIT'],
    ['Kargonuz aktarma merkezinde', 'IN_TRANSIT'],
    ['Gönderi aktarma merkezine ulaştı', 'IN_TRANSIT'],
    ['Aktarma merkezinden çıkış yapıldı', 'IN_TRANSIT'],
    ['Transfer merkezine giriş yapıldı', 'IN_TRANSIT'],
    ['Transfer merkezinden çıktı', 'IN_TRANSIT'],
    ['Yola çıktı', 'IN_TRANSIT'],
    ['Kargonuz yola çıktı', 'IN_TRANSIT'],
    ['Sevkiyat yapıldı', 'IN_TRANSIT'],
    ['Hat aracına yüklendi', 'IN_TRANSIT'],
    ['Alıcı adreste yok, haber kağıdı bırakıldı', 'WAITING_FOR_PICKUP'],
    ['Adreste kimse yok, ihbar notu bırakıldı', 'WAITING_FOR_PICKUP'],
    ['Haber kağıdı bırakıldı, gönderinizi şubeden teslim alabilirsiniz', 'WAITING_FOR_PICKUP'],
    ['İhbar notu bırakıldı', 'WAITING_FOR_PICKUP'],
    ['Alıcı adreste bulunamadı, şubede bekliyor', 'WAITING_FOR_PICKUP'],
    ['Adreste bulunamadı, tekrar dağıtıma çıkarılacak', 'WAITING_FOR_PICKUP'],
    ['Alıcıya ulaşılamadı, haber kağıdı bırakıldı', 'WAITING_FOR_PICKUP'],
    ['Adres kapalı, haber kağıdı bırakıldı', 'WAITING_FOR_PICKUP'],
    ['İşyeri kapalı, haber kağıdı bırakıldı', 'WAITING_FOR_PICKUP'],
    ['Teslim edilemedi - adreste yok', 'WAITING_FOR_PICKUP'],
    ['Adreste yok', 'WAITING_FOR_PICKUP'],
    ['Alıcı adreste yok', 'WAITING_FOR_PICKUP'],
    ['Evde yoktunuz, kargonuz şubede', 'WAITING_FOR_PICKUP'],
    ['Adres bulunamadı', 'EXCEPTION'],
    ['Alıcı adresi bulunamadı', 'EXCEPTION'],
    ['Alıcı taşınmış', 'EXCEPTION'],
    ['Alıcı gönderiyi kabul etmedi', 'EXCEPTION'],
    ['Alıcıya teslim edildi', 'DELIVERED'],
    ['Komşuya teslim edildi', 'DELIVERED'],
    ['Torba açıldı, gönderi ayrıştırıldı', 'IN_TRANSIT'],
    ['Gönderi torbaya konuldu', 'IN_TRANSIT'],
    ['Yükleme yapıldı - İstanbul Aktarma', 'IN_TRANSIT'],
    ['Gönderiniz hat aracına yüklendi', 'IN_TRANSIT'],
    ['İndirme yapıldı - Ankara Aktarma Merkezi', 'IN_TRANSIT'],
    ['Varış şubesine indirildi', 'ARRIVED_AT_DESTINATION'],
    ['Kargonuz varış şubesine ulaştı', 'ARRIVED_AT_DESTINATION'],
    ['Alıcı adreste bulunamadı, haber kağıdı bırakıldı', 'WAITING_FOR_PICKUP'],
    ['Evde yoktunuz', 'WAITING_FOR_PICKUP'],
    ['Adreste yok, gönderi şubeye iade edildi', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('bags, loading and unloading, sorting centres are movement; an addressee not at home with a notice left is an attempt (uk)', () => {
  readsEach([
    ['Відправлення вкладено в мішок', 'IN_TRANSIT'],
    ['Мішок закрито', 'IN_TRANSIT'],
    ['Мішок відправлено до сортувального центру', 'IN_TRANSIT'],
    ['Відправлення завантажено в автомобіль', 'IN_TRANSIT'],
    ['Відправлення вивантажено', 'IN_TRANSIT'],
    ['Відправлення на сортувальному центрі', 'IN_TRANSIT'],
    ['Відправлення у транзитному пункті', 'IN_TRANSIT'],
    ['Посилка на сортувальному терміналі', 'IN_TRANSIT'],
    ['Адресата немає вдома, залишено повідомлення', 'WAITING_FOR_PICKUP'],
    ['Залишено повідомлення про надходження', 'WAITING_FOR_PICKUP'],
    ['Одержувача не було на адресі, залишено повідомлення', 'WAITING_FOR_PICKUP'],
    ['Отримувача немає за адресою', 'WAITING_FOR_PICKUP'],
    ['Мішок з відправленням відправлено', 'IN_TRANSIT'],
    ['Відправлення вивантажено на сортувальному центрі', 'IN_TRANSIT'],
    ['Посилку завантажено в автомобіль', 'IN_TRANSIT'],
    ['Залишено повідомлення про прибуття', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('parcels put into or sealed in bags, loaded and unloaded, at sorting centres are movement; an addressee not met is an attempt, an address not found an exception (cs)', () => {
  readsEach([
    ['Zásilka vložena do vaku', 'IN_TRANSIT'],
    ['Zásilka vložena do přepravního vaku', 'IN_TRANSIT'],
    ['Naložení zásilky do vozidla', 'IN_TRANSIT'],
    ['Zásilka naložena na vůz', 'IN_TRANSIT'],
    ['Vyložení zásilky', 'IN_TRANSIT'],
    ['Zásilka vyložena v depu Praha', 'IN_TRANSIT'],
    ['Zásilka je v překladišti', 'IN_TRANSIT'],
    ['Zásilka dorazila do třídicího centra', 'IN_TRANSIT'],
    ['Adresát nezastižen, zanechána výzva', 'WAITING_FOR_PICKUP'],
    ['Adresát nebyl zastižen, zásilka uložena na poště', 'WAITING_FOR_PICKUP'],
    ['Příjemce nebyl zastižen', 'WAITING_FOR_PICKUP'],
    ['Příjemce nezastižen na adrese, zanecháno oznámení', 'WAITING_FOR_PICKUP'],
    ['Nikdo nebyl doma, zásilka uložena na pobočce', 'WAITING_FOR_PICKUP'],
    ['Adresa nenalezena', 'EXCEPTION'],
    ['Vložení zásilky do pytle', 'IN_TRANSIT'],
    ['Zásilka vyložena na depu', 'IN_TRANSIT'],
    ['Zásilka uzavřena do vaku', 'IN_TRANSIT'],
    ['Adresát nebyl doma, zanecháno oznámení', 'WAITING_FOR_PICKUP'],
    ['Zásilka nemohla být doručena, adresát nezastižen', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('parcels put into bags and loaded onto vehicles are movement; an absent addressee with an awizo left is an attempt (pl)', () => {
  readsEach([
    ['Przesyłka umieszczona w worku', 'IN_TRANSIT'],
    ['Worek zamknięty', 'IN_TRANSIT'],
    ['Załadunek na samochód', 'IN_TRANSIT'],
    ['Przesyłka załadowana na samochód', 'IN_TRANSIT'],
    ['Rozładunek przesyłki', 'IN_TRANSIT'],
    ['Przesyłka w sortowni', 'IN_TRANSIT'],
    ['Adresat nieobecny, pozostawiono awizo', 'WAITING_FOR_PICKUP'],
    ['Nie zastano adresata, awizo pozostawione', 'WAITING_FOR_PICKUP'],
    ['Odbiorca nieobecny pod adresem', 'WAITING_FOR_PICKUP'],
    ['Przesyłka umieszczona w worku pocztowym', 'IN_TRANSIT'],
    ['Przesyłkę załadowano na pojazd', 'IN_TRANSIT'],
    ['Nieobecność adresata, pozostawiono awizo', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('bags, loading and unloading are movement; an absent addressee with a notice left is an attempt (ru)', () => {
  readsEach([
    ['Завантажено до транспортного засобу', 'IN_TRANSIT'],
    ['Отправление вложено в мешок', 'IN_TRANSIT'],
    ['Мешок закрыт', 'IN_TRANSIT'],
    ['Погружено в автомобиль', 'IN_TRANSIT'],
    ['Отправление выгружено', 'IN_TRANSIT'],
    ['Адресат отсутствует, оставлено извещение', 'WAITING_FOR_PICKUP'],
    ['Получателя нет дома, оставлено извещение', 'WAITING_FOR_PICKUP'],
    ['Адресата не застали вдома', 'WAITING_FOR_PICKUP'],
    ['Отправление погружено в транспорт', 'IN_TRANSIT'],
    ['Мешок с отправлением отправлен', 'IN_TRANSIT'],
    ['Адресат не застан дома, оставлено извещение', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('bags and loading not done, addressees not met, notices left: never DELIVERED', () => {
  neverDeliveredEach([
    ['Torba açılmadı'],
    ['İndirme yapılmadı'],
    ['Evde yoktunuz'],
    ['Teslim edilemedi, evde bulunamadınız'],
    ['Adreste yok, teslim edilemedi'],
    ['Haber kağıdı bırakıldı, teslim edilmedi'],
    ['Alıcı adreste bulunamadı, tekrar dağıtıma çıkarılacak'],
    ['Zásilka nebyla vložena do vaku'],
    ['Adresát nezastižen, zásilka nedoručena'],
    ['Zásilka nebyla doručena, příjemce nebyl zastižen'],
    ['Przesyłka nie została załadowana na samochód'],
    ['Nie doręczono - adresat nieobecny'],
    ['Adresat nieobecny, pozostawiono awizo'],
    ['Не вручено, адресата немає вдома'],
    ['Відправлення не вручено: адресат відсутній'],
    ['Адресата немає вдома, залишено повідомлення'],
    ['Не доставлено: получатель отсутствует'],
    ['Адресат отсутствует, оставлено извещение'],
  ]);
});
