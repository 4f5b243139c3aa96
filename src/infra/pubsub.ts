import { createPubSub, type PubSub } from 'graphql-yoga';

export interface ShipmentUpdatedEvent {
  trackingNumber: string;
}

export interface KnowledgeChangedEvent {
  /** The publishing store's instanceId, so it can skip its own notification. */
  origin: string;
}

export type WismoPubSub = PubSub<{
  shipmentUpdated: [trackingNumber: string, payload: ShipmentUpdatedEvent];
  knowledgeChanged: [payload: KnowledgeChangedEvent];
}>;

export function createWismoPubSub(eventTarget: EventTarget): WismoPubSub {
  // The event target carries events between processes; its typing is looser than Yoga's.
  return createPubSub({ eventTarget: eventTarget as never });
}
