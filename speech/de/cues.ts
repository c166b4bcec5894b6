// Deutsche Vorlagen für jeden Cue. Kurze Sätze, eine Idee pro Satz, zum Hören
// geschrieben, in der Du-Form deutscher Fitness-Apps. Wir coachen und zeigen,
// wo es Hilfe gibt; wir stellen keine Diagnose und versprechen keine Heilung.
// Häufige Zeilen gibt es in mehreren Varianten.
//
// Zahlen am Satzende stehen in <say-as interpret-as="cardinal">: "Satz 2."
// würde sonst als Ordinalzahl ("zweite") gelesen. Die Skala steht in Ziffern
// mitten im Satz ("von 0 bis 10": das Wort für 0 prüfen die Tests als Leerstelle);
// andere feste Zahlen ("Woche eins", "sechzehn") sind ausgeschrieben.
//
// Übungsnamen werden nur im Nominativ mit Artikel verwendet ("Jetzt kommt der
// Dead Bug", "Okay, die Muschel fällt heute aus"), so reicht eine kleine
// Artikeltabelle, und kein Satz braucht Akkusativ oder Dativ eines Namens.
import type { ExerciseId, VariationId } from '../../src/flow/content/exercises';
import type { ContentWords, LocaleFacts, SpeechPack } from '../types';

const brk = (seconds: number) => `<break time="${seconds}s"/>`;
/** A number read as a cardinal, also at the end of a sentence. */
const card = (n: number) => `<say-as interpret-as="cardinal">${n}</say-as>`;
const TIMES = ['', 'einmal', 'zweimal', 'dreimal', 'viermal', 'fünfmal', 'sechsmal'];
const times = (n: number) => TIMES[n] ?? `${n}-mal`;
/** "ein Tag" / "3 Tage": the singular is a word, since "1 Tag" reads as "eins Tag". */
const count = (n: number, one: string, many: string) => (n === 1 ? one : `${card(n)} ${many}`);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The nominative article of each name in content.ts (keep the two together). */
const ARTICLE: Record<ExerciseId | Exclude<VariationId, 'standard'>, 'der' | 'die' | 'das'> = {
  ninetyNinety: 'die',
  couchStretch: 'der',
  pigeon: 'die',
  hipFlexorFlow: 'der',
  gluteBridge: 'das',
  clamshell: 'die',
  bandedAbduction: 'das',
  deadBug: 'der',
  hipHinge: 'der',
  wallTap: 'die',
  fullPigeon: 'die',
  singleLegBridge: 'das',
  bandedClamshell: 'die',
  loadedHinge: 'der',
};

export function germanCues(f: LocaleFacts, w: ContentWords): SpeechPack {
  const ex = w.exercises;
  /** "das Beckenheben", "die Taube": the name with its article, for the exercise or its variation. */
  const the = (exercise: ExerciseId, variation: VariationId = 'standard') =>
    variation === 'standard'
      ? `${ARTICLE[exercise]} ${ex[exercise].name}`
      : `${ARTICLE[variation]} ${w.variations[variation].name}`;
  const emergencyNumber = f.emergencyNumber
    ? `<say-as interpret-as="digits">${f.emergencyNumber}</say-as>` + (f.alsoEmergencyNumber ? ` oder <say-as interpret-as="digits">${f.alsoEmergencyNumber}</say-as>` : '')
    : 'die örtliche Notrufnummer';
  // The family doctor is a practice (feminine) in every German facts entry: "deine Hausarztpraxis".
  const practice = `deine ${f.doctor}`;
  const inPractice = `in deiner ${f.doctor}`;
  const yesNo = 'Bitte sag ja oder nein.';
  const routineOptions = 'Du kannst sagen: Pause, wiederholen, überspringen, zurück, wie geht das, warum hilft das, oder es tut weh.';
  const legNerve = 'breiten sich die Beschwerden im Bein weiter aus, oder werden sie stärker';

  return {
    // ---------- Opening ----------
    welcomeNew: {
      say:
        `Willkommen bei Hip Coach. Ich begleite dich durch kurze tägliche Routinen, damit deine Hüften ihren Teil der Arbeit übernehmen und dein Rücken weniger tun muss. ` +
        `Vorab kurz: Das ist eine allgemeine Anleitung zum Training und ersetzt keinen ärztlichen Rat. Im Notfall ruf ${emergencyNumber} an.`,
    },
    askAge: {
      say: (p) => (p.retry ? `Ich brauche nur ein Ja oder ein Nein. Bist du sechzehn oder älter?` : `Bist du sechzehn oder älter?`),
      reprompt: `Bist du sechzehn oder älter? ${yesNo}`,
    },
    underage: {
      say: `Danke für deine Ehrlichkeit. Hip Coach ist für Menschen ab sechzehn gedacht. Bitte sprich mit deinen Eltern, und lass deinen Rücken ${inPractice} oder in der Physiotherapie anschauen. Pass gut auf dich auf.`,
    },
    welcomeBack: {
      say: (p) => [
        `Willkommen zurück. Das ist Woche ${p.week}, Einheit ${card(p.session)}.`,
        `Schön, dass du wieder da bist. Woche ${p.week}, Einheit ${card(p.session)}.`,
        `Hallo, da bist du ja wieder. Wir sind in Woche ${p.week}, Einheit ${card(p.session)}.`,
      ],
    },
    newWeek: { say: (p) => `Die Einheiten der letzten Woche sind geschafft, heute startest du in Woche ${card(p.week)}.` },
    streak: { say: (p) => `Schon ${count(p.days, 'ein Tag', 'Tage')} in Folge. Super, wie du dranbleibst.` },
    painTrend: {
      say: (p) =>
        p.direction === 'down'
          ? `Deine Schmerzen nach den Einheiten sind diese Woche von ${p.from} auf ${p.to} gesunken.`
          : p.direction === 'up'
            ? `Deine Schmerzen nach den Einheiten sind diese Woche von ${p.from} auf ${p.to} gestiegen. Mach heute langsam, und wenn sie weiter steigen, lass dich ${inPractice} oder in der Physiotherapie beraten.`
            : `Deine Schmerzen nach den Einheiten sind diese Woche etwa gleich geblieben.`,
    },
    askRecheck: {
      say: (p) =>
        p.retry
          ? `Ich frage noch mal. Gab es seit dem letzten Mal Taubheit im Intimbereich oder am Po, Veränderungen bei Blase oder Darm, schwache Beine oder Probleme beim Gehen, einen Sturz, Brustschmerzen, oder sonst etwas Neues oder Schlimmeres? ${yesNo}`
          : `Kurzer Sicherheitscheck. Hattest du seit dem letzten Mal Taubheit oder Kribbeln im Intimbereich oder am Po, Veränderungen bei Blase oder Darm, Schwäche in den Beinen oder Probleme beim Gehen, einen Sturz oder Unfall, Schmerzen in der Brust, oder ist sonst etwas neu oder schlimmer?`,
      reprompt: `Ist seit dem letzten Mal etwas neu oder schlimmer geworden, etwa Taubheit, Schwäche, Veränderungen bei Blase oder Darm, ein Sturz oder Brustschmerzen? ${yesNo}`,
    },
    recheckAllClear: { say: [`Danke. Nichts Neues, dann legen wir los.`, `Gut. Dann fangen wir an.`, `Danke. Weiter geht’s.`] },
    fullTriageAgain: { say: `Danke, dass du es mir sagst. Dann gehen wir den ganzen Sicherheitscheck durch, eine Frage nach der anderen.` },

    // ---------- Triage ----------
    triageIntro: {
      say: `Zuerst ein paar kurze Sicherheitsfragen. Antworte einfach mit ja oder nein. Wenn du unsicher bist, sag: weiß ich nicht.`,
    },
    askTriage: {
      say: (p) => (p.retry ? w.triage[p.question].rephrase : w.triage[p.question].ask),
      reprompt: (p) => w.triage[p.question].rephrase,
    },
    askClearance: {
      say: (p) =>
        p.retry
          ? `Hat sich ein Arzt oder eine Ärztin deine Rückenschmerzen seitdem angesehen und gesagt, dass Training in Ordnung ist? ${yesNo}`
          : p.item === 'cancer'
            ? `Danke. Hat seitdem ein Arzt oder eine Ärztin deine Rückenschmerzen untersucht und dir Training erlaubt?`
            : `Danke. Hat ein Arzt oder eine Ärztin deine Rückenschmerzen untersucht, seit dein Immunsystem geschwächt ist, und dir Training erlaubt?`,
      reprompt: `Hat ein Arzt oder eine Ärztin deinen Rücken untersucht und Training erlaubt? ${yesNo}`,
    },
    clearedAdvice: {
      say: `Gut. Dann halte dich an den ärztlichen Rat, und hör sofort auf, wenn etwas Neues auftritt oder schlimmer wird.`,
    },
    countedAsYes: { say: `Das habe ich nicht verstanden. Sicherheitshalber zähle ich es als Ja.` },
    needSafetyAnswer: { say: `Diese Frage ist wichtig für deine Sicherheit. Ich brauche eine Antwort, bevor wir weitermachen.` },
    outcomeEmergency: {
      say:
        `Bitte hör hier auf. Was du beschreibst, muss sofort ärztlich abgeklärt werden. ` +
        `Ruf jetzt ${emergencyNumber} an, oder lass dich in ${f.emergencyPlace} bringen. ` +
        `Mach heute keine Übungen. Ich beende jetzt unser Gespräch, damit du dir Hilfe holen kannst.`,
    },
    outcomeUrgent: {
      say:
        `Danke. Nach dieser Antwort ist es am sichersten, heute noch mit einem Arzt oder einer Ärztin zu sprechen. ` +
        `Ruf bitte jetzt ${practice} an, außerhalb der Sprechzeiten den ärztlichen Bereitschaftsdienst. Lass das Training weg, bis dich jemand untersucht hat. ` +
        `Wenn es schnell schlimmer wird, ruf ${emergencyNumber} an. Für heute höre ich hier auf.`,
    },
    outcomeSeePhysio: {
      say: (p) =>
        `Danke. Was du mir erzählt hast, lässt du am besten einmal in der Physiotherapie untersuchen. Dort schaut man sich das ganze Bild an. ` +
        `Bis dahin machen wir die heutige Routine in einer Intensität, die zu deinen Schmerzen passt.` +
        (p.nerve ? ` Wegen der Beschwerden im Bein halte ich die Dehnungen sanft und lasse Gewichte weg.` : ''),
    },
    outcomeHighPain: {
      say:
        `Das sind starke Schmerzen, deshalb heute keine Übungen. ` +
        `Lockeres Gehen und öfter die Position wechseln tun oft gut. ` +
        `Wird es in den nächsten Tagen nicht besser oder sogar schlimmer, geh in deine ${f.doctor} oder in die Physiotherapie. ` +
        `Komm morgen wieder, dann schauen wir, wie es dir geht.`,
    },
    askPainNow: {
      say: (p) =>
        p.retry
          ? `Bitte nenn mir eine Zahl zwischen 0 und 10: 0 heißt keine Schmerzen, 10 die schlimmsten, die du dir vorstellen kannst.`
          : `Auf einer Skala von 0 bis 10: 0 heißt keine Schmerzen, 10 die schlimmsten, die du dir vorstellen kannst. Wie stark sind deine Rückenschmerzen gerade?`,
      reprompt: `Wie stark sind deine Schmerzen gerade, von 0 bis 10?`,
    },
    painOutOfRange: { say: `Die Skala geht nur von 0 bis ${card(10)}.` },
    askBelowKnee: {
      say: (p) =>
        p.retry
          ? `Zieht der Schmerz bis unter das Knie, oder ist ein Bein taub oder kribbelt es? ${yesNo}`
          : `Strahlt der Schmerz ins Bein aus, bis unter das Knie, oder hast du Taubheit oder Kribbeln in einem Bein?`,
      reprompt: `Zieht der Schmerz bis unters Knie, oder ist ein Bein taub oder kribbelig? ${yesNo}`,
    },
    askPattern: {
      say: (p) =>
        p.retry
          ? `Wann stört dich dein Rücken am meisten? Nach dem Sitzen, beim Bücken oder Heben, morgens, beim Training, oder nach einer stressigen Woche. Oder sag: ist unterschiedlich.`
          : `Letzte Frage. Wann treten deine Schmerzen meistens auf? Nach dem Sitzen oder Autofahren, beim Bücken oder Heben, morgens direkt nach dem Aufstehen, beim Training, oder nach einer stressigen Woche?`,
      reprompt: `Wann tut es meistens weh? Nach dem Sitzen, beim Bücken, morgens, beim Training oder nach Stress? Oder sag: ist unterschiedlich.`,
    },
    patternAck: { say: (p) => w.patterns[p.pattern].ack },

    // ---------- Routine set-up ----------
    routinePreview: {
      say: (p) => {
        const kind = p.length === 'quick' ? 'eine kurze Einheit' : p.length === 'full' ? 'die komplette Routine' : 'die heutige Einheit';
        const minutes = p.minutes === undefined ? '' : `, etwa ${p.minutes} Minuten`;
        return (
          `Hier ist ${kind} für Woche ${p.week}: ${count(p.exercises, 'eine Übung', 'Übungen')}${minutes}, für Hüften, Po und den Hip Hinge.` +
          (p.gentle ? ` Heute machen wir es sanfter: weniger Wiederholungen, kürzere Haltezeiten.` : '') +
          (p.offerLengths ? ` Wenig Zeit? Sag: kurze Einheit. Oder sag: komplette Routine, für alle zehn Übungen.` : '')
        );
      },
    },
    breathing: {
      say: `Bevor wir loslegen, drei langsame Atemzüge. Atme durch die Nase ein ${brk(4)} und durch den Mund aus ${brk(5)} Ein ${brk(4)} und aus ${brk(5)} Noch einmal. Ein ${brk(4)} und aus ${brk(5)} Gut.`,
    },
    stopRules: {
      say: (p) => {
        const leg = p.nerve ? 'wenn sich die Beschwerden im Bein weiter ausbreiten oder stärker werden' : 'wenn er ins Bein ausstrahlt';
        const limit = p.relative ? `oder wenn er über ${p.limit} steigt, deinen Startwert von heute` : `oder wenn er über ${p.limit} von 10 steigt`;
        return (
          `Eine Sicherheitsregel für die ganze Einheit: Hör auf, wenn der Schmerz stechend wird, ${leg}, ${limit}. ` +
          `Leichte Beschwerden bis etwa 3, die innerhalb eines Tages abklingen, sind in Ordnung. Sag jederzeit: es tut weh.`
        );
      },
    },

    // ---------- Narration ----------
    partIntro: { say: (p) => w.parts[p.part].intro },
    exerciseIntro: {
      say: (p) => {
        const words = ex[p.exercise];
        const variation = p.variation === 'standard' ? null : w.variations[p.variation];
        const name = the(p.exercise, p.variation);
        const side = p.alternating ? ' pro Seite, abwechselnd' : p.perSide ? ' pro Seite' : '';
        const dose =
          p.reps !== undefined
            ? `${p.sets === 1 ? '' : `${p.sets} Sätze mit je `}${p.reps} Wiederholungen${side}`
            : `${p.holdSeconds} Sekunden${side}${p.sets === 1 ? '' : `, ${times(p.sets)}`}`;
        if (p.short) {
          return p.first
            ? [`Als Erstes: ${name}, ${dose}.`, `Den Anfang macht ${name}: ${dose}.`, `Zum Start ${name}: ${dose}.`]
            : [`Als Nächstes: ${name}, ${dose}.`, `Jetzt kommt ${name}: ${dose}.`, `Nun ist ${name} dran: ${dose}.`, `Und jetzt ${name}: ${dose}.`];
        }
        const setup = variation ? variation.setup : words.setup;
        const steps = (variation ? variation.steps : words.steps).join(' ');
        const lead = p.first
          ? [`Als Erstes: ${name}.`, `Den Anfang macht ${name}.`, `Zum Start: ${name}.`]
          : [`Als Nächstes: ${name}.`, `Jetzt kommt ${name}.`, `Weiter geht’s, jetzt ist ${name} dran.`];
        return lead.map((l) => `${l} ${setup} ${steps} Wir machen ${dose}.`);
      },
    },
    inPositionPrompt: {
      say: (p) =>
        p.first
          ? [`Geh in Position und sag weiter, wenn du bereit bist.`, `Nimm dir Zeit für die Position, dann sag weiter.`, `Wenn du in Position bist, sag weiter.`]
          : [`Sag weiter, wenn du so weit bist.`, `Richte dich ein, dann sag weiter.`, `Sag weiter, wenn du in Position bist.`, `Bereit? Sag weiter.`],
      reprompt: `Sag weiter, wenn du in Position bist, oder frag: wie geht das?`,
    },
    mark: { say: '' },
    setStart: { say: (p) => [`Satz ${p.set} von ${card(p.sets)}.`, `Hier kommt Satz ${card(p.set)}.`, `Satz ${card(p.set)}.`] },
    side: { say: (p) => (p.side === 'left' ? [`Zuerst die linke Seite.`, `Fang links an.`, `Linke Seite.`] : [`Jetzt die rechte Seite.`, `Rechte Seite.`, `Und rüber nach rechts.`]) },
    switchSides: { say: [`Seite wechseln.`, `Jetzt auf die andere Seite.`, `Seitenwechsel, ganz in Ruhe.`, `Lös dich langsam und richte dich auf der anderen Seite ein.`] },
    go: { say: [`Bereit, und los.`, `Los geht’s.`, `Und los.`, `Auf geht’s.`] },
    rep: {
      say: (p) =>
        p.n === p.total
          ? [`${card(p.n)}. Und locker lassen.`, `${card(p.n)}. Das war der Satz.`, `${card(p.n)}. Und Pause.`, `${card(p.n)}. Schön gemacht.`]
          : `${card(p.n)}.`,
    },
    holdRep: {
      say: (p) => {
        const done = p.n === p.total ? `${card(p.n)}. Das war der Satz.` : `${card(p.n)}.`;
        return `Hoch ${brk(1)} halten ${brk(Math.max(1, Math.min(10, p.hold)))} und runter ${brk(1)} ${done}`;
      },
    },
    limbs: {
      say: (p) =>
        p.arm === 'right'
          ? [`Rechter Arm und linkes Bein.`, `Rechter Arm, linkes Bein.`, `Streck den rechten Arm und das linke Bein.`]
          : [`Linker Arm und rechtes Bein.`, `Linker Arm, rechtes Bein.`, `Streck den linken Arm und das rechte Bein.`],
    },
    holdStart: { say: (p) => [`Halte ${p.seconds} Sekunden. Atme ruhig.`, `Bleib ${p.seconds} Sekunden so.`, `Halte die Position, ${p.seconds} Sekunden.`] },
    holdLeft: { say: (p) => [`Noch ${p.seconds} Sekunden.`, `${p.seconds} Sekunden noch.`, `Bleib dran, noch ${p.seconds} Sekunden.`] },
    countdown: { say: `Fünf ${brk(1)} vier ${brk(1)} drei ${brk(1)} zwei ${brk(1)} eins.` },
    holdEnd: { say: [`Und lösen.`, `Und langsam raus aus der Position.`, `Und loslassen.`] },
    formCue: { say: (p) => ex[p.exercise].formCues[p.index % ex[p.exercise].formCues.length] ?? '' },
    pause: { say: (p) => brk(Math.min(10, Math.max(1, p.seconds))) },
    setDone: { say: (p) => [`Satz ${card(p.set)} geschafft.`, `Satz ${p.set}, erledigt.`, `Gut, das war Satz ${card(p.set)}.`, `Stark. Satz ${p.set} ist durch.`] },
    rest: { say: (p) => [`${p.seconds} Sekunden Pause.`, `Gönn dir ${p.seconds} Sekunden Pause.`, `Atme durch und ruh dich aus, ${p.seconds} Sekunden.`] },
    restLeft: { say: (p) => [`Noch ${p.seconds} Sekunden.`, `${p.seconds} Sekunden noch.`, `Fast geschafft, noch ${p.seconds} Sekunden.`] },
    exerciseDone: {
      say: (p) => [
        `Gut gemacht. Haken dran: ${ex[p.exercise].donePhrase}.`,
        `Stark, geschafft: ${ex[p.exercise].donePhrase}.`,
        `Sauber. ${cap(ex[p.exercise].donePhrase)}: erledigt.`,
      ],
    },
    routineDone: { say: `Das war die Routine für heute. Schön, dass du dir die Zeit für deinen Rücken genommen hast.` },
    finishedEarly: { say: `Okay, dann hören wir für heute hier auf. Aufzuhören, wenn etwas wehtut, ist genau richtig.` },
    skipped: { say: (p) => [`Okay, ${the(p.exercise)} fällt heute aus.`, `Alles klar, heute ohne diese Übung.`, `Kein Problem, die überspringen wir.`] },
    atFirst: { say: `Das ist die erste Übung, also noch einmal von vorn.` },
    paused: {
      say: (p) =>
        p.exercise && p.set
          ? `Pausiert. Wenn du so weit bist, sag fortsetzen, und wir machen am Anfang von Satz ${card(p.set)} weiter.`
          : `Pausiert. Nimm dir die Zeit, die du brauchst. Sag fortsetzen, wenn du bereit bist.`,
      reprompt: `Sag fortsetzen, um weiterzumachen, oder stopp, um für heute aufzuhören.`,
    },
    resumeSet: { say: (p) => (p.sets > 1 ? `Okay, weiter mit Satz ${card(p.set)}.` : `Okay, den Satz noch mal von vorn.`) },

    // ---------- Questions during the routine ----------
    howTo: {
      say: (p) => {
        const words = ex[p.exercise];
        const variation = p.variation === 'standard' ? null : w.variations[p.variation];
        const setup = variation ? variation.setup : words.setup;
        const steps = (variation ? variation.steps : words.steps).join(' ');
        // Setup, the movement, two cues and the most common slip: enough to hear in one go.
        return `So geht ${the(p.exercise, p.variation)}: ${setup} ${steps} Achte darauf: ${words.formCues.slice(0, 2).join(' ')} ${words.mistakes[0] ?? ''}`;
      },
    },
    howToLater: { say: `Ich erkläre dir jede Übung, sobald wir dort sind. Während der Routine kannst du jederzeit fragen: wie geht das?` },
    why: { say: (p) => (p.exercise ? `${ex[p.exercise].reason} ${w.parts[p.part].why}` : w.parts[p.part].why) },
    whyGeneral: {
      say:
        `Wenn deine Hüften steif sind oder dein Po kaum mitarbeitet, übernimmt oft der untere Rücken ihre Arbeit. ` +
        `Diese Routine macht die Hüften beweglich, weckt den Po und übt das Beugen aus der Hüfte, damit sich die Last besser verteilt. ` +
        `Viele merken innerhalb weniger Wochen einen Unterschied.`,
    },
    askSharp: {
      say: (p) =>
        p.retry
          ? `Ist der Schmerz stechend, oder ${p.nerve ? legNerve : 'zieht er ins Bein'}? ${yesNo}`
          : `Wir stoppen diesen Satz. Ist der Schmerz stechend, oder ${p.nerve ? legNerve : 'strahlt er ins Bein aus'}?`,
      reprompt: `Ist es stechend, oder zieht es ins Bein? ${yesNo}`,
    },
    sharpStop: {
      say:
        `Dann ist für heute Schluss mit den Übungen. Ruh dich aus und beweg dich sanft, so wie es sich gut anfühlt. ` +
        `Wenn es nicht innerhalb von ein bis zwei Tagen abklingt, geh in die Physiotherapie oder in deine ${f.doctor}. Bemerkst du Taubheit im Intimbereich, Schwäche in den Beinen oder Veränderungen bei Blase oder Darm, ruf ${emergencyNumber} an.`,
    },
    askHurtsChoice: {
      say: (p) => {
        if (p.exercise) {
          const name = the(p.exercise);
          return p.retry
            ? `Sag überspringen, wenn ${name} heute ausfallen soll, weitermachen, um es sanft zu versuchen, oder stopp, um für heute aufzuhören.`
            : `Okay, leichte Beschwerden. Als Nächstes wäre ${name} dran. Willst du die Übung überspringen, sie vorsichtig machen, oder für heute aufhören?`;
        }
        const carry = p.nextSet ? 'vorsichtig mit dem nächsten Satz weitermachen' : 'vorsichtig mit der nächsten Übung weitermachen';
        return p.retry
          ? `Sag überspringen, um diese Übung auszulassen, weitermachen, um ${p.nextSet ? 'den nächsten Satz zu machen' : 'zur nächsten Übung zu gehen'}, oder stopp, um für heute aufzuhören.`
          : `Okay, leichte Beschwerden. Willst du diese Übung überspringen, ${carry}, oder für heute aufhören?`;
      },
      reprompt: `Sag überspringen, weitermachen, oder stopp für heute.`,
    },
    hurtsBeforeExercise: {
      say: `Tut mir leid, dass es wehtut. Beantworte die Fragen, so gut du kannst. Sind die Schmerzen höher, halte ich die Routine heute sanft.`,
    },
    painNoted: {
      say: (p) => `Danke, dass du es sagst. ${p.value} von 10 liegt innerhalb der heutigen Grenze von ${card(p.limit)}, solange es nicht stechend ist und nicht ins Bein ausstrahlt.`,
    },
    painTooHigh: { say: (p) => `Das ist über ${p.limit} von 10, der Grenze für heute. Das ist unser Zeichen aufzuhören.` },
    confirmSafety: {
      say: (p) => {
        const question = {
          saddle: `Meinst du Taubheit oder Kribbeln im Intimbereich, am Po oder an den Innenseiten der Oberschenkel?`,
          bladderBowel: `Meinst du ein neues Problem beim Wasserlassen, oder dass du Blase oder Darm nicht kontrollieren kannst?`,
          legs: `Ist das Taubheit oder Schwäche in beiden Beinen, oder im Intimbereich oder am Po?`,
          fall: `Bist du gestürzt, oder hast du dir den Rücken bei einem Unfall verletzt?`,
          chest: `Hast du gerade Schmerzen in der Brust oder Atemnot?`,
        }[p.topic];
        return p.retry ? `${question} ${yesNo}` : `Ich möchte sichergehen, dass ich dich richtig verstanden habe. ${question}`;
      },
      reprompt: `${yesNo}`,
    },
    reportPainHint: { say: [`Wenn etwas wehtut, sag einfach: es tut weh.`, `Tut etwas weh, sag es tut weh, und wir stoppen.`, `Du kannst jederzeit sagen: es tut weh.`] },
    help: {
      say: (p) =>
        ({
          age: `Ich frage nach deinem Alter, weil Hip Coach für Menschen ab sechzehn gedacht ist.`,
          triage: `Mit diesen Fragen prüfen wir, ob Training heute sicher für dich ist. Ja, nein oder weiß ich nicht sind alles gute Antworten.`,
          painScale: `Gib deinen Schmerzen eine Zahl zwischen 0 und 10: 0 heißt keine Schmerzen, 10 die schlimmsten, die du dir vorstellen kannst.`,
          pattern: `Sag mir, wann deine Schmerzen meistens auftreten, dann passe ich die Routine an. Oder sag: ist unterschiedlich.`,
          ready: `Ich erkläre dir jede Übung und zähle jeden Satz für dich mit. Sag weiter, sobald du in Position bist. ${routineOptions}`,
          routine: `Ich zähle jede Übung durch alle Sätze und Pausen und bereite dann die nächste vor. Sag weiter, sobald du in Position bist. ${routineOptions} Sag stopp, um aufzuhören.`,
          hurts: `Sag mir, ob der Schmerz stechend ist oder ins Bein ausstrahlt. Dann weiß ich, ob wir für heute aufhören.`,
          closing: `Wir sind gleich fertig.`,
          confirm: `Antworte einfach mit ja oder nein.`,
        })[p.topic],
    },
    notUnderstood: { say: [`Entschuldige, das habe ich nicht verstanden.`, `Das habe ich akustisch leider nicht verstanden.`, `Das habe ich nicht ganz mitbekommen.`] },
    keepGoingPrompt: {
      say: [`Sag weiter, um weiterzumachen.`, `Sag weiter, wenn du wieder einsteigen willst.`, `Sobald du bereit bist, sag weiter.`],
      reprompt: `Sag weiter, um weiterzumachen. ${routineOptions}`,
    },

    // ---------- Closing ----------
    askPainAfter: {
      say: (p) => (p.retry ? `Bitte nur eine Zahl von 0 bis 10: Wie stark sind deine Schmerzen jetzt?` : `Bevor du gehst: Wie stark sind deine Rückenschmerzen jetzt, von 0 bis 10?`),
      reprompt: `Wie stark sind deine Schmerzen jetzt, von 0 bis 10?`,
    },
    painAfter: {
      say: (p) =>
        p.after < p.before
          ? `Du hast bei ${p.before} angefangen und bist jetzt bei ${card(p.after)}. Schön zu hören.`
          : p.after === p.before
            ? `Du bist bei ${p.after}, genauso wie am Anfang.`
            : `Du hast bei ${p.before} angefangen und bist jetzt bei ${card(p.after)}.`,
    },
    painAfterHigh: {
      say: `Weil deine Schmerzen höher sind, mach für den Rest des Tages langsam. Ist es morgen immer noch schlimmer, lass dich vor der nächsten Einheit ${inPractice} oder in der Physiotherapie beraten.`,
    },
    sessionCounted: {
      say: (p) => {
        if (!p.counted) return `Diese Einheit zählt nicht für den nächsten Schritt, weil deine Schmerzen danach gestiegen sind. Wir bleiben in Woche ${card(p.week)}.`;
        if (p.daysNeeded > 0) return `Das zählt für Woche ${card(p.week)}. Noch ${count(p.daysNeeded, 'ein Trainingstag', 'Trainingstage')}, dann geht es weiter.`;
        return `Das zählt für Woche ${card(p.week)}. In ${count(p.daysToWait, 'einem Tag', 'Tagen')} geht es in die nächste Woche.`;
      },
    },
    weekUp: { say: (p) => `Damit ist die Woche geschafft. Nächstes Mal geht es mit Woche ${p.week} weiter.` },
    programDone: { say: `Du hast alle sechs Wochen des Programms geschafft. Bau diese Übungen weiter in deinen Alltag ein, dann bleibst du dran.` },
    askPainConsent: {
      say: (p) => (p.retry ? `Soll ich mir deine Schmerzwerte merken, damit ich dir deinen Verlauf zeigen kann? ${yesNo}` : `Ich kann mir deine Schmerzwerte merken und dir deinen Verlauf zeigen. Soll ich das?`),
      reprompt: `Soll ich mir deine Schmerzwerte merken? ${yesNo}`,
    },
    painConsentYes: { say: `Okay, ich behalte deine Werte im Blick. Du kannst jederzeit sagen: lösch meine Daten.` },
    painConsentNo: { say: `Kein Problem, ich speichere sie nicht.` },
    goodbye: { say: [`Bis zum nächsten Mal. Pass gut auf deinen Rücken auf.`, `Starke Arbeit heute. Bis zur nächsten Einheit.`, `Das war’s für heute. Mach’s gut.`] },
    stopGoodbye: {
      say: (p) => (p.savedAt ? `Okay, wir hören hier auf. Beim nächsten Mal ist ${the(p.savedAt)} dran. Bis bald.` : `Okay, bis bald.`),
    },

    // ---------- Progress and data ----------
    progressSummary: {
      say: (p) =>
        `Du bist in Woche ${p.week} von 6, mit ${count(p.sessionsThisWeek, 'einer Einheit', 'Einheiten')} diese Woche und ${p.totalSessions} insgesamt.` +
        (p.streak > 1 ? ` Du bist seit ${p.streak} Tagen am Stück dabei.` : ''),
    },
    progressNone: { say: `Du hast noch keine Einheit abgeschlossen. Sobald du eine geschafft hast, behalte ich deine Wochen und Einheiten im Blick.` },
    confirmStartOver: {
      say: (p) => (p.retry ? `Das Programm noch mal ab Woche eins starten? ${yesNo}` : `Möchtest du das Sechs-Wochen-Programm ab Woche eins neu starten? Deine bisherigen Einheiten werden dann zurückgesetzt.`),
      reprompt: `Ab Woche eins neu starten? ${yesNo}`,
    },
    startOverDone: { say: `Erledigt. Du bist wieder in Woche eins.` },
    startOverKept: { say: `Okay, dein Fortschritt bleibt, wie er ist.` },
    confirmDelete: {
      say: (p) => (p.retry ? `Alles löschen, was ich über dich gespeichert habe? ${yesNo}` : `Soll ich alles löschen, was ich über dich gespeichert habe, auch deinen Fortschritt?`),
      reprompt: `Soll ich deine gespeicherten Daten löschen? ${yesNo}`,
    },
    deleted: { say: `Deine gespeicherten Daten sind gelöscht. Tschüss.` },
    deleteKept: { say: `Okay, deine Daten bleiben gespeichert.` },
  };
}
