import { describe } from 'vitest';
import { readsEach } from './support/normalizer.js';

/**
 * Spanish, Portuguese, Italian and Catalan put a reflexive pronoun, often with "to be found",
 * between the negation and the status words ("no se | encuentra en reparto"): those negators
 * (content/rules/<lang>.json) deny what follows as "no" alone would. Each pair: the positive
 * form, then the negated one.
 */
describe('negation over a reflexive pronoun', () => {
  readsEach([
    ['El paquete se encuentra en reparto', 'OUT_FOR_DELIVERY'],
    ['El paquete no se encuentra en reparto', 'UNKNOWN'],
    ['No se entregará hoy', 'UNKNOWN'],
    ['No se ha entregado', 'EXCEPTION'],
    ['Se ha entregado', 'DELIVERED'],
    ['No se ha recogido el paquete', 'UNKNOWN'],
    ['O objeto se encontra em rota de entrega', 'OUT_FOR_DELIVERY'],
    ['O objeto não se encontra em rota de entrega', 'UNKNOWN'],
    ['Il pacco si trova in consegna', 'OUT_FOR_DELIVERY'],
    ['Il pacco non si trova in consegna', 'UNKNOWN'],
  ]);
});
