import { describe, expect, it } from 'vitest';
import { loadCarrierCodeTables } from '../src/db/content.js';
import { CarrierCodes } from '../src/domain/carrier-codes.js';

const codes = new CarrierCodes(loadCarrierCodeTables());

describe('carrier code tables: German-speaking and central Europe', () => {
  it('reads the DHL Unified API statusCode values for plain "DHL"', () => {
    expect(codes.lookup('dhl', 'pre-transit')).toBe('INFO_RECEIVED');
    // A completed return is "delivered" too (returnFlag says which), a return on its way back
    // "transit": the wording beside them decides.
    expect(codes.lookup('DHL', 'delivered')).toBeNull();
    expect(codes.lookup('dhl_universal', 'transit')).toBeNull();
    // "failure" also covers customs, an expired service-point stay and returns: not in the table.
    expect(codes.lookup('dhl', 'failure')).toBeNull();
    expect(codes.lookup('dhl', 'unknown')).toBeNull();
    // DHL Express checkpoint codes are another table.
    expect(codes.lookup('dhl', 'OK')).toBeNull();
  });

  it('reads DHL Express checkpoint codes', () => {
    expect(codes.lookup('DHL Express', 'OK')).toBe('DELIVERED');
    expect(codes.lookup('dhl_express', 'wc')).toBe('OUT_FOR_DELIVERY');
    // "Awaiting cnee collection".
    expect(codes.lookup('dhl-express', 'CC')).toBe('WAITING_FOR_PICKUP');
    // "Not home": an attempt was made.
    expect(codes.lookup('dhl-express', 'NH')).toBe('WAITING_FOR_PICKUP');
    // "Returned to consignor"; "DD" (delivered damaged) is still a delivery.
    expect(codes.lookup('dhl-express', 'RT')).toBe('RETURNED_TO_SENDER');
    expect(codes.lookup('dhl-express', 'DD')).toBe('DELIVERED');
    expect(codes.lookup('dhl-express', 'RD')).toBe('EXCEPTION');
    // "Held for payment" (duties) and "Uncontrollable clearance delay".
    expect(codes.lookup('dhl-express', 'HP')).toBe('HELD_BY_CUSTOMS');
    expect(codes.lookup('dhl-express', 'UD')).toBe('HELD_BY_CUSTOMS');
    // "On hold" and "Not delivered" say no more: not in the table.
    expect(codes.lookup('dhl-express', 'OH')).toBeNull();
    expect(codes.lookup('dhl-express', 'ND')).toBeNull();
  });

  it('reads DHL Paket ICE events, alone or joined to their RIC reason', () => {
    // "Ausgeliefert: Zustellung an Nachbarn", however the two codes are joined.
    expect(codes.lookup('DHL Paket', 'DLVRD-NGHBR')).toBe('DELIVERED');
    expect(codes.lookup('dhl_parcel_de', 'dlvrd nghbr')).toBe('DELIVERED');
    expect(codes.lookup('dhl-de', 'DLVRD_ACCPK')).toBe('DELIVERED');
    // "Ausgeliefert" alone also covers hand-overs to a service point or another carrier.
    expect(codes.lookup('dhl-paket', 'DLVRD')).toBeNull();
    expect(codes.lookup('dhl-paket', 'DLVRD-SERPT')).toBeNull();
    // "Benachrichtigt" (ready for collection) and "Nicht ausgeliefert: Benachrichtigt: Empfänger nicht angetroffen".
    expect(codes.lookup('dhl-paket', 'CNRFC')).toBe('WAITING_FOR_PICKUP');
    expect(codes.lookup('dhl-paket', 'NTDEL-NHOME')).toBe('WAITING_FOR_PICKUP');
    // "Rücksendung: Annahme verweigert" is a return; "Annahme verweigert" (DLVRF) alone an exception.
    expect(codes.lookup('dhl-paket', 'RETRN-RFUSD')).toBe('RETURNED_TO_SENDER');
    expect(codes.lookup('dhl-paket', 'RETRN')).toBe('RETURNED_TO_SENDER');
    expect(codes.lookup('dhl-paket', 'DLVRF-NTORD')).toBe('EXCEPTION');
    expect(codes.lookup('dhl-paket', 'NTDEL-MOVED')).toBe('EXCEPTION');
    // "Zollbearbeitung: Keine weitere Begründung durch Zoll".
    expect(codes.lookup('dhl-paket', 'HLDCU-NORSN')).toBe('HELD_BY_CUSTOMS');
    // "Nicht ausgeliefert: Kurier zu spät / Schicht zuende" is a delay: not in the table.
    expect(codes.lookup('dhl-paket', 'NTDEL-CRROT')).toBeNull();
    expect(codes.lookup('dhl-paket', 'NTDEL')).toBeNull();
    // DHL Parcel Poland keeps its own table and names.
    expect(codes.lookup('dhl-pl', 'DLVRD-NGHBR')).toBeNull();
  });

  it('reads Hermes Germany 2x2 codes and the 3x3 codes they map to', () => {
    expect(codes.lookup('Hermes', '3500')).toBe('DELIVERED');
    expect(codes.lookup('hermes germany', '090000000')).toBe('DELIVERED');
    // "Die Sendung wurde vom Empfänger im Hermes PaketShop ... abgeholt."
    expect(codes.lookup('hermes', '3530')).toBe('DELIVERED');
    // "Die Sendung liegt im Hermes PaketShop ... zur Abholung bereit."
    expect(codes.lookup('hermes', '3410')).toBe('WAITING_FOR_PICKUP');
    // "Der Empfänger wurde nicht angetroffen. Hermes wird einen weiteren Zustellversuch durchführen."
    expect(codes.lookup('hermes', '3731')).toBe('WAITING_FOR_PICKUP');
    // "Rückversand - N4": on its way back to the client.
    expect(codes.lookup('hermes', '6084')).toBe('RETURNED_TO_SENDER');
    expect(codes.lookup('hermes_de', '100004000')).toBe('RETURNED_TO_SENDER');
    // "Rücklauf - Annahmeverweigerung": refused at the door.
    expect(codes.lookup('hermes', '3710')).toBe('EXCEPTION');
    expect(codes.lookup('hermes', '1730')).toBe('HELD_BY_CUSTOMS');
    // "Die Retoure/Rücksendung ist beim Auftraggeber eingegangen": a customer's return or a returned parcel.
    expect(codes.lookup('hermes', '7500')).toBeNull();
    // "Rücklauf - Irrläufer": redirected, delayed.
    expect(codes.lookup('hermes', '3780')).toBeNull();
  });

  it('reads GLS Track And Trace parcel statuses', () => {
    expect(codes.lookup('GLS', 'DELIVERED')).toBe('DELIVERED');
    // "Parcel delivered to a parcel shop": the recipient collects it there.
    expect(codes.lookup('gls', 'DELIVEREDPS')).toBe('WAITING_FOR_PICKUP');
    expect(codes.lookup('gls-de', 'indelivery')).toBe('OUT_FOR_DELIVERY');
    expect(codes.lookup('gls', 'PREADVICE')).toBe('INFO_RECEIVED');
    expect(codes.lookup('gls', 'CANCELED')).toBe('EXCEPTION');
    // "Parcel was not delivered" and "Parcel history closed" say no more.
    expect(codes.lookup('gls', 'NOTDELIVERED')).toBeNull();
    expect(codes.lookup('gls', 'FINAL')).toBeNull();
  });

  it('reads DPD Germany Tracking Push statuses', () => {
    expect(codes.lookup('DPD', 'delivery_customer')).toBe('DELIVERED');
    expect(codes.lookup('dpd-de', 'DELIVERY-CUSTOMER')).toBe('DELIVERED');
    // "Parcel delivery at Pickup parcelshop", then "Parcel pickup by consignee in a Pickup parcelshop".
    expect(codes.lookup('dpd', 'delivery_shop')).toBe('WAITING_FOR_PICKUP');
    expect(codes.lookup('dpd', 'pickup_by_consignee')).toBe('DELIVERED');
    // "System return back to send".
    expect(codes.lookup('dpd', 'error_return')).toBe('RETURNED_TO_SENDER');
    expect(codes.lookup('dpd', 'delivery_carload')).toBe('OUT_FOR_DELIVERY');
    expect(codes.lookup('dpd', 'delivery_depot')).toBe('ARRIVED_AT_DESTINATION');
    // "Delivery problem / notification was triggered (e.g. due to address clearing)": any problem.
    expect(codes.lookup('dpd', 'delivery_notification')).toBeNull();
    expect(codes.lookup('dpd', 'delivery_nab')).toBeNull();
  });
});
