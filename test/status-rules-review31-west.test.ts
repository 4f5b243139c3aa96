import { describe } from 'vitest';
import { readsEach } from './support/normalizer.js';

/**
 * Round 31 review of the west group's round-30 vetoes (en, de, nl, fr, es, pt, it, ca, da, sv, nb, fi): true
 * events that carry a veto phrase's words in another sense. A condition opener with its noun alone ("in case the
 * parcel", "als het pakket", "should the parcel have") also opened the shop's after-delivery advice, so it now
 * needs the delivery verb too; a Portuguese enclitic "-se" ("Considera-se a encomenda entregue") is not "if", so
 * the condition needs its auxiliary ("se a encomenda foi entregue"); a refused delivery place needs its
 * preposition ("Entrega en buzón no posible"), since a bare gap reached from "Entrega realizada" to a later "not
 * possible" about something else; and a neighbour "nicht erwünscht" is the neighbour's own refusal, not a later
 * field's.
 */
describe('west review: the shop’s advice after a delivery is not a condition on it', () => {
  readsEach([
    [
      'Your parcel has been delivered. In case the parcel is damaged, please contact us',
      'DELIVERED',
    ],
    ['Delivered. Should the parcel have any damage, please contact us', 'DELIVERED'],
    ['Uw pakket is bezorgd. Neem contact op als het pakket beschadigd is', 'DELIVERED'],
    ['Bezorgd. Als de zending beschadigd is, neem dan contact op', 'DELIVERED'],
    ['Bezorgd bij de buren, zo snel als het pakket kon', 'DELIVERED'],
    ['Zugestellt, soweit die Sendung vollständig war', 'DELIVERED'],
    ['Se a sua encomenda já foi entregue, ignore esta mensagem', 'UNKNOWN'],
    ['Se o pacote foi deixado na portaria, fale com o porteiro', 'UNKNOWN'],
  ]);
});

describe('west review: a Portuguese enclitic "-se" is not "if"', () => {
  readsEach([
    ['Considera-se a encomenda entregue', 'DELIVERED'],
    ['Confirma-se a encomenda entregue ao destinatário', 'DELIVERED'],
    ['Verificou-se o objeto entregue ao destinatário', 'DELIVERED'],
    ['Regista-se a sua encomenda entregue', 'DELIVERED'],
  ]);
});

describe('west review: "not possible" about something else after a completed delivery', () => {
  readsEach([
    ['Consegna avvenuta, modifica non possibile', 'DELIVERED'],
    ['Entrega realizada, cambio no posible', 'DELIVERED'],
    ['Levering voltooid, wijziging niet toegestaan', 'DELIVERED'],
    ['Livraison effectuée, modification interdite', 'DELIVERED'],
    ['Lliurament efectuat, canvi no possible', 'DELIVERED'],
    ['Entrega efetuada, alteração não possível', 'DELIVERED'],
    ['Entrega efetuada, devolução não permitida', 'DELIVERED'],
    ['Leveret til modtager. Levering bekræftet, ændring ikke tilladt', 'DELIVERED'],
    ['Levert til mottaker. Levering bekreftet, endring ikke tillatt', 'DELIVERED'],
    ['Levererad till mottagaren. Leverans bekräftad, ändring inte tillåten', 'DELIVERED'],
    ['Din pakke er leveret, levering kvitteret, omdeling ikke mulig', 'DELIVERED'],
    ['Paket beim Nachbarn abgegeben, Benachrichtigung nicht erwünscht', 'DELIVERED'],
    ['Bei Nachbar Müller abgegeben, Anruf nicht erwünscht', 'DELIVERED'],
    ['Zustellung beim Nachbarn ist nicht erwünscht', 'EXCEPTION'],
    ['Entrega en domicilio no permitida', 'EXCEPTION'],
  ]);
});
