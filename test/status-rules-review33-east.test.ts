import { describe } from 'vitest';
import { readsEach } from './support/normalizer.js';

/**
 * Round 33 review of the phrases rounds 26-28 added (east and Asian languages): true events whose
 * words a round 26-28 phrase also held in another sense, each beside the training wording it was
 * written for: China Post's 邮件 (the mail item itself) taken for an e-mail ('您的邮件已送达'), a
 * 12-character gap reaching from a delivery to the carrier's name ('已妥投至收件人，感谢使用中国邮政')
 * or from a notice SMS to the parcel ('已发短信通知，快件已送达'), a Turkish information SMS sent
 * after the delivery ('Teslim edildi, bilgilendirme SMS'i gönderildi'), Russian gaps reaching from
 * a delivery to a receipt available, an order closed, a signature not required ('Вручение адресату,
 * подпись не требуется'), a Bulgarian 'Съобщение:' field label before the delivery itself, a
 * parcel heading to a pickup point read as the courier going to the sender ('包裹正在前往取件点')
 * and a Vietnamese hand-over to the postman read as the sender's ('Chờ bàn giao cho bưu tá phát').
 */

describe('narrowed round 26-28 phrases: true events', () => {
  readsEach([
    ['您的邮件已送达，感谢使用中国邮政', 'DELIVERED'],
    ['邮件已送达，签收人：本人', 'DELIVERED'],
    ['电子邮件已送达', 'UNKNOWN'],
    ['已发短信通知，快件已送达', 'DELIVERED'],
    ['到货短信已送达', 'UNKNOWN'],
    ['已妥投至收件人，感谢使用中国邮政', 'DELIVERED'],
    ['妥投至本人，中国邮政', 'DELIVERED'],
    ['已妥投至航空公司', 'IN_TRANSIT'],
    ['已妥投至机场', 'IN_TRANSIT'],
    ['已投递取件通知', 'WAITING_FOR_PICKUP'],
    ['包裹正在前往取件点', 'IN_TRANSIT'],
    ['快递员已接单，正在前往取件', 'INFO_RECEIVED'],
    ['快递员正在前往取件', 'INFO_RECEIVED'],
    ['Gönderiniz teslim edildi. Bilgilendirme SMS gönderildi', 'DELIVERED'],
    ["Teslim edildi, bilgilendirme SMS'i gönderildi", 'DELIVERED'],
    ["Bilgilendirme SMS'i teslim edildi", 'UNKNOWN'],
    ['Вручение адресату, подпись не требуется', 'DELIVERED'],
    ['Вручение адресату. Электронный чек доступен в приложении', 'DELIVERED'],
    ['Вручение адресату, заказ закрыт', 'DELIVERED'],
    ['Вручение адресату, замечаний нет', 'DELIVERED'],
    ['Вручение адресату. Получатель найден по номеру телефона', 'DELIVERED'],
    ['Вручение: адресат не найден', 'EXCEPTION'],
    ['Съобщение: Пратката е доставена', 'DELIVERED'],
    ['Съобщението е доставено', 'UNKNOWN'],
    ['Chờ bàn giao cho bưu tá phát', 'IN_TRANSIT'],
    ['Chờ bàn giao cho đơn vị vận chuyển', 'INFO_RECEIVED'],
  ]);
});
