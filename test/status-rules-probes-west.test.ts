import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

// Hand-written probes (not corpus rows): everyday wordings the west group's rules now read,
// and negative probes that must never read DELIVERED.

describe('German probes (west)', () => {
  readsEach([
    ['Das Paket wurde an der Haustür abgelegt.', 'DELIVERED'],
    ['Der Fahrer ist unterwegs zu Ihnen.', 'OUT_FOR_DELIVERY'],
    ['Sendung im Empfängerland eingetroffen', 'ARRIVED_AT_DESTINATION'],
    ['Der Versender bereitet die Sendung vor.', 'INFO_RECEIVED'],
  ]);

  neverDeliveredEach([
    ['Die Sendung wird morgen zugestellt.'],
    ['Die Sendung wurde nicht zugestellt.'],
    ['Paket wurde an den Paketdienst übergeben.'],
    ['Die Sendung wurde an DHL übergeben.'],
    ['Voraussichtliche Zustellung am Montag'],
    ['Die Sendung wurde nicht abgeholt.'],
    ['Die Sendung kann in der Filiale abgeholt werden.'],
    ['Zustellung nicht möglich'],
    ['Paket konnte nicht übergeben werden'],
    ['Die Sendung wurde vom Kurier beim Absender abgeholt.'],
    ['Zustellung geplant'],
    ['Die Sendung soll heute zugestellt werden.'],
    ['Die Sendung wurde noch nicht zugestellt.'],
    ['Die Sendung wurde in der Packstation zugestellt.'],
    ['Das Paket wird an der Haustür abgelegt.'],
    ['Das Paket kann an der Haustür abgelegt werden.'],
  ]);
});

describe('French probes (west)', () => {
  readsEach([
    ['Envoi retourné au commerçant', 'RETURNED_TO_SENDER'],
    ['Le destinataire a retiré son colis au bureau de poste.', 'DELIVERED'],
    ['Contrôle douanier en cours', 'HELD_BY_CUSTOMS'],
    ['Arrivé au dépôt de destination', 'ARRIVED_AT_DESTINATION'],
    ['Colis arrivé dans votre région', 'ARRIVED_AT_DESTINATION'],
    ["Bordereau d'expédition créé", 'INFO_RECEIVED'],
  ]);

  neverDeliveredEach([
    ['Votre colis sera livré demain.'],
    ["Le colis n'a pas été livré."],
    ['Le colis a été remis au transporteur.'],
    ['Colis confié à Colissimo'],
    ['Livraison prévue lundi'],
    ["Le colis n'a pas été retiré."],
    ['Colis à retirer au bureau de poste'],
    ['Livraison impossible'],
    ["Le colis n'a pas pu être remis."],
    ['Le colis a été remis au livreur.'],
    ['Livraison estimée le 12 mars'],
    ["Le colis n'est pas encore livré."],
    ['Colis livré en consigne'],
    ["Le colis doit être livré aujourd'hui."],
    ["Le destinataire n'a pas retiré son colis."],
  ]);
});

describe('Spanish probes (west)', () => {
  readsEach([
    ['Su paquete está en camino de vuelta al remitente.', 'RETURNED_TO_SENDER'],
    ['El paquete regresa al origen.', 'RETURNED_TO_SENDER'],
    ['Retorno al remitente', 'RETURNED_TO_SENDER'],
    ['El envío fue rechazado y se está devolviendo al remitente.', 'RETURNED_TO_SENDER'],
    ['El paquete se ha dejado en el buzón.', 'DELIVERED'],
    ['Su pedido se entregará hoy.', 'OUT_FOR_DELIVERY'],
    ['Paquete en el vehículo de reparto', 'OUT_FOR_DELIVERY'],
    ['Recibido en la sucursal de destino', 'ARRIVED_AT_DESTINATION'],
    ['El remitente está preparando su envío.', 'INFO_RECEIVED'],
    ['El vendedor ha generado la etiqueta de envío.', 'INFO_RECEIVED'],
    ['El paquete aún no ha sido entregado al transportista.', 'INFO_RECEIVED'],
    ['Pedido preparado por el remitente', 'INFO_RECEIVED'],
    ['Aviso depositado en el buzón', 'WAITING_FOR_PICKUP'],
  ]);

  neverDeliveredEach([
    ['Su paquete será entregado mañana.'],
    ['El envío no ha sido entregado.'],
    ['Paquete entregado al transportista'],
    ['Entregado a Correos por el remitente'],
    ['Entrega prevista el lunes'],
    ['El paquete no ha sido recogido.'],
    ['Paquete disponible para recoger'],
    ['No entregado'],
    ['Entrega no realizada'],
    ['Fecha estimada de entrega: 12 de marzo'],
    ['El paquete todavía no ha sido entregado.'],
    ['Entregado en punto de recogida'],
    ['El envío debería ser entregado hoy.'],
    ['El envío fue entregado a la empresa de transporte.'],
    ['No se ha dejado en el buzón'],
  ]);
});

describe('Italian probes (west)', () => {
  readsEach([
    ['Il pacco sta tornando al mittente.', 'RETURNED_TO_SENDER'],
    ['Avviso di passaggio lasciato', 'WAITING_FOR_PICKUP'],
    ['Il pacco ti aspetta nel locker.', 'WAITING_FOR_PICKUP'],
    ['Il corriere è in viaggio verso di te.', 'OUT_FOR_DELIVERY'],
    ['Il pacco verrà consegnato oggi.', 'OUT_FOR_DELIVERY'],
    ['Il pacco è sul mezzo per la consegna.', 'OUT_FOR_DELIVERY'],
    ["Il venditore ha creato l'etichetta di spedizione.", 'INFO_RECEIVED'],
    ['Il pacco non è ancora stato affidato al corriere.', 'INFO_RECEIVED'],
  ]);

  neverDeliveredEach([
    ['Il pacco sarà consegnato domani.'],
    ['La spedizione non è stata consegnata.'],
    ['Pacco consegnato al corriere'],
    ['Affidato al corriere'],
    ['Consegna prevista lunedì'],
    ['Il pacco non è stato ritirato.'],
    ['Disponibile per il ritiro'],
    ['Non consegnato'],
    ['Consegna non riuscita'],
    ['Data di consegna stimata: 12 marzo'],
    ['Il pacco non è ancora stato consegnato.'],
    ['Consegnato al punto di ritiro'],
    ['Il pacco dovrebbe essere consegnato oggi.'],
    ['La spedizione è stata consegnata al vettore.'],
    ['Il pacco non verrà consegnato oggi.'],
    ['Il pacco non è stato consegnato oggi.'],
  ]);
});

describe('Portuguese probes (west)', () => {
  readsEach([
    ['A encomenda foi deixada na caixa de correio.', 'DELIVERED'],
    ['A sua encomenda espera por si no cacifo.', 'WAITING_FOR_PICKUP'],
    ['Aviso deixado na caixa de correio', 'WAITING_FOR_PICKUP'],
    ['O estafeta está a caminho.', 'OUT_FOR_DELIVERY'],
    ['O entregador está a caminho.', 'OUT_FOR_DELIVERY'],
    ['Sua encomenda será entregue hoje.', 'OUT_FOR_DELIVERY'],
    ['Encomenda carregada na viatura de distribuição', 'OUT_FOR_DELIVERY'],
    ['Quebra do veículo de entrega', 'EXCEPTION'],
    ['Chegou a Portugal', 'ARRIVED_AT_DESTINATION'],
    ['Recebido na unidade de destino', 'ARRIVED_AT_DESTINATION'],
    ['A encomenda saiu do centro de tratamento.', 'IN_TRANSIT'],
    ['O remetente está a preparar a encomenda.', 'INFO_RECEIVED'],
    ['Dados do envio recebidos', 'INFO_RECEIVED'],
    ['O vendedor criou a etiqueta de envio.', 'INFO_RECEIVED'],
    ['A encomenda ainda não foi entregue à transportadora.', 'INFO_RECEIVED'],
    ['Pedido registado', 'INFO_RECEIVED'],
  ]);

  neverDeliveredEach([
    ['A encomenda será entregue amanhã.'],
    ['O objeto não foi entregue.'],
    ['Encomenda entregue à transportadora'],
    ['Objeto entregue aos Correios pelo remetente'],
    ['Entrega prevista para segunda-feira'],
    ['O objeto não foi retirado.'],
    ['Disponível para levantamento'],
    ['Não entregue'],
    ['Entrega não realizada'],
    ['Data prevista de entrega: 12 de março'],
    ['A encomenda ainda não foi entregue.'],
    ['Entregue no ponto de recolha'],
    ['A encomenda deve ser entregue hoje.'],
    ['Objeto entregue ao transportador'],
    ['Não foi deixado na caixa de correio'],
  ]);
});

describe('Dutch probes (west)', () => {
  readsEach([
    ['Teruggezonden naar afzender', 'RETURNED_TO_SENDER'],
    ['Pakket is terug bij de afzender', 'RETURNED_TO_SENDER'],
    ['Je pakket is bij de buren afgegeven.', 'DELIVERED'],
    ['Onderweg naar jou', 'OUT_FOR_DELIVERY'],
    ['In de bezorgwagen geladen', 'OUT_FOR_DELIVERY'],
    ['Met de koerier mee voor bezorging', 'OUT_FOR_DELIVERY'],
    ['Het pakket is meegegeven aan de bezorger.', 'OUT_FOR_DELIVERY'],
    ['Pakket is zoekgeraakt', 'EXCEPTION'],
    ['Ontvanger onbekend op dit adres', 'EXCEPTION'],
    ['Nieuwe bezorgpoging gepland', 'EXCEPTION'],
    ['Het pakket is aangekomen bij het bezorgdepot.', 'ARRIVED_AT_DESTINATION'],
    ['Aangekomen bij het depot van bestemming', 'ARRIVED_AT_DESTINATION'],
    ['Aankomst op het bestemmingsdepot', 'ARRIVED_AT_DESTINATION'],
    ['Pakket is afgegeven bij een PostNL-punt door de afzender.', 'IN_TRANSIT'],
    ['De afzender is je pakket aan het voorbereiden.', 'INFO_RECEIVED'],
    ['Zendinggegevens ontvangen', 'INFO_RECEIVED'],
    ['We verwachten je pakket.', 'INFO_RECEIVED'],
    ['Het pakket is nog niet aan ons overgedragen.', 'INFO_RECEIVED'],
    ['Label is aangemaakt door de verzender', 'INFO_RECEIVED'],
    ['Het pakket is nog niet bij ons binnen.', 'INFO_RECEIVED'],
  ]);

  neverDeliveredEach([
    ['Je pakket wordt morgen bezorgd.'],
    ['Het pakket is niet bezorgd.'],
    ['Pakket overgedragen aan de vervoerder'],
    ['Het pakket is afgeleverd bij PostNL.'],
    ['Verwachte bezorging maandag'],
    ['Het pakket is niet opgehaald.'],
    ['Op te halen bij het servicepunt'],
    ['Niet bezorgd'],
    ['Bezorging niet gelukt'],
    ['Verwachte bezorgdatum: 12 maart'],
    ['Het pakket is nog niet bezorgd.'],
    ['Bezorgd bij het pakketpunt'],
    ['Het pakket zou vandaag bezorgd moeten worden.'],
    ['Pakket afgegeven aan de koerier'],
    ['Niet bij de buren afgegeven'],
  ]);
});
