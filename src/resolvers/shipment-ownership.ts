import { eq, sql } from 'drizzle-orm';
import type { Identity } from '../auth/roles.js';
import type { Database } from '../db/client.js';
import { shipmentChanges, shipments } from '../db/schema.js';
import { ShipmentOwnedElsewhere } from '../domain/errors.js';
import type { ShipmentRow } from './shipments.js';

type Tx = Parameters<Parameters<Database['db']['transaction']>[0]>[0];

/** Details a carrier may state; a change of any of them is recorded and published. */
export interface ShipmentDetails {
  carrier?: string;
  originCountry?: string;
  destinationCountry?: string;
  postalCode?: string;
}
const TRACKED = ['carrier', 'originCountry', 'destinationCountry', 'postalCode'] as const;

export interface OwnedShipment {
  shipment: ShipmentRow;
  /** Names of the details this call changed on an existing shipment. */
  changed: string[];
}

/**
 * Creates the shipment for the calling carrier key, or locks the existing one and checks that
 * this key created it (an admin may act for anyone). Another key's shipment is refused with
 * ShipmentOwnedElsewhere, inside the caller's transaction, so nothing of the batch is stored.
 */
export async function ownShipment(
  tx: Tx,
  identity: Identity,
  defaults: { trackingNumber: string; carrier: string; originCountry: string | null },
  stated: ShipmentDetails,
  /** The caller has just seen the tracking number taken: lock the row without trying to insert. */
  likelyExists = false,
): Promise<OwnedShipment> {
  const keyId = identity.keyId;
  const lockExisting = async () => {
    const [existing] = await tx
      .select()
      .from(shipments)
      .where(eq(shipments.trackingNumber, defaults.trackingNumber))
      .for('update');
    return existing;
  };
  let existing = likelyExists ? await lockExisting() : undefined;
  if (!existing) {
    const [created] = await tx
      .insert(shipments)
      .values({ ...defaults, ...stated, ownerKeyId: keyId })
      .onConflictDoNothing({ target: shipments.trackingNumber })
      .returning();
    if (created) return { shipment: created, changed: [] };
    existing = await lockExisting();
  }
  const shipment = existing!;
  const owned = shipment.ownerKeyId === null || shipment.ownerKeyId === keyId;
  if (!owned && identity.role !== 'admin')
    throw new ShipmentOwnedElsewhere(defaults.trackingNumber);

  const changed = TRACKED.filter(
    (field) => stated[field] !== undefined && stated[field] !== shipment[field],
  );
  // Shipments from before ownership belong to the first key that writes to them.
  const claim = shipment.ownerKeyId === null && keyId !== null;
  if (changed.length === 0 && !claim) return { shipment, changed };
  const [updated] = await tx
    .update(shipments)
    .set({ ...stated, ...(claim ? { ownerKeyId: keyId } : {}), updatedAt: sql`now()` })
    .where(eq(shipments.id, shipment.id))
    .returning();
  if (changed.length) {
    await tx.insert(shipmentChanges).values(
      changed.map((field) => ({
        shipmentId: shipment.id,
        field,
        oldValue: shipment[field],
        newValue: stated[field] ?? null,
        changedByKeyId: keyId,
      })),
    );
  }
  return { shipment: updated!, changed };
}
