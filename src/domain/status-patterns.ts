/**
 * Multilingual keyword patterns, written against normalizeMessage() output: lower case, no
 * diacritics, punctuation turned into single spaces. Each entry is one regex alternation,
 * grouped by language so a reviewer fluent in one language can check one line.
 * Cyrillic and CJK have no \b support, so their stems are matched as plain substrings.
 */

/** "Not delivered" in every language: never DELIVERED, and evidence of a failed delivery. */
export const NEGATED_DELIVERY = [
  String.raw`\b(not|never|non|un)\s?(yet )?(been |be )?deliver|\bcould ?n[o ]?t\b.{0,12}deliver|\bcan ?not\b.{0,12}deliver|unable to (be )?deliver|deliver(y|ed)? (was |has been )?(not|unsuccessful|failed|impossible)|failed (delivery|to deliver|attempt)|\bunsuccessful\b|undeliver|delivery failure`,
  String.raw`\bnao (foi |pode ser |e possivel )?(entreg|efetuad)|entrega nao|nao entregavel`,
  String.raw`\bno (ha sido |fue |se ha podido |se pudo |pudo ser |puede ser |se puede )?entreg|entrega (no |fallida)|imposible entregar|sin entregar`,
  String.raw`\b(non|pas|jamais) (encore )?(ete |pu etre |pu |etre )?(livre|distribue)|echec de (la )?(livraison|distribution)|impossible de (livrer|distribuer)|livraison (impossible|echouee|non effectuee)`,
  String.raw`\bnicht (erfolgreich )?(zugestellt|zustellbar|ausgeliefert|zugestellt werden)|unzustellbar|zustellung (war )?nicht|konnte nicht`,
  String.raw`\bniet (worden )?(bezorgd|afgeleverd|bezorgen|geleverd)|onbestelbaar|bezorging (is )?(mislukt|niet)|kon niet`,
  String.raw`\bnon (e stat[oa] |puo essere |e possibile )?(consegn|recapit)|mancat[oa] (consegna|recapito)|consegna (non|fallita)|impossibile consegnare`,
  'не (вруч|доставл|удалось)|невозможно вручить|неудачн',
  '未妥投|未签收|投递失败|派送失败|无法投递|未能投递|派件失败|无法派送|签收失败|未送达|待签收',
];

/** Future or expected deliveries are announcements, not completions. */
export const FUTURE_DELIVERY = [
  String.raw`\b(will|to|should|expected to|scheduled to|estimated to|going to) be deliver|\b(expected|estimated|scheduled|planned|anticipated|projected) deliver|deliver(y|ed)? (date|by|window|scheduled|expected|estimate|time|day)|\bdelivery to be\b|\bfor (final |onward )?delivery\b`,
  String.raw`\bser(a|ia)? (entregue|entregad)|previsao de entrega|fecha (estimada|prevista) de entrega|entrega (prevista|estimada)`,
  String.raw`\bsera (livre|distribue)|date de livraison|livraison prevue`,
  String.raw`\bwird (voraussichtlich )?(heute |morgen )?(zugestellt|geliefert)|zustellung (voraussichtlich|geplant|am)|voraussichtlich`,
  String.raw`\b(zal|wordt) (vandaag |morgen )?(worden )?bezorgd|verwacht`,
  String.raw`\bverra (consegnat|recapitat)|consegna prevista`,
  'будет (вруч|доставл)|ожидаем|预计|将于|将被',
];

/** Conditional / future wording around a return ("will be returned if not collected"). */
export const CONDITIONAL_RETURN = [
  String.raw`\b(if|unless|otherwise|before being|prior to)\b|\b(will|to|would) be (returned|sent back)|\b(will|would) return\b`,
  String.raw`\bsi no\b|\bsi n\b|\bsinon\b|\bse (nao|non)\b|\bsera (devuelt|devolvid|retourne|renvoye)|\bpara no ser`,
  String.raw`\bwenn\b|\bfalls\b|\bindien\b|\bals (het |de )?(pakket |zending )?niet|\bverra (restituit|res[oa])|\bsara (restituit|res[oa])`,
  'если|будет возвращ|如果|若未|如未|逾期|将退回|将被退回',
];

/** "Delivered to" a place where the recipient still has to collect (DESIGN rule 3). */
export const PICKUP_POINT_DELIVERY = [
  String.raw`\b(delivered|deposited|dropped( off)?|left|placed) (to |at |in |into )?(the |a |an |your |our )?(local |nearest |designated )?(ups )?(access point|parcel ?shop|pick ?up (point|location|station|store)|collection point|service point|parcel locker|locker|post ?office|postal (facility|counter)|retail (location|counter|store)|packstation|relay point|point relais|partner (shop|store|location))`,
  String.raw`\b(entregad[oa]|depositad[oa]) (en|al|a) (la |el )?(oficina|punto|citypaq|locker|buzon|tienda|agencia)|\bentregue (no|na|em) (o |a )?(locker|ponto|agencia|loja|caixa postal|cacifo)`,
  String.raw`\b(livre|depose|disponible) (en |au |dans (le |la |votre )?|a la )(point|relais|bureau|consigne|locker|pickup)`,
  String.raw`\b(zugestellt|eingelegt|abgegeben|geliefert) (in|an|bei) (die |der |den |einer? |einem )?(packstation|filiale|postfiliale|paketshop|paketbox|paketkasten)`,
  String.raw`\b(bezorgd|afgeleverd) (bij|op|in) (het |een |de )?(afhaalpunt|pakketautomaat|servicepunt|postnl punt|parcelshop|ophaalpunt)`,
  String.raw`\bconsegnat[oa] (presso|al|in|nel|a) (un |il |l |lo )?(punto|ufficio postale|locker|fermopoint|punto poste)`,
  'почтомат|постамат|пункт выдачи|快递柜|自提点|驿站|代收点',
];

/** Recipient actually took the parcel: a completion even at a pickup point. */
export const COLLECTED_BY_RECIPIENT = [
  String.raw`\b(picked up|collected|retrieved|received|signed( for)?|accepted) by (the )?(recipient|addressee|consignee|customer|receiver|individual|client)|\b(individual|customer|recipient|addressee|consignee) (has )?(picked up|collected)|\bpicked up by you\b|(?<!\b(be|not|to) )\b(collected|picked up|retrieved) (from|at) (the |a |your )?(parcel ?locker|locker|post ?office|pick ?up point|parcel ?shop|access point|service point|collection point|counter|packstation|pick ?up location)`,
  String.raw`\b(recogido|retirado|recibido) por (el |la )?(destinatari|cliente)|\b(retirad[oa]|levantad[oa]|recebid[oa]) pel[oa] (destinatari|client)|\bentregue a[o]? destinatari`,
  String.raw`\b(retire|recupere|recu) par (le |la )?(destinataire|client)|\bremis (au destinataire|en main propre)`,
  String.raw`\b(vom|durch den) empfanger (in der filiale |an der packstation |aus der packstation |in der packstation )?(abgeholt|entgegengenommen)|empfanger hat (die sendung )?abgeholt`,
  String.raw`\b(door|bij) (de )?ontvanger (opgehaald|afgehaald)|opgehaald door (de )?ontvanger`,
  String.raw`\britirat[oa] (dal|dalla) (destinatari|client)`,
  'вручено адресату|вручение адресату|получено адресатом|получено получателем|已取件|已自提|本人签收|已提货|他人代收',
];

/** Plain completion words; these are vetoed by negation, future wording and pickup points. */
export const DELIVERED_WORDS = [
  String.raw`\bdelivered\b|\bdelivery (completed|complete|successful|confirmed|made|done)\b|\bfinal delivery\b|\bsigned for\b|\bleft (with|at) (individual|neighbou?r|reception|front door|back door|porch|mailbox|garage)|\bin at mailbox|\bproof of delivery\b`,
  String.raw`\bentregad[oa]s?\b|\bentrega (realizada|efectuada|completada|exitosa|efetuada|conseguida)\b|\bentregue\b`,
  String.raw`\b(livre|livree|distribue|distribuee)\b`,
  String.raw`\bzugestellt\b|\bausgeliefert\b|\bzustellung (erfolgreich|erfolgt)|an den empfanger (ubergeben|ausgehandigt)`,
  String.raw`\bbezorgd\b|\bafgeleverd\b|\bgeleverd\b`,
  String.raw`\bconsegnat[oaie]\b|\bconsegna (effettuata|avvenuta|eseguita)|\brecapitat[oa]\b`,
  String.raw`(^|\s)(вручено|вручен|вручена|доставлено|доставлен|доставлена)(\s|$)|(^|\s)вручение(\s|$)`,
  '已签收|妥投|签收|投递成功|已送达|派送成功|已投递|送达',
];

/** A notice or card was delivered, not the parcel: waiting for pickup (DESIGN rule 2). */
export const NOTICE_DELIVERED = [
  String.raw`\b(notice|notification|card|advice|slip) (card )?(was |has been )?(delivered|left|sent|dropped)|\b(delivered|left) (a |the )?(notice|card|notification)`,
  String.raw`\baviso (de \w+ )?(entregue|entregado|dejado|deixado)|\bavis (de passage )?(depose|livre|laisse)|\bbenachrichtigung(skarte)? (zugestellt|hinterlassen|eingeworfen)|\bavviso (di giacenza )?(consegnato|lasciato|recapitato)|\bkaartje (achtergelaten|bezorgd)`,
  'извещени[ея] (доставлено|вручено|опущено|передано)|(вручение|доставка) извещени|通知单?已(送达|投递|签收)',
];
