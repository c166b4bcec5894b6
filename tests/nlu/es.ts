// The Spanish held-out evaluation set: what people of 25 to 45 with a sore
// back in Spain, Mexico and the US actually say to a speaker, tagged with the
// prompt it answers and what the coach should understand. Written fresh; none
// of it is a sample of the model (tests/lang-es.test.ts checks), and most of it
// is deliberately not the canonical phrasing.
//
// Texts are written the way Alexa transcribes Spanish (accents, lowercase
// mostly, numbers as words or digits) or the way people type in the terminal
// (sometimes without accents); both appear on purpose. Every case names its
// locale; where a phrase is said everywhere, the locale spreads the set.
import type { Category, Expected, NluCase, PromptId } from './types';
import { age, cmd, HARMLESS, HURTS, LASTING, NO, NOT_SURE, num, pattern, RED, STOP, URGENT, YES } from './expect';

type Loc = 'es-ES' | 'es-MX' | 'es-US';
/** [text, locale, note?] */
type Line = readonly [text: string, locale: Loc, note?: string];

function group(category: Category, prompt: PromptId, expect: Expected, lines: readonly Line[]): NluCase[] {
  return lines.map(([text, locale, note]) => ({ text, prompt, expect, category, locale, ...(note ? { note } : {}) }));
}


const ASLEEP = '"dormido" is how Spanish says numb, but also after sitting: the confirming question (saddle or legs) is a right reading too';
const ONE_LEG = 'one leg or both is unclear: the confirming question (legs) is the right reading';

// ---------------------------------------------------------------- red flags
const SADDLE = group('redFlag', 'routine', RED, [
  ['oye tengo la entrepierna como entumecida', 'es-MX'],
  ['se me ha quedado acorchada la zona de los genitales', 'es-ES'],
  ['noto un hormigueo raro ahí abajo desde esta mañana', 'es-ES'],
  ['la verdad no siento nada entre las piernas', 'es-MX'],
  ['tengo las nalgas adormecidas', 'es-US'],
  ['siento como agujitas en las pompas y no se me quita', 'es-MX'],
  ['se me durmió el trasero y sigue dormido', 'es-US', ASLEEP],
  ['tengo el culo dormido desde ayer', 'es-ES', ASLEEP],
  ['hay un cosquilleo en la cara interna de los muslos', 'es-ES'],
  ['la parte de dentro de los muslos la noto insensible', 'es-ES'],
  ['he perdido sensibilidad en la ingle', 'es-ES'],
  ['cuando me limpio no siento nada', 'es-MX', 'a classic description of saddle numbness with no area named; ambiguous saddle is fine'],
  ['mis partes íntimas están como adormecidas', 'es-US'],
  ['tengo hormigueo en el periné', 'es-ES'],
  ['no siento bien el trasero al sentarme en el baño', 'es-US'],
]);

const SADDLE_TRIAGE = group('redFlag', 'triage', RED, [
  ['sí, tengo la ingle un poco entumida', 'es-MX'],
  ['pues sí, noto hormigueo en las nalgas', 'es-ES'],
]);

const BLADDER = group('redFlag', 'routine', RED, [
  ['me acabo de hacer pipí sin darme cuenta', 'es-MX'],
  ['se me ha escapado el pis al agacharme', 'es-ES'],
  ['no consigo hacer pis desde anoche', 'es-ES'],
  ['tengo problemas para orinar desde hace dos días', 'es-US'],
  ['ya no noto cuando tengo que ir al baño', 'es-MX'],
  ['me hice del baño en los pantalones', 'es-MX'],
  ['he perdido el control de los esfínteres', 'es-ES'],
  ['no llego a tiempo al baño y me mojo', 'es-US'],
  ['quiero orinar pero no me sale nada', 'es-US'],
  ['se me escapan las heces', 'es-ES'],
]);

const BLADDER_TRIAGE = group('redFlag', 'triage', RED, [
  ['sí, me cuesta mucho hacer pis', 'es-ES'],
  ['pues sí, se me escapa la orina a veces', 'es-MX'],
]);

const LEGS = group('redFlag', 'routine', RED, [
  ['tengo las dos piernas sin fuerza', 'es-ES'],
  ['se me están doblando las rodillas al andar', 'es-ES'],
  ['las piernas me están fallando', 'es-MX'],
  ['apenas puedo andar hoy', 'es-ES'],
  ['camino con mucha dificultad desde ayer', 'es-US'],
  ['no me sostengo en pie', 'es-ES'],
  ['siento las dos piernas entumidas', 'es-MX'],
  ['tengo hormigueo en ambos pies', 'es-US'],
  ['la pierna se me está quedando cada vez más débil', 'es-MX'],
  ['voy arrastrando el pie derecho', 'es-ES', 'a foot drop'],
  ['tengo la pierna izquierda adormecida', 'es-US', ONE_LEG],
  ['no puedo apoyar las piernas, no me aguantan', 'es-MX'],
]);

const FALLS = group('redFlag', 'routine', RED, [
  ['ayer me caí en la calle', 'es-ES'],
  ['me di un buen costalazo en la escalera', 'es-MX'],
  ['me resbalé en la regadera y caí de espaldas', 'es-MX'],
  ['tuve un accidente de tráfico el viernes', 'es-ES'],
  ['me chocaron por atrás en el carro', 'es-US'],
  ['me caí de la bici el domingo', 'es-ES'],
  ['me di un sentón en el hielo', 'es-MX'],
  ['me he caído por las escaleras del trabajo', 'es-ES'],
  ['choqué con la moto hace unos días', 'es-US'],
  ['el dolor empezó cuando me caí del caballo', 'es-MX'],
]);

const FALLS_TRIAGE = group('redFlag', 'triage', RED, [
  ['sí, me caí hace poco', 'es-ES'],
  ['sí, empezó después de un choque', 'es-US'],
]);

const CHEST = group('redFlag', 'routine', RED, [
  ['siento una opresión en el pecho', 'es-ES'],
  ['me aprieta mucho el pecho', 'es-MX'],
  ['me está doliendo el pecho', 'es-US'],
  ['me cuesta mucho respirar ahora', 'es-ES'],
  ['creo que me está dando un infarto', 'es-MX'],
  ['no me entra el aire y me duele el pecho', 'es-US'],
  ['tengo un peso en el pecho muy raro', 'es-ES'],
]);

const URGENT_SIGNS = group('redFlag', 'routine', URGENT, [
  ['tengo calentura desde ayer', 'es-MX'],
  ['creo que tengo algo de fiebre', 'es-ES'],
  ['estoy con escalofríos todo el día', 'es-US'],
  ['me encuentro fatal, como con gripe', 'es-ES'],
  ['estoy malo desde el lunes', 'es-ES'],
  ['me siento de la patada', 'es-MX'],
  ['he bajado seis kilos sin hacer dieta', 'es-ES'],
  ['estoy perdiendo peso y no sé por qué', 'es-US'],
  ['la ropa me queda grande y no estoy a dieta', 'es-MX'],
  ['el dolor me despierta todas las noches y no se calma con nada', 'es-ES'],
  ['me duele igual de noche y de día, ni acostado se me quita', 'es-MX'],
  ['tengo osteoporosis y ayer me di un golpe en la espalda', 'es-ES'],
  ['tomo prednisona y me golpeé la espalda con la puerta', 'es-US'],
  ['antes me inyectaba heroína', 'es-ES'],
  ['he compartido jeringuillas', 'es-ES'],
]);

const URGENT_TRIAGE = group('redFlag', 'triage', URGENT, [
  ['sí, he tenido fiebre estos días', 'es-ES'],
  ['sí, he perdido peso sin querer', 'es-MX'],
]);

const LASTING_ITEMS = group('redFlag', 'triage', LASTING, [
  ['tuve cáncer de mama hace unos años', 'es-ES'],
  ['me dieron quimio el año pasado', 'es-MX'],
  ['estoy en remisión de un linfoma', 'es-US'],
  ['tengo las defensas bajas por un tratamiento', 'es-ES'],
  ['tomo inmunosupresores por un trasplante', 'es-MX'],
  ['tengo vih', 'es-US'],
]);

const RED_MIDDLE = group('redFlag', 'inPosition', RED, [
  ['espera, se me han dormido las dos piernas', 'es-ES', ASLEEP],
  ['un momento, me acabo de resbalar y caer', 'es-MX'],
]);
const RED_SHARP = group('redFlag', 'sharpCheck', RED, [['no, pero no siento el trasero', 'es-US']]);
const RED_PAIN = group('redFlag', 'painNow', RED, [['un ocho y tengo las piernas entumecidas', 'es-ES']]);
const RED_RECHECK = group('redFlag', 'recheck', RED, [['sí, me he caído desde la última vez', 'es-ES']]);

// ---------------------------------------------------------------- look-alikes
const LOOK_ALIKES = group('lookAlike', 'routine', HARMLESS, [
  ['tengo las piernas muy cansadas', 'es-ES'],
  ['me tiemblan las piernas', 'es-MX'],
  ['tengo las piernas como gelatina', 'es-US'],
  ['me arden los glúteos', 'es-ES'],
  ['siento fuego en las pompas después de los puentes', 'es-MX'],
  ['noto cómo trabajan los glúteos', 'es-ES'],
  ['no noto que se activen los glúteos', 'es-ES'],
  ['no siento el estiramiento', 'es-MX'],
  ['anoche me quedé dormido en el sofá', 'es-ES'],
  ['casi me quedo dormida en la paloma', 'es-MX'],
  ['se me cayó el teléfono', 'es-US'],
  ['se me resbaló la banda de las rodillas', 'es-ES'],
  ['me he quedado atrás con las sesiones', 'es-ES'],
  ['me caigo de sueño', 'es-ES'],
  ['mi jefe me cae fatal', 'es-ES'],
  ['tuve una hernia discal hace años', 'es-MX'],
  ['tengo que ir al baño un momento', 'es-US'],
  ['estoy sin aliento', 'es-ES'],
  ['noto el estiramiento en el pecho', 'es-MX'],
  ['mi madre tuvo cáncer', 'es-ES'],
  ['mi papá se cayó la semana pasada', 'es-MX'],
  ['estoy intentando bajar de peso', 'es-US'],
  ['estoy harta de estar sentada todo el día', 'es-ES'],
  ['estoy sudando a mares', 'es-MX'],
  ['no tengo ni hormigueo ni nada', 'es-ES'],
  ['no me he caído nunca', 'es-US'],
  ['no tengo fiebre', 'es-MX'],
  ['me pusieron una infiltración en la espalda', 'es-ES'],
  ['me pongo insulina', 'es-US'],
  ['mis defensas están bien', 'es-ES'],
  ['tengo los isquiotibiales cargados', 'es-ES'],
  ['tengo la mano dormida de apoyarme', 'es-MX'],
  ['siento calor en la ingle con este estiramiento', 'es-ES'],
  ['la cadera la tengo muy rígida', 'es-US'],
  ['estoy agitado, me falta fondo', 'es-MX'],
]);

const LOOK_ALIKE_PAIN = group('lookAlike', 'routine', HURTS, [
  ['tengo agujetas de ayer', 'es-ES'],
  ['ando adolorido de los glúteos', 'es-MX'],
  ['uy, esto molesta un poco', 'es-US'],
  ['me duelen las nalgas de los puentes', 'es-ES'],
]);

// ---------------------------------------------------------------- yes / no
const YES_NO = [
  ...group('yesNo', 'triage', NO, [
    ['no, nada de eso la verdad', 'es-ES'], ['qué va, para nada', 'es-ES'], ['nel, nada', 'es-MX'], ['pues la verdad que no', 'es-MX'],
    ['no, ninguna de esas cosas', 'es-US'], ['mmm no', 'es-US'], ['no, afortunadamente', 'es-ES'], ['no, que yo sepa no', 'es-MX'],
    ['nada de lo que dices', 'es-US'], ['no, no, todo bien', 'es-MX'],
  ]),
  ...group('yesNo', 'triage', YES, [
    ['sí, me pasa a veces', 'es-ES'], ['pues sí, un poquito', 'es-MX'], ['ajá, sí', 'es-US'], ['sí, lamentablemente', 'es-US'],
    ['simón', 'es-MX'], ['sí, lo he tenido alguna vez', 'es-ES'],
  ]),
  ...group('yesNo', 'triage', NOT_SURE, [
    ['no sé, la verdad', 'es-ES'], ['uy, no estoy muy segura', 'es-MX'], ['puede que sí, no sé', 'es-US'], ['ni idea, la verdad', 'es-ES'],
    ['igual sí, no lo tengo claro', 'es-ES'],
  ]),
  ...group('yesNo', 'recheck', NO, [['no, todo igual', 'es-MX']]),
  ...group('yesNo', 'clearance', YES, [['sí, mi oncóloga me dijo que podía', 'es-ES'], ['sí, el doctor me dio el visto bueno', 'es-US']]),
  ...group('yesNo', 'clearance', NO, [['no, todavía no he ido', 'es-MX']]),
  ...group('yesNo', 'belowKnee', YES, [['sí, me llega hasta el tobillo', 'es-ES']]),
  ...group('yesNo', 'belowKnee', NO, [['no, se queda en la zona lumbar', 'es-MX']]),
  ...group('yesNo', 'age', YES, [['sí, tengo bastantes más', 'es-ES']]),
  ...group('yesNo', 'consent', YES, [['sí, guárdalos por favor', 'es-MX']]),
  ...group('yesNo', 'consent', NO, [['no, prefiero que no', 'es-US']]),
  ...group('yesNo', 'sharpCheck', NO, [['no, es más bien una molestia', 'es-ES'], ['no, solo es un dolorcito', 'es-MX']]),
];

// ---------------------------------------------------------------- numbers
const NUMBERS = [
  ...group('numbers', 'painNow', num(4), [['un tres o un cuatro', 'es-ES'], ['entre tres y cuatro diría yo', 'es-MX']]),
  ...group('numbers', 'painNow', num(3), [['pues un tres', 'es-US'], ['yo le pondría un 3', 'es-ES']]),
  ...group('numbers', 'painNow', num(0), [['ahora mismo nada de nada', 'es-ES']]),
  ...group('numbers', 'painNow', num(5), [['un cinco más o menos hoy', 'es-MX'], ['cuatro o cinco', 'es-US']]),
  ...group('numbers', 'painNow', num(6), [['6 creo', 'es-ES']]),
  ...group('numbers', 'painNow', num(7), [['hoy está en un siete', 'es-MX']]),
  ...group('numbers', 'painNow', num(8), [['un ocho, está fuerte', 'es-US']]),
  ...group('numbers', 'painAfter', num(2), [['ahora como un dos', 'es-ES']]),
  ...group('numbers', 'painAfter', num(1), [['ha bajado a uno', 'es-MX']]),
  ...group('numbers', 'age', age(34), [['treinta y cuatro', 'es-ES']]),
  ...group('numbers', 'age', age(41), [['tengo cuarenta y uno', 'es-MX']]),
  ...group('numbers', 'age', age(15), [['quince recién cumplidos', 'es-US']]),
];

// ---------------------------------------------------------------- patterns
const PATTERNS = [
  ...group('patterns', 'pattern', pattern('sitting'), [
    ['cuando paso horas frente a la computadora', 'es-MX'], ['después de manejar mucho', 'es-US'], ['en el coche en viajes largos', 'es-ES'],
  ]),
  ...group('patterns', 'pattern', pattern('bending'), [
    ['al agacharme a coger a la niña', 'es-ES'], ['cuando cargo las bolsas del mandado', 'es-MX'],
  ]),
  ...group('patterns', 'pattern', pattern('morning'), [['nada más levantarme de la cama', 'es-ES'], ['en la mañanita al despertar', 'es-MX']]),
  ...group('patterns', 'pattern', pattern('workout'), [['cuando hago sentadillas en el gym', 'es-US'], ['después del fútbol', 'es-ES']]),
  ...group('patterns', 'pattern', pattern('stress'), [['en semanas de mucho estrés en el trabajo', 'es-ES'], ['cuando ando estresado', 'es-MX']]),
  ...group('patterns', 'pattern', pattern('varies'), [['un poco de todas', 'es-US'], ['no tiene un momento fijo', 'es-ES']]),
];

// ---------------------------------------------------------------- navigation
const NAVIGATION = [
  ...group('navigation', 'inPosition', cmd('next'), [
    ['ya estoy colocada', 'es-ES'], ['listo, ya', 'es-MX'], ['ok ya estoy', 'es-US'], ['venga, siguiente', 'es-ES'],
  ]),
  ...group('navigation', 'routine', cmd('next'), [['pasa a la siguiente serie', 'es-MX'], ['ya acabé esta', 'es-US']]),
  ...group('navigation', 'preview', { event: 'length', value: 'quick' }, [['hoy una cortita', 'es-MX'], ['la versión rápida porfa', 'es-US']]),
  ...group('navigation', 'preview', { event: 'length', value: 'full' }, [['hagamos todos los ejercicios', 'es-ES'], ['quiero la entera', 'es-ES']]),
  ...group('navigation', 'routine', cmd('repeat'), [['¿mande? no te oí bien', 'es-MX'], ['¿me lo puedes repetir?', 'es-ES']]),
  ...group('navigation', 'routine', cmd('previous'), [['vuelve al de antes', 'es-ES']]),
  ...group('navigation', 'routine', cmd('pause'), [['espérame tantito', 'es-MX'], ['para un segundo', 'es-ES']]),
  ...group('navigation', 'routine', cmd('resume'), [['ya, seguimos', 'es-ES'], ['ándale, sigue', 'es-MX']]),
  ...group('navigation', 'routine', cmd('skip'), [['sáltate la paloma', 'es-US'], ['este me lo salto hoy', 'es-ES']]),
  ...group('navigation', 'hurtsChoice', cmd('stop'), [['mejor lo dejamos por hoy', 'es-ES']]),
  ...group('navigation', 'routine', cmd('startOver'), [['empieza otra vez desde cero', 'es-MX']]),
  ...group('navigation', 'routine', cmd('stop'), [['ya no más por hoy', 'es-MX'], ['ya está bien por hoy', 'es-ES']]),
];

// ---------------------------------------------------------------- other
const OTHER = [
  ...group('other', 'inPosition', cmd('howTo'), [['¿cómo me pongo para este?', 'es-ES'], ['no sé cómo se hace esto', 'es-US']]),
  ...group('other', 'routine', cmd('why'), [['¿esto para qué me sirve?', 'es-MX'], ['¿por qué los puentes?', 'es-ES']]),
  ...group('other', 'routine', cmd('help'), [['¿qué te puedo pedir?', 'es-US']]),
  ...group('other', 'preview', cmd('progress'), [['¿cuántas sesiones llevo ya?', 'es-ES']]),
  ...group('other', 'consent', cmd('deleteData'), [['bórrame todos los datos', 'es-MX']]),
  ...group('other', 'routine', STOP, [
    ['me dio un pinchazo en la espalda', 'es-ES'], ['siento un latigazo que me baja por la pierna', 'es-ES'],
    ['es como una descarga hasta el pie', 'es-MX'], ['tengo un dolor punzante', 'es-US'],
  ]),
  ...group('other', 'routine', HURTS, [['ay, ay, me duele aquí abajo de la espalda', 'es-MX'], ['me está molestando la lumbar', 'es-ES']]),
];

export const SPANISH_CASES: readonly NluCase[] = [
  ...SADDLE, ...SADDLE_TRIAGE, ...BLADDER, ...BLADDER_TRIAGE, ...LEGS, ...FALLS, ...FALLS_TRIAGE, ...CHEST,
  ...URGENT_SIGNS, ...URGENT_TRIAGE, ...LASTING_ITEMS, ...RED_MIDDLE, ...RED_SHARP, ...RED_PAIN, ...RED_RECHECK,
  ...LOOK_ALIKES, ...LOOK_ALIKE_PAIN, ...YES_NO, ...NUMBERS, ...PATTERNS, ...NAVIGATION, ...OTHER,
];
