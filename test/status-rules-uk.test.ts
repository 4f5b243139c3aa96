import { describe, expect, it } from 'vitest';
import { statusOf } from './support/normalizer.js';

describe('Ukrainian storage and preparation vocabulary', () => {
  it('reads a formed (prepared) shipment as information received', () => {
    expect(statusOf('Відправлення сформовано')).toBe('INFO_RECEIVED');
  });

  it('reads paid storage as waiting for pickup', () => {
    expect(statusOf('Платне зберігання')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('Почалося платне зберігання')).toBe('WAITING_FOR_PICKUP');
  });

  it('reads ended storage as an exception, and a return after it as a return', () => {
    expect(statusOf('Зберігання закінчилось')).toBe('EXCEPTION');
    expect(statusOf('Зберігання закінчилось, посилка повертається відправнику')).toBe(
      'RETURNED_TO_SENDER',
    );
  });

  it('keeps a collection after paid storage delivered, and nothing else', () => {
    expect(statusOf('Платне зберігання. Посилку отримано')).toBe('DELIVERED');
    expect(statusOf('Платне зберігання')).not.toBe('DELIVERED');
    expect(statusOf('Відправлення сформовано')).not.toBe('DELIVERED');
  });
});

describe('Ukrainian deliveries still to come', () => {
  it('never reads "must be delivered" as a delivery', () => {
    expect(statusOf('Посилка має бути доставлена в понеділок')).not.toBe('DELIVERED');
    expect(statusOf('Посилка має бути вручена адресату')).not.toBe('DELIVERED');
    expect(statusOf('Посилка повинна бути доставлена завтра')).not.toBe('DELIVERED');
    expect(statusOf('Посилку вручено адресату')).toBe('DELIVERED');
  });
});
