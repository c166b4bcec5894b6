// Spanish words for the coach's commands (es-ES, es-MX, es-US), as people say
// them when no intent caught the words: "venga, el siguiente", "dame un
// segundito", "ya basta por hoy", "¿para qué sirve esto?". Written after the
// Spanish normalisation (../safety/es.ts): accents folded and ñ as n ("atras",
// "ensename", "manana"), chat shortcuts expanded ("q" is "que", "pa" is "para").
// Phrases, not lone common words: "para" is also "for", "sigue" is also "still"
// ("me sigue doliendo"), "regresa" is also "comes back" ("el dolor regresa"),
// so those count only when nothing else was said. "Vale", "bueno", "como",
// "perdon", "disculpa" and "eh" are the safety lexicon's fillers: alone they say
// nothing, so a bare "¿cómo?" or "¿perdón?" is no command here. "Vamos" is a
// filler too, so it is a phrase ("¡vamos!"), and any other command said with it
// wins ("vamos a parar", "vamos, ¿cómo voy?"). "No" before a phrase undoes it
// ("no estoy lista", "no pares"), so the phrases that start with "no" are whole
// phrases of their own: "no te escuché", "no quiero seguir", "no, no, para".
import type { CommandLexicon } from './types';

/** Built on first use (index.ts): a language's words cost nothing at start-up until someone speaks it. */
export function ES_COMMANDS(): CommandLexicon {
  /** "Un momento", "dame un segundito": the short waits. */
  const MOMENT = 'momento|momentito|segundo|segundito|minuto|minutito|instante|rato|ratito|tantito|descanso|respiro|pausa|break';
  /** "Dame dos minutos", "unos segundos". */
  const MOMENTS = 'minutos|segundos|momentos|minutitos|segunditos';
  /** "Por hoy", "por ahora", "por esta vez". */
  const TODAY = 'hoy|ahora|ahorita|el momento|esta vez|esta noche|esta manana|esta tarde|el dia|el dia de hoy|hoy dia';
  /** The session, as the coach's user names it. */
  const SESSION = 'sesion|rutina|entrenamiento|ejercicios|practica|programa|clase';
  /** "Ya estoy en la colchoneta", "ya estoy tumbada": in position. */
  const IN_PLACE =
    'en posicion|en mi sitio|en mi lugar|en el suelo|en la colchoneta|en la esterilla|en el tapete|en la alfombra|en la cama|' +
    'tumbado|tumbada|acostado|acostada|colocado|colocada|sentado|sentada|de pie|preparado|preparada|en ello';
  const READY = 'listo|lista|listos|listas|preparado|preparada|preparados|preparadas';
  /** "Ya terminé", "he acabado". */
  const DONE = 'termine|acabe|he terminado|he acabado|lo termine|lo acabe|lo hice|lo he hecho|esta hecho|quedo|lo tengo';
  /** The one after, as an object: "pasa al siguiente", "vamos con el próximo". */
  const THE_NEXT = 'al siguiente|a la siguiente|al proximo|a la proxima|con el siguiente|con la siguiente|con el proximo|con la proxima';
  /** "Este", "este ejercicio": the current one. */
  const THIS_ONE = 'este|ese|esta|esa|esto|eso|este ejercicio|ese ejercicio|este estiramiento|ese estiramiento|este movimiento|el ejercicio';
  /** Ways to ask someone to do something: "¿puedes...?", "¿me podrías...?". */
  const CAN_YOU = 'puedes|podrias|puede|podria|me puedes|me podrias|me lo puedes|me lo podrias|nos puedes|quieres|podemos';

  return {
    commands: {
      next: [
        'siguiente', 'el siguiente', 'la siguiente', 'siguiente ejercicio', 'el siguiente ejercicio', 'siguiente serie', 'el proximo',
        'la proxima', 'proximo ejercicio', 'el proximo ejercicio', 'que sigue', 'que sigue ahora', 'lo que sigue', 'cual sigue',
        'que toca', 'que toca ahora', 'que viene', 'que viene ahora', 'y ahora que sigue',
        `pasa|pasemos|pasamos|paso|pasar|vamos|ve|ir|sigue|sigamos|seguimos|avanza|avancemos|dale|adelante|venga (${THE_NEXT})`,
        READY, `estoy|estamos|ya (${READY})`, `ya estoy|ya estamos (${READY})`, 'todo listo', 'ya todo listo', 'listo ya',
        `${READY} para empezar`,
        `ya estoy (${IN_PLACE})`, 'estoy en posicion', 'estoy colocado|colocada|preparado|preparada', 'cuando quieras', 'cuando quiera',
        `ya (${DONE})`, 'he terminado', 'he acabado', 'termine el|este|ese ejercicio', 'ya termine el|este|ese ejercicio',
        'ya esta hecho', 'ya quedo', 'ya estuvo este', 'ya lo tengo',
        'vamos', 'vamonos', 'vamos alla', 'vamos ya', 'vamos pues', 'vamos a ello', 'vamos a por ello', 'vamos a darle', 'vamos a hacerlo',
        'vamos a empezar', 'vamos a seguir', 'vamos adelante', 'vamos vamos', 'a darle', 'a por ello', 'a ello', 'manos a la obra',
        'dale', 'dele', 'denle', 'dale pues', 'dale ya', 'dale dale', 'venga vamos', 'venga va', 'venga dale', 'venga sigamos',
        'venga adelante', 'venga venga',
        'orale', 'orale pues', 'andale', 'andale pues', 'va pues', 'adelante pues', 'adelante ya', 'adelante con ello|eso',
        'sigue adelante', 'sigamos adelante', 'palante', 'para alante|lante', 'tira palante',
        'sigamos', 'sigamos ya', 'seguimos', 'quiero seguir', 'podemos seguir', 'a seguir', 'prosigue', 'prosigamos', 'proseguir', 'procede',
        'avancemos', 'empecemos', 'comencemos', 'empezamos ya', 'comenzamos ya', 'a empezar', 'a comenzar', 'quiero empezar', 'ya empiezo',
        `empieza|empezar|comienza|comenzar|empecemos|comencemos la|el (${SESSION}|ejercicio)`, 'arranca', 'arrancamos', 'arranquemos',
        'no (pares|pare|paremos|te detengas|se detenga) ,? sigue|siga|sigamos|continua|continue|adelante',
        '(hice|he hecho) lo que (me)? dijiste|pediste|dijo|pidio', 'hagamoslo', 'hagamos esto', 'hazlo', 'suena bien', 'me parece bien',
        'dime el siguiente', 'dame el siguiente',
      ],
      resume: [
        'continuemos', 'continuamos', 'quiero continuar', 'vamos a continuar', 'podemos continuar', 'a continuar', 'hay que continuar',
        `continua|continue|continuemos|sigue|sigamos|seguimos con la|el (${SESSION}|ejercicio)`,
        'reanuda', 'reanudar', 'reanudemos', 'reanudamos', 'reanudalo', 'retoma', 'retomar', 'retomemos', 'retomamos',
        'quita|quitar|quitale la pausa', 'quita|quitar pausa', 'sal de la pausa', 'despausa', 'despausar',
        'donde lo dejamos', 'donde nos quedamos', 'en donde nos quedamos', 'por donde ibamos', 'donde ibamos', 'en que ibamos',
        'donde estabamos', 'en que estabamos', 'por donde iba', 'donde me quede',
        'sigue|sigamos|seguimos|continua|continuemos|retomemos (por|desde)? donde lo dejamos|dejaste|deje',
        'sigue|sigamos|seguimos|continua|continuemos (por|desde)? donde nos quedamos',
        'ya estoy aqui', 'aqui estoy de nuevo', 'aqui estoy otra vez', 'ya estoy de vuelta', 'estoy de vuelta', 'ya estoy de regreso',
        'estoy de regreso', 'ya volvi ,', 'volvi ,', 'ya regrese', 'ya llegue ,',
        `ya? estoy (${READY}) (otra vez|de nuevo)`, `${READY} (otra vez|de nuevo)`,
        'volvamos a ello', `(volvamos|vuelve|volver|regresemos|de vuelta) a la|los (${SESSION}|ejercicio)`,
        `(volvamos|vuelve|volver|regresemos|de vuelta) al (${SESSION}|ejercicio)`, 'de vuelta a ello',
      ],
      previous: [
        'el anterior', 'la anterior', 'ejercicio anterior', 'el ejercicio anterior', 'estiramiento anterior', 'al anterior', 'a la anterior',
        'el de antes', 'la de antes', 'el ejercicio de antes', 'el que hicimos antes', 'el otro de antes',
        'vuelve|volver|volvamos|volvemos|regresa|regresar|regresemos|regresamos|ve|ir|vamos|pasa|retrocede (al|a la) (anterior|de antes|ejercicio anterior|ultimo|ultima)',
        'vuelve|volver|volvamos|regresa|regresar|regresemos|ve|ir|vamos|retrocede|vete|regresate (para|hacia)? atras',
        'atras uno', 'uno atras', 'uno para atras', 'un paso atras', 'un ejercicio atras', 'regresa uno', 'vuelve uno', 'volver uno',
        'retrocede', 'retroceder', 'retrocedamos', 'retrocedemos', 'regresate', 'regresemos',
        '(repite|repetir|repitamos|haz|hagamos|rehaz|otra vez|de nuevo) el|la anterior', 'repite|repetir|haz|hagamos el|la ultimo|ultima',
        'el ultimo otra vez', 'el ultimo de nuevo', 'la ultima otra vez',
      ],
      repeat: [
        'repite', 'repitelo', 'repitemelo', 'repiteme', 'repitalo', 'repitamelo', 'repitame', 'repiteme eso', 'repite eso',
        'repite lo ultimo', 'repite la instruccion|instrucciones|explicacion', 'repetirlo', 'repetirmelo',
        `(${CAN_YOU}) repetir|repetirlo|repetirmelo|repetirme`, `(${CAN_YOU}) decirlo|decirmelo (otra vez|de nuevo)`,
        '(dilo|dimelo|digalo|digamelo|di eso|dime eso) (otra vez|de nuevo)', 'dilo|dimelo una vez mas', 'dilo otra vez por favor',
        'vuelve a decirlo|decirmelo|decir|repetirlo|repetir|explicarlo', 'vuelvelo a decir|repetir', 'me lo repites', 'me lo repite',
        '(hazlo|hagamoslo|hacerlo|haz eso) (otra vez|de nuevo|una vez mas)', 'me lo dices|dice (otra vez|de nuevo)', 'otra vez eso',
        'eso otra vez', 'una vez mas por favor',
        'que dijiste', 'que has dicho', 'que me dijiste', 'que me has dicho', 'que dices', 'que dice', 'que dijo', 'que ha dicho',
        'que me dijo', 'que fue eso', 'que fue lo que dijiste', 'que es lo que dijiste', 'como dices', 'como era eso', 'que era eso',
        'no te|le (escuche|oi|entendi|entiendo|cache|capte|pesque|he oido|he escuchado|he entendido)',
        'no (escuche|oi|entendi|capte|pille|cache) bien|nada|eso', 'no (escuche|oi|entendi|capte|pille|cache)',
        'no (he oido|he escuchado|he entendido|he pillado) bien|nada|eso?',
        'no lo|la (escuche|oi|entendi|pille|capte|he oido|he entendido|he pillado)',
        'no entendi lo que dijiste', 'no escuche lo que dijiste', 'no se escucho|oyo|oye|escucha bien?', 'no me (quedo|ha quedado) claro',
        'me perdi lo que dijiste', 'habla|hable mas alto|fuerte|despacio|lento', 'mas despacio por favor',
      ],
      pause: [
        'pausa', 'pausar', 'pausalo', 'pausala', 'pon|pongamos|poner la? pausa', '(ponlo|ponla|pon esto) en pausa', 'en pausa',
        `un|una (momento|momentito|segundo|segundito|instante|tantito|pausa) ,`, `me das|dais (un|una) (${MOMENT}|poco|poquito)`,
        '(un|una) (pequeno|pequena|breve|corto|corta) (descanso|respiro|pausa|momento)', 'una breve|pequena|corta pausa', 'tantito',
        'espera', 'espere', 'esperate', 'esperame', 'espereme', 'esperen', 'esperenme', 'aguarda', 'aguardame', 'aguanta un poco',
        `espera|espere|esperate|esperame|aguanta|aguarda|para|pare|detente|alto (un|una|otro) (${MOMENT}|poco|poquito)`,
        `dame|deme|danos|denos|dejame|dejeme (un|una|otro|otra) (${MOMENT}|poco|poquito)`,
        `dame|deme|danos|denos (dos|tres|cinco|diez|unos|unos pocos|un par de) (${MOMENTS})`,
        `un (${MOMENT}) por favor`, `un (${MOMENT}) porfa`,
        '(necesito|quiero|vamos a|hay que|puedo|podemos) (un|una|hacer una|tomar una|tomar un) (pausa|descanso|respiro|break)',
        'necesito|quiero (un|una) (pausa|descanso|respiro|break|momento|minuto|segundo)',
        '(hagamos|haz|hacemos|tomemos|tomo|me tomo) (un|una) (pausa|descanso|respiro|break)',
        'necesito descansar', 'quiero descansar', 'descansemos', 'descansar un poco|rato|momento', 'dejame descansar|respirar',
        'ahorita|ahora|ya|enseguida (vengo|vuelvo|regreso)', 'vuelvo|regreso|vengo enseguida|ahorita|pronto|rapido|ahora',
        'vuelvo|regreso|vengo en (un|una) (momento|minuto|segundo|rato|ratito)',
        'en un (momento|minuto|segundo) (vuelvo|vengo|regreso|estoy)',
        'no tardo', 'no tardo nada', 'tocan a la puerta', 'tocan la puerta', 'tocan el timbre', 'estan tocando', 'llaman a la puerta',
        'suena|sono el (timbre|telefono|movil|celular)', 'el timbre', 'me llaman', 'me estan llamando', 'me esta llamando',
        'tengo una llamada',
        'tengo que contestar', 'dame|deme|dejame chance', 'un chance', 'deja|dejame contesto',
        'esta sonando el (timbre|telefono|movil|celular)', 'hay alguien en la puerta',
      ],
      skip: [
        'saltar', 'salta', 'saltalo', 'saltala', 'saltate', 'saltatelo', 'saltemos', 'saltamos', 'nos lo saltamos', 'me lo salto',
        `salta|saltar|saltemos|saltate|saltarme|saltarnos|salto|omite|omitir|omitamos|brinca|brincate|brincar|brincarse (${THIS_ONE})`,
        'pasa|pasemos|quita este|ese ejercicio?',
        `me salto|brinco (${THIS_ONE})`, `nos saltamos|brincamos (${THIS_ONE})`,
        `salta|saltemos|saltar|brinca (al|a la) (siguiente|proximo|proxima)`,
        'omite', 'omitir', 'omitelo', 'omitamos', 'brincatelo', 'brincalo',
        `paso de (${THIS_ONE})`, 'este|ese|esta|esa no', 'este|ese ejercicio no', 'ese tampoco',
        `(no quiero|prefiero no) hacer (${THIS_ONE})`, `no puedo hacer|con (${THIS_ONE})`,
        'otro ejercicio', 'otro diferente|distinto', 'uno diferente|distinto', 'algo diferente|distinto', 'otra cosa', 'dame otro',
        'dame otro ejercicio|diferente|distinto', 'cambia de ejercicio', 'cambiemos de ejercicio', 'cambia este|ese', 'cambialo',
        `podemos|puedes|puedo hacer otro|otra`, 'puedo hacer otro ejercicio', 'no me gusta este|ese|esta|esa',
        'no me gusta este|ese ejercicio', 'este|ese no me gusta', `prefiero (saltarme|brincarme|omitir) (${THIS_ONE})`, 'me lo brinco',
      ],
      startOver: [
        'empezar|empieza|empiezo|empecemos|empezamos|comenzar|comienza|comencemos|comenzamos|iniciar|inicia|arrancar|arranca de nuevo|cero',
        'empezar|empieza|empecemos|empezamos|comenzar|comienza|comencemos|comenzamos|iniciar|inicia otra vez',
        'empezar|empieza|empecemos|empezamos|comenzar|comienza|comencemos|comenzamos todo? de nuevo|cero',
        'volver|vuelve|volvamos|volvemos|vuelvo a empezar|comenzar|iniciar',
        'volver|vuelve|volvamos|regresa|regresar|ir|vamos|ve al (principio|inicio|comienzo)',
        '(vamos a|quiero|hay que|podemos|puedo|quisiera|prefiero) (empezar|comenzar|volver a empezar) (de nuevo|otra vez|de cero|desde cero|desde el principio|desde el inicio)',
        '(de nuevo|otra vez|todo|vamos|volvamos|empezamos|empecemos|empieza|empezar|hazlo|hagamoslo|hacerlo|repite|repitelo|comenzar|comienza) desde el (principio|inicio|comienzo)',
        'desde cero', 'vuelta al principio|inicio',
        'otra vez desde el principio|inicio', 'de nuevo desde el principio|inicio', 'desde el principio (otra vez|de nuevo)',
        'reinicia', 'reiniciar', 'reinicialo', 'reiniciala', 'reiniciemos', 'reiniciamos', 'reinicio',
        `reinicia|reiniciar la|el (${SESSION}|todo)`,
        'todo de nuevo', 'todo otra vez', 'hazlo|hagamoslo|hacerlo todo (de nuevo|otra vez)',
        'hazlo|hagamoslo|hacerlo (de nuevo|otra vez) desde el principio', 'repite|repetir|repitamos todo',
        `repite|repetir|repitamos (la|el|toda la|todo el) (${SESSION}) (completa|completo|entera|entero|desde el principio|otra vez|de nuevo)`,
        `la|el (${SESSION}) desde el principio|inicio`,
      ],
      help: [
        'necesito|quiero|pido (ayuda|un poco de ayuda|una ayuda|ayuda por favor)', 'ayudame', 'ayudeme', 'ayudenme', 'me ayudas',
        `(${CAN_YOU}) ayudar|ayudarme`, 'ayuda por favor',
        'que puedo decir', 'que puedo decirte', 'que te puedo decir', 'que le puedo decir', 'que se puede decir', 'que digo',
        'que le digo', 'que te digo', 'que debo decir', 'que tengo que decir', 'que hay que decir', 'no se que decir', 'no se que decirte',
        'que puedo hacer', 'que puedo pedirte', 'que puedo pedir', 'que opciones (tengo|hay)', 'cuales son las|mis opciones',
        'que comandos (hay|tengo|puedo usar|puedo decir)', 'cuales son los comandos', 'opciones', 'los comandos', 'comandos',
        'como funciona esto', 'como funciona', 'como funciona (esta app|esta aplicacion|esta skill|el programa|el coach|hip coach)',
        'como te uso', 'como se usa', 'como se usa esto', 'como uso esto', 'como uso esta app|aplicacion|skill',
        'estoy perdido|perdida|confundido|confundida|liado|liada', 'me perdi', 'me he perdido', 'me he liado', 'me confundi',
        'no entiendo', 'no entiendo nada', 'no lo entiendo', 'no se que hacer', 'no se que hago', 'no se como funciona',
      ],
      howTo: [
        'como se hace', 'como lo hago', 'como la hago', 'como los hago', 'como lo hago bien', 'como se hace bien', 'como se hace esto',
        `como hago (${THIS_ONE})`, `como es (este|ese|el) ejercicio`, `como funciona (este|ese|el) (ejercicio|estiramiento)`,
        'como va este ejercicio',
        'como me (pongo|coloco|acuesto|tumbo|echo|apoyo|agarro|muevo|levanto|preparo|posiciono)',
        'como (debo|tengo que|hay que) (hacerlo|hacer|hacerla|ponerme|colocarme|respirar|moverme|estar|empezar|acostarme|tumbarme)',
        'como (voy|vamos) a (hacer|hacerlo|hacerla|empezar|colocarme|ponerme)', 'como empiezo', 'como se empieza', 'como respiro',
        'como (pongo|coloco|muevo|apoyo|doblo|estiro|levanto) (las|los|la|el|mis|mi)',
        'donde (pongo|coloco|apoyo|dejo|van|va|tengo que poner|debo poner)',
        'que hago con (las|los|la|el|mis|mi)', 'no se como (hacerlo|hacer|se hace|lo hago|ponerme|colocarme|empezar|va|es)',
        'no se donde (poner|pongo)', 'no (entiendo|entendi) (el|este|ese) ejercicio', 'no entiendo como (se hace|hacerlo|va)',
        'explicame', 'explicamelo', 'explicamela', 'me lo explicas', 'me lo explica', 'me explicas',
        `explica|explicame|explicar (${THIS_ONE}|como)`,
        `(${CAN_YOU}) explicar|explicarme|explicarlo|explicarmelo`, 'dime|digame como', 'dime como se hace', 'muestrame|muestreme como',
        'ensename', 'ensename como', 'recuerdame como', 'recuerdame que hago', 'como era el ejercicio',
        'que hago', 'que hago ahora', 'que hago aqui', 'que tengo que hacer', 'que debo hacer', 'que hay que hacer',
        'que tengo que hacer ahora',
        'que se supone que (hago|debo hacer|tengo que hacer)', 'que es lo que tengo que hacer',
        'lo estoy haciendo bien', 'lo hago bien', 'lo estoy haciendo mal', 'lo hago mal', 'lo voy haciendo bien', 'esta bien asi',
        'voy bien asi',
        'se hace asi', 'asi se hace', 'lo hago asi', 'lo hago con (las|los|la|el|una|un|ambas|ambos|mis|mi)',
        'estoy bien colocado|colocada|puesto|puesta', 'estoy en la posicion correcta',
        'la posicion correcta', 'cual es la posicion|postura', 'en que posicion', 'que posicion', 'que postura', 'la postura', 'la tecnica',
        'instrucciones', 'las instrucciones', 'la forma correcta', 'cual es la forma correcta',
        'cuantas repeticiones|series', 'cuantas veces',
        'cuantas veces (|hay que|tengo que|debo|lo|se) (repetir|repito|repite|hacer|hago|lo hago)',
        'cuanto tiempo (lo|la)? (mantengo|aguanto|sostengo|tengo que|debo|hay que)',
        'cuanto (tengo que|debo|hay que) (aguantar|mantener|sostener)',
        'cuantos segundos', 'hasta donde (tengo que|debo|hay que|llego|bajo|subo|estiro)', 'hacia donde (me|tengo que|debo)', 'por que lado',
        'con que|cual (pierna|lado|pie|brazo|mano)', 'que lado primero', 'con que pierna empiezo',
      ],
      why: [
        'para que sirve', 'para que sirven', 'para que es', `para que es|sirve (${THIS_ONE})`, 'para que hacemos|hago|hacer esto|este|eso',
        'para que es bueno', 'para que me sirve', 'para que estamos haciendo esto',
        'por que (hacemos|hago|hacer|estamos haciendo) (esto|este|eso|ese|este ejercicio)', `por que (${THIS_ONE})`, 'por que es bueno',
        'por que tengo que hacer esto|este', 'por que sirve', 'porque hacemos esto', 'explicame|dime|explica por que',
        'de que sirve', 'de que me sirve', 'que sentido tiene', 'cual es el sentido', 'cual es el (objetivo|proposito|punto|beneficio|fin)',
        'que (beneficio|beneficios|ventaja|ventajas|objetivo) tiene', 'que gano con (esto|este|eso)', 'que me aporta',
        'que hace (este|ese|esto) (ejercicio|estiramiento)?', 'que trabaja (este|ese|esto)',
        'que musculo|musculos trabaja|trabajo|trabajamos',
        'en que me? ayuda', 'como me? ayuda (esto|este|eso)?', 'esto|este|eso me? ayuda', 'de que me? ayuda',
        'esto|este|eso sirve (|de algo)', 'eso por que', 'sirve de algo', 'de verdad (sirve|funciona|ayuda)',
        'realmente (sirve|funciona|ayuda)',
        'esto|eso funciona', 'que tiene de bueno', 'para que me ayuda', 'en que consiste el beneficio',
      ],
      progress: [
        'en que semana (voy|estoy|vamos|estamos|ando|andamos)', 'que semana (es|voy|llevo|estoy|vamos)', 'en que semana',
        'en que dia (voy|estoy|vamos|estamos)', 'que dia del (programa|plan)', 'en que (punto|parte) del (programa|plan)',
        'como voy', 'como lo llevo', 'como lo estoy llevando', 'como vamos', 'como voy con el (programa|plan)', 'como ando',
        'vamos|voy bien', 'como va mi progreso', 'como va el progreso', 'como van mis avances', 'mi progreso', 'el progreso', 'progreso',
        'mis progresos',
        'mis avances', 'mi avance', 'cuanto he avanzado', 'cuanto he mejorado', 'he mejorado', 'estoy mejorando', 'voy mejorando',
        'estoy progresando', 'cuanto llevo', 'cuantas sesiones (llevo|he hecho|van)', 'cuantos (dias|entrenamientos|ejercicios) llevo',
        'cuantas semanas llevo', 'cuanto (me)? falta|queda', 'cuanto tiempo (me)? falta|queda', 'cuantas semanas (me)? faltan|quedan',
        'cuantas sesiones (me)? faltan|quedan', 'cuantas|cuantos me faltan|quedan', 'cuantos dias (me)? faltan|quedan', 'mi racha',
        'la racha', 'racha',
      ],
      deleteData: [
        'borra|borrar|borre|borren|borres|elimina|eliminar|elimine|elimines|quita|quitar|suprime|suprimir|limpia (todos|toda|todo)? (mis|mi|los|la|el|tus|tu)? (datos|progreso|historial|informacion|info|registros|puntuaciones|cuenta|perfil)',
        'borra|borrar|borre|borres|elimina|eliminar|elimine|elimines todo', 'borralo|borrelo|eliminalo|eliminelo todo', 'borrame',
        'eliminame', 'borrarme',
        'olvidame', 'olvideme', 'olvidarme', 'olvidate de mi', 'olvidese de mi', 'olvida todo', 'olvida todo sobre|de mi',
        'olvida quien soy', 'olvida (mis|mi) (datos|progreso|historial|informacion)', 'no guardes mis datos',
      ],
      stop: [
        'no , para', 'no ,? no ,? para', 'paramos aqui|ya|ahi', 'quiero parar', 'vamos a parar', 'hay que parar', 'necesito parar',
        'voy a parar', 'podemos parar', 'paremos', 'paralo',
        'parale', 'ya parale', 'para ya', 'para ahi', 'para ya por favor', 'para de hablar', 'deja de hablar',
        `parar|paremos|detente|deten|detener la|el|esta|este (${SESSION}|ejercicio)`, 'detente', 'detenlo', 'detengamos', 'detenerse',
        'ya basta', 'basta ya', 'ya es suficiente', 'con esto basta', 'con eso basta', 'ya esta bien por hoy',
        `ya? (basta|suficiente|es suficiente|es todo|eso es todo|seria todo|ya esta|listo|termine|he terminado|terminamos|hemos terminado|acabamos|hemos acabado|lo dejamos|dejemoslo|lo dejo|hasta aqui|ya estuvo|se acabo|terminado) por (${TODAY})`,
        'ya? (basta|suficiente|es suficiente|es todo|eso es todo|seria todo) para (hoy|el dia de hoy|esta vez)',
        `por (${TODAY}) (es todo|basta|ya esta|suficiente|es suficiente|ya es suficiente|listo|lo dejamos|ya estuvo|ya basta|hasta aqui)`,
        'para hoy (es todo|basta|suficiente|es suficiente)',
        'eso es todo', 'es todo', 'seria todo', 'ya estuvo', 'ya estuvo bueno', 'hasta aqui llegamos', 'hasta aqui llego',
        'lo dejamos aqui|ahi', 'dejemoslo aqui|ahi', 'lo dejo aqui|ahi', 'dejalo aqui|ahi', 'lo dejamos', 'dejemoslo',
        'terminemos', 'ya terminamos', 'terminemos ya', 'quiero terminar', 'vamos a terminar', 'hay que terminar', 'terminar la sesion',
        `termina|terminar|terminemos|acaba|acabar|acabemos|finaliza|finalizar|cierra|cerrar|cancela|cancelar la|el (${SESSION}|sesion de hoy)`,
        'acabemos', 'acabemos ya', 'ya acabamos', 'se acabo por hoy', 'finalizar', 'finaliza', 'cancela', 'cancelar', 'cancelalo',
        'cancela todo',
        'salir de (aqui|la sesion|la app|la aplicacion|la rutina|hip coach)', 'quiero salir de aqui',
        'adios', 'hasta luego', 'hasta manana', 'hasta pronto', 'hasta la proxima', 'nos vemos', 'chao', 'chau', 'bye',
        'callate', 'callese', 'callate ya', 'apagate', 'apaguese', 'apaga (la app|la sesion|el coach|esto|todo)',
        'cierra (la app|la aplicacion|esto|todo)',
        'no mas', 'ya no mas', 'no quiero mas', 'ya no quiero mas', 'no quiero seguir', 'ya no quiero seguir', 'no quiero continuar',
        'no quiero hacer mas', 'no quiero hacer nada mas', 'no puedo seguir con (esto|la rutina|la sesion|el ejercicio|los ejercicios)',
        `(${READY}) para (terminar|parar|acabar|irme|dejarlo)`, 'me rindo', 'ya termine por hoy', 'lo dejamos para otro dia', 'otro dia seguimos', 'manana seguimos', 'manana continuamos',
      ],
      quick: [
        'una|la|algo (corta|rapida|breve|cortita|rapidita|corto|rapido|breve|rapidito|cortito|express)',
        'la version|sesion|rutina|opcion (corta|rapida|breve|express|reducida|mini)',
        'una version|sesion|rutina (corta|rapida|breve|express|reducida|mini)',
        'version|sesion|rutina (corta|rapida|breve|express|reducida)', 'la mini', 'mini rutina', 'una mini rutina', 'la de pocos minutos',
        'tengo poco tiempo', 'no tengo mucho tiempo', 'no tengo tiempo', 'ando con poco tiempo', 'voy con prisa', 'tengo prisa',
        'ando con prisa', 'ando de prisa', 'estoy apurado|apurada', 'ando apurado|apurada', 'voy apurado|apurada', 'voy justo de tiempo',
        'solo (tengo)? unos|pocos|cinco|diez minutos', 'algo que no tarde mucho',
      ],
      full: [
        'la|una (completa|entera|larga)', '(la|una|toda la) (rutina|sesion|version) (completa|entera|larga|normal)',
        'rutina|sesion|version (completa|entera|larga)', 'toda la rutina', 'toda la sesion', 'todos los ejercicios', 'todo el programa',
        'todo el entrenamiento', 'la rutina de siempre', 'la sesion de siempre', 'todo completo', 'el programa completo', 'entera por favor',
        'tengo tiempo de sobra',
      ],
    },
    alone: {
      next: [
        'ya', 'ya ya', 'ya estoy', 'ya estamos', 'ya esta', 'ya quedo', 'hecho', 'termine', 'acabe', 'terminado', 'acabado', 'entendido',
        'sigue', 'siga', 'sigo', 'seguir', 'venga', 'adelante', 'empieza', 'empiece', 'empezar', 'comienza', 'comenzar', 'empezamos',
        'comenzamos', 'avanza', 'avanzar', 'lo hice', 'ya lo hice',
      ],
      resume: [
        'volvi', 'ya volvi', 'he vuelto', 'ya he vuelto', 'regrese', 'ya llegue', 'llegue', 'aqui estoy', 'estoy aqui', 'continua',
        'continue', 'continuar', 'de vuelta', 'ya de vuelta', 'de regreso', 'ya de regreso',
      ],
      previous: [
        'atras', 'para atras', 'hacia atras', 'regresa', 'regrese atras', 'regresar', 'antes', 'anterior', 'el ultimo', 'la ultima',
      ],
      startOver: ['desde el principio', 'desde el inicio', 'desde el comienzo', 'de cero', 'el principio', 'al principio', 'al inicio'],
      pause: [
        `un|una (${MOMENT})`, 'un|una (momento|segundo|minuto) mas', 'momento', 'momentito', 'descanso', 'aguanta', 'el telefono|movil|celular',
      ],
      stop: [
        'para', 'para para', 'pare', 'parar', 'paramos', 'no puedo mas', 'ya no puedo mas', 'no puedo seguir', 'ya no puedo seguir', 'alto',
        'stop', 'basta', 'suficiente', 'fin', 'termina', 'terminar', 'acabar', 'acabamos', 'terminamos', 'se acabo', 'es suficiente',
        'hasta aqui', 'ya hasta aqui', 'salir', 'sal', 'apaga', 'apagar', 'silencio', 'cierra', 'dejalo', 'por hoy', 'ya estuvo',
        'ya esta por hoy',
      ],
      repeat: ['repita', 'otra vez', 'de nuevo', 'una vez mas', 'que', 'mande', 'repetir', 'que cosa', 'mas despacio'],
      skip: ['paso', 'otro'],
      why: ['por que', 'para que', 'porque', 'eso por que'],
      howTo: ['asi', 'es asi'],
      help: ['ayuda'],
      quick: ['corta', 'corto', 'rapida', 'rapido', 'breve', 'cortita', 'rapidita', 'rapidito', 'express', 'poco tiempo'],
      full: ['completa', 'completo', 'entera', 'entero', 'larga', 'largo', 'todo', 'toda', 'todos'],
    },
    politeness: [
      'por favor', 'porfa', 'porfavor', 'porfis', 'plis', 'please', 'ahora', 'ahora mismo', 'ahorita', 'si', 'claro', 'de acuerdo',
      'perfecto', 'genial', 'muy bien', 'sale', 'va', 'anda', 'solo', 'nada mas', 'hey', 'te lo pido', 'quiero', 'quisiera',
      'me gustaria', 'puedes', 'podrias', 'puede', 'podria', 'podemos', 'me puedes', 'me podrias', 'mejor',
    ],
    negators: [
      'no', 'nunca', 'jamas', 'tampoco', 'ni', 'sin', 'todavia no', 'aun no', 'ya no', 'no quiero', 'no quiero que', 'no necesito',
      'no hace falta', 'no es necesario', 'no hay que', 'no hay necesidad de', 'no tienes que', 'no tiene que', 'no vamos a',
      'no voy a', 'no puedo', 'no me', 'no lo', 'no la', 'no le', 'no te', 'no nos', 'no estoy', 'todavia no estoy', 'aun no estoy',
      'no he', 'todavia no he', 'aun no he', 'no hemos',
    ],
  };
}
