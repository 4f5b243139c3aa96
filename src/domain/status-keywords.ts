import type { TrackingStatus } from './tracking-status.js';

/**
 * Per-status evidence patterns over normalizeMessage() output. `unless` lists wording that
 * makes this particular evidence unreliable (e.g. "received" next to "information").
 */
export interface KeywordRule {
  readonly status: TrackingStatus;
  readonly any: readonly string[];
  readonly unless?: readonly string[];
}

// Words that turn "received"/"accepted"-style evidence into pre-shipment data (INFO_RECEIVED).
const INFO_CONTEXT = [
  String.raw`\b(info|information|informacion|informacoes|informations|informazioni|data|datos|dados|donnees|daten|gegevens|dati|details|label|etiqueta|etiquette|etichetta|manifest|electronic|electronique|elektronisch|edi)\b`,
  String.raw`\bpre ?(postad|regist|advi|alert|admis)|prerregist|preadmis|va bientot|en preparation|en cours de preparation|prevue|aangemeld|待揽收|等待揽收|信息|электронн|информац`,
];

// Pickup wording that refers to the carrier collecting from the sender, not the recipient.
const SENDER_PICKUP = [
  String.raw`\b(awaiting|waiting for|ready for|scheduled|requested) (courier |carrier )?(pick ?up|collection)? ?(by|from) (the )?(carrier|courier|sender|shipper|merchant|seller)|\bpick ?up (request|scheduled|appointment|from sender)|\b(courier|carrier|driver) pick ?up`,
  `(ritiro|retiro|recogida|coleta|abholung|enlevement) (dal|del|do|da|vom|beim|chez l) (mittente|remitente|remetente|absender|expediteur)|待揽收|等待揽收`,
];

const CUSTOMS_DONE = [
  String.raw`\b(cleared|(?<!(pending|awaiting|have it|be|not|yet) )released|clearance( processing)? (is |has been )?(completed?|finished|successful|done|approved)|customs (clearance )?(completed?|finali[sz]ed|passed)|passed customs|(left|out of) customs|(shipment|customs|import) release( import| export)?$|returned from (import |export )?customs|export)\b`,
  String.raw`\b(liberad[oa]|finalizad[oa]|despachad[oa]|dedouane|liberee?|sdoganat[oa]|verzollt|freigegeben|abgeschlossen|vrijgegeven|uitgeklaard|exportacao|exportacion|exportation|esportazione|ausfuhr)\b`,
  'выпущено|выпуск разрешен|оформление завершено|экспорт|清关完成|已清关|放行|清关成功|出口',
];

/** Before the carrier has the parcel: vetoes movement words such as "received" or "揽件". */
export const PRE_SHIPMENT = [
  String.raw`\bpre ?(postad|regist|advi|alert|admis|shipment)|\bprerregist|\bnot yet (received|in our|picked up|handed)|\bhas not (yet )?(received|been received|picked up)|\b(in attesa di|en attente de|awaiting|pendiente de) (presa in carico|prise en charge|acceptance|admision)|\bnoch nicht (eingeliefert|ubergeben|abgeholt|erhalten)|\bnog niet (ontvangen|aangeleverd|opgehaald)|\bpas encore (ete )?(pris en charge|remis)|\baun no (ha sido )?(recibid|admitid)|\bainda nao (foi )?(recebid|postad)`,
  String.raw`\belektronisch (angekundigt|avisiert)|\b(sobald|once|as soon as|zodra|des que|non appena|assim que|tan pronto como) (die sendung|we|wir|the (item|parcel|shipment|package)|het pakket|de zending|le colis|il pacco|o objeto|el envio)? ?(von uns |by us )?(has been |have |is |ist |wurde |was )?(bearbeitet|eingeliefert|ubergeben|processed|received|receive|ontvangen|pris en charge|preso in carico|recebido|recibido)`,
  'еще не (принят|поступил)|ожидает приема|电子信息|等待揽|待揽|尚未揽',
];

export const KEYWORD_RULES: readonly KeywordRule[] = [
  { status: 'IN_TRANSIT', any: CUSTOMS_DONE },
  {
    status: 'RETURNED_TO_SENDER',
    any: [
      String.raw`\breturn(ed|ing)? ((the |your )?(item|package|parcel|shipment|consignment|it) )?(back )?to (the )?(original )?(sender|shipper|origin|merchant|seller)|\bbeing returned|\breturn(ed)? shipment|\breturn in progress|\bsent back|\b(delivered|handed) (back )?to (the )?(original )?sender|\brts\b`,
      String.raw`\bdevuelt[oa]|\bdevolucion|\bdevolvid[oa]|\bdevolucao|\bentregue ao remetente`,
      String.raw`\bretourn?(e|ee)? (a |vers )?(l )?(expediteur|envoyeur)|\brenvoye a l expediteur|\bretour (expediteur|a l|en cours)|\ben retour\b`,
      String.raw`\bruck(sendung|versand|lauf)|\bzuruck an|\ban (den )?absender zuruck|\bretoure\b|\bzuruck(gesendet|geschickt)|\bretour\b|\bgeretourneerd|\bteruggestuurd|\bterug naar (de )?afzender`,
      String.raw`\b(restituit[oa]|res[oa]|rispedit[oa]|restituzione|ritorno|rinviat[oa]) al mittente|\bin restituzione|\bin reso\b`,
      'возвращ|возврат|обратно отправителю|вручено отправителю|вручение отправителю|退回|退件|退运|退还|返回发件人|退货',
    ],
  },
  {
    status: 'WAITING_FOR_PICKUP',
    any: [
      String.raw`\battempt|\bnotice (left|card|of arrival)|\b(first|second|final|last) notice\b|\b(left|leave) (a )?(notice|card|delivery card)|\bcard left|\bcalling card|\bredeliver|\bnotified\b|\bnotification (to|card|left|sent to)|\b(first|second|final|last) notification|\breminder|\bawaiting (collection|pick ?up|withdrawal|recipient)|\bwaiting (for|to be) (collect|collection|pick ?up|withdrawal|the recipient)|\b(available|ready) (for|to) (be )?(collect|collection|pick ?up)|\bto be collected|\b(can|may) (now )?be (collected|picked up|retrieved)|\bcollect (it |your (item|parcel|package) )?(from|at)\b`,
      String.raw`\bheld (at|in) (the )?(local )?(post ?office|postal facility|pick ?up|counter|retail)|\bheld for (pick ?up|collection)|\bhold for pick ?up|\bpick ?up (point|location|station|store)|\bparcel ?shop|\bparcel locker|\baccess point|\bcollection point|\bservice point|\bno (one|body) (home|available|present)|\bnobody (home|available)|\b(customer|recipient|addressee|consignee) (was )?(not available|unavailable|absent|not home|not present|not in)|\bbusiness closed|\b(we )?tried to deliver|\b(courier|driver|postman|carrier|we) (was |were )?(unable|not able) to deliver|\bcontact by telephone|\bif not (collected|picked up|claimed)|\bnot (collected|picked up|claimed) (within|by|before)`,
      String.raw`\bintento de entrega|\bintento entregar|\baviso\b|\bpara (su )?(recogida|retirada)|\bdisponible (para|en|a|al|au|dans|pour) (su |sa |votre |la |le |el )?(recoger|retirar|recogida|retirada|retrait|point|bureau|votre|la |le |oficina|punto|tienda)|\blisto para (recoger|retirar|recogida)|\bpendiente de (recogida|retirada|recoger)|\ben espera de (recogida|retirada|ser recogido)|\ben lista\b|\bausente\b|\bpunto de recogida|\bcitypaq`,
      String.raw`\baguardando (retirada|levantamento|retira)|\bdisponivel (para|no|na|em) (retirada|levantamento|retirar|levantar|locker|cacifo|ponto|agencia|loja|caixa)|\btentativa de entrega|\baviso de (chegada|passagem)|\bcarteiro nao atendido|\bsi no (es |son )?(recogid|retirad)|\bse nao (for )?(retirad|levantad)|\bs il n est pas retire`,
      String.raw`\bavis de passage|\btentative de (livraison|distribution)|\b(destinataire )?absent\b|\bvous attend|\bmis en instance|\ben instance\b|\ba retirer\b|\ben attente de retrait|\bmis a disposition|\bpret a etre retire|\bpoint (relais|retrait|pickup)`,
      String.raw`\babholung\b|\babholbereit|\bzur abholung|\bbenachrichtig|\bzustellversuch|\bnicht angetroffen|\bin (die|der) packstation|\babgeholt werden|\b(wenn|falls) (sie )?nicht abgeholt|\babholen\b`,
      String.raw`\bklaar (om|voor) (op te halen|ophalen|afhalen|opgehaald)|\bligt klaar|\bop te halen\b|\bafhaalpunt|\bophaalpunt|\bbezorgpoging|\bniet thuis|\bkaartje|\bpakketautomaat|\bservicepunt|\bpostnl punt|\bkan (worden )?(opgehaald|afgehaald)|\bniet (wordt )?opgehaald`,
      String.raw`\bgiacenza|\b(disponibile|pronto) (per il |al )?ritiro|\btentativo di (consegna|recapito)|\b(destinatario )?assente\b|\bin attesa di (ritiro|essere ritirat)|\bfermopoint|\bpunto poste|\bda ritirare|\bse non (viene )?ritirat|\britirabile`,
      'ожидает (адресата|получател|вручени|в месте|выдачи|получени)|место вручения|попытка вручения|готово к (выдаче|получению|вручению)|почтомат|постамат|пункт выдачи|извещени|если не (будет )?получ',
      '待取件|待自提|自提|请及时取件|快递柜|驿站|取件码|待领取|等待领取|已通知|通知收件人|代收点|待签收|可以取件|如未取件|逾期未取',
    ],
    unless: SENDER_PICKUP,
  },
  {
    status: 'OUT_FOR_DELIVERY',
    any: [
      String.raw`\bout for (physical )?deliver|\bon (the )?delivery (vehicle|van|truck|route)|\b(vehicle|van|truck|route) for delivery|\bwith (your|our) (delivery )?(courier|driver|postman)\b|\b(will be |being )delivered today|\bwith (the )?(delivery )?(courier|driver|postman|carrier)( for delivery)?$|\bwith (the )?delivery (courier|driver|agent)|\bon ?board for delivery|\bloaded (on|onto) (the )?delivery|\bout with (the )?(courier|driver)|\b(courier|driver) (is )?on (the|its|his|her) way|\barriving today|\bdelivery (is )?in progress|\bon its way to you today|\b(departed|dispatched|sent) for delivery|\bin delivery\b`,
      String.raw`\ben reparto\b|\bsalio (para|a) (entrega|reparto)|\ben (ruta|proceso|curso) de (entrega|reparto)|\brepartidor|\ben distribucion\b|\bsaiu para (entrega|distribuicao)|\bem rota de entrega|\bem distribuicao\b|\bem entrega\b|\bcom o carteiro`,
      String.raw`\ben cours de (livraison|distribution)|\ben livraison\b|\blivreur|\bremis au facteur|\ben tournee|\bavec le (livreur|facteur)`,
      String.raw`\bin zustellung|\bzustellfahrzeug|\bzusteller\b|\bheute zugestellt|\bin auslieferung|\bauf dem weg zu (ihnen|dir)|\bbezorger\b|\bin bezorging|\b(wordt|vandaag) bezorgd|\bmet de bezorger|\bonderweg naar (je|u|jou) toe`,
      String.raw`\bin consegna\b|\bin distribuzione\b|\baffidat[oa] al (corriere|postino) per la consegna|\bcorriere in consegna|\bcon il (corriere|postino)`,
      'передано (почтальону|курьеру|в доставку|на доставку)|курьер (в пути|выехал)|доставляется курьером|выдан[оа]? (курьеру|почтальону|на доставку)',
      '派送中|派件|正在派送|派件中|安排投递|开始派送|正在投递|投递中|配送中|正在配送|出库派送|派送员',
    ],
  },
  {
    status: 'EXCEPTION',
    any: [
      String.raw`\bexception\b|\bdamag|\blost\b|\bdestroyed|\bstolen|\bmissing\b|\b(incorrect|wrong|invalid|bad|insufficient|incomplete|unknown|illegible|inadequate) address|\baddress (is )?(incorrect|unknown|insufficient|incomplete|not found|problem|issue|error|correction)|\bundeliverable|\bunable to (locate|deliver|find)|\bfailed (delivery|to deliver)|\bdelivery failed|\bseized|\bconfiscat|\b(recipient|addressee|consignee|receiver) (unknown|moved|deceased)|\bmoved\b|\bno such (address|number|street)|\bweather|\bnatural disaster|\brefus|\breject|\bunclaimed|\bcancel+(ed|ation)?\b|\bincident\b|\binvestigation|\bproblem\b|\bissue\b`,
      String.raw`\bdireccion (incorrecta|erronea|incompleta|insuficiente|desconocida)|\brehusad|\brechazad|\bextraviad|\bperdid[oa]|\bdanad|\brobad|\broubad|\bfurtad|\bdesconocid|\bdesconhecid|\bincidencia|\bsiniestr|\bno localizad|\bnao localizad|\bfallid|\bse mudo|\bavariad|\bdanificad|\bendereco (incorreto|insuficiente|incompleto|errado|inexistente)|\brecusad|\bapreendid|\bmudou se|\bnao procurado|\bsinistr|\bentrega nao (efetuada|realizada)`,
      String.raw`\badresse (incorrecte|incomplete|erronee|inconnue|insuffisante|unvollstandig|falsch|unbekannt|fehlerhaft)|\brefuse|\bendommag|\bperdu\b|\bvole\b|\bincident|\banomalie|\bdestinataire inconnu|\bavarie|\bn habite pas|\badressfehler|\bverweigert|\bbeschadigt|\bverloren|\bverlust|\bgestohlen|\bempfanger unbekannt|\bunbekannt verzogen|\bstorung`,
      String.raw`\badres (onvolledig|onjuist|onbekend|fout|incorrect)|\bgeweigerd|\bbeschadigd|\bvermist|\bkwijt|\bgestolen|\bprobleem|\bonbestelbaar|\bindirizzo (errato|insufficiente|inesatto|incompleto|sconosciuto)|\brifiutat|\bdanneggiat|\bsmarrit|\brubat|\bsconosciut|\banomalia|\bdisguido|\birreperibil`,
      'неверный адрес|адресат не найден|отказ|поврежд|утерян|утрачен|задержк|неудачн|похищен|адрес не существует|неполный адрес|地址错误|地址不详|拒收|损坏|破损|丢失|遗失|延误|异常|问题件|投递失败|派送失败|无法投递|查无此人|被盗',
    ],
  },
  {
    // Delays are exceptions unless the delay is customs clearance (DESIGN rule 4).
    status: 'EXCEPTION',
    any: [
      String.raw`\bon hold\b|\bdelay|\bretrasad|\bretraso|\batras[oa]d?|\bretard|\bverzog|\bvertraging|\bvertraagd|\britard`,
    ],
    unless: [`custom|clearance|aduan|alfandeg|douane|dedouan|zoll|dogan|тамож|海关|清关`],
  },
  {
    status: 'HELD_BY_CUSTOMS',
    any: [
      String.raw`\bcustoms?\b|\bclearance|\b(pending|awaiting) release\b|\bgovernment agency|\bduties|\bduty\b|\bimport (tax|vat|fee|charges|duty|hold)|\bheld by (the )?destination|\bheld (at|in|by) (the )?(inward|import|destination)|\bbrokerage|\btaxes (due|owed|payable)|\bpay(ment)? (of )?(the )?(duties|taxes|import)`,
      String.raw`\baduan|\balfandeg|\bdesalfandeg|\breceita federal|\bdespacho postal|\btributad|\btributo|\baguardando pagamento|\bpagamento pendente|\baranceles|\bimpuestos`,
      String.raw`\bdouane|\bdedouanement|\bdroits et taxes|\bzoll|\bverzollung|\beinfuhrabgaben|\bdouane|\binvoerrechten|\bdogan|\bsdoganament|\bdazi\b`,
      'тамож|пошлин|海关|清关|关税|缴税|查验|待缴税',
    ],
    unless: CUSTOMS_DONE,
  },
  {
    status: 'ARRIVED_AT_DESTINATION',
    any: [
      String.raw`\b(arrived|arrival|arrives|arriving|landed|reached) (at |in |into |to )?(the )?(destination|receiving|recipient s) ?(country|hub|airport|facility|region|office)?\b|\b(arrived|arrival) (at|in) (the )?inward office of exchange|\binbound into|\b(arrived|arrival) (in|at) (the )?(country|country of destination)\b|\b(arrived|arrival|arrives) (at|in) (the )?(local |destination |delivering )?(delivery (facility|depot|office|station|centre|center|unit|hub|base))|\bat (the )?(local|destination|parcel delivery) (\w+ )?(facility|depot|hub|station|centre|center)\b|\bdestination scan|\b(arrived|arrival) in (russia|brazil|brasil|spain|portugal|france|germany|the netherlands|netherlands|italy|belgium|the uk|united kingdom|the usa|usa|the us|united states|canada|australia|mexico|chile|colombia|argentina|peru|ukraine|israel|poland|sweden|switzerland|austria|ireland|new zealand)\b`,
      String.raw`\b(llegada|llegado|llego|arribo|ha llegado) (a|al|en) (el )?(pais de destino|destino|espana|mexico|chile|colombia|argentina|peru)\b|\ben el pais de destino|\b(chegada|chegou) (ao|no|a) (pais de destino|brasil|portugal|destino)|\bobjeto recebido (no brasil|pelos correios do brasil|em portugal)|\brecebido no pais de destino`,
      String.raw`\barrivee? (sur|a|au|dans) (son |le |votre |notre )?(site|centre|bureau|agence) (de distribution|distributeur)|\bziel ?paketzentrum|\bzustellbasis|\barrivee? (dans le pays|en france|en belgique|au pays|a destination)|\barrivee dans le pays|\bim zielland|\bzielland (eingetroffen|angekommen|erreicht)|\bzielgebiet eingetroffen|\bin deutschland (angekommen|eingetroffen)|\bankunft (im|in) (zielland|deutschland)`,
      String.raw`\b(aangekomen|aankomst) in (het )?(land van bestemming|bestemmingsland|nederland|belgie)|\b(arrivat[oa]|arrivo) (nel paese di destinazione|in italia|a destinazione|nel paese del destinatario)`,
      'прибыло (на территорию|в страну назначения|в россию|в рф|в беларусь|в казахстан)|(到达|抵达|已到达|已抵达)(目的|寄达)',
    ],
  },
  {
    status: 'IN_TRANSIT',
    any: [
      String.raw`\btransit|\bintransit|\b(pick ?up|origin|arrival|departure|export|import|hub|sort(ing)?|transit|location) scan\b|\breached\b|\bcollected from (the )?(sender|shipper|merchant|seller|retailer)|\bleft (\w+ )?(origin|facility|hub|depot|sort|terminal|warehouse|airport)|\bdepart|\barriv|\bprocessed|\bprocessing|\bsort|\bdispatch|\baccepted at|\bacceptance|\bpicked up|\bhand(ed)? ?over|\bairline|\bflight|\bexport|\ben ?route|\bon (its|the) way|\bforwarded|\btransferred|\bline ?haul|\bleft (the|from)|\bloaded|\bposted|\bposting|\b(carrier|shipment|status) update|\bmoving through|\bin progress|\bcleared|\breleased|\b(is|zijn) ingeklaard`,
      String.raw`\btransito|\bsalida|\bsalio|\bllegada|\bllego|\bclasificad|\bclasificacion|\bdespachad|\ben camino|\ben ruta|\bencaminhad|\bexpedid|\btratamiento|\bcentro logistico|\boficina de cambio|\bprocesad|\bsaiu da|\bsaida|\bchegada|\bchegou|\bem processamento|\bunidade de (tratamento|distribuicao)|\btransferencia|\bliberad`,
      String.raw`\bachemin|\btrie\b|\bexpedie|\bquitte|\bcentre de tri|\bplateforme|\ben cours de traitement|\btraite\b|\bbearbeitet|\bunterwegs|\btransport|\babgeholt|\bverladen|\bsortier|\bpaketzentrum|\bverlassen|\babgangsland|\bweitergeleitet|\bauf dem weg\b|\bangekommen|\bumgeschlagen`,
      String.raw`\bonderweg|\bgesorteerd|\bsorteer|\bverwerkt|\bvertrokken|\bverzonden|\baangekomen|\bovergedragen|\bdoorgestuurd|\bopgehaald|\bin transito|\blavorazione|\bsmistament|\bpartit[oa]|\barrivat[oa]|\bin viaggio|\bspedit[oa]|\binoltrat|\bin partenza|\bcentro operativo|\bin arrivo|\bsdoganat`,
      'в пути|покинул|прибыл|сортиров|обработк|отправлено (в|из|на)|(^|s)отправлено($|s)|передано (в|на|перевозчику)|экспорт|выпущено|импорт|погружено|运输|发出|离开|到达|揽收|揽件|分拣|航班|转运|中转|航空|已交|收寄|交航|中心|已接收|在途|已出库|装车|发往|干线',
    ],
  },
  {
    // Generic receipt/acceptance words: shipment movement unless they talk about data.
    status: 'IN_TRANSIT',
    any: [
      String.raw`\breceived (at|by|in|into|from)\b|\b(item|shipment|parcel|package|consignment) (was |has been )?received|\baccepted\b|\bwe ve got it|\brecibid[oa]|\brecogid[oa]|\badmitid[oa]|\brecebid[oa]|\bpostad[oa]|\baceite\b|\bpris en charge|\bprise en charge|\bconfie|\beingeliefert|\bubergeben|\bontvangen|\bpresa in carico|\bpreso in carico|\bricevut|\baccettat|принят|прием|已收寄|已揽收`,
    ],
    unless: INFO_CONTEXT,
  },
  {
    status: 'INFO_RECEIVED',
    any: [
      String.raw`\b(info|information|data|details|instructions|manifest|order|edi|electronic)\b.{0,30}\b(received|uploaded|submitted|sent|transmitted|created|printed|generated|provided)\b|\blabel (created|printed|generated)|\b(created|printed|generated) (a |the )?(shipping )?label|\bpre ?shipment|\bpre ?advi|\bpre ?alert|\bpre ?regist|\bshipment (created|registered|booked)|\bawaiting (item|shipment|parcel|package|receipt)|\b(sender|shipper|seller|merchant) (is )?(preparing|has prepared|prepared|created)|\bpreparing (the |your )?(item|shipment|parcel|package|order)|\border (received|placed|confirmed|processed)|\b(sender|shipper|seller|merchant|retailer) (is )?(despatching|dispatching|shipping|sending) (it |your (item|parcel|package) )?soon|\b(told|informed) by (the |your )?(retailer|sender|seller|merchant|shipper)|\b(retailer|sender|seller|merchant|shipper) (has )?(told|informed) us|\bready (for|to) (dispatch|ship|be shipped)|\bnot yet (received|handed|in our|picked up)|\b(pick ?up|collection) (requested|scheduled|booked)|\bawaiting (courier|carrier) (pick ?up|collection)|\bawaiting pick ?up by (the )?(carrier|courier)`,
      String.raw`\bprerregist|\bpre ?admis|\b(datos|informacion) .{0,30}recibid|\betiqueta (creada|generada|impresa|emitida|criada|gerada)|\bpendiente de admision|\benvio (registrado|creado|generado|registad)|\ben preparacion|\bpreparando (el )?envio|\bpedido (recibido|creado)|\bel remitente (ha )?(generado|preparado|creado)|\bpre ?postad|\baguardando postagem|\binformacoes .{0,30}recebid|\bregistad[oa] pelo remetente|\baceito para postagem|\bem preparacao|\bdados (recebidos|enviados)`,
      String.raw`\ben (cours de )?preparation|\bva bientot nous etre confie|\b(informations|donnees) .{0,30}(recues|transmises)|\betiquette (creee|imprimee|editee)|\bannonce|\bl expediteur (a )?(prepare|cree)|\bprise en charge prevue|\battente de (prise en charge|depot)|\bpas encore (ete )?(pris en charge|remis)`,
      String.raw`\b(auftragsdaten|sendungsdaten|daten) .{0,80}(ubermittelt|empfangen|erhalten)|\belektronisch (angekundigt|ubermittelt)|\bangekundigt|\bversandlabel|\blabel erstellt|\bnoch nicht (eingeliefert|ubergeben|abgeholt)|\bwird vorbereitet|\bvorangemeldet|\baangemeld|\bvoorgemeld|\bverzendlabel|\blabel (aangemaakt|gemaakt)|\bgegevens .{0,30}ontvangen|\bnog niet (ontvangen|aangeleverd|opgehaald)`,
      String.raw`\bspedizione (registrata|creata)|\b(dati|informazioni) .{0,30}ricevut|\betichetta (creata|stampata|generata)|\bin attesa di (consegna|affidamento) da parte del mittente|\bpreavviso|\bin preparazione|\bil mittente (sta preparando|ha preparato|ha creato)|\bin attesa di ritiro dal mittente|\bordine (ricevuto|creato)`,
      'присвоен (трек|идентификатор|номер)|(информац|данные|электронн).{0,30}(получен|поступил|передан)|зарегистрирован|регистрац|ожидает (передачи|приема|поступления)|готовится к отправке|已下单|电子信息|订单已创建|订单已生成|等待揽收|待揽收|信息已上传|已上传|已录入|预报|商家已发货|待发货|已接单|面单|已打包',
    ],
  },
];

/** Messages that are about the tracking system itself: never a parcel status. */
export const SYSTEM_NOISE = [
  String.raw`\binternal (exception|error)|\bsystem (error|exception)|\b(exception|error) occurred|\bplease (provide|enter|input|check|try)|\btry again|\btracking (number|no) (is )?(invalid|not found|incorrect)|\binvalid tracking|\bno (pin )?history|\bno (tracking )?(information|info|data|records?) (available|found)`,
];

// Service labels: the whole message names a product, not an event (DESIGN rule 5).
export const SERVICE_LABEL = [
  `^(saturday|sunday|residential|commercial|home|express|standard|priority|economy|next day|same day|scheduled|adult|direct|evening|premium|international|ground|expedited|tracked|registered|certified|insured|signature|cash on|door to door)( (delivery|service|signature|mail|post|shipping|parcel|confirmation|required|requested|option|only|restricted)){0,3}$|^(delivery|signature) (required|confirmation|option|requested)$`,
];
