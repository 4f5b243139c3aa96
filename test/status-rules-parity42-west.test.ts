import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

// Hand-written probes (not corpus rows), round 42: one plain sentence of each of about twenty event
// families in en, de, fr, es, it, pt, nl and tr, with carrier-style variants (short scan lines,
// upper case), read the way the majority of languages and the training split read the family.

describe('the recipient was not at home or not at the address: waiting for pickup (parity 42, west)', () => {
  readsEach([
    ['The recipient was not at home', 'WAITING_FOR_PICKUP'],
    ['Der Empfänger war nicht zu Hause', 'WAITING_FOR_PICKUP'],
    ['Le destinataire était absent', 'WAITING_FOR_PICKUP'],
    ['El destinatario no estaba en casa', 'WAITING_FOR_PICKUP'],
    ['Il destinatario era assente', 'WAITING_FOR_PICKUP'],
    ['O destinatário estava ausente', 'WAITING_FOR_PICKUP'],
    ['De ontvanger was niet thuis', 'WAITING_FOR_PICKUP'],
    ['Alıcı adreste yoktu', 'WAITING_FOR_PICKUP'],
    ['Empfänger nicht angetroffen', 'WAITING_FOR_PICKUP'],
    ['EMPFÄNGER NICHT ZU HAUSE', 'WAITING_FOR_PICKUP'],
    ['Destinataire absent', 'WAITING_FOR_PICKUP'],
    ['DESTINATAIRE ABSENT - AVIS DÉPOSÉ', 'WAITING_FOR_PICKUP'],
    ['Destinatario ausente', 'WAITING_FOR_PICKUP'],
    ['AUSENTE EN DOMICILIO', 'WAITING_FOR_PICKUP'],
    ['Destinatario assente', 'WAITING_FOR_PICKUP'],
    ['DESTINATARIO ASSENTE', 'WAITING_FOR_PICKUP'],
    ['Destinatário ausente', 'WAITING_FOR_PICKUP'],
    ['DESTINATARIO AUSENTE', 'WAITING_FOR_PICKUP'],
    ['Geadresseerde niet thuis', 'WAITING_FOR_PICKUP'],
    ['NIET THUIS', 'WAITING_FOR_PICKUP'],
    ['Recipient not home', 'WAITING_FOR_PICKUP'],
    ['CONSIGNEE NOT AVAILABLE', 'WAITING_FOR_PICKUP'],
    ['Alıcı adreste yok', 'WAITING_FOR_PICKUP'],
    ['ALICI ADRESTE BULUNAMADI', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('a closed business: waiting for pickup where the training split says so (de and nl read it as an exception, as their training split does) (parity 42, west)', () => {
  readsEach([
    ['The business was closed', 'WAITING_FOR_PICKUP'],
    ['Das Geschäft war geschlossen', 'EXCEPTION'],
    ["L'entreprise était fermée", 'WAITING_FOR_PICKUP'],
    ['El negocio estaba cerrado', 'WAITING_FOR_PICKUP'],
    ["L'attività era chiusa", 'WAITING_FOR_PICKUP'],
    ['O estabelecimento estava fechado', 'WAITING_FOR_PICKUP'],
    ['Het bedrijf was gesloten', 'EXCEPTION'],
    ['İşyeri kapalıydı', 'WAITING_FOR_PICKUP'],
    ['Geschäft geschlossen', 'EXCEPTION'],
    ['ENTREPRISE FERMÉE', 'WAITING_FOR_PICKUP'],
    ['NEGOCIO CERRADO', 'WAITING_FOR_PICKUP'],
    ['NEGOZIO CHIUSO', 'WAITING_FOR_PICKUP'],
    ['LOJA FECHADA', 'WAITING_FOR_PICKUP'],
    ['BUSINESS CLOSED', 'WAITING_FOR_PICKUP'],
    ['İŞYERİ KAPALI', 'WAITING_FOR_PICKUP'],
    ['Le magasin est fermé', 'WAITING_FOR_PICKUP'],
    ['El establecimiento se encontraba cerrado', 'WAITING_FOR_PICKUP'],
    ["L'ufficio risultava chiuso", 'WAITING_FOR_PICKUP'],
    ['A loja encontrava-se fechada', 'WAITING_FOR_PICKUP'],
    ['Alıcı evde yoktu', 'WAITING_FOR_PICKUP'],
    ['ALICI ADRESTE YOKTU', 'WAITING_FOR_PICKUP'],
    ['Alıcı evde değildi', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('an incomplete or wrong address is an exception (parity 42, west)', () => {
  readsEach([
    ['The address is incomplete', 'EXCEPTION'],
    ['Die Adresse ist unvollständig', 'EXCEPTION'],
    ["L'adresse est incomplète", 'EXCEPTION'],
    ['La dirección está incompleta', 'EXCEPTION'],
    ["L'indirizzo è incompleto", 'EXCEPTION'],
    ['O endereço está incompleto', 'EXCEPTION'],
    ['Het adres is onvolledig', 'EXCEPTION'],
    ['Adres eksik', 'EXCEPTION'],
    ['Adresse unvollständig', 'EXCEPTION'],
    ['ANSCHRIFT UNZUREICHEND', 'EXCEPTION'],
    ['ADRESSE INCOMPLÈTE', 'EXCEPTION'],
    ['Adresse incorrecte', 'EXCEPTION'],
    ['DIRECCIÓN INCOMPLETA', 'EXCEPTION'],
    ['Dirección incorrecta', 'EXCEPTION'],
    ['INDIRIZZO INCOMPLETO', 'EXCEPTION'],
    ['Indirizzo errato', 'EXCEPTION'],
    ['MORADA INCOMPLETA', 'EXCEPTION'],
    ['Endereço incorreto', 'EXCEPTION'],
    ['ADRES ONVOLLEDIG', 'EXCEPTION'],
    ['Onjuist adres', 'EXCEPTION'],
    ['ADDRESS INCOMPLETE', 'EXCEPTION'],
    ['Incorrect address', 'EXCEPTION'],
    ['ADRES EKSİK', 'EXCEPTION'],
    ['Adres yetersiz', 'EXCEPTION'],
    ['Alıcı adresi eksik', 'EXCEPTION'],
  ]);
});

describe('a recipient who moved or is unknown is an exception (parity 42, west)', () => {
  readsEach([
    ['The recipient has moved', 'EXCEPTION'],
    ['Der Empfänger ist verzogen', 'EXCEPTION'],
    ['Le destinataire a déménagé', 'EXCEPTION'],
    ['El destinatario se ha mudado', 'EXCEPTION'],
    ['Il destinatario si è trasferito', 'EXCEPTION'],
    ['O destinatário mudou-se', 'EXCEPTION'],
    ['De ontvanger is verhuisd', 'EXCEPTION'],
    ['Alıcı taşınmış', 'EXCEPTION'],
    ['EMPFÄNGER VERZOGEN', 'EXCEPTION'],
    ['Empfänger unbekannt verzogen', 'EXCEPTION'],
    ['DESTINATAIRE DÉMÉNAGÉ', 'EXCEPTION'],
    ["N'habite pas à l'adresse indiquée", 'EXCEPTION'],
    ['DESTINATARIO SE HA MUDADO', 'EXCEPTION'],
    ['Destinatario desconocido', 'EXCEPTION'],
    ['DESTINATARIO TRASFERITO', 'EXCEPTION'],
    ['Destinatario sconosciuto', 'EXCEPTION'],
    ['MUDOU-SE', 'EXCEPTION'],
    ['Destinatário desconhecido', 'EXCEPTION'],
    ['GEADRESSEERDE VERHUISD', 'EXCEPTION'],
    ['Ontvanger onbekend', 'EXCEPTION'],
    ['MOVED, LEFT NO ADDRESS', 'EXCEPTION'],
    ['Addressee unknown', 'EXCEPTION'],
    ['ALICI TAŞINMIŞ', 'EXCEPTION'],
    ['Alıcı adresten taşınmış', 'EXCEPTION'],
    ['Alıcı tanınmıyor', 'EXCEPTION'],
  ]);
});

describe('a refusal is an exception (parity 42, west)', () => {
  readsEach([
    ['The recipient refused the parcel', 'EXCEPTION'],
    ['Der Empfänger hat die Annahme verweigert', 'EXCEPTION'],
    ['Le destinataire a refusé le colis', 'EXCEPTION'],
    ['El destinatario rechazó el paquete', 'EXCEPTION'],
    ['Il destinatario ha rifiutato il pacco', 'EXCEPTION'],
    ['O destinatário recusou a encomenda', 'EXCEPTION'],
    ['De ontvanger heeft het pakket geweigerd', 'EXCEPTION'],
    ['Alıcı paketi reddetti', 'EXCEPTION'],
    ['ANNAHME VERWEIGERT', 'EXCEPTION'],
    ['REFUSÉ PAR LE DESTINATAIRE', 'EXCEPTION'],
    ['RECHAZADO POR EL DESTINATARIO', 'EXCEPTION'],
    ['RIFIUTATO DAL DESTINATARIO', 'EXCEPTION'],
    ['RECUSADO PELO DESTINATÁRIO', 'EXCEPTION'],
    ['GEWEIGERD DOOR ONTVANGER', 'EXCEPTION'],
    ['REFUSED BY RECIPIENT', 'EXCEPTION'],
    ['ALICI KABUL ETMEDİ', 'EXCEPTION'],
    ['Alıcı teslim almayı reddetti', 'EXCEPTION'],
  ]);
});

describe('a damaged parcel is an exception (parity 42, west)', () => {
  readsEach([
    ['The parcel was damaged', 'EXCEPTION'],
    ['Das Paket wurde beschädigt', 'EXCEPTION'],
    ['Le colis a été endommagé', 'EXCEPTION'],
    ['El paquete ha sido dañado', 'EXCEPTION'],
    ['Il pacco è stato danneggiato', 'EXCEPTION'],
    ['A encomenda foi danificada', 'EXCEPTION'],
    ['Het pakket is beschadigd', 'EXCEPTION'],
    ['Paket hasar gördü', 'EXCEPTION'],
    ['SENDUNG BESCHÄDIGT', 'EXCEPTION'],
    ['COLIS ENDOMMAGÉ', 'EXCEPTION'],
    ['PAQUETE DAÑADO', 'EXCEPTION'],
    ['PACCO DANNEGGIATO', 'EXCEPTION'],
    ['ENCOMENDA DANIFICADA', 'EXCEPTION'],
    ['PAKKET BESCHADIGD', 'EXCEPTION'],
    ['PACKAGE DAMAGED', 'EXCEPTION'],
    ['HASARLI GÖNDERİ', 'EXCEPTION'],
    ['Kargo hasarlı', 'EXCEPTION'],
  ]);
});

describe('a lost parcel is an exception (parity 42, west)', () => {
  readsEach([
    ['The parcel has been lost', 'EXCEPTION'],
    ['Das Paket ist verloren gegangen', 'EXCEPTION'],
    ['Le colis a été perdu', 'EXCEPTION'],
    ['El paquete se ha perdido', 'EXCEPTION'],
    ['Il pacco è stato smarrito', 'EXCEPTION'],
    ['A encomenda foi extraviada', 'EXCEPTION'],
    ['Het pakket is zoekgeraakt', 'EXCEPTION'],
    ['Paket kayboldu', 'EXCEPTION'],
    ['SENDUNG VERLOREN', 'EXCEPTION'],
    ['COLIS PERDU', 'EXCEPTION'],
    ['PAQUETE EXTRAVIADO', 'EXCEPTION'],
    ['PACCO SMARRITO', 'EXCEPTION'],
    ['OBJETO EXTRAVIADO', 'EXCEPTION'],
    ['PAKKET VERMIST', 'EXCEPTION'],
    ['PACKAGE LOST', 'EXCEPTION'],
    ['KAYIP GÖNDERİ', 'EXCEPTION'],
    ['Gönderi kayıp', 'EXCEPTION'],
  ]);
});

describe('duties that must be paid before delivery: customs holding it; duties paid: movement (parity 42, west)', () => {
  readsEach([
    ['Customs duties must be paid before delivery', 'HELD_BY_CUSTOMS'],
    ['Vor der Zustellung müssen Zollgebühren bezahlt werden', 'HELD_BY_CUSTOMS'],
    ['Les droits de douane doivent être payés avant la livraison', 'HELD_BY_CUSTOMS'],
    ['Los aranceles deben pagarse antes de la entrega', 'HELD_BY_CUSTOMS'],
    ['I dazi doganali devono essere pagati prima della consegna', 'HELD_BY_CUSTOMS'],
    ['Os direitos aduaneiros devem ser pagos antes da entrega', 'HELD_BY_CUSTOMS'],
    ['Invoerrechten moeten vóór de bezorging worden betaald', 'HELD_BY_CUSTOMS'],
    ['Teslimattan önce gümrük vergisi ödenmelidir', 'HELD_BY_CUSTOMS'],
    ['Zollgebühren offen - Zahlung erforderlich', 'HELD_BY_CUSTOMS'],
    ['DROITS ET TAXES À PAYER', 'HELD_BY_CUSTOMS'],
    ['PENDIENTE DE PAGO DE ARANCELES', 'HELD_BY_CUSTOMS'],
    ['In attesa del pagamento dei dazi', 'HELD_BY_CUSTOMS'],
    ['Aguardando pagamento dos impostos de importação', 'HELD_BY_CUSTOMS'],
    ['Invoerrechten te betalen', 'HELD_BY_CUSTOMS'],
    ['DUTIES AND TAXES DUE', 'HELD_BY_CUSTOMS'],
    ['Gümrük vergisi ödemesi bekleniyor', 'HELD_BY_CUSTOMS'],
    ['Zollgebühren müssen vor der Zustellung bezahlt werden', 'HELD_BY_CUSTOMS'],
    ['EINFUHRABGABEN MÜSSEN BEZAHLT WERDEN', 'HELD_BY_CUSTOMS'],
    ['Die Zollgebühren wurden bezahlt', 'IN_TRANSIT'],
    ['Zollgebühren bezahlt', 'IN_TRANSIT'],
    ['DAZI DA PAGARE PRIMA DELLA CONSEGNA', 'HELD_BY_CUSTOMS'],
    ['I dazi doganali sono stati pagati', 'IN_TRANSIT'],
    ['Impostos de importação pagos', 'IN_TRANSIT'],
    ['Os impostos foram pagos', 'IN_TRANSIT'],
    ['GÜMRÜK VERGİSİ ÖDENMELİ', 'HELD_BY_CUSTOMS'],
    ['Gümrük vergisi ödendi', 'IN_TRANSIT'],
    ['Douanekosten moeten worden betaald', 'HELD_BY_CUSTOMS'],
    ['Invoerrechten zijn betaald', 'IN_TRANSIT'],
  ]);
});

describe('a customs inspection: customs holding it (parity 42, west)', () => {
  readsEach([
    ['The parcel is being inspected by customs', 'HELD_BY_CUSTOMS'],
    ['Das Paket wird vom Zoll geprüft', 'HELD_BY_CUSTOMS'],
    ['Le colis est en cours de contrôle douanier', 'HELD_BY_CUSTOMS'],
    ['El paquete está en inspección aduanera', 'HELD_BY_CUSTOMS'],
    ['Il pacco è in fase di controllo doganale', 'HELD_BY_CUSTOMS'],
    ['A encomenda está em inspeção aduaneira', 'HELD_BY_CUSTOMS'],
    ['Het pakket wordt door de douane gecontroleerd', 'HELD_BY_CUSTOMS'],
    ['Paket gümrük kontrolünde', 'HELD_BY_CUSTOMS'],
    ['ZOLLKONTROLLE', 'HELD_BY_CUSTOMS'],
    ['CONTRÔLE DOUANIER EN COURS', 'HELD_BY_CUSTOMS'],
    ['EN ADUANA - INSPECCIÓN', 'HELD_BY_CUSTOMS'],
    ['IN DOGANA', 'HELD_BY_CUSTOMS'],
    ['EM FISCALIZAÇÃO ADUANEIRA', 'HELD_BY_CUSTOMS'],
    ['DOUANECONTROLE', 'HELD_BY_CUSTOMS'],
    ['CUSTOMS INSPECTION', 'HELD_BY_CUSTOMS'],
    ['GÜMRÜK DENETİMİNDE', 'HELD_BY_CUSTOMS'],
  ]);
});

describe('cleared customs: movement (parity 42, west)', () => {
  readsEach([
    ['The parcel has cleared customs', 'IN_TRANSIT'],
    ['Das Paket wurde vom Zoll freigegeben', 'IN_TRANSIT'],
    ['Le colis a été dédouané', 'IN_TRANSIT'],
    ['El paquete ha sido despachado de aduana', 'IN_TRANSIT'],
    ['Il pacco è stato sdoganato', 'IN_TRANSIT'],
    ['A encomenda foi desalfandegada', 'IN_TRANSIT'],
    ['Het pakket is ingeklaard door de douane', 'IN_TRANSIT'],
    ['Paket gümrükten çıktı', 'IN_TRANSIT'],
    ['VERZOLLUNG ABGESCHLOSSEN', 'IN_TRANSIT'],
    ['DÉDOUANEMENT TERMINÉ', 'IN_TRANSIT'],
    ['DESPACHADO DE ADUANA', 'IN_TRANSIT'],
    ['SDOGANATO', 'IN_TRANSIT'],
    ['LIBERADO PELA ALFÂNDEGA', 'IN_TRANSIT'],
    ['CLEARED CUSTOMS', 'IN_TRANSIT'],
    ['GÜMRÜK İŞLEMLERİ TAMAMLANDI', 'IN_TRANSIT'],
    ['Gümrükten çıkış yapıldı', 'IN_TRANSIT'],
  ]);
});

describe('arrived in the destination country (parity 42, west)', () => {
  readsEach([
    ['The parcel has arrived in the destination country', 'ARRIVED_AT_DESTINATION'],
    ['Das Paket ist im Zielland angekommen', 'ARRIVED_AT_DESTINATION'],
    ['Le colis est arrivé dans le pays de destination', 'ARRIVED_AT_DESTINATION'],
    ['El paquete ha llegado al país de destino', 'ARRIVED_AT_DESTINATION'],
    ['Il pacco è arrivato nel paese di destinazione', 'ARRIVED_AT_DESTINATION'],
    ['A encomenda chegou ao país de destino', 'ARRIVED_AT_DESTINATION'],
    ['Het pakket is aangekomen in het land van bestemming', 'ARRIVED_AT_DESTINATION'],
    ['Paket varış ülkesine ulaştı', 'ARRIVED_AT_DESTINATION'],
    ['ANKUNFT IM ZIELLAND', 'ARRIVED_AT_DESTINATION'],
    ['ARRIVÉE DANS LE PAYS DE DESTINATION', 'ARRIVED_AT_DESTINATION'],
    ['LLEGADA AL PAÍS DE DESTINO', 'ARRIVED_AT_DESTINATION'],
    ['ARRIVO NEL PAESE DI DESTINAZIONE', 'ARRIVED_AT_DESTINATION'],
    ['CHEGADA AO PAÍS DE DESTINO', 'ARRIVED_AT_DESTINATION'],
    ['AANKOMST IN LAND VAN BESTEMMING', 'ARRIVED_AT_DESTINATION'],
    ['ARRIVED IN DESTINATION COUNTRY', 'ARRIVED_AT_DESTINATION'],
    ['VARIŞ ÜLKESİNE ULAŞTI', 'ARRIVED_AT_DESTINATION'],
    ["Gönderi Türkiye'ye ulaştı", 'ARRIVED_AT_DESTINATION'],
  ]);
});

describe('arrived at the delivering office or depot (parity 42, west)', () => {
  readsEach([
    ['The parcel has arrived at the delivery office', 'ARRIVED_AT_DESTINATION'],
    ['Das Paket ist in der Zustellbasis angekommen', 'ARRIVED_AT_DESTINATION'],
    ['Le colis est arrivé sur le site de distribution', 'ARRIVED_AT_DESTINATION'],
    ['El paquete ha llegado a la oficina de reparto', 'ARRIVED_AT_DESTINATION'],
    ['Il pacco è arrivato al centro di distribuzione di destinazione', 'ARRIVED_AT_DESTINATION'],
    ['A encomenda chegou à unidade de distribuição', 'ARRIVED_AT_DESTINATION'],
    ['Het pakket is aangekomen bij het bezorgdepot', 'ARRIVED_AT_DESTINATION'],
    ['Paket dağıtım şubesine ulaştı', 'ARRIVED_AT_DESTINATION'],
    ['IN ZUSTELLBASIS EINGETROFFEN', 'ARRIVED_AT_DESTINATION'],
    ['ARRIVÉE SUR LE SITE DE DISTRIBUTION', 'ARRIVED_AT_DESTINATION'],
    ['LLEGADA A OFICINA DE REPARTO', 'ARRIVED_AT_DESTINATION'],
    ['ARRIVATO IN FILIALE DI DESTINAZIONE', 'ARRIVED_AT_DESTINATION'],
    ['CHEGADA AO CENTRO DE DISTRIBUIÇÃO', 'ARRIVED_AT_DESTINATION'],
    ['AANGEKOMEN BIJ BEZORGDEPOT', 'ARRIVED_AT_DESTINATION'],
    ['ARRIVED AT DELIVERY OFFICE', 'ARRIVED_AT_DESTINATION'],
    ['TESLİMAT ŞUBESİNE ULAŞTI', 'ARRIVED_AT_DESTINATION'],
    ['Varış şubesine geldi', 'ARRIVED_AT_DESTINATION'],
  ]);
});

describe('handed over to the local carrier: movement (parity 42, west)', () => {
  readsEach([
    ['The parcel was handed over to the local carrier', 'IN_TRANSIT'],
    ['Das Paket wurde an den lokalen Zustelldienst übergeben', 'IN_TRANSIT'],
    ['Het pakket is overgedragen aan de lokale vervoerder', 'IN_TRANSIT'],
    ['Paket yerel kargo firmasına teslim edildi', 'IN_TRANSIT'],
    ['AN LOKALEN ZUSTELLER ÜBERGEBEN', 'IN_TRANSIT'],
    ['OVERGEDRAGEN AAN LOKALE VERVOERDER', 'IN_TRANSIT'],
    ['HANDED OVER TO LOCAL CARRIER', 'IN_TRANSIT'],
    ['Yerel kargo firmasına teslim edildi', 'IN_TRANSIT'],
  ]);
});

describe('out for delivery with the courier (parity 42, west)', () => {
  readsEach([
    ['The parcel is out for delivery with the courier', 'OUT_FOR_DELIVERY'],
    ['Das Paket ist beim Zusteller in Zustellung', 'OUT_FOR_DELIVERY'],
    ['Le colis est en cours de livraison par le livreur', 'OUT_FOR_DELIVERY'],
    ['El paquete está en reparto con el repartidor', 'OUT_FOR_DELIVERY'],
    ['Il pacco è in consegna con il corriere', 'OUT_FOR_DELIVERY'],
    ['A encomenda saiu para entrega com o estafeta', 'OUT_FOR_DELIVERY'],
    ['Het pakket is onderweg met de bezorger', 'OUT_FOR_DELIVERY'],
    ['Paket kurye ile dağıtıma çıktı', 'OUT_FOR_DELIVERY'],
    ['IN ZUSTELLUNG', 'OUT_FOR_DELIVERY'],
    ['Sendung wurde in das Zustellfahrzeug geladen', 'OUT_FOR_DELIVERY'],
    ['EN COURS DE LIVRAISON', 'OUT_FOR_DELIVERY'],
    ['Votre colis est chez le livreur', 'OUT_FOR_DELIVERY'],
    ['EN REPARTO', 'OUT_FOR_DELIVERY'],
    ['El paquete está en el vehículo de reparto', 'OUT_FOR_DELIVERY'],
    ['IN CONSEGNA', 'OUT_FOR_DELIVERY'],
    ['Il corriere è in consegna', 'OUT_FOR_DELIVERY'],
    ['EM ENTREGA', 'OUT_FOR_DELIVERY'],
    ['Objeto saiu para entrega ao destinatário', 'OUT_FOR_DELIVERY'],
    ['MET BEZORGER ONDERWEG', 'OUT_FOR_DELIVERY'],
    ['De bezorger is onderweg', 'OUT_FOR_DELIVERY'],
    ['OUT FOR DELIVERY', 'OUT_FOR_DELIVERY'],
    ['With courier for delivery', 'OUT_FOR_DELIVERY'],
    ['DAĞITIMA ÇIKTI', 'OUT_FOR_DELIVERY'],
    ['Kurye dağıtımda', 'OUT_FOR_DELIVERY'],
  ]);
});

describe('a notice left: waiting for pickup (parity 42, west)', () => {
  readsEach([
    ['A notice was left for the recipient', 'WAITING_FOR_PICKUP'],
    ['Eine Benachrichtigungskarte wurde hinterlassen', 'WAITING_FOR_PICKUP'],
    ['Un avis de passage a été déposé', 'WAITING_FOR_PICKUP'],
    ['Se ha dejado un aviso de llegada', 'WAITING_FOR_PICKUP'],
    ['È stato lasciato un avviso di giacenza', 'WAITING_FOR_PICKUP'],
    ['Foi deixado um aviso de chegada', 'WAITING_FOR_PICKUP'],
    ['Er is een kaartje achtergelaten', 'WAITING_FOR_PICKUP'],
    ['Alıcıya bildirim bırakıldı', 'WAITING_FOR_PICKUP'],
    ['BENACHRICHTIGUNG HINTERLASSEN', 'WAITING_FOR_PICKUP'],
    ['AVIS DE PASSAGE DÉPOSÉ', 'WAITING_FOR_PICKUP'],
    ['AVISO DEJADO', 'WAITING_FOR_PICKUP'],
    ['AVVISO DI PASSAGGIO LASCIATO', 'WAITING_FOR_PICKUP'],
    ['AVISO DEIXADO', 'WAITING_FOR_PICKUP'],
    ['KAARTJE ACHTERGELATEN', 'WAITING_FOR_PICKUP'],
    ['NOTICE LEFT', 'WAITING_FOR_PICKUP'],
    ['HABER KAĞIDI BIRAKILDI', 'WAITING_FOR_PICKUP'],
    ['Alıcıya ihbar bırakıldı', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('ready for pickup at a locker (parity 42, west)', () => {
  readsEach([
    ['The parcel is ready for pickup at the parcel locker', 'WAITING_FOR_PICKUP'],
    ['Das Paket liegt zur Abholung in der Packstation bereit', 'WAITING_FOR_PICKUP'],
    ['Le colis est disponible dans la consigne', 'WAITING_FOR_PICKUP'],
    ['El paquete está listo para recoger en el casillero', 'WAITING_FOR_PICKUP'],
    ['Il pacco è pronto per il ritiro nel locker', 'WAITING_FOR_PICKUP'],
    ['A encomenda está disponível para levantamento no cacifo', 'WAITING_FOR_PICKUP'],
    ['Het pakket ligt klaar om op te halen in de pakketautomaat', 'WAITING_FOR_PICKUP'],
    ['Paket kargo dolabında teslim alınmayı bekliyor', 'WAITING_FOR_PICKUP'],
    ['IN PACKSTATION ZUR ABHOLUNG BEREIT', 'WAITING_FOR_PICKUP'],
    ['DISPONIBLE EN CONSIGNE PICKUP', 'WAITING_FOR_PICKUP'],
    ['DISPONIBLE EN CITYPAQ', 'WAITING_FOR_PICKUP'],
    ['DISPONIBILE NEL LOCKER', 'WAITING_FOR_PICKUP'],
    ['DISPONÍVEL NO CACIFO', 'WAITING_FOR_PICKUP'],
    ['KLAAR VOOR OPHALEN IN PAKKETAUTOMAAT', 'WAITING_FOR_PICKUP'],
    ['READY FOR COLLECTION AT PARCEL LOCKER', 'WAITING_FOR_PICKUP'],
    ['KARGOMATTA TESLİM ALINMAYI BEKLİYOR', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('collected by the recipient at the post office: delivered (parity 42, west)', () => {
  readsEach([
    ['The recipient collected the parcel at the post office', 'DELIVERED'],
    ['Der Empfänger hat das Paket in der Filiale abgeholt', 'DELIVERED'],
    ['Le destinataire a retiré le colis au bureau de poste', 'DELIVERED'],
    ['El destinatario recogió el paquete en la oficina de correos', 'DELIVERED'],
    ["Il destinatario ha ritirato il pacco all'ufficio postale", 'DELIVERED'],
    ['O destinatário levantou a encomenda na estação de correios', 'DELIVERED'],
    ['De ontvanger heeft het pakket opgehaald op het postkantoor', 'DELIVERED'],
    ['Alıcı paketi şubeden teslim aldı', 'DELIVERED'],
    ['IN DER FILIALE ABGEHOLT', 'DELIVERED'],
    ['RETIRÉ PAR LE DESTINATAIRE AU BUREAU DE POSTE', 'DELIVERED'],
    ['RECOGIDO POR EL DESTINATARIO EN OFICINA', 'DELIVERED'],
    ['RITIRATO DAL DESTINATARIO IN UFFICIO POSTALE', 'DELIVERED'],
    ['LEVANTADO PELO DESTINATÁRIO NA LOJA CTT', 'DELIVERED'],
    ['OPGEHAALD DOOR ONTVANGER OP POSTKANTOOR', 'DELIVERED'],
    ['COLLECTED BY RECIPIENT AT POST OFFICE', 'DELIVERED'],
    ['ŞUBEDEN TESLİM ALINDI', 'DELIVERED'],
    ['Alıcı kargoyu şubeden teslim aldı', 'DELIVERED'],
  ]);
});

describe('delivered to a neighbour (parity 42, west)', () => {
  readsEach([
    ['The parcel was delivered to a neighbour', 'DELIVERED'],
    ['Das Paket wurde beim Nachbarn zugestellt', 'DELIVERED'],
    ['Le colis a été livré chez un voisin', 'DELIVERED'],
    ['El paquete fue entregado a un vecino', 'DELIVERED'],
    ['Il pacco è stato consegnato a un vicino', 'DELIVERED'],
    ['A encomenda foi entregue a um vizinho', 'DELIVERED'],
    ['Het pakket is bezorgd bij de buren', 'DELIVERED'],
    ['Paket komşuya teslim edildi', 'DELIVERED'],
    ['BEIM NACHBARN ZUGESTELLT', 'DELIVERED'],
    ['LIVRÉ CHEZ UN VOISIN', 'DELIVERED'],
    ['ENTREGADO A VECINO', 'DELIVERED'],
    ['CONSEGNATO AL VICINO', 'DELIVERED'],
    ['ENTREGUE AO VIZINHO', 'DELIVERED'],
    ['BEZORGD BIJ DE BUREN', 'DELIVERED'],
    ['DELIVERED TO NEIGHBOUR', 'DELIVERED'],
    ['KOMŞUYA TESLİM EDİLDİ', 'DELIVERED'],
    ['Gönderi komşusuna teslim edildi', 'DELIVERED'],
  ]);
});

describe("delivery postponed at the recipient's request is an exception (parity 42, west)", () => {
  readsEach([
    ["Delivery postponed at the recipient's request", 'EXCEPTION'],
    ['Zustellung auf Wunsch des Empfängers verschoben', 'EXCEPTION'],
    ['Livraison reportée à la demande du destinataire', 'EXCEPTION'],
    ['Entrega aplazada a petición del destinatario', 'EXCEPTION'],
    ['Consegna rinviata su richiesta del destinatario', 'EXCEPTION'],
    ['Entrega adiada a pedido do destinatário', 'EXCEPTION'],
    ['Bezorging uitgesteld op verzoek van de ontvanger', 'EXCEPTION'],
    ['Teslimat alıcının isteği üzerine ertelendi', 'EXCEPTION'],
    ['Zustellung auf Kundenwunsch verschoben', 'EXCEPTION'],
    ['LIVRAISON REPORTÉE À LA DEMANDE DU CLIENT', 'EXCEPTION'],
    ['ENTREGA APLAZADA A PETICIÓN DEL CLIENTE', 'EXCEPTION'],
    ['CONSEGNA RINVIATA SU RICHIESTA DEL CLIENTE', 'EXCEPTION'],
    ['ENTREGA ADIADA A PEDIDO DO CLIENTE', 'EXCEPTION'],
    ['BEZORGING UITGESTELD OP VERZOEK VAN KLANT', 'EXCEPTION'],
    ['DELIVERY RESCHEDULED AT CUSTOMER REQUEST', 'EXCEPTION'],
    ['ALICI İSTEĞİ İLE TESLİMAT ERTELENDİ', 'EXCEPTION'],
    ['Teslimat müşteri talebiyle ertelendi', 'EXCEPTION'],
  ]);
});

describe('label created, data received: info received (parity 42, west)', () => {
  readsEach([
    ['Shipping label created, the parcel has not been handed over yet', 'INFO_RECEIVED'],
    ['Versandetikett erstellt, Paket noch nicht übergeben', 'INFO_RECEIVED'],
    ["Étiquette créée, le colis n'a pas encore été remis", 'INFO_RECEIVED'],
    ['Etiqueta creada, el paquete aún no ha sido entregado al transportista', 'INFO_RECEIVED'],
    ['Etichetta creata, il pacco non è ancora stato affidato al corriere', 'INFO_RECEIVED'],
    ['Etiqueta criada, a encomenda ainda não foi entregue à transportadora', 'INFO_RECEIVED'],
    ['Verzendlabel aangemaakt, pakket nog niet overgedragen', 'INFO_RECEIVED'],
    ['Gönderi etiketi oluşturuldu, paket henüz kargoya verilmedi', 'INFO_RECEIVED'],
    ['VERSANDETIKETT ERSTELLT', 'INFO_RECEIVED'],
    ['Elektronische Ankündigung erhalten', 'INFO_RECEIVED'],
    ['ÉTIQUETTE CRÉÉE', 'INFO_RECEIVED'],
    ["Informations d'expédition reçues", 'INFO_RECEIVED'],
    ['ETIQUETA CREADA', 'INFO_RECEIVED'],
    ['Datos del envío recibidos', 'INFO_RECEIVED'],
    ['ETICHETTA CREATA', 'INFO_RECEIVED'],
    ['Dati della spedizione ricevuti', 'INFO_RECEIVED'],
    ['ETIQUETA CRIADA', 'INFO_RECEIVED'],
    ['Dados da encomenda recebidos', 'INFO_RECEIVED'],
    ['LABEL AANGEMAAKT', 'INFO_RECEIVED'],
    ['Zendinggegevens ontvangen', 'INFO_RECEIVED'],
    ['LABEL CREATED', 'INFO_RECEIVED'],
    ['Shipment information received', 'INFO_RECEIVED'],
    ['ETİKET OLUŞTURULDU', 'INFO_RECEIVED'],
    ['Gönderi bilgisi alındı', 'INFO_RECEIVED'],
  ]);
});

describe('accepted at the post office: movement (parity 42, west)', () => {
  readsEach([
    ['The parcel was accepted at the post office', 'IN_TRANSIT'],
    ['Das Paket wurde in der Filiale eingeliefert', 'IN_TRANSIT'],
    ['El paquete ha sido admitido en la oficina de correos', 'IN_TRANSIT'],
    ["Il pacco è stato accettato all'ufficio postale", 'IN_TRANSIT'],
    ['A encomenda foi aceite na estação de correios', 'IN_TRANSIT'],
    ['Het pakket is aangenomen op het postkantoor', 'IN_TRANSIT'],
    ['Paket postaneden kabul edildi', 'IN_TRANSIT'],
    ['EINLIEFERUNG IN DER FILIALE', 'IN_TRANSIT'],
    ['PRIS EN CHARGE PAR LA POSTE', 'IN_TRANSIT'],
    ['ADMITIDO EN OFICINA', 'IN_TRANSIT'],
    ['ACCETTATO IN UFFICIO POSTALE', 'IN_TRANSIT'],
    ['ACEITE NA LOJA CTT', 'IN_TRANSIT'],
    ['AANGENOMEN OP POSTKANTOOR', 'IN_TRANSIT'],
    ['ACCEPTED AT POST OFFICE', 'IN_TRANSIT'],
    ['POSTANEDEN KABUL EDİLDİ', 'IN_TRANSIT'],
    ['Gönderi kabul edildi', 'IN_TRANSIT'],
  ]);
});

describe('departed the origin country: movement (parity 42, west)', () => {
  readsEach([
    ['The parcel has left the country of origin', 'IN_TRANSIT'],
    ['Das Paket hat das Ursprungsland verlassen', 'IN_TRANSIT'],
    ["Le colis a quitté le pays d'origine", 'IN_TRANSIT'],
    ['El paquete ha salido del país de origen', 'IN_TRANSIT'],
    ['Il pacco ha lasciato il paese di origine', 'IN_TRANSIT'],
    ['A encomenda saiu do país de origem', 'IN_TRANSIT'],
    ['Het pakket heeft het land van herkomst verlaten', 'IN_TRANSIT'],
    ['Paket çıkış ülkesinden ayrıldı', 'IN_TRANSIT'],
    ['HAT DAS ABGANGSLAND VERLASSEN', 'IN_TRANSIT'],
    ["A QUITTÉ LE PAYS D'ORIGINE", 'IN_TRANSIT'],
    ['SALIDA DEL PAÍS DE ORIGEN', 'IN_TRANSIT'],
    ['PARTITO DAL PAESE DI ORIGINE', 'IN_TRANSIT'],
    ['SAIU DO PAÍS DE ORIGEM', 'IN_TRANSIT'],
    ['VERTROKKEN UIT LAND VAN HERKOMST', 'IN_TRANSIT'],
    ['DEPARTED COUNTRY OF ORIGIN', 'IN_TRANSIT'],
    ['ÇIKIŞ ÜLKESİNDEN AYRILDI', 'IN_TRANSIT'],
    ['Gönderi yurt dışına çıkış yaptı', 'IN_TRANSIT'],
  ]);
});

describe('more duties and absent-recipient wordings (parity 42, west)', () => {
  readsEach([
    ['Einfuhrabgaben müssen vor der Zustellung bezahlt werden', 'HELD_BY_CUSTOMS'],
    ['Zoll muss vor der Zustellung bezahlt werden', 'HELD_BY_CUSTOMS'],
    ['Vor der Zustellung sind Einfuhrabgaben zu zahlen', 'HELD_BY_CUSTOMS'],
    ['Importkosten müssen noch bezahlt werden', 'HELD_BY_CUSTOMS'],
    ['Zollgebühren sind bereits bezahlt', 'IN_TRANSIT'],
    ['Einfuhrabgaben wurden vom Absender bezahlt', 'IN_TRANSIT'],
    ['Les frais de douane doivent être réglés avant la livraison', 'HELD_BY_CUSTOMS'],
    ['Des droits de douane sont à payer avant la livraison', 'HELD_BY_CUSTOMS'],
    ['Debe pagar los aranceles antes de la entrega', 'HELD_BY_CUSTOMS'],
    ['Los impuestos de aduana deben ser pagados antes de la entrega', 'HELD_BY_CUSTOMS'],
    ['Le tasse doganali devono essere pagate prima della consegna', 'HELD_BY_CUSTOMS'],
    ['I dazi vanno pagati prima della consegna', 'HELD_BY_CUSTOMS'],
    ['Dazi doganali da pagare', 'HELD_BY_CUSTOMS'],
    ['As taxas alfandegárias devem ser pagas antes da entrega', 'HELD_BY_CUSTOMS'],
    ['Os impostos aduaneiros precisam ser pagos antes da entrega', 'HELD_BY_CUSTOMS'],
    ['Taxas alfandegárias pagas', 'IN_TRANSIT'],
    ['Douanerechten moeten worden betaald voor levering', 'HELD_BY_CUSTOMS'],
    ['Import duties must be paid before delivery', 'HELD_BY_CUSTOMS'],
    ['Duties and taxes have been paid', 'IN_TRANSIT'],
    ['Gümrük vergisinin teslimattan önce ödenmesi gerekiyor', 'HELD_BY_CUSTOMS'],
    ['Teslimat öncesi gümrük vergisi ödenmelidir', 'HELD_BY_CUSTOMS'],
    ['Gümrük vergileri ödenmeli', 'HELD_BY_CUSTOMS'],
    ['Der Empfänger war nicht anwesend', 'WAITING_FOR_PICKUP'],
    ['Empfänger war nicht da', 'WAITING_FOR_PICKUP'],
    ["Le destinataire n'était pas chez lui", 'WAITING_FOR_PICKUP'],
    ['El destinatario estaba ausente', 'WAITING_FOR_PICKUP'],
    ['Il destinatario non era in casa', 'WAITING_FOR_PICKUP'],
    ['O destinatário não estava em casa', 'WAITING_FOR_PICKUP'],
    ['De geadresseerde was niet aanwezig', 'WAITING_FOR_PICKUP'],
    ['The addressee was not available', 'WAITING_FOR_PICKUP'],
    ['Alıcı adreste bulunmuyordu', 'WAITING_FOR_PICKUP'],
    ['Alıcı yerinde yoktu', 'WAITING_FOR_PICKUP'],
    ['Alıcı evde bulunamadı', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('not a delivery: duties due, a handover to a carrier, a postponement, an absent recipient (parity 42, west)', () => {
  neverDeliveredEach([
    ['Versandetikett erstellt, Paket noch nicht übergeben'],
    ['Empfänger nicht angetroffen, Benachrichtigung hinterlassen'],
    ['Zustellung auf Wunsch des Empfängers verschoben'],
    ['Vor der Zustellung müssen Zollgebühren bezahlt werden'],
    ['Le colis a été remis au transporteur local'],
    ['Livraison reportée à la demande du destinataire'],
    ['Le destinataire a refusé le colis'],
    ['El paquete ha sido entregado al transportista local'],
    ['Los aranceles deben pagarse antes de la entrega'],
    ['Etiqueta creada, el paquete aún no ha sido entregado al transportista'],
    ['Il pacco è stato affidato al corriere locale'],
    ['Consegnato al corriere locale'],
    ['I dazi doganali devono essere pagati prima della consegna'],
    ['A encomenda foi entregue à transportadora local'],
    ['Os direitos aduaneiros devem ser pagos antes da entrega'],
    ['Etiqueta criada, a encomenda ainda não foi entregue à transportadora'],
    ['Invoerrechten moeten vóór de bezorging worden betaald'],
    ['Bezorging uitgesteld op verzoek van de ontvanger'],
    ['Customs duties must be paid before delivery'],
    ['Shipping label created, the parcel has not been handed over yet'],
    ['The parcel was handed over to the local carrier'],
    ['Teslimattan önce gümrük vergisi ödenmelidir'],
    ['Paket yerel kargo firmasına teslim edildi'],
    ['Yerel kargo firmasına teslim edildi'],
    ['Teslimat alıcının isteği üzerine ertelendi'],
    ['Alıcı adreste yoktu'],
  ]);
});
