// French safety lexicon (fr-FR, fr-CA and any other French). Words and short
// patterns for the concepts in types.ts; the pairing rules live in
// src/flow/safety/. Sources for the words: ../shared/clinical/triage.md
// ("Everyday words for red flags", the outcomes, the lasting items, "During
// exercise"), in the words people in France and Quebec use (fesses, derrière,
// foufounes; pipi, se faire dessus; ayoye, pantoute).
//
// Normal form the patterns are written in:
// - lowercase, accents FOLDED (not kept): "fièvre" is written "fievre",
//   "ça" is "ca", "cœur" is "coeur". People type without accents and speech
//   recognisers are not consistent either. toWords must fold diacritics
//   (NFD, drop combining marks, œ to oe, æ to ae) before it drops what is not
//   a-z: today it replaces "è" with a space, which breaks the word.
// - elisions split: "j’ai" is "j ai", "l’aine" is "l aine", "jusqu’au" is
//   "jusqu au". The suffixes below do that for the words that matter with
//   today's toWords (which only knows endings); contractions catch the same
//   words typed without an apostrophe ("jai", "cest"). A word missing from
//   both comes out glued ("lorteil"): a French toWords should turn every
//   apostrophe into a space instead.
// - hyphens are spaces ("peut-être" is "peut etre", "a-t-il" is "a t il").
//
// Negation: French negates with "ne ... pas/plus/jamais/rien" and, spoken,
// often with "pas" alone ("j’ai pas de fièvre"). "ne", "n", "pas", "jamais",
// "rien", "aucun" and "sans" are negators; "plus" is not (it is also "more":
// "de plus en plus faible"). Signs with a negation built in ("je peux pas
// marcher", "je sens plus rien", "pas bien") are spans of their own, so they
// are claims, not negators.
import type { TextLanguage } from '../../events';
import type { SafetyLexicon } from './types';

const NOT = 'ne|n?';
/** "je (ne) peux pas", "j’arrive pas", "je peux plus": can't, in all its spoken forms. */
const CANT = `${NOT} peux|peut|pouvais|pourrais|arrive|arrivais|parviens presque|vraiment|meme|quasiment? pas|plus a?`;
/** "je sens plus", "je ne sens pas", "je ressens rien". */
const NO_FEEL = `${NOT} sens|sent|sentais|ressens|ressent pas|plus|rien`;

// "Dans la jambe" names the leg and says the pain travels: the same words are in both concepts.
const DOWN_ONE_LEG = [
  'dans la|ma|une jambe', 'dans la|ma cuisse', 'dans le|mon mollet|pied|genou|talon', 'dans les orteils',
  'derriere la cuisse|jambe', 'derriere le genou', 'l arriere de la cuisse|jambe', 'le long de la jambe|cuisse',
  '(jusqu au|dans le) pied|mollet|genou|talon', 'jusqu a la cheville', 'jusqu aux orteils', 'jusque dans la jambe|cuisse',
  'jusque dans le pied|mollet|genou', 'en bas de la jambe',
];
const DOWN_BOTH_LEGS = [
  'dans les|mes deux? jambes', 'dans les deux jambes', 'le long des jambes', 'jusqu aux pieds', 'dans les|mes pieds',
  'derriere les cuisses', 'en bas des jambes',
];

/** Words that follow an elided article or pronoun (l’, j’, d’, n’, qu’, s’, m’, c’, t’, jusqu’) in the patterns. */
const AFTER_ELISION = [
  'essaie', 'essaye', 'essayais', 'injectais', 'injectait', 'etire', 'entraine', 'avoue', 'habite', 'ai', 'avais', 'aurais', 'arrive', 'arrivais', 'est', 'etait', 'était', 'en', 'y', 'a', 'as', 'avez', 'avait', 'ont',
  'urine', 'uriner', 'urinaire', 'urinaires', 'aine', 'entrejambe', 'entre-jambe', 'interieur', 'intérieur', 'arriere', 'arrière',
  'anus', 'accident', 'equilibre', 'équilibre', 'escalier', 'escaliers', 'echelle', 'échelle', 'os', 'osteoporose', 'ostéoporose',
  'immunite', 'immunité', 'envie', 'air', 'haleine', 'effet', 'exercice', 'etirement', 'étirement', 'elastique', 'élastique',
  'enchainement', 'enchaînement', 'heure', 'hopital', 'hôpital', 'impression', 'autre', 'habitude', 'un', 'une', 'il', 'elle',
  'on', 'au', 'aux', 'a', 'à', 'injecte', 'injecter', 'injections', 'injection', 'oublie', 'oublié', 'oubliée', 'endors',
  'endormi', 'endormie', 'est', 'etais', 'étais', 'ecrase', 'écrase', 'etouffe', 'étouffe', 'essouffle', 'essoufflé', 'essoufflée',
  'empeche', 'empêche', 'ameliore', 'améliore', 'affaiblit', 'affaiblissent', 'active', 'activent', 'allume', 'etend',
  'étend', 'en va', 'orteil', 'orteils', 'epaule', 'épaule', 'estomac', 'abdomen', 'infiltration', 'insuline', 'hiv', 'ecole', 'école',
  'appuie', 'ouverture', 'abduction', 'ai eu', 'etat', 'état', 'ete', 'été', 'adore', 'aime', 'ecoute', 'écoute',
];

export const FR_SAFETY: SafetyLexicon = {
  // 'fr' joins TextLanguage when the lead registers the language (src/flow/events.ts).
  language: 'fr',
  foldAccents: true,
  suffixes: [
    ...AFTER_ELISION.map((word) => [`'${word}`, ` ${word}`] as const),
  ],
  contractions: {
    // Elisions typed without the apostrophe.
    jai: 'j ai', javais: 'j avais', jaurais: 'j aurais', jarrive: 'j arrive', jarrivais: 'j arrivais', jen: 'j en', jy: 'j y',
    narrive: 'n arrive', nai: 'n ai', nest: 'n est', nen: 'n en', ny: 'n y', navais: 'n avais', cest: 'c est', cetait: 'c etait',
    sest: 's est', mest: 'm est', jusquau: 'jusqu au', jusquaux: 'jusqu aux', jusqua: 'jusqu a', quil: 'qu il',
    laine: 'l aine', lentrejambe: 'l entrejambe', linterieur: 'l interieur', larriere: 'l arriere', lanus: 'l anus',
    duriner: 'd uriner', lurine: 'l urine', daccord: 'd accord', jetais: 'j etais', jme: 'je me', jsuis: 'je suis',
    chuis: 'je suis', chui: 'je suis', jsais: 'je sais', chais: 'je sais', jpeux: 'je peux', jsens: 'je sens', jfais: 'je fais',
    jveux: 'je veux', jcrois: 'je crois', jpense: 'je pense', // Quebec and spoken France: "chus", "pis", "ya", "tsé".
    chus: 'je suis', pis: 'puis', ya: 'il y a', tse: 'tu sais', tsais: 'tu sais', faque: 'donc', fak: 'donc',
    // Single spellings for the same word.
    ok: 'ok', okay: 'ok', okey: 'ok', ouaip: 'ouais', ouai: 'ouais', ouep: 'ouais', nan: 'non', nop: 'non', nope: 'non',
    aie: 'aie', ayoye: 'aie', ouch: 'aie', ouille: 'aie', aille: 'aie', aiie: 'aie',
    engourdit: 'engourdi', engourdis: 'engourdi', engourdie: 'engourdi', engourdies: 'engourdi',
    fourmillement: 'fourmillements', picotement: 'picotements', fourmillent: 'fourmille', picotent: 'picote',
    tombee: 'tombe', tombes: 'tombe', tombees: 'tombe',
    glissee: 'glisse', glisses: 'glisse', faibles: 'faible', lachent: 'lache', lachee: 'lache',
    fatiguee: 'fatigue', fatigues: 'fatigue', fatiguees: 'fatigue', epuisee: 'epuise', epuises: 'epuise', crevee: 'creve',
    lourdes: 'lourd', lourde: 'lourd', lourds: 'lourd', sure: 'sur', certaine: 'certain', fievreuse: 'fievreux',
    incontinente: 'incontinent', oubliee: 'oublie', immunodeprimee: 'immunodeprime', seropositive: 'seropositif', endormie: 'endormi', endormies: 'endormi',
  },
  fillers: [
    'euh', 'heu', 'hum', 'hmm', 'hm', 'ben', 'bah', 'bon', 'alors', 'donc', 'en fait', 'du coup', 'genre', 'tu sais', 'vous savez',
    'enfin', 'voila', 'ouf', 'oh', 'ah', 'eh', 'ecoute', 'ecoutez', 'attends', 'attendez', 'alexa', 'hip coach', 'coach',
    'merci', 'merci beaucoup', 'honnetement', 'franchement', 'pour etre honnete', 'a vrai dire', 'disons', 'voyons', 'coudonc',
    'ben la', 'bon ben', 'eh bien', 'et bien', 'bref', 'sinon', 'quoi', 'et', 'mais', 'puis', 'ok alors', 'ok donc', 'bon alors',
  ],
  clauseStarters: [
    'je', 'j', 'mon', 'ma', 'mes', 'moi', 'ca', 'c', 'ce', 'cette', 'le', 'la', 'les', 'l', 'on', 'il', 'y', 'maintenant',
    'aussi', 'puis', 'en plus', 'oui', 'ouais', 'depuis', 'elle', 'tout',
  ],
  joiners: ['et', 'ou', 'donc', ',', 'parce', 'car', 'puisque', 'comme', 'quand', 'lorsque', 'pendant', 'apres', 'si', 'alors'],
  bodyWords: [
    'vessie', 'intestins', 'jambe', 'jambes', 'pied', 'pieds', 'genou', 'genoux', 'dos', 'hanche', 'hanches', 'cheville', 'corps',
    'fesses', 'derriere', 'cul', 'bassin',
  ],
  determiners: ['le', 'la', 'les', 'l', 'un', 'une', 'mon', 'ma', 'mes', 'ce', 'cette', 'son', 'sa', 'ses', 'notre', 'votre', 'leur', 'du', 'des'],
  interjections: ['non', 'nan'],
  concepts: {
    areaSaddle: [
      'aine', 'l aine', 'les aines', 'entrejambe', 'entre jambe', 'l entrejambe', 'entre les|mes jambes', 'entre les|mes cuisses',
      'parties intimes', 'parties genitales', 'mes|les parties', 'zone intime', 'partie intime', 'organes genitaux', 'sexe',
      'le|mon sexe', 'la en bas', 'en bas', 'la dessous', 'fesses', 'fesse', 'les|mes fesses', 'le|mon derriere', 'le|mon cul',
      'cul', 'posterieur', 'posterieur', 'popotin', 'foufounes', 'les foufounes', 'interieur (des|de la|de mes) cuisses|cuisse',
      'l interieur (des|de la|de mes) cuisses|cuisse', 'face interne (des|de la) cuisses|cuisse', 'perinee', 'le perinee', 'pubis',
      'anus', 'l anus', 'autour de l anus', 'rectum', 'vagin', 'vulve', 'penis', 'testicules', 'bourses', 'couilles', 'zizi',
      'la ou je m assois|assieds', 'zone de la selle', 'zone du slip|maillot', 'entre les fesses',
    ],
    areaGlutes: ['fessier', 'fessiers', 'muscles fessiers', 'muscle fessier', 'moyen fessier', 'grand fessier', 'glutes', 'glute', 'fessiers qui travaillent'],
    areaBack: [
      'dos', 'bas du dos', 'le bas du dos', 'en bas du dos', 'lombaires', 'les lombaires', 'colonne', 'colonne vertebrale', 'coccyx',
      'sacrum', 'hanche', 'hanches', 'ischions', 'reins', 'bas des reins', 'en bas des reins', 'bassin', 'haut du dos',
    ],
    areaLegOne: [
      'jambe', 'jambe gauche|droite', 'une jambe', 'une seule jambe', 'une (des|de mes) jambes', 'pied', 'pied gauche|droit', 'un pied',
      'mollet', 'mollet gauche|droit', 'genou', 'genou gauche|droit', 'tibia', 'cheville', 'orteils', 'orteil', 'gros orteil', 'cuisse',
      'cuisse gauche|droite', 'ischio', 'talon', 'plante du pied', 'dessous du pied', 'cote de la jambe', ...DOWN_ONE_LEG,
    ],
    areaLegsBoth: [
      'jambes', 'les deux jambes', 'mes deux jambes', 'pieds', 'les deux pieds', 'mes deux pieds', 'mollets', 'genoux', 'tibias',
      'cuisses', 'les deux cuisses', 'chevilles', 'bas du corps', 'le bas du corps', 'a partir de la taille', 'de la taille aux pieds',
      'des deux cotes', 'plantes des pieds', ...DOWN_BOTH_LEGS,
    ],
    areaBoth: ['les deux', 'toutes les deux', 'tous les deux', 'de chaque cote', 'des deux cotes', 'a gauche et a droite', 'gauche et droite'],
    areaChest: ['poitrine', 'thorax', 'sternum', 'cage thoracique', 'coeur', 'le coeur', 'torse', 'cotes'],
    areaOther: [
      'bras', 'main', 'mains', 'doigts', 'doigt', 'poignet', 'poignets', 'coude', 'epaule', 'epaules', 'nuque', 'cou', 'abdos',
      'abdominaux', 'ventre', 'sangle abdominale', 'gainage', 'quadriceps', 'quadris', 'ischio jambiers', 'ischios', 'psoas',
      'flechisseurs de hanche', 'flechisseurs', 'obliques', 'visage', 'tete', 'machoire',
    ],
    numb: [
      'engourdi', 'engourdissement', 'engourdissements', 'fourmillements', 'fourmille', 'ca fourmille', 'des fourmis', 'fourmis',
      'picotements', 'picote', 'ca picote', 'insensible', 'insensibles', 'plus de sensation|sensations', 'aucune sensation',
      'pas de sensation', 'perte de sensation|sensibilite', 'perdu la sensation|sensibilite', 'perdu toute sensation|sensibilite',
      'moins de sensation|sensibilite', 'sensibilite diminuee', 'comme mort', 'comme morte', 'mort au toucher', 'paresthesie',
      'paresthesies', 'des aiguilles', 'comme des aiguilles', 'comme du coton', 'ca grouille', 'ca bourdonne', 'anesthesie',
      'comme anesthesie', 'comme endormi',
    ],
    asleep: [
      'endormi', 'endors', 'je me suis endormi', 'me suis endormi', 'je m endors', 'm endors', 'sommeil', 'je me suis assoupi',
      'assoupi', 'assoupie', 's est endormi', 'est endormi',
    ],
    cantFeel: [
      NO_FEEL, `${NO_FEEL} rien`, `${NOT} sens|sent plus|pas grand chose`, 'sens rien', 'sens plus rien', 'sens presque rien',
      'sens presque plus', 'sens a peine', 'sens quasiment rien', `${CANT} sentir`, `${CANT} rien sentir`, 'aucune sensibilite',
      'sens|sent plus du tout', 'plus rien sentir', 'incapable de sentir',
    ],
    exerciseFeel: [
      'travailler', 'travaille', 'travaillent', 'bosser', 'bosse', 's active', 'activer', 'active', 'activent', 's activent',
      's allume', 's allument', 'engage', 'engager', 'engagent', 'contracte', 'contracter', 'se contracte', 'chauffe', 'chauffent',
      'ca tire', 'tire', 'tirent', 'ca etire', 'etire', 'l etirement', 'sens l etirement', 'sens bien', 'le sens', 'la sens', 'les sens',
      'je le sens|sentais', 'je la sens', 'je les sens', 'on le sent', 'ca se sent', `${NO_FEEL} l etirement|exercice|travail|muscle`,
      `${NOT} le|la|les sens|sent pas|plus`, `${NOT} le|la|les sens|sent pas|plus travailler`, `${NO_FEEL} travailler`,
      'sens pas grand chose travailler', 'le sentir', 'sentir l etirement', 'sentir le travail', 'sentir travailler', 'ca brule bien',
    ],
    oddFeeling: [
      'bizarre', 'etrange', 'drole', 'sensation bizarre|etrange', 'drole de sensation', 'ca fait bizarre', 'ca fait drole',
      'pas normal', 'pas normale', 'chelou', 'fait tout drole', 'sensation pas normale', 'sensation inhabituelle',
    ],
    weak: [
      'faible', 'faiblesse', 'plus faible', 'sans force', 'plus de force', 'aucune force', 'perdu (ma|de la) force', 'manque de force',
      `${NOT} me porte|portent pas|plus`, `${NOT} tient|tiennent pas|plus`, `${CANT} bouger`, `${NOT} bouge|bougent pas|plus`,
      `${NOT} repond|repondent pas|plus`, `${NOT} obeit|obeissent pas|plus`,
    ],
    weakWorse: [
      'lache', 'a lache', 'ont lache', 'se derobe', 'se derobent', 'se sont derobees', 'flanche', 'flanchent', 'a flanche', 'cede',
      'cedent', 'plie toute seule', 'plient tout seuls', 'de plus en plus faible', 'de plus en plus faibles', 's affaiblit',
      's affaiblissent', 'faiblit', 'faiblissent', 'devient faible', 'deviennent faibles', 'je traine le|la pied|jambe',
      'traine la|le jambe|pied', 'pied traine', 'pied tombant', 'le pied qui tombe', `${CANT} lever|relever (le pied|la jambe|les orteils)`,
      'le pied qui claque', 'je tombe tout le temps', 'je tombe sans arret', 'me lachent', 'me lache',
      'se derobe sous moi', 'se derobent sous moi', 'trebuche sur mon pied', 'accroche le pied',
    ],
    walkTrouble: [
      `${CANT} marcher`, `${CANT} marcher correctement|normalement|droit|longtemps`, 'du mal a marcher', 'mal a marcher', 'de la misere a marcher', 'misere a marcher',
      'de la peine a marcher', 'difficile de marcher', 'difficulte a marcher', 'difficultes a marcher', 'je marche mal',
      'je marche difficilement', 'marche difficilement', 'peux a peine marcher', 'peine a marcher', 'a peine marcher',
      'impossible de marcher', 'incapable de marcher', 'je ne marche plus', 'marche plus', `${NOT} tiens pas|plus debout`,
      `${NOT} tiens|tient pas|plus sur mes|les jambes`, `${CANT} tenir debout`, `${CANT} me lever`, `${CANT} me relever`, `${CANT} me mettre debout`,
      `${CANT} poser le pied`, `${CANT} mettre de poids sur`, `${CANT} m appuyer sur`, 'coince au sol', 'bloque par terre',
      'marcher est difficile', 'marcher devient difficile', `${CANT} sortir du lit`,
    ],
    fatigue: [
      'fatigue', 'fatigue', 'creve', 'epuise', 'vanne', 'lessive', 'mort', 'morte', 'morts', 'mortes', 'lourd', 'tremble',
      'tremblent', 'tremblote', 'ca tremble', 'brule', 'brulent', 'ca brule', 'en feu', 'chauffe', 'en compote', 'en coton',
      'jambes en coton', 'jambes coupees', 'jambes cassees', 'vide', 'vide', 'a plat', 'k o', 'ko', 'rince', 'rince',
      'flagada', 'a bout', 'courbatures', 'courbature', 'courbature', 'raide', 'raides', 'tendu', 'tendus', 'serres',
      'gonfle', 'congestionne', 'molle', 'molles', 'ramollie', 'ramollies', 'crampe de fatigue', 'pompe', 'pompes',
    ],
    chestSensation: [
      'serre', 'ca serre', 'serree', 'serrement', 'oppression', 'oppresse', 'oppressee', 'pression', 'poids', 'un poids',
      'lourd', 'etau', 'comme un etau', 'dans un etau', 'ecrase', 'ecrasement', 'comprime', 'une barre', 'barre', 'brulure',
      'douleur', 'mal', 'serrements',
    ],
    breathRed: [
      `${CANT} respirer`, `${CANT} plus respirer`, 'du mal a respirer', 'mal a respirer', 'de la misere a respirer', 'misere a respirer', 'de la peine a respirer',
      'difficile de respirer', 'difficulte a respirer', 'difficultes a respirer', 'je respire mal', 'j etouffe', 'etouffe',
      'j ai du mal a respirer', 'je manque d air', 'manque d air', 'respire plus', 'respirer est difficile', 'suffoque', 'je suffoque',
    ],
    breathMaybe: [
      'souffle court', 'manque de souffle', `${CANT} reprendre mon souffle`, `${CANT} retrouver mon souffle`,
      'a court de souffle', 'je respire vite', 'tres essouffle', 'essouffle au repos',
    ],
    breathHarmless: [
      'hors d haleine', 'a bout de souffle', 'je souffle fort', 'je souffle', 'ca essouffle', 'ca m essouffle', 'je transpire',
      'je sue', 'en sueur', 'je respire fort', 'un peu essouffle', 'essouffle', 'je suis essouffle',
    ],
    heartRed: ['crise cardiaque', 'infarctus', 'un infarctus', 'crise de coeur', 'attaque cardiaque', 'arret cardiaque', 'douleur thoracique'],
    bladderRed: [
      'fait pipi dessus', 'me suis fait pipi dessus', 'fait pipi sur moi', 'fait pipi dans (ma culotte|mon pantalon|mon slip|mes pantalons|ma couche|mon lit)',
      'mouille (ma culotte|mon pantalon|mes pantalons)', 'me suis fait dessus', 'fait dans (ma culotte|mon pantalon|mon froc|mes pantalons)',
      'me suis oublie', 'je me suis oublie', 'me suis chie dessus', 'me suis pisse dessus', 'fuite d urine', 'fuites d urine',
      'fuites urinaires', 'fuite urinaire', 'incontinence', 'incontinent', 'incontinente', `${CANT} uriner`, `${CANT} faire pipi`,
      `${CANT} pisser`, `${CANT} vider ma vessie`, `${CANT} me retenir`, `${CANT} retenir (mon urine|mon pipi|mes urines|mes selles)`,
      `${CANT} controler (ma vessie|mes intestins|mes selles|mon urine)`, `${NOT} controle|maitrise pas|plus vraiment|trop|bien|du tout? (ma vessie|mes intestins|mes selles)`,
      'du mal a uriner', 'mal a uriner', 'de la misere a uriner|pisser', 'misere a uriner', 'du mal a faire pipi', 'de la peine a uriner', 'difficulte a uriner', 'difficultes a uriner',
      'perte de controle (de la vessie|des intestins|des selles|des urines)', 'perdu le controle (de ma vessie|de mes intestins|de mes selles)',
      'plus de controle (de|sur) (ma vessie|mes intestins)', 'pas urine depuis', 'pas urine depuis', 'pas fait pipi depuis', `${NOT} ai pas urine depuis`,
      `${NOT} sens pas|plus quand j ai envie`, `${NOT} sens pas|plus l envie (d uriner|de faire pipi|d aller aux toilettes|d aller a la toilette|d aller a la selle)`,
      `${NOT} sens pas|plus quand je dois y aller`, 'un accident urinaire', 'un petit accident', 'petit accident', 'accident dans ma culotte',
      'selles incontrolees', 'je perds mes urines', 'perds mes urines', 'j urine sans le vouloir|sentir', 'ai pas urine|pisse', 'ai pas fait pipi', 'pas urine de la journee', 'pas fait pipi de la journee', 'urine sans le sentir',
      'mouille le lit', 'me suis urine dessus', 'urine dessus', 'pisse dessus', 'fait pipi au lit', 'fait au lit', 'je me vide',
    ],
    bladderMaybe: ['fuite', 'fuites', 'je fuis', 'ca fuit', 'des fuites', 'quelques fuites', 'fuis un peu', 'ca coule'],
    bladderHarmless: [
      'envie de faire pipi', 'envie de pipi', 'envie d uriner', 'besoin d aller aux toilettes', 'besoin d aller a la toilette',
      'pause pipi', 'envie pressante', 'je dois aller aux toilettes', 'aller aux toilettes', 'aller a la toilette', 'faire une pause pipi',
      'aller au petit coin', 'petit coin',
    ],
    fall: [
      'je suis tombe', 'suis tombe', 'tombe', 'chute', 'une chute', 'fait une chute', 'fait une mauvaise chute', 'j ai chute', 'chute',
      'chute', 'degringole', 'degringoler', 'accident', 'un accident', 'accidente', 'accident de voiture|auto|moto|velo|char|ski|travail|scooter', 'accident de la route',
      'accident de la circulation', 'accrochage', 'collision', 'carambolage', 'percute', 'percute', 'percutee', 'emboutie', 'embouti',
      'renverse par (une voiture|une auto|une moto|un char|un camion)', 'fait renverser', 'fait frapper|renverser|percuter par (une voiture|une auto|une moto|un char|un camion|un auto)', 'frappe par (une voiture|une auto|un char|un camion|un auto)',
      'tombe (de|d un|d une|du|de mon|de ma) velo|cheval|moto|echelle|escabeau|escalier|escaliers|chaise|toit|arbre|lit|scooter|trottinette',
      'tombe dans (les escaliers|l escalier)', 'tombe sur (le dos|le coccyx|les fesses|le cul|les reins)', 'atterri sur (le dos|le coccyx|les fesses)',
      'plaque au sol', 'plaque', 'pris une gamelle', 'pris une bonne gamelle', 'me suis bien? ramasse',
      'me suis bien? etale', 'pris une debarque', 'pris une plonge', 'la debarque', 'me suis bien? vautre', 'vautre', 'me suis bien? plante',
      'gadin', 'pris un gadin', 'casse la figure|gueule', 'me suis casse la figure|gueule', 'pete la gueule', 'bouffe le trottoir', 'tombe par terre',
    ],
    fallMaybe: [
      'glisse', 'j ai glisse', 'trebuche', 'j ai trebuche', 'failli tomber', 'presque tombe', 'perdu l equilibre', 'fait un faux pas',
      'me suis tordu', 'tordu la cheville', 'rate une marche', 'loupe une marche', 'manque une marche', 'le pied a glisse',
      'mon pied a glisse', 'tombe dans les pommes', 'je suis tombe dans les pommes', 'evanoui', 'evanouie',
    ],
    idiom: [
      'tombe de sommeil', 'tombe de fatigue', 'je? suis tombe (amoureux|amoureuse|enceinte|en panne|de sommeil|de fatigue|des nues|dans le panneau|par hasard|a pic|pile)', 'je? suis tombe sur (un|une|des|ce|cette|ton|votre|mon|ma|quelque)', 'tombe amoureux', 'tombe amoureuse', 'tombe sur', 'tombe par hasard', 'laisse tomber',
      'laisser tomber', 'laisse tomber', 'je laisse tomber', 'on laisse tomber', 'tombe en panne', 'tombe enceinte', 'tombe bien',
      'tombe mal', 'ca tombe bien|mal', 'tombe a pic', 'tombe a l eau', 'tombe un lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
      'tombe des nues', 'tombe dans le panneau', 'tombe dans la routine', 'retombe dans mes travers', 'tombe a plat', 'tombe sous le sens',
      'chute de tension', 'chute de cheveux', 'chute de neige', 'chute libre', 'chutes du niagara', 'chute des feuilles',
      'le|la|l|mon|ma|un|une|mes|les|ce|cette|son|sa _ est|sont tombe', 'le|la|l|mon|ma|un|une|les|ce|cette _ a glisse',
      'telephone|portable|cellulaire|bouteille|gourde|elastique|bande|poids|haltere|tapis|coussin|kettlebell|serviette|verre|tasse|cles|livre _? a|est glisse|tombe',
      'sorti de la tete', 'm est sorti de la tete', 'ca m a echappe', 'glisse un mot', 'glisser un coussin', 'glissez', 'glisser',
      'fait glisser', 'glisse (la jambe|le pied|une serviette|un coussin)', 'hernie discale', 'disque deplace', 'j ai decroche',
      'decroche du programme', 'lache le programme', 'lache prise', 'lacher prise', 'lache rien', 'lache pas', 'lachez pas',
      'je lache', 'j ai lache', 'accident de parcours', 'par accident', 'malade de', 'malade du', 'malade comme', 'j en suis malade',
      't es malade', 'c est malade', 'malade mental', 'crash', 'crashe', 'plante', 'plante', 'l appli a plante', 'application a plante',
      'accroche au programme', 'tombe pile', 'dans la chute', 'en automne', 'tomber le t shirt', 'fait tomber', 'j ai fait tomber',
      'failli m endormir', 'presque endormi', 'pas tomber dans', 'regime accident', 'boite de nuit',
    ],
    knock: [
      'cogne (le|mon) dos|coccyx|bassin|sacrum', 'cogne (la|ma) hanche|fesse', 'me suis cogne', 'me suis cogne le dos', 'pris un coup', 'un coup',
      'un choc', 'heurte', 'heurte', 'tape (le dos|le coccyx)', 'tape le dos', 'coup dans le dos', 'choc dans le dos', 'me suis fait mal en cognant',
    ],
    longAgo: [
      'il y a des annees', 'il y a longtemps', 'il y a tres longtemps', 'il y a _ ans', 'il y a _ _ ans', 'des annees', 'ca fait des annees',
      'quand j etais petit|petite|jeune|ado|enfant|adolescent|adolescente', 'l an dernier', 'l an passe', 'l annee derniere|passee',
      'dans ma jeunesse', 'enfant', 'ado', 'dans mon enfance', 'il y a une dizaine d annees', 'y a longtemps', 'y a des annees',
    ],
    fever: [
      'fievre', 'de la fievre', 'fievreux', 'temperature', 'de la temperature', 'fait de la temperature|fievre', 'trente huit',
      'trente neuf', '38', '39', '40', 'frissons', 'des frissons', 'je frissonne', 'frissonne', 'je grelotte', 'grelotte',
      'sueurs nocturnes', 'sueurs la nuit', 'suees nocturnes', 'chaud froid', 'chaud et froid', 'la grippe', 'grippe', 'grippal',
      'etat grippal', 'brulant', 'brulante', 'je suis brulant', 'fievreux', 'le front chaud',
    ],
    unwell: [
      'malade', 'tombe malade', 'suis malade', 'pas bien', 'me sens|sent|sentais pas bien', 'ne me sens|sent pas bien',
      'ne me sens|sent vraiment pas bien', 'pas bien du tout', 'mal en point', 'pas dans mon assiette', 'patraque', 'mal fichu',
      'mal fichue', 'mal foutu', 'mal foutue', 'pas en forme du tout', 'pas en forme', 'file un mauvais coton', 'couve quelque chose',
      'je couve', 'comme une loque', 'barbouille', 'nauseeux', 'nauseeuse', 'nausee', 'nausees', 'envie de vomir', 'vomi', 'vomis',
      'vomissements', 'mal au coeur', 'mal de coeur', 'j ai mal au coeur', 'ai mal au coeur', 'j ai mal de coeur', 'ai mal de coeur', 'je? suis|suis tombe malade', 'infection', 'une infection', 'infection urinaire', 'pyelonephrite',
      'me sens mal', 'je me sens mal', 'je me sens vraiment mal', 'me sens tout drole', 'mal partout', 'courbatu', 'epuise et malade',
      'tout mou', 'ca va pas du tout', 'je vais pas bien', 'je ne vais pas bien', 'vais pas bien', 'pas bien ces temps ci',
    ],
    weightLoss: [
      'perdu du poids', 'perdu beaucoup de poids', 'perdre du poids', 'perte de poids', 'je perds du poids', 'perds du poids', 'maigri',
      'maigris', 'maigrir', 'amaigri', 'amaigrie', 'je fonds', 'perdu des kilos', 'perdu _ _? kilos|kg|livres|kilo', 'pris _ kilos',
      'perds _ _? kilos|kg|livres', 'mes vetements sont trop grands', 'flotte dans mes vetements', 'je flotte dans mes vetements',
      'vetements trop grands', 'la balance baisse', 'maigris a vue d oeil',
    ],
    weightUnintended: [
      'sans le vouloir', 'sans faire expres', 'sans raison', 'sans aucune raison', 'sans regime', 'sans faire de regime', 'sans essayer',
      'sans rien faire', 'sais pas pourquoi', 'je ne sais pas pourquoi', 'sans explication', 'tout seul', 'toute seule', 'pas au regime',
      'pas de regime', 'sans chercher', 'inexplique', 'inexpliquee', 'sans le chercher',
    ],
    weightIntended: [
      'regime', 'au regime', 'diete', 'a la diete', 'j essaie de', 'essaie de', 'je veux', 'je voulais', 'voulu', 'expres', 'objectif',
      'calories', 'le sport', 'la salle', 'ozempic', 'je cherche a', 'reequilibrage', 'reequilibrage', 'jeune intermittent', 'programme minceur',
    ],
    nightPain: [
      'la nuit', 'pire la nuit', 'plus fort la nuit', 'surtout la nuit', 'me reveille', 'me reveille la nuit', 'me reveillent',
      'm empeche de dormir', 'm empeche de fermer l oeil', `${CANT} dormir`, 'nuits blanches', 'nuit blanche', 'toute la nuit', 'chaque nuit',
      'toutes les nuits', 'dans mon lit', 'au lit', 'reveille par la douleur', 'en pleine nuit', 'dort plus', 'dors plus', 'je dors mal',
    ],
    constant: [
      'tout le temps', 'constamment', 'constante', 'constant', 'permanente', 'permanent', 'en permanence', 'sans arret', 'non stop',
      'jour et nuit', 'nuit et jour', 'vingt quatre heures sur vingt quatre', '24 heures sur 24', '24 sur 24', 'toujours la', 'continue',
      'continuellement', 'sans cesse', 'sans repit', 'arrete jamais', 'ne s arrete jamais', 's arrete jamais', 'part jamais', 'ne part jamais',
    ],
    notEased: [
      'rien ne soulage|calme|aide|marche|passe', 'rien ne la soulage|calme', 'rien n y fait', 'rien n aide', 'rien n a aide',
      'rien a faire', `${NOT} passe|calme|soulage|part pas|jamais`, `${NOT} se calme pas|jamais|plus`, `${NOT} me soulage pas|plus|jamais`,
      'meme au repos', 'meme allonge', 'meme allongee', 'meme couche', 'meme couchee', 'meme en me couchant', 'meme en me reposant',
      'meme sans bouger', 'meme immobile', 'le repos n aide pas', 'le repos ne change rien', 'repos ne change rien', 'aucune position',
      'aucun soulagement', 'pas soulage', 'pas soulagee', 'impossible de trouver une position', 'quelle que soit la position', 'peu importe la position',
      'peu importe comment je me mets|couche|m assois', 'les antidouleurs ne font rien', 'les cachets ne font rien', 'les medicaments ne font rien',
      `${CANT} trouver une position`, `${CANT} etre bien`, 'meme dans mon lit', 'meme au lit',
    ],
    eased: [
      'ca passe', 'passe', 'se calme', 'ca se calme', 'ca soulage', 'soulage', 's en va', 'ca s en va', 'mieux quand je bouge',
      'ca va mieux', 'va mieux', 's ameliore', 'se detend', 'une fois que je bouge', 'quand je bouge ca passe', 'ca se debloque',
      'se debloque', 'plus facile', 'ca diminue', 'diminue',
    ],
    bone: [
      'osteoporose', 'osteopenie', 'os fragiles', 'os fins', 'fragilite osseuse', 'decalcification', 'densite osseuse', 'cortisone',
      'corticoides', 'corticosteroides', 'sous cortisone', 'sous corticoides', 'prednisone', 'prednisolone', 'solupred', 'cortancyl',
      'medrol', 'dexamethasone', 'comprimes de cortisone', 'cortisone en comprimes',
    ],
    drugsInjected: [
      'je me pique', 'me pique', 'je me piquais', 'je m injecte', 'm injecte', 'je m injectais', 'drogues injectables', 'drogue injectable',
      'drogue par injection', 'drogues par injection', 'drogues en injection', 'en intraveineuse', 'par intraveineuse', 'seringues',
      'partage des seringues', 'partage mes seringues', 'heroine', 'je me shoote', 'me shoote', 'shoot', 'je me suis pique',
      'injecte (de la drogue|des drogues|de l heroine|de la cocaine)', 'drogues intraveineuses', 'toxicomane', 'je me piquais avant',
    ],
    injectionHarmless: [
      'une injection', 'injection', 'injections', 'une piqure', 'piqure', 'piqures', 'infiltration', 'une infiltration', 'infiltrations',
      'insuline', 'vaccin', 'vaccine', 'rappel', 'peridurale', 'epidurale', 'piqure de cortisone', 'injection de cortisone',
    ],
    cancer: [
      'cancer', 'cancers', 'tumeur', 'tumeurs', 'leucemie', 'lymphome', 'melanome', 'myelome', 'sarcome', 'carcinome', 'chimio',
      'chimiotherapie', 'radiotherapie', 'des rayons', 'traitement par rayons', 'oncologue', 'oncologie', 'en remission', 'remission',
      'tumeur maligne', 'maligne', 'metastases', 'metastase', 'mastectomie', 'une grosseur enlevee', 'une masse enlevee', 'hodgkin',
    ],
    immune: [
      'systeme immunitaire', 'immunite', 'immunodeprime', 'immunodepression', 'immunodeficience', 'defenses immunitaires',
      'defenses affaiblies', 'immunosuppresseurs', 'immunosuppresseur', 'immunosuppression', 'greffe', 'greffee', 'greffe du rein|foie|coeur',
      'transplante', 'transplantee', 'transplantation', 'vih', 'sida', 'seropositif', 'methotrexate', 'biotherapie', 'biotherapies',
      'lupus', 'deficit immunitaire', 'plus de defenses', 'pas de defenses',
    ],
    otherPerson: [
      'ma mere|maman|soeur|tante|mamie|femme|conjointe|blonde|copine|amie|fille|cousine|patronne|collegue|voisine|niece', 'ma grand|belle mere',
      'mon pere|papa|frere|oncle|papi|papy|mari|conjoint|chum|copain|ami|fils|cousin|patron|collegue|voisin|neveu|chien|chat|bebe|enfant|petit|gars', 'mon grand|beau pere',
      'mes parents|enfants|amis|collegues|petits|enfants', 'mes grands parents', 'un ami', 'une amie', 'une copine', 'un copain', 'quelqu un que je connais',
      'antecedents familiaux', 'dans la famille', 'dans ma famille', 'de famille', 'lui', 'elle a', 'il a', 'son|sa|ses dos|jambe|jambes|cancer|chute',
    ],
    sharp: [
      'vive', 'vif', 'douleur vive', 'aigue', 'aigu', 'douleur aigue', 'coup de poignard', 'coups de poignard', 'poignard', 'couteau',
      'coup de couteau', 'comme un couteau', 'lame', 'comme une lame', 'transperce', 'percante', 'percante', 'brutale', 'douleur soudaine',
      'pique fort', 'ca pique fort', 'lancinante vive', 'comme une aiguille',
    ],
    shooting: [
      'decharge', 'decharges', 'decharge electrique', 'decharges electriques', 'electrique', 'comme du courant', 'courant electrique',
      'comme un eclair', 'eclair', 'fulgurante', 'fulgurant', 'fulgurances', 'irradie', 'irradiante', 'irradiation', 'sciatique',
      'nerf sciatique', 'cruralgie', 'douleur nerveuse', 'douleur de nerf', 'ca lance', 'lance', 'elance', 'elancements', 'elancement',
      'lancinant', 'lancinante', 'nerf coince', 'nerf pince',
    ],
    travel: [
      'descend', 'descendent', 'descendre', 'part', 'file', 'irradie', 'va', 'va jusque', 'se propage', 's etend', 's etale', 'passe',
      'remonte', 'vient', 'arrive', 'court', 'rayonne', 'se diffuse', 'gagne', 'atteint', 'jusqu a', 'jusqu au', 'jusqu aux', 'jusque',
    ],
    downLeg: [
      ...DOWN_ONE_LEG, ...DOWN_BOTH_LEGS, 'sous le genou', 'en dessous du genou', 'plus bas que le genou', 'au dela du genou',
      'apres le genou', 'jusqu en bas', 'tout le long de la jambe', 'jusqu au bout du pied', 'jusqu au bout des orteils',
    ],
    hurts: [
      'mal', 'j ai mal', 'fait mal', 'ca fait mal', 'douleur', 'douleurs', 'douloureux', 'douloureuse', 'aie', 'aie aie', 'aie aie aie',
      'ouille', 'ca tiraille', 'tiraille', 'tiraillement', 'tiraillements', 'ca pince', 'pince', 'pincement', 'gene', 'genant',
      'genante', 'ca gene', 'ca me gene', 'inconfortable', 'pas confortable', 'pas agreable', 'crampe', 'crampes', 'contracture',
      'contractures', 'sensible', 'endolori', 'endolorie', 'ca me tue', 'me tue', 'atroce', 'insupportable', 'horrible', 'spasme',
      'spasmes', 'bloque', 'mon dos est bloque', 'tour de reins', 'lumbago', 'coince', 'faux mouvement', 'c est trop', 'trop dur',
      'trop fort', 'elancement', 'pique', 'ca pique', 'lancine', 'souffre', 'je souffre', 'souffrance', 'chiant', 'ca fait pas du bien',
      'une gene', 'picotement de douleur', 'claque', 'froisse', 'claquage', 'etire trop', 'tendinite', 'mal de dos', 'mal aux reins',
    ],
    exerciseContext: [
      'pont', 'ponts', 'pont fessier', 'ponts fessiers', 'clamshell', 'clamshells', 'coquille', 'coquilles', 'dead bug', 'dead bugs',
      'deadbug', 'charniere', 'charnieres', 'hip hinge', 'exercice du mur', 'le mur', 'contre le mur', 'pigeon', 'le pigeon', 'etirement',
      'etirements', 'l etirement', 'cet etirement', 'canape', 'etirement du canape', '90 90', 'quatre vingt dix', 'rotation', 'rotations',
      'abduction', 'abductions', 'elastique', 'l elastique', 'bande', 'exercice', 'exercices', 'cet exercice', 'l exercice', 'seance',
      'la seance', 'serie', 'series', 'repetition', 'repetitions', 'celui ci', 'celui la', 'celle ci', 'celle la', 'apres ca', 'a cause de ca',
      'en faisant ca', 'squat', 'squats', 'souleve de terre', 'deadlift', 'deadlifts', 'la course', 'courir', 'le sport', 'la salle',
      'la gym', 'le gym', 'entrainement', 'l entrainement', 'maintien', 'le maintien', 'fentes', 'flow', 'enchainement', 'l enchainement',
      'en bas du mouvement', 'en haut du pont', 'la posture', 'cette posture', 'cette position', 'la position', 'le mouvement',
      'ce mouvement', 'hier', 'depuis hier',
    ],
    negator: [
      'ne', 'n', 'pas', 'pas de', 'pas d', 'jamais', 'rien', 'aucun', 'aucune', 'sans', 'ni', 'non', 'pas du tout', 'pas un',
      'pas une', 'zero', 'plus aucun', 'plus aucune', 'pas la moindre', 'pas le moindre', 'nulle part', 'pantoute', 'jamais eu',
      'pas de trace de', 'pas vraiment',
    ],
    uncertain: [
      'je sais pas', 'je ne sais pas', 'sais pas', 'je sais pas si', 'je ne sais pas si', 'pas sur', 'pas sur que', 'pas certain',
      'peut etre', 'possible', 'c est possible', 'il se peut', 'ca se peut', 'je crois', 'je crois que', 'j ai l impression', 'impression',
      'un peu', 'un petit peu', 'legerement', 'on dirait', 'je pense', 'je pense que', 'je me demande si', 'genre', 'plus ou moins',
      'comme si', 'il me semble', 'probablement', 'sans doute', 'je dirais',
    ],
    boundary: [
      'mais', 'par contre', 'pourtant', 'sauf', 'a part', 'hormis', 'seulement', 'juste', 'plutot', 'surtout', 'c est juste', 'c est plus',
      'cependant', 'en revanche', 'sinon', 'tandis que', 'alors que', 'plus comme', 'c est surtout', 'c est seulement', 'uniquement',
    ],
  },
  answers: {
    yes: [
      'oui', 'ouais', 'oui oui', 'ouais ouais', 'oui merci', 'bien sur', 'bien sur que oui', 'absolument', 'exactement', 'tout a fait',
      'effectivement', 'en effet', 'd accord', 'ok', 'dac', 'carrement', 'evidemment', 'volontiers', 'vas y', 'allez y', 'go',
      'c est ca', 'c est exact', 'c est vrai', 'vrai', 'exact', 'correct', 'c est correct', 'je crois que oui', 'je pense que oui',
      'il me semble', 'il me semble que oui', 'un peu', 'un petit peu', 'parfois', 'des fois', 'de temps en temps', 'ca m arrive',
      'oui un peu', 'certainement', 'pas mal', 'en masse', 'yes', 'yep', 'ouep', 'affirmatif', 'sans doute', 'oui malheureusement',
      'malheureusement oui', 'helas oui', 'oui helas', 'j ai bien peur que oui', 'je dirais que oui', 'je dirais oui', 'oui je crois',
      'oui je pense', 'ca marche', 'parfait', 'avec plaisir', 'allons y', 'oui s il vous plait', 'oui s il te plait', 'oui vas y',
      'oui allez y', 'bien entendu', 'mais oui', 'ben oui', 'bah oui', 'oui bien sur', 'oui absolument', 'oui tout a fait', 'souvent',
      'beaucoup', 'vraiment', 'oui vraiment', 'certain', 'ah oui', 'oh oui',
    ],
    no: [
      'non', 'non non', 'non merci', 'pas vraiment', 'pas du tout', 'jamais', 'absolument pas', 'certainement pas', 'bien sur que non',
      'surement pas', 'pas que je sache', 'pas a ma connaissance', 'pas que je me souvienne', 'je ne crois pas', 'je crois pas',
      'je pense pas', 'je ne pense pas', 'je dirais que non', 'je dirais non', 'je ne dirais pas', 'rien de tout ca', 'rien de ca',
      'rien de cela', 'rien', 'rien du tout', 'rien de tel', 'rien de ce genre', 'rien de special', 'non rien', 'aucun', 'aucune',
      'aucun des deux', 'aucune de ces choses', 'aucun de ceux la', 'aucune de celles la', 'aucun de ces symptomes', 'negatif', 'nope',
      'pantoute', 'pas pantoute', 'non pantoute', 'jamais de la vie', 'pas ces temps ci', 'pas dernierement', 'pas recemment',
      'pas moi', 'non plus', 'moi non plus', 'pas le moins du monde', 'pas une seule fois', 'zero', 'non jamais', 'non pas du tout',
      'non aucun', 'non aucune', 'non rien de tout ca', 'non rien de tel', 'ca va', 'tout va bien', 'non ca va', 'non tout va bien',
      'heureusement non', 'non heureusement', 'pas pour l instant', 'pas encore', 'non pas encore', 'pas de ca', 'pas de tout ca',
      'rien de nouveau', 'non rien de nouveau', 'rien n a change', 'pareil', 'toujours pareil', 'non ca reste dans le dos',
      'seulement dans le dos', 'juste dans le dos', 'juste le bas du dos', 'que dans le dos', 'non juste le dos', 'non seulement le dos',
      'ca reste dans le dos', 'ca reste au dessus du genou', 'ca descend pas', 'ca ne descend pas', 'pas plus bas que le genou',
      'non ca ne va pas si loin', 'ah non', 'oh non', 'mais non', 'ben non', 'bah non', 'faux', 'c est faux', 'incorrect',
    ],
    notSure: [
      'je sais pas', 'je ne sais pas', 'sais pas', 'je sais pas trop', 'je ne sais pas trop', 'aucune idee', 'pas sur', 'pas certain',
      'je suis pas sur', 'je ne suis pas sur', 'je suis pas certain', 'je ne suis pas certain', 'pas vraiment sur', 'pas trop sur',
      'peut etre', 'peut etre bien', 'possible', 'c est possible', 'ca se peut', 'ca se pourrait', 'difficile a dire', 'dur a dire', 'c est difficile a dire', 'c est dur a dire',
      'je me souviens pas', 'je ne me souviens pas', 'je me souviens plus', 'je ne me souviens plus', 'je me rappelle pas',
      'je ne me rappelle pas', 'je me rappelle plus', 'je ne me rappelle plus', 'je saurais pas dire', 'je ne saurais pas dire',
      'je ne saurais dire', 'bof', 'mouais', 'plus ou moins', 'oui et non', 'un peu des deux', 'probablement', 'j hesite', 'j en sais rien', 'j en sais trop rien', 'j en ai aucune idee', 'sais rien',
      'aucune espece d idee', 'je sais pas vraiment', 'je ne sais pas vraiment', 'qui sait', 'bonne question', 'je me demande',
      'pas sur vraiment', 'vraiment pas sur', 'je ne suis pas sur du tout', 'peut etre un peu', 'je doute', 'pas clair',
    ],
    yesTerminal: [
      'j en ai', 'j en ai eu', 'c est le cas', 'oui c est le cas', 'ca m est arrive', 'ca oui', 'moi oui', 'il y en a', 'y en a',
      'ca descend', 'elle descend', 'je le suis', 'j ai', 'j en prends', 'je l ai fait', 'je l ai', 'je veux bien', 'je suis',
    ],
    noTerminal: [
      'j en ai pas', 'je n en ai pas', 'j en ai jamais eu', 'je n en ai jamais eu', 'ce n est pas le cas', 'c est pas le cas',
      'ca ne m est pas arrive', 'ca m est jamais arrive', 'ca ne m est jamais arrive', 'il y en a pas', 'il n y en a pas', 'y en a pas',
      'je n ai pas', 'j ai pas', 'je ne suis pas', 'je suis pas', 'ne', 'pas', 'pas moi', 'je ne veux pas', 'je veux pas',
      'je ne l ai pas', 'je l ai pas', 'ca ne descend pas', 'elle ne descend pas', 'elle descend pas', 'je ne prends pas', 'je prends pas',
    ],
  },
};
