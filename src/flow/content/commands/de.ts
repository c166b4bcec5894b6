// Deutsche Wörter für die Befehle des Coachs, so wie Leute sie sagen, wenn kein
// Intent sie erkannt hat: "okay dann weiter", "gib mir 'ne Minute", "Schluss
// für heute", "wozu ist die gut". Geschrieben nach der Normalisierung des
// deutschen Sicherheitslexikons (../safety/de.ts): klein, Umlaute und ß
// bleiben, "geht's" ist "geht es", "hab" ist "habe", "komm" ist "komme",
// "'ne" ist "eine", "ok" ist "okay". Wer ohne Umlaute tippt ("zurueck",
// "naechste"), bekommt die wichtigsten Wörter auch so.
//
// Phrasen, keine einzelnen Alltagswörter: "weiter", "zurück", "fertig" oder
// "noch mal" zählen nur, wenn sonst nichts gesagt wurde ("der Schmerz ist
// weiter unten", "mein Rücken ist noch mal steif" sind keine Befehle).
// Deutsch stellt "nicht" oft hinter das Verb ("hör nicht auf"): dann passt die
// Phrase ("hör auf") gar nicht erst. Steht es davor ("nicht aufhören", "noch
// nicht bereit"), hebt der Verneiner sie auf.
import type { CommandLexicon } from './types';

/** Built on first use (index.ts): a language's words cost nothing at start-up until someone speaks it. */
export function DE_COMMANDS(): CommandLexicon {
  /** Short waits: "einen Moment", "'ne Sekunde", "ein Weilchen", "eine kurze Pause". */
  const MOMENT = 'moment|momentchen|sekunde|sekündchen|minute|minütchen|augenblick|augenblickchen|weilchen|pause|päuschen|atempause|verschnaufpause|auszeit';
  /** "Gib mir zwei Minuten": plurals only after a number, never alone ("seit zehn Minuten"). */
  const MOMENTS = `${MOMENT}|sekunden|minuten|momente|augenblicke`;
  const SMALL = 'kleinen|kurzen|kleine|kurze|kleines|kurzes|klein|kurz';
  const A = 'einen|ein|eine|ne|n';
  const ME = 'mir|uns';
  /** The session, as people name it. */
  const SESSION = 'training|einheit|übung|übungen|uebung|routine|sitzung|session|programm|workout|trainingseinheit|dehnung';
  const TODAY = '(heute|jetzt|den moment|diesmal|dieses mal|den tag|heute abend|heute morgen|heute früh|erst mal|erstmal|hier|jetzt erst mal)';
  /** "Die nächste Übung", "der nächste Satz". */
  const ONE = 'übung|uebung|dehnung|satz|runde|durchgang|teil|position|bewegung|serie|schritt';
  const THIS = 'das|die|diese|dieses|es|sie';
  /** "Bist du bereit", "bin so weit": ready words. */
  const READY = 'bereit|startklar|soweit|fertig';
  const NEXT_WORD = 'weiter|los|fertig|erledigt|geschafft|nächste|nächster|nächstes|naechste|start|starten|beginnen|anfangen|weitergehen|vorwärts|gemacht';

  return {
    commands: {
      next: [
        // "Die nächste Übung", "weiter zur nächsten", "was kommt als Nächstes".
        `(die|der|das|zur|zum)? nächste|nächster|nächstes|nächsten|naechste ${ONE}`, 'nächste|nächster|naechste bitte',
        'weiter zur|zum nächsten|nächste|naechsten', 'weiter zur|zum nächsten übung|dehnung', 'auf|ab zur nächsten',
        'weiter mit der nächsten', 'weiter im (text|programm|training)', 'was kommt (als)? (nächstes|jetzt|danach|dann)',
        'was ist (als)? nächstes (dran)?', 'was ist jetzt dran', 'was steht als nächstes an',
        // Bereit, so weit, fertig.
        'bereit', 'startklar', 'bin (jetzt)? (so weit|soweit|fertig|startklar)', 'alles bereit', 'bereit wenn du es bist',
        'bin damit fertig', 'fertig damit', 'schon fertig', 'damit bin ich (fertig|durch)', 'bin damit durch',
        'das ist erledigt', 'habe (ich|es|das|die) (erledigt|geschafft|gemacht)', 'habe ich es geschafft',
        'habe (die|alle) (wiederholungen|sätze) (gemacht|geschafft)', 'in position', 'bin in der (richtigen)? position',
        'bin auf der matte', 'liege|stehe|sitze|knie (jetzt)? (auf der matte|in position|bereit|richtig)',
        // Los geht's.
        'los geht es', 'auf geht es', 'weiter geht es', 'es geht (los|weiter)', 'geht es (jetzt)? (los|weiter)',
        'es kann (losgehen|weitergehen|los)', 'kann (losgehen|weitergehen)', 'kann es losgehen',
        'wir können (los|loslegen|anfangen|starten|beginnen|weiter)', 'können wir (los|loslegen|anfangen|starten|beginnen|weiter)',
        'lass uns (loslegen|anfangen|starten|beginnen|weiter|los)', 'lassen sie uns (loslegen|anfangen|beginnen|weitermachen)',
        'lass es uns (angehen|machen|tun)', 'legen wir los', 'leg|lege (jetzt)? los', 'ich lege los', 'fang|fange (jetzt)? an',
        'fangen wir an', 'fangen sie an', 'ich fange an', 'beginnen wir', 'starten wir', 'packen wir es (an)?', 'gehen wir es an',
        `starte|starten|beginne|beginnen (die|das|den)? ${SESSION}`, `${SESSION} starten|beginnen`,
        // Mach weiter, ich will weiter.
        'mach|mache (jetzt|halt|einfach|ruhig|schon|mal|doch)? weiter', 'machen wir weiter', 'machen sie weiter', 'ich will|möchte|kann weiter', 'gehen wir weiter',
        'ohne pause weiter', 'nur zu', 'warum|wieso nicht',
        // Passt, alles klar.
        'alles klar', 'passt', 'passt (so|schon|alles)', 'geht klar', 'klingt gut', 'hört sich gut an', 'jetzt aber weiter',
        'dann mal los', 'na dann los',
        // Bairisch und österreichisch: "gemma" (gehen wir), "pack ma's".
        'gemma', 'gemma (weiter|los)', 'pack ma es',
      ],
      resume: [
        'fortsetzen', 'fortfahren', 'fortführen', 'weiterführen', 'fahr|fahre fort', 'fahren (sie|wir) fort', `setz|setze (${THIS})? fort`,
        `setz|setze (das training|die übung|die einheit) fort`, `${SESSION} fortsetzen`, 'weitermachen', 'weiter machen', 'weitermachen bitte',
        // Wieder da: nur "ich bin", nie "mein Rücken ist wieder da".
        'ich bin (jetzt)? wieder da', 'bin (jetzt)? wieder (da|zurück|bereit)', 'bin (jetzt)? zurück', 'da bin ich wieder',
        'hier bin ich wieder', 'wieder bereit', 'wieder startklar',
        'zurück zum|zur training|übung|routine|einheit|programm', 'zurück an die arbeit',
        'pause (ist)? vorbei', 'die pause ist vorbei', 'pause beenden', 'pause zu ende', 'pause aufheben', 'ende der pause',
        'genug pause', 'genug pausiert', 'genug ausgeruht',
        '(da)? weiter wo wir (aufgehört haben|waren|stehen geblieben sind)', 'da weitermachen wo wir (aufgehört haben|waren)',
        'wo waren wir', 'wo war ich', 'wo waren|war wir|ich stehen geblieben', 'wo sind wir stehen geblieben',
      ],
      previous: [
        'vorherige|vorige (übung|dehnung)', 'die vorherige|vorige', 'die davor', 'die übung davor', 'die dehnung davor',
        'geh|gehe zurück', 'geh|gehe (eins|eine|einen schritt|eine übung) zurück', 'gehen (wir|sie) zurück', 'gehen (wir|sie) (eins|eine|einen schritt) zurück',
        'eins|eine zurück', 'einen schritt zurück', 'eine übung zurück', 'spring|springe (eins|eine)? zurück', 'zurückspringen', 'zurückspulen',
        'spul|spule zurück', 'zurück (zur|zu der) letzten|vorherigen|vorigen (übung)?', 'zurück zur übung davor',
        '(noch mal|nochmal|noch einmal) die letzte|vorherige (übung)?', 'die letzte (übung)? (noch mal|nochmal|noch einmal|bitte)',
        'die letzte übung wiederholen', 'die übung von (eben|vorhin)', 'die von (eben|vorhin)', 'können wir zurück|zurückgehen',
        'zurück zu der (davor|vorherigen)', 'wieder zurück zur letzten',
      ],
      repeat: [
        'wiederholen', 'wiederholen sie (das|es|bitte)?', 'wiederhol|wiederhole (das|es|bitte|mal)?', 'wiederhol|wiederhole (die anleitung|die erklärung|den satz)',
        'wiederholung bitte', 'sag|sage (das|es)? (bitte)? (noch mal|nochmal|noch einmal|nochmals)',
        'sagen sie (das|es)? (bitte)? (noch mal|nochmal|noch einmal|nochmals)', 'kannst du das (bitte)? (noch mal|nochmal|noch einmal) sagen',
        'können sie das (bitte)? (noch mal|nochmal|noch einmal) sagen', '(noch mal|nochmal|noch einmal) sagen',
        'das (noch mal|nochmal|noch einmal|bitte noch mal)', 'erzähl|erzähle (das|es) (noch mal|nochmal)',
        '(noch mal|nochmal|noch einmal) (die übung|den satz|die anleitung|von dir)', 'einmal noch',
        'wie bitte', 'was hast du (gerade|eben|da)? gesagt', 'was haben sie (gerade|eben|da)? gesagt', 'was sagtest du', 'was sagten sie',
        'was war das (nochmal|eben|gerade)?', 'was war das noch mal', 'wie war das (nochmal|eben)?', 'wie war das noch mal', 'was war das letzte',
        'habe (ich)? (dich|sie|das|es|euch)? (leider)? (akustisch)? nicht (richtig|ganz|genau)? (verstanden|mitbekommen|gehört|gecheckt|kapiert)',
        'nicht (richtig|ganz)? (verstanden|mitbekommen|gehört)', 'verstehe (dich|sie) nicht', 'ich höre dich nicht',
        'habe (ich)? (das|es)? verpasst', 'das ging (mir)? zu schnell', 'das war (mir)? zu schnell', 'sorry was', 'was denn',
      ],
      pause: [
        'pause', 'pausieren', 'pausiere|pausier (das|es|mal|kurz)?', `${SESSION} pausieren`, 'pause machen', 'pause einlegen',
        'mach|mache (mal)? (eine|ne)? (kurze|kleine)? pause', 'machen wir (mal)? (eine|ne)? (kurze|kleine)? pause',
        'lass uns (mal)? (eine|ne)? (kurze|kleine)? pause machen', 'ich brauche (mal)? (eine|ne|kurz)? (kurze|kleine)? pause|verschnaufpause|atempause',
        `(${A})? (${SMALL})? (${MOMENT})`, `(gib|gebt) (${ME}) (mal|noch)? (kurz)? (${A}|zwei|drei|fünf|paar)? (${SMALL})? (${MOMENTS})`,
        `geben sie (${ME}) (mal|noch)? (kurz)? (${A}|zwei|drei|fünf|paar)? (${SMALL})? (${MOMENTS})`,
        `(gib|gebt|geben sie) (${ME}) (ein paar|noch ein paar) (${MOMENTS})`, `ich brauche (${A}|zwei|paar)? (${SMALL})? (${MOMENTS})`, `ich brauche (ein paar|noch ein paar) (${MOMENTS})`, `(zwei|drei|fünf|paar) (${MOMENTS}) bitte`,
        'moment (mal|noch|kurz)', 'nur (einen|ein|eine) (moment|sekunde|minute|augenblick)',
        'warte|wart (mal|kurz|eben|einen moment|eine sekunde|eine minute)', 'warte mal kurz', 'warten sie (mal|kurz|bitte)?',
        'warten wir (mal|kurz)', 'kurz warten', 'mal kurz warten', 'bitte warten',
        'anhalten', `halt|halte (${THIS})? an`, 'halt|halte (mal)? kurz an', 'stopp|stop (mal|kurz)', 'stopp|stop mal kurz', 'kurz stopp|stop',
        'kurz unterbrechen', 'unterbrechen', 'unterbrich|unterbreche (das|es|mal|kurz)?', 'kurz innehalten', 'time out',
        'ich bin (gleich|sofort) (wieder)? (da|zurück)', 'bin (gleich|sofort) (wieder)? (da|zurück)', 'gleich wieder da', 'gleich zurück',
        'ich muss (mal)? (kurz)? (weg|raus|an die tür|ans telefon|ans handy)',
        'ich muss (mal)? (kurz)? (aufs klo|auf die toilette|auf toilette|aufs wc|pinkeln)', 'toilettenpause', 'klopause',
        'es klingelt', 'es hat geklingelt', 'es klopft', 'jemand ist an der tür', 'da ist jemand an der tür', 'die tür',
        'mein handy|telefon klingelt', 'das handy|telefon klingelt', 'telefon', 'ein anruf', 'ich habe einen anruf',
      ],
      skip: [
        'überspringen', 'ueberspringen', `überspring|überspringe|ueberspring (${THIS})?`, 'überspring|überspringe|ueberspring (die übung|diese übung|die dehnung|die hier)',
        'überspringen sie', 'skippen', 'skip', `(${THIS}|die übung|diese übung) auslassen|weglassen|überspringen`, 'auslassen', 'weglassen',
        `lass|lasse (${THIS}|die übung|diese übung|die hier|die mal) (aus|weg)`, 'lass|lasse ich aus|weg', 'lassen wir (die|das|diese)? (aus|weg)',
        'die lassen wir (aus|weg)', 'nicht diese (übung|dehnung|eine|hier)?', 'nicht die hier', 'ohne (diese|die) übung|dehnung',
        'eine|ne andere übung|dehnung', 'lieber eine andere', 'was|etwas anderes', 'lieber was|etwas anderes', 'was|etwas anderes bitte',
        'ich passe', 'da passe ich', 'passe (hier|bei der|bei dieser)', 'ich setze (die|diese|das)? aus', 'die setze ich aus', 'aussetzen',
        'die schenke|schenk|spare|spar ich mir', 'schenke|schenk|spare|spar ich mir', 'die mag ich nicht', 'mag ich nicht',
        `(will|möchte|mag) (die|diese|das) (übung)? nicht (machen|tun)`, 'die will|möchte ich nicht (machen)?', 'die lieber nicht',
        'die kann ich nicht (machen)?', '(spring|springe|springen wir) (zur nächsten|weiter|drüber)', 'zur nächsten springen',
        'können wir (die|das|diese) (überspringen|auslassen|weglassen)',
      ],
      startOver: [
        'von vorne|vorn', 'von vorne|vorn anfangen|beginnen|starten', '(noch mal|nochmal|noch einmal|ganz|alles) von vorne|vorn', 'von anfang an', 'von null (an)?',
        'bei null anfangen', 'von neuem', 'aufs neue', 'neu starten|anfangen|beginnen', 'neustart', 'neustarten', 'neu start',
        `starte|starten (das programm|die routine|das training|die einheit|alles|es) neu`, '(fang|fange|fangen wir) neu an',
        'zurück (auf|zum|an den) anfang', 'alles auf anfang', 'an den anfang', 'zum anfang (zurück)?',
        'alles (noch mal|nochmal|noch einmal)', 'das ganze (noch mal|nochmal|noch einmal|von vorne)', 'alles zurücksetzen', 'zurücksetzen', 'reset',
      ],
      help: [
        'hilfe', 'hilf mir (bitte)?', 'helfen sie mir', 'mir helfen', 'ich brauche (hilfe|deine hilfe|ihre hilfe)',
        'was kann ich (hier)? (alles)? sagen', 'was kann ich (hier)? (alles)? tun|machen', 'was soll|muss ich sagen', 'was sage ich (jetzt)?',
        'was kann man (hier)? sagen', 'welche befehle|möglichkeiten|optionen|kommandos', 'optionen',
        'befehle', 'was kannst du (alles)?', 'wie funktioniert (das hier|der skill|die app|das ganze|hip coach|das programm|das alles)',
        'wie benutze ich (das|dich|den skill|die app)', 'wie bediene ich (das|dich)', 'bedienungsanleitung',
        'ich bin (ganz|total|etwas)? (verwirrt|durcheinander)', 'ich kenne mich nicht aus', 'ich blicke nicht durch',
        'ich verstehe (das|hier)? nicht', 'ich verstehe das alles nicht', 'verstehe ich nicht', 'ich verstehe nichts', 'weiß nicht weiter', 'komme nicht weiter',
        'weiß nicht was ich sagen soll', 'was geht hier',
      ],
      howTo: [
        'wie geht (das|die|diese|sie|die übung|diese übung|die dehnung|diese dehnung) (richtig|genau|eigentlich|überhaupt|nochmal)?',
        'wie geht das (noch mal|noch einmal)', 'wie ging (das|die|die übung) nochmal?', 'wie ging (das|die|die übung) (noch mal|noch einmal)', 'wie war die übung',
        'wie mache|mach ich (das|die|diese|es|sie) (richtig|genau|nochmal)?', 'wie mache|mach ich (das|die|es) am besten', 'wie mache|mach ich (die übung|diese übung|die dehnung)',
        'wie macht man (das|die|die übung|diese übung) (richtig)?', 'wie funktioniert (das|es|die übung|diese übung|die dehnung)',
        'wie soll|muss ich (das|die|es)? (machen|tun)', 'wie soll|muss ich (die übung|diese übung) machen',
        'wie (soll|muss|kann) ich (liegen|stehen|sitzen|knien|atmen|anfangen|beginnen|mich hinlegen|mich hinstellen|mich hinsetzen|mich positionieren|das halten)',
        'wie liege|stehe|sitze|knie ich (richtig|hier)?', 'wie atme ich (dabei|richtig)?', 'wie atmet man dabei',
        'wie gehe|komme ich in (die)? position', 'in welche position', 'welche position', 'welche ausgangsposition',
        'wie ist die (richtige)? position|ausführung|haltung|technik', 'was ist die (richtige)? technik|position|ausführung|haltung',
        'richtige technik|ausführung|haltung', 'technik', 'ausführung', 'anleitung', 'die anleitung',
        'erklär|erkläre (mir)? (das|es|die|die übung|diese übung|die dehnung|das genauer|das noch mal|das nochmal)',
        'erklären sie (mir)? (das|es|die übung|diese übung)', `mir (das|die übung|diese übung|es) (erklären|zeigen|beschreiben)`,
        '(zeig|zeige|zeigen sie) (mir)? ,? wie', 'sag|sagen (mir)? wie (das|es)? (geht)?', 'sag mir was ich (tun|machen) (soll|muss)',
        'beschreib|beschreibe (die übung|das|es|sie|mir das|mir die übung)', 'führ|führe mich (durch|da durch)',
        'was muss|soll ich (jetzt|hier|genau|da|dabei)? (machen|tun)', 'was mache ich (jetzt|hier|genau)', 'was ist zu tun',
        'worauf muss|soll ich (dabei)? achten', 'worauf achten', 'wie weit (soll|muss) ich', 'wie lange (soll|muss) ich',
        'wie oft (soll|muss) ich', 'wie viele (soll|muss) ich', 'wo (soll|muss) ich (meine|mein|meinen|die|den|das)',
        'wohin mit (meinen|den) (händen|armen|beinen|füßen|knien)', 'mache|mach ich (das|es) (so)? richtig', 'mache ich was|etwas falsch',
        'was mache ich falsch', 'ist das (so)? richtig (so)?', 'ist das die richtige position', 'stimmt das so', 'bin ich so richtig',
      ],
      why: [
        'warum', 'wieso', 'weshalb', 'wozu', 'wofür', 'wozu ist (das|die|diese) (übung)? (gut)?',
        'wofür ist (das|die|diese) (übung|dehnung)? (gut)?', 'für was ist (das|die|die übung) (gut)?',
        'was bringt (mir|uns)? (das|die|diese|es|sie)', 'was bringt (mir|uns)? (die übung|diese übung|die dehnung|diese dehnung)', 'was bringt das (mir|uns)', 'was soll das (bringen)?',
        'was nützt (das|es|mir das|die übung)', 'was hilft (das|die übung|mir das)', 'hilft das (wirklich|überhaupt)',
        'wie hilft (das|die|es|diese übung|die übung)', 'wie hilft (das|die|es|diese übung|die übung) (meinem rücken|mir|dem rücken)', 'bringt (das|es|die übung) (was|etwas|überhaupt was)',
        'was ist der (sinn|nutzen|zweck)', 'was ist der sinn (dahinter|davon|der übung|der sache)', 'sinn der (übung|sache)',
        'was macht (die|diese) übung (eigentlich|genau)?', 'was macht das (für mich|mit mir|eigentlich)', 'was bewirkt (das|die übung|diese übung)',
        'was trainiert (das|die übung|man damit)', 'welche muskeln', 'wozu das (ganze)?', 'wofür das (ganze)?',
        'erklär|erkläre (mir)? warum', 'warum (ist|soll) (das|die) (gut|gut für mich|gut für meinen rücken)',
      ],
      progress: [
        'fortschritt', 'fortschritte', 'fortschrittsbericht', 'mein|meinen|meine fortschritt|fortschritte', 'mache ich fortschritte',
        'wie (mache|mach) ich mich', 'wie läuft es bei mir', 'wie stehe ich da', 'wo stehe ich (im programm|im plan|gerade|jetzt)',
        'in welcher woche', 'welche woche', 'welcher tag', 'welcher tag im programm', 'der wievielte tag', 'in welcher phase',
        'wie viele (einheiten|tage|wochen|trainings|sessions|übungen) (habe ich|noch|schon)', 'wie viele wochen (noch|sind es noch)',
        'wie weit bin ich (schon)?', 'wie weit sind wir', 'wie weit sind wir im programm', 'werde ich (besser|stärker|beweglicher)', 'meine serie',
        'wie lang ist meine serie', 'tage am stück', 'meine statistik', 'statistik', 'meine bilanz', 'wie lange geht das programm (noch)?',
      ],
      deleteData: [
        `lösch|lösche|loesch|loesche|entferne|vernichte (alle)? (meine|mein|meinen)? (daten|infos|informationen|fortschritt|fortschritte|verlauf|konto|profil|angaben|werte|einträge|statistik)`,
        `löschen sie (alle)? (meine|mein|meinen)? (daten|informationen|angaben|fortschritt|konto)`,
        `(meine|alle|die) (daten|infos|informationen|fortschritte|angaben|konto|profil|einträge) (löschen|entfernen)`,
        'daten löschen', 'konto löschen', 'alles löschen', 'lösch|lösche alles', 'lösch|lösche mich', 'löschen sie alles',
        'vergiss mich', 'vergiss alles', 'vergiss alles über mich', 'vergiss meine (daten|angaben|fortschritte)', 'vergessen sie mich',
        'vergiss was du über mich weißt', 'vergiss wer ich bin', 'mich vergessen', 'dass du mich vergisst',
        'entferne alles was du über mich weißt',
      ],
      stop: [
        'stopp', 'stop', `stopp|stop für ${TODAY}`, 'aufhören', 'aufhoeren', 'hör|höre|hoer (jetzt|hier|bitte|mal|dann|sofort)? auf',
        `höre|hör für ${TODAY} auf`, 'hören (wir|sie) (jetzt|hier)? auf', 'hören (wir|sie) für heute auf', 'ich höre (jetzt|hier)? auf',
        'beenden', `beende|beenden (${THIS}|die einheit|das training|die übung|die sitzung|jetzt|hier)`, 'beenden sie',
        `schluss|schluß (für ${TODAY}|machen|damit|jetzt|aus|für den moment)`, 'schluss mit (der übung|dem training|heute)',
        'machen wir schluss', '(mach|mache|machen wir) (jetzt|hier)? schluss', '(mach|mache|machen wir) für heute schluss', 'lass uns schluss machen', 'ich mache schluss',
        'abbrechen', 'abbruch', `brich|breche (${THIS})? ab`, 'brich|breche (die übung|das training) ab', 'abschalten', 'ausschalten',
        'schalt|schalte (dich|das|es)? aus', 'mach (das|es|dich)? aus', 'aus jetzt', 'sei (still|ruhig)', 'halt die klappe', 'halt den mund',
        'tschüss|tschüs|tschuess|tschau|ciao|ade|adieu|tschö', 'auf wiedersehen|wiederhören', 'pfiat di', 'pfiati',
        'bis (morgen|dann|später|bald|nächstes mal|zum nächsten mal|demnächst)', 'mach es gut', 'machs gut', 'gute nacht',
        `genug für ${TODAY}`, `das reicht (für ${TODAY}|mir)`, `es reicht für ${TODAY}`, 'jetzt reicht es', `das war es für ${TODAY}`,
        `das (wars|wär es|wärs) für ${TODAY}`, `ich bin fertig für ${TODAY}`, `fertig für ${TODAY}`,
        `für ${TODAY} (reicht es|reicht das|ist schluss|ist genug|genug|fertig|bin ich fertig|war es das|lassen wir es|höre ich auf|mache ich schluss)`,
        'ich habe genug', 'feierabend', 'lass es (gut sein|bleiben|für heute)', 'lass gut sein', 'lassen wir es', 'lassen wir es (gut sein|dabei|für heute)',
        'belassen wir es dabei', 'vergiss es|das', 'will nicht mehr', 'keine lust mehr', 'ich bin raus',
        `${SESSION} beenden|abbrechen`, `ende (der|des) (einheit|übung|sitzung|trainings)`,
      ],
      quick: [
        'kurz|kurze|kurzes|kurzen|kürzere|kürzeres|kürzeren|schnelle|schnelles|schnellen|kleine|kleines|mini (einheit|version|runde|training|programm|routine|session|variante|workout|durchgang|übungseinheit)',
        'kurzprogramm', 'kurzversion', 'kurzfassung', 'schnellprogramm', 'sieben minuten (version)?', 'die sieben minuten',
        'nehme|nehmen|nimm|mache|machen|will|möchte|lieber (die|eine|nur) (kurze|schnelle|kürzere)', 'die|eine (kurze|schnelle|kürzere) bitte',
        'was|etwas (kurzes|kürzeres|schnelles)', 'heute lieber kurz', 'heute nur kurz', 'nur was kurzes',
        'habe (nur|kaum|wenig|nicht viel|keine) zeit', 'wenig zeit', 'nicht viel zeit', 'keine zeit', 'kaum zeit', 'bin in eile', 'in eile',
        'unter zeitdruck', 'habe es eilig', 'nur (ein paar|wenige|fünf|zehn|sieben) minuten',
      ],
      full: [
        'komplett|komplette|kompletten|komplettes|ganze|ganzen|ganzes|volle|vollen|volles|lange|langen|längere|längeres|gesamte|gesamten (einheit|version|routine|programm|training|runde|session|workout|paket|variante|durchgang)',
        'nehme|nehmen|nimm|mache|machen|will|möchte|lieber (die|eine) (lange|längere|ganze|komplette|volle)', 'die|eine (lange|längere|komplette|volle) bitte',
        'alle übungen', 'alle zehn (übungen)?', 'jede übung', 'alles machen', 'das volle programm', 'volle dröhnung', 'die volle dosis',
        'was|etwas (längeres|langes)', 'habe (viel|genug|heute|genügend) zeit', 'viel zeit', 'genug zeit', 'alles bitte',
      ],
    },
    alone: {
      next: [
        `${NEXT_WORD} ${NEXT_WORD}? ${NEXT_WORD}?`, '(die|der|das) nächste|nächster|nächstes|naechste', 'so weit', 'soweit', 'weit',
        'liege|stehe|sitze|knie', 'ich liege|stehe|sitze|knie', 'ich bin drin', 'drin', 'los weiter',
      ],
      previous: ['zurück', 'zurueck', 'zurück zurück', 'zurückgehen', 'rückwärts', 'davor', 'letzte', 'die letzte', 'letzte übung', 'die letzte übung', 'vorherige', 'vorige'],
      pause: ['warte', 'wart', 'warten', 'halt', 'halt halt'],
      stop: [
        'das reicht', 'es reicht', 'reicht', 'mir reicht es', 'reicht es', 'genug', 'das ist genug', 'das genügt', 'das war es', 'das wars',
        'das wär es', 'ende', 'schluss', 'schluß', 'aus', 'ruhe', 'ende aus',
      ],
      repeat: [
        '(noch mal|nochmal|noch einmal|nochmals)', 'noch', 'was', 'wie', 'hä', 'häh', 'he', 'hä was', 'was was', 'wiederholung', 'bitte was',
        'noch mal bitte', 'was nochmal',
      ],
      skip: ['lieber nicht', 'die nicht', 'nicht die', 'andere', 'eine andere', 'passe'],
      quick: ['kurz', 'kürzer', 'kurze', 'kurzes', 'schnell', 'nur kurz', 'lieber kurz', 'kurz heute', 'heute kurz', 'die kurze', 'eine kurze', 'die schnelle', 'eine schnelle', 'kürzere', 'eine kürzere'],
      full: [
        'komplett', 'ganz', 'voll', 'lang', 'länger', 'alles', 'alle', 'das ganze', 'die lange', 'eine lange', 'die ganze', 'die volle',
        'die komplette', 'eine längere', 'lange', 'volles programm', 'alles komplett',
      ],
    },
    politeness: [
      'bitte', 'bitte schön', 'bitteschön', 'bitte sehr', 'danke schön', 'vielen dank', 'jetzt', 'nun', 'mal', 'doch', 'einfach', 'eben',
      'gleich', 'sofort', 'endlich', 'ja', 'jo', 'jap', 'jawohl', 'okay', 'okay dann', 'gut', 'sehr gut', 'na gut', 'alles klar', 'klar',
      'na klar', 'genau', 'super', 'prima', 'toll', 'perfekt', 'schön', 'gerne', 'gern', 'passt', 'schon', 'ruhig', 'dann', 'hier',
      'kannst du', 'könntest du', 'können sie', 'könnten sie', 'können wir', 'lass uns', 'lassen sie uns', 'komme', 'komme schon',
      'na komme', 'heute',
    ],
    negators: [
      'nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'noch nicht', 'nicht mehr', 'gar nicht', 'bloß nicht', 'bitte nicht',
      'lieber nicht', 'auf keinen fall', 'ohne', 'noch kein', 'noch keine', 'muss nicht', 'musst nicht', 'müssen nicht', 'brauche nicht',
      'brauchst nicht', 'braucht nicht', 'will nicht', 'möchte nicht', 'nicht so', 'statt', 'anstatt', 'kein grund zu',
      // Longer than "Moment" or "passt", so "im Moment geht es" and "das passt nicht" are no command.
      'im moment', 'in dem moment', 'in diesem moment', 'jeden moment', 'passt (mir|uns)? nicht',
    ],
  };
}
