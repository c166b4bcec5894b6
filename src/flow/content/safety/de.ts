// Deutsches Sicherheitslexikon (de-DE und jede andere deutsche Region). Wörter
// und kurze Muster für die Konzepte in types.ts; die Regeln, die sie paaren,
// stehen in src/flow/safety/. Quellen für die Wörter: shared/clinical/triage.md
// ("Everyday words for red flags", die Ergebnisse, die bleibenden Punkte,
// "During exercise"), in den Worten, die Leute in Deutschland dafür benutzen.
//
// Normalisierung: der Klassifikator schreibt klein; Umlaute und ß BLEIBEN in
// den Mustern ("gesäß", "füße", "gestürzt"), so wie Alexa und Dialogflow sie
// transkribieren. Dafür muss text.ts Buchstaben außerhalb von a-z behalten
// (heute löscht [^a-z0-9|,] sie: "gesäß" wird zu "ges"); siehe den Bericht.
// Wer ohne Umlaute tippt ("gesaess", "fuesse"), bekommt für die wichtigsten
// Wörter eine Umschreibung in `contractions`.
//
// Deutsch stellt "nicht" oft ans Ende ("ich spüre meinen Po nicht"), die
// Verneinung der Regeln wirkt aber nur nach vorn. Deshalb sind "Körperstelle +
// nicht" eigene Muster, die zugleich Körperstelle und cantFeel sind (dieselbe
// Spanne trägt beide Konzepte).
import type { SafetyLexicon } from './types';

const CAN = 'kann|konnte|können';
/** "Ins Bein": names the leg and says the pain travels, in both concepts. */
const DOWN_ONE_LEG = [
  '(ins|in das) linke|rechte? bein', 'bis ins bein', 'bis (unters|unter das|unter dem) knie', 'unters knie',
  'bis in den fuß|oberschenkel', 'bis in die wade|zehen|ferse', 'in den fuß', 'in die wade', 'das bein runter|hinunter|hinab',
  'am bein runter|entlang', 'bis zum knie|fuß|knöchel', 'hinten am bein', 'hinten ins bein', 'ins knie',
];
const DOWN_BOTH_LEGS = ['in die beine', 'in beide beine', 'die beine runter|hinunter', 'bis in die füße', 'in beide füße', 'in die füße'];

/** Words for the saddle area, the legs: also used with a trailing "nicht" ("ich spüre meinen Po nicht"). */
const SADDLE = [
  'leiste', 'leisten', 'leistengegend', 'leistenbereich', 'intimbereich', 'genitalbereich', 'genitalien', 'geschlechtsteile',
  'im schritt', 'schrittbereich', 'untenrum', 'unten rum', 'da unten', 'dort unten', 'zwischen den|meinen beinen',
  'reithosenbereich', 'reithose', 'scham', 'schambereich', 'schamlippen', 'penis', 'hoden', 'scheide', 'vagina', 'damm',
  'dammbereich', 'weichteile', 'intimzone', 'po', 'popo', 'hintern', 'gesäß', 'arsch', 'hinterteil', 'pobacken', 'pobacke',
  'after', 'anus', 'pobereich', 'gesäßbereich', 'allerwertester', 'innenseite|innenseiten der|meiner oberschenkel',
  'oberschenkelinnenseite', 'oberschenkelinnenseiten', 'innere|inneren oberschenkel|oberschenkeln', 'innenschenkel',
  'wo ich sitze', 'sitzfläche',
];
const LEGS_BOTH = [
  'beine', 'beide beine', 'beiden beinen', 'beinen', 'füße', 'füßen', 'beide füße', 'beiden füßen', 'waden', 'schienbeine',
  'oberschenkeln', 'beide oberschenkel', 'linkes und rechtes bein', 'unterkörper', 'ab der hüfte abwärts',
  'von der hüfte abwärts', 'beide seiten', 'beiden seiten',
];
const LEG_ONE = [
  'bein', 'linkes|rechtes|linke|rechte|linken|rechten bein', 'einem bein', 'ein bein', 'fuß', 'linker|rechter|linken|rechten fuß',
  'wade', 'knie', 'schienbein', 'knöchel', 'zehen', 'zeh', 'oberschenkel', 'oberschenkelrückseite', 'ferse', 'fußsohle',
];
const DET = 'meinen|meine|mein|meinem|meiner|den|die|das|dem|der';
/** "Meinen Po nicht", "die Beine nicht mehr": the area, and the "nicht" that ends a German sentence. */
const notFelt = (areas: readonly string[]) => areas.filter((a) => a.split(' ').length <= 2).map((a) => `${DET}? ${a} (gar|überhaupt)? nicht (mehr|richtig|so richtig)?`);

// Falls: a place or a vehicle before the participle starts the span, so the
// shared rule that reads "det + thing + fell" as a thing falling does not fire
// on "auf dem Eis ausgerutscht" or "mit dem Rad gestürzt".
const PLACES = 'eis|glatteis|boden|fliesen|treppe|treppen|stufe|stufen|bordstein|leiter|rad|fahrrad|motorrad|roller|pferd|ski|skiern|snowboard|bike|gehweg|bürgersteig|straße|dusche|badewanne';

export const DE_SAFETY: SafetyLexicon = {
  // Until TextLanguage has 'de' (the lead's plumbing), the type only knows 'en'.
  language: 'de',
  suffixes: [["'s", ' es'], ["'nen", ' einen'], ["'ne", ' eine'], ["'n", ' ein']],
  contractions: {
    gehts: 'geht es', gibts: 'gibt es', ists: 'ist es', tuts: 'tut es', wirds: 'wird es', habs: 'habe es', hats: 'hat es',
    hab: 'habe', spür: 'spüre', merk: 'merke', krieg: 'kriege', bekomm: 'bekomme', komm: 'komme', nen: 'einen', nem: 'einem',
    nix: 'nichts', spritz: 'spritze', nich: 'nicht', nee: 'nein', nö: 'nein', ok: 'okay', okey: 'okay',
    kribbelig: 'kribbelt', kribbeliger: 'kribbelt', kribbelige: 'kribbelt',
    // Typed without umlauts.
    gesaess: 'gesäß', gesäss: 'gesäß', fuesse: 'füße', fuess: 'fuß', fuss: 'fuß', muede: 'müde', gestuerzt: 'gestürzt',
    ruecken: 'rücken', huefte: 'hüfte', spuere: 'spüre', spueren: 'spüren', schwaeche: 'schwäche', gefuehl: 'gefühl',
    weiss: 'weiß', ueberhaupt: 'überhaupt', taubheitsgefuehl: 'taubheitsgefühl', fuehle: 'fühle', fuehlen: 'fühlen',
    hingefallen: 'hingefallen', koennen: 'können', schuettelfrost: 'schüttelfrost', brustschmerz: 'brustschmerzen',
  },
  fillers: [
    'ähm', 'äh', 'öhm', 'öh', 'hm', 'hmm', 'mh', 'also', 'naja', 'na ja', 'na', 'tja', 'ach', 'oh', 'okay also',
    'ehrlich gesagt', 'ganz ehrlich', 'eigentlich', 'im grunde', 'sozusagen', 'quasi', 'ich meine', 'weißt du', 'sag mal',
    'moment', 'lass mich überlegen', 'mal sehen', 'sorry', 'entschuldigung', 'hey', 'hör mal', 'schau mal', 'alexa',
    'hip coach', 'coach', 'danke', 'dankeschön', 'und', 'aber', 'dann', 'übrigens', 'jedenfalls', 'so',
  ],
  clauseStarters: [
    'ich', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'mir', 'mich', 'es', 'das', 'der', 'die', 'da', 'dort', 'beide',
    'jetzt', 'dann', 'auch', 'außerdem', 'wir', 'ja', 'heute', 'gestern',
  ],
  joiners: ['und', 'oder', 'also', ',', 'weil', 'denn', 'wenn', 'als', 'nachdem', 'seit', 'seitdem', 'während', 'sodass', 'falls'],
  bodyWords: ['blase', 'darm', 'bein', 'beine', 'fuß', 'füße', 'knie', 'rücken', 'hüfte', 'hüften', 'knöchel', 'körper', 'po', 'hintern', 'gesäß'],
  determiners: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'mein', 'meine', 'meinen', 'meinem', 'dein', 'deine', 'unser'],
  interjections: ['nein', 'ne', 'nein nein'],
  concepts: {
    areaSaddle: [...SADDLE, ...notFelt(SADDLE)],
    areaGlutes: ['gesäßmuskel', 'gesäßmuskeln', 'gesäßmuskulatur', 'pomuskel', 'pomuskeln', 'pomuskulatur', 'po muskeln', 'glutes', 'glute', 'gluteus'],
    areaBack: [
      'rücken', 'unterer|unteren rücken', 'kreuz', 'lendenwirbelsäule', 'lws', 'wirbelsäule', 'steiß', 'steißbein', 'hüfte',
      'hüften', 'kreuzbein', 'sitzbein', 'sitzbeinhöcker', 'iliosakralgelenk', 'isg', 'rückenschmerzen', 'kreuzschmerzen',
    ],
    areaLegOne: [...LEG_ONE, ...notFelt(LEG_ONE), ...DOWN_ONE_LEG],
    areaLegsBoth: [...LEGS_BOTH, ...notFelt(LEGS_BOTH), ...DOWN_BOTH_LEGS],
    areaBoth: ['beide', 'beiden', 'auf beiden seiten', 'links und rechts', 'jede seite'],
    areaChest: ['brust', 'brustkorb', 'brustbein', 'herz', 'herzgegend', 'brustschmerzen', 'brustenge', 'herzstechen'],
    areaOther: [
      'arm', 'arme', 'hand', 'hände', 'finger', 'handgelenk', 'ellbogen', 'ellenbogen', 'schulter', 'schultern', 'nacken',
      'hals', 'bauch', 'bauchmuskeln', 'rumpf', 'core', 'hüftbeuger', 'beinbeuger', 'quadrizeps', 'rippen', 'gesicht', 'kopf',
    ],
    numb: [
      'taub', 'tauber', 'taubheit', 'taubheitsgefühl', 'taubheitsgefühle', 'gefühllos', 'kein|keinerlei gefühl (mehr)?',
      'ohne gefühl', 'gefühl verloren', 'gefühl ist weg', 'gefühl weg', 'wie tot', 'abgestorben', 'pelzig', 'kribbeln',
      'kribbelt', 'kribbelnd', 'ameisenlaufen', 'ameisen', 'prickeln', 'prickelt', 'brizzelt', 'brizzeln', 'wie betäubt',
      'betäubt', 'weniger gefühl', 'vermindertes gefühl', 'nichts zu spüren',
    ],
    asleep: ['eingeschlafen', 'ist eingeschlafen', 'sind eingeschlafen', 'schläft ein', 'schlafen ein', 'wie eingeschlafen', 'einschlafen'],
    cantFeel: [
      'nicht (mehr|richtig)? spüren|fühlen', 'kaum (noch)? spüren|fühlen|spüre|fühle', 'spüre|fühle|merke nichts (mehr)?',
      'nichts (mehr)? spüren|fühlen', 'spüre|fühle nicht', 'gar|überhaupt nichts mehr', 'spüre|fühle|merke ich (gar|überhaupt)? nichts (mehr)?', 'kaum (noch)? was|etwas', 'spüre|fühle|merke ich kaum (noch)? (was|etwas)?', `${CAN} nichts (mehr)? spüren|fühlen`,
      ...notFelt(SADDLE), ...notFelt(LEG_ONE), ...notFelt(LEGS_BOTH),
    ],
    exerciseFeel: [
      'arbeitet', 'arbeiten', 'arbeitet nicht', 'arbeiten nicht', 'aktiv', 'aktiviert', 'aktivieren', 'angespannt', 'anspannen',
      'spannung', 'anspannung', 'feuert', 'springt an', 'springen an', 'mitarbeiten', 'arbeitet mit', 'arbeitet nicht mit',
      'spüre|fühle|merke es|das|sie', 'spüre|fühle|merke es|das|sie nicht', 'spüre|fühle|merke die dehnung|übung (nicht)?',
      'die dehnung nicht', 'dehnung spüren', 'spüre nichts von der dehnung|übung', 'merke nichts von der dehnung|übung',
      'spüren es', 'es nicht spüren', 'die dehnung', 'spüre die spannung',
    ],
    oddFeeling: [
      'komisch', 'seltsam', 'merkwürdig', 'eigenartig', 'fühlt sich komisch|seltsam|merkwürdig|anders an',
      'komisches|seltsames|merkwürdiges gefühl', 'nicht normal', 'anders als sonst',
    ],
    weak: [
      'schwach', 'schwäche', 'schwächer', 'kraftlos', 'keine kraft (mehr)?', 'kraft verloren', 'nicht (mehr)? bewegen',
      `${CAN} _? nicht bewegen`, 'gehorchen nicht|mir nicht', 'funktionieren nicht', 'wollen nicht mehr',
    ],
    weakWorse: [
      'geben nach', 'gibt nach', 'nachgeben', 'knicken weg|ein', 'knickt weg|ein', 'weggeknickt', 'eingeknickt', 'sacken weg',
      'sackt weg', 'weggesackt', 'wegsacken', 'versagen', 'versagt', 'immer schwächer', 'werden schwächer', 'wird schwächer',
      'schwächer und schwächer', 'plötzlich schwach', 'fuß schleift', 'schleift', 'ziehe (den fuß|das bein) nach',
      'fußheberschwäche', 'knicken|knickt|sacken|sackt _? _? _? weg|ein', 'tragen|trägt mich _? nicht (mehr)?', 'komme|kriege _? _? _? nicht (mehr)? hoch', `${CAN} (den fuß|das bein|die zehen) nicht heben|anheben`, 'stolpere über meine|meinen füße|fuß',
      'tragen mich nicht (mehr)?', 'trägt mich nicht (mehr)?', 'falle immer wieder hin', 'falle ständig hin',
    ],
    walkTrouble: [
      `${CAN} nicht (mehr|richtig|mehr richtig|mehr so richtig|so richtig)? laufen|gehen|stehen|aufstehen|auftreten`, `${CAN} kaum (noch)? laufen|gehen|stehen`,
      'kaum (noch)? laufen|gehen|stehen', `nicht (mehr|richtig)? laufen|gehen|stehen ${CAN}`, 'probleme|schwierigkeiten beim gehen|laufen|stehen',
      'gehen|laufen|stehen fällt mir schwer', 'gehen|laufen geht nicht|kaum (mehr)?', 'komme|kriege nicht (mehr)? hoch',
      'komme nicht vom boden hoch', `${CAN} das bein nicht belasten`, `${CAN} nicht belasten`,
      `${CAN} mich nicht auf den beinen halten`, `${CAN} nur schwer laufen|gehen|stehen`, 'nur schwer laufen|gehen',
      'gehen ist schwer', 'laufen ist schwer',
    ],
    fatigue: [
      'müde', 'erschöpft', 'kaputt', 'platt', 'fertig', 'fix und fertig', 'ausgepowert', 'schwer', 'schwere beine', 'zittern',
      'zittert', 'zittrig', 'wackelig', 'wacklig', 'brennt', 'brennen', 'brennen wie feuer', 'glüht', 'muskelkater', 'schlapp',
      'steif', 'fest', 'angestrengt', 'anstrengend', 'gedehnt', 'warm', 'schwitze', 'verschwitzt', 'kann nicht mehr',
      'am ende', 'wie pudding', 'pudding', 'wie gummi', 'gummibeine', 'puddingbeine', 'seitenstechen', 'geschafft', 'durch',
      'ausgelaugt', 'groggy',
    ],
    chestSensation: [
      'eng', 'enge', 'engegefühl', 'druck', 'drückt', 'drücken', 'druckgefühl', 'schwer', 'beklemmung', 'beklemmend',
      'schmerzen', 'schmerz', 'weh', 'tut weh', 'schmerzt', 'sticht', 'stechen', 'zieht', 'brustschmerzen', 'brustenge', 'herzstechen',
    ],
    breathRed: [
      'keine luft', 'kriege|bekomme keine luft (mehr)?', `${CAN} nicht (mehr|richtig)? atmen`, `${CAN} kaum atmen`, 'atemnot',
      'luftnot', 'erstickungsgefühl', 'ringe nach luft', 'schnappe nach luft', 'atmen fällt mir schwer',
    ],
    breathMaybe: ['kurzatmig', 'kurzatmigkeit', 'komme nicht zu atem', 'pfeift beim atmen', 'keuche'],
    breathHarmless: ['außer atem', 'aus der puste', 'schnaufe', 'schnaufen', 'hechle', 'atme schwer', 'bin aus der puste', 'ganz schön außer atem'],
    heartRed: ['herzinfarkt', 'herzanfall', 'infarkt', 'ich glaube es ist das herz'],
    bladderRed: [
      'in die hose gemacht|gepinkelt|gepullert|gekackt|gegangen', 'mache|mach mir in die hose', 'eingenässt', 'einnässen', 'nässe ein',
      `${CAN} nicht (mehr)? pinkeln|pieseln|pullern|urinieren`, `${CAN} kein wasser lassen`, 'kein wasser lassen',
      `${CAN} nicht (mehr)? (aufs klo|auf die toilette|auf toilette)`, `${CAN} (meine blase|die blase|den darm|meinen darm) nicht kontrollieren|halten|leeren`,
      'blase|darm nicht (mehr)? kontrollieren|halten', 'kontrolle über (meine blase|die blase|den darm|meinen darm) (verloren)?',
      'urin|stuhl|wasser verloren', 'verliere urin|stuhl|wasser', 'inkontinent', 'inkontinenz', 'malheur', 'es läuft (einfach)? raus',
      'tröpfle', 'tröpfeln', `${CAN} (es|das|den urin|das wasser) nicht (mehr)? halten`, 'probleme|schwierigkeiten beim pinkeln|wasserlassen|urinieren',
      'pinkeln|wasserlassen geht nicht|kaum', 'merke|spüre nicht wann|wenn ich (aufs klo|auf die toilette)? muss',
      'nicht gepinkelt', 'nicht mehr gepinkelt', 'nicht (mehr)? rechtzeitig (aufs klo|zur toilette|auf die toilette|auf toilette|aufs wc) (geschafft)?', 'nicht (richtig|mehr)? pinkeln|urinieren|wasserlassen', 'nicht (richtig|mehr)? wasser lassen', '(das wasser|den urin|es|pipi) _? nicht (mehr)? halten', 'verliere|verlor _? _? _? urin|stuhl', 'nicht (mehr)? wann|wenn ich _? _? muss', `${CAN} ihn|sie|es nicht (mehr)? kontrollieren|halten`, 'bett nass gemacht',
      'ins bett gemacht', 'harnverhalt', 'stuhlinkontinenz',
    ],
    bladderMaybe: ['blase', 'darm', 'blasenschwäche', 'undicht', 'auslaufen'],
    bladderHarmless: [
      'muss (mal|kurz|dringend)? (aufs klo|auf die toilette|auf toilette|pinkeln|pipi|pullern)', 'muss mal', 'muss nicht (mal)? (pinkeln|aufs klo)', 'toilettenpause',
      'klopause', 'kurz aufs klo', 'kurz auf die toilette', 'aus versehen', 'versehentlich', 'kein malheur',
    ],
    fall: [
      'gestürzt', 'hingefallen', 'umgefallen', 'hingeknallt', 'hingeflogen', 'hingestürzt', 'bin _? _? gefallen',
      'bin _? _? runtergefallen|hinuntergefallen|heruntergefallen', 'sturz', 'einen sturz', 'schwerer|schlimmer|böser|heftiger sturz',
      'treppensturz', 'unfall', 'autounfall', 'verkehrsunfall', 'auffahrunfall', 'motorradunfall', 'fahrradunfall', 'radunfall',
      'arbeitsunfall', 'skiunfall', 'schweren|schlimmen|schwerer|schlimmer unfall', 'angefahren', 'überfahren', 'zusammenstoß',
      'zusammengestoßen', 'kollision', 'schleudertrauma', 'hinten drauf gefahren|aufgefahren', 'aufgefahren', 'verunglückt',
      'auf den|meinen rücken|po|hintern|steiß|steißbein gefallen|geknallt', 'aufs steißbein|kreuz gefallen',
      `${PLACES} gestürzt|hingefallen|gefallen|runtergefallen|hingeknallt|hingeflogen`, 'ausgerutscht und hingefallen|gestürzt', `${PLACES} ausgerutscht|gestolpert|abgerutscht und hingefallen|gestürzt|gefallen`,
      'gestolpert und hingefallen|gestürzt', '(vom|von dem) rad|fahrrad|motorrad|pferd|roller gefallen|gestürzt|geflogen',
    ],
    fallMaybe: [
      'ausgerutscht', 'weggerutscht', 'abgerutscht', 'gestolpert', 'fast gestürzt|hingefallen', 'beinahe gestürzt|hingefallen',
      'gleichgewicht verloren', 'umgeknickt', 'vertreten', 'ins straucheln', 'gestrauchelt', `${PLACES} ausgerutscht|gestolpert|abgerutscht`,
    ],
    idiom: [
      'gefallen', 'gefällt', 'gut gefallen', 'hat mir _? gefallen', 'aufgefallen', 'eingefallen', 'ausgefallen', 'durchgefallen',
      'reingefallen', 'rausgefallen', 'zugefallen', 'auf die nase gefallen', 'aus allen wolken gefallen', 'schwer gefallen',
      'leicht gefallen', 'fällt mir schwer', 'die nase voll', 'die schnauze voll', 'satt', 'zum kotzen', 'krank vor sorge',
      'herzschmerz', 'liebeskummer', 'sternzeichen krebs', 'bin (ein)? krebs', 'immunsystem ist gut|stark|normal|in ordnung',
      'kann nicht laufen|joggen gehen', `${CAN} heute nicht laufen|joggen gehen`, 'laufen gehen', 'joggen gehen',
      'über die runden', 'auf etwas|was gestoßen', 'bin auf _? gestoßen', 'schlecht geschlafen', 'kein unfall', 'fast eingeschlafen',
      'bin eingeschlafen', 'eingeschlafen vor dem fernseher', 'beim fernsehen eingeschlafen', 'der groschen ist gefallen',
      'entscheidung gefallen', 'die entscheidung ist gefallen', 'ist|sind runtergefallen|heruntergefallen|runtergerutscht|abgerutscht|verrutscht|umgefallen', 'ist mir runtergefallen|heruntergefallen',
    ],
    knock: [
      '(mir|mich)? (den|meinen)? rücken|steiß|steißbein|po|hüfte|kreuz gestoßen|angestoßen|angeschlagen|angehauen|geprellt',
      'gestoßen', 'angestoßen', 'angeschlagen', 'geprellt', 'prellung', 'einen stoß|schlag', 'stoß abbekommen',
    ],
    longAgo: [
      'vor jahren', 'vor einem jahr', 'vor langer zeit', 'vor ewigkeiten', 'letztes jahr', 'als kind', 'als jugendlicher|jugendliche',
      'als ich klein war', 'als ich jünger war', 'früher mal', 'vor zehn|zwanzig|fünf|ein paar jahren', 'in meiner jugend',
      'lange her', 'ist lange her',
    ],
    fever: [
      'fieber', 'fiebrig', 'temperatur', 'erhöhte temperatur', 'schüttelfrost', 'frösteln', 'fröstele', 'fröstel', 'friere',
      'nachtschweiß', 'schwitze nachts', 'heiß und kalt', 'glühe', 'grippe', 'grippig', 'fieberig',
    ],
    unwell: [
      'krank', 'fühle mich krank|elend|schlecht|mies|schlapp|unwohl|grippig|matt', 'mir ist elend|übel|schlecht',
      'fühle mich nicht gut|wohl', 'geht mir nicht gut', 'geht mir schlecht', 'geht es mir nicht gut', 'unwohl', 'angeschlagen',
      'kränklich', 'infekt', 'infektion', 'blasenentzündung', 'harnwegsinfekt', 'erbreche', 'erbrechen', 'übergeben',
      'erkältet', 'erkältung', 'ausbrüte', 'ausbrüten', 'brüte was aus', 'nicht auf der höhe', 'neben der spur',
    ],
    weightLoss: [
      'abgenommen', 'nehme ab', 'abnehmen', 'gewicht verloren', 'gewichtsverlust', 'verliere gewicht', 'kilo verloren|abgenommen',
      '_ kilo abgenommen|verloren|weniger', 'dünner geworden', 'kleidung ist weit|locker', 'hosen sind zu weit', 'werde immer dünner',
    ],
    weightUnintended: [
      'ohne es zu wollen', 'ungewollt', 'einfach so', 'ohne grund', 'ohne diät', 'keine diät', 'unerklärlich', 'weiß nicht warum',
      'von allein', 'von alleine', 'ohne es zu versuchen', 'obwohl ich normal esse', 'ohne dass ich es will', 'ohne absicht',
    ],
    weightIntended: [
      'will', 'möchte', 'wollte', 'diät', 'auf diät', 'absichtlich', 'kalorien', 'ziel', 'abnehmspritze', 'ozempic',
      'versuche abzunehmen', 'zum abnehmen', 'fasten', 'intervallfasten', 'sport', 'gewollt',
    ],
    nightPain: [
      'nachts', 'in der nacht', 'nachts schlimmer', 'weckt|wecken mich', 'wache|werde (nachts)? (davon|vor schmerzen)? auf|wach',
      `${CAN} nicht schlafen`, 'nicht schlafen', 'nächtliche schmerzen', 'nachtschmerzen', 'jede nacht', 'die ganze nacht',
      'im bett schlimmer', 'nachts im bett',
    ],
    constant: [
      'ständig', 'dauernd', 'immer da', 'die ganze zeit', 'rund um die uhr', 'hört nie auf', 'hört nicht auf', 'ununterbrochen',
      'dauerschmerz', 'dauerschmerzen', 'tag und nacht', 'pausenlos', 'permanent', 'immerzu',
    ],
    notEased: [
      'nichts hilft', 'hilft nichts', 'nichts lindert (es|die schmerzen)?', 'ruhe hilft nicht', 'hilft nicht', 'wird nicht besser',
      'geht nicht weg', 'lässt nicht nach', 'keine linderung', 'auch im liegen', 'selbst im liegen', 'auch in ruhe', 'selbst in ruhe',
      'egal wie ich liege|sitze|mich bewege', 'keine position hilft', 'schmerzmittel helfen nicht', 'tabletten helfen nicht',
      'auch beim liegen', 'egal was ich mache',
    ],
    eased: [
      'wird besser', 'lässt nach', 'geht weg', 'hilft', 'besser wenn ich mich bewege', 'bessert sich', 'sobald ich mich bewege',
      'legt sich', 'klingt ab', 'wird leichter', 'löst sich', 'nach dem aufstehen besser',
    ],
    bone: [
      'osteoporose', 'knochenschwund', 'osteopenie', 'brüchige knochen', 'schwache knochen', 'dünne knochen', 'kortison',
      'cortison', 'kortisontabletten', 'cortisontabletten', 'steroide', 'prednisolon', 'prednison', 'dexamethason', 'knochendichte',
    ],
    drugsInjected: [
      'spritze|spritzte (mir)? _? _? _? drogen|heroin', 'drogen gespritzt|spritzen|spritze', 'gespritzte drogen', 'fixe', 'fixer', 'heroin',
      'nadeln teilen|geteilt', 'nadeln für drogen', 'drogen intravenös', 'intravenös drogen', 'drogen mit der nadel|nadeln',
    ],
    injectionHarmless: [
      'spritze', 'spritzen', 'eine spritze', 'insulin', 'impfung', 'geimpft', 'periduralanästhesie', 'pda', 'kortisonspritze',
      'spritze in den rücken', 'thrombosespritze', 'infiltration', 'booster', 'spritze insulin',
    ],
    cancer: [
      'krebs', 'tumor', 'tumore', 'tumoren', 'leukämie', 'lymphom', 'melanom', 'myelom', 'sarkom', 'karzinom', 'metastasen',
      'chemo', 'chemotherapie', 'bestrahlung', 'strahlentherapie', 'onkologe', 'onkologin', 'onkologie', 'bösartig', 'brustkrebs',
      'prostatakrebs', 'darmkrebs', 'lungenkrebs', 'hautkrebs', 'knoten entfernt', 'in remission', 'krebserkrankung',
    ],
    immune: [
      'immunsystem', 'immunschwäche', 'schwaches|geschwächtes immunsystem', 'immunsupprimiert', 'immunsuppressiva',
      'immunsuppression', 'transplantation', 'transplantiert', 'organtransplantation', 'hiv', 'aids', 'methotrexat', 'biologika',
      'lupus', 'immundefekt', 'abwehrschwäche', 'schwache abwehr',
    ],
    otherPerson: [
      'meine|mein|meiner|meinem|meinen mutter|mama|vater|papa|schwester|bruder|tante|onkel|oma|opa|großmutter|großvater|frau|mann|partner|partnerin|freund|freundin|sohn|tochter|cousin|cousine|chef|chefin|kollege|kollegin|nachbar|nachbarin|hund|katze|kind|kinder|baby|eltern',
      'familiengeschichte', 'liegt in der familie', 'in meiner familie', 'jemand den ich kenne', 'ein freund', 'eine freundin',
      'ein bekannter', 'eine bekannte',
    ],
    sharp: [
      'stechend', 'stechen', 'sticht', 'stich', 'stiche', 'scharf', 'scharfer schmerz', 'messerstich', 'wie ein messer',
      'wie messer', 'schneidend', 'plötzlicher schmerz', 'hexenschuss', 'stechender schmerz', 'stechende schmerzen',
    ],
    shooting: [
      'einschießend', 'schießt', 'schießt ein', 'eingeschossen', 'elektrisch', 'stromschlag', 'wie strom', 'blitz', 'blitzartig',
      'ausstrahlend', 'strahlt aus', 'ausstrahlt', 'ischias', 'ischiasschmerz', 'ischiasschmerzen', 'nervenschmerz', 'nervenschmerzen',
    ],
    travel: [
      'zieht', 'ziehen', 'strahlt', 'strahlt aus', 'ausstrahlen', 'ausstrahlt', 'geht', 'läuft', 'wandert', 'schießt',
      'breitet sich aus', 'kommt', 'zieht runter', 'geht runter', 'bis ganz runter',
    ],
    downLeg: [...DOWN_ONE_LEG, ...DOWN_BOTH_LEGS, 'unter dem knie', 'unterhalb des knies', 'bis ganz runter', 'ins bein runter'],
    hurts: [
      'weh', 'tut weh', 'wehtun', 'wehgetan', 'schmerz', 'schmerzen', 'schmerzt', 'schmerzhaft', 'aua', 'au', 'autsch', 'uff',
      'wund', 'zieht', 'ziehen', 'ziept', 'zwickt', 'zwicken', 'gezwickt', 'unangenehm', 'beschwerden', 'krampf', 'krämpfe',
      'verkrampft', 'pocht', 'pochen', 'drückt', 'zerrung', 'gezerrt', 'verzerrt', 'blockiert', 'verrenkt', 'zu viel',
      'nicht angenehm', 'fühlt sich nicht gut|richtig an', 'verspannt', 'verspannung', 'rückenschmerzen', 'kreuzschmerzen',
      'bringt mich um', 'höllisch', 'tut echt weh', 'quält mich',
    ],
    exerciseContext: [
      'beckenheben', 'bridge', 'bridges', 'glute bridge', 'brücke', 'muschel', 'clamshell', 'clamshells', 'dead bug', 'deadbug',
      'hinge', 'hip hinge', 'wandübung', 'wall tap', 'taube', 'couch stretch', 'neunzig neunzig', '90 90', 'abspreizen', 'band',
      'das band', 'miniband', 'dehnung', 'die dehnung', 'dehnen', 'übung', 'die übung', 'diese übung', 'übungen', 'training',
      'workout', 'routine', 'einheit', 'satz', 'sätze', 'wiederholung', 'wiederholungen', 'die hier', 'danach', 'davon', 'dabei',
      'beim halten', 'kreuzheben', 'kniebeugen', 'squats', 'joggen', 'laufen', 'fitnessstudio', 'gym', 'ausfallschritt', 'flow',
      'position', 'hüftbeuger flow', 'vom training', 'vom sport', 'sport',
    ],
    negator: [
      'nein', 'nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'keinerlei', 'nichts', 'ohne',
      'weder', 'noch nie', 'gar nicht', 'überhaupt nicht', 'null', 'nicht mehr', 'kein bisschen', 'keine spur von',
    ],
    uncertain: [
      'nicht sicher', 'weiß nicht', 'weiß nicht ob', 'weiß ich nicht', 'keine ahnung', 'unsicher', 'vielleicht', 'eventuell',
      'möglicherweise', 'kann sein', 'könnte', 'ich glaube', 'glaube ich', 'irgendwie', 'ein bisschen', 'etwas', 'leicht',
      'ein wenig', 'bisschen', 'frage mich ob', 'kann nicht sagen', 'kann mich nicht erinnern', 'wahrscheinlich', 'glaub',
    ],
    boundary: [
      'aber', 'jedoch', 'allerdings', 'außer', 'bis auf', 'nur', 'bloß', 'sondern', 'eher', 'stattdessen', 'trotzdem', 'obwohl',
      'hauptsächlich', 'vor allem', 'eigentlich nur', 'es ist eher', 'es ist nur', 'mehr so',
    ],
  },
  answers: {
    yes: [
      'ja', 'jo', 'jap', 'jep', 'jup', 'ja bitte', 'jawohl', 'genau', 'richtig', 'stimmt', 'das stimmt', 'klar', 'na klar',
      'sicher', 'natürlich', 'auf jeden fall', 'auf alle fälle', 'definitiv', 'absolut', 'allerdings', 'doch', 'ja doch', 'okay',
      'gut', 'passt', 'in ordnung', 'gerne', 'gern', 'mhm', 'mh', 'ja schon', 'schon', 'ich glaube schon', 'ich denke schon',
      'glaube schon', 'denke schon', 'wohl schon', 'ein bisschen', 'ein wenig', 'etwas', 'bisschen', 'manchmal', 'ab und zu',
      'hin und wieder', 'leider ja', 'leider schon', 'trifft zu', 'das trifft zu', 'ja ja', 'jaja', 'ja klar', 'ziemlich',
      'schon ein bisschen', 'sehr', 'mach das', 'gerne doch',
    ],
    no: [
      'nein', 'ne', 'nein nein', 'nein danke', 'nicht wirklich', 'eigentlich nicht', 'gar nicht', 'überhaupt nicht', 'nie',
      'niemals', 'noch nie', 'auf keinen fall', 'keineswegs', 'sicher nicht', 'bestimmt nicht', 'natürlich nicht', 'wohl nicht',
      'eher nicht', 'nicht dass ich wüsste', 'nicht soweit ich weiß', 'nicht dass mir aufgefallen wäre', 'ich glaube nicht',
      'glaube nicht', 'ich denke nicht', 'denke nicht', 'nichts dergleichen', 'nichts davon', 'nichts in der art', 'nichts',
      'keins', 'keines', 'keins davon', 'keines davon', 'keine davon', 'nichts von alledem', 'nein nichts', 'alles gut',
      'mir geht es gut', 'alles in ordnung', 'falsch', 'stimmt nicht', 'trifft nicht zu', 'das trifft nicht zu', 'zum glück nicht',
      'glücklicherweise nicht', 'gott sei dank nicht', 'null', 'kein bisschen', 'nicht im geringsten', 'nie gehabt',
      'noch nie gehabt', 'nicht mehr', 'nicht in letzter zeit', 'gar nichts', 'überhaupt nichts', 'nichts neues', 'nein danke nein',
    ],
    notSure: [
      'nicht sicher', 'ich bin mir nicht sicher', 'bin mir nicht sicher', 'ich bin nicht sicher', 'weiß nicht', 'ich weiß nicht',
      'weiß ich nicht', 'ich weiß es nicht', 'keine ahnung', 'ich habe keine ahnung', 'unsicher', 'vielleicht', 'eventuell',
      'möglicherweise', 'kann sein', 'könnte sein', 'schon möglich', 'schwer zu sagen', 'kann ich nicht sagen',
      'ich kann es nicht sagen', 'kann ich schwer sagen', 'ich erinnere mich nicht', 'ich kann mich nicht erinnern', 'jein',
      'teils teils', 'so halb', 'irgendwie', 'wahrscheinlich', 'keinen plan', 'gute frage', 'wer weiß', 'mal so mal so',
      'ich weiß es nicht genau', 'weiß ich (echt|wirklich|so)? nicht (genau)?', 'kann ich nicht (so)? genau sagen', 'ich? bin mir (da)? unsicher', 'ich? bin mir da nicht sicher', 'ich bin da unsicher',
    ],
    yesTerminal: [
      'habe ich', 'bin ich', 'tue ich', 'tu ich', 'mache ich', 'mach ich', 'tut es', 'ist es', 'ist so', 'ist das so', 'gibt es',
      'hatte ich', 'war ich', 'war es', 'würde ich', 'werde ich', 'habe ich schon', 'bitte', 'tun sie', 'sind sie', 'haben sie',
      'habe ich gehabt', 'hatte ich schon',
    ],
    noTerminal: [
      'habe ich nicht', 'bin ich nicht', 'tue ich nicht', 'tu ich nicht', 'mache ich nicht', 'tut es nicht', 'ist es nicht',
      'ist nicht so', 'gibt es nicht', 'hatte ich nicht', 'hatte ich nie', 'war ich nicht', 'würde ich nicht', 'habe ich nie',
      'habe ich noch nie', 'nicht', 'tun sie nicht', 'sind sie nicht', 'haben sie nicht', 'war es nicht',
    ],
  },
};
