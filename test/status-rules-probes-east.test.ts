import { describe, expect, it } from 'vitest';
import { statusOf } from './support/normalizer.js';

// Hand-written probes (not corpus rows): everyday ways carriers and shops word each status.
// Positive probes assert the status the east group's phrases now read; negative probes must
// never read DELIVERED (futures, negations, handed to a courier, not collected).

describe('east probes', () => {
  it('reads Russian wordings the rules used to miss or misread', () => {
    expect(statusOf('Отправитель готовит посылку к отправке')).toBe('INFO_RECEIVED');
    expect(statusOf('Получены данные об отправлении от отправителя')).toBe('INFO_RECEIVED');
    expect(statusOf('Посылка перемещается в другой город')).toBe('IN_TRANSIT');
    expect(statusOf('Посылка прибыла в Россию')).toBe('ARRIVED_AT_DESTINATION');
    expect(statusOf('Курьер не застал получателя дома')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('Посылка ожидает вас в отделении почты')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('Получатель забрал посылку из постамата')).toBe('DELIVERED');
    expect(statusOf('Повторная доставка назначена на завтра')).toBe('EXCEPTION');
    expect(statusOf('Продавец передал информацию о заказе')).toBe('INFO_RECEIVED');
    expect(statusOf('Посылка ещё не передана в доставку')).toBe('INFO_RECEIVED');
    expect(statusOf('Отправление следует в город назначения')).toBe('IN_TRANSIT');
    expect(statusOf('Курьер скоро будет у вас')).toBe('OUT_FOR_DELIVERY');
    expect(statusOf('Хранится в отделении')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('Адрес не найден')).toBe('EXCEPTION');
    expect(statusOf('Посылка потеряна')).toBe('EXCEPTION');
    expect(statusOf('Получатель не отвечает на звонки')).toBe('EXCEPTION');
    expect(statusOf('Отправлено обратно')).toBe('RETURNED_TO_SENDER');
    expect(statusOf('Посылка едет обратно к отправителю')).toBe('RETURNED_TO_SENDER');
  });

  it('never reads Russian negative probes as DELIVERED', () => {
    expect(statusOf('Не вручено')).not.toBe('DELIVERED');
    expect(statusOf('Посылка не доставлена')).not.toBe('DELIVERED');
    expect(statusOf('Посылка будет доставлена завтра')).not.toBe('DELIVERED');
    expect(statusOf('Передано курьеру для доставки')).not.toBe('DELIVERED');
    expect(statusOf('Передано перевозчику')).not.toBe('DELIVERED');
    expect(statusOf('Ожидает вручения')).not.toBe('DELIVERED');
    expect(statusOf('Не получено адресатом')).not.toBe('DELIVERED');
    expect(statusOf('Посылка ещё не вручена')).not.toBe('DELIVERED');
    expect(statusOf('Заказ не забран')).not.toBe('DELIVERED');
    expect(statusOf('Доставлено в пункт выдачи')).not.toBe('DELIVERED');
    expect(statusOf('Посылка должна быть доставлена в понедельник')).not.toBe('DELIVERED');
    expect(statusOf('Получатель не забрал посылку')).not.toBe('DELIVERED');
    expect(statusOf('Доставлено в сортировочный центр')).not.toBe('DELIVERED');
    expect(statusOf('Вручено курьеру')).not.toBe('DELIVERED');
    expect(statusOf('Ожидается вручение')).not.toBe('DELIVERED');
    expect(statusOf('Заказ будет выдан после оплаты')).not.toBe('DELIVERED');
    expect(statusOf('Не выдано')).not.toBe('DELIVERED');
    expect(statusOf('Клиент не забрал заказ из постамата')).not.toBe('DELIVERED');
    expect(statusOf('Посылка должна быть вручена адресату')).not.toBe('DELIVERED');
    expect(statusOf('Вручено почтальону для доставки')).not.toBe('DELIVERED');
    expect(statusOf('Ожидается вручение адресату')).not.toBe('DELIVERED');
    expect(statusOf('Курьер не смог вручить посылку')).not.toBe('DELIVERED');
    expect(statusOf('Заказ пока не получен')).not.toBe('DELIVERED');
    expect(statusOf('Планируемая дата доставки завтра')).not.toBe('DELIVERED');
    expect(statusOf('Передано в службу доставки')).not.toBe('DELIVERED');
    expect(statusOf('Вам следует обратиться в отделение')).not.toBe('DELIVERED');
    expect(statusOf('Курьер скоро заберёт посылку у отправителя')).not.toBe('DELIVERED');
    expect(statusOf('Посылка хранится на складе отправителя')).not.toBe('DELIVERED');
  });

  it('reads Polish wordings the rules used to miss or misread', () => {
    expect(statusOf('Dane przesyłki przekazane do przewoźnika')).toBe('INFO_RECEIVED');
    expect(statusOf('Zamówienie przyjęte do realizacji')).toBe('INFO_RECEIVED');
    expect(statusOf('Przesyłka w placówce doręczającej')).toBe('ARRIVED_AT_DESTINATION');
    expect(statusOf('Przekazano kurierowi')).toBe('OUT_FOR_DELIVERY');
    expect(statusOf('Listonosz doręcza przesyłkę')).toBe('OUT_FOR_DELIVERY');
    expect(statusOf('Nadawca utworzył przesyłkę')).toBe('INFO_RECEIVED');
    expect(statusOf('Przesyłka oczekuje na odbiór od nadawcy')).toBe('INFO_RECEIVED');
    expect(statusOf('Etykieta wydrukowana')).toBe('INFO_RECEIVED');
    expect(statusOf('Kurier jest w drodze do Ciebie')).toBe('OUT_FOR_DELIVERY');
  });

  it('never reads Polish negative probes as DELIVERED', () => {
    expect(statusOf('Nie doręczono')).not.toBe('DELIVERED');
    expect(statusOf('Przesyłka nie została doręczona')).not.toBe('DELIVERED');
    expect(statusOf('Przesyłka zostanie doręczona jutro')).not.toBe('DELIVERED');
    expect(statusOf('Przekazano kurierowi do doręczenia')).not.toBe('DELIVERED');
    expect(statusOf('Przekazano przewoźnikowi')).not.toBe('DELIVERED');
    expect(statusOf('Odebrana przez kuriera')).not.toBe('DELIVERED');
    expect(statusOf('Nieodebrana')).not.toBe('DELIVERED');
    expect(statusOf('Przesyłka nie została odebrana')).not.toBe('DELIVERED');
    expect(statusOf('Do odbioru')).not.toBe('DELIVERED');
    expect(statusOf('Doręczono do paczkomatu')).not.toBe('DELIVERED');
    expect(statusOf('Planowane doręczenie w poniedziałek')).not.toBe('DELIVERED');
    expect(statusOf('Przesyłka powinna zostać doręczona dzisiaj')).not.toBe('DELIVERED');
    expect(statusOf('Doręczono do sortowni')).not.toBe('DELIVERED');
    expect(statusOf('Adresat nie odebrał przesyłki')).not.toBe('DELIVERED');
    expect(statusOf('Jeszcze nie doręczono')).not.toBe('DELIVERED');
    expect(statusOf('Przewidywane doręczenie jutro')).not.toBe('DELIVERED');
    expect(statusOf('Przesyłka powinna być doręczona jutro')).not.toBe('DELIVERED');
    expect(statusOf('Przekazano kurierowi')).not.toBe('DELIVERED');
    expect(statusOf('Kurier doręcza przesyłkę')).not.toBe('DELIVERED');
    expect(statusOf('Paczka nie została odebrana z paczkomatu')).not.toBe('DELIVERED');
    expect(statusOf('Kurier nie mógł doręczyć przesyłki')).not.toBe('DELIVERED');
    expect(statusOf('Przesyłka jeszcze nie odebrana')).not.toBe('DELIVERED');
    expect(statusOf('Przewidywana data doręczenia jutro')).not.toBe('DELIVERED');
  });

  it('reads Czech wordings the rules used to miss or misread', () => {
    expect(statusOf('Objednávka přijata')).toBe('INFO_RECEIVED');
    expect(statusOf('Přijetí zásilky')).toBe('IN_TRANSIT');
    expect(statusOf('Celní řízení dokončeno')).toBe('IN_TRANSIT');
    expect(statusOf('Zásilka dorazila na doručovací poštu')).toBe('ARRIVED_AT_DESTINATION');
    expect(statusOf('Zásilka přijata v cílové zemi')).toBe('ARRIVED_AT_DESTINATION');
    expect(statusOf('Zásilka bude dnes doručena')).toBe('OUT_FOR_DELIVERY');
    expect(statusOf('Předáno k doručení')).toBe('OUT_FOR_DELIVERY');
    expect(statusOf('Adresát nebyl zastižen')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('Zásilka převzata příjemcem')).toBe('DELIVERED');
    expect(statusOf('Doručení nebylo možné')).toBe('EXCEPTION');
    expect(statusOf('Doručení přeplánováno')).toBe('EXCEPTION');
    expect(statusOf('Čekáme na převzetí zásilky od odesílatele')).toBe('INFO_RECEIVED');
    expect(statusOf('Adresát je neznámý')).toBe('EXCEPTION');
  });

  it('never reads Czech negative probes as DELIVERED', () => {
    expect(statusOf('Nedoručeno')).not.toBe('DELIVERED');
    expect(statusOf('Zásilka nebyla doručena')).not.toBe('DELIVERED');
    expect(statusOf('Zásilka bude doručena zítra')).not.toBe('DELIVERED');
    expect(statusOf('Předáno přepravci')).not.toBe('DELIVERED');
    expect(statusOf('Zásilka předána kurýrovi')).not.toBe('DELIVERED');
    expect(statusOf('Nevyzvednuto')).not.toBe('DELIVERED');
    expect(statusOf('Zásilka nebyla vyzvednuta')).not.toBe('DELIVERED');
    expect(statusOf('Doručeno na výdejní místo')).not.toBe('DELIVERED');
    expect(statusOf('Doručeno do Z-BOXu')).not.toBe('DELIVERED');
    expect(statusOf('Předpokládané doručení zítra')).not.toBe('DELIVERED');
    expect(statusOf('Zásilka by měla být doručena v pondělí')).not.toBe('DELIVERED');
    expect(statusOf('Doručeno do depa')).not.toBe('DELIVERED');
    expect(statusOf('Zásilka zatím nebyla doručena')).not.toBe('DELIVERED');
    expect(statusOf('Převzato od odesílatele')).not.toBe('DELIVERED');
    expect(statusOf('Zásilka k vyzvednutí')).not.toBe('DELIVERED');
    expect(statusOf('Zásilka nebyla převzata příjemcem')).not.toBe('DELIVERED');
    expect(statusOf('Zásilka bude doručena adresátovi')).not.toBe('DELIVERED');
    expect(statusOf('Zásilka by měla být doručena dnes')).not.toBe('DELIVERED');
    expect(statusOf('Předáno k doručení')).not.toBe('DELIVERED');
    expect(statusOf('Zásilka bude zítra doručena do schránky')).not.toBe('DELIVERED');
    expect(statusOf('Zásilku se nepodařilo doručit')).not.toBe('DELIVERED');
    expect(statusOf('Předpokládané datum doručení zítra')).not.toBe('DELIVERED');
    expect(statusOf('Zásilka dosud nebyla vyzvednuta')).not.toBe('DELIVERED');
  });

  it('reads Turkish wordings the rules used to miss or misread', () => {
    expect(statusOf('Kargo kaydı oluşturuldu')).toBe('INFO_RECEIVED');
    expect(statusOf('Gönderi bilgileri elektronik olarak alındı')).toBe('INFO_RECEIVED');
    expect(statusOf('Kargo firmasına teslim edilmeyi bekliyor')).toBe('INFO_RECEIVED');
    expect(statusOf('Teslimat için yolda')).toBe('OUT_FOR_DELIVERY');
    expect(statusOf('Kargo dolaba yerleştirildi')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('Teslim alma noktasında hazır')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('Teslim edilemedi, alıcı evde yok')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('Bilgi notu bırakıldı')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('PTT şubesinde alıcısını bekliyor')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('Dolaptan teslim alındı')).toBe('DELIVERED');
    expect(statusOf('Tekrar teslimat planlandı')).toBe('EXCEPTION');
    expect(statusOf('Kargo henüz kargo firmasına verilmedi')).toBe('INFO_RECEIVED');
    expect(statusOf('Kurye adresinize doğru yola çıktı')).toBe('OUT_FOR_DELIVERY');
    expect(statusOf('Kargonuz şubede sizi bekliyor')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('Alıcı adreste bulunamadığı için şubeye iade edildi')).toBe(
      'WAITING_FOR_PICKUP',
    );
  });

  it('never reads Turkish negative probes as DELIVERED', () => {
    expect(statusOf('Teslim edilmedi')).not.toBe('DELIVERED');
    expect(statusOf('Teslim edilemedi')).not.toBe('DELIVERED');
    expect(statusOf('Kargo yarın teslim edilecek')).not.toBe('DELIVERED');
    expect(statusOf('Kargo firmasına teslim edildi')).not.toBe('DELIVERED');
    expect(statusOf('Kuryeye teslim edildi')).not.toBe('DELIVERED');
    expect(statusOf('Teslim alınmadı')).not.toBe('DELIVERED');
    expect(statusOf('Henüz teslim edilmedi')).not.toBe('DELIVERED');
    expect(statusOf('Şubeye teslim edildi')).not.toBe('DELIVERED');
    expect(statusOf('Teslim alınmayı bekliyor')).not.toBe('DELIVERED');
    expect(statusOf('Tahmini teslim tarihi yarın')).not.toBe('DELIVERED');
    expect(statusOf('Teslim edilmesi bekleniyor')).not.toBe('DELIVERED');
    expect(statusOf('Göndericiden teslim alındı')).not.toBe('DELIVERED');
    expect(statusOf('Kargo şubeye teslim edildi')).not.toBe('DELIVERED');
    expect(statusOf('Aktarma merkezine teslim edildi')).not.toBe('DELIVERED');
    expect(statusOf('Alıcı tarafından teslim alınmadı')).not.toBe('DELIVERED');
    expect(statusOf('Kargo dolaptan teslim alınmadı')).not.toBe('DELIVERED');
    expect(statusOf('Alıcı kargoyu teslim almadı')).not.toBe('DELIVERED');
    expect(statusOf('Kargo dolaba yerleştirildi')).not.toBe('DELIVERED');
    expect(statusOf('Teslimat için yolda')).not.toBe('DELIVERED');
    expect(statusOf('Kargo teslim edilemedi')).not.toBe('DELIVERED');
    expect(statusOf('Tahmini teslimat tarihi yarın')).not.toBe('DELIVERED');
    expect(statusOf('Kargo henüz teslim edilmedi')).not.toBe('DELIVERED');
  });

  it('never reads Ukrainian negative probes as DELIVERED', () => {
    expect(statusOf('Не вручено')).not.toBe('DELIVERED');
    expect(statusOf('Посилку не доставлено')).not.toBe('DELIVERED');
    expect(statusOf('Посилку буде доставлено завтра')).not.toBe('DELIVERED');
    expect(statusOf("Передано кур'єру для доставки")).not.toBe('DELIVERED');
    expect(statusOf('Передано перевізнику')).not.toBe('DELIVERED');
    expect(statusOf('Очікує вручення')).not.toBe('DELIVERED');
    expect(statusOf('Не отримано')).not.toBe('DELIVERED');
    expect(statusOf('Ще не вручено')).not.toBe('DELIVERED');
    expect(statusOf('Отримувач не забрав посилку')).not.toBe('DELIVERED');
    expect(statusOf('Доставлено у відділення')).not.toBe('DELIVERED');
    expect(statusOf('Доставлено до поштомату')).not.toBe('DELIVERED');
    expect(statusOf('Доставлено до сортувального центру')).not.toBe('DELIVERED');
    expect(statusOf('Очікується доставка')).not.toBe('DELIVERED');
    expect(statusOf('Не видано')).not.toBe('DELIVERED');
    expect(statusOf('Отримано від відправника')).not.toBe('DELIVERED');
    expect(statusOf('Одержувач не забрав посилку з поштомату')).not.toBe('DELIVERED');
    expect(statusOf('Очікується вручення')).not.toBe('DELIVERED');
    expect(statusOf("Кур'єр не зміг доставити посилку")).not.toBe('DELIVERED');
    expect(statusOf('Орієнтовна дата доставки завтра')).not.toBe('DELIVERED');
    expect(statusOf('Посилка ще не отримана')).not.toBe('DELIVERED');
  });
});
