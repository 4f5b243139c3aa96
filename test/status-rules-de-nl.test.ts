import { describe, expect, it } from 'vitest';
import { statusOf } from './support/normalizer.js';

describe('German rules (denl)', () => {
  it('reads a recipient not at home or nobody met as a delivery attempt', () => {
    expect(statusOf('Der Empfänger war nicht zu Hause.')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('Niemand angetroffen')).toBe('WAITING_FOR_PICKUP');
  });

  it('reads a deceased recipient or a seized parcel as an exception', () => {
    expect(statusOf('Empfänger verstorben')).toBe('EXCEPTION');
    expect(statusOf('Die Sendung wurde beschlagnahmt.')).toBe('EXCEPTION');
    expect(statusOf('Die Sendung wurde vom Zoll beschlagnahmt.')).toBe('EXCEPTION');
  });

  it('reads the import country reached as arrived, and delivery to the sender as a return', () => {
    expect(statusOf('Die Sendung hat das Importland erreicht.')).toBe('ARRIVED_AT_DESTINATION');
    expect(statusOf('Die Sendung wurde an den Absender geliefert.')).toBe('RETURNED_TO_SENDER');
  });

  it('never reads a future or denied handover as DELIVERED', () => {
    expect(statusOf('Die Sendung wird dem Empfänger ausgehändigt.')).not.toBe('DELIVERED');
    expect(statusOf('Die Sendung kann nicht ausgehändigt werden.')).not.toBe('DELIVERED');
    expect(statusOf('Die Sendung wurde nicht ausgehändigt.')).not.toBe('DELIVERED');
    expect(statusOf('Die Sendung wurde an den Empfänger ausgehändigt.')).toBe('DELIVERED');
  });
});

describe('German rules (denl): Poststation and further vocabulary', () => {
  it('reads the DHL Poststation as the Packstation is read', () => {
    expect(statusOf('Die Sendung wurde in der Poststation abgeholt.')).toBe('DELIVERED');
    expect(statusOf('Die Sendung wurde in die Poststation eingestellt.')).toBe(
      'WAITING_FOR_PICKUP',
    );
    expect(statusOf('Die Sendung wurde in die Poststation zugestellt.')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('Die Sendung wurde nicht in der Poststation abgeholt.')).not.toBe('DELIVERED');
    expect(statusOf('Die Sendung wurde vom Absender in die Poststation eingeliefert.')).toBe(
      'IN_TRANSIT',
    );
  });

  it('reads destroyed parcels and unknown addresses as exceptions, readdressing as transit', () => {
    expect(statusOf('Die Sendung wurde zerstört.')).toBe('EXCEPTION');
    expect(statusOf('Der Empfänger ist unter der angegebenen Adresse nicht bekannt.')).toBe(
      'EXCEPTION',
    );
    expect(statusOf('Die Sendung wurde umadressiert.')).toBe('IN_TRANSIT');
  });
});

describe('Dutch rules (denl)', () => {
  it('reads a bare attempt, a labelled parcel and a Flemish pickup notice', () => {
    expect(statusOf('Poging')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('Gelabeld')).toBe('INFO_RECEIVED');
    expect(statusOf('Uw pakje is klaar voor afhaling in het afhaalpunt')).toBe(
      'WAITING_FOR_PICKUP',
    );
    expect(statusOf('Er werd een afwezigheidsbericht achtergelaten')).toBe('WAITING_FOR_PICKUP');
  });

  it('reads no access, an address not found and missorting as exceptions', () => {
    expect(statusOf('Bezorger had geen toegang tot het gebouw')).toBe('EXCEPTION');
    expect(statusOf('Adres niet gevonden')).toBe('EXCEPTION');
    expect(statusOf('Zending verkeerd gesorteerd')).toBe('EXCEPTION');
  });

  it('reads a parcel left with the neighbours as delivered, never a future or denied one', () => {
    expect(statusOf('Pakket afgegeven bij de buren')).toBe('DELIVERED');
    expect(statusOf('Pakket wordt afgegeven bij de buren')).not.toBe('DELIVERED');
    expect(statusOf('Pakket niet afgegeven bij de buren')).not.toBe('DELIVERED');
    expect(statusOf('Geen poging tot bezorging gedaan')).not.toBe('DELIVERED');
  });
});
