// Die gesprochenen Inhalte auf Deutsch: Übungen, Varianten, Teile,
// Triage-Fragen und Antworten auf das Schmerzmuster. Fakten aus
// shared/content/seed-article.txt und shared/clinical/triage.md; jeder Satz ist
// eigens auf Deutsch geschrieben (keine Übersetzung), kurz genug zum Vorlesen.
// Anrede "du", wie in deutschen Fitness-Apps. Reiner Text: kein Markup, keine
// Zeichen, die in SSML maskiert werden müssten.
//
// Übungsnamen ohne Artikel (sie stehen auch als Überschrift auf dem Bildschirm);
// den Artikel setzt cues.ts aus ARTICLE. Wo deutsche Gyms den englischen Namen
// benutzen, fällt er einmal in der Anleitung (Glute Bridge, Clamshell, Wall Tap).
import type { ContentWords, LocaleFacts } from '../types';

export function contentWords(facts: LocaleFacts): ContentWords {
  const doorCue = `Schieb die Hüfte nach hinten, als würdest du mit dem ${facts.behind} eine Autotür zuschieben.`;
  return {
    exercises: {
      ninetyNinety: {
        name: 'Neunzig-Neunzig-Hüftrotation',
        donePhrase: 'die Neunzig-Neunzig-Rotationen',
        setup:
          'Setz dich auf den Boden, beide Knie gebeugt, die Füße flach und etwas weiter als hüftbreit auseinander. Stütz dich mit den Händen hinter dir ab.',
        steps: [
          'Lass beide Knie zu einer Seite sinken, sodass jedes Bein einen rechten Winkel bildet.',
          'Richte dich auf und bleib dort zwei bis drei Sekunden.',
          'Dann hebst du die Knie über die Mitte zurück und lässt sie zur anderen Seite sinken.',
          'Jeder Seitenwechsel zählt als eine Wiederholung.',
        ],
        formCues: [
          'Bleib aufrecht.',
          'Wechsle langsam die Seite.',
          'Die Knie führen die Bewegung.',
          'Stütz dich ruhig auf die Hände.',
          'Beim Wechseln ausatmen.',
        ],
        mistakes: [
          'Drück die Knie nicht mit Kraft nach unten. Geh nur so weit, wie es sich gut anfühlt.',
          'Lass den Rücken beim Drehen nicht rund werden.',
          'Wechsle nicht hastig. Langsam ist genau richtig.',
        ],
        reason:
          'Wenn sich deine Hüften frei drehen können, muss dein unterer Rücken oft weniger Drehung ausgleichen.',
      },
      couchStretch: {
        name: 'Couch Stretch',
        donePhrase: 'der Couch Stretch',
        setup:
          'Knie dich mit dem Rücken zu einem Sofa oder einer Wand hin und leg ein Kissen unter die Knie. Schieb ein Knie nach hinten, bis das Schienbein dort anliegt, und stell den anderen Fuß flach vor dir auf.',
        steps: [
          'Spann den Po auf der Seite des hinteren Beins an und richte das Becken leicht auf.',
          'Richte langsam den Oberkörper auf, bis du vorne an Hüfte und Oberschenkel eine Dehnung spürst.',
          'Bleib dort und atme ruhig. Ist es zu stark, lehn dich etwas nach vorn.',
        ],
        formCues: [
          'Becken aufrichten.',
          'Po am hinteren Bein anspannen.',
          'Rippen unten lassen.',
          'Ruhig atmen und nachgeben.',
          'Meldet sich das Knie, nimm etwas Druck raus.',
        ],
        mistakes: [
          'Mach kein Hohlkreuz, um tiefer zu kommen. Richte lieber das Becken auf.',
          'Dehn nicht gegen Knieschmerzen. Polstere mehr oder rück etwas vom Sofa weg.',
          'Halt nicht die Luft an.',
        ],
        reason:
          'Feste Muskeln vorne an der Hüfte können das Becken nach vorn kippen und den unteren Rücken belasten. Lösen sie sich, bekommt dein Rücken mehr Spielraum.',
      },
      pigeon: {
        name: 'Taube im Liegen',
        donePhrase: 'die Taube',
        setup:
          'Leg dich auf den Rücken, Knie gebeugt, Füße flach. Leg einen Knöchel auf das andere Knie, sodass deine Beine eine Vier bilden.',
        steps: [
          'Greif hinter den Oberschenkel des aufgestellten Beins und zieh das Bein sanft zur Brust.',
          'Stopp, sobald du tief im Gesäß der überkreuzten Seite eine Dehnung spürst.',
          'Kopf und Schultern bleiben locker am Boden, und du atmest ruhig weiter.',
        ],
        formCues: [
          'Atme in die Dehnung.',
          'Schultern locker am Boden.',
          'Das überkreuzte Knie sanft von dir wegschieben.',
          'Dehnen ja, Schmerz nein.',
          'Das Steißbein bleibt unten.',
        ],
        mistakes: [
          'Zieh nicht kräftig. Sanft reicht völlig.',
          'Heb den Kopf nicht an und lass den Nacken locker.',
          'Nicht wippen. Halte still und atme.',
        ],
        reason:
          'Wenn die Muskeln hinten an der Hüfte loslassen, ziehen sie meist weniger am unteren Rücken.',
      },
      hipFlexorFlow: {
        name: 'Hüftbeuger-Flow',
        donePhrase: 'der Hüftbeuger-Flow',
        setup:
          'Geh auf ein Knie, mit einem Kissen darunter, und stell den anderen Fuß flach vor dir auf. Richte den Oberkörper auf und leg die Hände an die Hüften.',
        steps: [
          'Richte das Becken auf und schieb dein Gewicht sanft nach vorn, bis sich die hintere Hüfte vorne öffnet.',
          'Streck den Arm auf der Seite des knienden Beins nach oben und leicht zur anderen Seite.',
          'Nimm dort einen Atemzug und komm dann langsam zurück.',
        ],
        formCues: [
          'Zuerst das Becken aufrichten.',
          'Nach vorn schieben, nicht nach hinten lehnen.',
          'Lang machen bis in die Fingerspitzen.',
          'Beweg dich mit deinem Atem.',
          'Rippen locker unten lassen.',
        ],
        mistakes: [
          'Mach beim Strecken kein Hohlkreuz. Die Dehnung gehört vorne in die Hüfte.',
          'Geh nicht zu weit nach vorn. Ein kleines Stück reicht.',
          'Nicht hetzen. Jede Wiederholung ist langsam und fließend.',
        ],
        reason:
          'Nach langem Sitzen hilft es, die Hüfte vorne zu öffnen. Dann kann sie sich wieder strecken, und dein Rücken muss das nicht mit einem Hohlkreuz übernehmen.',
      },
      gluteBridge: {
        name: 'Beckenheben',
        donePhrase: 'das Beckenheben',
        setup:
          'Leg dich auf den Rücken, Knie gebeugt, Füße flach und etwa hüftbreit. Die Arme liegen neben dem Körper. Im Gym heißt die Übung Glute Bridge.',
        steps: [
          'Drück dich über die Fersen hoch und heb das Becken, bis Knie, Hüfte und Schultern eine Linie bilden.',
          'Spann oben den Po an und halte drei Sekunden.',
          'Dann senkst du das Becken kontrolliert ab.',
        ],
        formCues: [
          'Über die Fersen drücken.',
          'Oben den Po anspannen.',
          'Rippen unten lassen.',
          'Knie in Linie mit den Füßen.',
          'Langsam absenken.',
        ],
        mistakes: [
          'Mach kein Hohlkreuz, um höher zu kommen. Hör dort auf, wo dein Po die Arbeit macht.',
          'Lass die Knie nicht nach innen fallen oder auseinanderdriften.',
          'Drück dich nicht über die Zehen hoch. Die Fersen bleiben unten.',
        ],
        reason:
          'Beim Beckenheben lernt dein Po, die Hüfte zu strecken. Diesen Job übernimmt sonst gern der Rücken.',
      },
      clamshell: {
        name: 'Muschel',
        donePhrase: 'die Muschel',
        setup:
          'Leg dich auf die Seite, Hüften und Knie gebeugt, die Fersen zusammen, den Kopf auf dem Arm. Die Hüften liegen genau übereinander. Im Gym heißt die Übung Clamshell.',
        steps: [
          'Die Fersen bleiben zusammen, und du hebst langsam das obere Knie.',
          'Geh nur so hoch, wie es geht, ohne dass das Becken nach hinten kippt.',
          'Kurz halten, dann langsam absenken.',
        ],
        formCues: [
          'Fersen zusammen.',
          'Hüften übereinander, nicht nach hinten kippen.',
          'Langsam hoch, langsam runter.',
          'Spür es seitlich an der Hüfte.',
          'Die Taille bleibt lang.',
        ],
        mistakes: [
          'Kipp das Becken nicht nach hinten, um das Knie höher zu bekommen.',
          'Lass die Füße nicht auseinandergehen.',
          'Mach die Wiederholungen nicht zu schnell.',
        ],
        reason:
          'Die Muschel weckt die Muskeln seitlich an der Hüfte, die dein Becken stabil halten. So hat dein Rücken davon weniger zu tun.',
      },
      bandedAbduction: {
        name: 'Abspreizen im Stand',
        donePhrase: 'das Abspreizen',
        setup:
          'Stell dich aufrecht neben eine Wand oder einen stabilen Stuhl und halt dich mit einer Hand fest. Wenn du ein Miniband hast, leg es um die Knöchel. Die Übung klappt aber auch gut ohne.',
        steps: [
          'Verlagere dein Gewicht auf das Bein, das näher an der Stütze ist.',
          'Die Zehen zeigen nach vorn, und du hebst das andere Bein ein kleines Stück zur Seite.',
          'Kurz halten, dann langsam absenken.',
        ],
        formCues: [
          'Aufrecht bleiben, nicht zur Seite lehnen.',
          'Zehen zeigen nach vorn.',
          'Ein kleines Stück reicht.',
          'Langsam und kontrolliert absenken.',
          'Spür es seitlich an der Hüfte.',
        ],
        mistakes: [
          'Lehn den Oberkörper nicht weg, um das Bein höher zu bekommen.',
          'Dreh den Fuß beim Heben nicht nach außen.',
          'Schwing das Bein nicht. Beweg dich langsam.',
        ],
        reason:
          'So kräftigst du die seitlichen Hüftmuskeln, die dein Becken beim Gehen gerade halten. Dein unterer Rücken muss dann weniger ausgleichen.',
      },
      deadBug: {
        name: 'Dead Bug',
        donePhrase: 'der Dead Bug',
        setup:
          'Leg dich auf den Rücken und streck beide Arme zur Decke. Heb die Knie über die Hüften, im rechten Winkel gebeugt.',
        steps: [
          'Atme aus und drück den unteren Rücken sanft Richtung Boden.',
          'Streck langsam einen Arm nach hinten über den Kopf und zugleich das gegenüberliegende Bein nach vorn, knapp über dem Boden.',
          'Dann kontrolliert zurück in die Ausgangsposition. Das ist eine Wiederholung.',
        ],
        formCues: [
          'Der untere Rücken bleibt am Boden.',
          'Beim Strecken ausatmen.',
          'Langsam und ruhig.',
          'Rippen unten, Bauch fest.',
          'Nur so weit, wie du es kontrollierst.',
        ],
        mistakes: [
          'Lass den unteren Rücken nicht vom Boden abheben. Wenn doch, streck weniger weit.',
          'Halt nicht die Luft an.',
          'Nicht hetzen. Langsamer ist schwerer, und besser.',
        ],
        reason:
          'Dein Rumpf lernt, ruhig zu bleiben, während sich Arme und Beine bewegen. Diese Arbeit übernimmt sonst oft der Rücken.',
      },
      hipHinge: {
        name: 'Hip Hinge',
        donePhrase: 'der Hip Hinge',
        setup:
          'Stell dich aufrecht hin, Füße etwa hüftbreit, Knie locker, die Hände an der Hüfte. Beim Hip Hinge beugst du dich aus der Hüfte statt aus dem Rücken.',
        steps: [
          doorCue,
          'Dein Oberkörper kippt nach vorn, die Brust bleibt offen und die Wirbelsäule lang und neutral.',
          'Geh langsam runter, bis du hinten an den Oberschenkeln Spannung spürst.',
          'Dann spannst du den Po an und richtest dich wieder auf.',
        ],
        formCues: [
          'Knie locker.',
          'Hüfte nach hinten, wie beim Tür-Zuschieben.',
          'Die Brust bleibt offen.',
          'Wirbelsäule lang und neutral.',
          'Spür es im Po und hinten an den Oberschenkeln.',
          'Der Po arbeitet, der untere Rücken bleibt ruhig.',
        ],
        mistakes: [
          'Mach den Rücken nicht rund, um tiefer zu kommen. Hör dort auf, wo die Wirbelsäule lang bleibt.',
          'Geh nicht in die Kniebeuge. Die Hüfte geht nach hinten, nicht nach unten.',
          'Spürst du es im unteren Rücken, mach die Bewegung kleiner.',
        ],
        reason:
          'Wenn du dich aus der Hüfte beugst, übernehmen Po und hintere Oberschenkel mehr Arbeit. Dein unterer Rücken kann stabil bleiben, statt zu heben.',
      },
      wallTap: {
        name: 'Wandübung',
        donePhrase: 'die Wandübung',
        setup: `Stell dich mit dem Rücken zur Wand, etwa ${facts.wallDistance} davon entfernt, die Füße hüftbreit und die Knie locker. Im Gym heißt das Wall Tap.`,
        steps: [
          'Schieb die Hüfte gerade nach hinten, bis dein Po die Wand antippt.',
          'Die Wirbelsäule bleibt dabei die ganze Zeit lang, ohne rund zu werden.',
          'Spann den Po an und richte dich wieder auf.',
        ],
        formCues: [
          'Hüfte nach hinten zur Wand.',
          'Wirbelsäule lang.',
          'Brust offen beim Antippen.',
          'Knie locker.',
          'Zum Aufrichten den Po anspannen.',
        ],
        mistakes: [
          'Mach den Rücken nicht rund, um die Wand zu erreichen. Klappt es nicht, geh einen kleinen Schritt näher ran.',
          'Sink nicht einfach in die Kniebeuge.',
          'Stoß nicht fest gegen die Wand. Nur leicht antippen.',
        ],
        reason:
          'Die Wand gibt deiner Hüfte ein klares Ziel. So lernt sie, nach hinten zu gehen, während die Wirbelsäule lang bleibt.',
      },
    },

    variations: {
      fullPigeon: {
        name: 'Taube',
        setup:
          'Starte im Vierfüßlerstand. Bring ein Knie nach vorn Richtung Hand, das Schienbein schräg vor dir, und schieb das andere Bein gerade nach hinten.',
        steps: [
          'Senk die Hüfte, bis du tief im Gesäß des vorderen Beins eine Dehnung spürst.',
          'Halt das Becken gerade und stütz dich auf Hände oder Unterarme.',
          'Melden sich Knie oder Rücken, geh zurück zur Variante im Liegen.',
        ],
      },
      singleLegBridge: {
        name: 'Beckenheben auf einem Bein',
        setup:
          'Leg dich auf den Rücken, Knie gebeugt, Füße flach. Streck ein Bein aus und halt es in der Luft, auf Höhe des anderen Oberschenkels.',
        steps: [
          'Drück dich über die Ferse am Boden hoch und heb das Becken, ohne dass es zur Seite kippt.',
          'Oben halten, dann kontrolliert absenken.',
          'Jedes Bein bekommt seinen eigenen Satz.',
        ],
      },
      bandedClamshell: {
        name: 'Muschel mit Band',
        setup:
          'Leg dich auf die Seite, Hüften und Knie gebeugt, die Fersen zusammen. Leg ein leichtes Miniband knapp über die Knie. Kein Band da? Dann mach es langsamer und halte oben länger.',
        steps: [
          'Die Fersen bleiben zusammen, und du öffnest das obere Knie gegen den Zug des Bandes.',
          'Geh nur so hoch, wie es geht, ohne dass das Becken nach hinten kippt.',
          'Kurz halten, dann langsam absenken.',
        ],
      },
      loadedHinge: {
        name: 'Hip Hinge mit leichtem Gewicht',
        setup:
          'Stell dich aufrecht hin, Füße etwa hüftbreit, Knie locker. Halte mit beiden Händen etwas Leichtes nah am Körper, zum Beispiel eine Kettlebell oder eine volle Einkaufstasche.',
        steps: [
          doorCue,
          'Das Gewicht bleibt nah am Körper und die Brust offen, während du nach vorn kippst.',
          'Stopp, sobald hinten die Oberschenkel arbeiten. Dann spann den Po an und richte dich auf.',
        ],
      },
    },

    parts: {
      mobility: {
        intro: 'Zuerst machen wir deine Hüften beweglich, ganz sanft.',
        why:
          'Langes Sitzen und Autofahren machen die Hüften oft steif. Bewegen sie sich nicht frei, springt beim Bücken oder Gehen gern der untere Rücken ein. Werden sie lockerer, können die Hüften wieder ihren Teil der Arbeit übernehmen.',
      },
      activation: {
        intro: 'Jetzt wecken wir die Muskeln, die deinem Rücken Arbeit abnehmen können.',
        why:
          'Dein Po und deine tiefe Rumpfmuskulatur sind für die schweren Aufgaben gemacht. Kommen sie zu wenig zum Einsatz, springt oft der Rücken ein und wird müde und gereizt. Weckst du sie auf, übernimmt die Hüfte mehr Bewegung, und dein Rumpf hält dich stabil.',
      },
      hinge: {
        intro: 'Letzter Teil: Wir üben den Hip Hinge, also das Beugen aus der Hüfte.',
        why:
          'Beim Bücken kommt die Belastung oft daher, dass der Rücken rund wird. Beim Hip Hinge beugst du dich stattdessen aus der Hüfte. So tragen Po und hintere Oberschenkel mehr Last, und dein Rücken stützt die Bewegung, statt sie anzutreiben.',
      },
    },

    triage: {
      saddleNumbness: {
        ask: 'Hast du ein Taubheitsgefühl oder Kribbeln im Genitalbereich, am Po oder an den Innenseiten der Oberschenkel?',
        rephrase:
          'Fühlt sich die Haut im Intimbereich, am Po oder innen an den Oberschenkeln taub an, oder kribbelt sie? Bitte sag ja oder nein.',
      },
      bladderBowel: {
        ask: 'Hast du seit Kurzem Probleme beim Wasserlassen, oder kannst du Blase oder Darm nicht mehr richtig kontrollieren?',
        rephrase:
          'Fällt dir das Wasserlassen neuerdings schwer, oder ist dir Urin oder Stuhl abgegangen, ohne dass du es halten konntest? Bitte sag ja oder nein.',
      },
      legWeakness: {
        ask: 'Hast du Schwäche, Taubheit oder Kribbeln in beiden Beinen, werden deine Beine immer schwächer, oder fällt dir das Gehen schwer?',
        rephrase:
          'Sind beide Beine schwach, taub oder kribbelig, lässt die Kraft in den Beinen nach, oder wird das Gehen mühsam? Bitte sag ja oder nein.',
      },
      traumaOrChestPain: {
        ask: 'Haben die Schmerzen nach einem Sturz, einem Autounfall oder einem anderen schweren Unfall angefangen, oder hast du Schmerzen in der Brust?',
        rephrase:
          'Kamen die Schmerzen nach einem Sturz oder Unfall, oder tut dir die Brust weh? Bitte sag ja oder nein.',
      },
      feverUnwell: {
        ask: 'Hast du zu den Rückenschmerzen auch Fieber oder Schüttelfrost, oder fühlst du dich allgemein krank?',
        rephrase: 'Bist du fiebrig, hast du Schüttelfrost, oder fühlst du dich insgesamt krank? Bitte sag ja oder nein.',
      },
      weightLoss: {
        ask: 'Hast du abgenommen, ohne es zu wollen?',
        rephrase: 'Hast du in letzter Zeit ungewollt Gewicht verloren? Bitte sag ja oder nein.',
      },
      constantNightPain: {
        ask: 'Sind die Schmerzen ständig da, nachts schlimmer, und werden sie weder in Ruhe noch durch eine andere Position besser?',
        rephrase:
          'Hören die Schmerzen nie auf, auch nicht in Ruhe oder wenn du die Position wechselst, und sind sie nachts schlimmer? Bitte sag ja oder nein.',
      },
      fractureOrDrugs: {
        ask: 'Trifft eins davon auf dich zu: Osteoporose oder Kortisontabletten über längere Zeit, und dazu kürzlich ein Sturz oder Stoß? Oder spritzt du Drogen?',
        rephrase:
          'Stimmt eins davon? Schwache Knochen oder Kortisontabletten über längere Zeit, und dazu kürzlich ein Sturz oder Stoß. Oder du spritzt Drogen. Bitte sag ja oder nein.',
      },
      cancerHistory: {
        ask: 'Hattest du jemals Krebs?',
        rephrase: 'Warst du früher schon einmal an Krebs erkrankt? Bitte sag ja oder nein.',
      },
      weakImmune: {
        ask: 'Ist dein Immunsystem geschwächt, zum Beispiel durch Medikamente oder eine Behandlung?',
        rephrase: 'Hast du ein schwaches Immunsystem, etwa wegen einer Therapie oder dauerhafter Medikamente? Bitte sag ja oder nein.',
      },
      longOrRecurring: {
        ask: 'Hast du diese Schmerzen schon länger als zwei Wochen, oder kommen sie immer wieder, zum Beispiel nach dem Heben oder Sitzen?',
        rephrase: 'Hält der Schmerz schon über zwei Wochen an, oder kehrt er immer wieder zurück? Bitte sag ja oder nein.',
      },
      stiffness: {
        ask: 'Hast du morgens eine Steifheit, die nicht nachlässt, oder eine Verspannung, bei der Dehnen nicht hilft?',
        rephrase:
          'Wachst du jeden Morgen steif auf, und es lässt nicht nach, oder bleibst du verspannt, auch wenn du dehnst? Bitte sag ja oder nein.',
      },
      oneLegNumbness: {
        ask: 'Hast du Taubheit oder Kribbeln in einem Bein?',
        rephrase: 'Ist eins deiner Beine taub, oder kribbelt es? Bitte sag ja oder nein.',
      },
    },

    patterns: {
      sitting: {
        ack: 'Langes Sitzen und Autofahren machen die Hüfte vorne oft steif. Deshalb öffnen wir zuerst deine Hüftbeuger.',
      },
      bending: {
        ack: 'Wenn Bücken und Heben die Schmerzen auslösen, lohnt es sich für dich besonders, das Beugen aus der Hüfte zu üben.',
      },
      morning: {
        ack: 'Morgens ist man oft steif. Deshalb starten wir mit dem sanften Flow.',
      },
      workout: {
        ack: 'Wenn es beim Training losgeht, führt das Beckenheben die Po-Übungen an, mit einem Satz extra.',
      },
      stress: {
        ack: 'Eine stressige Woche zeigt sich oft als Anspannung. Wir beginnen mit ruhigem Atmen und ziehen den Dead Bug vor.',
      },
      varies: {
        ack: 'Das geht vielen so. Heute bleiben wir beim ausgewogenen Programm.',
      },
    },
  };
}
