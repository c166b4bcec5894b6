// German value words (see types.ts): pain scores 0 to 10 and the cue words of
// each pain pattern, read from free words the platform matched to no value
// intent ("so eine vier", "meistens nach langem Sitzen im Büro").
//
// The text arrives lowercased with ä, ö, ü and ß KEPT and punctuation removed
// (values.ts, cleanIn; hyphens become spaces). JavaScript's \b does not count
// ä, ö, ü, ß as word characters, so every pattern here is built by `words`,
// whose edges are Unicode lookarounds, and `~` in an alternative stands for any
// run of letters (a stem's ending or a compound's front: "krafttraining").
import type { PainPattern } from '../patterns';
import type { LanguageValues } from './types';

/** Built on first use (index.ts): a language's words cost nothing at start-up until someone speaks it. */
export function DE_VALUES(): LanguageValues {
  const LETTER = "[\\p{L}\\p{N}']";
  const stem = (alternative: string) => alternative.replace(/~/g, '\\p{L}*');
  const group = (alternatives: readonly string[]) => `(?:${alternatives.map(stem).join('|')})`;
  /** Whole words or phrases: each alternative starts and ends at a word edge. */
  const words = (...alternatives: string[]) => `(?<!${LETTER})${group(alternatives)}(?!${LETTER})`;
  /** The whole answer is one of the alternatives, with only fillers around it ("eigentlich immer"). */
  const alone = (fillers: readonly string[], ...alternatives: string[]) =>
    `^(?:${group(fillers)} )*${group(alternatives)}(?: ${group(fillers)})*$`;
  const cue = (...parts: string[]) => new RegExp(parts.join('|'), 'u');
  /** Cue words not denied by a later "sondern": "nicht morgens, sondern beim Sitzen" is sitting ("nicht nur ..., sondern auch" denies nothing). */
  const named = (...alternatives: string[]) => `${words(...alternatives)}(?!.*(?<!${LETTER})sondern(?! auch)(?!${LETTER}))`;

  // Number words, index = value. The article forms of one ("ein", "eine",
  // "einen", "einem", "einer") are left out on purpose: "eine Drei" is "a three",
  // and with them it would read as 1 and 3 and return 3 only by luck, while
  // "eine Zwei oder Drei" would read three numbers and return nothing. A one is
  // said "eins" ("eine Eins"); "ein bis zwei" still reads 2, the higher end.
  // Regional forms ("zwo", "fünfe", "sechse", "neune", "zehne") are included;
  // "achte" is not (it is also the ordinal and the verb "ich achte").
  const SCORE_WORDS = [
    ['null'],
    ['eins'],
    ['zwei', 'zwo'],
    ['drei'],
    ['vier', 'viere'],
    ['fünf', 'fünfe'],
    ['sechs', 'sechse'],
    ['sieben', 'siebene'],
    ['acht'],
    ['neun', 'neune'],
    ['zehn', 'zehne'],
  ] as const;
  const ANY_NUMBER = [...SCORE_WORDS.flat(), '\\d{1,3}'];

  /** Fillers around a bare "nothing", "none", "all good". */
  const ZERO_FILLERS = [
    'also', 'ähm', 'äh', 'öhm', 'hm', 'hmm', 'naja', 'na ja', 'na', 'ja', 'nee', 'nein', 'eigentlich', 'gerade', 'grad', 'grade',
    'jetzt', 'heute', 'im moment', 'momentan', 'aktuell', 'zurzeit', 'zur zeit', 'mehr', 'wirklich', 'echt', 'zum glück',
    'gott sei dank', 'ich glaube', 'glaube ich', 'ich denke', 'denke ich', 'würde ich sagen', 'ich würde sagen', 'ich spüre',
    'ich spür', 'spüre ich', 'ich merke', 'ich merk', 'merke ich', 'ich habe', 'ich hab', 'hab ich', 'habe ich', 'ich fühle',
    'da ist', 'es ist', 'ist', 'da', 'schmerzen', 'zu spüren', 'zu merken', 'danke', 'soweit', 'so weit', 'bisher', 'wieder',
    'mir geht', "mir geht's", 'mir gehts', 'es geht mir', 'bei mir', 'im rücken', 'mit dem rücken', 'dem rücken nach',
  ];
  /** Words between "tut" and "nicht weh" that keep the meaning "it does not hurt". */
  const TUT_FILLERS = "(?:(?:mir|mich|es|der rücken|mein rücken|heute|gerade|grad|grade|jetzt|momentan|im moment|aktuell|zurzeit|zur zeit|eigentlich|wirklich|echt|zum glück) )*";
  /** Said after "nicht", these make it "not much", not "not at all": "tut nicht so weh". */
  const NOT_MUCH = '(?! (?:so|sehr|besonders|richtig|stark|arg|doll|schlimm|viel|wirklich|mehr so))';

  return {
    scoreWords: SCORE_WORDS,

    // Zero said without a number. Bare "nichts", "keine", "gar nicht" and "alles
    // gut" count only as the whole answer (fillers aside), so "es hat sich nichts
    // geändert", "gar keine Ahnung", "nicht alles gut" or "alles gut bis auf
    // das Bücken" read nothing. "Fast/kaum keine Schmerzen", "keine großen
    // Schmerzen", "tut nicht so weh" are not zero and read nothing either.
    noPain: cue(
      words("(?<!(?:fast|kaum|beinahe|nahezu|so gut wie) )(?:keine|keinerlei|null) (?:rücken|kreuz)?(?:schmerzen|beschwerden)", '(?<!(?:fast|kaum|beinahe|nahezu|so gut wie) )(?:kein|keinen) (?:rücken)?schmerz', 'kein bisschen'),
      words('(?<!(?:fast|kaum|beinahe|nahezu|so gut wie) )(?:schmerz|beschwerde|symptom)frei'),
      words(`tut(?:'?s)? ${TUT_FILLERS}(?:gar |überhaupt |absolut )?(?:nicht|nichts|kein bisschen)(?: mehr)? weh`, `nichts tut(?: mir)? weh`),
      words(`weh tut(?:'?s)?(?: es| mir| mir das| das)?(?: gar| überhaupt)? (?:nicht|nichts)(?: mehr)?`) + NOT_MUCH,
      words(`schmerzt(?:'?s)? ${TUT_FILLERS}(?:gar |überhaupt |absolut )?(?:nicht|nichts)(?: mehr)?`) + NOT_MUCH,
      words('(?:die |meine )?(?:rücken)?(?:schmerzen|schmerz) (?:ist|sind) (?:(?:ganz|komplett|völlig|vollständig|total|heute|gerade|jetzt|momentan|wieder|zum glück|mittlerweile|inzwischen) )*weg'),
      alone(ZERO_FILLERS, 'nichts', 'nix', 'gar nichts', 'gar nix', 'überhaupt nichts', 'absolut nichts', 'null komma nichts', 'keine', 'keins', 'keiner', 'gar keine', 'überhaupt keine', 'gar nicht', 'garnicht', 'überhaupt nicht', 'alles weg', 'weg'),
      alone(ZERO_FILLERS, 'alles (?:gut|bestens|super|prima|okay|ok|in ordnung|fein|top|paletti)'),
    ),

    // "Sieben von zehn": its ten is the scale, when no number follows it ("von
    // zehn auf sieben" is a change, not a scale). Typed "7/10" arrives as "7 10"
    // (the slash is removed): a single digit up to 7 before a final 10 is read
    // as the scale too, since nobody gives "7 to 10" as a range.
    scale: cue(
      `${words('von (?:zehn|zehne|10)')}(?!.*${words(...ANY_NUMBER)})`,
      '^[0-7] 10$',
    ),

    patternCues: ([
      // "Immer", "ständig", "manchmal" only as the whole answer: "immer nach dem
      // Sitzen" is sitting (the German intents say "immer {pattern}").
      ['varies', cue(
        named(
          'unterschiedlich~', 'verschieden~', 'variier~', 'variabel', 'wechselnd~', 'wechselt', 'unregelmäßig~', 'zufällig~',
          'willkürlich~', 'unvorhersehbar', 'nicht vorhersehbar', "kommt(?:'?s| es| das)? (?:ganz |immer |eben |halt )?(?:drauf|darauf) an",
          'je nachdem', 'hängt (?:ganz |immer |eben |halt )?(?:davon|vom tag|von der situation|von der tagesform) ab', 'tagesform',
          'kein~ (?:festes |bestimmtes |klares |richtiges |erkennbares |eindeutiges |wirkliches )?muster', 'ohne (?:festes |erkennbares )?muster',
          'keine (?:bestimmte|feste|besondere|spezielle) (?:zeit|situation|tageszeit|regel)', 'kommt und geht', 'kommen und gehen',
          'mal (?:[^ ]+ ){1,3}mal', '(?:immer|jeden tag|jedes mal|täglich|ständig|immer wieder|mal) anders', 'manchmal (?:[^ ]+ )+manchmal', 'alles davon', 'von allem (?:etwas|ein bisschen|was)', 'alles mögliche~',
          'alles (?:so )?ein bisschen', '(?:eine )?mischung', 'mix', 'egal (?:wann|was|wo|ob)', 'bei allem', 'alle (?:davon|drei|möglichen)',
        ),
        alone(
          [
            'eigentlich', 'eher', 'fast', 'so', 'ja', 'also', 'naja', 'na ja', 'na', 'hm', 'hmm', 'ähm', 'äh', 'öhm', 'mehr oder weniger',
            'im grunde', 'ehrlich gesagt', 'würde ich sagen', 'ich würde sagen', 'ich glaube', 'glaube ich', 'ich denke', 'denke ich',
            'es ist', 'das ist', 'ist', 'es tut', 'tut', "tut's", 'weh', 'es kommt', 'kommt', 'es', 'der rücken', 'mein rücken', 'mir',
            'irgendwie', 'wirklich', 'echt', 'schon', 'halt', 'eben', 'einfach', 'quasi', 'dann', 'wieder', 'es zieht', 'zieht',
            'schmerzt', 'es schmerzt', 'bei mir', 'das', 'die schmerzen', 'sie', 'sind', 'da', 'meistens', 'oft', 'eigentlich schon',
          ],
          'immer', 'ständig', 'dauernd', 'andauernd', 'permanent', 'durchgehend', 'durchgängig', 'die ganze zeit', 'den ganzen tag',
          'rund um die uhr', 'jederzeit', 'zu jeder zeit', 'immer wieder', 'immer mal wieder', 'ab und zu', 'ab und an', 'hin und wieder',
          'manchmal', 'alles', 'alle', 'überall',
        ),
      )],
      ['stress', cue(named(
        '~stress~', 'angespannt~', 'anspannung~', 'unter (?:großem |viel |starkem |hohem )?druck', '(?:zeit|termin|leistungs|arbeits|erfolgs)druck',
        '(?:viel|großer|starker|hoher) druck', 'hektik', 'hektisch~', 'viel los', 'viel zu tun', 'viel um die ohren', 'nervös~', 'nervosität',
        'sorgen', 'ängstlich~', 'angst', 'ärger', 'ärgere', 'aufregung', 'aufgeregt', 'aufrege', 'streit', 'frust~', 'überfordert',
        'überforderung', 'überlastet', 'überarbeitet', 'psychisch~', 'emotional~', 'seelisch~', 'deadline~', 'prüfung~', 'klausur~',
        'burnout', 'viele termine', '(?:stressig|hart|anstrengend|schwierig|schwer)~ (?:woche|wochen|arbeitswoche~|zeit|zeiten|phase|phasen)',
        'lang~ (?:woche|wochen|arbeitswoche~)',
        '(?:harten|anstrengenden|schweren|schwierigen|stressigen) tag~',
      ))],
      // Getting up from a chair is not the morning: "aufstehen" counts only when
      // no seat is named ("beim Aufstehen vom Stuhl" is sitting).
      ['morning', cue(
        named(
          '~morgens', 'morgend~', 'morgensteif~', '(?:am|jeden|den|früh am|am frühen|gleich am|direkt am) morgen', 'früh', 'in der früh',
          'aufwach~', 'aufgewacht', 'wach werde', 'wach bin', 'nach dem (?:schlafen|aufwachen|aufstehen|liegen)', 'schlaf(?:en|e|t)?',
          'ausgeschlafen', 'geschlafen', 'nachts', 'in der nacht', 'nach der nacht', 'über nacht', '(?:im|aus dem|ins|vom) bett',
          'matratze', 'im liegen', 'beim liegen', 'nach langem liegen', 'lange liege', 'frühstück~', 'tagesbeginn',
        ),
        `^(?!.*(?:sitz|gesessen|stuhl|sofa|couch|sessel|auto|schreibtisch|hinsetz)).*${named('aufsteh~', 'aufgestanden')}`,
      )],
      // Running: "laufen" is also walking, so only "beim/nach dem Laufen" (as the
      // German intents have it), "laufen gehen" and "joggen". "Kreuzheben" is the
      // deadlift, a gym lift (English reads deadlifts as workout; the German slot
      // type puts "beim Kreuzheben" under bending).
      ['workout', cue(named(
        '~training~', '~trainier~', 'trainer~', '~(?<!tran)sport~', 'fitness~', 'gym', 'im studio', 'workout~', 'work out', 'übung~',
        '~jogg~', 'gejoggt', '(?:beim|nach dem|vom|zum) laufen', 'laufen (?:gehe|gehen|war|bin)', 'gehe laufen', 'dauerlauf', '~marathon~',
        'rennen', 'renne', 'sprint~', 'wandern', 'wandere', 'wanderung~', 'kniebeuge~', 'squat~', 'deadlift~', '~kreuzheb~', 'gewichtheb~',
        'gewichte~', '~hantel~', 'bankdrück~', '~fußball~', 'handball~', 'basketball~', 'volleyball~', '~tennis~', 'badminton', 'squash',
        'golf(?:en|e|spielen|platz)?', 'yoga', 'pilates', 'rad fahren', 'radfahr~', 'fahrrad~', 'rennrad~', 'rad', 'radeln', 'radle', 'radtour~',
        'mountainbike~', 'biken', 'spinning', 'schwimm~', 'geschwommen', 'crossfit', 'klettern', 'bouldern', 'tanz(?:en|e|kurs|training)',
        'zumba', 'rudern', 'boxen', 'leichtathletik', 'turnen', 'beintag', 'leg day', 'ski(?:fahren|laufen|urlaub|tour~)?', 'snowboard~',
        'reiten', 'reite', 'ausdauer~', 'cardio', 'hiit', 'aerobic', 'springen', 'sprünge', 'wettkampf~', 'turnier~', 'punktspiel~',
      ))],
      // "Tragen" without its compounds "vertragen", "ertragen", "beitragen"
      // ("ich vertrage das Sitzen nicht" is sitting).
      ['bending', cue(named(
        'bück~', 'gebückt~', '~beug(?:e|en|t|st|end)', '~gebeugt', 'vornüber~', 'nach vorne (?:lehne~|neige~|beuge~)', 'vorlehn~',
        '~heb(?:e|en|t|st)', '~gehoben', '(?:hoch|rum|herum|weg|runter|hinauf|hinunter)?(?:trag(?:e|en|t|st)?|trägt|getragen)', 'schlepp~',
        'geschleppt', 'garten~', '~gartenarbeit', 'unkraut~', 'jäten', 'rasen mäh(?:en|e)', 'rasenmäh~', 'umgraben', 'graben', 'schaufel~',
        'schipp~', 'hausarbeit~', 'haushalt~', 'putzen', 'putze', 'staubsaug~', 'wischen', 'wäsche~', 'bügeln', 'betten? (?:machen|mache|beziehen|beziehe)',
        'spülmaschine~', 'geschirrspüler~', '(?:ein|aus)räum(?:en|e)', 'aufräum(?:en|e)', 'schuhe', 'schuh~', 'schnürsenkel~', 'socken',
        'strümpfe~', 'strumpf~', 'anzieh(?:en|e)', 'einkäufe~', 'einkaufstasche~', 'einkaufstüte~', '~kiste~', 'umzug~', 'umzieh(?:en|e)',
        'möbel~', '~koffer~', 'waschbecken', 'zähne ?putzen', 'wickel~', 'in der hocke', 'schwer~ (?:sachen|dinge|gegenstände|lasten|last)',
        'nach unten greif~', 'runtergreif~', 'aufsammeln',
      ))],
      // "Sitz" but not "besitzen"; "fahren" but not "erfahren" or "(der
      // Schmerz) fährt"; "Stuhl" but not "Stuhlgang".
      ['sitting', cue(named(
        '~(?<!be)sitz~', 'gesessen', 'saß~', 'sass~', 'hinsetz~', 'hingesetzt', 'setze', 'setzen', 'autofahr~', 'auto', 'autos', 'autobahn',
        '~(?<!er)fahr(?:e|en|t|ten|erei)', 'gefahren', 'pendel~', 'pendle', 'pendler~', '(?:im|in der|mit dem|mit der) (?:zug|bahn|bus|flieger|taxi|s bahn|u bahn|straßenbahn)',
        'flug~', 'flüge~', 'fliegen', 'fliege', 'lkw', 'pkw', 'schreibtisch~', '~büro~', 'computer~', 'pc', 'laptop~', 'bildschirm~',
        'homeoffice', 'home office', 'nach der arbeit', '~arbeitstag~', 'sofa~', 'couch~', 'sessel~', '~stuhl', '~stühle~', 'fernseh~',
        'tv', 'glotze', 'kino~', 'theater', 'besprechung~', 'meeting~', 'konferenz~', 'zocken', 'zocke', 'videospiel~', 'konsole',
        'lange strecken', 'vorlesung~',
      ))],
    ] as [PainPattern, RegExp][]),
  };
}
