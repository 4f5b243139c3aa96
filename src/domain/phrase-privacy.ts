/**
 * Aliases are public (anyone reads them through trackingStatus.aliases), while a carrier's
 * message may carry a recipient's street, house number, phone or name. These checks warn the
 * editor who turns a queued message into an alias; they cannot prove a phrase is clean.
 */
const ADDRESS_WORDS =
  /\b(street|st\.|road|rd\.|avenue|ave\.|lane|drive|boulevard|blvd|apartment|apt|suite|floor|calle|avenida|plaza|rua|travessa|rue|allée|boulevard|strasse|straße|str\.|weg|platz|gasse|laan|straat|plein|via|viale|piazza|улица|ул\.|дом|路|街|号)(?=$|[\s,.])/iu;
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;

export function phrasePrivacyWarnings(phrase: string): string[] {
  const warnings: string[] = [];
  if (/\d/.test(phrase)) {
    warnings.push(
      'The phrase contains digits (a house number, postal code, phone or date?): aliases are public, so keep only the wording.',
    );
  }
  if (ADDRESS_WORDS.test(phrase)) {
    warnings.push(
      'The phrase looks like it contains an address: aliases are public, so remove places and names.',
    );
  }
  if (EMAIL.test(phrase)) {
    warnings.push('The phrase contains an e-mail address: aliases are public, so remove it.');
  }
  return warnings;
}
