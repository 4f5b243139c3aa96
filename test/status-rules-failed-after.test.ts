import { describe } from 'vitest';
import { readsEach } from './support/normalizer.js';

// Hand-written probes (not corpus rows), session of 2026-12-07 11:23 UTC: a delivery phrase
// followed by its failure ("Übergabe an Empfänger fehlgeschlagen", "Předání adresátovi se
// nezdařilo" read DELIVERED; "Remise au voisin échouée", "Komşuya teslim başarısız" read
// nothing). A failure of an earlier attempt beside a delivery is still a delivery.
describe('a delivery phrase followed by its failure', () => {
  readsEach([
    ['Übergabe an Empfänger fehlgeschlagen', 'EXCEPTION'],
    ['Einwurf in den Briefkasten nicht erfolgreich', 'EXCEPTION'],
    ['Zustellung fehlgeschlagen', 'EXCEPTION'],
    ['Remise au voisin échouée', 'EXCEPTION'],
    ['Livraison à domicile échouée', 'EXCEPTION'],
    ['Bezorging bij buren mislukt', 'EXCEPTION'],
    ['Bezorging bij de buren niet gelukt', 'EXCEPTION'],
    ['Bezorgen niet mogelijk, bij buren bezorgd', 'DELIVERED'],
    ['Entrega na caixa de correio falhou', 'EXCEPTION'],
    ['Entrega ao vizinho sem sucesso', 'EXCEPTION'],
    ['Entrega efetuada após tentativa sem sucesso', 'DELIVERED'],
    ['Leave with neighbour failed', 'EXCEPTION'],
    ['Komşuya teslim başarısız', 'EXCEPTION'],
    ['Komşuya teslim edildi', 'DELIVERED'],
    ['Vručení sousedovi nebylo možné', 'EXCEPTION'],
    ['Předání adresátovi se nezdařilo', 'EXCEPTION'],
    ['Doručeno sousedovi, předchozí pokus se nezdařil', 'DELIVERED'],
  ]);
});
