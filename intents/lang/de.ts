// Das Interaktionsmodell auf Deutsch: Beispielsätze für jeden Intent, Werte und
// Synonyme für jeden eigenen Slot-Typ, die Begrüßung für Dialogflow und der
// Store-Eintrag. Geschrieben, wie Leute in Deutschland mit einem Lautsprecher
// reden (du, Alltagssprache, "Po" statt "Gesäß"), nicht übersetzt.
// Alexa-Regeln: kleingeschrieben, Zahlen als Wörter, keine Satzzeichen außer
// Apostrophen; Umlaute und ß bleiben (Alexa schreibt sie so).
import type { LanguageModelWords, SlotValueWords } from './types';

const v = (value: string, synonyms: readonly string[]): SlotValueWords => ({ value, synonyms });

export const GERMAN_MODEL: LanguageModelWords = {
  intents: {
    NotSureIntent: {
      samples: [
        'ich weiß nicht', 'weiß nicht', 'weiß ich nicht', 'keine ahnung', 'ich habe keine ahnung', 'ich hab keine ahnung',
        'ich bin mir nicht sicher', 'bin mir nicht sicher', 'nicht sicher', 'unsicher', 'vielleicht', 'kann sein',
        'könnte sein', 'schon möglich', 'möglicherweise', 'eventuell', 'schwer zu sagen', 'das ist schwer zu sagen',
        'kann ich nicht sagen', 'ich weiß es nicht genau', 'weiß ich nicht genau', 'ich erinnere mich nicht',
        'ich kann mich nicht erinnern', 'so halb', 'teils teils', 'jein', 'keinen plan', 'ich bin unsicher',
        'da bin ich mir nicht sicher', 'kann ich schwer sagen',
      ],
    },
    PainLevelIntent: {
      samples: [
        '{level}', 'eine {level}', 'so eine {level}', 'etwa {level}', 'etwa eine {level}', 'ungefähr {level}',
        'ungefähr eine {level}', 'circa {level}', 'so {level}', 'so um die {level}', '{level} von zehn',
        'etwa {level} von zehn', 'es ist eine {level}', 'es ist {level}', 'es ist etwa {level}', 'ich bin bei {level}',
        'ich bin bei einer {level}', 'ich würde sagen {level}', 'ich würde sagen eine {level}', 'ich sag mal {level}',
        'ich sag mal eine {level}', 'sagen wir {level}', 'sagen wir eine {level}', 'mein schmerz ist bei {level}',
        'meine schmerzen sind bei {level}', 'der schmerz liegt bei {level}', 'mein rücken ist bei {level}',
        'mein rücken ist eine {level}', 'gerade {level}', 'gerade eine {level}', 'jetzt eine {level}', 'momentan {level}',
        'momentan eine {level}', 'im moment {level}', 'heute eine {level}', 'heute so {level}', 'vielleicht {level}',
        'vielleicht eine {level}', 'wahrscheinlich {level}', 'wahrscheinlich eine {level}', 'so ungefähr {level}',
        'knapp {level}', 'eher {level}', 'eher eine {level}', 'ich glaube {level}', 'ich glaube eine {level}',
        'ich denke {level}', 'ich denke eine {level}', 'ich schätze {level}', 'ich schätze mal {level}', 'stufe {level}',
        'schmerzstufe {level}', 'bei {level}', 'bei einer {level}', 'auf {level}', 'auf einer {level}',
        'ich gebe ihm eine {level}', 'ich geb dem eine {level}', 'ich würde eine {level} geben', 'runter auf {level}',
        'hoch auf {level}', 'jetzt nur noch {level}', 'nur noch eine {level}', 'eine glatte {level}', 'locker eine {level}',
        'es liegt bei {level}', 'es ist so bei {level}', '{level} würde ich sagen', 'eine {level} würde ich sagen',
        '{level} heute', '{level} gerade', 'eine {level} gerade', '{level} von zehn heute',
        // Spannen: das obere Ende zählt.
        '{level} oder {upper}', '{level} bis {upper}', 'zwischen {level} und {upper}', 'so {level} bis {upper}',
        'etwa {level} oder {upper}', 'vielleicht {level} oder {upper}', 'eine {level} oder {upper}',
        'eine {level} bis {upper}', 'eine {level} oder eine {upper}', 'ich würde sagen {level} oder {upper}',
        'irgendwo zwischen {level} und {upper}', '{level} bis {upper} von zehn', 'so zwischen {level} und {upper}',
        'ungefähr {level} bis {upper}', 'es ist {level} oder {upper}', 'ich glaube {level} oder {upper}',
        '{level} oder {upper} würde ich sagen', 'so um die {level} oder {upper}',
      ],
    },
    NoPainIntent: {
      samples: [
        'keine', 'keine schmerzen', 'gar keine schmerzen', 'überhaupt keine schmerzen', 'null schmerzen',
        'ich habe keine schmerzen', 'ich hab keine schmerzen', 'es tut nicht weh', 'es tut gar nicht weh',
        'tut nicht weh', 'tut gerade nicht weh', 'es tut überhaupt nicht weh', 'schmerzfrei', 'ich bin schmerzfrei',
        'völlig schmerzfrei', 'komplett schmerzfrei', 'gerade keine schmerzen', 'heute keine schmerzen',
        'im moment keine schmerzen', 'kein schmerz', 'mir tut nichts weh', 'gerade tut nichts weh',
        'es tut im moment nicht weh', 'momentan schmerzfrei',
      ],
    },
    AgeIntent: {
      samples: [
        'ich bin {age}', 'ich bin {age} jahre alt', '{age} jahre alt', '{age} jahre', 'ich bin {age} jahre',
        'mein alter ist {age}', 'ich bin schon {age}',
        'ich bin gerade {age} geworden', 'ich bin {age} geworden',
        'ja ich bin {age}', 'ja ich bin {age} jahre alt', 'ich bin erst {age}',
        'ich bin nur {age}', 'alter {age}', 'ich bin {age} jahre jung', 'ja schon {age}',
        'ich bin doch schon {age}', 'ich bin mittlerweile {age}',
      ],
    },
    AgeOverIntent: {
      samples: [
        'ich bin über {age}', 'ich bin älter als {age}', 'über {age}', 'älter als {age}', 'ich bin schon über {age}',
        'ja ich bin über {age}', 'ich bin mehr als {age}',
      ],
    },
    AgeUnderIntent: {
      samples: [
        'ich bin unter {age}', 'ich bin jünger als {age}', 'ich werde bald {age}', 'ich werde {age}', 'unter {age}',
        'jünger als {age}', 'ich bin noch nicht {age}', 'ich bin fast {age}', 'nein ich bin unter {age}',
        'ich bin noch unter {age}',
      ],
    },
    LengthIntent: {
      samples: [
        '{length}', 'für {length}', 'gib mir {length}', 'ich will {length}', 'ich möchte {length}', 'ich nehme {length}',
        'lass uns {length} machen', 'machen wir {length}', 'ich mache {length}', 'ich mach {length}',
        'können wir {length} machen', 'kann ich {length} haben', 'nur {length}', '{length} heute', '{length} bitte',
        'bitte {length}', 'lieber {length}', 'dann {length}', 'ich hab nur zeit für {length}',
        'ich habe nur zeit für {length}', 'wie wäre es mit {length}', 'starte {length}', 'heute nur {length}',
        'ich hätte gern {length}', 'ich hätte gerne {length}', 'mach {length}', 'wir machen {length}',
        'heute lieber {length}', 'ich brauche {length}', 'ich nehm {length}',
      ],
    },
    PainPatternIntent: {
      samples: [
        '{pattern}', 'meistens {pattern}', 'hauptsächlich {pattern}', 'vor allem {pattern}', 'normalerweise {pattern}',
        'meist {pattern}', 'oft {pattern}', 'immer {pattern}', 'es tut {pattern} weh', 'es tut meistens {pattern} weh',
        'es ist {pattern} am schlimmsten', 'am schlimmsten ist es {pattern}', 'es wird {pattern} schlimmer',
        'es kommt {pattern}', 'es fängt {pattern} an', 'es geht {pattern} los', 'mein rücken tut {pattern} weh',
        'der rücken meldet sich {pattern}', 'es meldet sich {pattern}', 'ich merke es {pattern}', 'ich spüre es {pattern}',
        'wahrscheinlich {pattern}', 'ich würde sagen {pattern}', 'ich glaube {pattern}', 'ich denke {pattern}',
        'eher {pattern}', 'besonders {pattern}', 'in der regel {pattern}', 'die schmerzen kommen {pattern}',
        'die schmerzen kommen meistens {pattern}', 'es zwickt {pattern}', 'es zieht {pattern}',
        'am meisten {pattern}', 'typischerweise {pattern}', 'es wird {pattern} schlimm', 'mir tut der rücken {pattern} weh',
        'der rücken tut {pattern} weh', 'meistens so {pattern}', 'gerade {pattern}', 'vor allem wenn {pattern}',
        'es ist {pattern} schlimmer', 'die schmerzen sind {pattern} am stärksten', 'häufig {pattern}',
      ],
    },
    RedFlagIntent: {
      samples: [
        // Körperstelle und Empfindung.
        '{sensation} im {area}', '{sensation} am {area}', '{sensation} in der {area}', '{sensation} in den {area}',
        'ich habe {sensation} im {area}', 'ich habe {sensation} am {area}', 'ich habe {sensation} in der {area}',
        'ich habe {sensation} in den {area}', 'ich hab {sensation} im {area}', 'ich hab {sensation} in den {area}',
        'ich spüre {sensation} im {area}', 'ich spüre {sensation} in den {area}', 'ich merke {sensation} im {area}',
        'ich habe ein {sensation} im {area}', 'da ist {sensation} im {area}', 'ein bisschen {sensation} im {area}',
        'etwas {sensation} in den {area}', 'ich habe so ein {sensation} in den {area}',
        'mein {area} ist {sensation}', 'meine {area} ist {sensation}', 'meine {area} sind {sensation}',
        'mein {area} fühlt sich {sensation} an', 'meine {area} fühlt sich {sensation} an', 'meine {area} fühlen sich {sensation} an',
        'mein {area} ist ganz {sensation}', 'meine {area} sind ganz {sensation}', 'mein {area} ist etwas {sensation}',
        'mein {area} wird {sensation}', 'meine {area} werden {sensation}', 'mein {area} ist {sensation} geworden',
        'meine {area} sind {sensation} geworden', 'mein {area} ist richtig {sensation}', 'beide {area} sind {sensation}',
        'beide {area} fühlen sich {sensation} an', 'der {area} ist {sensation}', 'die {area} ist {sensation}', 'die {area} sind {sensation}',
        'mir ist der {area} {sensation}', 'mir sind die {area} {sensation}', 'mir ist die {area} {sensation}',
        'es ist {sensation} im {area}', 'es zieht {sensation} in die {area}', 'es ist {sensation} um den {area} herum',
        // "Da unten": kein Slot kann es neben einer Empfindung halten, und es ist für sich ein Warnzeichen.
        'kribbeln da unten', 'ich bin da unten taub', 'da unten ist alles taub', 'taub da unten', 'taubheit da unten',
        'ich spüre da unten nichts', 'ich spür da unten nichts mehr', 'untenrum ist alles taub', 'untenrum taub',
        'kein gefühl da unten', 'kein gefühl zwischen den beinen', 'taubheit zwischen den beinen', 'kribbeln im schritt',
        'taub im schritt', 'im schritt ist alles taub', 'da unten kribbelt es', 'es kribbelt da unten',
        'ich habe da unten kein gefühl mehr', 'da unten ist alles wie eingeschlafen',
        // Nur die Körperstelle: kein Gefühl dort.
        'ich spüre meinen {area} nicht', 'ich spüre meine {area} nicht', 'ich spüre meinen {area} nicht mehr',
        'ich spüre meine {area} nicht mehr', 'ich kann meinen {area} nicht spüren', 'ich kann meine {area} nicht spüren',
        'ich kann meinen {area} nicht richtig spüren', 'ich habe kein gefühl im {area}', 'ich habe kein gefühl in der {area}',
        'ich habe kein gefühl in den {area}', 'kein gefühl im {area}', 'kein gefühl in den {area}', 'kein gefühl in der {area}',
        'ich hab kein gefühl mehr im {area}', 'ich spüre nichts im {area}', 'ich spüre nichts mehr in den {area}',
        // Nur die Empfindung.
        '{sensation}', 'es ist {sensation}', 'es fühlt sich {sensation} an', 'das ist {sensation}', 'es ist ganz {sensation}',
        'es ist richtig {sensation}', 'es wird {sensation}', 'es ist {sensation} geworden', 'alles ist {sensation}',
        'irgendwie {sensation}', 'ich habe ein {sensation}', 'so ein {sensation}',
        // Blase und Darm.
        'ich kann meine blase nicht kontrollieren', 'ich kann meinen darm nicht kontrollieren',
        'ich habe die kontrolle über meine blase verloren', 'ich habe die kontrolle über meinen darm verloren',
        'ich habe mir in die hose gemacht', 'ich hab mir in die hose gemacht', 'ich hab in die hose gemacht',
        'ich habe eingenässt', 'ich hab eingenässt', 'ich kann nicht pinkeln', 'ich kann nicht mehr pinkeln',
        'ich kann kein wasser lassen', 'ich kann nicht aufs klo', 'ich kann nicht auf die toilette',
        'ich habe probleme beim pinkeln', 'ich habe probleme beim wasserlassen', 'pinkeln geht nicht',
        'ich kann die blase nicht leeren', 'ich kann es nicht halten', 'ich kann den urin nicht halten',
        'ich kann das wasser nicht halten', 'ich verliere urin', 'es läuft einfach raus', 'ich tröpfle',
        'ich hatte ein malheur', 'mir ist ein malheur passiert', 'ich habe stuhl verloren',
        'ich merke nicht wenn ich muss', 'ich spüre nicht wenn ich aufs klo muss', 'ich habe den ganzen tag nicht gepinkelt',
        'ich mache ständig in die hose', 'ich bin inkontinent', 'ich hab mir in die hose gekackt', 'ich mache mir in die hose',
        // Gehen und beide Beine.
        'ich kann nicht laufen', 'ich kann nicht gehen', 'ich kann nicht richtig laufen', 'ich kann kaum laufen',
        'ich kann kaum gehen', 'ich kann nicht mehr laufen', 'gehen fällt mir schwer', 'ich habe probleme beim gehen',
        'laufen geht kaum', 'ich kann nicht stehen', 'ich kann nicht aufstehen', 'ich komme nicht hoch',
        'ich komm nicht mehr hoch', 'meine beine geben nach', 'meine beine knicken weg', 'meine beine knicken ein',
        'mein bein knickt weg', 'mein bein gibt nach', 'meine beine versagen', 'mir sacken die beine weg',
        'mein fuß schleift', 'ich ziehe den fuß nach', 'ich kann den fuß nicht heben', 'ich stolpere über meinen fuß',
        'mein bein wird immer schwächer', 'meine beine werden schwächer', 'beide beine sind schwach',
        'meine beine tragen mich nicht', 'ich kann kaum stehen',
        // Sturz, Unfall.
        'ich bin gestürzt', 'ich bin hingefallen', 'ich bin gefallen', 'ich bin umgefallen', 'ich bin gerade gestürzt',
        'ich bin eben hingefallen', 'ich hatte einen sturz', 'ich bin ausgerutscht', 'ich bin ausgerutscht und hingefallen',
        'ich bin die treppe runtergefallen', 'ich bin die treppe hinuntergefallen', 'ich bin von der leiter gefallen',
        'ich bin auf den rücken gefallen', 'ich bin auf den po gefallen', 'ich bin aufs steißbein gefallen',
        'die schmerzen kamen nach einem sturz', 'es fing nach einem sturz an', 'ich nehme kortison und bin gestürzt',
        'ich hatte einen autounfall', 'ich hatte einen unfall', 'ich bin angefahren worden', 'ich wurde angefahren',
        'ich wurde von einem auto angefahren', 'ich bin vom fahrrad gestürzt', 'ich bin vom rad gefallen',
        'ich hatte einen schweren unfall', 'ich hatte einen auffahrunfall', 'mir ist jemand hinten drauf gefahren',
        'ich bin hingeknallt', 'ich bin hingeflogen',
        // Brust und Atmung, und was jemand selbst einen Notfall nennt.
        'ich habe schmerzen in der brust', 'ich hab brustschmerzen', 'ich habe brustschmerzen', 'brustschmerzen',
        'meine brust tut weh', 'mir tut die brust weh', 'ich kriege keine luft', 'ich bekomme keine luft',
        'ich krieg keine luft', 'ich habe atemnot', 'ich kann nicht atmen', 'ich kann kaum atmen',
        'es drückt auf der brust', 'enge in der brust', 'ich habe ein engegefühl in der brust', 'das ist ein notfall',
        'ich brauche einen krankenwagen', 'ruf einen krankenwagen', 'ruf den notarzt', 'ich brauche einen notarzt',
      ],
    },
    UrgentFlagIntent: {
      samples: [
        'ich habe fieber', 'ich hab fieber', 'ich habe hohes fieber', 'ich fühle mich fiebrig', 'ich glaube ich habe fieber',
        'ich habe schüttelfrost', 'ich hab schüttelfrost', 'ich habe erhöhte temperatur', 'ich habe temperatur',
        'ich fühle mich richtig krank', 'ich fühle mich sehr krank', 'ich fühle mich allgemein krank', 'ich fühle mich krank',
        'mir ist ganz elend', 'ich fühle mich elend', 'ich friere und schwitze', 'ich glühe', 'mir ist heiß und kalt',
        'ich zittere vor kälte', 'ich bin krank',
        'ich habe abgenommen ohne es zu wollen', 'ich nehme ab ohne es zu wollen', 'ich verliere gewicht ohne grund',
        'ich habe viel abgenommen', 'ich habe ungewollt abgenommen', 'ich nehme ab und weiß nicht warum',
        'die schmerzen sind nachts schlimmer und gehen nicht weg', 'es tut die ganze zeit weh auch im liegen',
        'die schmerzen wecken mich nachts', 'ich wache nachts vor schmerzen auf', 'ruhe hilft nicht gegen die schmerzen',
        'nichts lindert die schmerzen', 'es ist ständig da und nachts schlimmer', 'es hört nie auf weh zu tun',
        'ich nehme kortison und habe mir den rücken gestoßen', 'ich habe osteoporose und habe mich gestoßen',
        'ich habe osteoporose und mir den rücken angeschlagen',
        'ich spritze drogen', 'ich spritze mir drogen', 'ich nehme drogen mit der nadel',
      ],
    },
    HowToIntent: {
      samples: [
        'wie geht das', 'wie geht die übung', 'wie mache ich das', 'wie mach ich das', 'wie funktioniert die übung',
        'zeig mir wie', 'zeig mir wie es geht', 'erklär mir das', 'erklär mir die übung', 'erkläre die übung',
        'wie geht das richtig', 'was ist die richtige technik', 'wie ist die richtige ausführung', 'wie führe ich das aus',
        'wie soll ich das machen', 'was muss ich machen', 'was soll ich tun', 'was soll ich machen',
        'wie gehe ich in position', 'in welche position', 'wie liege ich richtig', 'beschreib die übung',
        'führ mich durch', 'mache ich das richtig', 'mach ich das richtig', 'ist das richtig so',
        'worauf muss ich achten', 'anleitung', 'wie ging das nochmal', 'wie war die übung',
      ],
    },
    WhyIntent: {
      samples: [
        'warum hilft das', 'warum', 'wieso', 'weshalb', 'warum mache ich das', 'warum machen wir das', 'wofür ist das',
        'wozu ist das gut', 'wozu', 'was bringt das', 'was bringt mir das', 'was soll das bringen', 'warum diese übung',
        'warum die', 'wie hilft das', 'wie hilft das meinem rücken', 'was macht diese übung',
        'warum ist das gut für meinen rücken', 'warum muss ich das machen', 'was ist der nutzen',
        'wofür ist die übung gut', 'erklär mir warum', 'wieso hilft das', 'wozu machen wir das',
      ],
    },
    HurtsIntent: {
      samples: [
        'es tut weh', 'das tut weh', 'tut weh', 'das tut echt weh', 'das tut richtig weh', 'aua', 'au', 'autsch',
        'aua aua', 'das ist schmerzhaft', 'es ist schmerzhaft', 'das ist zu schmerzhaft', 'es schmerzt', 'das schmerzt',
        'das tut meinem rücken weh', 'mein rücken tut weh', 'es tut mir weh', 'ich habe schmerzen', 'ich hab schmerzen',
        'die schmerzen werden schlimmer', 'es wird schlimmer', 'das macht meinen rücken schlimmer', 'es hat gezwickt',
        'das zwickt', 'es zieht', 'das zieht', 'das ist unangenehm', 'das ist zu viel', 'das ist mir zu viel',
        'das fühlt sich nicht gut an', 'das fühlt sich nicht richtig an', 'nicht angenehm', 'uff das tut weh', 'das ziept',
      ],
    },
    StatementIntent: {
      samples: [
        'ich {statement}', 'mein {statement}', 'meine {statement}', 'mir {statement}', 'ich habe {statement}',
        'ich hab {statement}', 'ich hatte {statement}', 'da ist {statement}', 'es gibt {statement}', 'ich glaube ich {statement}',
        'ich bin {statement}', 'ich war {statement}', 'ich spüre {statement}', 'ich merke {statement}', 'ich fühle {statement}',
        'ich habe gemerkt {statement}', 'ich nehme {statement}', 'ich kann {statement}', 'ich kann nicht {statement}',
        'die schmerzen {statement}', 'der schmerz {statement}', 'es fühlt sich an wie {statement}',
        'es fühlt sich an als ob {statement}', 'ich mache mir sorgen wegen {statement}', 'ich habe seit {statement}',
        'seit gestern {statement}', 'heute morgen {statement}', 'früher hatte ich {statement}', 'ich hatte mal {statement}',
        'ich bekomme {statement}', 'ich kriege {statement}',
      ],
    },
    SkipIntent: {
      samples: [
        'überspringen', 'überspring das', 'überspring die', 'überspringe die übung', 'die überspringen wir',
        'diese übung überspringen', 'die übung überspringen', 'lass uns die überspringen', 'können wir die überspringen',
        'ich will die nicht machen', 'ich möchte die nicht machen', 'die lieber nicht', 'nicht diese', 'lass die weg',
        'lassen wir weg', 'auslassen', 'die auslassen', 'weglassen', 'eine andere übung', 'was anderes', 'etwas anderes',
        'ich passe', 'die mag ich nicht',
      ],
    },
    ProgressIntent: {
      samples: [
        'wie mache ich mich', 'wie läuft es bei mir', 'in welcher woche bin ich', 'welche woche ist es',
        'welche woche haben wir', 'zeig meinen fortschritt', 'zeig mir meinen fortschritt', 'wie ist mein fortschritt',
        'mein fortschritt', 'fortschritt', 'fortschrittsbericht', 'wie weit bin ich', 'wie viele einheiten habe ich geschafft',
        'wie viele einheiten habe ich gemacht', 'wie lang ist meine serie', 'werde ich besser', 'wo stehe ich im programm',
        'wie viele tage am stück', 'wie stehe ich da',
      ],
    },
    DeleteDataIntent: {
      samples: [
        'lösch meine daten', 'lösche meine daten', 'vergiss mich', 'vergiss meine daten', 'lösch meinen fortschritt',
        'lösch alles', 'alles löschen', 'daten löschen', 'meine daten löschen', 'entferne meine daten', 'lösch meinen verlauf',
        'vergiss alles über mich', 'lösch alle meine informationen', 'lösch mein konto', 'ich will dass du mich vergisst',
        'entferne alles was du über mich weißt',
      ],
    },

    // ---------- Built-ins ----------
    'AMAZON.YesIntent': {
      known: ['ja', 'ja bitte', 'jawohl', 'sicher'],
      samples: [
        'jo', 'jap', 'jup', 'jep', 'okay', 'ok', 'genau', 'richtig', 'stimmt', 'das stimmt', 'klar', 'na klar', 'natürlich',
        'auf jeden fall', 'definitiv', 'absolut', 'allerdings', 'doch', 'ja doch', 'ja habe ich', 'ja hab ich', 'habe ich',
        'hab ich', 'ja bin ich', 'bin ich', 'ja tut es', 'tut es', 'ja ist es', 'ist es', 'ja schon', 'schon', 'ja leider',
        'leider ja', 'leider schon', 'ich glaube schon', 'ja ich glaube schon', 'ich denke schon', 'ja genau', 'ja klar',
        'ja sicher', 'ja natürlich', 'ja gerne', 'gerne', 'gern', 'mach das', 'mach ruhig', 'passt', 'ja passt',
        'ja bis in die wade', 'ja bis in den fuß', 'ja bis unters knie', 'ja unter das knie', 'ja es zieht ins bein',
        'ja bis ganz runter', 'ja ein bisschen', 'ein bisschen schon', 'ja etwas', 'ja eins davon', 'ja einiges davon',
        'ja das trifft zu', 'trifft zu', 'ja hatte ich', 'hatte ich', 'ja war ich', 'ich bin volljährig', 'ich bin erwachsen',
        'mhm', 'ja ja', 'ja mache ich', 'tue ich', 'ja tue ich', 'ja gibt es', 'gibt es', 'ja würde ich', 'ja sehr gerne',
      ],
    },
    'AMAZON.NoIntent': {
      known: ['nein', 'nein danke'],
      samples: [
        'nee', 'ne', 'nö', 'nein nein', 'auf keinen fall', 'keineswegs', 'gar nicht', 'überhaupt nicht', 'eigentlich nicht',
        'nicht wirklich', 'nein habe ich nicht', 'habe ich nicht', 'hab ich nicht', 'nein hab ich nicht', 'bin ich nicht',
        'nein bin ich nicht', 'tut es nicht', 'nein tut es nicht', 'ist es nicht', 'nein ist es nicht', 'nie', 'niemals',
        'noch nie', 'ich glaube nicht', 'ich denke nicht', 'eher nicht', 'wohl nicht', 'sicher nicht', 'bestimmt nicht',
        'natürlich nicht', 'nichts davon', 'nichts dergleichen', 'nichts in der art', 'keins davon', 'keines davon',
        'nein nichts davon', 'nein nichts', 'nichts', 'nein keins', 'nicht dass ich wüsste', 'nein gar nicht', 'nein nie',
        'hatte ich nicht', 'nein hatte ich nicht', 'nein gibt es nicht', 'gibt es nicht', 'zum glück nicht',
        'nein zum glück nicht', 'glücklicherweise nicht', 'nein alles gut', 'nur im rücken', 'nur im unteren rücken',
        'es bleibt im rücken', 'nein nur der rücken', 'nein es bleibt über dem knie', 'nein nicht bis zum knie',
        'nur im kreuz', 'nichts neues', 'nein nichts neues', 'nichts hat sich geändert', 'keine veränderungen',
        'nein zu allem', 'gar nichts', 'überhaupt nichts', 'nein trifft nicht zu', 'trifft nicht zu', 'stimmt nicht',
        'ne danke', 'nö danke', 'danke nein', 'nein leider nicht', 'nein mache ich nicht', 'tue ich nicht',
      ],
    },
    'AMAZON.HelpIntent': {
      known: ['hilfe', 'hilf mir', 'kannst du mir helfen'],
      samples: [
        'was kann ich sagen', 'was kann ich tun', 'wie funktioniert das hier', 'was soll ich sagen', 'ich brauche hilfe',
        'ich bin verwirrt', 'welche möglichkeiten habe ich', 'was kannst du', 'was kannst du alles', 'wie benutze ich das',
        'bedienungsanleitung', 'ich verstehe das nicht', 'ich kenne mich nicht aus', 'welche befehle gibt es',
      ],
    },
    'AMAZON.StopIntent': {
      known: ['stopp', 'stop', 'beenden', 'ende'],
      samples: [
        'aufhören', 'tschüss', 'tschüs', 'auf wiedersehen', 'ciao', 'ich bin fertig für heute', 'für heute reicht es',
        'das reicht für heute', 'genug für heute', 'schluss für heute', 'das war es für heute', 'sitzung beenden',
        'einheit beenden', 'training beenden', 'für heute aufhören', 'ich will aufhören', 'lass uns hier aufhören',
        'hören wir hier auf', 'stopp für heute', 'ich höre für heute auf', 'schluss',
      ],
    },
    'AMAZON.CancelIntent': {
      known: ['abbrechen', 'vergiss es'],
      samples: ['abbruch', 'lass es', 'lass gut sein', 'egal', 'vergiss das', 'abbrechen bitte', 'schon gut'],
    },
    'AMAZON.FallbackIntent': { known: [], samples: [] },
    'AMAZON.NavigateHomeIntent': {
      known: ['startseite', 'zur startseite', 'zum hauptmenü', 'hauptmenü', 'nach hause'],
      samples: [],
    },
    'AMAZON.NextIntent': {
      known: ['weiter', 'nächste', 'nächster'],
      samples: [
        'bereit', 'ich bin bereit', 'bin bereit', 'ich bin so weit', 'bin so weit', 'so weit', 'fertig', 'ich bin fertig',
        'bin fertig', 'erledigt', 'geschafft', 'okay weiter', 'ok weiter', 'weiter bitte', 'bitte weiter', "weiter geht's",
        'los', "los geht's", "auf geht's", 'lass uns loslegen', 'lass uns anfangen', 'leg los', 'fang an', 'anfangen',
        'starten', 'start', 'beginnen', 'ich bin in position', 'in position', 'bin in position', 'ich stehe', 'ich liege',
        'ich liege bereit', 'passt so', 'alles klar', 'alles bereit', 'nächste übung', 'die nächste', 'nächste bitte',
        'weiter zur nächsten', 'was kommt als nächstes', 'und jetzt', 'okay los', 'ok los', 'kann losgehen', 'es kann losgehen',
      ],
    },
    'AMAZON.PreviousIntent': {
      known: ['zurück', 'geh zurück'],
      samples: [
        'vorherige', 'die vorherige', 'vorherige übung', 'die vorherige übung', 'eins zurück', 'eine zurück',
        'noch mal die letzte', 'die davor', 'die übung davor', 'zurück zur letzten übung', 'letzte übung',
        'können wir zurück', 'zurückgehen',
      ],
    },
    'AMAZON.RepeatIntent': {
      known: ['wiederholen', 'wiederhole das', 'sag das nochmal'],
      samples: [
        'was', 'wie bitte', 'nochmal', 'noch mal', 'noch einmal', 'kannst du das wiederholen', 'bitte wiederholen',
        'wiederhol das', 'was hast du gesagt', 'was war das', 'sorry was', 'hä', 'das habe ich nicht verstanden',
        'hab ich nicht verstanden', 'ich habe dich nicht verstanden', 'sag es nochmal', 'sag das noch einmal',
        'noch mal bitte', 'kannst du das noch mal sagen', 'ich hab das nicht mitbekommen', 'ich habe das verpasst',
        'entschuldigung', 'wie war das',
      ],
    },
    'AMAZON.PauseIntent': {
      known: ['pause', 'pausieren'],
      samples: [
        'warte', 'warte mal', 'moment', 'einen moment', 'moment mal', 'kurz warten', 'warte kurz', 'eine minute',
        'gib mir eine minute', 'gib mir eine sekunde', 'sekunde', 'kleinen moment', 'ich brauche eine pause',
        'kurze pause', 'pause machen', 'training pausieren', 'mach mal pause', 'pause bitte', 'anhalten',
      ],
    },
    'AMAZON.ResumeIntent': {
      known: ['fortsetzen', 'weitermachen'],
      samples: [
        'mach weiter', 'machen wir weiter', 'lass uns weitermachen', 'weiter machen', 'ich bin wieder da', 'bin wieder da',
        'okay ich bin wieder da', 'zurück zum training', 'da weitermachen wo wir waren', 'fortfahren', 'fahr fort',
        'weitermachen bitte', 'bitte weitermachen', 'ja weitermachen', 'ja mach weiter', 'okay weitermachen',
        'training fortsetzen', 'fortsetzen bitte', 'vorsichtig weitermachen', 'sanft weitermachen', 'ich mache weiter',
        'ich mach weiter', 'einfach weitermachen',
      ],
    },
    'AMAZON.StartOverIntent': {
      known: ['von vorne', 'neu starten', 'nochmal von vorne'],
      samples: [
        'programm neu starten', 'von vorne anfangen', 'noch mal von vorne anfangen', 'ganz von vorne', 'neustart',
        'wieder von vorne beginnen', 'lass uns von vorne anfangen', 'alles auf anfang', 'zurück auf anfang',
        'das programm von vorne', 'von vorn',
      ],
    },
  },

  slotTypes: {
    PainPatternType: {
      sitting: v('nach dem sitzen', [
        'beim sitzen', 'wenn ich sitze', 'wenn ich lange sitze', 'nach langem sitzen', 'langes sitzen', 'sitzen', 'im sitzen',
        'am schreibtisch', 'im büro', 'nach der arbeit', 'nach einem langen arbeitstag', 'beim autofahren',
        'nach dem autofahren', 'autofahren', 'im auto', 'nach langen autofahrten', 'auf dem sofa', 'auf der couch',
        'beim fernsehen', 'am computer', 'beim pendeln', 'im homeoffice', 'nach dem sitzen oder autofahren',
        'sitzen oder autofahren', 'im flugzeug', 'im zug', 'nach dem büro', 'wenn ich fahre',
      ]),
      bending: v('beim bücken', [
        'bücken', 'wenn ich mich bücke', 'beim heben', 'heben', 'wenn ich was hebe', 'wenn ich etwas hebe',
        'beim bücken oder heben', 'bücken oder heben', 'bücken und heben', 'beim tragen', 'einkäufe tragen',
        'wenn ich die kinder hochhebe', 'kinder hochheben', 'beim schuhe binden', 'beim schuhe zubinden',
        'socken anziehen', 'beim socken anziehen', 'spülmaschine ausräumen', 'bei der gartenarbeit', 'gartenarbeit',
        'beim staubsaugen', 'bei der hausarbeit', 'kisten tragen', 'beim umziehen', 'möbel tragen', 'beim kreuzheben',
        'kreuzheben', 'nach dem heben', 'wenn ich schwer hebe', 'nach dem bücken', 'wenn ich was aufhebe',
      ]),
      morning: v('morgens', [
        'am morgen', 'früh morgens', 'gleich morgens', 'direkt nach dem aufstehen', 'nach dem aufstehen', 'beim aufstehen',
        'wenn ich aufstehe', 'wenn ich aufwache', 'nach dem aufwachen', 'nach dem schlafen', 'nach der nacht',
        'morgens im bett', 'wenn ich aus dem bett komme', 'früh', 'in der früh', 'morgens als erstes',
        'gleich nach dem aufwachen', 'am frühen morgen',
      ]),
      workout: v('beim training', [
        'nach dem training', 'training', 'beim sport', 'nach dem sport', 'sport', 'im fitnessstudio', 'im gym',
        'nach dem gym', 'beim joggen', 'nach dem joggen', 'beim laufen', 'beim krafttraining', 'bei kniebeugen',
        'bei squats', 'beim fußball', 'nach dem fußball', 'beim trainieren', 'wenn ich trainiere', 'wenn ich sport mache',
        'beim workout', 'nach dem workout', 'während dem training', 'während des trainings', 'beim gewichtheben',
        'im studio',
      ]),
      stress: v('bei stress', [
        'nach stress', 'wenn ich gestresst bin', 'gestresst', 'stress', 'nach einer stressigen woche',
        'nach einem stressigen tag', 'in stressigen zeiten', 'in stressigen wochen', 'wenn ich angespannt bin',
        'wenn viel los ist', 'wenn auf der arbeit viel los ist', 'unter druck', 'wenn ich unter druck bin',
        'nach einer harten woche', 'nach einer langen woche', 'wenn ich nervös bin', 'bei anspannung', 'stressige woche',
      ]),
      varies: v('ist unterschiedlich', [
        'unterschiedlich', 'das ist unterschiedlich', 'es ist unterschiedlich', 'verschieden', 'es variiert', 'das variiert',
        'kommt drauf an', 'es kommt drauf an', 'das kommt darauf an', 'ganz zufällig', 'zufällig', 'kein muster',
        'es gibt kein muster', 'keine bestimmte zeit', 'immer mal wieder', 'mal so mal so', 'es kommt und geht',
        'alles davon', 'von allem etwas', 'eine mischung', 'mal hier mal da', 'zu ganz verschiedenen zeiten',
        'unregelmäßig', 'alles mögliche',
      ]),
    },
    BodyAreaType: {
      groin: v('leiste', [
        'leistengegend', 'intimbereich', 'genitalbereich', 'genitalien', 'schritt', 'untenrum', 'zwischen den beinen',
        'reithosenbereich', 'scham', 'schambereich', 'penis', 'hoden', 'scheide', 'vagina', 'damm', 'dammbereich',
        'weichteile', 'intimzone',
      ]),
      bottom: v('po', [
        'hintern', 'popo', 'gesäß', 'arsch', 'hinterteil', 'pobacken', 'pobacke', 'after', 'steiß', 'steißbein', 'allerwertester',
      ]),
      inner_thighs: v('oberschenkelinnenseite', [
        'innenseite der oberschenkel', 'oberschenkelinnenseiten', 'innenschenkel', 'inneren oberschenkel', 'oberschenkel',
        'schenkel', 'innenseiten der oberschenkel',
      ]),
      legs: v('beine', [
        'bein', 'beide beine', 'linkes bein', 'rechtes bein', 'ein bein', 'unterschenkel', 'wade', 'waden', 'knie',
        'fuß', 'füße', 'zehen', 'knöchel', 'schienbein', 'ferse', 'fußsohle', 'fußsohlen', 'beinen', 'füßen',
      ]),
      glutes: v('gesäßmuskeln', [
        'gesäßmuskel', 'gesäßmuskulatur', 'pomuskeln', 'pomuskel', 'pomuskulatur', 'glutes', 'hüfte', 'hüften', 'hüftbeuger',
        'beinbeuger', 'oberschenkelrückseite', 'bauch', 'bauchmuskeln', 'rumpf', 'core', 'oberschenkelmuskeln',
      ]),
      back: v('rücken', ['unterer rücken', 'unteren rücken', 'kreuz', 'lendenwirbelsäule', 'wirbelsäule', 'oberer rücken']),
      chest: v('brust', ['brustkorb', 'herz', 'rippen', 'brustbein']),
      bladder: v('blase', ['darm', 'stuhlgang', 'urin', 'pipi', 'wasserlassen']),
    },
    SensationType: {
      numb: v('taub', [
        'taubheit', 'taubheitsgefühl', 'gefühllos', 'wie tot', 'ohne gefühl', 'pelzig', 'ganz taub', 'taub geworden',
        'abgestorben', 'wie betäubt', 'kein gefühl mehr',
      ]),
      tingling: v('kribbeln', [
        'kribbelt', 'kribbelig', 'kribbelnd', 'ameisenlaufen', 'wie ameisen', 'prickeln', 'prickelt', 'elektrisch', 'brizzeln',
        'wie eingeschlafen',
      ]),
      weak: v('schwach', ['schwäche', 'kraftlos', 'wackelig', 'wacklig', 'knickt weg', 'gibt nach', 'wie pudding', 'schwer', 'keine kraft']),
      sharp: v('stechend', ['stechen', 'stiche', 'scharf', 'einschießend', 'schießt', 'schießt ein', 'wie ein messer', 'messerstich', 'blitzartig']),
      pain: v('schmerzen', ['schmerzt', 'weh', 'wund', 'ziehen', 'zieht', 'drückt', 'druck', 'eng', 'engegefühl', 'schmerzhaft', 'ein ziehen']),
      burning: v('brennt', ['brennen', 'glüht', 'müde', 'erschöpft', 'zittert', 'zittrig', 'warm', 'arbeitet', 'gedehnt', 'platt', 'schwer wie blei']),
    },
    RoutineLengthType: {
      quick: v('kurz', [
        'kurze einheit', 'eine kurze einheit', 'die kurze einheit', 'die kurze', 'eine kurze', 'was kurzes', 'etwas kurzes',
        'die kurze version', 'kurze version', 'kurzes training', 'ein kurzes training', 'die schnelle', 'eine schnelle',
        'schnelle einheit', 'eine schnelle runde', 'die sieben minuten version', 'sieben minuten', 'kürzer', 'eine kürzere',
        'kurzprogramm', 'das kurzprogramm', 'einer kurzen einheit', 'der kurzen version',
      ]),
      full: v('komplett', [
        'komplette routine', 'die komplette routine', 'das ganze programm', 'alle zehn', 'alle zehn übungen', 'die lange',
        'die lange version', 'eine lange', 'die volle routine', 'volles programm', 'das volle programm', 'die ganze routine',
        'länger', 'eine längere', 'die komplette einheit', 'der kompletten routine', 'dem vollen programm', 'jede übung',
        'alle übungen', 'alles',
      ]),
    },
    // What people say before the point ("ähm", "also", "ehrlich gesagt"), for the composed {filler} samples.
    FillerType: {
      filler: v('ähm', [
        'äh', 'öhm', 'hm', 'hmm', 'also', 'naja', 'na ja', 'na', 'okay also', 'ok also', 'ehrlich gesagt', 'eigentlich',
        'ja also', 'ähm also', 'also ähm', 'tja', 'sag mal', 'weißt du', 'ich meine', 'im grunde', 'jedenfalls', 'hey',
        'lass mich überlegen', 'mal sehen', 'ach', 'oh', 'übrigens', 'ganz ehrlich', 'na gut', 'okay ähm',
      ]),
    },
  },

  welcome: ['öffne hip coach', 'starte hip coach', 'mit hip coach sprechen', 'hip coach starten', 'hallo', 'hi', 'hey hip coach', 'guten tag', 'servus', 'moin', 'grüß dich'],

  skill: {
    name: 'Hip Coach',
    invocationName: 'hip coach',
    summary: 'Kurze tägliche Übungen für Hüfte und Po, damit dein Rücken weniger schultern muss.',
    description: (facts) =>
      'Hip Coach ist ein Übungscoach zum Zuhören für alle, deren Rückenschmerzen immer wiederkommen, etwa nach dem Sitzen, Bücken oder Heben. ' +
      'Der Skill führt dich freihändig durch kurze tägliche Routinen in drei Teilen: Hüften mobilisieren, Po aktivieren und den Hip Hinge üben, also das Beugen aus der Hüfte. ' +
      'Vor jeder Einheit stellt er ein paar Sicherheitsfragen, zählt Wiederholungen und Pausen mit und passt das Programm über sechs Wochen an deine Schmerzen an. ' +
      'Wichtiger Hinweis: Hip Coach gibt allgemeine Anleitungen zum Training und ersetzt keinen ärztlichen Rat. Der Skill stellt keine Diagnose und verspricht keine Heilung. ' +
      `Bei Taubheit im Intimbereich oder am Po, Problemen mit Blase oder Darm, Schwäche in beiden Beinen, Schmerzen nach einem Sturz oder Unfall oder Brustschmerzen ruf sofort den Notruf ${facts.emergencyNumber} an. ` +
      `Bei Fieber, ungewolltem Gewichtsverlust oder ständigen Schmerzen in der Nacht wende dich noch am selben Tag an deine ${facts.doctor}. ` +
      'Halten die Beschwerden an, lass dich physiotherapeutisch untersuchen.',
    examplePhrases: ['Alexa, öffne hip coach', 'Alexa, frag hip coach wie weit bin ich', 'Alexa, sag hip coach ich möchte eine kurze einheit'],
    keywords: ['Rückenschmerzen', 'Rücken', 'Hüfte', 'Physiotherapie', 'Mobilität', 'Dehnen', 'Po', 'Training', 'Übungen', 'Hip Hinge'],
  },
};
