// Der deutsche Evaluationssatz: was 25- bis 45-Jährige mit Rückenschmerzen in
// Deutschland wirklich zu einem Lautsprecher sagen, mit der Frage, auf die sie
// antworten, und dem, was der Coach verstehen soll. Frisch geschrieben: nichts
// davon ist ein Beispielsatz des Modells (intents/lang/de.ts), und das meiste
// ist absichtlich nicht die kanonische Formulierung.
//
// Geschrieben, wie Alexa transkribiert oder Leute tippen (klein, Zahlen als
// Wörter oder Ziffern, Umlaute); beides kommt vor.
import type { Category, Expected, NluCase, PromptId } from './types';
import { age, cmd, HARMLESS, HURTS, LASTING, NO, NOT_SURE, num, pattern, RED, STOP, URGENT, YES } from './expect';

type Line = string | readonly [text: string, note: string];

function group(category: Category, prompt: PromptId, expect: Expected, lines: readonly Line[]): NluCase[] {
  return lines.map((line) => {
    const [text, note] = typeof line === 'string' ? [line, undefined] : line;
    return { text, prompt, expect, category, locale: 'de-DE', ...(note ? { note } : {}) };
  });
}


// ---------------------------------------------------------------- Warnzeichen
const SADDLE = group('redFlag', 'routine', RED, [
  'ähm mein po ist irgendwie taub geworden',
  'ich hab so ein kribbeln im intimbereich',
  'da unten fühlt sich alles taub an',
  'zwischen den beinen ist alles pelzig',
  'mein hintern ist komplett taub',
  'ich spür meinen hintern gar nicht mehr',
  'meine pobacken kribbeln seit heute morgen',
  'die innenseite der oberschenkel ist ganz taub',
  'ehrlich gesagt ist meine leiste taub',
  'ich habe ein taubheitsgefühl am gesäß',
  'im schritt kribbelt es total',
  'untenrum spüre ich kaum noch was',
  'taubheit im genitalbereich seit gestern',
  'mein gesäß fühlt sich wie tot an',
  'ich merke am po gar nichts mehr wenn ich sitze',
]);
const SADDLE_TRIAGE = group('redFlag', 'triage', RED, [
  'ja da unten ist es ein bisschen taub',
  'doch mein po kribbelt schon seit tagen',
]);
const BLADDER = group('redFlag', 'routine', RED, [
  'mir ist gerade was in die hose gegangen ohne dass ich es gemerkt habe',
  'ich kann seit heute morgen nicht richtig pinkeln',
  'ich hab nicht mehr rechtzeitig aufs klo geschafft',
  'ich habe heute zweimal eingenässt',
  'ich kann das wasser irgendwie nicht mehr halten',
  'ich verliere ständig ein bisschen urin',
  'ich merk gar nicht mehr wann ich auf toilette muss',
  'mein darm macht was er will ich kann ihn nicht kontrollieren',
]);
const LEGS = group('redFlag', 'routine', RED, [
  'beide beine sind taub',
  'ich hab kribbeln in beiden beinen',
  'meine beine knicken dauernd weg',
  'ich kann kaum noch gehen',
  'meine beine tragen mich irgendwie nicht mehr',
  'meine füße sind beide taub',
  'mir sacken ständig die knie weg',
  'ich komm vom boden nicht mehr hoch',
  'mein fuß schleift beim gehen',
  'ich kann nicht mehr richtig stehen',
]);
const FALLS = group('redFlag', 'routine', RED, [
  'ich bin gestern die treppe runtergefallen',
  'ich bin heute morgen auf glatteis hingefallen',
  'ich hatte letzte woche einen autounfall',
  'mir ist einer hinten drauf gefahren',
  'ich bin mit dem fahrrad gestürzt',
  'ich bin voll auf den rücken gefallen',
  'ich bin im bad ausgerutscht und hingeknallt',
  'das fing nach einem sturz an',
]);
const CHEST = group('redFlag', 'routine', RED, [
  'mir tut plötzlich die brust weh',
  'ich hab so ein engegefühl in der brust',
  'ich krieg irgendwie keine luft mehr',
  'es drückt total auf meiner brust',
  'ich hab seit heute früh atemnot',
  'ich glaube ich habe einen herzinfarkt',
]);
const URGENT_SIGNS = group('redFlag', 'routine', URGENT, [
  'ich glaub ich hab fieber',
  'ich habe seit gestern schüttelfrost',
  'ich fühl mich total krank',
  'ich hab fünf kilo abgenommen ohne grund',
  'die schmerzen wecken mich jede nacht',
  'es tut ständig weh auch nachts',
  'ich spritz mir ab und zu drogen',
  'ich hab osteoporose und mir den rücken gestoßen',
]);
const LASTING_ITEMS = group('redFlag', 'routine', LASTING, [
  'ich hatte vor drei jahren brustkrebs',
  'ich nehme immunsuppressiva nach einer transplantation',
  'ich hatte mal eine chemo',
]);

// ---------------------------------------------------------------- Harmlose Doppelgänger
const LOOK_ALIKES = group('lookAlike', 'routine', HARMLESS, [
  'mein po brennt richtig',
  'meine pomuskeln brennen wie feuer',
  'meine beine sind total müde',
  'meine beine zittern schon',
  'ich bin fast eingeschlafen',
  'ich spüre es jetzt richtig im po',
  'ich hab muskelkater vom training',
  'ich bin ganz schön außer atem',
  'ich bin voll aus der puste',
  'meine oberschenkel sind platt',
  'ich muss mal kurz aufs klo',
  'meine mutter hatte krebs',
  'ich will ein paar kilo abnehmen',
  'ich spritze mir insulin',
  'ich habe keine taubheit im po',
  'ich bin nicht gestürzt',
  'das band ist runtergerutscht',
  'mein handy ist runtergefallen',
  'meine beine sind schwer wie pudding',
  'ich hab seitenstechen',
  'ich bin geschafft',
  'das hat mir gut gefallen',
  'ich hab schlecht geschlafen',
  'mir ist aufgefallen dass ich schief stehe',
  'die dehnung spüre ich nicht so richtig',
  'meine hüfte ist steif',
  'ich kann nicht mehr',
]);
const LOOK_ALIKE_PAIN = group('lookAlike', 'routine', HURTS, [
  'das zieht ein bisschen im rücken',
  'autsch das zwickt',
  'mein rücken ist verspannt',
  'das ist gerade unangenehm',
]);

// ---------------------------------------------------------------- Ja, nein, weiß nicht
const YES_NO = [
  ...group('yesNo', 'triage', NO, [
    'nein gar nichts davon', 'nee zum glück nicht', 'nö hab ich nicht', 'also nein', 'nein nichts in der richtung',
    'ähm nein', 'nein eigentlich nicht', 'nicht dass ich wüsste nein',
  ]),
  ...group('yesNo', 'triage', YES, ['ja leider schon', 'ja das habe ich', 'jo hab ich', 'doch schon', 'ja das trifft auf mich zu']),
  ...group('yesNo', 'triage', NOT_SURE, ['hm weiß ich echt nicht', 'kann ich nicht genau sagen', 'ich bin mir da unsicher', 'vielleicht ein bisschen']),
  ...group('yesNo', 'recheck', NO, ['nein alles wie immer', 'nichts neues bei mir', 'nein alles gleich geblieben']),
  ...group('yesNo', 'clearance', YES, ['ja die ärztin hat es erlaubt', 'ja mein arzt hat grünes licht gegeben']),
  ...group('yesNo', 'clearance', NO, ['nein war ich noch nicht', 'nee noch nicht']),
  ...group('yesNo', 'belowKnee', NO, ['nein nur im kreuz', 'nein es bleibt oben']),
  ...group('yesNo', 'age', YES, ['ja klar bin ich', 'ja längst']),
  ...group('yesNo', 'consent', YES, ['ja gerne merken', 'ja mach ruhig']),
  ...group('yesNo', 'consent', NO, ['nein lieber nicht', 'nein bitte nichts speichern']),
  ...group('yesNo', 'sharpCheck', NO, ['nein eher ein dumpfes ziehen', 'nein nur ein bisschen unangenehm']),
];

// ---------------------------------------------------------------- Zahlen
const NUMBERS = [
  ...group('numbers', 'painNow', num(4), ['so drei oder vier', 'zwischen drei und vier', 'ich sag mal vier']),
  ...group('numbers', 'painNow', num(3), ['heute so eine drei', 'drei würd ich sagen', 'na ja eine 3']),
  ...group('numbers', 'painNow', num(0), ['gerade gar nichts', 'null zum glück']),
  ...group('numbers', 'painNow', num(2), ['nur eine zwei', 'zwei von zehn ungefähr', 'eine zwei vielleicht']),
  ...group('numbers', 'painNow', num(5), ['fünf', 'vier bis fünf', 'so in der mitte also fünf']),
  ...group('numbers', 'painNow', num(6), ['eine sechs heute', 'fünf oder sechs ehrlich gesagt']),
  ...group('numbers', 'painNow', num(7), ['eher eine sieben heute', 'sieben von zehn leider']),
  ...group('numbers', 'painNow', num(8), ['acht locker', 'sieben bis acht']),
  ...group('numbers', 'painAfter', num(2), ['jetzt nur noch zwei']),
  ...group('numbers', 'painAfter', num(3), ['immer noch drei']),
  ...group('numbers', 'painAfter', num(1), ['fühlt sich an wie eine eins']),
  ...group('numbers', 'age', age(34), ['vierunddreißig', 'ich bin 34 also ja']),
  ...group('numbers', 'age', age(15), ['fünfzehn']),
  ...group('numbers', 'age', age(41), ['einundvierzig jahre alt bin ich']),
];

// ---------------------------------------------------------------- Schmerzmuster
const PATTERNS = [
  ...group('patterns', 'pattern', pattern('sitting'), ['meistens nach langen tagen am schreibtisch', 'wenn ich lange im auto sitze', 'nach dem büro eigentlich immer']),
  ...group('patterns', 'pattern', pattern('bending'), ['wenn ich mich nach vorne beuge', 'beim wäsche aufhängen und bücken', 'wenn ich meine tochter hochhebe']),
  ...group('patterns', 'pattern', pattern('morning'), ['gleich nach dem aufstehen am schlimmsten', 'morgens wenn ich aus dem bett steige']),
  ...group('patterns', 'pattern', pattern('workout'), ['beim kreuzheben im studio', 'meistens nach dem joggen', 'im fitnessstudio meistens']),
  ...group('patterns', 'pattern', pattern('stress'), ['wenn es im job stressig ist', 'nach richtig stressigen wochen']),
  ...group('patterns', 'pattern', pattern('varies'), ['mal so und mal so', 'ganz unterschiedlich eigentlich', 'das ist total zufällig']),
];

// ---------------------------------------------------------------- Navigation
const NAVIGATION = [
  ...group('navigation', 'inPosition', cmd('next'), ['okay ich liege jetzt', 'so ich bin bereit', 'bin in position jetzt', 'kann weitergehen']),
  ...group('navigation', 'routine', cmd('next'), ['weiter geht es', 'nächster satz bitte']),
  ...group('navigation', 'preview', { event: 'length', value: 'quick' }, ['heute nur die kurze bitte', 'was schnelles bitte']),
  ...group('navigation', 'preview', { event: 'length', value: 'full' }, ['alle zehn übungen bitte', 'heute das volle programm']),
  ...group('navigation', 'routine', cmd('repeat'), ['wie war das nochmal', 'kannst du das bitte wiederholen', 'sag nochmal bitte']),
  ...group('navigation', 'routine', cmd('previous'), ['geh eine übung zurück', 'zurück zur übung davor']),
  ...group('navigation', 'routine', cmd('pause'), ['warte mal kurz', 'moment bitte', 'mach mal kurz pause']),
  ...group('navigation', 'routine', cmd('resume'), ['so weiter gehts', 'okay machen wir weiter']),
  ...group('navigation', 'routine', cmd('skip'), ['die übung lass ich heute aus', 'überspring die bitte']),
  ...group('navigation', 'hurtsChoice', cmd('skip'), ['dann überspringen']),
  ...group('navigation', 'hurtsChoice', cmd('next'), ['vorsichtig mit dem nächsten satz weiter']),
  ...group('navigation', 'hurtsChoice', cmd('stop'), ['lass uns für heute aufhören']),
  ...group('navigation', 'routine', cmd('startOver'), ['lass uns nochmal ganz von vorne anfangen']),
  ...group('navigation', 'routine', cmd('stop'), ['ich hör jetzt auf', 'tschüss für heute', 'genug für heute danke']),
];

// ---------------------------------------------------------------- Sonstiges
const OTHER = [
  ...group('other', 'inPosition', cmd('howTo'), ['wie genau geht die übung', 'erklär mir nochmal wie das geht', 'was muss ich da machen']),
  ...group('other', 'routine', cmd('why'), ['wozu ist die übung gut', 'warum machen wir die eigentlich']),
  ...group('other', 'routine', cmd('help'), ['was kann ich alles sagen', 'hilfe bitte']),
  ...group('other', 'preview', cmd('progress'), ['in welcher woche bin ich gerade', 'wie viele einheiten hab ich schon']),
  ...group('other', 'consent', cmd('deleteData'), ['lösch bitte alle meine daten']),
  ...group('other', 'routine', STOP, [
    'es sticht richtig im rücken', 'ein stechender schmerz', 'es schießt ins bein', 'wie ein stromschlag ins bein',
    'es zieht bis in die wade', 'es strahlt bis unters knie aus',
  ]),
  ...group('other', 'sharpCheck', STOP, ['ja es sticht und zieht ins bein']),
  ...group('other', 'routine', HURTS, ['aua das tut weh', 'uff das tut echt weh', 'das schmerzt ein bisschen', 'mein kreuz tut weh']),
];

export const GERMAN_CASES: readonly NluCase[] = [
  ...SADDLE, ...SADDLE_TRIAGE, ...BLADDER, ...LEGS, ...FALLS, ...CHEST, ...URGENT_SIGNS, ...LASTING_ITEMS,
  ...LOOK_ALIKES, ...LOOK_ALIKE_PAIN, ...YES_NO, ...NUMBERS, ...PATTERNS, ...NAVIGATION, ...OTHER,
];
