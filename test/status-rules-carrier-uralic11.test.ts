import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

// Round 11 (word order), hand-written probes (not corpus rows): the same locker, pickup-point,
// notice, collection, hand-over, negation and future wordings in the orders the languages allow
// (place or recipient first, verb last, headline forms), with confusable pairs beside them.

describe('Finnish word-order probes (round 11)', () => {
  readsEach([
    ['Pakettiautomaattiin toimitettu', 'WAITING_FOR_PICKUP'],
    ['Noutopisteeseen toimitettu', 'WAITING_FOR_PICKUP'],
    ['Lähetys on toimitettu noutopisteeseen', 'WAITING_FOR_PICKUP'],
    ['Lähetys toimitettiin pakettiautomaattiin', 'WAITING_FOR_PICKUP'],
    ['Pakettiautomaattiin on toimitettu lähetys', 'WAITING_FOR_PICKUP'],
    ['Noutopisteeseen on toimitettu lähetyksesi, voit noutaa sen', 'WAITING_FOR_PICKUP'],
    ['Lähetys on toimitettu Postin pakettiautomaattiin', 'WAITING_FOR_PICKUP'],
    ['Toimitettu noutopisteeseen Helsinki', 'WAITING_FOR_PICKUP'],
    ['Pakettiautomaattiin luovutettu', 'WAITING_FOR_PICKUP'],
    ['Lähetys on noudettavissa noutopisteestä', 'WAITING_FOR_PICKUP'],
    ['Noutopisteestä noudettavissa', 'WAITING_FOR_PICKUP'],
    ['Toimitettu vastaanottajalle', 'DELIVERED'],
    ['Vastaanottajalle luovutettu', 'DELIVERED'],
    ['Lähetys on luovutettu vastaanottajalle', 'DELIVERED'],
    ['Vastaanottajalle on luovutettu lähetys', 'DELIVERED'],
    ['Pakettiautomaatista noudettu', 'DELIVERED'],
    ['Noutopisteestä noudettu', 'DELIVERED'],
    ['Vastaanottaja on noutanut lähetyksen pakettiautomaatista', 'DELIVERED'],
    ['Lähetys on noudettu pakettiautomaatista', 'DELIVERED'],
    ['Toimitettu naapurille', 'DELIVERED'],
    ['Naapurille toimitettu', 'DELIVERED'],
    ['Pakettiautomaatti täynnä, lähetys toimitettu naapurille', 'DELIVERED'],
    ['Lähetys noudettu lähettäjältä', 'IN_TRANSIT'],
    ['Lähettäjältä noudettu', 'IN_TRANSIT'],
    ['Kuljetukseen luovutettu', 'IN_TRANSIT'],
    ['Lähetys on matkalla noutopisteeseen', 'IN_TRANSIT'],
    ['Noutopisteeseen matkalla', 'IN_TRANSIT'],
    ['Lähetys on matkalla pakettiautomaattiin', 'IN_TRANSIT'],
    ['Lähettäjä on jättänyt lähetyksen noutopisteeseen', 'IN_TRANSIT'],
    ['Saapumisilmoitus jätetty postilaatikkoon', 'WAITING_FOR_PICKUP'],
    ['Postilaatikkoon jätetty saapumisilmoitus', 'WAITING_FOR_PICKUP'],
    ['Saapumisilmoitus toimitettu vastaanottajalle', 'WAITING_FOR_PICKUP'],
    ['Vastaanottajalle toimitettu saapumisilmoitus', 'WAITING_FOR_PICKUP'],
    ['Lähetystä ei ole toimitettu', 'EXCEPTION'],
    ['Lähetystä ei voitu toimittaa', 'EXCEPTION'],
    ['Lähetys on palautettu lähettäjälle', 'RETURNED_TO_SENDER'],
    ['Lähettäjälle palautettu', 'RETURNED_TO_SENDER'],
    ['Lähetys saapui noutopisteeseen', 'WAITING_FOR_PICKUP'],
  ]);

  neverDeliveredEach([
    ['Lähetys toimitetaan huomenna'],
    ['Huomenna toimitetaan'],
    ['Lähetys toimitetaan noutopisteeseen'],
    ['Noutopisteeseen toimitetaan huomenna'],
  ]);
});

describe('Estonian word-order probes (round 11)', () => {
  readsEach([
    ['Pakiautomaati toimetatud', 'WAITING_FOR_PICKUP'],
    ['Pakk on toimetatud pakiautomaati', 'WAITING_FOR_PICKUP'],
    ['Saadetis toimetati pakiautomaati', 'WAITING_FOR_PICKUP'],
    ['Saadetis on pakiautomaadis väljastamiseks valmis', 'WAITING_FOR_PICKUP'],
    ['Pakipunkti toimetatud', 'WAITING_FOR_PICKUP'],
    ['Saadetis on toimetatud pakipunkti', 'WAITING_FOR_PICKUP'],
    ['Pakiautomaadist välja võetud', 'DELIVERED'],
    ['Välja võetud pakiautomaadist', 'DELIVERED'],
    ['Saadetis on pakiautomaadist välja võetud', 'DELIVERED'],
    ['Adressaat võttis saadetise vastu', 'DELIVERED'],
    ['Saadetise võttis vastu adressaat', 'DELIVERED'],
    ['Saadetis on adressaadile kätte toimetatud', 'DELIVERED'],
    ['Kätte toimetatud', 'DELIVERED'],
    ['Adressaadile üle antud', 'DELIVERED'],
    ['Üle antud adressaadile', 'DELIVERED'],
    ['Kullerile üle antud', 'OUT_FOR_DELIVERY'],
    ['Saadetist ei ole kätte toimetatud', 'EXCEPTION'],
    ['Kätte toimetamine ebaõnnestus', 'EXCEPTION'],
    ['Saadetis on teel pakiautomaati', 'IN_TRANSIT'],
    ['Teavitus jäeti postkasti', 'WAITING_FOR_PICKUP'],
    ['Saadetis tagastati saatjale', 'RETURNED_TO_SENDER'],
    ['Saatjale tagastatud', 'RETURNED_TO_SENDER'],
  ]);

  neverDeliveredEach([
    ['Pakiautomaati on saadetis toimetatud'],
    ['Saadetis on üle antud kullerile'],
    ['Väljastatud kullerile'],
    ['Kullerile väljastatud'],
    ['Saadetis toimetatakse kätte homme'],
    ['Homme toimetatakse kätte'],
    ['Saadetis toimetatakse pakiautomaati'],
  ]);
});

describe('Hungarian word-order probes (round 11)', () => {
  readsEach([
    ['Csomagautomatába kézbesítve', 'WAITING_FOR_PICKUP'],
    ['A csomag a csomagautomatába lett kézbesítve', 'WAITING_FOR_PICKUP'],
    ['A küldeményt a csomagautomatába kézbesítettük', 'WAITING_FOR_PICKUP'],
    ['Kézbesítettük a csomagot a csomagautomatába', 'WAITING_FOR_PICKUP'],
    ['Csomagautomatába került a küldemény', 'WAITING_FOR_PICKUP'],
    ['A küldemény csomagpontra került', 'WAITING_FOR_PICKUP'],
    ['Postaponton átvehető', 'WAITING_FOR_PICKUP'],
    ['A küldemény a postán átvehető', 'WAITING_FOR_PICKUP'],
    ['Átvehető a csomagautomatában', 'WAITING_FOR_PICKUP'],
    ['A címzett átvette', 'DELIVERED'],
    ['Átvette a címzett', 'DELIVERED'],
    ['A csomagot a címzett átvette a csomagautomatából', 'DELIVERED'],
    ['A csomagautomatából átvette a címzett', 'DELIVERED'],
    ['Kézbesítve a címzettnek', 'DELIVERED'],
    ['A címzettnek kézbesítve', 'DELIVERED'],
    ['Kézbesítve a szomszédnak', 'DELIVERED'],
    ['A szomszédnak kézbesítve', 'DELIVERED'],
    ['Csomagautomata tele, a szomszédnak kézbesítve', 'DELIVERED'],
    ['A futár átvette a csomagot a feladótól', 'IN_TRANSIT'],
    ['A feladótól átvéve', 'IN_TRANSIT'],
    ['Átvéve a feladótól', 'IN_TRANSIT'],
    ['A feladó leadta a csomagot a csomagponton', 'IN_TRANSIT'],
    ['Csomagponton leadva a feladó által', 'IN_TRANSIT'],
    ['Nem lett kézbesítve', 'EXCEPTION'],
    ['Kézbesítve nem lett', 'EXCEPTION'],
    ['A küldemény nem került kézbesítésre', 'EXCEPTION'],
    ['Értesítő a postaládába helyezve', 'WAITING_FOR_PICKUP'],
    ['Értesítőt hagytunk a postaládában', 'WAITING_FOR_PICKUP'],
    ['A postaládába értesítőt helyeztünk', 'WAITING_FOR_PICKUP'],
    ['A csomag úton van a csomagpont felé', 'IN_TRANSIT'],
    ['A küldemény úton van a csomagautomatához', 'IN_TRANSIT'],
    ['A csomagautomatába szállítás folyamatban', 'IN_TRANSIT'],
    ['Visszaküldve a feladónak', 'RETURNED_TO_SENDER'],
    ['A feladónak visszaküldve', 'RETURNED_TO_SENDER'],
    ['A küldemény visszaszállítva a raktárba', 'IN_TRANSIT'],
  ]);

  neverDeliveredEach([
    ['Átadva a futárnak'],
    ['A futárnak átadva'],
    ['A küldemény holnap kerül kézbesítésre'],
    ['Kézbesítésre holnap kerül'],
    ['A csomagot holnap kézbesítjük'],
  ]);
});

describe('Turkish word-order probes (round 11)', () => {
  readsEach([
    ['Kargomata teslim edildi', 'WAITING_FOR_PICKUP'],
    ['Gönderiniz teslimat noktasına bırakıldı', 'WAITING_FOR_PICKUP'],
    ["Paketiniz PTT Kargomat'a teslim edilmiştir", 'WAITING_FOR_PICKUP'],
    ['Teslim edildi: Kargomat', 'WAITING_FOR_PICKUP'],
    ['Gönderiniz kargomata yerleştirildi', 'WAITING_FOR_PICKUP'],
    ['Kargonuz teslimat noktasında sizi bekliyor', 'WAITING_FOR_PICKUP'],
    ['Alıcıya teslim edildi', 'DELIVERED'],
    ['Kargonuz alıcıya teslim edilmiştir', 'DELIVERED'],
    ['Teslim edildi alıcıya', 'DELIVERED'],
    ['Kargonuz şubeden alıcı tarafından teslim alındı', 'DELIVERED'],
    ['Alıcı tarafından kargomattan teslim alındı', 'DELIVERED'],
    ['Kargomattan alıcı tarafından teslim alındı', 'DELIVERED'],
    ['Komşuya teslim edildi', 'DELIVERED'],
    ['Kargomat dolu olduğundan komşuya teslim edildi', 'DELIVERED'],
    ['Kuryeye teslim edildi', 'OUT_FOR_DELIVERY'],
    ['Gönderi göndericiden teslim alındı', 'IN_TRANSIT'],
    ['Teslim alındı göndericiden', 'IN_TRANSIT'],
    ['Kurye tarafından göndericiden teslim alındı', 'IN_TRANSIT'],
    ['Gönderici tarafından şubeye teslim edildi', 'IN_TRANSIT'],
    ['Teslim edilemedi', 'EXCEPTION'],
    ['Gönderi teslim edilmedi', 'EXCEPTION'],
    ['Henüz teslim edilmedi', 'EXCEPTION'],
    ['Teslim edilmemiştir', 'EXCEPTION'],
    ['Kargonuz teslimat noktasına yönlendirildi', 'IN_TRANSIT'],
    ['Adreste bulunamadınız, bilgi notu bırakıldı', 'WAITING_FOR_PICKUP'],
    ['Kapıya bilgi notu bırakıldı', 'WAITING_FOR_PICKUP'],
    ['Göndericiye iade edildi', 'RETURNED_TO_SENDER'],
    ['İade edildi göndericiye', 'RETURNED_TO_SENDER'],
    ['Gümrüğe teslim edildi', 'HELD_BY_CUSTOMS'],
  ]);

  neverDeliveredEach([
    ['Kargonuz yarın teslim edilecek'],
    ['Yarın teslim edilecektir'],
    ['Kargonuz kargomata teslim edilecek'],
    ['Teslimat noktasına teslim edilecek'],
  ]);
});

describe('German word-order probes (round 11)', () => {
  readsEach([
    ['In die Packstation eingelegt', 'WAITING_FOR_PICKUP'],
    ['In der Packstation zugestellt', 'WAITING_FOR_PICKUP'],
    ['Zugestellt in der Packstation', 'WAITING_FOR_PICKUP'],
    ['Die Sendung wurde in die Packstation eingelegt', 'WAITING_FOR_PICKUP'],
    ['In die gewünschte Packstation wurde die Sendung eingelegt', 'WAITING_FOR_PICKUP'],
    ['In den Paketshop geliefert', 'WAITING_FOR_PICKUP'],
    ['Im Paketshop zugestellt', 'WAITING_FOR_PICKUP'],
    ['Die Sendung wurde im PaketShop zur Abholung abgegeben', 'WAITING_FOR_PICKUP'],
    ['In der Filiale zur Abholung bereit', 'WAITING_FOR_PICKUP'],
    ['Zur Abholung in der Filiale bereitgelegt', 'WAITING_FOR_PICKUP'],
    ['In der Paketbox zugestellt', 'WAITING_FOR_PICKUP'],
    ['In den Briefkasten eingeworfen', 'DELIVERED'],
    ['Die Sendung wurde in den Briefkasten eingelegt', 'DELIVERED'],
    ['In den Briefkasten wurde eine Benachrichtigungskarte eingeworfen', 'WAITING_FOR_PICKUP'],
    ['Benachrichtigungskarte in den Briefkasten eingeworfen', 'WAITING_FOR_PICKUP'],
    ['Eine Benachrichtigung wurde in Ihren Briefkasten eingelegt', 'WAITING_FOR_PICKUP'],
    ['Beim Nachbarn abgegeben', 'DELIVERED'],
    ['Die Sendung wurde beim Nachbarn zugestellt', 'DELIVERED'],
    ['Packstation voll, beim Nachbarn abgegeben', 'DELIVERED'],
    ['Dem Empfänger übergeben', 'DELIVERED'],
    ['An den Empfänger übergeben', 'DELIVERED'],
    ['Vom Empfänger abgeholt', 'DELIVERED'],
    ['Abgeholt vom Empfänger in der Filiale', 'DELIVERED'],
    ['Aus der Packstation vom Empfänger abgeholt', 'DELIVERED'],
    ['In der Filiale vom Empfänger abgeholt', 'DELIVERED'],
    ['Die Sendung wurde vom Kurier abgeholt', 'IN_TRANSIT'],
    ['Vom Paketdienst abgeholt', 'IN_TRANSIT'],
    ['Abgeholt beim Absender', 'IN_TRANSIT'],
    ['Die Sendung wurde beim Absender abgeholt', 'IN_TRANSIT'],
    ['Übergeben an GLS', 'IN_TRANSIT'],
    ['An GLS übergeben', 'IN_TRANSIT'],
    ['Dem Zoll übergeben', 'HELD_BY_CUSTOMS'],
    ['Zugestellt wurde die Sendung nicht', 'EXCEPTION'],
    ['Die Sendung konnte heute nicht zugestellt werden', 'EXCEPTION'],
    ['Die Sendung wird morgen in die Packstation eingelegt', 'IN_TRANSIT'],
    ['Die Sendung ist auf dem Weg zur Packstation', 'IN_TRANSIT'],
    ['Die Sendung wurde vom Absender in der Filiale eingeliefert', 'IN_TRANSIT'],
    ['In der Filiale eingeliefert', 'IN_TRANSIT'],
    ['Vom Absender im Paketshop abgegeben', 'IN_TRANSIT'],
    ['Im Paketshop vom Absender abgegeben', 'IN_TRANSIT'],
    ['Zustellung in die Packstation erfolgt', 'WAITING_FOR_PICKUP'],
    ['Zustellung an Nachbarn erfolgt', 'DELIVERED'],
  ]);

  neverDeliveredEach([
    ['Zugestellt wird morgen'],
    ['Morgen wird die Sendung zugestellt'],
    ['In die Packstation wird die Sendung morgen eingelegt'],
  ]);
});

describe('Dutch word-order probes (round 11)', () => {
  readsEach([
    ['In de pakketautomaat bezorgd', 'WAITING_FOR_PICKUP'],
    ['Bij het PostNL-punt afgeleverd', 'WAITING_FOR_PICKUP'],
    ['Het pakket is bij een PostNL-punt bezorgd', 'WAITING_FOR_PICKUP'],
    ['Bij de Pakketautomaat is je pakket bezorgd', 'WAITING_FOR_PICKUP'],
    ['Je pakket ligt klaar bij het afhaalpunt', 'WAITING_FOR_PICKUP'],
    ['Bij de buren bezorgd', 'DELIVERED'],
    ['Pakket is bij de buren bezorgd', 'DELIVERED'],
    ['Pakketautomaat vol, bij de buren bezorgd', 'DELIVERED'],
    ['In de brievenbus bezorgd', 'DELIVERED'],
    ['Bezorgd in de brievenbus', 'DELIVERED'],
    ['Het pakket is niet bezorgd', 'EXCEPTION'],
    ['Bezorgd is het pakket niet', 'EXCEPTION'],
    ['Het pakket wordt morgen bezorgd', 'IN_TRANSIT'],
    ['Morgen wordt het pakket bezorgd', 'IN_TRANSIT'],
    ['Het pakket wordt bij een PostNL-punt bezorgd', 'IN_TRANSIT'],
    ['Bij de afzender opgehaald', 'IN_TRANSIT'],
    ['Opgehaald bij de afzender', 'IN_TRANSIT'],
    ['Door de koerier opgehaald', 'IN_TRANSIT'],
    ['Opgehaald door de ontvanger', 'DELIVERED'],
    ['Door de ontvanger opgehaald bij het PostNL-punt', 'DELIVERED'],
    ['Bij het PostNL-punt door de ontvanger opgehaald', 'DELIVERED'],
    ['Uit de pakketautomaat opgehaald', 'DELIVERED'],
    ['Kaartje in de brievenbus achtergelaten', 'WAITING_FOR_PICKUP'],
    ['In de brievenbus is een kaartje achtergelaten', 'WAITING_FOR_PICKUP'],
    ['We hebben een kaartje in je brievenbus gedaan', 'WAITING_FOR_PICKUP'],
    ['Het pakket is onderweg naar het PostNL-punt', 'IN_TRANSIT'],
    ['Bij een PostNL-punt ingeleverd door de afzender', 'IN_TRANSIT'],
    ['Aan de vervoerder overgedragen', 'IN_TRANSIT'],
    ['Overgedragen aan de vervoerder', 'IN_TRANSIT'],
    ['Retour afzender', 'RETURNED_TO_SENDER'],
  ]);

  neverDeliveredEach([['Door de afzender bij een PostNL-punt ingeleverd']]);
});

describe('Swedish word-order probes (round 11)', () => {
  readsEach([
    ['Levererad till ombud', 'WAITING_FOR_PICKUP'],
    ['Paketet har levererats till ditt ombud', 'WAITING_FOR_PICKUP'],
    ['Till ditt ombud har paketet levererats', 'WAITING_FOR_PICKUP'],
    ['Levererat till paketskåp', 'WAITING_FOR_PICKUP'],
    ['Försändelsen har levererats till ett paketskåp', 'WAITING_FOR_PICKUP'],
    ['Försändelsen finns att hämta hos ombud', 'WAITING_FOR_PICKUP'],
    ['Kan hämtas hos ombudet', 'WAITING_FOR_PICKUP'],
    ['Levererad till mottagaren', 'DELIVERED'],
    ['Utlämnad till mottagaren', 'DELIVERED'],
    ['Till mottagaren utlämnad', 'DELIVERED'],
    ['Mottagaren har hämtat försändelsen', 'DELIVERED'],
    ['Försändelsen har hämtats av mottagaren', 'DELIVERED'],
    ['Hämtad av mottagaren hos ombudet', 'DELIVERED'],
    ['Levererad till granne', 'DELIVERED'],
    ['Paketskåpet var fullt, levererad till granne', 'DELIVERED'],
    ['Levererad i brevlådan', 'DELIVERED'],
    ['Avin har lämnats i brevlådan', 'WAITING_FOR_PICKUP'],
    ['I brevlådan har en avi lämnats', 'WAITING_FOR_PICKUP'],
    ['Försändelsen har inte levererats', 'EXCEPTION'],
    ['Paketet är på väg till ditt ombud', 'IN_TRANSIT'],
    ['Inlämnad hos ombud av avsändaren', 'IN_TRANSIT'],
    ['Avsändaren har lämnat in försändelsen hos ombud', 'IN_TRANSIT'],
    ['Hämtad hos avsändaren', 'IN_TRANSIT'],
    ['Returnerad till avsändaren', 'RETURNED_TO_SENDER'],
  ]);

  neverDeliveredEach([
    ['Paketet levererades inte'],
    ['Levererades inte idag'],
    ['Paketet levereras i morgon'],
    ['I morgon levereras paketet'],
    ['Paketet kommer att levereras till ditt ombud'],
    ['Levererad till terminal'],
  ]);
});

describe('Danish word-order probes (round 11)', () => {
  readsEach([
    ['Leveret til pakkeshop', 'WAITING_FOR_PICKUP'],
    ['Pakken er leveret til din pakkeshop', 'WAITING_FOR_PICKUP'],
    ['Pakken er blevet leveret i pakkeboksen', 'WAITING_FOR_PICKUP'],
    ['I pakkeboksen er pakken leveret', 'WAITING_FOR_PICKUP'],
    ['Pakkeshop leveret', 'WAITING_FOR_PICKUP'],
    ['Pakken er klar til afhentning i pakkeshoppen', 'WAITING_FOR_PICKUP'],
    ['Leveret til modtager', 'DELIVERED'],
    ['Leveret til naboen', 'DELIVERED'],
    ['Pakkeboksen var fuld, leveret til naboen', 'DELIVERED'],
    ['Leveret i postkassen', 'DELIVERED'],
    ['Modtageren har afhentet pakken', 'DELIVERED'],
    ['Afhentet af modtager i pakkeshop', 'DELIVERED'],
    ['I pakkeshoppen afhentet af modtager', 'DELIVERED'],
    ['Afhentet hos afsender', 'IN_TRANSIT'],
    ['Afhentet af GLS', 'IN_TRANSIT'],
    ['Pakken blev ikke leveret', 'EXCEPTION'],
    ['Pakken er ikke blevet leveret', 'EXCEPTION'],
    ['Pakken vil blive leveret til pakkeshoppen', 'IN_TRANSIT'],
    ['Pakken er på vej til din pakkeshop', 'IN_TRANSIT'],
    ['Afhentningsseddel lagt i postkassen', 'WAITING_FOR_PICKUP'],
    ['I postkassen er der lagt en afhentningsseddel', 'WAITING_FOR_PICKUP'],
    ['Indleveret i pakkeshop af afsender', 'IN_TRANSIT'],
    ['Afsender har indleveret pakken i pakkeshop', 'IN_TRANSIT'],
    ['Returneret til afsender', 'RETURNED_TO_SENDER'],
  ]);

  neverDeliveredEach([['Pakken leveres i morgen'], ['I morgen leveres pakken']]);
});

describe('Norwegian word-order probes (round 11)', () => {
  readsEach([
    ['Pakkeautomat levert', 'WAITING_FOR_PICKUP'],
    ['Levert til pakkeautomat', 'WAITING_FOR_PICKUP'],
    ['Sendingen er levert til hentestedet', 'WAITING_FOR_PICKUP'],
    ['Sendingen er levert til ditt hentested', 'WAITING_FOR_PICKUP'],
    ['Sendingen er levert i pakkeautomaten', 'WAITING_FOR_PICKUP'],
    ['I pakkeboksen er sendingen levert', 'WAITING_FOR_PICKUP'],
    ['Til hentestedet levert', 'WAITING_FOR_PICKUP'],
    ['Sendingen kan hentes på hentestedet', 'WAITING_FOR_PICKUP'],
    ['Klar til henting på hentested', 'WAITING_FOR_PICKUP'],
    ['Levert til mottaker', 'DELIVERED'],
    ['Levert i postkassen', 'DELIVERED'],
    ['Levert til nabo', 'DELIVERED'],
    ['Pakkeautomaten var full, levert til nabo', 'DELIVERED'],
    ['Hentet av mottaker', 'DELIVERED'],
    ['Mottaker har hentet sendingen', 'DELIVERED'],
    ['Hentet på hentested av mottaker', 'DELIVERED'],
    ['Sendingen er ikke levert', 'EXCEPTION'],
    ['Sendingen ble ikke levert', 'EXCEPTION'],
    ['Sendingen vil bli levert til pakkeautomat', 'IN_TRANSIT'],
    ['Sendingen er på vei til hentestedet', 'IN_TRANSIT'],
    ['Hentet hos avsender', 'IN_TRANSIT'],
    ['Hentelapp lagt i postkassen', 'WAITING_FOR_PICKUP'],
    ['I postkassen er det lagt en hentelapp', 'WAITING_FOR_PICKUP'],
    ['Innlevert på hentested av avsender', 'IN_TRANSIT'],
    ['Returnert til avsender', 'RETURNED_TO_SENDER'],
  ]);

  neverDeliveredEach([
    ['Sendingen leveres i morgen'],
    ['I morgen leveres sendingen'],
    ['Avsender har levert sendingen på hentested'],
  ]);
});
