export const ROLES = ['analytics', 'editor', 'carrier', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Identity {
  /** Null for anonymous callers, who reach only public fields. */
  readonly role: Role | null;
  readonly keyId: number | null;
  readonly keyName: string | null;
}

export const ANONYMOUS: Identity = Object.freeze({ role: null, keyId: null, keyName: null });

/** Admin implies every other role; the others are independent. */
export function hasRole(identity: Identity, required: Role): boolean {
  return identity.role === 'admin' || identity.role === required;
}
