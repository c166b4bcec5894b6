// Spanish safety lexicon (es-ES, es-MX, es-US and any other Spanish). Words and
// short patterns for the concepts in types.ts, concept by concept as en.ts;
// the pairing rules live in src/flow/safety/ and read concept ids only.
// Sources for the words: ../shared/clinical/triage.md ("Everyday words for red
// flags"), in the words people use in Spain, Mexico and the US: "se me ha
// dormido el culo", "tengo hormigueo ahí abajo", "me hice pipí encima", "se me
// doblan las piernas", "me di un sentón", "tengo calentura".
//
// ACCENTS ARE FOLDED: every pattern is written without accents and with ñ as n
// ("caí" -> "cai", "baño" -> "bano", "sí" -> "si"), because Alexa and
// Dialogflow write accents and people typing in the terminal often do not.
// The normaliser must fold the same way (NFD, drop combining marks) BEFORE it
// drops characters outside a-z: today text.ts turns "está" into "est" (see
// the report). Folding merges "año" into "ano", so "ano" (anus) is left out
// of the saddle words on purpose: "desde hace un año tengo hormigueo" must not
// read as a numb anus. "Él" folds into the article "el", so it is not an
// other-person word either.
//
// Spanish has no apostrophe contractions; "del" and "al" stay as they are and
// the patterns use them. The contractions map holds chat and speech
// shortcuts ("q", "xq", "toy", "nomas") and common misspellings.
import type { SafetyLexicon } from './types';

/** "No puedo", "no consigo": the negation that is part of a sign (a span of its own). */
const NOT_CAN = 'no puedo|consigo|logro';
// "Por la pierna" names the leg and says the pain travels: the same words are in both concepts.
const DOWN_ONE_LEG = [
  'por la|mi|una pierna', 'pierna abajo', 'por detras|atras de la|mi pierna', 'por detras|atras del muslo',
  'hasta el|mi pie|tobillo|gemelo|talon', 'hasta la|mi rodilla|pantorrilla|planta', 'hasta los dedos del pie',
  'a la|mi pierna|pantorrilla|rodilla', 'al pie|gemelo|tobillo|talon', 'por el|mi muslo|gemelo', 'por la|mi pantorrilla',
];
const DOWN_BOTH_LEGS = [
  'por las|mis|las dos|ambas piernas', 'por las dos', 'hasta los|mis|los dos|ambos pies', 'a las|mis|las dos|ambas piernas', 'a los|mis pies',
];
const BATHROOM = 'bano|servicio|aseo|lavabo|wc|sanitario';

export const SPANISH_LEXICON: SafetyLexicon = {
  // 'es' joins TextLanguage when the lead wires the Spanish lexicon (src/flow/events.ts).
  language: 'es',
  foldAccents: true,
  suffixes: [["pa'", 'para'], ["p'", 'para']],
  contractions: {
    q: 'que', k: 'que', xq: 'porque', pq: 'porque', porq: 'porque', tb: 'tambien', tmb: 'tambien', pa: 'para',
    pos: 'pues', pus: 'pues', toy: 'estoy', tas: 'estas', ta: 'esta', nomas: 'nada mas', namas: 'nada mas',
    nel: 'no', nop: 'no', nope: 'no', nones: 'no', sip: 'si', sep: 'si', simon: 'si', sii: 'si',
    okey: 'ok', okay: 'ok', oki: 'ok', okis: 'ok', wey: 'guey', guey: 'guey',
    hormigeo: 'hormigueo', ormigueo: 'hormigueo', hormiguitas: 'hormigueo', hormigueando: 'hormigueo',
    entumido: 'entumecido', entumida: 'entumecida', entumidos: 'entumecidos', entumidas: 'entumecidas',
    dormidita: 'dormida', dormidito: 'dormido', 
    tropeze: 'tropece', tropese: 'tropece',
  },
  fillers: [
    'eh', 'ehm', 'em', 'mm', 'mmm', 'ah', 'oh', 'uf', 'uff', 'uy', 'ay', 'este', 'pues', 'bueno', 'bueno pues', 'a ver', 'mira', 'oye',
    'oiga', 'o sea', 'es que', 'la verdad', 'la verdad es que', 'sinceramente', 'honestamente', 'en realidad', 'vamos',
    'digamos', 'tipo', 'como', 'entonces', 'y', 'pero', 'alexa', 'hip coach', 'coach', 'entrenador', 'gracias',
    'perdon', 'perdona', 'disculpa', 'hombre', 'tio', 'tia', 'guey', 'fijate', 'dejame pensar', 'dejame ver',
    'a ver dejame pensar', 'pues mira', 'vale', 'ok', 'bien', 'con sinceridad', 'para ser sincero|sincera',
  ],
  // No clitics and no verbs here: Spanish drops the subject, so "no tengo fiebre", "no me he caído" are
  // negations, not an interjection "no" before a new clause. "Y" ends a negation's scope instead (boundary).
  clauseStarters: ['yo', 'mi', 'mis', 'el', 'la', 'los', 'las', 'esto', 'eso', 'ahora', 'tambien', 'ademas', 'ya', 'si', 'luego', 'ambas', 'ambos'],
  joiners: ['o', 'u', ',', 'porque', 'pues', 'cuando', 'mientras', 'despues', 'que'],
  bodyWords: [
    'vejiga', 'intestino', 'pierna', 'piernas', 'pie', 'pies', 'rodilla', 'rodillas', 'espalda', 'cadera', 'caderas',
    'tobillo', 'cuerpo', 'trasero', 'culo', 'pompas', 'nalgas',
  ],
  determiners: ['el', 'la', 'los', 'las', 'un', 'una', 'mi', 'mis', 'tu', 'su', 'este', 'esta', 'ese', 'esa'],
  interjections: ['no'],
  concepts: {
    areaSaddle: [
      'ingle', 'ingles', 'la ingle', 'entrepierna', 'genitales', 'zona genital', 'zona intima', 'partes intimas',
      'mis partes', 'ahi abajo', 'alla abajo', 'aqui abajo', 'entre las piernas', 'nalgas', 'nalga', 'las nalgas',
      'culo', 'el culo', 'trasero', 'el trasero', 'pompas', 'las pompas', 'pompis', 'sentaderas', 'posaderas', 'cachas',
      'parte interna|interior (de los muslos|del muslo)', 'cara interna (de los muslos|del muslo)', 'el interior de los muslos',
      'muslos por dentro', 'perine', 'perineo', 'zona del perine|perineo', 'silla de montar', 'zona de la silla de montar',
      'vagina', 'vulva', 'pene', 'testiculos', 'escroto', 'donde me siento', 'la zona donde me siento', 'los bajos',
      'la zona de abajo', 'zona del trasero|culo',
    ],
    areaGlutes: ['gluteo', 'gluteos', 'los gluteos', 'gluteo medio', 'musculos del trasero|culo|gluteo', 'musculo del gluteo'],
    areaBack: [
      'espalda', 'zona lumbar', 'lumbar', 'lumbares', 'parte baja de la espalda', 'espalda baja', 'baja espalda', 'columna',
      'coxis', 'rabadilla', 'sacro', 'cadera', 'caderas', 'isquiones',
    ],
    areaLegOne: [
      'pierna', 'pierna izquierda|derecha', 'una pierna', 'una de las|mis piernas', 'pie', 'pie izquierdo|derecho',
      'pantorrilla', 'gemelo', 'chamorro', 'rodilla', 'espinilla', 'tobillo', 'dedos del pie', 'dedo del pie', 'muslo',
      'muslo izquierdo|derecho', 'isquiotibial', 'talon', 'planta del pie', 'la planta del pie', ...DOWN_ONE_LEG,
    ],
    areaLegsBoth: [
      'piernas', 'las piernas', 'las dos piernas', 'ambas piernas', 'pies', 'los dos pies', 'ambos pies', 'pantorrillas',
      'gemelos', 'chamorros', 'rodillas', 'muslos', 'tobillos', 'de cintura para abajo', 'de la cintura para abajo',
      'la parte de abajo del cuerpo', 'los dos lados', 'ambos lados', 'plantas de los pies', 'izquierda y derecha',
      ...DOWN_BOTH_LEGS,
    ],
    areaBoth: ['las dos', 'los dos', 'ambas', 'ambos', 'a los dos lados', 'en los dos lados', 'de los dos lados', 'en ambos lados'],
    areaChest: ['pecho', 'el pecho', 'esternon', 'costillas', 'torax', 'corazon'],
    areaOther: [
      'brazo', 'brazos', 'mano', 'manos', 'dedos de la mano', 'dedos', 'muneca', 'munecas', 'codo', 'hombro', 'hombros',
      'cuello', 'abdomen', 'abdominales', 'core', 'barriga', 'estomago', 'panza', 'tripa', 'cuadriceps', 'flexores',
      'flexores de cadera', 'isquiotibiales', 'oblicuos', 'cara', 'cabeza',
    ],
    numb: [
      'entumecido|entumecida|entumecidos|entumecidas', 'entumecimiento', 'entumecer', 'adormecido|adormecida|adormecidos|adormecidas',
      'adormecimiento', 'adormecerse', 'acorchado|acorchada|acorchados|acorchadas', 'acorchamiento', 'hormigueo', 'hormigueos',
      'hormiguea', 'hormiguean', 'cosquilleo', 'cosquilleos', 'sin sensibilidad', 'sin sensacion', 'perdida de sensibilidad',
      'perdi la sensibilidad', 'he perdido la sensibilidad', 'perdido sensibilidad', 'no tengo sensibilidad', 'poca sensibilidad',
      'menos sensibilidad', 'sensibilidad reducida', 'insensible', 'insensibles', 'como muerta|muerto', 'agujas', 'alfileres',
      'agujitas', 'piquetes', 'piquetitos', 'sin tacto', 'no tengo tacto', 'no noto el tacto', 'corcho', 'como de corcho',
    ],
    asleep: [
      'dormido|dormida|dormidos|dormidas', 'se me durmio|durmieron|duerme|duermen', 'se me ha|han dormido',
      'se me quedo|quedaron dormido|dormida|dormidos|dormidas', 'como dormido|dormida', 'medio dormido|dormida|dormidas|dormidos',
    ],
    cantFeel: [
      'no siento', 'no noto', `${NOT_CAN} sentir|notar`, 'casi no siento|noto', 'apenas siento|noto', 'ya no siento|noto',
      'no siento nada', 'no noto nada', 'no me siento el|la|los|las', 'no siento ni', 'no tengo sensacion en',
    ],
    exerciseFeel: [
      'trabajando', 'trabajar', 'trabaja', 'trabajan', 'activando', 'activado', 'activados', 'activarse', 'se activa|activan',
      'no se activa|activan', 'apretando', 'aprieto', 'contrayendo', 'contraer', 'no lo siento|noto', 'no la siento|noto',
      'no los siento|noto', 'no siento|noto el estiramiento|ejercicio|musculo|trabajo|movimiento',
      'no siento|noto que (trabaje|trabajen|se active|se activen)', 'no noto nada en los gluteos', 'lo noto', 'lo siento trabajar',
      'noto el estiramiento', 'siento el estiramiento', 'noto como trabaja|trabajan', 'siento como trabaja|trabajan',
      'no siento la quemazon', 'noto la quemazon',
    ],
    oddFeeling: [
      'raro|rara|raros|raras', 'extrano|extrana|extranos|extranas', 'noto algo raro|extrano', 'una sensacion rara|extrana',
      'muerto|muerta|muertos|muertas', 'no la|lo siento normal', 'no esta bien', 'no estan bien', 'como ajeno|ajena',
    ],
    weak: [
      'debil', 'debiles', 'debilidad', 'sin fuerza|fuerzas', 'no tengo fuerza|fuerzas', 'perdi fuerza', 'he perdido fuerza',
      'flojo|floja|flojos|flojas', 'flojera en', 'no me responde|responden', 'no me sostiene|sostienen', `${NOT_CAN} mover`,
      'no se mueve|mueven', 'no me aguanta|aguantan', 'no me obedece|obedecen',
    ],
    weakWorse: [
      'se me doblan|doblo|doblaron|dobla las|la piernas|pierna|rodillas|rodilla', 'se me doblan|doblo|doblaron|dobla', 'se me estan doblando|fallando|yendo las|la piernas|pierna|rodillas|rodilla',
      'las|mis piernas|rodillas me estan fallando|cediendo',
      'se me van|fueron|iban|va|fue las|la piernas|pierna|rodillas|rodilla', 'me fallan|fallaron|falla|fallo las|la piernas|pierna|rodillas|rodilla',
      'las|mis piernas me fallan|fallaron|ceden|cedieron', 'la|mi pierna me falla|fallo|cede|cedio', 'ceden las|mis piernas',
      'se me aflojan las piernas|rodillas', 'cada vez mas debil|debiles|flojas|flojo|floja', 'mas debil|debiles que antes',
      'se estan debilitando', 'se esta debilitando', 'arrastro|arrastrando el|la pie|pierna', 'arrastra el pie',
      `${NOT_CAN} levantar (el pie|la punta del pie|la pierna|los pies)`, 'se me cae el pie', 'tropiezo con mi|el propio? pie|pies',
      'me caigo a cada rato', 'me caigo todo el rato|tiempo', 'me caigo mucho', 'se me doblan las rodillas',
    ],
    walkTrouble: [
      `${NOT_CAN} caminar|andar`, 'no puedo ni caminar|andar', 'casi no puedo caminar|andar', 'apenas puedo caminar|andar',
      'me cuesta caminar|andar', 'me cuesta mucho caminar|andar', 'dificultad para caminar|andar', 'problemas para caminar|andar',
      'no puedo ponerme de pie', 'no puedo estar de pie', 'no me puedo parar', 'no puedo pararme', 'no me puedo levantar',
      'no puedo levantarme', 'no me puedo poner de pie', 'no puedo levantarme del suelo', 'no me puedo levantar del suelo',
      'no puedo apoyar la|el|las pierna|pie|piernas|pies', 'no puedo dar (un paso|ni un paso)', 'no puedo mantenerme en pie',
      'no me sostengo en pie', 'no me tengo en pie', 'caminar me cuesta', 'camino con mucha dificultad',
    ],
    fatigue: [
      'cansado|cansada|cansados|cansadas', 'cansancio', 'agotado|agotada|agotados|agotadas', 'reventado|reventada|reventados|reventadas',
      'estoy muerto|muerta', 'muerto|muerta de cansancio', 'pesado|pesada|pesados|pesadas', 'pesadez', 'temblando', 'tiemblan',
      'tiembla', 'tembleque', 'quema', 'queman', 'quemazon', 'ardor', 'arde', 'arden', 'ardiendo', 'me arde|arden', 'fuego',
      'en llamas', 'como gelatina', 'de gelatina', 'como un flan', 'de trapo', 'sudando', 'sudado', 'sudada', 'calor',
      'tenso|tensa|tensos|tensas', 'tension', 'rigido|rigida|rigidos|rigidas', 'rigidez', 'tirante|tirantes', 'tirantez',
      'me tira|tiran', 'estirado|estirada', 'cargado|cargada|cargados|cargadas', 'molido|molida|molidos|molidas',
      'hecho|hecha polvo', 'rendido|rendida', 'no puedo mas', 'sin energia', 'fundido|fundida', 'baldado|baldada',
    ],
    chestSensation: [
      'opresion', 'oprimido', 'presion', 'tension', 'apretado|apretada', 'tirantez', 'pesadez', 'peso', 'dolor', 'dolores', 'duele',
      'me duele', 'aprieta', 'me aprieta', 'punzada', 'molestia', 'oprime', 'me oprime', 'como si me apretaran',
    ],
    breathRed: [
      `${NOT_CAN} respirar`, 'me cuesta respirar', 'me cuesta mucho respirar', 'dificultad para respirar', 'me ahogo',
      'me estoy ahogando', 'no me entra (aire|el aire)', 'casi no puedo respirar', 'no puedo tomar aire', 'no consigo coger aire',
    ],
    breathMaybe: [
      'me falta el aire', 'falta de aire', 'me falta la respiracion', 'no recupero el aliento|aire', 'respiro mal',
      'me silba el pecho', 'sibilancias', 'me cuesta recuperar el aire',
    ],
    breathHarmless: [
      'sin aire', 'sin aliento', 'me quede sin aire|aliento', 'me quedo sin aire|aliento', 'jadeando', 'resoplando',
      'respirando fuerte|rapido', 'agitado|agitada', 'con la respiracion agitada', 'me falta fondo',
    ],
    heartRed: ['infarto', 'un infarto', 'ataque al corazon', 'ataque cardiaco', 'me duele el corazon'],
    bladderRed: [
      '(me hice|me he hecho|me acabo de hacer) pis|pipi|caca|popo encima?', '(me hice|me he hecho) encima', 'me hice (en los pantalones|en los calzones|en la ropa)',
      '(hice|hecho|hacer) pis|pipi sin darme cuenta',
      '(me orine|me he orinado|me mee|me he meado) encima', 'me orine|mee en la cama', 'moje (los pantalones|la cama|la ropa)',
      'he mojado (los pantalones|la cama)', '(se me escapo|se me escapa|se me escapan|se me ha escapado|se me han escapado) el|la|las|los? pis|pipi|orina|heces|caca|popo',
      'se me sale la|el orina|pis|pipi', '(se me escapo|se me escapa|se me ha escapado) (un poco|un poquito|algo) de? pis|pipi|orina|caca|popo', 'perdidas de orina', 'perdida de orina', 'escapes de orina', 'incontinencia',
      'no controlo la|el|los vejiga|intestino|esfinteres|orina|pis|pipi',
      `(no puedo|no consigo|no soy capaz de) controlar (la vejiga|el intestino|los esfinteres|la orina|el pis|la pipi|el pipi)`,
      '(perdi|he perdido) el control (de la vejiga|de la orina|del intestino|del pis|de los esfinteres)', 'control de esfinteres', 'control de la vejiga', 'perdi el control',
      'he perdido el control', `${NOT_CAN} (orinar|mear|hacer pis|hacer pipi|hacer del bano|evacuar|hacer caca)`,
      'me cuesta mucho? (orinar|hacer pis|hacer pipi)', 'dificultad para orinar', 'problemas para orinar', 'no he orinado|meado',
      'no he hecho pis|pipi', 'no orino', `${NOT_CAN} vaciar la vejiga`, 'no noto|siento cuando tengo ganas',
      'no noto|siento las ganas de (orinar|ir al bano|hacer pis|hacer pipi)', `no llegue|llego (al|a tiempo al) ${BATHROOM}`,
      `no noto|siento cuando (tengo que ir al|necesito ir al) ${BATHROOM}`,
      'no aguanto (el pis|el pipi|la pipi|la orina|las ganas)', `${NOT_CAN} aguantar (el pis|el pipi|la pipi|la orina|las ganas)`,
      'no puedo aguantarme', 'no me aguanto las ganas', 'no sale nada', 'no me sale (la orina|el pis|el pipi|nada)',
      'me hago pis|pipi encima', 'me orino solo|sola', 'un accidentito', 'tuve un escape', 'me hice del bano',
      '(la vejiga|el intestino) (no funciona|no va bien|esta rara|esta raro|hace cosas raras)', 'no noto cuando hago pis|pipi',
    ],
    bladderMaybe: ['se me escapa|escapan|escapo', 'perdidas', 'goteo', 'gotea', 'gotitas', 'vejiga', 'intestino', 'esfinteres', 'me moje'],
    bladderHarmless: [
      `tengo que ir al ${BATHROOM}`, `necesito ir al ${BATHROOM}`, `voy al ${BATHROOM}`, `ir al ${BATHROOM}`,
      'tengo ganas de (hacer pis|hacer pipi|orinar)', 'me estoy (meando|haciendo pis|haciendo pipi)', 'pausa para el bano',
      'sin querer', 'por accidente', 'de casualidad', 'ningun accidente',
    ],
    fall: [
      'me cai', 'me he caido', 'me caido', 'cai', 'caido', 'me cai al suelo', 'me caigo', '(tuve|he tenido|sufri) una caida', 'me acabo de caer', '(me acabo de resbalar|resbalar|me resbale|resbale) y (caer|me cai|cai)',
      'una caida', 'la caida', 'caidas', 'una mala caida', 'caida fuerte', 'me di un buen? porrazo|trancazo|costalazo|madrazo|batacazo|castanazo|lenazo|sopapo|guamazo|senton',
      'me di un buen golpe al caer', 'cai (de espaldas|de culo|de nalgas|sentado|sentada)', 'me cai de la|una bici|moto|escalera|silla|cama',
      'me cai del caballo', 'me cai por las escaleras', 'rode por las escaleras', 'me resbale y me cai', 'resbale y cai',
      'me tropece y me cai', 'tropece y cai', 'me atropello|atropellaron', 'me atropello un coche|carro|auto|camion|autobus',
      'me pego|golpeo|arrollo un coche|carro|auto|camion', 'choque', 'un choque', 'tuve un choque', 'choque con el coche|carro',
      'me chocaron', 'me chocaron por detras|atras', 'accidente', 'un accidente', 'tuve un accidente',
      'accidente de coche|carro|auto|trafico|moto|bici|transito', 'un accidente grave', 'accidente fuerte',
      'me cai en la ducha|regadera|calle|nieve|hielo', 'me resbale en (el hielo|la ducha|la regadera|la escalera|las escaleras)',
      'cai de la moto|bici', 'volque con el coche|carro', 'di vueltas con el coche|carro', 'latigazo cervical',
    ],
    fallMaybe: [
      'me resbale', 'resbale', 'un resbalon', 'tropece', 'me tropece', 'casi me caigo', 'casi me cai', 'perdi el equilibrio',
      'se me resbalo el|la pie|pierna', 'se me fue el pie', 'me acabo de resbalar', 'me fui de lado', 'tropezon', 'un tropezon', 'resbalon',
    ],
    idiom: [
      'me quede dormido|dormida', 'quedarme dormido|dormida', 'me quedo dormido|dormida', 'casi me quedo dormido|dormida',
      'me estoy quedando dormido|dormida', 'me caigo de sueno', 'me cae|caen bien|mal|gordo|gorda|fatal|genial', 'caer en la cuenta',
      'cai en la cuenta', 'ya caigo', '(se me cayo|se me cae|se me cayeron|se me caen|se me ha caido|se me han caido)', 'se cayo la app|aplicacion|conexion|llamada|red',
      'me? cai dormido|dormida|rendido|rendida|muerto|muerta', 'fiebre|calentura|escalofrios|hormigueo|caidas no', 'se me fue la onda|olla|pinza|hora', 'se me paso|olvido',
      'se me resbalo|resbala|salio', 'estoy harto|harta', 'harto|harta de', 'me tiene harto|harta', 'estoy hasta (las narices|el gorro|la coronilla|la madre)',
      'muerto|muerta de risa|hambre|sueno|calor|frio', 'me muero de ganas|sueno|hambre|risa|calor|frio', 'hernia (discal|de disco)',
      'sudando a mares|chorros', 'sudo a mares|chorros', 'no dormi bien', 'dormi mal', 'caida del pelo|cabello',
      '(sistema inmunitario|sistema inmune|defensas) (esta|estan) bien|fuerte|fuertes|normal|normales', 'mis defensas estan bien',
      'me siento mal (por|de que)', 'me he quedado atras', 'me quede atras', '(me salte|me he saltado) (sesiones|la rutina|una sesion)',
      'perdidas de tiempo', 'un accidente de la vida', 'me caiste bien', 'de caida libre', 'no me aguanto la risa',
    ],
    knock: [
      'me di un golpe en la|el espalda|coxis|cadera|trasero|culo|columna|rabadilla', 'me golpee la|el espalda|coxis|cadera|columna',
      'me pegue en la|el espalda|coxis|cadera|rabadilla', 'me di un golpe', 'un golpe', 'un golpecito', 'me golpee', 'me pegue un golpe',
      'me di un golpe en la espalda', 'golpe en la espalda',
    ],
    longAgo: [
      'hace anos', 'hace un ano', 'hace mucho', 'hace tiempo', 'hace mucho tiempo', 'el ano pasado', 'hace una decada', 'hace siglos',
      'de pequeno|pequena|nino|nina|chico|chica|joven|adolescente', 'cuando era (nino|nina|pequeno|pequena|chico|chica|joven|adolescente)',
    ],
    fever: [
      'fiebre', 'fiebres', 'febril', 'calentura', 'tengo|tuve|con|algo de temperatura', 'temperatura alta', 'escalofrios',
      'escalofrio', 'tiritando', 'tirito', 'tiritera', 'sudores nocturnos', 'sudores', 'sudo por las noches|la noche', 'gripe',
      'gripa', 'frio y calor', 'ardiendo en fiebre', 'destemplado|destemplada', 'febricula', 'estoy hirviendo',
    ],
    unwell: [
      'me siento|encuentro mal|fatal|malisimo|malisima|enfermo|enferma', 'me siento|encuentro muy mal', 'estoy enfermo|enferma',
      'estoy malo|mala', 'estoy pachucho|pachucha', 'no me siento|encuentro bien', 'no ando bien', 'malestar general',
      'malestar', 'me siento de la patada', 'me siento del asco', 'me siento de pena', 'decaido|decaida', 'vomitando', 'vomitos',
      'he vomitado', 'vomite', 'nauseas', 'infeccion', 'una infeccion', 'infeccion de orina|urinaria|de rinon|en el pecho',
      'estoy incubando algo', 'me estoy enfermando', 'me voy a enfermar', 'me voy a poner malo|mala', 'enfermo|enferma',
    ],
    weightLoss: [
      'perdido peso', 'perdiendo peso', 'perder peso', 'perdi peso', 'bajado de peso', 'bajando de peso', 'bajar de peso', 'baje de peso',
      'he adelgazado', 'adelgace', 'adelgazando', 'adelgazado', 'perdida de peso', 'perdi|he perdido|baje|he bajado _ _? kilos|kilo|libras',
      'perdido|bajado _ _? kilos|kilo|libras', 'la ropa me queda grande|floja', 'me queda grande la ropa',
      'estoy mas delgado|delgada|flaco|flaca',
    ],
    weightUnintended: [
      'sin querer', 'sin proponermelo', 'sin buscarlo', 'sin intentarlo', 'sin hacer dieta', 'sin dieta', 'sin motivo',
      'sin razon', 'sin explicacion', 'no se por que', 'no se porque', 'sin hacer nada', 'solo|sola', 'no estoy a dieta',
      'no estoy haciendo dieta', 'sin estar a dieta', 'sin hacer nada especial',
    ],
    weightIntended: [
      'a dieta', 'el gimnasio', 'el gym', 'haciendo dieta', 'hago dieta', 'dieta', 'quiero', 'quiero bajar', 'intento', 'intentando', 'estoy intentando',
      'tratando de', 'a proposito', 'aposta', 'gimnasio', 'calorias', 'contando calorias', 'mi objetivo', 'ozempic',
      'me gustaria', 'necesito', 'tengo que', 'voy a', 'queria',
    ],
    nightPain: [
      'por la noche', 'por las noches', 'de noche', 'en la noche', 'toda la noche', 'peor de noche', 'me despierta',
      'me despierto con dolor|del dolor', 'me despierta por la noche', 'no me deja dormir', `${NOT_CAN} dormir`, 'no duermo',
      'me desvela', 'cuando estoy en la cama', 'noche tras noche', 'cada noche', 'todas las noches',
    ],
    constant: [
      'constante', 'constantemente', 'de noche y de dia', 'de dia y de noche', 'igual de dia que de noche', 'todo el tiempo', 'todo el rato', 'todo el dia', 'nunca para', 'no para', 'no se me quita',
      'no se quita', 'no se va', 'nunca se va', 'siempre esta ahi', 'siempre', 'dia y noche', 'las veinticuatro horas',
      'sin parar', 'sin descanso', 'continuo', 'continua', 'continuamente', 'no me da tregua', 'no me deja en paz',
    ],
    notEased: [
      'nada me lo quita|alivia|calma', 'nada lo alivia|calma|quita', 'nada me ayuda', 'nada ayuda|funciona|sirve',
      'no se alivia|calma|quita|mejora|pasa', 'no se me alivia|calma|quita|pasa', 'no mejora', 'no me alivia',
      'ni descansando', 'ni acostado|acostada|tumbado|tumbada|descansando se me quita|pasa|alivia', 'no se me quita ni acostado|acostada|descansando', 'ni en reposo', 'ni acostado|acostada|tumbado|tumbada', 'ni en la cama',
      'incluso acostado|acostada|tumbado|tumbada|en reposo|descansando', 'aun acostado|acostada|descansando|en reposo',
      'aunque descanse|me acueste|cambie de postura', 'el descanso no ayuda', 'descansar no ayuda|sirve',
      'ninguna postura', 'no encuentro postura', 'no encuentro una postura', 'no hay postura', 'haga lo que haga',
      'me ponga como me ponga', 'los calmantes|analgesicos|pastillas no me hacen nada', 'no me hacen nada los calmantes',
      'no me da tregua',
    ],
    eased: [
      'se alivia', 'se calma', 'se pasa', 'se me pasa', 'se me quita', 'se quita', 'mejora', 'mejor cuando me muevo',
      'mejora al moverme|caminar|estirar', 'cuando me muevo se pasa', 'se suelta', 'me ayuda', 'ayuda', 'mas facil',
      'se afloja', 'en cuanto me muevo',
    ],
    bone: [
      'osteoporosis', 'osteopenia', 'huesos fragiles|debiles|finos|fragiles', 'densidad osea', 'corticoides', 'corticoides en pastillas',
      'cortisona', 'esteroides', 'prednisona', 'prednisolona', 'deflazacort', 'dexametasona', 'metilprednisolona',
    ],
    drugsInjected: [
      'me inyecto|inyectaba|inyecte drogas|heroina|droga', 'drogas inyectadas', 'drogas inyectables', 'drogas por la vena',
      'drogas intravenosas', 'me pincho|pinchaba heroina|droga|drogas', 'me pinchaba', 'heroina', 'comparto|compartia|compartir jeringas|jeringuillas|agujas',
      'jeringas|jeringuillas|agujas compartidas', 'compartido jeringas|jeringuillas|agujas', 'me chuto|chutaba', 'consumo|consumia drogas inyectadas', 'me inyecto',
      'me inyectaba', 'inyectarme drogas', 'me metia|meto droga|drogas por la vena',
    ],
    injectionHarmless: [
      'una inyeccion', 'inyeccion', 'inyecciones', 'infiltracion', 'infiltraciones', 'epidural', 'insulina', 'me inyecto insulina',
      'vacuna', 'vacunaron', 'me vacune', 'me pusieron una inyeccion', 'vacuna de la gripe|gripa', 'la vacuna de la gripe|gripa',
      'me pusieron la vacuna', 'me inyecto la insulina',
    ],
    cancer: [
      'cancer', 'canceres', 'tumor', 'tumores', 'leucemia', 'linfoma', 'melanoma', 'mieloma', 'sarcoma', 'carcinoma', 'quimio',
      'quimioterapia', 'radioterapia', 'radiacion', 'oncologo', 'oncologa', 'oncologia', 'en remision', 'maligno', 'maligna',
      'metastasis', 'mastectomia', 'me quitaron un bulto',
    ],
    immune: [
      'sistema inmunitario|inmune|inmunologico', 'defensas bajas', 'las defensas bajas', 'bajas defensas', 'pocas defensas',
      'inmunodeprimido|inmunodeprimida', 'inmunodeficiencia', 'inmunosupresores', 'inmunosupresion', 'inmunosuprimido|inmunosuprimida',
      'trasplante', 'trasplantado|trasplantada', 'vih', 'sida', 'metotrexato', 'biologicos', 'lupus',
    ],
    otherPerson: [
      'mi|mis madre|padre|mama|papa|hermana|hermano|tia|tio|abuela|abuelo|esposa|esposo|mujer|marido|pareja|novia|novio|amiga|amigo|hijo|hija|prima|primo|jefe|jefa|companero|companera|vecino|vecina|perro|perra|gato|gata|suegra|suegro|hijos|hijas|nino|nina|ninos|bebe|padres|abuelos|amigos',
      'su|sus', 'antecedentes familiares', 'en mi familia', 'en la familia', 'alguien que conozco', 'un amigo|conocido', 'una amiga|conocida',
      'ella', 'ellos', 'ellas',
    ],
    sharp: [
      'agudo', 'aguda', 'punzante', 'punzada', 'punzadas', 'pinchazo', 'pinchazos', 'como un cuchillo', 'como una punalada|cuchillada',
      'punalada', 'cuchillada', 'me pincha', 'pincha', 'lacerante', 'dolor de repente',
    ],
    shooting: [
      'corrientazo', 'descarga', 'descargas', 'descarga electrica', 'calambrazo', 'latigazo', 'latigazos', 'como una corriente',
      'una corriente', 'corrientes', 'como electricidad', 'electrico', 'irradia', 'se irradia', 'irradiado', 'ciatica', 'nervio ciatico',
      'el ciatico', 'dolor de|del nervio', 'como un rayo',
    ],
    travel: [
      'baja', 'bajando', 'me baja', 'se va', 'se extiende', 'extiende', 'recorre', 'corre', 'llega', 'me llega', 'va', 'pasa',
      'se irradia', 'irradia', 'sube', 'baja hasta', 'va bajando', 'se me va', 'se mete',
    ],
    downLeg: [
      ...DOWN_ONE_LEG, ...DOWN_BOTH_LEGS, 'por debajo de la rodilla', 'debajo de la rodilla', 'mas abajo de la rodilla',
      'pasa de la rodilla', 'pasando la rodilla', 'hasta abajo', 'hasta el fondo',
    ],
    hurts: [
      'duele', 'duelen', 'me duele', 'dolor', 'dolores', 'doloroso', 'dolorosa', 'adolorido|adolorida', 'dolorido|dolorida',
      'ay', 'ay ay', 'auch', 'au', 'uy', 'molestia', 'molestias', 'molesta', 'me molesta', 'molestando', 'me esta molestando', 'incomodo|incomoda', 'tiron',
      'me di un tiron', 'contractura', 'calambre', 'calambres', 'agujetas', 'me mata', 'me esta matando', 'fatal', 'horrible',
      'demasiado', 'es demasiado', 'escuece', 'escozor', 'palpita', 'palpitante', 'pellizco', 'me pellizca', 'me pinza',
      'pinzamiento', 'lumbago', 'se me bloqueo la espalda', 'se me trabo', 'no aguanto mas', 'no aguanto el dolor',
      'no lo aguanto', 'me esta doliendo', 'doliendo', 'duele mucho', 'tirantez dolorosa', 'me lastime', 'lastimado|lastimada',
      'me hice dano', 'me he hecho dano', 'dano',
    ],
    exerciseContext: [
      'puente', 'puentes', 'puente de gluteos', 'almeja', 'almejas', 'clamshell', 'clamshells', 'dead bug', 'dead bugs',
      'bicho muerto', 'bisagra', 'bisagras', 'paloma', 'estiramiento', 'estiramientos', 'el estiramiento', 'este estiramiento',
      'estirar', 'estirando', 'noventa noventa', '90 90', 'abduccion', 'abducciones', 'la banda', 'la goma', 'la liga',
      'ejercicio', 'ejercicios', 'este ejercicio', 'el ejercicio', 'entrenamiento', 'entrenar', 'entreno', 'rutina', 'sesion',
      'serie', 'series', 'repeticion', 'repeticiones', 'esto', 'eso', 'despues de eso|esto', 'con esto|eso', 'haciendo esto|eso',
      'peso muerto', 'sentadilla', 'sentadillas', 'correr', 'corriendo', 'el gimnasio|gym', 'gym', 'zancadas', 'secuencia',
      'aguantando', 'esta postura', 'la postura', 'abajo del todo', 'apertura', 'el sofa',
    ],
    negator: [
      'no', 'nunca', 'jamas', 'nada', 'ningun', 'ninguno', 'ninguna', 'sin', 'ni', 'tampoco', 'ni un poco', 'nada de', 'ya no',
      'ni rastro de', 'cero', 'en absoluto', 'ni pizca de',
    ],
    uncertain: [
      'no se', 'no estoy seguro|segura', 'no se si', 'no sabria decir', 'no me acuerdo', 'no recuerdo', 'ni idea', 'quiza', 'quizas',
      'tal vez', 'a lo mejor', 'puede ser', 'puede que', 'creo que', 'creo', 'me parece que', 'un poco', 'un poquito', 'algo',
      'medio', 'como que', 'mas o menos', 'no estoy muy seguro|segura',
    ],
    boundary: [
      // "No tengo fiebre y tengo hormigueo": the second half is a claim (people say "ni" to go on negating).
      'y', 'e', 'pero', 'aunque', 'sino', 'excepto', 'salvo', 'menos', 'solo', 'solamente', 'nada mas', 'mas bien', 'en cambio',
      'sin embargo', 'simplemente', 'sobre todo', 'mas que nada', 'es solo', 'solo es', 'lo que pasa es que', 'es mas bien',
    ],
  },
  answers: {
    yes: [
      'si', 'si si', 'claro', 'claro que si', 'por supuesto', 'desde luego', 'efectivamente', 'exacto', 'exactamente', 'asi es',
      'correcto', 'cierto', 'es cierto', 'es verdad', 'vale', 'ok', 'de acuerdo', 'sale', 'va', 'dale', 'orale', 'aja', 'eso',
      'eso es', 'afirmativo', 'un poco', 'un poquito', 'algo', 'a veces', 'de vez en cuando', 'alguna vez', 'una vez',
      'un par de veces', 'creo que si', 'pues si', 'la verdad es que si', 'me temo que si', 'por desgracia si',
      'lamentablemente si', 'desgraciadamente si', 'si senor', 'adelante', 'hazlo', 'venga', 'perfecto', 'muy bien',
      'esta bien', 'sin problema', 'mucho', 'bastante', 'totalmente', 'sin duda', 'yo diria que si', 'supongo que si',
      'diria que si', 'si por favor', 'si claro', 'ujum', 'mjm', 'aha', 'por fa', 'porfa', 'si si si', 'obvio', 'pues claro',
    ],
    no: [
      'no', 'no no', 'no gracias', 'para nada', 'en absoluto', 'nada', 'nada de nada', 'nada de eso', 'nada parecido',
      'nada de esto', 'ninguno', 'ninguna', 'ninguna de esas', 'ninguna de esas cosas', 'ninguno de esos', 'ninguna de ellas',
      'ninguno de ellos', 'de eso nada', 'que va', 'nunca', 'jamas', 'tampoco', 'no que yo sepa', 'que yo sepa no', 'no creo',
      'creo que no', 'yo creo que no', 'diria que no', 'yo diria que no', 'supongo que no', 'me parece que no', 'no lo creo',
      'no que yo recuerde', 'que yo recuerde no', 'no ultimamente', 'ultimamente no', 'no mucho', 'no realmente',
      'la verdad es que no', 'la verdad que no', 'pues no', 'por suerte no', 'afortunadamente no', 'gracias a dios no', 'negativo', 'estoy bien',
      'todo bien', 'nada nuevo', 'cero', 'ni de broma', 'ni hablar', 'de ninguna manera', 'no tengo nada de eso',
      'no he tenido nada de eso', 'no tengo ninguna de esas', 'ninguna de las anteriores', 'nanay', 'nada de eso gracias',
      'no nada', 'no ninguna', 'no ninguno', 'para nada no', 'no para nada', 'nada de lo que dices',
    ],
    notSure: [
      'no se', 'no lo se', 'no estoy seguro|segura', 'no estoy muy seguro|segura', 'no estoy del todo seguro|segura',
      'no sabria decir|decirte', 'no sabria', 'ni idea', 'no tengo ni idea', 'quiza', 'quizas', 'tal vez', 'a lo mejor',
      'puede ser', 'puede que', 'puede que si', 'igual si', 'depende', 'mas o menos', 'no me acuerdo', 'no recuerdo',
      'no lo recuerdo', 'es dificil de decir', 'dificil de decir', 'es dificil saberlo', 'quien sabe', 'vete a saber',
      'yo que se', 'posiblemente', 'probablemente', 'puede', 'si y no', 'un poco de todo', 'no lo tengo claro', 'no tengo claro',
      'no te sabria decir', 'ni se',
    ],
    yesTerminal: [
      'tengo', 'lo tengo', 'la tengo', 'los tengo', 'las tengo', 'me pasa', 'me ha pasado', 'me paso', 'lo he tenido',
      'la he tenido', 'he tenido', 'tuve', 'lo tuve', 'lo estoy', 'estoy', 'lo hace', 'lo he notado', 'lo note', 'si lo tengo',
      'si tengo', 'si me pasa', 'me ocurre', 'me ha ocurrido', 'baja', 'si baja', 'si llega',
    ],
    noTerminal: [
      'no tengo', 'no lo tengo', 'no la tengo', 'no me pasa', 'no me ha pasado', 'no me paso', 'no lo he tenido', 'no he tenido',
      'no tuve', 'no estoy', 'no lo estoy', 'no lo hace', 'no lo noto', 'no lo he notado', 'nunca he tenido', 'nunca me ha pasado',
      'nunca lo he tenido', 'no me ocurre', 'no baja', 'no llega', 'no pasa',
    ],
  },
};
