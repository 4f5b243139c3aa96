import { describe, expect, it } from 'vitest';
import { ConditionClauses } from '../src/domain/conditional-clauses.js';
import { normalizeMessage } from '../src/domain/text-normalize.js';

const files = [
  { language: 'en', conditions: ['if', 'in case'] },
  { language: 'es', conditions: ['si'] },
  { language: 'zh', conditions: ['如果', '如有'] },
  { language: 'ja', conditions: ['場合'] },
  { language: 'ko', conditions: ['경우'] },
];
const clauses = new ConditionClauses(files);
const every = () => true;
const factual = (raw: string, inPlay: (lang: number) => boolean = every) =>
  clauses.mayHold(normalizeMessage(raw)) ? clauses.factualPart(raw, inPlay) : null;

describe('ConditionClauses.factualPart', () => {
  it('is null for a message without a condition, so it is read as it stands', () => {
    expect(factual('Delivered to the neighbour, thank you')).toBeNull();
  });

  it('drops a condition clause and what would then happen, keeping the facts around them', () => {
    expect(factual('Out for delivery. If you are not at home, it will be left next door')).toBe(
      'Out for delivery',
    );
    expect(factual('Delivered, if you have any questions, call us. Thank you')).toBe(
      'Delivered. Thank you',
    );
    expect(factual('If it could not be delivered, please contact us')).toBe('');
  });

  it('keeps the words before an opening condition in its clause', () => {
    expect(factual('派件中 如有疑问，请联系快递员')).toBe('派件中');
    expect(factual('快件已到达驿站,如有疑问请联系')).toBe('快件已到达驿站');
  });

  it('drops the whole clause a closing condition ends, and the next one', () => {
    expect(factual('配達できない場合、持ち戻ります')).toBe('');
    expect(factual('배송이 불가능한 경우 반송됩니다')).toBe('');
  });

  it('reads a condition with nothing after it as a value or a label, not as a condition', () => {
    expect(factual('Entregado: Sí')).toBeNull();
    expect(factual('수취인이 거절한 경우')).toBeNull();
  });

  it('counts only the conditions of the languages in play', () => {
    expect(factual('Si vous êtes absent, avis de passage', (lang) => lang !== 1)).toBeNull();
    expect(factual('Si no está en casa, le dejaremos un aviso', (lang) => lang === 1)).toBe('');
  });

  it('finds no condition word inside another word', () => {
    expect(factual('Shipment notified, gift wrapped')).toBeNull();
  });
});
