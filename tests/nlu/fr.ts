// Le jeu d’évaluation français : what 25 to 45 year olds in France and Quebec
// with a sore back actually say to a speaker, tagged with the prompt it
// answers and what the coach should understand. Written fresh: none of it is
// a sample of intents/lang/fr.ts, and most of it is deliberately not the
// canonical phrasing.
//
// Every case names its locale. Lines written for one country say so
// ([text, 'fr-CA']); the others are French of both countries and are dealt
// out in turn to fr-FR and fr-CA, so each locale's model sees about half.
// Texts are written the way Alexa transcribes them (lowercase, accents, digits
// or words); a few are typed without accents, as in the terminal.
import type { Category, Expected, NluCase, PromptId } from './types';
import { age, cmd, HARMLESS, HURTS, LASTING, NO, NOT_SURE, num, pattern, RED, STOP, URGENT, YES } from './expect';

type FrLocale = 'fr-FR' | 'fr-CA';
/** A text (either country), or [text, locale, note]. */
type Line = string | readonly [text: string, locale: FrLocale, note?: string];

let turn = 0;
function group(category: Category, prompt: PromptId, expect: Expected, lines: readonly Line[]): NluCase[] {
  return lines.map((line) => {
    if (typeof line === 'string') {
      const locale: FrLocale = turn++ % 2 === 0 ? 'fr-FR' : 'fr-CA';
      return { text: line, prompt, expect, category, locale };
    }
    const [text, locale, note] = line;
    return { text, prompt, expect, category, locale, ...(note ? { note } : {}) };
  });
}


const ONE_LEG = 'une jambe ou les deux, on ne sait pas : la question de confirmation (legs) est la bonne lecture';
const SLIPPED = 'une glissade n’est pas forcément une chute : la question de confirmation (fall) est la bonne lecture';

// ---------------------------------------------------------------- signes d’urgence
const SADDLE = group('redFlag', 'routine', RED, [
  'euh j’ai l’entrejambe tout engourdi',
  'ça fourmille entre mes jambes depuis ce matin',
  'je sens plus rien au niveau des fesses',
  'j’ai des picotements autour de l’anus',
  'mes parties intimes sont comme engourdies depuis hier',
  ['j’ai les foufounes toutes engourdies depuis à matin', 'fr-CA'],
  ['mon cul est complètement engourdi', 'fr-FR'],
  'j’ai perdu la sensibilité en bas, vers le sexe',
  'l’intérieur de mes cuisses est tout engourdi',
  'j’ai des fourmis dans les fesses et ça passe pas',
  'honnêtement je sens presque rien quand je m’essuie',
  ['mon derrière est insensible quand je m’assois', 'fr-CA'],
  'ca picote au niveau du perinee',
  'c’est bizarre je ne sens plus mes fesses',
]);

const SADDLE_TRIAGE = group('redFlag', 'triage', RED, [
  'oui j’ai les fesses un peu engourdies',
  'ben oui ça fourmille un peu entre les jambes',
]);

const BLADDER = group('redFlag', 'routine', RED, [
  'je me suis fait pipi dessus tout à l’heure',
  'j’arrive plus à uriner depuis hier soir',
  'j’ai du mal à faire pipi, rien ne sort',
  'je contrôle plus vraiment ma vessie',
  ['je me suis oubliée ce matin', 'fr-FR', 'euphémisme pour une perte de selles ou d’urine'],
  'je sens plus quand j’ai envie d’aller aux toilettes',
  ['je peux pas me retenir, j’ai fait dans mes pantalons', 'fr-CA'],
  'j’ai des fuites urinaires depuis deux jours',
  'je crois que je suis devenu incontinent',
  'j’ai pas uriné de la journée',
]);

const BLADDER_TRIAGE = group('redFlag', 'triage', RED, ['oui j’ai du mal à uriner depuis peu']);

const LEGS = group('redFlag', 'routine', RED, [
  'mes deux jambes sont devenues toutes faibles',
  'mes jambes lâchent quand je me lève',
  'j’ai les genoux qui se dérobent sous moi',
  'j’arrive presque plus à marcher',
  'je tiens plus debout',
  'j’ai des fourmillements dans les deux jambes maintenant',
  'mes pieds sont engourdis, les deux',
  'ma jambe droite devient de plus en plus faible',
  'je traîne le pied en marchant',
  ['euh ma jambe gauche est engourdie là', 'fr-FR', ONE_LEG],
  ['j’ai des picotements dans le pied droit', 'fr-CA', ONE_LEG],
  'je peux plus lever le pied correctement',
  ['mes jambes me portent plus', 'fr-CA'],
]);

const FALLS = group('redFlag', 'routine', RED, [
  'je suis tombée dans l’escalier la semaine dernière',
  'j’ai fait une mauvaise chute au ski',
  'j’ai eu un accident de voiture vendredi',
  ['je me suis fait frapper par un char en vélo', 'fr-CA'],
  ['je me suis bien ramassé sur la glace', 'fr-CA'],
  ['je me suis pris une gamelle en trottinette', 'fr-FR'],
  'je suis tombé sur le coccyx',
  'je suis tombé d’une échelle mardi',
  ['j’ai glissé sous la douche', 'fr-FR', SLIPPED],
  'je suis tombé de vélo dimanche',
]);

const FALLS_TRIAGE = group('redFlag', 'triage', RED, ['oui je suis tombée sur le dos', 'oui un accident de moto']);

const CHEST = group('redFlag', 'routine', RED, [
  'j’ai une drôle de douleur dans la poitrine',
  'ça me serre dans la poitrine',
  'j’ai comme un poids sur la poitrine',
  'j’ai vraiment du mal à respirer là',
  'j’ai mal à la poitrine quand je respire',
  'je crois que je fais une crise cardiaque',
  ['j’ai une barre dans la poitrine', 'fr-FR'],
  'j’étouffe, j’arrive pas à respirer',
]);

const URGENT_SIGNS = group('redFlag', 'routine', URGENT, [
  'j’ai de la fièvre depuis hier',
  ['je fais de la fièvre depuis deux jours', 'fr-CA'],
  ['j’ai de la température et des frissons', 'fr-FR'],
  'je grelotte depuis ce matin',
  'je me sens vraiment pas bien aujourd’hui',
  'je suis patraque depuis deux jours',
  'j’ai des sueurs la nuit ces temps-ci',
  'j’ai perdu cinq kilos sans faire de régime',
  'je maigris sans raison',
  ['j’ai perdu dix livres sans essayer', 'fr-CA'],
  'la douleur me réveille toutes les nuits',
  'ça fait mal tout le temps, même allongé',
  'c’est pire la nuit et rien ne la soulage',
  'j’ai de l’ostéoporose et je me suis cogné le dos contre la porte',
  'je prends de la cortisone et j’ai pris un choc dans le dos',
  'je me pique à l’héroïne',
  'je m’injectais de la drogue avant',
]);

const URGENT_TRIAGE = group('redFlag', 'triage', URGENT, ['oui j’ai de la fièvre', 'oui j’ai maigri sans le vouloir']);

const LASTING_ITEMS = group('redFlag', 'triage', LASTING, [
  'j’ai eu un cancer du sein il y a cinq ans',
  'j’ai fait une chimio',
  'je suis en rémission d’un lymphome',
  'je suis immunodéprimé',
  'je prends des immunosuppresseurs depuis ma greffe',
  'j’ai le vih',
  'oui j’ai eu une tumeur',
]);

const RED_ELSEWHERE = [
  ...group('redFlag', 'inPosition', RED, ['attendez j’ai les jambes engourdies', 'deux secondes je suis tombé']),
  ...group('redFlag', 'sharpCheck', RED, ['non mais j’ai les fesses engourdies']),
  ...group('redFlag', 'painNow', RED, ['huit et j’ai les jambes qui lâchent']),
  ...group('redFlag', 'recheck', RED, ['oui je suis tombé depuis la dernière fois']),
];

// ---------------------------------------------------------------- fausses alertes
const LOOK_ALIKES = group('lookAlike', 'routine', HARMLESS, [
  'j’ai les jambes super fatiguées',
  'j’ai les jambes en coton',
  'mes cuisses brûlent',
  'mes fessiers sont en feu après ça',
  'ça brûle dans les fessiers',
  'je sens bien les fessiers travailler',
  'je sens pas mes fessiers travailler',
  'je sens pas l’étirement',
  'je le sens dans les fesses',
  'je me suis endormi sur le canapé hier soir',
  'j’ai failli m’endormir dans le pigeon',
  'j’ai laissé tomber le programme la semaine dernière',
  'l’élastique a glissé',
  'mon téléphone est tombé',
  'ça tombe bien, j’ai le temps',
  'ça m’est sorti de la tête hier',
  'j’ai une hernie discale depuis des années',
  'je suis essoufflé',
  'je transpire beaucoup',
  'ma mère a eu un cancer',
  'mon père est tombé la semaine dernière',
  'j’essaie de perdre du poids',
  'j’ai perdu du poids avec mon régime',
  'j’ai pas de fièvre',
  'aucun engourdissement nulle part',
  'je me suis jamais fait pipi dessus',
  'j’ai envie de faire pipi',
  ['il faut que j’aille à la toilette', 'fr-CA'],
  'j’ai eu une infiltration dans le dos',
  'je prends de l’insuline',
  'mes abdos sont faibles, ça je le sais',
  'je suis raide ce matin',
  ['mon fils est tombé de son vélo', 'fr-CA'],
  'j’ai les jambes lourdes après la marche',
  'je sens l’étirement dans l’aine',
  'ma gourde fuit',
]);

const LOOK_ALIKE_PAIN = group('lookAlike', 'routine', HURTS, [
  'aïe mes ischios',
  ['ayoye ça fait mal', 'fr-CA'],
  'ça tiraille dans le bas du dos',
  'j’ai un peu mal aux fesses avec les ponts',
  'ça me gêne un peu',
  ['ouille ma hanche', 'fr-FR'],
]);

// ---------------------------------------------------------------- oui / non
const YES_NO = [
  ...group('yesNo', 'triage', NO, [
    'euh non', 'non, rien de tout ça heureusement', 'non pas du tout heureusement', 'je crois pas non', 'non aucun de ces symptômes',
    ['ben non pantoute', 'fr-CA'], ['non non, pas pantoute', 'fr-CA'], 'bah non pas vraiment', 'non, pas que je sache', 'non jamais eu ça', 'non non non',
  ]),
  ...group('yesNo', 'triage', YES, ['oui, malheureusement c’est le cas', 'ouais un peu', 'oui parfois le soir', 'ben oui justement', 'oui ça m’arrive de temps à autre', 'ah oui']),
  ...group('yesNo', 'triage', NOT_SURE, ['euh je sais pas trop en fait', 'peut-être, je sais pas', 'c’est difficile à dire', 'j’en sais rien', 'bof je sais pas', 'je suis pas sûre du tout']),
  ...group('yesNo', 'recheck', NO, ['non, rien de nouveau depuis', 'non toujours pareil']),
  ...group('yesNo', 'recheck', YES, ['oui ça a empiré']),
  ...group('yesNo', 'clearance', YES, ['oui mon médecin m’a dit que je pouvais', 'oui l’oncologue est d’accord']),
  ...group('yesNo', 'clearance', NO, ['non, pas encore eu le temps', 'non j’ai vu personne']),
  ...group('yesNo', 'clearance', NOT_SURE, ['je me souviens plus']),
  ...group('yesNo', 'belowKnee', YES, ['oui jusqu’au mollet des fois', 'oui ça descend dans le pied']),
  ...group('yesNo', 'belowKnee', NO, ['non ça reste vraiment dans le dos', 'non, c’est juste le bas du dos']),
  ...group('yesNo', 'age', YES, ['oui largement, j’ai trente ans', 'oui oui bien sûr']),
  ...group('yesNo', 'consent', YES, ['oui vas-y garde-les', 'oui ce serait bien']),
  ...group('yesNo', 'consent', NO, ['non je préfère que tu gardes rien', 'non merci, pas besoin']),
  ...group('yesNo', 'sharpCheck', NO, ['non c’est plutôt une gêne', 'non juste des courbatures']),
  ...group('yesNo', 'sharpCheck', YES, ['oui c’est vif']),
];

// ---------------------------------------------------------------- chiffres
const NUMBERS = [
  ...group('numbers', 'painNow', num(4), ['euh trois ou quatre', 'entre trois et quatre je dirais']),
  ...group('numbers', 'painNow', num(3), ['je dirais trois pas plus', 'un trois à peu près']),
  ...group('numbers', 'painNow', num(0), ['zéro aujourd’hui ça va', 'pas mal du tout en ce moment']),
  ...group('numbers', 'painNow', num(2), ['deux sur dix je pense', 'à peu près deux ce matin']),
  ...group('numbers', 'painNow', num(5), ['cinq je pense', 'hmm quatre ou cinq']),
  ...group('numbers', 'painNow', num(6), ['six environ', 'cinq ou six franchement']),
  ...group('numbers', 'painNow', num(7), ['facilement sept']),
  ...group('numbers', 'painNow', num(8), ['huit, c’est une mauvaise journée', 'sept ou huit aujourd’hui']),
  ...group('numbers', 'painNow', num(1), ['un, presque rien']),
  ...group('numbers', 'painAfter', num(2), ['deux maintenant, ça va mieux']),
  ...group('numbers', 'painAfter', num(3), ['toujours trois']),
  ...group('numbers', 'age', age(34), ['trente-quatre ans le mois prochain']),
  ...group('numbers', 'age', age(41), ['j’ai quarante et un ans donc oui']),
  ...group('numbers', 'age', age(15), ['quinze ans et demi seulement']),
  ...group('numbers', 'age', age(27), ['j’ai eu vingt-sept ans le mois dernier']),
];

// ---------------------------------------------------------------- moments de la douleur
const PATTERNS = [
  ...group('patterns', 'pattern', pattern('sitting'), ['quand je reste assise toute la journée', 'après le bureau', ['après une longue route en char', 'fr-CA']]),
  ...group('patterns', 'pattern', pattern('bending'), ['quand je porte mon bébé', 'quand je me penche pour ramasser un truc', 'en soulevant des cartons']),
  ...group('patterns', 'pattern', pattern('morning'), ['le matin au lever', 'dès que je sors du lit']),
  ...group('patterns', 'pattern', pattern('workout'), ['pendant la muscu surtout', 'quand je cours le dimanche']),
  ...group('patterns', 'pattern', pattern('stress'), ['quand je suis stressée au boulot', 'après une grosse semaine au boulot']),
  ...group('patterns', 'pattern', pattern('varies'), ['un peu de tout ça en fait', 'ben ça dépend des jours', 'aucune idée, c’est aléatoire']),
];

// ---------------------------------------------------------------- navigation
const NAVIGATION = [
  ...group('navigation', 'inPosition', cmd('next'), ['c’est bon je suis en place', 'ok vas-y', 'allez on y va', ['c’est beau là', 'fr-CA'], 'voilà je suis installée']),
  ...group('navigation', 'routine', cmd('next'), ['on passe à la suite', 'série suivante', 'exercice suivant s’il te plaît']),
  ...group('navigation', 'preview', cmd('next'), ['ok on commence']),
  ...group('navigation', 'preview', { event: 'length', value: 'quick' }, ['une courte aujourd’hui svp', 'la version rapide, je suis pressé']),
  ...group('navigation', 'preview', { event: 'length', value: 'full' }, ['on fait tout aujourd’hui', 'je veux bien la version longue']),
  ...group('navigation', 'routine', cmd('repeat'), ['tu peux répéter s’il te plaît', 'pardon j’ai pas entendu', 'redis-moi ça doucement']),
  ...group('navigation', 'routine', cmd('previous'), ['on revient à l’exercice d’avant', 'un petit retour en arrière']),
  ...group('navigation', 'routine', cmd('pause'), ['attends deux minutes', 'une petite pause', ['minute là', 'fr-CA']]),
  ...group('navigation', 'routine', cmd('resume'), ['c’est bon je suis revenu, on y retourne', 'on peut reprendre maintenant']),
  ...group('navigation', 'routine', cmd('skip'), ['on saute celui-là aujourd’hui', 'je passe mon tour sur celui-ci']),
  ...group('navigation', 'hurtsChoice', cmd('skip'), ['on le saute']),
  ...group('navigation', 'hurtsChoice', cmd('resume'), ['je vais continuer doucement']),
  ...group('navigation', 'hurtsChoice', cmd('stop'), ['on arrête là pour aujourd’hui']),
  ...group('navigation', 'routine', cmd('startOver'), ['on recommence la séance depuis le début']),
  ...group('navigation', 'routine', cmd('stop'), ['bon ça suffit pour aujourd’hui', 'j’arrête là']),
];

// ---------------------------------------------------------------- le reste
const OTHER = [
  ...group('other', 'inPosition', cmd('howTo'), ['je me mets comment pour celui-là', 'explique-moi le mouvement', 'je comprends pas comment on fait']),
  ...group('other', 'routine', cmd('why'), ['ça sert à quoi celui-là', 'en quoi ça aide mon dos exactement']),
  ...group('other', 'routine', cmd('help'), ['je suis un peu perdu là', 'qu’est-ce que je peux te demander']),
  ...group('other', 'preview', cmd('progress'), ['j’en suis où dans le programme', 'combien de séances j’ai faites']),
  ...group('other', 'consent', cmd('deleteData'), ['supprime tout ce que tu as sur moi']),
  ...group('other', 'painAfter', cmd('stop'), ['salut à la prochaine']),
  ...group('other', 'routine', STOP, [
    'j’ai une douleur vive dans le bas du dos', 'ça descend dans ma jambe', 'comme une décharge électrique dans la cuisse',
    'comme un coup de couteau dans le dos', 'ça irradie jusqu’au mollet',
  ]),
  ...group('other', 'sharpCheck', STOP, ['oui c’est fulgurant']),
  ...group('other', 'routine', HURTS, ['aïe aïe aïe', 'ça fait un peu mal', 'j’ai mal au dos là', 'c’est douloureux là']),
];

export const FR_CASES: readonly NluCase[] = [
  ...SADDLE, ...SADDLE_TRIAGE, ...BLADDER, ...BLADDER_TRIAGE, ...LEGS, ...FALLS, ...FALLS_TRIAGE, ...CHEST,
  ...URGENT_SIGNS, ...URGENT_TRIAGE, ...LASTING_ITEMS, ...RED_ELSEWHERE,
  ...LOOK_ALIKES, ...LOOK_ALIKE_PAIN, ...YES_NO, ...NUMBERS, ...PATTERNS, ...NAVIGATION, ...OTHER,
];
