import { describe } from 'vitest';
import { readsEach } from './support/normalizer.js';

// Hand-written probes (not corpus rows), session of 2026-12-07 11:23 UTC. The sender handing the
// parcel "to us" (nos, ci, nous) is the carrier receiving it, never a delivery; "not yet ... to
// us" is information received (the Catalan lines of round 43, now in es, it, fr and pt; a
// first batch with German lines was dropped at its gate on 2026-12-07). Thai: waiting for or
// going through customs clearance (รอ/กำลัง/ระหว่าง ผ่านพิธีการศุลกากร) is customs holding the
// parcel; cleared is not. Swedish "kommer fram i morgon" as Danish and Norwegian read it.
describe('the sender handing the parcel to us, Thai clearance under way, Swedish tomorrow', () => {
  readsEach([
    ['El remitente nos ha entregado el paquete', 'IN_TRANSIT'],
    ['El remitente aún no nos ha entregado el paquete', 'INFO_RECEIVED'],
    ['El vendedor no nos ha enviado el paquete', 'INFO_RECEIVED'],
    ['Todavía no nos han entregado el paquete', 'INFO_RECEIVED'],
    ['El paquete nos ha sido entregado por el remitente', 'IN_TRANSIT'],
    ['Nos ha entregado el paquete', 'UNKNOWN'],
    ['El paquete ha sido entregado', 'DELIVERED'],
    ['Su paquete le ha sido entregado', 'DELIVERED'],
    ['El paquete no ha sido entregado', 'EXCEPTION'],
    ['Il mittente ci ha consegnato il pacco', 'IN_TRANSIT'],
    ['Il mittente non ci ha ancora consegnato il pacco', 'INFO_RECEIVED'],
    ['Il venditore non ci ha consegnato il pacco', 'INFO_RECEIVED'],
    ['Il pacco ci è stato consegnato dal mittente', 'IN_TRANSIT'],
    ['Il pacco è stato consegnato', 'DELIVERED'],
    ['Abbiamo consegnato il pacco al destinatario', 'DELIVERED'],
    ['Il pacco non è stato consegnato', 'EXCEPTION'],
    ["L'expéditeur nous a livré le colis", 'IN_TRANSIT'],
    ["L'expéditeur ne nous a pas encore remis le colis", 'INFO_RECEIVED'],
    ["Le colis nous a été remis par l'expéditeur", 'IN_TRANSIT'],
    ['Le colis a été livré', 'DELIVERED'],
    ['Le colis vous a été livré', 'DELIVERED'],
    ['O remetente entregou-nos a encomenda', 'IN_TRANSIT'],
    ['O remetente ainda não nos entregou a encomenda', 'INFO_RECEIVED'],
    ['O vendedor não nos enviou a encomenda', 'INFO_RECEIVED'],
    ['A encomenda foi entregue', 'DELIVERED'],
    ['Paketet kommer fram i morgon', 'IN_TRANSIT'],
    ['Paketet kommer fram imorgon', 'IN_TRANSIT'],
    ['รอผ่านพิธีการศุลกากร', 'HELD_BY_CUSTOMS'],
    ['พัสดุกำลังผ่านพิธีการศุลกากร', 'HELD_BY_CUSTOMS'],
    ['อยู่ระหว่างผ่านพิธีการศุลกากร', 'HELD_BY_CUSTOMS'],
    ['รอการผ่านพิธีการศุลกากร', 'HELD_BY_CUSTOMS'],
    ['ผ่านพิธีการศุลกากรแล้ว', 'IN_TRANSIT'],
    ['พัสดุผ่านพิธีการศุลกากรขาเข้าแล้ว', 'IN_TRANSIT'],
  ]);
});
