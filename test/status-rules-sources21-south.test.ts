import { describe } from 'vitest';
import { readsEach } from './support/normalizer.js';

// Hand-written probes (not corpus rows), round 21: families of the real wordings added from public
// sources this round, in other words than the rows themselves: Correos (Spain) summary texts
// (admission refused, import processing in progress or finished, relabelled, taken off the
// office shelf) and BRT's storage reasons (charges or COD not paid, goods already received or
// sent too early, inspection before release, business closed or not yet open, nobody came to
// collect, the recipient asking for another delivery), each beside a confusable neighbour.

describe('Correos (Spain) summary-text families (es)', () => {
  readsEach([
    ['Envío no admitido en la oficina de origen', 'EXCEPTION'],
    ['Paquete no admitido por exceso de peso', 'EXCEPTION'],
    ['Mercancía no admitida', 'EXCEPTION'],
    ['Envío admitido en la oficina', 'IN_TRANSIT'],
    ['Admitido en el centro de tratamiento', 'IN_TRANSIT'],
    ['Envío en trámite de importación', 'HELD_BY_CUSTOMS'],
    [
      'Tu envío está en trámite de importación. Se ha emitido aviso al destinatario',
      'HELD_BY_CUSTOMS',
    ],
    ['Envío en tramitación de importación', 'HELD_BY_CUSTOMS'],
    ['Finalizada tramitación de importación', 'IN_TRANSIT'],
    ['Finalizada tramitación de importación - Envío en reparto', 'OUT_FOR_DELIVERY'],
    ['Envío reetiquetado en el centro logístico', 'IN_TRANSIT'],
    ['Paquete reetiquetado', 'IN_TRANSIT'],
    ['Envío desestacionado', 'IN_TRANSIT'],
    ['Envío estacionado en oficina', 'EXCEPTION'],
  ]);
});

describe('BRT storage-reason families (it)', () => {
  readsEach([
    ['Il destinatario non paga il contrassegno', 'EXCEPTION'],
    ['Destinatario non paga i dazi', 'EXCEPTION'],
    ['Il destinatario ha pagato il contrassegno', 'UNKNOWN'],
    ['Rifiutata: merce già ricevuta', 'EXCEPTION'],
    ['Merce già ricevuta con un ordine precedente', 'EXCEPTION'],
    ['Merce già ricevuta dal destinatario con un altro ordine', 'EXCEPTION'],
    ['Spedizione ricevuta dal destinatario', 'DELIVERED'],
    ['La merce è stata ricevuta dal destinatario', 'DELIVERED'],
    ['Merce spedita con troppo anticipo, il destinatario non la accetta', 'EXCEPTION'],
    ['Merce resa senza autorizzazione del mittente', 'EXCEPTION'],
    ['Il cliente vuole controllare la merce prima della consegna', 'EXCEPTION'],
    ['Destinatario ha rinviato lo svincolo', 'EXCEPTION'],
    ['Negozio non ancora in attività', 'EXCEPTION'],
    ['Il destinatario è chiuso per turno', 'WAITING_FOR_PICKUP'],
    ['Fermo deposito: nessuno si è presentato per il ritiro', 'EXCEPTION'],
    ['Il destinatario chiede consegna in altra data', 'EXCEPTION'],
    ['Il destinatario chiede la riconsegna al piano', 'EXCEPTION'],
    ['Consegna richiesta oltre i termini', 'EXCEPTION'],
    ['Consegnata al destinatario', 'DELIVERED'],
  ]);
});
