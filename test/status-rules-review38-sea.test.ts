import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

/**
 * Round 38 review, third pass, vi, th and id (broadest delivered entries first): true events that
 * use a short delivered word in its other sense, each beside the wording the entry was written for.
 * Indonesian: 'pengiriman berhasil' read 'pengiriman berhasil dibuat' (shipment created) and
 * 'pengantaran berhasil dijadwalkan ulang' (rescheduled); 'berhasil diterima' read a COD payment,
 * a redelivery request and a warehouse taking the parcel in; 'terkirim' read a WhatsApp message
 * sent, a manifest or data sent to the carrier and a parcel sent to a gateway (all wrong DELIVERED).
 * Thai: 'ผู้รับได้รับ' read the recipient receiving a notice or an alert; 'ลงชื่อรับ' read 'please
 * sign on receipt'; 'ฝากพัสดุไว้กับ' read a parcel left at the post office for collection;
 * 'เซ็นรับ' read the sender signing for the returned parcel; 'ได้รับพัสดุ' read the parcel taken
 * into the system and the destination post office receiving it (all wrong DELIVERED). Vietnamese
 * (beyond round 35): 'đã nhận hàng'/'khách hàng đã nhận kiện' read the sender or the warehouse
 * receiving the returned parcel (hàng hoàn); 'giao hàng một phần'/'đã giao' read a partial return
 * or 'giao trả' to the sender; 'đơn hàng đã hoàn thành' read 'finished packing'; 'đã được phát'
 * read 'dispatched to the post office'; 'người nhận đã nhận' read the recipient receiving a notice,
 * a call or an SMS; 'cho hàng xóm' read 'do not leave with a neighbour'; 'đã giao hàng' read
 * 'handed to the delivering post office' (all wrong DELIVERED). Second pass: th 'จัดส่งสำเร็จ'/'ส่งพัสดุสำเร็จ'
 * read a shipment entry created and the sender's drop-off at a branch, 'ส่งมอบพัสดุแล้ว' the sender
 * handing it to the courier, 'ใส่ในตู้จดหมาย'/'วางไว้หน้าบ้าน'/'ฝากไว้กับ' instructions, bans and
 * negations, 'ได้รับสินค้าแล้ว' the shop or the sender receiving it back; id 'sudah diantar',
 * 'selesai antar' and 'diterima oleh' read a hand-over to an airport, hub, transporter or vendor,
 * and 'dititipkan' a parcel left at the post office or not left with a neighbour (all wrong DELIVERED).
 * Returns: th 'ส่งคืน' read a refund or a fee paid back, id 'dikembalikan ke pengirim' a refund or
 * the freight paid back, vi 'hoàn trả' the COD money paid to the sender (read as returns).
 * Fourth pass: th 'ได้รับสิ่งของ' read Thailand Post's acceptance from the depositor
 * ('ได้รับสิ่งของจากผู้ฝาก', wrong DELIVERED).
 */

describe('narrowed broad delivered phrases, round 38 (vi): true events', () => {
  readsEach([
    ['Đã nhận hàng từ người gửi', 'IN_TRANSIT'],
    ['Bưu tá đã nhận hàng từ người gửi', 'IN_TRANSIT'],
    ['Shipper đã nhận hàng tại shop', 'IN_TRANSIT'],
    ['Người gửi đã nhận hàng hoàn', 'RETURNED_TO_SENDER'],
    ['Người gửi đã nhận lại hàng', 'RETURNED_TO_SENDER'],
    ['Đã giao hàng một phần cho người gửi (hoàn một phần)', 'RETURNED_TO_SENDER'],
    ['Giao hàng một phần thất bại', 'EXCEPTION'],
    ['Hoàn tất giao hàng cho đơn vị vận chuyển', 'IN_TRANSIT'],
    ['Bưu kiện đã được phát cho người nhận', 'DELIVERED'],
    ['Người nhận đã nhận thông báo', 'UNKNOWN'],
    ['Người nhận đã nhận cuộc gọi và hẹn giao lại', 'EXCEPTION'],
    ['Người nhận đã nhận được tin nhắn SMS', 'UNKNOWN'],
    ['Giao thành công cho người nhận', 'DELIVERED'],
    ['Hoàn hàng thành công về người gửi', 'RETURNED_TO_SENDER'],
    ['Trả hàng thành công cho người gửi', 'RETURNED_TO_SENDER'],
    ['Đã giao hàng cho người gửi (hoàn hàng)', 'RETURNED_TO_SENDER'],
    ['Đã giao trả cho người gửi', 'RETURNED_TO_SENDER'],
    ['Khách hàng đã nhận kiện hàng hoàn', 'RETURNED_TO_SENDER'],
    ['Đã giao cho hàng xóm', 'DELIVERED'],
    ['Gửi cho hàng xóm giữ hộ', 'DELIVERED'],
    ['Không giao cho hàng xóm theo yêu cầu người nhận', 'UNKNOWN'],
    ['Hộp thư đầy, không thể bỏ vào hộp thư', 'EXCEPTION'],
    ['Người nhận đã nhận hàng', 'DELIVERED'],
    ['Đã giao hàng đến bưu cục phát', 'ARRIVED_AT_DESTINATION'],
    ['Đã giao đến kho phân loại', 'IN_TRANSIT'],
    ['Yêu cầu giao lại đã được ghi nhận', 'EXCEPTION'],
    ['Thanh toán COD đã hoàn thành', 'UNKNOWN'],
    ['Đã nhận hàng hoàn tại kho', 'RETURNED_TO_SENDER'],
    ['Kho đã nhận hàng hoàn', 'RETURNED_TO_SENDER'],
    ['Đã giao hàng thành công, hoàn thành việc giao', 'DELIVERED'],
  ]);
  neverDeliveredEach([
    ['Bưu kiện đã được phát về bưu cục Quận 1'],
    ['Đơn hàng đã hoàn thành việc đóng gói'],
    ['Hoàn tất giao hàng cho bưu cục phát'],
    ['Giao thành công cho bưu cục phát'],
  ]);
});

describe('narrowed broad delivered phrases, round 38 (th): true events', () => {
  readsEach([
    ['ศูนย์คัดแยกสินค้าได้รับพัสดุแล้ว', 'IN_TRANSIT'],
    ['ได้รับพัสดุจากผู้ส่งแล้ว', 'IN_TRANSIT'],
    ['สาขาได้รับพัสดุจากผู้ส่ง', 'IN_TRANSIT'],
    ['ผู้รับได้รับพัสดุแล้ว', 'DELIVERED'],
    ['ผู้รับได้รับแจ้งให้มารับพัสดุ', 'WAITING_FOR_PICKUP'],
    ['ผู้รับได้รับการแจ้งเตือนแล้ว', 'UNKNOWN'],
    ['คลังสินค้าได้รับสินค้าแล้ว', 'IN_TRANSIT'],
    ['กรุณาลงชื่อรับพัสดุต่อหน้าพนักงาน', 'UNKNOWN'],
    ['ผู้ส่งได้รับเงิน COD แล้ว', 'UNKNOWN'],
    ['ผู้ส่งได้รับพัสดุตีกลับแล้ว', 'RETURNED_TO_SENDER'],
    ['ส่งคืนผู้ส่งสำเร็จ', 'RETURNED_TO_SENDER'],
    ['ตีกลับถึงผู้ส่งสำเร็จ', 'RETURNED_TO_SENDER'],
    ['ส่งข้อความแจ้งผู้รับสำเร็จ', 'UNKNOWN'],
    ['ส่ง SMS สำเร็จ', 'UNKNOWN'],
    ['ฝากพัสดุไว้กับที่ทำการไปรษณีย์ กรุณามารับ', 'WAITING_FOR_PICKUP'],
    ['ฝากพัสดุไว้กับเพื่อนบ้าน', 'DELIVERED'],
    ['นำจ่ายสำเร็จ', 'DELIVERED'],
    ['ผู้ส่งเซ็นรับพัสดุคืนแล้ว', 'RETURNED_TO_SENDER'],
    ['พนักงานเข้ารับพัสดุสำเร็จ', 'IN_TRANSIT'],
    ['เข้ารับพัสดุสำเร็จ', 'IN_TRANSIT'],
    ['ส่งมอบพัสดุให้บริษัทขนส่งแล้ว', 'IN_TRANSIT'],
    ['ส่งมอบพัสดุแล้ว', 'DELIVERED'],
    ['ส่งมอบพัสดุให้ศูนย์คัดแยกแล้ว', 'IN_TRANSIT'],
    ['ชำระเงินสำเร็จ', 'UNKNOWN'],
    ['คืนเงินสำเร็จ', 'UNKNOWN'],
    ['ส่งต่อให้ไปรษณีย์ไทยสำเร็จ', 'IN_TRANSIT'],
    ['ศุลกากรได้รับพัสดุแล้ว อยู่ระหว่างตรวจสอบ', 'HELD_BY_CUSTOMS'],
    ['ได้รับพัสดุเข้าระบบแล้ว', 'IN_TRANSIT'],
    ['ที่ทำการไปรษณีย์ปลายทางได้รับพัสดุแล้ว', 'ARRIVED_AT_DESTINATION'],
  ]);
  neverDeliveredEach([['ยังไม่ได้รับพัสดุ']]);
});

describe('narrowed broad delivered phrases, round 38 (id): true events', () => {
  readsEach([
    ['Pengiriman berhasil dibuat, menunggu kurir menjemput paket', 'INFO_RECEIVED'],
    ['Notifikasi terkirim ke penerima', 'UNKNOWN'],
    ['Pesan WhatsApp terkirim ke penerima', 'UNKNOWN'],
    ['Paket diterima oleh kurir dari pengirim', 'IN_TRANSIT'],
    ['Paket telah diterima oleh kurir pickup', 'IN_TRANSIT'],
    ['Paket diterima oleh gudang sortir Jakarta', 'IN_TRANSIT'],
    ['Paket diterima oleh agen JNE Bandung', 'IN_TRANSIT'],
    ['Paket diterima oleh Budi (penerima)', 'DELIVERED'],
    ['Pembayaran COD berhasil diterima', 'UNKNOWN'],
    ['Paket berhasil diterima di gudang Surabaya', 'IN_TRANSIT'],
    ['Paket berhasil diterima oleh penerima', 'DELIVERED'],
    ['Paket terkirim ke hub tujuan', 'IN_TRANSIT'],
    ['Paket terkirim ke gateway Jakarta', 'IN_TRANSIT'],
    ['Terkirim', 'DELIVERED'],
    ['Dititipkan kepada tetangga (Ibu Sri)', 'DELIVERED'],
    ['Selesai antar, diterima oleh satpam', 'DELIVERED'],
    ['Retur diterima oleh pengirim', 'RETURNED_TO_SENDER'],
    ['Paket retur telah diterima oleh pengirim', 'RETURNED_TO_SENDER'],
    ['Permintaan pengiriman ulang berhasil diterima', 'EXCEPTION'],
    ['Paket telah diterima di Drop Point', 'IN_TRANSIT'],
    ['Paket diterima penerima', 'DELIVERED'],
    ['Paket diterima di counter agen oleh pengirim', 'IN_TRANSIT'],
  ]);
  neverDeliveredEach([
    ['Pengiriman berhasil dibuat'],
    ['Pengantaran berhasil dijadwalkan ulang'],
    ['Manifest terkirim'],
    ['Data pengiriman terkirim ke JNE'],
    ['Dokumen POD diterima oleh kantor pusat'],
  ]);
});

describe('narrowed broad delivered phrases, round 38, second pass (th): true events', () => {
  readsEach([
    ['จัดส่งสำเร็จ', 'DELIVERED'],
    ['ส่งคำขอเปลี่ยนที่อยู่สำเร็จ', 'UNKNOWN'],
    ['สร้างรายการจัดส่งสำเร็จ', 'INFO_RECEIVED'],
    ['ผู้ส่งส่งพัสดุสำเร็จที่สาขา', 'IN_TRANSIT'],
    ['ส่งมอบพัสดุแล้วให้พนักงานขนส่ง', 'IN_TRANSIT'],
    ['ผู้ส่งส่งมอบพัสดุแล้ว', 'IN_TRANSIT'],
    ['กรุณาใส่ในตู้จดหมาย', 'UNKNOWN'],
    ['ใส่ในตู้จดหมายเรียบร้อย', 'DELIVERED'],
    ['ห้ามวางไว้หน้าบ้าน', 'UNKNOWN'],
    ['ฝากไว้กับ รปภ. เรียบร้อย', 'DELIVERED'],
    ['ไม่ฝากไว้กับ รปภ', 'UNKNOWN'],
    ['ผู้ขายได้รับสินค้าคืนแล้ว', 'RETURNED_TO_SENDER'],
    ['ผู้ส่งได้รับสินค้าแล้ว', 'RETURNED_TO_SENDER'],
    ['เซ็นรับโดย สมชาย', 'DELIVERED'],
    ['ลงชื่อรับแทนโดยเพื่อนบ้าน', 'DELIVERED'],
  ]);
  neverDeliveredEach([
    ['ส่งพัสดุสำเร็จที่จุดรับพัสดุ (ผู้ส่ง)'],
    ['ไม่สามารถใส่ในตู้จดหมายได้'],
    ['ร้านค้าได้รับสินค้าแล้ว (คืนสินค้า)'],
    ['จะนำจ่ายถึงผู้รับภายในวันนี้'],
    ['คาดว่าจะถึงมือผู้รับภายใน 2 วัน'],
  ]);
});

describe('narrowed broad delivered phrases, round 38, second pass (id): true events', () => {
  readsEach([
    ['Paket sudah diantar ke alamat penerima', 'DELIVERED'],
    ['Paket sudah diantar ke gudang transit', 'IN_TRANSIT'],
    ['Paket sudah diantar ke bandara', 'IN_TRANSIT'],
    ['Selesai antar ke hub', 'IN_TRANSIT'],
    ['Kurir selesai antar paket', 'DELIVERED'],
    ['Paket diterima oleh pengirim (retur)', 'RETURNED_TO_SENDER'],
    ['Paket telah diterima oleh pihak bandara', 'IN_TRANSIT'],
    ['Dokumen telah diterima oleh bea cukai', 'HELD_BY_CUSTOMS'],
    ['Paket telah diterima oleh penerima', 'DELIVERED'],
    ['Paket telah diterima oleh transporter', 'IN_TRANSIT'],
    ['Paket telah diterima oleh vendor', 'IN_TRANSIT'],
    ['Paket telah diterima oleh seller', 'RETURNED_TO_SENDER'],
    ['Paket telah diterima oleh penjual', 'RETURNED_TO_SENDER'],
  ]);
  neverDeliveredEach([
    ['Paket telah diantar ke drop point pengirim'],
    ['Paket sudah diantarkan ke kantor pos tujuan'],
    ['Paket dititipkan di kantor pos, tetangga tidak bersedia menerima'],
    ['Penerima tidak di tempat, paket tidak dititipkan ke tetangga'],
    ['Paket diterima oleh kurir JNE untuk diantar'],
    ['Paket telah diterima oleh toko'],
  ]);
});

describe('refunds are no returns, round 38 (th, id, vi): true events', () => {
  readsEach([
    ['ตีกลับ ผู้รับปฏิเสธการรับ', 'RETURNED_TO_SENDER'],
    ['อยู่ระหว่างส่งคืนผู้ส่ง', 'RETURNED_TO_SENDER'],
    ['ส่งคืนเงินให้ผู้ซื้อแล้ว', 'UNKNOWN'],
    ['ส่งคืนค่าธรรมเนียมแล้ว', 'UNKNOWN'],
    ['พัสดุถูกส่งคืนผู้ส่ง คืนเงินค่าส่งแล้ว', 'RETURNED_TO_SENDER'],
    ['ส่งคืนผู้ส่งเรียบร้อย', 'RETURNED_TO_SENDER'],
    ['Dana dikembalikan ke pembeli', 'UNKNOWN'],
    ['Refund berhasil dikembalikan ke pengirim', 'UNKNOWN'],
    ['Ongkir dikembalikan ke pengirim', 'UNKNOWN'],
    ['Paket dikembalikan ke pengirim', 'RETURNED_TO_SENDER'],
    ['Paket retur ke pengirim', 'RETURNED_TO_SENDER'],
    ['Tiền COD đã hoàn trả cho người gửi', 'UNKNOWN'],
    ['Hoàn tiền cho người mua', 'UNKNOWN'],
    ['Đơn hàng đang hoàn về người gửi', 'RETURNED_TO_SENDER'],
    ['Hàng đã hoàn trả cho người gửi', 'RETURNED_TO_SENDER'],
  ]);
});

describe('acceptance from the depositor and negatives, round 38 (th, id): true events', () => {
  readsEach([
    ['ได้รับสิ่งของจากผู้ฝากแล้ว', 'IN_TRANSIT'],
    ['รับฝากสิ่งของ ได้รับสิ่งของแล้ว', 'IN_TRANSIT'],
    ['ได้รับพัสดุจากผู้ฝากที่ ปณ. บางรัก', 'IN_TRANSIT'],
    ['ผู้รับได้รับสิ่งของแล้ว', 'DELIVERED'],
    ['ได้รับสิ่งของแล้ว', 'DELIVERED'],
    ['ถึงมือผู้รับเรียบร้อย', 'DELIVERED'],
    ['ผู้รับปฏิเสธการรับ ผู้รับได้รับแจ้งแล้ว', 'EXCEPTION'],
    ['Paket akan diterima penerima besok', 'UNKNOWN'],
    ['Paket ditolak, tidak diterima oleh penerima', 'EXCEPTION'],
    ['Paket diterima oleh penerima tanpa tanda tangan', 'DELIVERED'],
    ['Paket terkirim, diterima oleh ybs', 'DELIVERED'],
    ['Paket gagal terkirim', 'EXCEPTION'],
  ]);
  neverDeliveredEach([
    ['ผู้รับยังไม่ได้รับสิ่งของ'],
    ['พัสดุจะถึงมือผู้รับในวันพรุ่งนี้'],
    ['Paket belum diterima penerima'],
    ['Belum terkirim'],
    ['ส่งคืนเอกสารศุลกากรแล้ว'],
    ['Permintaan retur ditolak'],
  ]);
});
