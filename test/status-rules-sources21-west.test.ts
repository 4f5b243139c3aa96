import { describe } from 'vitest';
import { neverDeliveredEach, readsEach, rulesReadEach } from './support/normalizer.js';

// Hand-written probes (not corpus rows), round 21: the families of the real wordings added to the
// training split this round (PostNord SE's recorded NTT response, the Colissimo timeline), written
// in each west language: handed over to the recipient (a delivery) beside handed over to a carrier;
// arrived from the sender's country (an arrival in the destination country) beside left it;
// forwarded to the recipient's pickup point (still moving) beside arrived there; the carrier
// preparing the parcel for delivery (at the delivering depot) beside the sender preparing it.

describe('Swedish (sv): round 21 source families', () => {
  readsEach([
    ['Försändelsen har överlämnats till mottagaren', 'DELIVERED'],
    ['Paketet överlämnades till mottagaren kl 14:05', 'DELIVERED'],
    ['Brevet är överlämnat till mottagaren', 'DELIVERED'],
    ['Paketet lämnades ut 2024-05-12 kl 10:31', 'DELIVERED'],
    ['Sändningen lämnades ut till mottagaren', 'DELIVERED'],
    ['Försändelsen har överlämnats till transportören', 'IN_TRANSIT'],
    ['Försändelsen har överlämnats till en partner för vidare transport', 'IN_TRANSIT'],
    ['Paketet har kommit från avsändarlandet', 'ARRIVED_AT_DESTINATION'],
    ['Försändelsen har anlänt från avsändarlandet till Sverige', 'ARRIVED_AT_DESTINATION'],
    ['Försändelsen ankom från ursprungslandet till utrikesterminalen', 'ARRIVED_AT_DESTINATION'],
    ['Försändelsen har lämnat avsändarlandet', 'IN_TRANSIT'],
    ['Paketet är vidaresänt till ditt ombud', 'IN_TRANSIT'],
    ['Försändelsen vidarebefordras till mottagarens serviceställe', 'IN_TRANSIT'],
    ['Paketet är på väg till ditt utlämningsställe', 'IN_TRANSIT'],
    ['Paketet är på väg till ombudet', 'IN_TRANSIT'],
    ['Försändelsen har kommit till mottagarens utlämningsställe', 'WAITING_FOR_PICKUP'],
    ['Paketet finns att hämta på ditt utlämningsställe', 'WAITING_FOR_PICKUP'],
    ['Försändelsen har vidaresänts till en ny adress', 'IN_TRANSIT'],
  ]);
});

describe('Danish (da): round 21 source families', () => {
  readsEach([
    ['Pakken er overdraget til modtageren', 'DELIVERED'],
    ['Forsendelsen er udleveret til modtageren', 'DELIVERED'],
    ['Pakken er ankommet fra afsenderlandet', 'ARRIVED_AT_DESTINATION'],
    ['Pakken er videresendt til din pakkeshop', 'IN_TRANSIT'],
    ['Forsendelsen er på vej til dit udleveringssted', 'IN_TRANSIT'],
    ['Pakken er klar til afhentning i din pakkeshop', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('Norwegian Bokmål (nb): round 21 source families', () => {
  readsEach([
    ['Sendingen er overlevert til mottaker', 'DELIVERED'],
    ['Sendingen er utlevert til mottaker', 'DELIVERED'],
    ['Sendingen er ankommet fra avsenderlandet', 'ARRIVED_AT_DESTINATION'],
    ['Sendingen er på vei til hentestedet', 'IN_TRANSIT'],
    ['Sendingen er klar for henting på hentestedet', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('Finnish (fi): round 21 source families', () => {
  readsEach([
    ['Lähetys on matkalla noutopisteeseen', 'IN_TRANSIT'],
    ['Lähetys on noudettavissa noutopisteestä', 'WAITING_FOR_PICKUP'],
  ]);
  rulesReadEach([['Lähetys on luovutettu vastaanottajalle', 'DELIVERED']]);
});

describe('German (de): round 21 source families', () => {
  readsEach([
    ['Die Sendung wurde an den Empfänger übergeben', 'DELIVERED'],
    ['Die Sendung wurde dem Empfänger ausgehändigt', 'DELIVERED'],
    ['Die Sendung wurde an den Zusteller übergeben', 'OUT_FOR_DELIVERY'],
    ['Die Sendung ist aus dem Absenderland im Zielland eingetroffen', 'ARRIVED_AT_DESTINATION'],
    ['Wir bereiten Ihre Sendung für die Zustellung vor', 'ARRIVED_AT_DESTINATION'],
  ]);
  rulesReadEach([['Die Sendung liegt in der Filiale zur Abholung bereit', 'WAITING_FOR_PICKUP']]);
});

describe('Dutch (nl): round 21 source families', () => {
  readsEach([
    ['Vak van de pakketautomaat geopend door de bezorger', 'IN_TRANSIT'],
    ['Pakketautomaat geopend door koerier', 'IN_TRANSIT'],
    ['Zending is afgeleverd in de pakketautomaat', 'WAITING_FOR_PICKUP'],
    ['De zending is overhandigd aan de ontvanger', 'DELIVERED'],
    ['Het pakket is uitgereikt aan de geadresseerde', 'DELIVERED'],
    ['Het pakket ligt klaar bij het afhaalpunt', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('French (fr): round 21 source families', () => {
  readsEach([
    ['Votre colis a été remis au destinataire', 'DELIVERED'],
    ['Nous préparons votre envoi pour sa livraison', 'ARRIVED_AT_DESTINATION'],
    ['Nous préparons votre colis pour le mettre en livraison', 'ARRIVED_AT_DESTINATION'],
    ['Nous préparons votre colis pour la distribution', 'ARRIVED_AT_DESTINATION'],
    ['Le vendeur prépare votre colis', 'INFO_RECEIVED'],
    ["Votre colis est en cours de préparation chez l'expéditeur", 'INFO_RECEIVED'],
    ['Votre colis est acheminé vers votre point relais', 'IN_TRANSIT'],
    ['Votre colis est disponible dans votre point relais', 'WAITING_FOR_PICKUP'],
    [
      "Votre colis est arrivé dans le pays de destination en provenance du pays d'expédition",
      'ARRIVED_AT_DESTINATION',
    ],
  ]);
});

describe('west: round 21 hand-over wordings that are not a delivery', () => {
  neverDeliveredEach([
    ['Försändelsen har inte överlämnats till mottagaren'],
    ['Paketet lämnades inte ut'],
    ['Försändelsen kommer att överlämnas till mottagaren'],
    ['Försändelsen ska lämnas ut till mottagaren'],
    ['Försändelsen kunde inte lämnas ut till mottagaren'],
    ['Paketet lämnades ut till fel mottagare'],
    ['Pakken er ikke overdraget til modtageren'],
    ['Pakken vil blive overdraget til modtageren'],
    ['Forsendelsen kunne ikke overdrages til modtageren'],
    ['Het pakket is niet uitgereikt aan de geadresseerde'],
    ['Het pakket wordt uitgereikt aan de geadresseerde'],
  ]);
});
