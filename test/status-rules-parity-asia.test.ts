import { describe } from 'vitest';
import { neverDeliveredEach, readsEach, rulesReadEach } from './support/normalizer.js';

// Hand-written probes (not corpus rows), round 18: family parity across languages. Each family the
// English rules read, worded as carriers of the zh, ja, ko, vi, th, id, ar and he markets word it, with a
// confusable neighbour where one exists.

describe('the recipient has moved', () => {
  readsEach([
    ['收件人已搬迁，无法派送', 'EXCEPTION'],
    ['收件人已搬家', 'EXCEPTION'],
    ['收件人已故，无法投递', 'EXCEPTION'],
    ['收件人已搬離原址', 'EXCEPTION'],
    ['転居先不明のため配達できません', 'EXCEPTION'],
    ['受取人転居のため配達できませんでした', 'EXCEPTION'],
    ['수취인 이사로 배달 불가', 'EXCEPTION'],
    ['수취인 사망으로 배달 불가', 'EXCEPTION'],
    ['Người nhận đã chuyển đi nơi khác', 'EXCEPTION'],
    ['Người nhận đã chuyển nhà, không phát được', 'EXCEPTION'],
    ['ผู้รับย้ายที่อยู่', 'EXCEPTION'],
    ['ผู้รับย้ายที่อยู่ ไม่สามารถนำจ่ายได้', 'EXCEPTION'],
    ['Penerima sudah pindah alamat', 'EXCEPTION'],
    ['Penerima pindah rumah, paket tidak dapat diantar', 'EXCEPTION'],
    ['المستلم انتقل إلى عنوان آخر', 'EXCEPTION'],
    ['المستلم غير مقيم في العنوان', 'EXCEPTION'],
    ['הנמען עבר דירה', 'EXCEPTION'],
    ['הנמען אינו גר בכתובת', 'EXCEPTION'],
  ]);
});

describe('the recipient has died', () => {
  readsEach([
    ['收件人已过世', 'EXCEPTION'],
    ['Người nhận đã qua đời', 'EXCEPTION'],
    ['ผู้รับถึงแก่กรรม', 'EXCEPTION'],
    ['Penerima meninggal dunia', 'EXCEPTION'],
    ['المستلم متوفى', 'EXCEPTION'],
    ['הנמען נפטר', 'EXCEPTION'],
  ]);
  rulesReadEach([['受取人死亡', 'EXCEPTION']]);
});

describe('parcel opened or damaged and re-packed', () => {
  readsEach([
    ['外包装破损，已重新包装', 'EXCEPTION'],
    ['包裹已重新加固包装', 'EXCEPTION'],
    ['荷物破損のため再梱包しました', 'EXCEPTION'],
    ['포장 파손으로 재포장 처리', 'EXCEPTION'],
    ['Bưu kiện bị rách, đã đóng gói lại', 'EXCEPTION'],
    ['พัสดุชำรุด ได้ทำการบรรจุหีบห่อใหม่', 'EXCEPTION'],
    ['Paket rusak dan dikemas ulang', 'EXCEPTION'],
    ['تمت إعادة تغليف الشحنة', 'EXCEPTION'],
    ['החבילה נפתחה ונארזה מחדש', 'EXCEPTION'],
  ]);
});

describe('contents missing', () => {
  readsEach([
    ['包裹内件短少', 'EXCEPTION'],
    ['内件缺失', 'EXCEPTION'],
    ['内容品不足', 'EXCEPTION'],
    ['내용물 누락', 'EXCEPTION'],
    ['Thiếu hàng bên trong bưu kiện', 'EXCEPTION'],
    ['สินค้าภายในไม่ครบ', 'EXCEPTION'],
    ['Isi paket kurang', 'EXCEPTION'],
    ['محتويات الشحنة ناقصة', 'EXCEPTION'],
    ['חסרים פריטים בחבילה', 'EXCEPTION'],
  ]);
});

describe('lost', () => {
  readsEach([
    ['荷物が紛失しました', 'EXCEPTION'],
    ['분실 처리되었습니다', 'EXCEPTION'],
    ['Bưu gửi bị thất lạc', 'EXCEPTION'],
    ['พัสดุสูญหาย', 'EXCEPTION'],
    ['Paket hilang', 'EXCEPTION'],
    ['الشحنة مفقودة', 'EXCEPTION'],
    ['החבילה אבדה', 'EXCEPTION'],
  ]);
  rulesReadEach([['包裹丢失', 'EXCEPTION']]);
});

describe('damaged', () => {
  readsEach([
    ['包裹破损', 'EXCEPTION'],
    ['荷物が破損しています', 'EXCEPTION'],
    ['상품 파손', 'EXCEPTION'],
    ['Hàng bị hư hỏng', 'EXCEPTION'],
    ['พัสดุเสียหาย', 'EXCEPTION'],
    ['Paket rusak', 'EXCEPTION'],
    ['الشحنة تالفة', 'EXCEPTION'],
    ['החבילה ניזוקה', 'EXCEPTION'],
  ]);
});

describe('address incomplete or wrong', () => {
  readsEach([
    ['地址不详，无法派送', 'EXCEPTION'],
    ['收件地址不完整', 'EXCEPTION'],
    ['住所不明のため配達できません', 'EXCEPTION'],
    ['宛先不完全', 'EXCEPTION'],
    ['주소 불명', 'EXCEPTION'],
    ['주소 불충분으로 배달 불가', 'EXCEPTION'],
    ['Địa chỉ không đầy đủ', 'EXCEPTION'],
    ['Sai địa chỉ người nhận', 'EXCEPTION'],
    ['ที่อยู่ไม่ครบถ้วน', 'EXCEPTION'],
    ['ที่อยู่ไม่ชัดเจน', 'EXCEPTION'],
    ['Alamat tidak lengkap', 'EXCEPTION'],
    ['Alamat penerima salah', 'EXCEPTION'],
    ['العنوان غير مكتمل', 'EXCEPTION'],
    ['العنوان غير صحيح', 'EXCEPTION'],
    ['כתובת לא מלאה', 'EXCEPTION'],
    ['כתובת שגויה', 'EXCEPTION'],
  ]);
});

describe('house number missing', () => {
  readsEach([
    ['门牌号缺失', 'EXCEPTION'],
    ['番地不足', 'EXCEPTION'],
    ['상세주소 누락', 'EXCEPTION'],
    ['Thiếu số nhà', 'EXCEPTION'],
    ['ไม่มีเลขที่บ้าน', 'EXCEPTION'],
    ['Nomor rumah tidak ada', 'EXCEPTION'],
    ['رقم المبنى غير موجود', 'EXCEPTION'],
    ['חסר מספר בית', 'EXCEPTION'],
  ]);
});

describe('the recipient cannot be reached by phone', () => {
  readsEach([
    ['收件人电话无法接通', 'EXCEPTION'],
    ['电话无人接听', 'EXCEPTION'],
    ['電話が繋がりません', 'EXCEPTION'],
    ['수취인 연락 두절', 'EXCEPTION'],
    ['Không liên lạc được với người nhận', 'EXCEPTION'],
    ['ติดต่อผู้รับไม่ได้', 'EXCEPTION'],
    ['Penerima tidak dapat dihubungi', 'EXCEPTION'],
    ['تعذر الاتصال بالمستلم', 'EXCEPTION'],
    ['לא ניתן ליצור קשר עם הנמען', 'EXCEPTION'],
  ]);
});

describe('refused', () => {
  readsEach([
    ['Người nhận từ chối nhận hàng', 'EXCEPTION'],
    ['رفض المستلم استلام الشحنة', 'EXCEPTION'],
    ['הנמען סירב לקבל את המשלוח', 'EXCEPTION'],
  ]);
  rulesReadEach([
    ['收件人拒收', 'EXCEPTION'],
    ['受取拒否', 'EXCEPTION'],
    ['수취거절', 'EXCEPTION'],
    ['ผู้รับปฏิเสธการรับ', 'EXCEPTION'],
    ['Penerima menolak paket', 'EXCEPTION'],
  ]);
});

describe('cash on delivery not paid', () => {
  readsEach([
    ['收件人未支付货款，拒收', 'EXCEPTION'],
    ['代金引換の代金未払い', 'EXCEPTION'],
    ['착불 요금 미지불', 'EXCEPTION'],
    ['Người nhận không đủ tiền thanh toán COD', 'EXCEPTION'],
    ['ผู้รับไม่ชำระเงินปลายทาง', 'EXCEPTION'],
    ['Penerima tidak membayar COD', 'EXCEPTION'],
    ['لم يدفع المستلم قيمة الشحنة', 'EXCEPTION'],
    ['הנמען לא שילם', 'EXCEPTION'],
  ]);
});

describe('no identity document shown', () => {
  readsEach([
    ['收件人未能出示身份证件', 'EXCEPTION'],
    ['本人確認書類不備', 'EXCEPTION'],
    ['신분증 미지참', 'EXCEPTION'],
    ['Người nhận không xuất trình giấy tờ tùy thân', 'EXCEPTION'],
    ['ผู้รับไม่มีบัตรประชาชน', 'EXCEPTION'],
    ['Penerima tidak membawa kartu identitas', 'EXCEPTION'],
    ['لم يقدم المستلم الهوية', 'EXCEPTION'],
    ['הנמען לא הציג תעודה מזהה', 'EXCEPTION'],
  ]);
});

describe('bad weather', () => {
  readsEach([
    ['因天气原因延误', 'EXCEPTION'],
    ['因天氣因素延遲派送', 'EXCEPTION'],
    ['悪天候のため遅延', 'EXCEPTION'],
    ['기상 악화로 배송 지연', 'EXCEPTION'],
    ['Giao hàng chậm do thời tiết xấu', 'EXCEPTION'],
    ['ล่าช้าเนื่องจากสภาพอากาศ', 'EXCEPTION'],
    ['Keterlambatan karena cuaca buruk', 'EXCEPTION'],
    ['تأخير بسبب سوء الأحوال الجوية', 'EXCEPTION'],
    ['עיכוב עקב מזג האוויר', 'EXCEPTION'],
  ]);
});

describe('public holiday', () => {
  readsEach([
    ['节假日暂停派送', 'EXCEPTION'],
    ['連休のため配達を休止しております', 'EXCEPTION'],
    ['공휴일로 배송 지연', 'EXCEPTION'],
    ['Nghỉ lễ, tạm ngưng phát hàng', 'EXCEPTION'],
    ['วันหยุดนักขัตฤกษ์ งดนำจ่าย', 'EXCEPTION'],
    ['Libur nasional, pengiriman ditunda', 'EXCEPTION'],
    ['عطلة رسمية، تأجيل التسليم', 'EXCEPTION'],
    ['חג - אין חלוקה', 'EXCEPTION'],
  ]);
});

describe('vehicle breakdown', () => {
  readsEach([
    ['运输车辆故障', 'EXCEPTION'],
    ['車両故障のため遅延しています', 'EXCEPTION'],
    ['배송 차량 고장', 'EXCEPTION'],
    ['Xe vận chuyển bị hỏng', 'EXCEPTION'],
    ['รถขนส่งเสีย', 'EXCEPTION'],
    ['Kendaraan pengiriman mogok', 'EXCEPTION'],
    ['عطل في مركبة التوصيل', 'EXCEPTION'],
    ['תקלה ברכב החלוקה', 'EXCEPTION'],
  ]);
});

describe('missorted or misrouted', () => {
  readsEach([
    ['快件错分', 'EXCEPTION'],
    ['误发至其他网点', 'EXCEPTION'],
    ['誤仕分け', 'EXCEPTION'],
    ['오분류', 'EXCEPTION'],
    ['Chia chọn sai tuyến', 'EXCEPTION'],
    ['คัดแยกผิดพลาด', 'EXCEPTION'],
    ['Salah sortir', 'EXCEPTION'],
    ['تم توجيه الشحنة بشكل خاطئ', 'EXCEPTION'],
    ['החבילה נותבה בטעות', 'EXCEPTION'],
  ]);
});

describe('label unreadable', () => {
  readsEach([
    ['面单模糊无法识别', 'EXCEPTION'],
    ['伝票判読不能', 'EXCEPTION'],
    ['운송장 훼손', 'EXCEPTION'],
    ['Nhãn vận đơn bị mờ', 'EXCEPTION'],
    ['ป้ายจ่าหน้าไม่ชัดเจน', 'EXCEPTION'],
    ['Label paket rusak, tidak terbaca', 'EXCEPTION'],
    ['الملصق غير مقروء', 'EXCEPTION'],
    ['התווית אינה קריאה', 'EXCEPTION'],
  ]);
});

describe('prohibited goods', () => {
  readsEach([
    ['内含违禁品', 'EXCEPTION'],
    ['禁制品が含まれています', 'EXCEPTION'],
    ['금지 물품 포함', 'EXCEPTION'],
    ['Hàng cấm gửi', 'EXCEPTION'],
    ['สินค้าต้องห้าม', 'EXCEPTION'],
    ['Barang terlarang', 'EXCEPTION'],
    ['مواد محظورة', 'EXCEPTION'],
    ['פריט אסור למשלוח', 'EXCEPTION'],
  ]);
});

describe('oversized', () => {
  readsEach([
    ['超大超重件', 'EXCEPTION'],
    ['サイズ超過', 'EXCEPTION'],
    ['규격 초과', 'EXCEPTION'],
    ['Hàng quá khổ quá tải', 'EXCEPTION'],
    ['ขนาดเกินกำหนด', 'EXCEPTION'],
    ['Ukuran paket melebihi batas', 'EXCEPTION'],
    ['الحجم يتجاوز الحد المسموح', 'EXCEPTION'],
    ['חריגה מגודל מותר', 'EXCEPTION'],
  ]);
});

describe('investigation opened', () => {
  readsEach([
    ['已发起查询', 'EXCEPTION'],
    ['調査中です', 'EXCEPTION'],
    ['분실 조사 중', 'EXCEPTION'],
    ['Đang điều tra bưu gửi', 'EXCEPTION'],
    ['Paket dalam investigasi', 'EXCEPTION'],
    ['الشحنة قيد التحقيق', 'EXCEPTION'],
    ['פתחנו בירור לגבי המשלוח', 'EXCEPTION'],
  ]);
});

describe("delivery rescheduled at the recipient's request", () => {
  readsEach([
    ['应收件人要求改期派送', 'EXCEPTION'],
    ['お客様のご希望により配達日変更', 'EXCEPTION'],
    ['고객 요청으로 배송일 변경', 'EXCEPTION'],
    ['Người nhận hẹn giao lại ngày khác', 'EXCEPTION'],
    ['ผู้รับขอเลื่อนวันนำจ่าย', 'EXCEPTION'],
    ['Penerima minta dijadwalkan ulang', 'EXCEPTION'],
    ['تم تغيير موعد التسليم بناء على طلب العميل', 'EXCEPTION'],
    ['המסירה נדחתה לבקשת הלקוח', 'EXCEPTION'],
  ]);
});

describe("collection from the sender failed: the carrier does not have the parcel yet (as en reads 'Pickup failed')", () => {
  readsEach([
    ['集荷できませんでした', 'INFO_RECEIVED'],
    ['Lấy hàng không thành công', 'INFO_RECEIVED'],
    ['Pickup gagal', 'INFO_RECEIVED'],
    ['האיסוף מהשולח נכשל', 'INFO_RECEIVED'],
  ]);
});

describe('flight booked and departed', () => {
  readsEach([
    ['已订舱，等待航班起飞', 'IN_TRANSIT'],
    ['航空便を手配しました', 'IN_TRANSIT'],
    ['Đã đặt chỗ chuyến bay', 'IN_TRANSIT'],
    ['จองเที่ยวบินเรียบร้อยแล้ว', 'IN_TRANSIT'],
    ['Penerbangan sudah dipesan', 'IN_TRANSIT'],
    ['تم حجز رحلة الطيران', 'IN_TRANSIT'],
    ['הוזמן מקום בטיסה', 'IN_TRANSIT'],
    ['航班已起飞', 'IN_TRANSIT'],
    ['航空機が出発しました', 'IN_TRANSIT'],
    ['항공기 출발', 'IN_TRANSIT'],
    ['Chuyến bay đã cất cánh', 'IN_TRANSIT'],
    ['เครื่องบินออกเดินทางแล้ว', 'IN_TRANSIT'],
    ['Pesawat telah berangkat', 'IN_TRANSIT'],
    ['أقلعت الطائرة', 'IN_TRANSIT'],
    ['הטיסה המריאה', 'IN_TRANSIT'],
  ]);
});

describe('handed to the airline (not a delivery)', () => {
  readsEach([
    ['已交航空公司', 'IN_TRANSIT'],
    ['已交航司運輸', 'IN_TRANSIT'],
    ['航空会社へ引き渡し', 'IN_TRANSIT'],
    ['항공사 인계', 'IN_TRANSIT'],
    ['Đã bàn giao cho hãng hàng không', 'IN_TRANSIT'],
    ['ส่งมอบให้สายการบินแล้ว', 'IN_TRANSIT'],
    ['Diserahkan ke maskapai penerbangan', 'IN_TRANSIT'],
    ['تم تسليم الشحنة لشركة الطيران', 'IN_TRANSIT'],
    ['נמסר לחברת התעופה', 'IN_TRANSIT'],
  ]);
});

describe('arrived at the destination airport', () => {
  readsEach([
    ['已到达目的地机场', 'ARRIVED_AT_DESTINATION'],
    ['到着地空港に到着しました', 'ARRIVED_AT_DESTINATION'],
    ['도착지 공항 도착', 'ARRIVED_AT_DESTINATION'],
    ['Đã đến sân bay nước đến', 'ARRIVED_AT_DESTINATION'],
    ['ถึงท่าอากาศยานปลายทาง', 'ARRIVED_AT_DESTINATION'],
    ['Tiba di bandara tujuan', 'ARRIVED_AT_DESTINATION'],
    ['وصلت إلى مطار الوجهة', 'ARRIVED_AT_DESTINATION'],
    ['הגיע לנמל התעופה ביעד', 'ARRIVED_AT_DESTINATION'],
  ]);
});

describe('arrived in the destination country, beside leaving the origin country', () => {
  readsEach([
    ['已到达目的国', 'ARRIVED_AT_DESTINATION'],
    ['到達目的地國家', 'ARRIVED_AT_DESTINATION'],
    ['到着国に到着', 'ARRIVED_AT_DESTINATION'],
    ['도착국 도착', 'ARRIVED_AT_DESTINATION'],
    ['Đã đến nước nhận', 'ARRIVED_AT_DESTINATION'],
    ['ถึงประเทศปลายทางแล้ว', 'ARRIVED_AT_DESTINATION'],
    ['وصلت الشحنة إلى بلد الوجهة', 'ARRIVED_AT_DESTINATION'],
    ['החבילה הגיעה לארץ היעד', 'ARRIVED_AT_DESTINATION'],
    ['离开始发国', 'IN_TRANSIT'],
    ['差出国を出発しました', 'IN_TRANSIT'],
    ['발송국 출발', 'IN_TRANSIT'],
    ['Đã rời nước gửi', 'IN_TRANSIT'],
    ['ออกจากประเทศต้นทาง', 'IN_TRANSIT'],
    ['Meninggalkan negara asal', 'IN_TRANSIT'],
    ['غادرت الشحنة بلد المنشأ', 'IN_TRANSIT'],
    ['החבילה יצאה מארץ המוצא', 'IN_TRANSIT'],
    ['运往目的国途中', 'IN_TRANSIT'],
  ]);
  rulesReadEach([['Tiba di negara tujuan', 'ARRIVED_AT_DESTINATION']]);
});

describe('arrived at the delivering post office', () => {
  readsEach([
    ['到达投递局', 'ARRIVED_AT_DESTINATION'],
    ['配達局に到着', 'ARRIVED_AT_DESTINATION'],
    ['배달국 도착', 'ARRIVED_AT_DESTINATION'],
    ['Đã đến bưu cục phát', 'ARRIVED_AT_DESTINATION'],
    ['ถึงที่ทำการไปรษณีย์ปลายทาง', 'ARRIVED_AT_DESTINATION'],
    ['Tiba di kantor pos tujuan', 'ARRIVED_AT_DESTINATION'],
    ['وصلت إلى مكتب التوزيع', 'ARRIVED_AT_DESTINATION'],
    ['הגיע לסניף החלוקה', 'ARRIVED_AT_DESTINATION'],
  ]);
});

describe('awaiting drop-off by the sender', () => {
  readsEach([
    ['等待卖家发货', 'INFO_RECEIVED'],
    ['等待寄件人交寄', 'INFO_RECEIVED'],
    ['荷物の持ち込み待ちです', 'INFO_RECEIVED'],
    ['발송인 접수 대기', 'INFO_RECEIVED'],
    ['Chờ người gửi mang hàng đến bưu cục', 'INFO_RECEIVED'],
    ['รอผู้ส่งนำพัสดุมาส่ง', 'INFO_RECEIVED'],
    ['Menunggu pengirim menyerahkan paket', 'INFO_RECEIVED'],
    ['في انتظار تسليم الشحنة من قبل المرسل', 'INFO_RECEIVED'],
    ['ממתין למסירת החבילה על ידי השולח', 'INFO_RECEIVED'],
  ]);
});

describe('data received, label created', () => {
  readsEach([
    ['电子信息已收到', 'INFO_RECEIVED'],
    ['订单已创建', 'INFO_RECEIVED'],
    ['送り状を発行しました', 'INFO_RECEIVED'],
    ['운송장 출력 완료', 'INFO_RECEIVED'],
    ['Đơn hàng đã được tạo', 'INFO_RECEIVED'],
    ['สร้างใบจ่าหน้าพัสดุแล้ว', 'INFO_RECEIVED'],
    ['Resi telah dibuat', 'INFO_RECEIVED'],
    ['تم إنشاء بوليصة الشحن', 'INFO_RECEIVED'],
    ['נוצרה תווית משלוח', 'INFO_RECEIVED'],
  ]);
});

describe('collection from the sender booked', () => {
  readsEach([
    ['已预约上门取件', 'INFO_RECEIVED'],
    ['集荷依頼を受け付けました', 'INFO_RECEIVED'],
    ['집하 요청 접수', 'INFO_RECEIVED'],
    ['Đã yêu cầu lấy hàng', 'INFO_RECEIVED'],
    ['แจ้งเข้ารับพัสดุแล้ว', 'INFO_RECEIVED'],
    ['Permintaan penjemputan paket dibuat', 'INFO_RECEIVED'],
    ['تم طلب استلام الشحنة من المرسل', 'INFO_RECEIVED'],
    ['הוזמן איסוף מהשולח', 'INFO_RECEIVED'],
  ]);
});

describe('collection cancelled', () => {
  readsEach([
    ['取件已取消', 'EXCEPTION'],
    ['集荷がキャンセルされました', 'EXCEPTION'],
    ['집하 취소', 'EXCEPTION'],
    ['Đã hủy lấy hàng', 'EXCEPTION'],
    ['ยกเลิกการเข้ารับพัสดุ', 'EXCEPTION'],
    ['Penjemputan dibatalkan', 'EXCEPTION'],
    ['تم إلغاء طلب الاستلام', 'EXCEPTION'],
    ['האיסוף בוטל', 'EXCEPTION'],
  ]);
});

describe('customs inspection', () => {
  readsEach([
    ['海关查验中', 'HELD_BY_CUSTOMS'],
    ['税関検査中', 'HELD_BY_CUSTOMS'],
    ['세관 검사 중', 'HELD_BY_CUSTOMS'],
    ['Đang kiểm tra hải quan', 'HELD_BY_CUSTOMS'],
    ['อยู่ระหว่างการตรวจสอบของศุลกากร', 'HELD_BY_CUSTOMS'],
    ['Dalam pemeriksaan bea cukai', 'HELD_BY_CUSTOMS'],
    ['قيد الفحص الجمركي', 'HELD_BY_CUSTOMS'],
    ['בבדיקת מכס', 'HELD_BY_CUSTOMS'],
  ]);
});

describe('duties to pay', () => {
  readsEach([
    ['待缴纳关税', 'HELD_BY_CUSTOMS'],
    ['関税の支払いが必要です', 'HELD_BY_CUSTOMS'],
    ['관세 납부 대기', 'HELD_BY_CUSTOMS'],
    ['Chờ nộp thuế nhập khẩu', 'HELD_BY_CUSTOMS'],
    ['รอชำระภาษีนำเข้า', 'HELD_BY_CUSTOMS'],
    ['Menunggu pembayaran bea masuk', 'HELD_BY_CUSTOMS'],
    ['بانتظار دفع الرسوم الجمركية', 'HELD_BY_CUSTOMS'],
    ['ממתין לתשלום מכס', 'HELD_BY_CUSTOMS'],
  ]);
});

describe('held by customs for missing documents', () => {
  readsEach([
    ['清关资料不全，海关扣留', 'HELD_BY_CUSTOMS'],
    ['通関書類不備のため保留中', 'HELD_BY_CUSTOMS'],
    ['통관 서류 미비로 보류', 'HELD_BY_CUSTOMS'],
    ['Hải quan giữ hàng do thiếu chứng từ', 'HELD_BY_CUSTOMS'],
    ['ศุลกากรกักพัสดุเนื่องจากเอกสารไม่ครบ', 'HELD_BY_CUSTOMS'],
    ['Ditahan bea cukai karena dokumen tidak lengkap', 'HELD_BY_CUSTOMS'],
    ['محتجزة لدى الجمارك بسبب نقص المستندات', 'HELD_BY_CUSTOMS'],
    ['מעוכב במכס בשל מסמכים חסרים', 'HELD_BY_CUSTOMS'],
  ]);
});

describe('customs cleared', () => {
  readsEach([
    ['通関完了', 'IN_TRANSIT'],
    ['통관 완료', 'IN_TRANSIT'],
    ['Đã thông quan', 'IN_TRANSIT'],
    ['ผ่านพิธีการศุลกากรแล้ว', 'IN_TRANSIT'],
    ['Sudah lolos bea cukai', 'IN_TRANSIT'],
    ['שוחרר מהמכס', 'IN_TRANSIT'],
  ]);
  rulesReadEach([
    ['清关完成', 'IN_TRANSIT'],
    ['تم التخليص الجمركي', 'IN_TRANSIT'],
  ]);
});

describe('out for delivery', () => {
  readsEach([
    ['派送中，快递员电话13800000000', 'OUT_FOR_DELIVERY'],
    ['배송 출발', 'OUT_FOR_DELIVERY'],
    ['พัสดุอยู่ระหว่างนำจ่าย', 'OUT_FOR_DELIVERY'],
    ['Paket sedang diantar ke alamat penerima', 'OUT_FOR_DELIVERY'],
    ['الشحنة خرجت للتوصيل', 'OUT_FOR_DELIVERY'],
    ['החבילה יצאה לחלוקה', 'OUT_FOR_DELIVERY'],
  ]);
  rulesReadEach([
    ['配達中です', 'OUT_FOR_DELIVERY'],
    ['Đang giao hàng', 'OUT_FOR_DELIVERY'],
  ]);
});

describe('in a locker, ready for collection', () => {
  readsEach([
    ['已放入快递柜，请凭取件码取件', 'WAITING_FOR_PICKUP'],
    ['宅配ロッカーに預けました', 'WAITING_FOR_PICKUP'],
    ['무인택배함 보관', 'WAITING_FOR_PICKUP'],
    ['Đã gửi vào tủ nhận hàng, vui lòng đến lấy', 'WAITING_FOR_PICKUP'],
    ['พัสดุอยู่ในตู้รับพัสดุ กรุณามารับ', 'WAITING_FOR_PICKUP'],
    ['Paket ada di loker, silakan ambil', 'WAITING_FOR_PICKUP'],
    ['الشحنة في الخزانة الذكية بانتظار الاستلام', 'WAITING_FOR_PICKUP'],
    ['החבילה ממתינה לך בלוקר', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('collected from a locker', () => {
  readsEach([
    ['已从快递柜取出', 'DELIVERED'],
    ['ロッカーから受け取られました', 'DELIVERED'],
    ['무인택배함에서 수령 완료', 'DELIVERED'],
    ['Người nhận đã lấy hàng tại tủ', 'DELIVERED'],
    ['החבילה נאספה מהלוקר', 'DELIVERED'],
  ]);
});

describe('received by a neighbour', () => {
  readsEach([
    ['已由邻居代收', 'DELIVERED'],
    ['이웃 대리수령', 'DELIVERED'],
    ['Hàng xóm đã nhận thay', 'DELIVERED'],
    ['เพื่อนบ้านรับแทน', 'DELIVERED'],
    ['Diterima oleh tetangga', 'DELIVERED'],
    ['تم التسليم إلى الجار', 'DELIVERED'],
    ['נמסר לשכן', 'DELIVERED'],
  ]);
});

describe('returned to the sender, beside a conditional return and a return to the hub', () => {
  readsEach([
    ['差出人へ返送しました', 'RETURNED_TO_SENDER'],
    ['발송인에게 반송', 'RETURNED_TO_SENDER'],
    ['Đã chuyển hoàn về người gửi', 'RETURNED_TO_SENDER'],
    ['ส่งคืนผู้ฝากส่ง', 'RETURNED_TO_SENDER'],
    ['تمت إعادة الشحنة إلى المرسل', 'RETURNED_TO_SENDER'],
    ['החבילה הוחזרה לשולח', 'RETURNED_TO_SENDER'],
    ['逾期未取将退回寄件人', 'WAITING_FOR_PICKUP'],
    ['已退回至分拨中心', 'IN_TRANSIT'],
  ]);
  rulesReadEach([
    ['退回寄件人', 'RETURNED_TO_SENDER'],
    ['Paket dikembalikan ke pengirim', 'RETURNED_TO_SENDER'],
  ]);
});

describe('handed to a partner carrier', () => {
  readsEach([
    ['已交付合作快递公司派送', 'IN_TRANSIT'],
    ['已转交中通快递继续运输', 'IN_TRANSIT'],
    ['配達業者に引き渡しました', 'IN_TRANSIT'],
    ['현지 배송업체에 인계', 'IN_TRANSIT'],
    ['Đã bàn giao cho đối tác vận chuyển', 'IN_TRANSIT'],
    ['ส่งต่อให้บริษัทขนส่งปลายทาง', 'IN_TRANSIT'],
    ['Diserahkan ke kurir mitra', 'IN_TRANSIT'],
    ['تم تسليم الشحنة إلى شركة التوصيل المحلية', 'IN_TRANSIT'],
    ['נמסר לחברת השילוח המקומית', 'IN_TRANSIT'],
    ['תאריך מסירה משוער: מחר', 'UNKNOWN'],
  ]);
});

describe('expected delivery (read as en reads it: no status)', () => {
  readsEach([
    ['预计明天送达', 'UNKNOWN'],
    ['明日お届け予定', 'IN_TRANSIT'],
    ['내일 도착 예정', 'IN_TRANSIT'],
    ['Dự kiến giao hàng vào ngày mai', 'UNKNOWN'],
    ['คาดว่าจะจัดส่งถึงภายในวันพรุ่งนี้', 'UNKNOWN'],
    ['Perkiraan tiba besok', 'IN_TRANSIT'],
    ['من المتوقع التسليم غدا', 'UNKNOWN'],
  ]);
});

describe('delivery failed', () => {
  readsEach([
    ['未妥投', 'EXCEPTION'],
    ['Phát không thành công', 'EXCEPTION'],
    ['Pengiriman gagal', 'EXCEPTION'],
    ['המסירה נכשלה', 'EXCEPTION'],
  ]);
  rulesReadEach([
    ['配達できませんでした', 'EXCEPTION'],
    ['배송 실패', 'EXCEPTION'],
    ['นำจ่ายไม่สำเร็จ', 'EXCEPTION'],
    ['فشل التسليم', 'EXCEPTION'],
  ]);
});

describe('notice left', () => {
  readsEach([
    ['派送不成功，已留通知单', 'WAITING_FOR_PICKUP'],
    ['ご不在のため不在連絡票を投函しました', 'WAITING_FOR_PICKUP'],
    ['부재중 방문 안내문 부착', 'WAITING_FOR_PICKUP'],
    ['Người nhận vắng nhà, đã để lại giấy báo', 'WAITING_FOR_PICKUP'],
    ['ผู้รับไม่อยู่ ได้ทิ้งใบแจ้งไว้', 'WAITING_FOR_PICKUP'],
    ['Penerima tidak di tempat, pemberitahuan ditinggalkan', 'WAITING_FOR_PICKUP'],
    ['المستلم غير موجود، تم ترك إشعار', 'WAITING_FOR_PICKUP'],
    ['לא היה אף אחד בבית, הושארה הודעה', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('awaiting collection at a pickup point or post office', () => {
  readsEach([
    ['已到达自提点，请尽快取件', 'WAITING_FOR_PICKUP'],
    ['郵便局で保管しています', 'WAITING_FOR_PICKUP'],
    ['우체국 보관 중', 'WAITING_FOR_PICKUP'],
    ['Bưu phẩm đang chờ nhận tại bưu cục', 'WAITING_FOR_PICKUP'],
    ['พัสดุรอรับที่ที่ทำการไปรษณีย์', 'WAITING_FOR_PICKUP'],
    ['Paket menunggu diambil di kantor pos', 'WAITING_FOR_PICKUP'],
    ['الشحنة جاهزة للاستلام من الفرع', 'WAITING_FOR_PICKUP'],
    ['החבילה ממתינה לאיסוף בסניף הדואר', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('on the way to a pickup point', () => {
  readsEach([
    ['尚未到达自提点', 'IN_TRANSIT'],
    ['正在运往自提点', 'IN_TRANSIT'],
    ['受取店舗へ輸送中', 'IN_TRANSIT'],
    ['편의점으로 이동 중', 'IN_TRANSIT'],
    ['Đang chuyển đến điểm nhận hàng', 'IN_TRANSIT'],
    ['Sedang dikirim ke titik pengambilan', 'IN_TRANSIT'],
    ['في الطريق إلى نقطة الاستلام', 'IN_TRANSIT'],
    ['בדרך לנקודת האיסוף', 'IN_TRANSIT'],
  ]);
});

describe('dropped off by the sender', () => {
  readsEach([
    ['寄件人已在驿站交寄', 'IN_TRANSIT'],
    ['コンビニで発送受付', 'IN_TRANSIT'],
    ['편의점 접수 완료', 'IN_TRANSIT'],
    ['Người gửi đã gửi hàng tại bưu cục', 'IN_TRANSIT'],
    ['ผู้ส่งฝากส่งพัสดุที่จุดบริการ', 'IN_TRANSIT'],
    ['Paket telah diserahkan pengirim di agen', 'IN_TRANSIT'],
    ['قام المرسل بتسليم الشحنة في نقطة الخدمة', 'IN_TRANSIT'],
    ['השולח מסר את החבילה בנקודת המסירה', 'IN_TRANSIT'],
  ]);
});

describe('not yet delivered (an exception, as en reads it)', () => {
  readsEach([
    ['包裹尚未签收', 'EXCEPTION'],
    ['まだ配達されていません', 'EXCEPTION'],
    ['아직 배송되지 않았습니다', 'EXCEPTION'],
    ['Chưa giao hàng', 'EXCEPTION'],
    ['ยังไม่ได้นำจ่าย', 'EXCEPTION'],
    ['Paket belum diterima', 'EXCEPTION'],
    ['لم يتم التسليم بعد', 'EXCEPTION'],
    ['החבילה טרם נמסרה', 'EXCEPTION'],
  ]);
});

describe('delivered', () => {
  readsEach([
    ['已签收，签收人：本人', 'DELIVERED'],
    ['배달 완료', 'DELIVERED'],
    ['Paket telah diterima oleh penerima', 'DELIVERED'],
    ['تم تسليم الشحنة للمستلم', 'DELIVERED'],
    ['החבילה נמסרה לנמען', 'DELIVERED'],
  ]);
  rulesReadEach([
    ['お届け済み', 'DELIVERED'],
    ['Giao hàng thành công', 'DELIVERED'],
    ['นำจ่ายสำเร็จ', 'DELIVERED'],
  ]);
});

describe('redelivery arranged', () => {
  readsEach([
    ['已安排重新派送', 'EXCEPTION'],
    ['再配達のご依頼を受け付けました', 'EXCEPTION'],
    ['재배송 요청 접수', 'EXCEPTION'],
    ['Đã sắp xếp giao lại', 'EXCEPTION'],
    ['นัดหมายนำจ่ายใหม่', 'EXCEPTION'],
    ['Dijadwalkan pengiriman ulang', 'EXCEPTION'],
    ['تمت إعادة جدولة التسليم', 'EXCEPTION'],
    ['נקבע מועד מסירה חדש', 'EXCEPTION'],
  ]);
});

describe('address corrected', () => {
  readsEach([
    ['地址已更正，继续派送', 'IN_TRANSIT'],
    ['住所訂正済み', 'IN_TRANSIT'],
    ['주소 정정 완료', 'IN_TRANSIT'],
    ['Đã cập nhật lại địa chỉ', 'IN_TRANSIT'],
    ['แก้ไขที่อยู่เรียบร้อยแล้ว', 'IN_TRANSIT'],
    ['Alamat sudah diperbaiki', 'IN_TRANSIT'],
    ['تم تصحيح العنوان', 'IN_TRANSIT'],
    ['הכתובת תוקנה', 'IN_TRANSIT'],
  ]);
});

describe('no access to the address', () => {
  readsEach([
    ['小区封闭，快递员无法进入', 'EXCEPTION'],
    ['門禁無法進入，派送失敗', 'EXCEPTION'],
    ['オートロックのため配達できませんでした', 'EXCEPTION'],
    ['건물 출입 불가로 배송 실패', 'EXCEPTION'],
    ['Không vào được khu vực giao hàng', 'EXCEPTION'],
    ['ไม่สามารถเข้าพื้นที่ได้', 'EXCEPTION'],
    ['Kurir tidak dapat masuk ke lokasi', 'EXCEPTION'],
    ['لا يمكن الوصول إلى العنوان', 'EXCEPTION'],
    ['אין גישה לכתובת', 'EXCEPTION'],
  ]);
});

describe('dog', () => {
  readsEach([
    ['有恶犬，无法派送', 'EXCEPTION'],
    ['猛犬のため配達できません', 'EXCEPTION'],
    ['맹견으로 인해 배달 불가', 'EXCEPTION'],
    ['Nhà có chó dữ, không giao được', 'EXCEPTION'],
    ['มีสุนัขดุ ไม่สามารถนำจ่ายได้', 'EXCEPTION'],
    ['Ada anjing galak, kurir tidak bisa mengantar', 'EXCEPTION'],
    ['وجود كلب في العنوان', 'EXCEPTION'],
    ['כלב בחצר, לא ניתן למסור', 'EXCEPTION'],
  ]);
});

describe('outside the service area', () => {
  readsEach([
    ['超区件，无法派送', 'EXCEPTION'],
    ['配達エリア外です', 'EXCEPTION'],
    ['배송 불가 지역', 'EXCEPTION'],
    ['Ngoài vùng phục vụ', 'EXCEPTION'],
    ['อยู่นอกพื้นที่ให้บริการ', 'EXCEPTION'],
    ['Di luar jangkauan area layanan', 'EXCEPTION'],
    ['خارج منطقة الخدمة', 'EXCEPTION'],
    ['מחוץ לאזור השירות', 'EXCEPTION'],
  ]);
});

describe('address does not exist', () => {
  readsEach([
    ['查无此地址', 'EXCEPTION'],
    ['該当住所なし', 'EXCEPTION'],
    ['존재하지 않는 주소', 'EXCEPTION'],
    ['Địa chỉ không tồn tại', 'EXCEPTION'],
    ['ไม่มีที่อยู่ตามจ่าหน้า', 'EXCEPTION'],
    ['العنوان غير موجود', 'EXCEPTION'],
    ['הכתובת לא קיימת', 'EXCEPTION'],
  ]);
  rulesReadEach([['Alamat tidak ditemukan', 'EXCEPTION']]);
});

describe('recipient unknown at the address', () => {
  readsEach([
    ['查无此人', 'EXCEPTION'],
    ['宛所に尋ねあたりません', 'EXCEPTION'],
    ['수취인 불명', 'EXCEPTION'],
    ['ไม่มีผู้รับชื่อนี้', 'EXCEPTION'],
    ['المستلم غير معروف', 'EXCEPTION'],
    ['הנמען אינו מוכר בכתובת', 'EXCEPTION'],
  ]);
  rulesReadEach([['Penerima tidak dikenal', 'EXCEPTION']]);
});

describe('road closed / flood / typhoon / lockdown', () => {
  readsEach([
    ['道路封闭，暂停派送', 'EXCEPTION'],
    ['台风影响，暂停收派', 'EXCEPTION'],
    ['台風の影響により配達が遅れています', 'EXCEPTION'],
    ['도로 통제로 배송 지연', 'EXCEPTION'],
    ['Ngập lụt, tạm dừng giao hàng', 'EXCEPTION'],
    ['น้ำท่วม งดให้บริการนำจ่าย', 'EXCEPTION'],
    ['Banjir, pengiriman tertunda', 'EXCEPTION'],
    ['إغلاق الطرق بسبب الفيضانات', 'EXCEPTION'],
    ['הכביש חסום, עיכוב במסירה', 'EXCEPTION'],
  ]);
});

describe('congestion / backlog', () => {
  readsEach([
    ['爆仓，派送延迟', 'EXCEPTION'],
    ['荷物の集中により遅延しています', 'EXCEPTION'],
    ['물량 증가로 배송 지연', 'EXCEPTION'],
    ['Hàng hóa tồn đọng, giao chậm', 'EXCEPTION'],
    ['พัสดุล้นคลัง ล่าช้า', 'EXCEPTION'],
    ['Terjadi penumpukan paket, pengiriman terlambat', 'EXCEPTION'],
    ['تأخير بسبب ضغط الشحنات', 'EXCEPTION'],
    ['עומס במרכז המיון, צפוי עיכוב', 'EXCEPTION'],
  ]);
});

describe('offloaded / missed flight', () => {
  readsEach([
    ['航班取消，货物滞留', 'EXCEPTION'],
    ['搭載予定便に積み残し', 'EXCEPTION'],
    ['항공편 결항으로 지연', 'EXCEPTION'],
    ['Hàng bị rớt chuyến bay', 'EXCEPTION'],
    ['พัสดุตกเที่ยวบิน', 'EXCEPTION'],
    ['Paket tertinggal penerbangan', 'EXCEPTION'],
    ['تم إنزال الشحنة من الرحلة', 'EXCEPTION'],
    ['החבילה לא הועמסה לטיסה', 'EXCEPTION'],
  ]);
});

describe('destroyed / disposed / auctioned', () => {
  readsEach([
    ['廃棄処分されました', 'EXCEPTION'],
    ['폐기 처리', 'EXCEPTION'],
    ['Bưu gửi đã bị tiêu hủy', 'EXCEPTION'],
    ['พัสดุถูกทำลาย', 'EXCEPTION'],
    ['Paket telah dimusnahkan', 'EXCEPTION'],
    ['تم إتلاف الشحنة', 'EXCEPTION'],
    ['החבילה הושמדה', 'EXCEPTION'],
  ]);
  rulesReadEach([['包裹已销毁', 'EXCEPTION']]);
});

describe('claim filed', () => {
  readsEach([
    ['已提交理赔申请', 'EXCEPTION'],
    ['損害賠償の申請を受け付けました', 'EXCEPTION'],
    ['배상 신청 접수', 'EXCEPTION'],
    ['Đã tiếp nhận yêu cầu bồi thường', 'EXCEPTION'],
    ['ยื่นเรื่องขอรับค่าชดเชย', 'EXCEPTION'],
    ['Klaim ganti rugi sedang diproses', 'EXCEPTION'],
    ['تم تقديم مطالبة تعويض', 'EXCEPTION'],
    ['הוגשה תביעה לפיצוי', 'EXCEPTION'],
  ]);
});

describe('seized by customs', () => {
  readsEach([
    ['海关没收', 'EXCEPTION'],
    ['税関により没収されました', 'EXCEPTION'],
    ['세관 압수', 'EXCEPTION'],
    ['Hải quan tịch thu', 'EXCEPTION'],
    ['ศุลกากรยึดพัสดุ', 'EXCEPTION'],
    ['Disita oleh bea cukai', 'EXCEPTION'],
    ['صادرتها الجمارك', 'EXCEPTION'],
    ['החבילה הוחרמה במכס', 'EXCEPTION'],
  ]);
});

describe('export declaration / import declaration', () => {
  readsEach([
    ['出口报关', 'IN_TRANSIT'],
    ['輸入申告中', 'HELD_BY_CUSTOMS'],
    ['수입 신고 접수', 'HELD_BY_CUSTOMS'],
    ['Đang khai báo hải quan', 'HELD_BY_CUSTOMS'],
    ['อยู่ระหว่างสำแดงศุลกากรขาเข้า', 'HELD_BY_CUSTOMS'],
    ['Proses deklarasi impor', 'HELD_BY_CUSTOMS'],
    ['جاري التخليص الجمركي', 'HELD_BY_CUSTOMS'],
  ]);
});

describe('container/bag closed, loaded/unloaded', () => {
  readsEach([
    ['已封袋', 'IN_TRANSIT'],
    ['コンテナに積み込みました', 'IN_TRANSIT'],
    ['컨테이너 적재', 'IN_TRANSIT'],
    ['Đã đóng túi', 'IN_TRANSIT'],
    ['โหลดพัสดุขึ้นรถ', 'IN_TRANSIT'],
    ['Paket dimuat ke truk', 'IN_TRANSIT'],
    ['تم تحميل الشحنة على الشاحنة', 'IN_TRANSIT'],
    ['החבילה הועמסה על משאית', 'IN_TRANSIT'],
    ['已卸车', 'IN_TRANSIT'],
    ['荷降ろし完了', 'IN_TRANSIT'],
    ['하차 완료', 'IN_TRANSIT'],
    ['Đã dỡ hàng', 'IN_TRANSIT'],
    ['ขนถ่ายพัสดุลงจากรถ', 'IN_TRANSIT'],
    ['Paket dibongkar dari truk', 'IN_TRANSIT'],
    ['تم تفريغ الشحنة', 'IN_TRANSIT'],
    ['החבילה נפרקה', 'IN_TRANSIT'],
  ]);
});

describe('return: unclaimed, returned; return delivered to sender', () => {
  readsEach([
    ['逾期未领取，退回寄件人', 'RETURNED_TO_SENDER'],
    ['保管期限経過のため差出人へ返送', 'RETURNED_TO_SENDER'],
    ['보관기간 경과로 반송', 'RETURNED_TO_SENDER'],
    ['Quá hạn lưu kho, chuyển hoàn người gửi', 'RETURNED_TO_SENDER'],
    ['เกินกำหนดรับ ส่งคืนผู้ฝาก', 'RETURNED_TO_SENDER'],
    ['Tidak diambil, dikembalikan ke pengirim', 'RETURNED_TO_SENDER'],
    ['لم يتم استلامها، أعيدت إلى المرسل', 'RETURNED_TO_SENDER'],
    ['לא נאסף, הוחזר לשולח', 'RETURNED_TO_SENDER'],
    ['退件已妥投寄件人', 'RETURNED_TO_SENDER'],
    ['返送品を差出人にお届けしました', 'RETURNED_TO_SENDER'],
    ['반송 물품 발송인 수령 완료', 'RETURNED_TO_SENDER'],
    ['Hàng hoàn đã giao lại cho người gửi', 'RETURNED_TO_SENDER'],
    ['พัสดุตีกลับถึงผู้ส่งแล้ว', 'RETURNED_TO_SENDER'],
    ['Paket retur telah diterima pengirim', 'RETURNED_TO_SENDER'],
    ['تم تسليم الشحنة المرتجعة إلى المرسل', 'RETURNED_TO_SENDER'],
    ['החבילה המוחזרת נמסרה לשולח', 'RETURNED_TO_SENDER'],
  ]);
});

describe('return to the depot, not to the sender', () => {
  readsEach([
    ['退回网点', 'UNKNOWN'],
    ['営業所に持ち戻りました', 'WAITING_FOR_PICKUP'],
    ['터미널로 반송', 'IN_TRANSIT'],
    ['Dikembalikan ke gudang', 'UNKNOWN'],
    ['أعيدت الشحنة إلى المستودع', 'UNKNOWN'],
    ['הוחזר למחסן', 'IN_TRANSIT'],
  ]);
});

describe('security check', () => {
  readsEach([
    ['安检未通过', 'EXCEPTION'],
    ['保安検査で不合格', 'EXCEPTION'],
    ['보안 검색 불합격', 'EXCEPTION'],
    ['Không qua được soi chiếu an ninh', 'EXCEPTION'],
    ['ไม่ผ่านการตรวจความปลอดภัย', 'EXCEPTION'],
    ['Tidak lolos pemeriksaan keamanan', 'EXCEPTION'],
    ['لم تجتز الفحص الأمني', 'EXCEPTION'],
    ['לא עבר בדיקה ביטחונית', 'EXCEPTION'],
    ['安检通过', 'IN_TRANSIT'],
  ]);
});

describe('transferred to partner / last mile', () => {
  readsEach([
    ['转交当地邮政派送', 'IN_TRANSIT'],
    ['日本郵便に引き渡しました', 'IN_TRANSIT'],
    ['우체국으로 이관', 'IN_TRANSIT'],
    ['Chuyển giao cho đơn vị vận chuyển nội địa', 'IN_TRANSIT'],
    ['ส่งต่อให้ไปรษณีย์ไทย', 'IN_TRANSIT'],
    ['Diserahkan ke Pos Indonesia', 'IN_TRANSIT'],
    ['تم تحويل الشحنة إلى البريد المحلي', 'IN_TRANSIT'],
    ['הועבר לדואר ישראל להמשך טיפול', 'IN_TRANSIT'],
  ]);
});

describe('delivered to a courier/partner/warehouse is not a delivery', () => {
  readsEach([
    ['已妥投至转运仓', 'IN_TRANSIT'],
    ['配達員に引き渡しました', 'OUT_FOR_DELIVERY'],
    ['배송기사에게 전달', 'OUT_FOR_DELIVERY'],
    ['물류센터 입고 완료', 'IN_TRANSIT'],
    ['Đã giao cho bưu tá đi phát', 'OUT_FOR_DELIVERY'],
    ['Đã giao hàng cho đơn vị vận chuyển', 'IN_TRANSIT'],
    ['ส่งมอบให้พนักงานนำจ่ายแล้ว', 'OUT_FOR_DELIVERY'],
    ['Paket diserahkan ke gudang', 'IN_TRANSIT'],
    ['נמסר למחסן', 'IN_TRANSIT'],
  ]);
});

describe('delivered to a locker or pickup point', () => {
  readsEach([
    ['已投递至菜鸟驿站', 'WAITING_FOR_PICKUP'],
    ['已送达丰巢柜', 'WAITING_FOR_PICKUP'],
    ['コンビニに配達しました', 'WAITING_FOR_PICKUP'],
    ['편의점에 배달 완료', 'WAITING_FOR_PICKUP'],
    ['Đã giao đến điểm nhận hàng', 'WAITING_FOR_PICKUP'],
    ['นำจ่ายเข้าตู้พัสดุแล้ว', 'WAITING_FOR_PICKUP'],
    ['تم التسليم إلى نقطة الاستلام', 'WAITING_FOR_PICKUP'],
    ['נמסר לנקודת איסוף', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('collected by the recipient', () => {
  readsEach([
    ['收件人已从驿站取件', 'DELIVERED'],
    ['郵便局窓口でお受け取り済み', 'DELIVERED'],
    ['Người nhận đã đến bưu cục nhận hàng', 'DELIVERED'],
    ['ผู้รับมารับพัสดุที่ที่ทำการแล้ว', 'DELIVERED'],
    ['Paket sudah diambil oleh penerima', 'DELIVERED'],
    ['استلم العميل الشحنة من الفرع', 'DELIVERED'],
    ['החבילה נאספה על ידי הנמען', 'DELIVERED'],
  ]);
});

describe('a notice delivered', () => {
  readsEach([
    ['已投递取件通知单', 'WAITING_FOR_PICKUP'],
    ['不在連絡票をお届けしました', 'WAITING_FOR_PICKUP'],
    ['도착 안내문 전달', 'WAITING_FOR_PICKUP'],
    ['Đã phát giấy báo nhận hàng', 'WAITING_FOR_PICKUP'],
    ['นำจ่ายใบแจ้งแล้ว', 'WAITING_FOR_PICKUP'],
    ['تم تسليم إشعار الاستلام', 'WAITING_FOR_PICKUP'],
    ['נמסרה הודעה לנמען', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('negated / future delivery, never DELIVERED', () => {
  readsEach([
    ['未能成功投递', 'EXCEPTION'],
    ['配達は完了していません', 'EXCEPTION'],
    ['배송이 완료되지 않았습니다', 'EXCEPTION'],
    ['Chưa phát thành công', 'EXCEPTION'],
    ['ไม่สามารถนำจ่ายได้', 'EXCEPTION'],
    ['Paket tidak berhasil diantar', 'EXCEPTION'],
    ['המשלוח לא נמסר', 'EXCEPTION'],
    ['将于明日派送', 'IN_TRANSIT'],
    ['明日配達予定', 'IN_TRANSIT'],
    ['내일 배송 예정', 'IN_TRANSIT'],
    ['Sẽ giao hàng vào ngày mai', 'IN_TRANSIT'],
    ['จะนำจ่ายในวันพรุ่งนี้', 'IN_TRANSIT'],
    ['سيتم التسليم غدا', 'IN_TRANSIT'],
    ['החבילה תימסר מחר', 'IN_TRANSIT'],
  ]);
  rulesReadEach([['لم يتم تسليم الشحنة', 'EXCEPTION']]);
});

describe('planned attempt / attempt made', () => {
  readsEach([
    ['将再次派送', 'EXCEPTION'],
    ['再配達予定', 'EXCEPTION'],
    ['재배달 예정', 'EXCEPTION'],
    ['Sẽ phát lại lần 2', 'EXCEPTION'],
    ['จะนำจ่ายอีกครั้ง', 'EXCEPTION'],
    ['Akan dicoba antar kembali', 'EXCEPTION'],
    ['ستتم محاولة التسليم مرة أخرى', 'EXCEPTION'],
    ['ננסה למסור שוב', 'EXCEPTION'],
    ['配達に伺いましたがご不在でした', 'WAITING_FOR_PICKUP'],
    ['방문했으나 부재중', 'WAITING_FOR_PICKUP'],
    ['Đã phát lần 1 không thành công, người nhận vắng nhà', 'WAITING_FOR_PICKUP'],
    ['Kurir sudah datang tetapi penerima tidak ada', 'WAITING_FOR_PICKUP'],
    ['حاول المندوب التسليم لكن المستلم غير متواجد', 'WAITING_FOR_PICKUP'],
    ['השליח ניסה למסור אך לא היה איש בבית', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('not yet ready for collection', () => {
  readsEach([
    ['暂不可取件', 'UNKNOWN'],
    ['まだ受け取りできません', 'UNKNOWN'],
    ['Chưa sẵn sàng để nhận', 'UNKNOWN'],
    ['ยังไม่พร้อมให้รับ', 'UNKNOWN'],
    ['Belum siap diambil', 'UNKNOWN'],
    ['غير جاهزة للاستلام بعد', 'UNKNOWN'],
    ['עדיין לא מוכן לאיסוף', 'UNKNOWN'],
  ]);
});

describe('on its way to the depot / pickup point (towards)', () => {
  readsEach([
    ['正在发往派送站', 'IN_TRANSIT'],
    ['配達営業所へ輸送中', 'IN_TRANSIT'],
    ['배송 영업소로 이동 중', 'IN_TRANSIT'],
    ['Đang chuyển đến bưu cục phát', 'IN_TRANSIT'],
    ['กำลังส่งไปยังศูนย์กระจายสินค้าปลายทาง', 'IN_TRANSIT'],
    ['Dalam perjalanan ke gudang tujuan', 'IN_TRANSIT'],
    ['في الطريق إلى مركز التوزيع', 'IN_TRANSIT'],
    ['בדרך למרכז החלוקה', 'IN_TRANSIT'],
  ]);
});

describe('sender dropped off', () => {
  readsEach([
    ['寄件人已在网点交寄', 'IN_TRANSIT'],
    ['差出人様がコンビニに持ち込みました', 'IN_TRANSIT'],
    ['고객님이 편의점에서 발송 접수', 'IN_TRANSIT'],
    ['Người gửi đã gửi hàng tại điểm giao dịch', 'IN_TRANSIT'],
    ['ผู้ส่งนำพัสดุมาฝากส่งที่สาขา', 'IN_TRANSIT'],
    ['Paket telah di-drop oleh pengirim di agen', 'IN_TRANSIT'],
    ['سلم المرسل الشحنة في الفرع', 'IN_TRANSIT'],
    ['השולח הפקיד את החבילה בסניף', 'IN_TRANSIT'],
  ]);
});

describe('pre-shipment: sender has not handed it over', () => {
  readsEach([
    ['卖家尚未发货', 'INFO_RECEIVED'],
    ['商品は未発送です', 'INFO_RECEIVED'],
    ['판매자 발송 전', 'INFO_RECEIVED'],
    ['ผู้ส่งยังไม่ได้ส่งพัสดุ', 'INFO_RECEIVED'],
    ['Penjual belum mengirim paket', 'INFO_RECEIVED'],
    ['لم يقم البائع بشحن الطلب بعد', 'INFO_RECEIVED'],
    ['המוכר טרם שלח את החבילה', 'INFO_RECEIVED'],
  ]);
});

describe('customs: cleared / released / duties paid / in clearance', () => {
  readsEach([
    ['海关已放行', 'IN_TRANSIT'],
    ['輸入許可', 'IN_TRANSIT'],
    ['세관 반출', 'IN_TRANSIT'],
    ['Hải quan đã thông quan hàng hóa', 'IN_TRANSIT'],
    ['ศุลกากรตรวจปล่อยแล้ว', 'IN_TRANSIT'],
    ['Telah dirilis oleh bea cukai', 'IN_TRANSIT'],
    ['أفرجت الجمارك عن الشحنة', 'IN_TRANSIT'],
    ['המשלוח שוחרר מהמכס', 'IN_TRANSIT'],
    ['正在清关', 'HELD_BY_CUSTOMS'],
    ['통관 진행 중', 'HELD_BY_CUSTOMS'],
    ['Đang làm thủ tục hải quan', 'HELD_BY_CUSTOMS'],
    ['อยู่ระหว่างพิธีการศุลกากร', 'HELD_BY_CUSTOMS'],
    ['Sedang proses bea cukai', 'HELD_BY_CUSTOMS'],
    ['الشحنة قيد التخليص الجمركي', 'HELD_BY_CUSTOMS'],
    ['המשלוח בטיפול המכס', 'HELD_BY_CUSTOMS'],
  ]);
  rulesReadEach([['通関手続き中', 'HELD_BY_CUSTOMS']]);
});

describe('problem resolved', () => {
  readsEach([
    ['异常已处理，继续派送', 'IN_TRANSIT'],
    ['問題が解決しました', 'IN_TRANSIT'],
    ['문제 해결 완료', 'IN_TRANSIT'],
    ['Sự cố đã được xử lý', 'IN_TRANSIT'],
    ['แก้ไขปัญหาเรียบร้อยแล้ว', 'IN_TRANSIT'],
    ['Masalah telah diselesaikan', 'IN_TRANSIT'],
    ['تم حل المشكلة', 'IN_TRANSIT'],
    ['הבעיה טופלה', 'IN_TRANSIT'],
  ]);
});

describe('delayed', () => {
  readsEach([
    ['快件延误', 'EXCEPTION'],
    ['配送が遅れています', 'EXCEPTION'],
    ['배송 지연', 'EXCEPTION'],
    ['Giao hàng bị chậm trễ', 'EXCEPTION'],
    ['พัสดุล่าช้า', 'EXCEPTION'],
    ['Pengiriman terlambat', 'EXCEPTION'],
    ['الشحنة متأخرة', 'EXCEPTION'],
    ['המשלוח מתעכב', 'EXCEPTION'],
  ]);
});

describe('order cancelled', () => {
  readsEach([
    ['注文がキャンセルされました', 'EXCEPTION'],
    ['주문 취소', 'EXCEPTION'],
    ['Đơn hàng đã bị hủy', 'EXCEPTION'],
    ['คำสั่งซื้อถูกยกเลิก', 'EXCEPTION'],
    ['Pesanan dibatalkan', 'EXCEPTION'],
    ['تم إلغاء الطلب', 'EXCEPTION'],
    ['ההזמנה בוטלה', 'EXCEPTION'],
  ]);
  rulesReadEach([['订单已取消', 'EXCEPTION']]);
});

describe('wrong phone number / name', () => {
  readsEach([
    ['電話番号不明', 'EXCEPTION'],
    ['수취인 전화번호 오류', 'EXCEPTION'],
    ['Sai số điện thoại người nhận', 'EXCEPTION'],
    ['เบอร์โทรศัพท์ผู้รับไม่ถูกต้อง', 'EXCEPTION'],
    ['Nomor telepon penerima salah', 'EXCEPTION'],
    ['رقم هاتف المستلم غير صحيح', 'EXCEPTION'],
    ['מספר הטלפון של הנמען שגוי', 'EXCEPTION'],
    ['收件人姓名错误', 'EXCEPTION'],
    ['宛名不完全', 'EXCEPTION'],
    ['수취인명 오류', 'EXCEPTION'],
    ['Sai tên người nhận', 'EXCEPTION'],
    ['ชื่อผู้รับไม่ถูกต้อง', 'EXCEPTION'],
    ['Nama penerima salah', 'EXCEPTION'],
    ['اسم المستلم غير صحيح', 'EXCEPTION'],
    ['שם הנמען שגוי', 'EXCEPTION'],
  ]);
  rulesReadEach([['收件人电话错误', 'EXCEPTION']]);
});

describe('refused because of charges', () => {
  readsEach([
    ['收件人拒付关税，拒收', 'EXCEPTION'],
    ['関税の支払いを拒否されました', 'EXCEPTION'],
    ['관세 납부 거부', 'EXCEPTION'],
    ['Người nhận từ chối nộp thuế', 'EXCEPTION'],
    ['ผู้รับปฏิเสธการชำระภาษี', 'EXCEPTION'],
    ['Penerima menolak membayar bea masuk', 'EXCEPTION'],
    ['رفض المستلم دفع الرسوم الجمركية', 'EXCEPTION'],
    ['הנמען סירב לשלם את המכס', 'EXCEPTION'],
  ]);
});

describe("hold at the recipient's request (zh, ja, ko: waiting for pickup, as the ja corpus labels 依頼受付（保管）)", () => {
  readsEach([
    ['应客户要求暂存网点', 'WAITING_FOR_PICKUP'],
    ['お客様のご依頼により保管中', 'WAITING_FOR_PICKUP'],
    ['고객 요청으로 보관 중', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('epidemic control', () => {
  readsEach([
    ['疫情管控，暂停派送', 'EXCEPTION'],
    ['新型コロナウイルスの影響により遅延', 'EXCEPTION'],
    ['코로나19로 인한 배송 지연', 'EXCEPTION'],
    ['Do dịch bệnh, tạm ngưng giao hàng', 'EXCEPTION'],
    ['งดให้บริการเนื่องจากโควิด', 'EXCEPTION'],
    ['Pengiriman tertunda karena pandemi', 'EXCEPTION'],
    ['تأخير بسبب جائحة كورونا', 'EXCEPTION'],
    ['עיכוב בשל הקורונה', 'EXCEPTION'],
  ]);
});

describe('customs: personal clearance code / tax invoice / declaration from recipient', () => {
  readsEach([
    ['개인통관고유부호 미제출로 통관 보류', 'HELD_BY_CUSTOMS'],
    ['需提供收件人身份证清关', 'HELD_BY_CUSTOMS'],
    ['輸入通関のため書類の提出が必要です', 'HELD_BY_CUSTOMS'],
    ['Cần bổ sung chứng từ để thông quan', 'HELD_BY_CUSTOMS'],
    ['Menunggu dokumen untuk proses bea cukai', 'HELD_BY_CUSTOMS'],
    ['مطلوب مستندات إضافية للتخليص الجمركي', 'HELD_BY_CUSTOMS'],
    ['נדרשים מסמכים לשחרור מהמכס', 'HELD_BY_CUSTOMS'],
    ['已开具税单', 'HELD_BY_CUSTOMS'],
    ['関税額が確定しました', 'HELD_BY_CUSTOMS'],
    ['관세 부과', 'HELD_BY_CUSTOMS'],
    ['Đã có thông báo thuế', 'HELD_BY_CUSTOMS'],
    ['แจ้งชำระภาษีอากร', 'HELD_BY_CUSTOMS'],
    ['Tagihan bea masuk telah terbit', 'HELD_BY_CUSTOMS'],
    ['تم إصدار فاتورة الرسوم الجمركية', 'HELD_BY_CUSTOMS'],
    ['נשלחה דרישת תשלום מכס', 'HELD_BY_CUSTOMS'],
  ]);
});

describe('export customs done', () => {
  readsEach([
    ['輸出通関完了', 'IN_TRANSIT'],
    ['수출 통관 완료', 'IN_TRANSIT'],
    ['Đã hoàn tất thông quan xuất khẩu', 'IN_TRANSIT'],
    ['ผ่านพิธีการศุลกากรขาออกแล้ว', 'IN_TRANSIT'],
    ['Ekspor telah selesai diproses bea cukai', 'IN_TRANSIT'],
    ['تم التخليص الجمركي للتصدير', 'IN_TRANSIT'],
    ['הסתיים שחרור מכס ביצוא', 'IN_TRANSIT'],
  ]);
  rulesReadEach([['出口清关完成', 'IN_TRANSIT']]);
});

describe('info received / label / order processed / packed', () => {
  readsEach([
    ['已收到寄件人的电子信息', 'INFO_RECEIVED'],
    ['商品を梱包しました', 'INFO_RECEIVED'],
    ['상품 준비 중', 'INFO_RECEIVED'],
    ['Pesanan sedang dikemas', 'INFO_RECEIVED'],
    ['البائع يقوم بتجهيز الطلب', 'INFO_RECEIVED'],
    ['המוכר מכין את ההזמנה למשלוח', 'INFO_RECEIVED'],
    ['物流信息已录入，等待揽收', 'INFO_RECEIVED'],
    ['出荷情報を受信しました', 'INFO_RECEIVED'],
    ['배송 정보 수신', 'INFO_RECEIVED'],
    ['Đã nhận thông tin đơn hàng', 'INFO_RECEIVED'],
    ['ได้รับข้อมูลการจัดส่งแล้ว', 'INFO_RECEIVED'],
    ['Data pengiriman telah diterima', 'INFO_RECEIVED'],
    ['تم استلام بيانات الشحنة', 'INFO_RECEIVED'],
    ['התקבל מידע על המשלוח', 'INFO_RECEIVED'],
  ]);
  rulesReadEach([
    ['Người gửi đang chuẩn bị hàng', 'INFO_RECEIVED'],
    ['ผู้ส่งกำลังเตรียมพัสดุ', 'INFO_RECEIVED'],
  ]);
});

describe('accepted / picked up / posted', () => {
  readsEach([
    ['快件已揽收', 'IN_TRANSIT'],
    ['荷物を引受しました', 'IN_TRANSIT'],
    ['집하 완료', 'IN_TRANSIT'],
    ['Đã nhận hàng từ người gửi', 'IN_TRANSIT'],
    ['รับฝากพัสดุแล้ว', 'IN_TRANSIT'],
    ['Paket telah dijemput kurir', 'IN_TRANSIT'],
    ['تم استلام الشحنة من المرسل', 'IN_TRANSIT'],
    ['החבילה נאספה מהשולח', 'IN_TRANSIT'],
  ]);
});

describe('sorting, hub in/out', () => {
  readsEach([
    ['快件已到达转运中心', 'IN_TRANSIT'],
    ['中継センターに到着しました', 'IN_TRANSIT'],
    ['허브 터미널 도착', 'IN_TRANSIT'],
    ['Đã đến trung tâm khai thác', 'IN_TRANSIT'],
    ['ถึงศูนย์คัดแยกสินค้า', 'IN_TRANSIT'],
    ['Tiba di hub transit', 'IN_TRANSIT'],
    ['وصلت الشحنة إلى مركز الفرز', 'IN_TRANSIT'],
    ['החבילה הגיעה למרכז המיון', 'IN_TRANSIT'],
    ['快件已从转运中心发出', 'IN_TRANSIT'],
    ['中継センターから発送しました', 'IN_TRANSIT'],
    ['허브 터미널 출고', 'IN_TRANSIT'],
    ['Đã rời trung tâm khai thác', 'IN_TRANSIT'],
    ['ออกจากศูนย์คัดแยกสินค้า', 'IN_TRANSIT'],
    ['Berangkat dari hub transit', 'IN_TRANSIT'],
    ['غادرت الشحنة مركز الفرز', 'IN_TRANSIT'],
    ['החבילה יצאה ממרכז המיון', 'IN_TRANSIT'],
  ]);
});

describe('arrived at the delivering depot', () => {
  readsEach([
    ['快件已到达派送站点', 'ARRIVED_AT_DESTINATION'],
    ['配達担当営業所に到着', 'ARRIVED_AT_DESTINATION'],
    ['배송 대리점 도착', 'ARRIVED_AT_DESTINATION'],
    ['Đã đến bưu cục giao hàng', 'ARRIVED_AT_DESTINATION'],
    ['ถึงสาขาปลายทาง', 'ARRIVED_AT_DESTINATION'],
    ['Tiba di gudang tujuan', 'ARRIVED_AT_DESTINATION'],
    ['وصلت الشحنة إلى فرع التوصيل', 'ARRIVED_AT_DESTINATION'],
    ['החבילה הגיעה לסניף היעד', 'ARRIVED_AT_DESTINATION'],
  ]);
});

describe('arrived at the destination sorting centre', () => {
  readsEach([
    ['到达目的地分拨中心', 'ARRIVED_AT_DESTINATION'],
    ['到着地の仕分けセンターに到着', 'ARRIVED_AT_DESTINATION'],
    ['도착지 물류센터 도착', 'ARRIVED_AT_DESTINATION'],
    ['Đến trung tâm khai thác tỉnh phát', 'ARRIVED_AT_DESTINATION'],
    ['ถึงศูนย์คัดแยกปลายทาง', 'ARRIVED_AT_DESTINATION'],
    ['Tiba di sortir kota tujuan', 'ARRIVED_AT_DESTINATION'],
    ['وصلت إلى مركز الفرز في مدينة الوجهة', 'ARRIVED_AT_DESTINATION'],
    ['הגיע למרכז המיון באזור היעד', 'ARRIVED_AT_DESTINATION'],
  ]);
});

describe('transit airport / in transit to destination country', () => {
  readsEach([
    ['到达中转机场', 'IN_TRANSIT'],
    ['経由地空港に到着', 'IN_TRANSIT'],
    ['경유지 공항 도착', 'IN_TRANSIT'],
    ['Đến sân bay trung chuyển', 'IN_TRANSIT'],
    ['Tiba di bandara transit', 'IN_TRANSIT'],
    ['وصلت إلى مطار الترانزيت', 'IN_TRANSIT'],
    ['הגיע לנמל תעופה בדרך', 'IN_TRANSIT'],
  ]);
});

describe('signed for vs sign-for failed, refused or pending', () => {
  readsEach([
    ['拒绝签收', 'EXCEPTION'],
    ['签收异常，请联系快递员', 'EXCEPTION'],
    ['已簽收', 'DELIVERED'],
    ['配達完了予定日', 'UNKNOWN'],
    ['배달완료 예정', 'UNKNOWN'],
    ['수령 거부', 'EXCEPTION'],
    ['Đã giao hàng thành công', 'DELIVERED'],
    ['Chưa giao được hàng', 'EXCEPTION'],
    ['Sẽ giao hàng trong hôm nay', 'OUT_FOR_DELIVERY'],
    ['นำจ่ายสำเร็จแล้ว', 'DELIVERED'],
    ['ผู้รับยังไม่ได้รับพัสดุ', 'EXCEPTION'],
    ['จะนำจ่ายภายในวันนี้', 'OUT_FOR_DELIVERY'],
    ['Paket belum diterima penerima', 'EXCEPTION'],
    ['Paket diterima di gudang', 'IN_TRANSIT'],
    ['Paket diterima oleh kurir', 'IN_TRANSIT'],
    ['سيتم التسليم اليوم', 'OUT_FOR_DELIVERY'],
    ['تم التسليم إلى شركة الشحن', 'IN_TRANSIT'],
    ['فشل التسليم للمستلم', 'EXCEPTION'],
    ['ימסר היום', 'OUT_FOR_DELIVERY'],
    ['נמסר לחברת השילוח', 'IN_TRANSIT'],
    ['טרם נמסר', 'EXCEPTION'],
  ]);
  rulesReadEach([
    ['签收失败', 'EXCEPTION'],
    ['配達完了', 'DELIVERED'],
    ['未配達', 'EXCEPTION'],
    ['미배달', 'EXCEPTION'],
    ['Giao hàng thất bại', 'EXCEPTION'],
    ['Paket telah diterima', 'DELIVERED'],
    ['تم التسليم', 'DELIVERED'],
    ['נמסר', 'DELIVERED'],
  ]);
});

describe('handed to customs or a customs broker is no delivery', () => {
  readsEach([
    ['已交海关查验', 'HELD_BY_CUSTOMS'],
    ['税関に引き渡しました', 'HELD_BY_CUSTOMS'],
    ['세관 인계', 'HELD_BY_CUSTOMS'],
    ['Đã bàn giao cho hải quan', 'HELD_BY_CUSTOMS'],
    ['ส่งมอบให้ศุลกากร', 'HELD_BY_CUSTOMS'],
    ['Diserahkan ke bea cukai', 'HELD_BY_CUSTOMS'],
    ['تم تسليم الشحنة إلى الجمارك', 'HELD_BY_CUSTOMS'],
    ['נמסר למכס', 'HELD_BY_CUSTOMS'],
  ]);
});

describe('delivered to the post office for onward delivery is no delivery to the recipient', () => {
  readsEach([
    ['已交邮局投递', 'IN_TRANSIT'],
    ['郵便局へ引き渡し', 'IN_TRANSIT'],
    ['우체국 인계 완료', 'IN_TRANSIT'],
    ['Đã giao cho bưu điện để phát', 'UNKNOWN'],
    ['Diserahkan ke kantor pos untuk diantar', 'IN_TRANSIT'],
    ['تم التسليم إلى مكتب البريد', 'IN_TRANSIT'],
  ]);
});

describe('delivered to a guard, reception or mailbox is a delivery', () => {
  readsEach([
    ['已放门卫', 'DELIVERED'],
    ['宅配ボックスに配達しました', 'DELIVERED'],
    ['경비실 전달 완료', 'DELIVERED'],
    ['Đã giao cho bảo vệ tòa nhà', 'DELIVERED'],
    ['ฝากไว้กับ รปภ.', 'DELIVERED'],
    ['Diterima oleh satpam', 'DELIVERED'],
    ['تم التسليم إلى حارس المبنى', 'DELIVERED'],
    ['נמסר לשומר בכניסה', 'DELIVERED'],
    ['郵便受けに配達しました', 'DELIVERED'],
    ['Đã bỏ vào hộp thư', 'DELIVERED'],
    ['นำจ่ายลงตู้จดหมายแล้ว', 'DELIVERED'],
    ['Dimasukkan ke kotak surat', 'DELIVERED'],
    ['تم وضع الشحنة في صندوق البريد', 'DELIVERED'],
    ['הוכנס לתיבת הדואר', 'DELIVERED'],
  ]);
});

describe('out for delivery, with a time or the courier named', () => {
  readsEach([
    ['快递员正在派件', 'OUT_FOR_DELIVERY'],
    ['本日お届け予定です。配達中', 'OUT_FOR_DELIVERY'],
    ['배달 출발, 담당 기사 홍길동', 'OUT_FOR_DELIVERY'],
    ['Bưu tá đang đi phát', 'OUT_FOR_DELIVERY'],
    ['พนักงานกำลังนำส่งพัสดุ', 'OUT_FOR_DELIVERY'],
    ['Kurir sedang menuju alamat penerima', 'OUT_FOR_DELIVERY'],
    ['المندوب في الطريق إليك', 'OUT_FOR_DELIVERY'],
    ['השליח בדרך אליך', 'OUT_FOR_DELIVERY'],
  ]);
});

describe('out for delivery, but delayed or cancelled', () => {
  readsEach([
    ['派送延误', 'EXCEPTION'],
    ['配達が遅れております', 'EXCEPTION'],
    ['배송 출발 지연', 'EXCEPTION'],
    ['Giao hàng bị trễ', 'EXCEPTION'],
    ['การนำจ่ายล่าช้า', 'EXCEPTION'],
    ['Pengantaran tertunda', 'EXCEPTION'],
    ['تأخر التوصيل', 'EXCEPTION'],
    ['החלוקה מתעכבת', 'EXCEPTION'],
  ]);
});

describe('return initiated, in progress', () => {
  readsEach([
    ['退件处理中', 'RETURNED_TO_SENDER'],
    ['返送手続き中', 'RETURNED_TO_SENDER'],
    ['반송 처리 중', 'RETURNED_TO_SENDER'],
    ['อยู่ระหว่างตีกลับ', 'RETURNED_TO_SENDER'],
    ['Paket dalam proses retur', 'RETURNED_TO_SENDER'],
    ['جاري إرجاع الشحنة إلى المرسل', 'RETURNED_TO_SENDER'],
    ['החבילה בדרך חזרה לשולח', 'RETURNED_TO_SENDER'],
  ]);
  rulesReadEach([['Đang chuyển hoàn', 'RETURNED_TO_SENDER']]);
});

describe('return cancelled (an exception, as en reads it)', () => {
  readsEach([
    ['取消退回', 'EXCEPTION'],
    ['返送取消', 'EXCEPTION'],
    ['반송 취소', 'EXCEPTION'],
    ['Hủy chuyển hoàn', 'EXCEPTION'],
  ]);
});

describe('intercepted', () => {
  readsEach([
    ['快件已拦截', 'EXCEPTION'],
    ['配達を差し止めました', 'EXCEPTION'],
    ['배송 중지 요청 처리', 'EXCEPTION'],
    ['Đơn hàng đã bị chặn', 'EXCEPTION'],
    ['พัสดุถูกระงับการจัดส่ง', 'EXCEPTION'],
    ['Pengiriman dihentikan atas permintaan pengirim', 'EXCEPTION'],
    ['تم إيقاف الشحنة', 'EXCEPTION'],
    ['המשלוח נעצר', 'EXCEPTION'],
  ]);
});

describe('stuck, stranded, problem parcel', () => {
  readsEach([
    ['快件滞留', 'EXCEPTION'],
    ['問題のある荷物として処理中', 'EXCEPTION'],
    ['배송 문제 발생', 'EXCEPTION'],
    ['Đơn hàng có vấn đề', 'EXCEPTION'],
    ['พัสดุมีปัญหา', 'EXCEPTION'],
    ['توجد مشكلة في الشحنة', 'EXCEPTION'],
    ['קיימת בעיה במשלוח', 'EXCEPTION'],
  ]);
  rulesReadEach([['Paket bermasalah', 'EXCEPTION']]);
});

describe('storage period expired', () => {
  readsEach([
    ['保管期間が経過しました', 'EXCEPTION'],
    ['Đã hết thời gian lưu giữ tại bưu cục', 'EXCEPTION'],
    ['เกินระยะเวลาเก็บรักษา', 'EXCEPTION'],
    ['Batas waktu penyimpanan habis', 'EXCEPTION'],
    ['انتهت مدة التخزين', 'EXCEPTION'],
    ['תקופת האחסון הסתיימה', 'EXCEPTION'],
  ]);
});

describe('left at the door (a delivery) and a delivery to a family member or reception', () => {
  readsEach([
    ['已放在门口', 'DELIVERED'],
    ['玄関前に置き配しました', 'DELIVERED'],
    ['문 앞 배송 완료', 'DELIVERED'],
    ['Đã để hàng trước cửa', 'DELIVERED'],
    ['Paket diletakkan di depan pintu', 'DELIVERED'],
    ['تم ترك الشحنة عند الباب', 'DELIVERED'],
    ['החבילה הושארה ליד הדלת', 'DELIVERED'],
    ['家人代收', 'DELIVERED'],
    ['ご家族様にお渡ししました', 'DELIVERED'],
    ['가족 수령', 'DELIVERED'],
    ['Người nhà đã nhận hàng', 'DELIVERED'],
    ['ครอบครัวผู้รับรับแทน', 'DELIVERED'],
    ['Diterima oleh keluarga', 'DELIVERED'],
    ['تم التسليم إلى أحد أفراد الأسرة', 'DELIVERED'],
    ['נמסר לבן משפחה', 'DELIVERED'],
    ['前台签收', 'DELIVERED'],
    ['受付にてお渡し済み', 'DELIVERED'],
    ['Lễ tân đã ký nhận', 'DELIVERED'],
    ['ส่งถึงเคาน์เตอร์ต้อนรับ ผู้รับเซ็นรับแล้ว', 'DELIVERED'],
    ['Diterima oleh resepsionis', 'DELIVERED'],
    ['تم التسليم إلى موظف الاستقبال', 'DELIVERED'],
    ['נמסר לקבלה', 'DELIVERED'],
  ]);
});

describe('the recipient was absent (an attempt)', () => {
  readsEach([
    ['收件人不在家', 'WAITING_FOR_PICKUP'],
    ['수취인 부재', 'WAITING_FOR_PICKUP'],
    ['Người nhận vắng nhà', 'WAITING_FOR_PICKUP'],
    ['ผู้รับไม่อยู่บ้าน', 'WAITING_FOR_PICKUP'],
    ['Penerima tidak ada di rumah', 'WAITING_FOR_PICKUP'],
    ['المستلم غير متواجد', 'WAITING_FOR_PICKUP'],
    ['הנמען לא היה בבית', 'WAITING_FOR_PICKUP'],
  ]);
  rulesReadEach([['ご不在でした', 'WAITING_FOR_PICKUP']]);
});

describe('forwarded to a new address, address change', () => {
  readsEach([
    ['已转寄新地址', 'IN_TRANSIT'],
    ['転送先へ転送しました', 'IN_TRANSIT'],
    ['새 주소로 전달', 'IN_TRANSIT'],
    ['Đã chuyển tiếp đến địa chỉ mới', 'IN_TRANSIT'],
    ['ส่งต่อไปยังที่อยู่ใหม่', 'IN_TRANSIT'],
    ['Diteruskan ke alamat baru', 'IN_TRANSIT'],
    ['تمت إعادة توجيه الشحنة إلى العنوان الجديد', 'IN_TRANSIT'],
    ['הועבר לכתובת חדשה', 'IN_TRANSIT'],
  ]);
});

describe('international mail processing centre / exchange office', () => {
  readsEach([
    ['到达国际邮件互换局', 'IN_TRANSIT'],
    ['국제우편물류센터 도착', 'IN_TRANSIT'],
    ['Đến bưu cục ngoại dịch', 'IN_TRANSIT'],
    ['ถึงศูนย์ไปรษณีย์ระหว่างประเทศ', 'IN_TRANSIT'],
    ['Tiba di kantor tukar pos internasional', 'IN_TRANSIT'],
    ['وصلت إلى مركز البريد الدولي', 'IN_TRANSIT'],
    ['הגיע למרכז הדואר הבינלאומי', 'IN_TRANSIT'],
    ['离开互换局', 'IN_TRANSIT'],
    ['국제우편물류센터 출발', 'IN_TRANSIT'],
    ['Rời bưu cục ngoại dịch', 'IN_TRANSIT'],
    ['ออกจากศูนย์ไปรษณีย์ระหว่างประเทศ', 'IN_TRANSIT'],
    ['Berangkat dari kantor tukar pos internasional', 'IN_TRANSIT'],
    ['غادرت مركز البريد الدولي', 'IN_TRANSIT'],
    ['יצא ממרכז הדואר הבינלאומי', 'IN_TRANSIT'],
  ]);
  rulesReadEach([
    ['国際交換局に到着', 'IN_TRANSIT'],
    ['国際交換局から発送', 'IN_TRANSIT'],
  ]);
});

describe('second / final notice', () => {
  readsEach([
    ['已二次通知收件人取件', 'WAITING_FOR_PICKUP'],
    ['再度ご不在連絡票を投函しました', 'WAITING_FOR_PICKUP'],
    ['Đã gửi giấy báo lần 2', 'WAITING_FOR_PICKUP'],
    ['ออกใบแจ้งครั้งที่ 2', 'WAITING_FOR_PICKUP'],
    ['Pemberitahuan kedua telah dikirim, silakan ambil paket', 'WAITING_FOR_PICKUP'],
    ['إشعار ثان: الشحنة بانتظار الاستلام', 'WAITING_FOR_PICKUP'],
    ['הודעה שנייה: החבילה ממתינה לאיסוף', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('ready for collection at a parcel shop or counter', () => {
  readsEach([
    ['包裹已到代收点，请凭取件码领取', 'WAITING_FOR_PICKUP'],
    ['コンビニでお受け取りいただけます', 'WAITING_FOR_PICKUP'],
    ['편의점 도착, 수령 가능', 'WAITING_FOR_PICKUP'],
    ['Hàng đã đến điểm lấy hàng, mời quý khách đến nhận', 'WAITING_FOR_PICKUP'],
    ['พัสดุถึงจุดรับแล้ว สามารถมารับได้', 'WAITING_FOR_PICKUP'],
    ['الشحنة متاحة للاستلام من نقطة الاستلام', 'WAITING_FOR_PICKUP'],
    ['החבילה זמינה לאיסוף בנקודת החלוקה', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('dispatched to the destination country', () => {
  readsEach([
    ['发往目的国', 'IN_TRANSIT'],
    ['到着国へ発送', 'IN_TRANSIT'],
    ['도착국으로 발송', 'IN_TRANSIT'],
    ['Đã gửi đi nước nhận', 'IN_TRANSIT'],
    ['ส่งออกไปยังประเทศปลายทาง', 'IN_TRANSIT'],
    ['Dikirim ke negara tujuan', 'IN_TRANSIT'],
    ['تم إرسال الشحنة إلى بلد الوجهة', 'IN_TRANSIT'],
  ]);
});

describe('arrived at the origin airport / handed over for export', () => {
  readsEach([
    ['到达始发机场', 'IN_TRANSIT'],
    ['出発地空港に到着', 'IN_TRANSIT'],
    ['출발지 공항 도착', 'IN_TRANSIT'],
    ['Đã đến sân bay đi', 'IN_TRANSIT'],
    ['ถึงท่าอากาศยานต้นทาง', 'IN_TRANSIT'],
    ['Tiba di bandara asal', 'IN_TRANSIT'],
    ['وصلت إلى مطار المنشأ', 'IN_TRANSIT'],
    ['הגיע לנמל התעופה במדינת המוצא', 'IN_TRANSIT'],
  ]);
});

describe('arrived at customs in the destination country', () => {
  readsEach([
    ['到着国の税関に到着', 'HELD_BY_CUSTOMS'],
    ['도착국 세관 도착', 'HELD_BY_CUSTOMS'],
    ['Đã đến hải quan nước nhận', 'HELD_BY_CUSTOMS'],
    ['ถึงด่านศุลกากรประเทศปลายทาง', 'HELD_BY_CUSTOMS'],
    ['Tiba di bea cukai negara tujuan', 'HELD_BY_CUSTOMS'],
    ['وصلت إلى جمارك بلد الوجهة', 'HELD_BY_CUSTOMS'],
    ['הגיע למכס בארץ היעד', 'HELD_BY_CUSTOMS'],
  ]);
  rulesReadEach([['到达目的国海关', 'HELD_BY_CUSTOMS']]);
});

describe('processed, scanned, weighed', () => {
  readsEach([
    ['快件已称重', 'IN_TRANSIT'],
    ['荷物の計量を行いました', 'IN_TRANSIT'],
    ['중량 측정 완료', 'IN_TRANSIT'],
    ['Đã cân hàng', 'IN_TRANSIT'],
    ['ชั่งน้ำหนักพัสดุแล้ว', 'IN_TRANSIT'],
    ['Paket telah ditimbang', 'IN_TRANSIT'],
    ['تم وزن الشحنة', 'IN_TRANSIT'],
    ['החבילה נשקלה', 'IN_TRANSIT'],
    ['快件正在分拣', 'IN_TRANSIT'],
    ['仕分け作業中', 'IN_TRANSIT'],
    ['분류 작업 중', 'IN_TRANSIT'],
    ['Đang chia chọn', 'IN_TRANSIT'],
    ['อยู่ระหว่างคัดแยก', 'IN_TRANSIT'],
    ['Sedang disortir', 'IN_TRANSIT'],
    ['جاري فرز الشحنة', 'IN_TRANSIT'],
    ['החבילה במיון', 'IN_TRANSIT'],
  ]);
});

describe('return to sender only if not collected (conditional)', () => {
  readsEach([['若七日内未领取将退回寄件人', 'WAITING_FOR_PICKUP']]);
});

describe('returned because refused / address unknown', () => {
  readsEach([
    ['收件人拒收，退回寄件人', 'RETURNED_TO_SENDER'],
    ['受取拒否のため差出人へ返送', 'RETURNED_TO_SENDER'],
    ['수취거절로 반송', 'RETURNED_TO_SENDER'],
    ['Người nhận từ chối, chuyển hoàn', 'RETURNED_TO_SENDER'],
    ['ผู้รับปฏิเสธ ส่งคืนผู้ฝาก', 'RETURNED_TO_SENDER'],
    ['Ditolak penerima, dikembalikan ke pengirim', 'RETURNED_TO_SENDER'],
    ['رفض المستلم، تمت إعادة الشحنة إلى المرسل', 'RETURNED_TO_SENDER'],
    ['הנמען סירב, החבילה הוחזרה לשולח', 'RETURNED_TO_SENDER'],
  ]);
});

describe("nobody to receive on someone's behalf is no delivery", () => {
  readsEach([
    ['ไม่มีญาติรับแทน', 'EXCEPTION'],
    ['ไม่มีผู้รับแทน', 'EXCEPTION'],
    ['ญาติรับแทน', 'DELIVERED'],
  ]);
});

describe('service boilerplate that names a problem, a claim or a number is no event', () => {
  readsEach([
    ['Nếu có vấn đề xin liên hệ tổng đài', 'UNKNOWN'],
    ['如有疑问或理赔请致电客服', 'UNKNOWN'],
    ['문제 발생 시 고객센터로 연락 바랍니다', 'UNKNOWN'],
    ['رقم التتبع غير صحيح', 'UNKNOWN'],
  ]);
});

describe('nobody to receive it, a mailbox that could not be used, a notice beside a delivery', () => {
  readsEach([
    ['Không có hàng xóm nhận thay', 'EXCEPTION'],
    ['Không có người thân nhận thay, hẹn giao lại', 'EXCEPTION'],
    ['ใบแจ้งลงตู้จดหมายแล้ว', 'WAITING_FOR_PICKUP'],
    ['تم تسليم الشحنة وإرسال إشعار', 'DELIVERED'],
    ['تم التسليم، تم إرسال إشعار للعميل', 'DELIVERED'],
    ['Không thể để hàng trước cửa', 'EXCEPTION'],
  ]);
  neverDeliveredEach([
    ['ใส่ลงตู้จดหมายไม่ได้'],
    ['นำจ่ายลงตู้จดหมายไม่ได้ เนื่องจากตู้เต็ม'],
    ['Paket tidak boleh diletakkan di depan pintu'],
  ]);
});

describe('on the way to the destination sorting centre is no arrival', () => {
  readsEach([
    ['Đang chuyển đến trung tâm khai thác tỉnh phát', 'IN_TRANSIT'],
    ['Đã rời trung tâm khai thác tỉnh phát', 'IN_TRANSIT'],
    ['בדרך למרכז המיון באזור היעד', 'IN_TRANSIT'],
  ]);
});

describe('no safe place to leave it', () => {
  readsEach([
    ['无安全位置存放，无法派送', 'EXCEPTION'],
    ['置き配できる場所がありませんでした', 'EXCEPTION'],
    ['Không có nơi an toàn để gửi hàng', 'EXCEPTION'],
    ['ไม่มีที่ปลอดภัยสำหรับวางพัสดุ', 'EXCEPTION'],
    ['Tidak ada tempat aman untuk menaruh paket', 'EXCEPTION'],
    ['لا يوجد مكان آمن لترك الشحنة', 'EXCEPTION'],
    ['אין מקום בטוח להשאיר את החבילה', 'EXCEPTION'],
  ]);
});

describe('appointment required', () => {
  readsEach([
    ['需预约派送', 'EXCEPTION'],
    ['配達の日時指定が必要です', 'EXCEPTION'],
    ['배송 예약 필요', 'EXCEPTION'],
    ['Cần hẹn lịch giao hàng', 'EXCEPTION'],
    ['ต้องนัดหมายวันนำจ่าย', 'EXCEPTION'],
    ['Perlu membuat janji pengiriman', 'EXCEPTION'],
    ['يلزم تحديد موعد للتسليم', 'EXCEPTION'],
    ['נדרש תיאום מועד מסירה', 'EXCEPTION'],
  ]);
});

describe('empty parcel, label missing', () => {
  readsEach([
    ['包裹为空', 'EXCEPTION'],
    ['中身が入っていませんでした', 'EXCEPTION'],
    ['빈 상자 접수', 'EXCEPTION'],
    ['Bưu kiện rỗng', 'EXCEPTION'],
    ['กล่องพัสดุว่างเปล่า', 'EXCEPTION'],
    ['Paket kosong', 'EXCEPTION'],
    ['الطرد فارغ', 'EXCEPTION'],
    ['החבילה ריקה', 'EXCEPTION'],
    ['面单脱落', 'EXCEPTION'],
    ['伝票が剥がれていました', 'EXCEPTION'],
    ['운송장 탈락', 'EXCEPTION'],
    ['Mất nhãn vận đơn', 'EXCEPTION'],
    ['ป้ายจ่าหน้าหลุด', 'EXCEPTION'],
    ['Label pengiriman hilang', 'EXCEPTION'],
    ['ملصق الشحنة مفقود', 'EXCEPTION'],
    ['התווית חסרה', 'EXCEPTION'],
  ]);
});

describe('age check failed', () => {
  readsEach([
    ['年龄核验未通过', 'EXCEPTION'],
    ['年齢確認ができませんでした', 'EXCEPTION'],
    ['연령 확인 불가', 'EXCEPTION'],
    ['Không xác minh được độ tuổi người nhận', 'EXCEPTION'],
    ['ผู้รับอายุไม่ถึงเกณฑ์', 'EXCEPTION'],
    ['Verifikasi usia gagal', 'EXCEPTION'],
    ['فشل التحقق من العمر', 'EXCEPTION'],
    ['אימות הגיל נכשל', 'EXCEPTION'],
  ]);
});

describe('unrest, riots', () => {
  readsEach([
    ['当地发生骚乱，暂停派送', 'EXCEPTION'],
    ['暴動のため配達を見合わせています', 'EXCEPTION'],
    ['시위로 인한 배송 지연', 'EXCEPTION'],
    ['Do bạo loạn, tạm ngưng phát hàng', 'EXCEPTION'],
    ['เหตุความไม่สงบ งดนำจ่าย', 'EXCEPTION'],
    ['Kerusuhan, pengiriman ditunda', 'EXCEPTION'],
    ['اضطرابات أمنية، تأخير في التوصيل', 'EXCEPTION'],
    ['עיכוב עקב המצב הביטחוני', 'EXCEPTION'],
  ]);
});

describe('late flight, missed connection', () => {
  readsEach([
    ['航班延误', 'EXCEPTION'],
    ['航空便遅延', 'EXCEPTION'],
    ['항공편 지연', 'EXCEPTION'],
    ['Chuyến bay bị trễ', 'EXCEPTION'],
    ['เที่ยวบินล่าช้า', 'EXCEPTION'],
    ['Penerbangan tertunda', 'EXCEPTION'],
    ['تأخر الرحلة الجوية', 'EXCEPTION'],
    ['עיכוב בטיסה', 'EXCEPTION'],
  ]);
});

describe('awaiting customs clearance', () => {
  readsEach([
    ['等待清关', 'HELD_BY_CUSTOMS'],
    ['通関待ち', 'HELD_BY_CUSTOMS'],
    ['통관 대기', 'HELD_BY_CUSTOMS'],
    ['Chờ thông quan', 'HELD_BY_CUSTOMS'],
    ['Menunggu proses bea cukai', 'HELD_BY_CUSTOMS'],
    ['في انتظار التخليص الجمركي', 'HELD_BY_CUSTOMS'],
    ['ממתין לשחרור מהמכס', 'HELD_BY_CUSTOMS'],
  ]);
});

describe('not yet received by the carrier', () => {
  readsEach([
    ['快递公司尚未收到包裹', 'INFO_RECEIVED'],
    ['荷物はまだ当社に届いていません', 'INFO_RECEIVED'],
    ['아직 택배사에 입고되지 않았습니다', 'INFO_RECEIVED'],
    ['Đơn vị vận chuyển chưa nhận được hàng', 'INFO_RECEIVED'],
    ['บริษัทขนส่งยังไม่ได้รับพัสดุ', 'INFO_RECEIVED'],
    ['Paket belum diterima oleh kurir', 'INFO_RECEIVED'],
    ['החבילה טרם התקבלה אצל חברת השילוח', 'INFO_RECEIVED'],
  ]);
});

describe('delivery attempts exhausted', () => {
  readsEach([
    ['已达最大派送次数', 'EXCEPTION'],
    ['配達回数の上限に達しました', 'EXCEPTION'],
    ['최대 배달 시도 횟수 초과', 'EXCEPTION'],
    ['Đã phát quá số lần quy định', 'EXCEPTION'],
    ['นำจ่ายครบ 3 ครั้งแล้ว ไม่พบผู้รับ', 'EXCEPTION'],
    ['تم استنفاد محاولات التسليم', 'EXCEPTION'],
    ['מוצו ניסיונות המסירה', 'EXCEPTION'],
    ['Batas maksimal percobaan pengiriman tercapai', 'EXCEPTION'],
  ]);
});

describe('traditional Chinese (Taiwan, Hong Kong): convenience-store pickup and the usual steps (back to the logistics centre is a return, as the zh corpus labels it)', () => {
  readsEach([
    ['商品已送達取貨門市', 'WAITING_FOR_PICKUP'],
    ['包裹已配達門市，請於7日內取貨', 'WAITING_FOR_PICKUP'],
    ['買家已取貨', 'DELIVERED'],
    ['門市逾期未取，退回物流中心', 'RETURNED_TO_SENDER'],
    ['貨件已到達物流中心', 'IN_TRANSIT'],
    ['轉運中', 'IN_TRANSIT'],
    ['配送中，司機將於今日送達', 'OUT_FOR_DELIVERY'],
    ['配達完成', 'DELIVERED'],
    ['收件人不在，已留下招領通知', 'WAITING_FOR_PICKUP'],
    ['地址錯誤，無法配送', 'EXCEPTION'],
    ['海關查驗中', 'HELD_BY_CUSTOMS'],
    ['已清關', 'IN_TRANSIT'],
    ['已抵達目的地國家', 'ARRIVED_AT_DESTINATION'],
    ['郵件招領中', 'WAITING_FOR_PICKUP'],
    ['郵件已投遞', 'DELIVERED'],
    ['包裹遺失', 'EXCEPTION'],
    ['包裹損壞', 'EXCEPTION'],
    ['颱風影響，暫停配送', 'EXCEPTION'],
    ['寄件人尚未交寄', 'INFO_RECEIVED'],
    ['訂單已成立', 'INFO_RECEIVED'],
    ['寄件人已於門市寄件', 'IN_TRANSIT'],
    ['收件人電話無人接聽', 'EXCEPTION'],
    ['預計明日送達', 'UNKNOWN'],
  ]);
  rulesReadEach([
    ['已退回寄件人', 'RETURNED_TO_SENDER'],
    ['投遞不成功', 'EXCEPTION'],
    ['公司行號休息', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('business closed (an attempt in ja, ko and id, as en and the corpus label it; earlier rounds label it an exception in zh, th, ar and he)', () => {
  readsEach([
    ['お届け先休業のため持ち戻り', 'WAITING_FOR_PICKUP'],
    ['폐문부재로 배달하지 못했습니다', 'WAITING_FOR_PICKUP'],
    ['Kantor penerima tutup', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('closed for good is no attempt', () => {
  readsEach([
    ['收件公司已倒闭', 'EXCEPTION'],
    ['廃業のため配達できません', 'EXCEPTION'],
    ['폐업으로 배달 불가', 'EXCEPTION'],
    ['Công ty người nhận đã giải thể', 'EXCEPTION'],
    ['บริษัทเลิกกิจการแล้ว', 'EXCEPTION'],
    ['Perusahaan penerima sudah tutup permanen', 'EXCEPTION'],
    ['المحل مغلق نهائيا', 'EXCEPTION'],
    ['העסק נסגר לצמיתות', 'EXCEPTION'],
  ]);
});

describe('rerouted', () => {
  readsEach([
    ['経路を変更して輸送中', 'IN_TRANSIT'],
    ['배송 경로 변경', 'IN_TRANSIT'],
    ['Đã điều chuyển sang tuyến khác', 'IN_TRANSIT'],
    ['เปลี่ยนเส้นทางการขนส่ง', 'IN_TRANSIT'],
    ['Rute pengiriman diubah', 'IN_TRANSIT'],
    ['تم تغيير مسار الشحنة', 'IN_TRANSIT'],
    ['המשלוח נותב מחדש', 'IN_TRANSIT'],
  ]);
});

describe('bag or container opened on arrival', () => {
  readsEach([
    ['已拆袋', 'IN_TRANSIT'],
    ['コンテナから取り出しました', 'IN_TRANSIT'],
    ['컨테이너 하역', 'IN_TRANSIT'],
    ['Đã mở túi', 'IN_TRANSIT'],
    ['เปิดถุงไปรษณีย์', 'IN_TRANSIT'],
    ['Kantong dibuka', 'IN_TRANSIT'],
    ['تم فتح الكيس', 'IN_TRANSIT'],
    ['השק נפתח', 'IN_TRANSIT'],
  ]);
});

describe('returned to the origin country', () => {
  readsEach([
    ['已退回原寄国', 'RETURNED_TO_SENDER'],
    ['差出国へ返送', 'RETURNED_TO_SENDER'],
    ['발송국으로 반송', 'RETURNED_TO_SENDER'],
    ['Đã chuyển hoàn về nước gửi', 'RETURNED_TO_SENDER'],
    ['ส่งคืนประเทศต้นทาง', 'RETURNED_TO_SENDER'],
    ['Dikembalikan ke negara asal', 'RETURNED_TO_SENDER'],
    ['أعيدت الشحنة إلى بلد المنشأ', 'RETURNED_TO_SENDER'],
    ['הוחזר לארץ המוצא', 'RETURNED_TO_SENDER'],
  ]);
});

describe('delivery address updated', () => {
  readsEach([
    ['收件地址已修改', 'IN_TRANSIT'],
    ['お届け先住所を変更しました', 'IN_TRANSIT'],
    ['Đã cập nhật địa chỉ giao hàng', 'IN_TRANSIT'],
    ['อัปเดตที่อยู่จัดส่งแล้ว', 'IN_TRANSIT'],
    ['Alamat pengiriman telah diperbarui', 'IN_TRANSIT'],
    ['تم تحديث عنوان التسليم', 'IN_TRANSIT'],
    ['כתובת המסירה עודכנה', 'IN_TRANSIT'],
  ]);
});

describe('an address to be updated is still an exception', () => {
  readsEach([
    ['Alamat tidak lengkap, mohon diperbarui', 'EXCEPTION'],
    ['กรุณาอัปเดตที่อยู่ ที่อยู่ไม่ครบถ้วน', 'EXCEPTION'],
  ]);
});
