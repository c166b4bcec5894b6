// El modelo de interacción en español (es-ES, es-MX, es-US): muestras para
// cada intent de intents/custom.ts e intents/builtins.ts, valores y sinónimos
// para cada tipo de slot propio, las frases de bienvenida de Dialogflow y la
// ficha de la skill. Escrito en español, no traducido palabra por palabra, con
// las palabras de los tres países ("pis" y "pipí", "trasero" y "pompas",
// "coche" y "carro", "conducir" y "manejar", "calentura", "mande").
//
// Reglas de Alexa: minúsculas, números en palabras, sin puntuación (los
// acentos y la ñ son letras y se quedan), ninguna muestra en dos intents, sin
// comodines. Las frases de señales de alarma usan palabras de todos los días
// (triage.md, "Everyday words"); las de zona y sensación van en slots para que
// el clasificador de seguridad decida (un trasero dormido se confirma, unos
// glúteos que arden no son nada).
import type { LanguageModelWords, SlotValueWords } from './types';

const v = (value: string, synonyms: readonly string[]): SlotValueWords => ({ value, synonyms });

export const SPANISH_MODEL: LanguageModelWords = {
  intents: {
    NotSureIntent: {
      samples: [
        'no estoy seguro', 'no estoy segura', 'no lo sé', 'no sé', 'quizá', 'quizás', 'tal vez', 'a lo mejor', 'puede ser',
        'puede que sí', 'ni idea', 'no tengo ni idea', 'no sabría decir', 'no sabría decirte', 'no me acuerdo', 'no lo recuerdo',
        'es difícil de decir', 'más o menos', 'no lo tengo claro', 'no estoy muy seguro', 'no estoy muy segura', 'igual sí',
        'posiblemente', 'quién sabe', 'no estoy del todo seguro', 'no estoy del todo segura', 'puede', 'yo qué sé',
        'no sabría qué decirte', 'no te sabría decir',
      ],
    },
    PainLevelIntent: {
      samples: [
        '{level}', 'un {level}', 'es un {level}', 'como un {level}', 'más o menos un {level}', 'sobre {level}', 'sobre un {level}',
        'alrededor de {level}', 'alrededor de un {level}', 'un {level} más o menos', '{level} de diez', '{level} sobre diez',
        'un {level} de diez', 'un {level} sobre diez', 'tengo un {level}', 'diría que un {level}', 'yo diría un {level}',
        'diría {level}', 'le doy un {level}', 'le pongo un {level}', 'le daría un {level}', 'un {level} hoy', 'hoy un {level}',
        'ahora un {level}', 'ahora mismo un {level}', 'mi dolor es un {level}', 'mi dolor está en {level}', 'el dolor es de {level}',
        'está en {level}', 'está en un {level}', 'estoy en un {level}', 'estoy en {level}', 'creo que un {level}',
        'creo que es un {level}', 'supongo que un {level}', 'pues un {level}', 'un {level} creo', 'nivel {level}', 'un {level} o así',
        '{level} o así', 'casi un {level}', 'igual un {level}', 'un {level} diría yo', 'ha bajado a {level}', 'bajó a un {level}',
        'ha subido a {level}', 'subió a un {level}', 'la espalda está en {level}', 'la espalda en un {level}', 'un {level} ahora',
        'seguro que un {level}', 'un {level} la verdad', 'digamos un {level}', 'pongamos un {level}', 'pon un {level}',
        // Rangos: cuenta el número más alto.
        '{level} o {upper}', 'un {level} o {upper}', 'un {level} o un {upper}', 'entre {level} y {upper}', 'entre un {level} y un {upper}',
        'de {level} a {upper}', 'como un {level} o {upper}', 'diría que {level} o {upper}', '{level} o {upper} más o menos',
        'un {level} o {upper} creo', 'es un {level} o {upper}', 'está entre {level} y {upper}', 'igual {level} o {upper}',
        'sobre {level} o {upper}', 'entre {level} y {upper} más o menos',
      ],
    },
    NoPainIntent: {
      samples: [
        'ningún dolor', 'sin dolor', 'no me duele', 'no me duele nada', 'no me duele ahora', 'ahora no me duele', 'cero dolor',
        'no tengo dolor', 'no tengo nada de dolor', 'nada de dolor', 'no siento dolor', 'no hay dolor', 'estoy sin dolor',
        'hoy no me duele', 'no duele', 'no me duele para nada', 'ahora mismo nada', 'no me duele en absoluto', 'nada de dolor hoy',
        'no tengo ningún dolor', 'cero', 'nada ahora mismo',
      ],
    },
    AgeIntent: {
      samples: [
        'tengo {age}', 'tengo {age} años', '{age} años', 'tengo {age} años de edad', 'mi edad es {age}',
        'ya tengo {age}', 'ya tengo {age} años', 'cumplí {age}', 'acabo de cumplir {age}', 'cumplí {age} años',
        'tengo {age} y medio', 'sí tengo {age}', 'sí tengo {age} años', 'solo tengo {age}',
        'nada más tengo {age}', 'tengo {age} cumplidos', 'edad {age}', 'he cumplido {age}', 'tengo {age} ya',
      ],
    },
    AgeOverIntent: {
      samples: [
        'tengo más de {age}', 'tengo más de {age} años', 'soy mayor de {age}', 'más de {age}', 'sí tengo más de {age}',
        'ya tengo más de {age}',
      ],
    },
    AgeUnderIntent: {
      samples: [
        'tengo menos de {age}', 'voy a cumplir {age}', 'menos de {age}', 'todavía no tengo {age}', 'aún no tengo {age}',
        'casi tengo {age}', 'soy menor de {age}',
      ],
    },
    LengthIntent: {
      samples: [
        '{length}', 'quiero {length}', 'dame {length}', 'hagamos {length}', 'vamos con {length}', 'mejor {length}', 'prefiero {length}',
        'me gustaría {length}', 'hoy {length}', '{length} por favor', '{length} hoy', 'solo {length}', 'quiero hacer {length}',
        'puedo hacer {length}', 'podemos hacer {length}', 'haz {length}', 'pon {length}', 'ponme {length}', 'elijo {length}',
        'me quedo con {length}', 'solo tengo tiempo para {length}', 'tengo tiempo para {length}', 'hoy solo {length}', 'qué tal {length}',
        'necesito {length}', 'hazme {length}', 'hagamos {length} hoy', 'empecemos con {length}', 'mejor {length} hoy',
        'quiero {length} por favor',
      ],
    },
    PainPatternIntent: {
      samples: [
        '{pattern}', 'sobre todo {pattern}', 'normalmente {pattern}', 'casi siempre {pattern}', 'suele ser {pattern}', 'me duele {pattern}',
        'me duele más {pattern}', 'me duele sobre todo {pattern}', 'empeora {pattern}', 'es peor {pattern}', 'aparece {pattern}',
        'suele aparecer {pattern}', 'me aparece {pattern}', 'me molesta {pattern}', 'me molesta más {pattern}', 'me da {pattern}',
        'me viene {pattern}', 'empieza {pattern}', 'lo noto {pattern}', 'lo noto más {pattern}', 'creo que {pattern}',
        'diría que {pattern}', 'yo diría que {pattern}', 'supongo que {pattern}', 'principalmente {pattern}', 'generalmente {pattern}',
        'a menudo {pattern}', 'muchas veces {pattern}', 'se pone peor {pattern}', 'me duele la espalda {pattern}',
        'la espalda me duele {pattern}', 'me empieza a doler {pattern}', 'más que nada {pattern}', 'en general {pattern}',
        'por lo general {pattern}', 'me suele doler {pattern}', 'me da más {pattern}', 'se me carga {pattern}', 'la noto {pattern}',
        'me molesta la espalda {pattern}',
      ],
    },
    RedFlagIntent: {
      samples: [
        // Zona y sensación.
        'tengo {sensation} en {area}', 'siento {sensation} en {area}', 'noto {sensation} en {area}', 'me da {sensation} en {area}',
        'hay {sensation} en {area}', 'un poco de {sensation} en {area}', 'tengo un poco de {sensation} en {area}',
        'algo de {sensation} en {area}', 'tengo algo de {sensation} en {area}', 'estoy notando {sensation} en {area}',
        'estoy sintiendo {sensation} en {area}', 'me ha dado {sensation} en {area}', 'me está dando {sensation} en {area}',
        '{sensation} en {area}', 'tengo {area} muy {sensation}', 'tengo {area} un poco {sensation}', 'tengo {area} medio {sensation}',
        'tengo {area} toda {sensation}', 'tengo {area} todo {sensation}', 'siento {area} muy {sensation}', 'noto {area} un poco {sensation}',
        '{area} la tengo {sensation}', '{area} lo tengo {sensation}', '{area} las tengo {sensation}', '{area} los tengo {sensation}',
        '{area} la siento {sensation}', '{area} se me ha quedado {sensation}', '{area} se me quedó {sensation}',
        '{area} se me quedaron {sensation}', '{area} está {sensation}', '{area} están {sensation}', '{area} está muy {sensation}',
        // "Ahí abajo": ningún slot lo puede llevar junto a una sensación, y es una señal tal cual.
        'tengo hormigueo ahí abajo', 'hormigueo ahí abajo', 'tengo todo dormido ahí abajo', 'no siento nada ahí abajo',
        'no siento nada entre las piernas', 'se me ha dormido todo ahí abajo', 'tengo adormecido ahí abajo', 'noto hormigueo allá abajo',
        'tengo entumecido allá abajo', 'no tengo sensibilidad ahí abajo', 'ahí abajo no siento nada', 'entumecido ahí abajo',
        // Solo zona: sin sensibilidad.
        'no siento {area}', 'no noto {area}', 'casi no siento {area}', 'ya no siento {area}', 'he perdido la sensibilidad en {area}',
        'no tengo sensibilidad en {area}', 'no siento nada en {area}', 'perdí la sensibilidad en {area}',
        // Solo sensación.
        '{sensation}', 'es {sensation}', 'está {sensation}', 'lo noto {sensation}', 'lo siento {sensation}', 'tengo {sensation}',
        'siento {sensation}', 'noto {sensation}', 'un {sensation}', 'una {sensation}', 'me dio un {sensation}', 'se quedó {sensation}',
        // Vejiga o intestino.
        'no puedo controlar la vejiga', 'no controlo la vejiga', 'no puedo controlar el intestino', 'he perdido el control de la vejiga',
        'perdí el control de la vejiga', 'me hice pis encima', 'me he hecho pis encima', 'me hice pipí encima', 'me oriné encima',
        'me he orinado encima', 'me hice caca encima', 'me hice popó encima', 'mojé los pantalones', 'no puedo orinar', 'no puedo hacer pis',
        'no puedo hacer pipí', 'me cuesta orinar', 'no consigo orinar', 'no puedo vaciar la vejiga', 'no aguanto la orina',
        'se me escapa la orina', 'se me escapa el pis', 'se me escapa la pipí', 'tengo pérdidas de orina', 'no noto cuando tengo ganas de orinar',
        'no llegué al baño', 'no he orinado en todo el día', 'me hago pis encima', 'no puedo aguantar el pis', 'perdí el control de esfínteres',
        // Caminar y las dos piernas.
        'no puedo caminar', 'no puedo andar', 'casi no puedo caminar', 'apenas puedo caminar', 'me cuesta caminar', 'me cuesta mucho caminar',
        'no puedo ponerme de pie', 'no me puedo levantar', 'no me puedo parar', 'se me doblan las piernas', 'se me van las piernas',
        'me fallan las piernas', 'las piernas me fallan', 'se me doblan las rodillas', 'arrastro el pie', 'no puedo levantar el pie',
        'tropiezo con mi propio pie', 'la pierna está cada vez más débil', 'tengo las piernas cada vez más débiles',
        'tengo las dos piernas débiles', 'no me sostienen las piernas',
        // Una caída, un choque u otro accidente fuerte.
        'me caí', 'me he caído', 'me acabo de caer', 'me caí al suelo', 'tuve una caída', 'he tenido una caída', 'me resbalé',
        'me resbalé y me caí', 'me caí por las escaleras', 'me caí de una escalera', 'me caí de espaldas', 'me di un sentón',
        'me di un porrazo', 'me di un costalazo', 'me di un batacazo', 'el dolor empezó después de una caída', 'empezó cuando me caí',
        'tomo corticoides y me caí', 'tuve un accidente de coche', 'tuve un accidente de carro', 'tuve un choque', 'choqué con el coche',
        'choqué con el carro', 'me atropelló un coche', 'me atropelló un carro', 'me atropellaron', 'me caí de la bici', 'me caí de la moto',
        'tuve un accidente', 'tuve un accidente grave', 'me chocaron',
        // El pecho y la respiración, y lo que la persona llama emergencia.
        'me duele el pecho', 'tengo dolor en el pecho', 'dolor en el pecho', 'tengo dolor de pecho', 'siento opresión en el pecho',
        'no puedo respirar', 'me falta el aire', 'me ahogo', 'me cuesta respirar', 'esto es una emergencia', 'es una emergencia',
        'necesito una ambulancia', 'llama a una ambulancia',
      ],
    },
    UrgentFlagIntent: {
      samples: [
        'tengo fiebre', 'tengo calentura', 'tengo mucha fiebre', 'tengo un poco de fiebre', 'tengo escalofríos', 'tengo temperatura',
        'tengo fiebre alta', 'me siento muy mal', 'me siento mal en general', 'me encuentro muy mal', 'me encuentro fatal',
        'estoy tiritando', 'estoy ardiendo en fiebre', 'tengo fiebre y escalofríos', 'tengo sudores por la noche', 'tengo gripe',
        'tengo gripa', 'estoy perdiendo peso sin querer', 'he perdido peso sin hacer dieta', 'bajé de peso sin buscarlo',
        'he adelgazado mucho sin motivo', 'estoy bajando de peso y no sé por qué', 'el dolor es peor por la noche y no se me quita',
        'me duele todo el tiempo incluso acostado', 'el dolor me despierta por la noche', 'no se me quita ni descansando',
        'nada me alivia el dolor', 'es constante y peor de noche', 'no para de doler nunca', 'tengo osteoporosis y me di un golpe en la espalda',
        'tomo corticoides y me golpeé la espalda', 'tengo los huesos frágiles y me di un golpe', 'me inyecto drogas',
        'uso agujas para drogarme',
      ],
    },
    HowToIntent: {
      samples: [
        'cómo se hace', 'cómo lo hago', 'cómo hago esto', 'cómo se hace esto', 'cómo se hace este ejercicio', 'explícame cómo',
        'explícamelo', 'explica el ejercicio', 'explícame el ejercicio', 'dime cómo', 'dime cómo se hace', 'cuál es la técnica',
        'cuál es la postura', 'cómo me pongo', 'cómo me coloco', 'en qué posición me pongo', 'qué tengo que hacer', 'qué hago',
        'cómo debería hacerlo', 'descríbeme el ejercicio', 'guíame', 'lo estoy haciendo bien', 'cómo era', 'cómo era este',
        'enséñame cómo', 'cómo se hacía',
      ],
    },
    WhyIntent: {
      samples: [
        'por qué ayuda esto', 'por qué', 'por qué hago esto', 'por qué hacemos esto', 'para qué sirve', 'para qué sirve esto',
        'para qué es esto', 'para qué es', 'qué sentido tiene', 'por qué este ejercicio', 'por qué este', 'cómo me ayuda esto',
        'cómo ayuda esto a mi espalda', 'qué hace este ejercicio', 'por qué es bueno para la espalda', 'por qué tengo que hacer esto',
        'qué beneficio tiene', 'cuáles son los beneficios', 'explícame por qué', 'de qué sirve', 'para qué hacemos esto',
        'en qué me ayuda',
      ],
    },
    HurtsIntent: {
      samples: [
        'me duele', 'duele', 'eso duele', 'esto duele', 'me duele mucho', 'ay', 'ay ay ay', 'auch', 'uy', 'me hace daño',
        'me está haciendo daño', 'me está doliendo', 'es doloroso', 'esto es muy doloroso', 'me duele la espalda',
        'me está doliendo la espalda', 'tengo dolor', 'siento dolor', 'el dolor está empeorando', 'me molesta', 'esto me molesta',
        'me da una molestia', 'no me siento cómodo', 'no me siento cómoda', 'esto es demasiado', 'es demasiado', 'no estoy cómodo',
        'no estoy cómoda', 'eso no se siente bien', 'algo no va bien', 'sentí un tirón', 'me dio un tirón', 'me duele aquí',
        'ay qué dolor', 'qué dolor', 'me está matando', 'duele bastante', 'tengo molestias', 'me molesta la espalda',
      ],
    },
    StatementIntent: {
      samples: [
        'yo {statement}', 'mi {statement}', 'me {statement}', 'tengo {statement}', 'hay {statement}', 'creo que {statement}',
        'es que {statement}', 'noto que {statement}', 'siento que {statement}', 'he notado {statement}', 'he tenido {statement}',
        'tuve {statement}', 'tenía {statement}', 'estoy {statement}', 'estaba {statement}', 'he estado {statement}', 'se me {statement}',
        'el dolor {statement}', 'me parece que {statement}', 'es como {statement}', 'me pasa que {statement}', 'antes {statement}',
        'me preocupa {statement}', 'hubo {statement}', 'me siento {statement}', 'la verdad es que {statement}', 'ya no {statement}',
        'no puedo {statement}', 'he {statement}', 'sufrí {statement}',
      ],
    },
    SkipIntent: {
      samples: [
        'saltar', 'sáltalo', 'salta', 'salta este', 'sáltate este', 'salta este ejercicio', 'me lo salto', 'nos lo saltamos',
        'saltemos este', 'podemos saltar este', 'podemos saltarlo', 'no quiero hacer este', 'no quiero hacer esto',
        'prefiero no hacer este', 'este no', 'este hoy no', 'paso de este', 'otro ejercicio', 'dame otro', 'omitir', 'omite este',
        'quita este', 'mejor otro', 'saltarlo', 'me salto este', 'saltar este',
      ],
    },
    ProgressIntent: {
      samples: [
        'cómo voy', 'qué tal voy', 'cómo lo estoy haciendo', 'en qué semana estoy', 'qué semana es', 'en qué semana vamos',
        'mi progreso', 'mi avance', 'muéstrame mi progreso', 'cuál es mi progreso', 'dime mi progreso', 'cuántas sesiones llevo',
        'cuántas sesiones he hecho', 'cuál es mi racha', 'cuántos días llevo', 'estoy mejorando', 'voy mejorando',
        'en qué parte del programa estoy', 'cómo va mi progreso', 'resumen de mi progreso', 'cuánto me falta',
      ],
    },
    DeleteDataIntent: {
      samples: [
        'borra mis datos', 'borrar mis datos', 'elimina mis datos', 'eliminar mis datos', 'olvídame', 'olvida mis datos',
        'borra mi progreso', 'borra mi historial', 'borra todo', 'elimina todo', 'bórralo todo', 'quiero que borres mis datos',
        'borra toda mi información', 'elimina mi cuenta', 'borra mi cuenta', 'quiero que me olvides', 'olvida todo sobre mí',
        'limpia mis datos', 'quita mis datos',
      ],
    },

    // ---------- Intents integrados de Alexa ----------
    'AMAZON.YesIntent': {
      known: ['sí', 'claro', 'vale', 'de acuerdo', 'sí por favor'],
      // A las preguntas de seguridad se responde "lo tengo", "me pasa", "sí baja" tanto como "sí".
      samples: [
        'sip', 'ok', 'okey', 'por supuesto', 'claro que sí', 'correcto', 'así es', 'exacto', 'es correcto', 'eso es', 'sí tengo',
        'sí lo tengo', 'lo tengo', 'sí me pasa', 'me pasa', 'sí lo he tenido', 'sí he tenido', 'sí es así', 'sí es', 'sí baja', 'baja',
        'sí llega', 'desde luego', 'efectivamente', 'afirmativo', 'sale', 'órale', 'dale', 'ajá', 'sí sí', 'sí claro', 'sí creo que sí',
        'creo que sí', 'pues sí', 'la verdad es que sí', 'me temo que sí', 'por desgracia sí', 'lamentablemente sí', 'sí un poco',
        'un poco sí', 'sí algo', 'sí a veces', 'sí hasta la pantorrilla', 'sí hasta el pie', 'sí me baja por la pierna',
        'sí pasa de la rodilla', 'sí por debajo de la rodilla', 'sí hasta abajo', 'sí adelante', 'hazlo', 'sí hazlo', 'sí guárdalos',
        'venga', 'sí venga', 'perfecto', 'me parece bien', 'suena bien', 'sí está bien', 'sí alguna de esas', 'sí una de esas',
        'sí tengo más de dieciséis', 'soy mayor de edad', 'sí señor', 'obvio', 'pues claro', 'sí me ha pasado', 'me ha pasado',
      ],
    },
    'AMAZON.NoIntent': {
      known: ['no', 'no gracias'],
      samples: [
        'nop', 'para nada', 'en absoluto', 'no tengo', 'no lo tengo', 'no me pasa', 'no me ha pasado', 'no he tenido', 'no lo he tenido',
        'no es así', 'no es', 'no baja', 'no llega', 'nunca', 'jamás', 'creo que no', 'no creo', 'yo creo que no', 'para nada no',
        'claro que no', 'por supuesto que no', 'de ninguna manera', 'nada de eso', 'nada parecido', 'ninguna de esas', 'ninguno de esos',
        'ninguna', 'ninguno', 'no ninguna', 'no nada de eso', 'nada', 'no nada', 'qué va', 'no que yo sepa', 'que yo sepa no',
        'no que yo recuerde', 'no no', 'no para nada', 'no nunca', 'no estoy', 'no lo estoy', 'no realmente', 'no mucho', 'no la verdad',
        'la verdad es que no', 'pues no', 'por suerte no', 'afortunadamente no', 'gracias a dios no', 'estoy bien', 'todo bien',
        'solo en la espalda', 'solo la espalda', 'solo en la zona lumbar', 'se queda en la espalda', 'no solo la espalda',
        'no se queda arriba de la rodilla', 'no pasa de la rodilla', 'nada nuevo', 'no nada nuevo', 'ningún cambio', 'sin cambios',
        'no a todo', 'no a ninguna', 'ninguna de las anteriores', 'mejor no', 'no quiero', 'negativo', 'nel', 'no me pasa nada de eso',
      ],
    },
    'AMAZON.HelpIntent': {
      known: ['ayuda', 'ayúdame', 'me puedes ayudar'],
      samples: [
        'qué puedo decir', 'qué puedo hacer', 'cómo funciona esto', 'qué digo', 'necesito ayuda', 'estoy confundido', 'estoy confundida',
        'cuáles son las opciones', 'qué opciones tengo', 'qué sabes hacer', 'cómo se usa esto', 'instrucciones', 'no sé qué decir',
        'estoy perdido', 'estoy perdida',
      ],
    },
    'AMAZON.StopIntent': {
      known: ['para', 'salir', 'detente'],
      samples: [
        'parar', 'terminar', 'terminar por hoy', 'termina', 'adiós', 'hasta luego', 'chao', 'ya terminé por hoy', 'por hoy ya está',
        'ya está por hoy', 'ya basta por hoy', 'es suficiente por hoy', 'lo dejamos aquí', 'dejémoslo aquí', 'acaba la sesión',
        'terminar la sesión', 'termina la sesión', 'quiero parar', 'quiero terminar', 'vamos a parar aquí', 'basta por hoy',
        'hasta mañana', 'nos vemos', 'terminamos por hoy', 'parar por hoy',
      ],
    },
    'AMAZON.CancelIntent': {
      known: ['cancelar', 'cancela', 'olvídalo'],
      samples: ['déjalo', 'cancela eso', 'anula eso', 'no importa', 'da igual', 'déjalo estar', 'mejor olvídalo'],
    },
    'AMAZON.FallbackIntent': { known: [], samples: [] },
    'AMAZON.NavigateHomeIntent': {
      known: ['inicio', 'ir al inicio', 'volver al inicio', 'menú principal', 'pantalla de inicio'],
      samples: [],
    },
    'AMAZON.NextIntent': {
      known: ['siguiente'],
      // Se dice al estar en posición o al acabar una serie: casi toda la sesión va con estas.
      samples: [
        'listo', 'lista', 'ya estoy', 'ya estoy listo', 'ya estoy lista', 'estoy listo', 'estoy lista', 'preparado', 'preparada', 'ya',
        'ya está', 'hecho', 'terminé', 'he terminado', 'ya terminé', 'ya acabé', 'acabé', 'el siguiente', 'la siguiente',
        'siguiente ejercicio', 'siguiente por favor', 'siguiente serie', 'vamos', 'vámonos', 'venga vamos', 'vamos allá', 'empecemos',
        'empezamos', 'empieza', 'empezar', 'comienza', 'comenzar', 'ok siguiente', 'vale siguiente', 'ya estoy en posición',
        'estoy en posición', 'en posición', 'ya me coloqué', 'ya me he colocado', 'colocado', 'colocada', 'todo listo', 'entendido',
        'a por ello', 'pasamos al siguiente', 'qué sigue', 'qué toca ahora', 'qué viene ahora', 'ya lo tengo', 'dale siguiente',
      ],
    },
    'AMAZON.PreviousIntent': {
      known: ['atrás', 'anterior'],
      samples: [
        'vuelve atrás', 'volver atrás', 'el anterior', 'la anterior', 'ejercicio anterior', 'al anterior', 'vuelve al anterior',
        'regresa', 'regresar', 'uno atrás', 'el de antes', 'vuelve al ejercicio anterior', 'podemos volver', 'el anterior otra vez',
        'regresa al anterior',
      ],
    },
    'AMAZON.RepeatIntent': {
      known: ['repite', 'repítelo', 'otra vez'],
      samples: [
        'repite eso', 'repítelo por favor', 'repite por favor', 'puedes repetir', 'me lo repites', 'cómo', 'qué', 'qué dijiste',
        'qué has dicho', 'perdona qué', 'no te he oído', 'no te oí', 'no te entendí', 'no lo he entendido', 'una vez más', 'de nuevo',
        'dilo otra vez', 'dilo de nuevo', 'otra vez por favor', 'mande', 'cómo dices', 'perdón', 'perdona', 'no te escuché',
        'vuelve a decirlo', 'puedes decirlo otra vez', 'repítemelo',
      ],
    },
    'AMAZON.PauseIntent': {
      known: ['pausa', 'pausar'],
      samples: [
        'espera', 'espera un momento', 'espera un segundo', 'un momento', 'un segundo', 'un momentito', 'dame un momento',
        'dame un minuto', 'dame un segundo', 'aguarda', 'pon pausa', 'haz una pausa', 'necesito un descanso', 'necesito una pausa',
        'para un momento', 'pausa el ejercicio', 'espérame', 'un minuto', 'momento',
      ],
    },
    'AMAZON.ResumeIntent': {
      known: ['continuar', 'reanudar', 'sigue'],
      // "Seguir" responde también a "¿saltar, seguir o terminar?": el motor toma resume como siguiente cuando nada está en pausa.
      samples: [
        'seguir', 'seguimos', 'sigamos', 'continúa', 'continuemos', 'vamos a seguir', 'ya volví', 'ya estoy aquí', 'ya he vuelto',
        'estoy de vuelta', 'quita la pausa', 'seguimos donde lo dejamos', 'volvamos', 'de vuelta al ejercicio', 'reanuda',
        'reanuda el ejercicio', 'adelante', 'sigue por favor', 'continúa por favor', 'seguir con suavidad', 'sigo', 'sí sigue',
        'sí seguimos', 'ok sigue', 'vale sigue', 'seguir con la siguiente serie', 'seguimos con cuidado',
      ],
    },
    'AMAZON.StartOverIntent': {
      known: ['empezar de nuevo', 'volver a empezar', 'reiniciar'],
      samples: [
        'empieza de nuevo', 'empecemos de nuevo', 'desde el principio', 'empezar desde el principio', 'reinicia', 'reinicia el programa',
        'reinicia la sesión', 'vuelve a empezar', 'otra vez desde el principio', 'desde cero', 'empezar de cero', 'volvamos a empezar',
      ],
    },
  },

  slotTypes: {
    PainPatternType: {
      sitting: v('sentado', [
        'sentada', 'después de estar sentado', 'después de estar sentada', 'al estar sentado', 'al estar sentada', 'estando sentado',
        'estando sentada', 'cuando estoy sentado', 'cuando estoy sentada', 'cuando me siento mucho rato', 'después de estar mucho rato sentado',
        'todo el día sentado', 'todo el día sentada', 'al conducir', 'conduciendo', 'manejando', 'al manejar', 'cuando manejo',
        'cuando conduzco', 'en el coche', 'en el carro', 'después de conducir', 'después de manejar', 'en viajes largos', 'en la oficina',
        'trabajando en la computadora', 'frente al ordenador', 'en el ordenador', 'en la computadora', 'en el escritorio', 'en el sofá',
        'viendo la tele', 'después del trabajo', 'sentado o al volante', 'al volante', 'en el avión', 'al estar mucho tiempo sentado',
        'después de estar sentado o al volante', 'de estar sentado',
      ]),
      bending: v('al agacharme', [
        'agachándome', 'cuando me agacho', 'al agacharme o levantar peso', 'al levantar peso', 'levantando peso', 'al levantar cosas',
        'cuando levanto algo', 'al cargar cosas', 'cargando cosas', 'cargando a mis hijos', 'al cargar a los niños', 'al levantar a mi hijo',
        'al levantar a los niños', 'al cargar las bolsas', 'al agacharme a recoger algo', 'al recoger algo del suelo',
        'al atarme los zapatos', 'al ponerme los calcetines', 'al ponerme los zapatos', 'haciendo peso muerto', 'con el peso muerto',
        'al doblarme', 'cuando me doblo', 'al inclinarme', 'haciendo las tareas de casa', 'limpiando la casa', 'al pasar la aspiradora',
        'en el jardín', 'al cargar cajas', 'agacharme', 'levantar peso', 'al cargar peso', 'al hacer la cama', 'al lavar los platos',
        'fregando', 'al agacharme o al levantar peso',
      ]),
      morning: v('por la mañana', [
        'por las mañanas', 'en la mañana', 'en las mañanas', 'al despertarme', 'cuando me despierto', 'al levantarme', 'cuando me levanto',
        'recién levantado', 'recién levantada', 'nada más levantarme', 'al salir de la cama', 'después de dormir', 'temprano',
        'a primera hora', 'a primera hora de la mañana', 'en cuanto me levanto', 'mañanas', 'las mañanas', 'al levantarme por la mañana',
      ]),
      workout: v('al entrenar', [
        'entrenando', 'cuando entreno', 'después de entrenar', 'en el gimnasio', 'en el gym', 'después del gimnasio', 'haciendo ejercicio',
        'al hacer ejercicio', 'después de hacer ejercicio', 'haciendo deporte', 'al hacer deporte', 'con las sentadillas',
        'haciendo sentadillas', 'al correr', 'corriendo', 'después de correr', 'levantando pesas', 'al levantar pesas',
        'jugando al fútbol', 'jugando fútbol', 'en los entrenamientos', 'durante el entrenamiento', 'en mis entrenamientos',
        'cuando hago ejercicio', 'en el gimnasio sobre todo',
      ]),
      stress: v('con el estrés', [
        'cuando estoy estresado', 'cuando estoy estresada', 'estresado', 'estresada', 'después de una semana estresante',
        'después de un día estresante', 'en semanas de estrés', 'en épocas de estrés', 'cuando estoy nervioso', 'cuando estoy nerviosa',
        'cuando estoy tenso', 'cuando estoy tensa', 'cuando tengo mucho trabajo', 'con la ansiedad', 'cuando estoy ansioso',
        'cuando estoy ansiosa', 'bajo presión', 'cuando tengo presión', 'después de una semana dura', 'después de una semana pesada',
        'tras una semana de estrés', 'con estrés', 'por el estrés', 'cuando hay estrés',
      ]),
      varies: v('varía', [
        'depende', 'depende del día', 'a cualquier hora', 'en cualquier momento', 'sin patrón', 'no hay patrón', 'no tiene patrón',
        'al azar', 'aleatorio', 'cuando quiere', 'cambia', 'va y viene', 'un poco de todo', 'todas', 'todas esas', 'todas las anteriores',
        'de todo un poco', 'no hay un momento fijo', 'a ratos', 'siempre', 'todo el tiempo', 'cuando le da la gana', 'cada vez es distinto',
      ]),
    },
    BodyAreaType: {
      groin: v('ingle', [
        'la ingle', 'las ingles', 'entrepierna', 'la entrepierna', 'genitales', 'los genitales', 'zona genital', 'la zona genital',
        'zona íntima', 'la zona íntima', 'partes íntimas', 'mis partes íntimas', 'las partes íntimas', 'mis partes', 'ahí abajo',
        'allá abajo', 'entre las piernas', 'periné', 'el periné', 'la vagina', 'el pene', 'los testículos', 'la vulva',
      ]),
      bottom: v('trasero', [
        'el trasero', 'culo', 'el culo', 'nalgas', 'las nalgas', 'la nalga', 'pompas', 'las pompas', 'pompis', 'el pompis', 'sentaderas',
        'las sentaderas', 'coxis', 'el coxis', 'la rabadilla', 'el ano', 'las posaderas',
      ]),
      inner_thighs: v('muslos', [
        'la parte interna de los muslos', 'el interior de los muslos', 'la cara interna de los muslos', 'los muslos por dentro',
        'la parte de dentro de los muslos', 'los muslos', 'el muslo', 'muslo', 'la parte interna del muslo',
      ]),
      legs: v('piernas', [
        'las piernas', 'la pierna', 'pierna', 'las dos piernas', 'ambas piernas', 'una pierna', 'la pierna izquierda', 'la pierna derecha',
        'los pies', 'el pie', 'pies', 'pie', 'las pantorrillas', 'la pantorrilla', 'los gemelos', 'las rodillas', 'la rodilla',
        'los dedos de los pies', 'el tobillo', 'la espinilla', 'los chamorros',
      ]),
      glutes: v('glúteos', [
        'los glúteos', 'el glúteo', 'la cadera', 'las caderas', 'cadera', 'los isquiotibiales', 'los flexores de cadera', 'los cuádriceps',
        'el abdomen', 'el core', 'los abdominales', 'la barriga',
      ]),
      back: v('espalda', ['la espalda', 'la zona lumbar', 'la parte baja de la espalda', 'la columna', 'la espalda baja', 'la lumbar', 'las lumbares']),
      chest: v('pecho', ['el pecho', 'el corazón', 'las costillas', 'el esternón']),
      bladder: v('vejiga', ['la vejiga', 'el intestino', 'los intestinos', 'la orina', 'el pis', 'el pipí', 'los esfínteres']),
    },
    SensationType: {
      numb: v('entumecido', [
        'entumecida', 'entumecidos', 'entumecidas', 'entumecimiento', 'adormecido', 'adormecida', 'adormecidas', 'adormecidos',
        'adormecimiento', 'dormido', 'dormida', 'dormidas', 'dormidos', 'acorchado', 'acorchada', 'sin sensibilidad', 'insensible',
        'muerto', 'muerta', 'como muerta', 'sin sensación',
      ]),
      tingling: v('hormigueo', ['hormigueos', 'cosquilleo', 'con hormigueo', 'hormigas', 'agujas', 'alfileres', 'piquetes', 'calambritos', 'chispas']),
      weak: v('débil', ['débiles', 'debilidad', 'sin fuerza', 'sin fuerzas', 'flojo', 'floja', 'flojas', 'flojos', 'que se dobla', 'que falla', 'que fallan']),
      sharp: v('punzante', [
        'punzada', 'pinchazo', 'pinchazos', 'agudo', 'aguda', 'dolor agudo', 'latigazo', 'descarga', 'descargas', 'corrientazo',
        'como un cuchillo', 'calambrazo',
      ]),
      pain: v('dolor', [
        'dolores', 'dolorido', 'dolorida', 'adolorido', 'adolorida', 'molestia', 'molestias', 'tensión', 'tenso', 'tensa', 'presión',
        'opresión', 'pesadez', 'rigidez',
      ]),
      burning: v('ardor', [
        'quemazón', 'ardiendo', 'cansancio', 'cansado', 'cansada', 'cansadas', 'cansados', 'agotado', 'agotada', 'cargado', 'cargada',
        'cargadas', 'temblando', 'calor', 'fuego', 'estirado', 'tirante', 'trabajando', 'como gelatina',
      ]),
    },
    RoutineLengthType: {
      quick: v('rápida', [
        'una rápida', 'una sesión rápida', 'sesión rápida', 'la rápida', 'una corta', 'una sesión corta', 'la corta', 'la versión corta',
        'la versión rápida', 'algo rápido', 'algo corto', 'la de siete minutos', 'una más corta', 'corta', 'rapidita', 'una rapidita',
        'rutina rápida', 'una rutina rápida', 'rutina corta', 'la sesión corta',
      ]),
      full: v('completa', [
        'la completa', 'la rutina completa', 'rutina completa', 'la sesión completa', 'sesión completa', 'toda la rutina', 'todo',
        'los diez', 'los diez ejercicios', 'todos los ejercicios', 'la larga', 'una larga', 'la versión larga', 'una más larga',
        'la rutina entera', 'entera', 'larga', 'más larga', 'la sesión larga', 'una sesión larga',
      ]),
    },
  },

  welcome: [
    'abre entrenador de cadera', 'abrir entrenador de cadera', 'hablar con entrenador de cadera', 'inicia entrenador de cadera',
    'abre hip coach', 'hola hip coach', 'hola', 'buenas', 'buenos días', 'buenas tardes',
  ],

  skill: {
    name: 'Hip Coach',
    invocationName: 'entrenador de cadera',
    summary: 'Rutinas cortas guiadas por voz para que tus caderas hagan su parte y tu espalda trabaje menos.',
    description: ({ emergencyNumber, doctor }) =>
      `Hip Coach te guía por voz, sin manos, en rutinas diarias cortas pensadas para el dolor lumbar que vuelve una y otra vez: ` +
      `movilidad de cadera, activación de glúteos y práctica de la bisagra de cadera, dentro de un programa de seis semanas. ` +
      `Antes de cada rutina te hace unas preguntas de seguridad y, si alguna respuesta lo aconseja, te dice dónde buscar atención y no te propone ejercicio. ` +
      `Importante: Hip Coach ofrece orientación general sobre ejercicio y no es consejo médico. No diagnostica ni trata ninguna enfermedad ` +
      `y no sustituye a tu ${doctor} ni a un fisioterapeuta. Si el dolor es fuerte, no mejora o empeora, consulta a un profesional sanitario. ` +
      `En una emergencia, llama al ${emergencyNumber}.`,
    examplePhrases: [
      'Alexa, abre entrenador de cadera',
      'Alexa, pide a entrenador de cadera una sesión rápida',
      'Alexa, pide a entrenador de cadera la rutina completa',
    ],
    keywords: [
      'dolor de espalda', 'dolor lumbar', 'lumbalgia', 'cadera', 'glúteos', 'movilidad', 'estiramientos', 'ejercicio', 'fisioterapia',
      'entrenador',
    ],
  },
};
