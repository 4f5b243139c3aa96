import type { UseCaseContext } from './context.js';

/**
 * Call after an editor's change has committed. This instance reloads before the mutation
 * answers, so the caller's very next request sees the change; other instances reload when
 * the notification reaches them.
 */
export async function knowledgeChanged(ctx: UseCaseContext): Promise<void> {
  try {
    await ctx.knowledge.refresh();
  } catch (err) {
    // The change is committed: failing the mutation now would invite a retry that cannot succeed.
    ctx.log.error({ err }, 'reloading knowledge after an editor change failed');
  }
  ctx.pubsub.publish('knowledgeChanged', { origin: ctx.knowledge.instanceId });
}
