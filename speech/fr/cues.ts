// Les phrases du coach, en français, pour chaque cue. Vous, calm and warm;
// short spoken sentences, one idea each, written for France and Quebec alike
// (what differs comes from the locale facts). We coach and point to care; we
// never diagnose. Lines said many times a session come in several variants.
//
// Gender: we do not know who is listening, so no line puts an adjective on
// the listener (prêt, sûr, assis, tombé) and none on the coach (désolé, ravi).
//
// Emergency numbers are said the way people say them: in France "le quinze",
// "le cent douze" (cardinal numbers: read digit by digit they would be "un
// cinq", which nobody says), in Quebec "le neuf un un" (digits, like English).
import type { ContentWords, LocaleFacts, SpeechPack } from '../types';
import { sameDayOf, therapistOf } from './facts';

const brk = (seconds: number) => `<break time="${seconds}s"/>`;
/** "une fois", "deux fois", "3 fois". */
const fois = (n: number) => (n === 1 ? 'une fois' : n === 2 ? 'deux fois' : `${n} fois`);
/** A count with a feminine noun: "une série", "2 séries" (Alexa would read "1 série" as "un série"). */
const countF = (n: number, one: string, many: string) => (n === 1 ? `une ${one}` : `${n} ${many}`);
/** A count with a masculine noun: "un exercice", "5 exercices". */
const countM = (n: number, one: string, many: string) => (n === 1 ? `un ${one}` : `${n} ${many}`);
const secondes = (n: number) => countF(n, 'seconde', 'secondes');
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const spokenNumber = (n: string) =>
  n === '911' ? `<say-as interpret-as="digits">${n}</say-as>` : `<say-as interpret-as="cardinal">${n}</say-as>`;

export function frenchCues(f: LocaleFacts, w: ContentWords): SpeechPack {
  const ex = w.exercises;
  const therapist = therapistOf(f);
  const sameDay = sameDayOf(f);
  const nameOf = (exercise: keyof typeof ex, variation: string) =>
    variation === 'standard' ? ex[exercise].name : w.variations[variation as keyof typeof w.variations].name;
  /** "le 15, ou le 112", "le 911", or no number where the country is unknown. */
  const call = f.emergencyNumber
    ? `le ${spokenNumber(f.emergencyNumber)}${f.alsoEmergencyNumber ? `, ou le ${spokenNumber(f.alsoEmergencyNumber)}` : ''}`
    : 'le numéro d’urgence de votre pays';
  const yesNo = 'Dites oui ou non, s’il vous plaît.';
  const routineOptions =
    'Vous pouvez dire pause, répète, passe, retour, comment on fait, pourquoi cet exercice, ou j’ai mal.';
  const doctor = `votre ${f.doctor}`;

  return {
    // ---------- Ouverture ----------
    welcomeNew: {
      say:
        `Bienvenue dans Hip Coach. Je vais vous guider dans de courtes séances quotidiennes, pour que vos hanches fassent leur part du travail et que votre dos en fasse moins. ` +
        `Un mot d’abord: ce sont des conseils d’exercice généraux, pas un avis médical. En cas d’urgence, appelez ${call}.`,
    },
    askAge: {
      say: (p) => (p.retry ? `J’ai juste besoin d’un oui ou d’un non. Avez-vous 16 ans ou plus?` : `Avez-vous 16 ans ou plus?`),
      reprompt: `Avez-vous 16 ans ou plus? ${yesNo}`,
    },
    underage: {
      say: `Merci pour votre franchise. Hip Coach est conçu pour les personnes de 16 ans et plus. Parlez de votre dos à un parent, et à ${doctor} ou à un ${therapist}. Prenez soin de vous.`,
    },
    welcomeBack: {
      say: (p) => [
        `Bon retour. C’est la semaine ${p.week}, séance ${p.session}.`,
        `Ça fait plaisir de vous retrouver. Semaine ${p.week}, séance ${p.session}.`,
        `Rebonjour. On en est à la semaine ${p.week}, séance ${p.session}.`,
      ],
    },
    newWeek: { say: (p) => `Les séances de la semaine dernière sont faites : aujourd’hui, vous commencez la semaine ${p.week}.` },
    streak: { say: (p) => `Ça fait ${p.days} jours d’affilée. Belle régularité.` },
    painTrend: {
      say: (p) =>
        p.direction === 'down'
          ? `Après vos séances, votre douleur est passée de ${p.from} à ${p.to} cette semaine.`
          : p.direction === 'up'
            ? `Après vos séances, votre douleur est passée de ${p.from} à ${p.to} cette semaine. Allez-y doucement aujourd’hui, et si elle continue de monter, parlez-en à ${doctor} ou à un ${therapist}.`
            : `Après vos séances, votre douleur est restée à peu près stable cette semaine.`,
    },
    askRecheck: {
      say: (p) =>
        p.retry
          ? `Je reformule. Depuis la dernière fois: un engourdissement de l’entrejambe ou des fesses, un changement pour uriner ou aller à la selle, une faiblesse des jambes ou du mal à marcher, une chute, une douleur à la poitrine, ou autre chose de nouveau ou qui s’aggrave? ${yesNo}`
          : `Petite vérification de sécurité. Depuis la dernière fois, avez-vous eu des engourdissements ou des fourmillements autour de l’entrejambe ou des fesses, des changements pour uriner ou aller à la selle, une faiblesse des jambes ou du mal à marcher, une chute ou un accident, une douleur à la poitrine, ou quoi que ce soit de nouveau ou qui s’aggrave?`,
      reprompt: `Depuis la dernière fois, y a-t-il quelque chose de nouveau ou qui s’aggrave, comme un engourdissement, une faiblesse, un changement pour uriner, une chute ou une douleur à la poitrine? ${yesNo}`,
    },
    recheckAllClear: { say: [`Merci. Rien de nouveau, alors on continue.`, `Très bien. On y va.`, `Merci. C’est parti.`] },
    fullTriageAgain: { say: `Merci de me le dire. On refait la vérification de sécurité complète, une question à la fois.` },

    // ---------- Questions de sécurité ----------
    triageIntro: {
      say: `D’abord, quelques questions rapides de sécurité. Répondez simplement par oui ou par non. Dans le doute, dites: je ne sais pas.`,
    },
    askTriage: {
      say: (p) => (p.retry ? w.triage[p.question].rephrase : w.triage[p.question].ask),
      reprompt: (p) => w.triage[p.question].rephrase,
    },
    askClearance: {
      say: (p) =>
        p.retry
          ? `Depuis, un médecin a-t-il examiné votre mal de dos et vous a-t-il dit que l’exercice ne posait pas de problème? ${yesNo}`
          : p.item === 'cancer'
            ? `Merci. Depuis, un médecin a-t-il vérifié votre mal de dos et vous a-t-il dit que vous pouviez faire de l’exercice?`
            : `Merci. Depuis que votre immunité est affaiblie, un médecin a-t-il vérifié votre mal de dos et vous a-t-il dit que vous pouviez faire de l’exercice?`,
      reprompt: `Un médecin a-t-il vérifié votre mal de dos et donné son accord pour l’exercice? ${yesNo}`,
    },
    clearedAdvice: {
      say: `Très bien. Suivez alors les conseils de votre médecin, et arrêtez tout de suite si quelque chose de nouveau apparaît ou s’aggrave.`,
    },
    countedAsYes: { say: `Je n’ai pas bien compris. Par prudence, je vais compter cette réponse comme un oui.` },
    needSafetyAnswer: { say: `Cette question compte pour votre sécurité. J’ai besoin d’une réponse avant d’aller plus loin.` },
    outcomeEmergency: {
      say:
        `Arrêtez-vous ici, s’il vous plaît. Ce que vous décrivez demande un avis médical sans attendre. ` +
        `Appelez tout de suite ${call}. Vous pouvez aussi aller ${f.emergencyPlace}. ` +
        `Ne faites aucun exercice aujourd’hui. Je termine la séance pour que vous puissiez obtenir de l’aide.`,
    },
    outcomeUrgent: {
      say:
        `Merci. Avec cette réponse, le plus sûr est de voir un médecin aujourd’hui même. ` +
        `Contactez dès maintenant ${doctor} ou ${sameDay}, et ne faites pas d’exercice d’ici là. ` +
        `Si ça s’aggrave rapidement, appelez ${call}. J’arrête ici pour aujourd’hui.`,
    },
    outcomeSeePhysio: {
      say: (p) =>
        `Merci. Ce que vous me dites mérite une évaluation par un ${therapist}, qui pourra faire un bilan complet. ` +
        (p.nerve ? `Comme vous avez des symptômes dans la jambe, je garde des étirements doux et je laisse de côté les charges. ` : '') +
        `En attendant, on peut faire la séance du jour à un niveau adapté à votre douleur.`,
    },
    outcomeHighPain: {
      say:
        `C’est une douleur forte, alors pas d’exercices aujourd’hui. ` +
        `Marcher tranquillement et changer de position soulagent souvent. ` +
        `Si ça ne se calme pas dans les prochains jours, ou si ça empire, consultez ${doctor} ou un ${therapist}. ` +
        `Revenez demain, et on refera le point.`,
    },
    askPainNow: {
      say: (p) =>
        p.retry
          ? `Donnez-moi une seule note, de 0 à 10, s’il vous plaît. 0, c’est aucune douleur. 10, la pire imaginable.`
          : `Sur une échelle de 0 à 10, où 0 veut dire aucune douleur et 10 la pire douleur imaginable, à combien évaluez-vous votre mal de dos en ce moment?`,
      reprompt: `Votre douleur en ce moment, de 0 à 10?`,
    },
    painOutOfRange: { say: `L’échelle va seulement de 0 à 10.` },
    askBelowKnee: {
      say: (p) =>
        p.retry
          ? `Votre douleur descend-elle plus bas que le genou, ou avez-vous des engourdissements ou des fourmillements dans une jambe? ${yesNo}`
          : `La douleur descend-elle dans la jambe, plus bas que le genou, ou avez-vous des engourdissements ou des fourmillements dans une jambe?`,
      reprompt: `La douleur descend-elle sous le genou, ou une jambe est-elle engourdie ou fourmille-t-elle? ${yesNo}`,
    },
    askPattern: {
      say: (p) =>
        p.retry
          ? `Quand votre dos vous gêne-t-il le plus? En position assise, quand vous vous penchez ou soulevez quelque chose, le matin, pendant le sport, ou après une semaine stressante. Ou dites: ça dépend.`
          : `Dernière question. En général, quand la douleur apparaît-elle? Après de longues heures en position assise ou en voiture, quand vous vous penchez ou soulevez quelque chose, le matin au réveil, pendant le sport, ou après une semaine stressante?`,
      reprompt: `Quand avez-vous mal, en général? En position assise, en vous penchant, le matin, au sport, ou après du stress? Ou dites: ça dépend.`,
    },
    patternAck: { say: (p) => w.patterns[p.pattern].ack },

    // ---------- Présentation de la séance ----------
    routinePreview: {
      say: (p) => {
        const kind = p.length === 'quick' ? 'une séance rapide' : p.length === 'full' ? 'la séance complète' : 'la séance du jour';
        const minutes = p.minutes === undefined ? '' : `, environ ${p.minutes} minutes`;
        return (
          `Voici ${kind}, semaine ${p.week}: ${countM(p.exercises, 'exercice', 'exercices')}${minutes}. On débloque les hanches, on réveille les fessiers, puis on travaille la charnière de hanche.` +
          (p.gentle ? ` Je l’ai rendue plus douce aujourd’hui, avec moins de répétitions et des maintiens plus courts.` : '') +
          (p.offerLengths ? ` Peu de temps? Dites: une séance rapide. Ou dites: la séance complète, pour les dix exercices.` : '')
        );
      },
    },
    breathing: {
      say: `Avant de bouger, trois respirations lentes. Inspirez par le nez ${brk(4)} et soufflez par la bouche ${brk(5)} Inspirez ${brk(4)} et soufflez ${brk(5)} Encore une. Inspirez ${brk(4)} et soufflez ${brk(5)} Très bien.`,
    },
    stopRules: {
      say: (p) => {
        const leg = p.nerve ? 'si les symptômes dans la jambe s’étendent ou s’aggravent' : 'si elle descend dans une jambe';
        // After the leg clause, "elle" would be the symptoms: name the pain again.
        const it = p.nerve ? 'la douleur' : 'elle';
        const limit = p.relative
          ? `ou si ${it} dépasse ${p.limit}, votre niveau de départ aujourd’hui`
          : `ou si ${it} dépasse ${p.limit} sur 10`;
        return (
          `Une règle de sécurité pour toute la séance: arrêtez si la douleur devient vive, ${leg}, ${limit}. ` +
          `Une gêne légère, jusqu’à environ 3 sur 10, qui se calme en moins d’une journée, c’est acceptable. À tout moment, dites: j’ai mal.`
        );
      },
    },

    // ---------- Narration ----------
    partIntro: { say: (p) => w.parts[p.part].intro },
    exerciseIntro: {
      say: (p) => {
        const words = ex[p.exercise];
        const variation = p.variation === 'standard' ? null : w.variations[p.variation];
        const name = variation ? variation.name : words.name;
        const side = p.alternating ? ' de chaque côté, en alternant' : p.perSide ? ' de chaque côté' : '';
        const dose =
          p.reps !== undefined
            ? `${p.sets === 1 ? countF(p.reps, 'répétition', 'répétitions') : `${p.sets} séries de ${p.reps}`}${side}`
            : `${secondes(p.holdSeconds ?? 0)}${side}${p.sets === 1 ? '' : `, ${fois(p.sets)}`}`;
        if (p.short) {
          return p.first
            ? [`Pour commencer, ${name}: ${dose}.`, `On commence par ${name}: ${dose}.`, `D’abord, ${name}: ${dose}.`]
            : [`Ensuite, ${name}: ${dose}.`, `Maintenant, ${name}: ${dose}.`, `On enchaîne avec ${name}: ${dose}.`, `Au programme maintenant, ${name}: ${dose}.`];
        }
        const setup = variation ? variation.setup : words.setup;
        const steps = (variation ? variation.steps : words.steps).join(' ');
        const lead = p.first
          ? [`Pour commencer: ${name}.`, `On commence par ${name}.`, `D’abord, ${name}.`]
          : [`Exercice suivant: ${name}.`, `Maintenant, ${name}.`, `On enchaîne avec ${name}.`];
        return lead.map((l) => `${l} ${setup} ${steps} On fait ${dose}.`);
      },
    },
    inPositionPrompt: {
      say: (p) =>
        p.first
          ? [`Mettez-vous en position, et dites suivant quand c’est bon.`, `Prenez le temps de vous installer, puis dites suivant.`, `Une fois en position, dites suivant.`]
          : [`Dites suivant quand vous êtes en place.`, `Installez-vous, puis dites suivant.`, `Dites suivant une fois en position.`, `On y va? Dites suivant.`],
      reprompt: `Dites suivant quand vous êtes en position, ou demandez: comment on fait?`,
    },
    mark: { say: '' },
    setStart: { say: (p) => [`Série ${p.set} sur ${p.sets}.`, `Voici la série ${p.set}.`, `Série ${p.set}.`] },
    side: {
      say: (p) =>
        p.side === 'left'
          ? [`D’abord le côté gauche.`, `On commence à gauche.`, `Côté gauche.`]
          : [`Maintenant le côté droit.`, `Côté droit.`, `On passe à droite.`],
    },
    switchSides: {
      say: [`Changez de côté.`, `Passez maintenant de l’autre côté.`, `Changez de côté, sans vous presser.`, `Relâchez, et installez-vous de l’autre côté.`],
    },
    go: { say: [`Et on commence.`, `C’est parti.`, `Allez, on y va.`, `Allez-y.`] },
    rep: {
      say: (p) =>
        p.n === p.total ? [`${p.n}. Et on relâche.`, `${p.n}. Très bien.`, `${p.n}. Et repos.`, `${p.n}. Bien joué.`] : `${p.n}.`,
    },
    holdRep: {
      say: (p) => {
        const count = p.n === p.total ? `${p.n}. Et reposez-vous.` : `${p.n}.`;
        return `Montez ${brk(1)} tenez ${brk(Math.max(1, Math.min(10, p.hold)))} et redescendez ${brk(1)} ${count}`;
      },
    },
    limbs: {
      say: (p) =>
        p.arm === 'right'
          ? [`Bras droit et jambe gauche.`, `Bras droit, jambe gauche.`, `Tendez le bras droit et la jambe gauche.`]
          : [`Bras gauche et jambe droite.`, `Bras gauche, jambe droite.`, `Tendez le bras gauche et la jambe droite.`],
    },
    holdStart: {
      say: (p) => [`Tenez ${secondes(p.seconds)}. Respirez lentement.`, `On tient ${secondes(p.seconds)}.`, `Restez là, ${secondes(p.seconds)}.`],
    },
    holdLeft: { say: (p) => [`Encore ${secondes(p.seconds)}.`, `Plus que ${secondes(p.seconds)}.`, `Il reste ${secondes(p.seconds)}.`] },
    countdown: { say: `5 ${brk(1)} 4 ${brk(1)} 3 ${brk(1)} 2 ${brk(1)} 1.` },
    holdEnd: { say: [`Et relâchez.`, `Et sortez doucement de la position.`, `Et on relâche.`] },
    formCue: { say: (p) => ex[p.exercise].formCues[p.index % ex[p.exercise].formCues.length] ?? '' },
    pause: { say: (p) => brk(Math.min(10, Math.max(1, p.seconds))) },
    setDone: {
      say: (p) => [`Série ${p.set} terminée.`, `Et voilà pour la série ${p.set}.`, `Bien, la série ${p.set} est faite.`, `Bravo. Série ${p.set} finie.`],
    },
    rest: {
      say: (p) => [`Reposez-vous ${secondes(p.seconds)}.`, `Prenez ${secondes(p.seconds)} de repos.`, `Respirez, et reposez-vous ${secondes(p.seconds)}.`],
    },
    restLeft: { say: (p) => [`${secondes(p.seconds)}.`, `Encore ${secondes(p.seconds)}.`, `On y est presque, ${secondes(p.seconds)}.`] },
    exerciseDone: {
      say: (p) => [
        `Beau travail. C’est fini pour ${ex[p.exercise].donePhrase}.`,
        `Bravo, ${ex[p.exercise].donePhrase}, c’est terminé.`,
        `Très bien. ${capitalise(ex[p.exercise].donePhrase)}, c’est fait.`,
      ],
    },
    routineDone: { say: `C’est terminé pour la séance du jour. Bravo d’avoir pris ce temps pour votre dos.` },
    finishedEarly: { say: `D’accord, on s’arrête là pour aujourd’hui. S’arrêter quand quelque chose fait mal, c’est la bonne décision.` },
    skipped: {
      say: (p) => [`D’accord, on saute ${ex[p.exercise].name}.`, `Pas de souci, on laisse de côté ${ex[p.exercise].name} aujourd’hui.`, `Pas de problème, on passe cet exercice.`],
    },
    atFirst: { say: `C’est le premier exercice, alors le revoici.` },
    paused: {
      say: (p) =>
        p.exercise && p.set
          ? `Pause. Quand vous voulez, dites reprendre, et on repart au début de la série ${p.set}.`
          : `Pause. Prenez le temps qu’il vous faut. Dites reprendre quand vous voulez.`,
      reprompt: `Dites reprendre pour continuer, ou stop pour terminer pour aujourd’hui.`,
    },
    resumeSet: { say: (p) => (p.sets > 1 ? `D’accord, on reprend à la série ${p.set}.` : `D’accord, on reprend la série depuis le début.`) },

    // ---------- Questions pendant la séance ----------
    howTo: {
      say: (p) => {
        const words = ex[p.exercise];
        const variation = p.variation === 'standard' ? null : w.variations[p.variation];
        const setup = variation ? variation.setup : words.setup;
        const steps = (variation ? variation.steps : words.steps).join(' ');
        // The position, the movement, two cues and the most common slip: enough to hear in one go.
        return `Voici comment faire ${nameOf(p.exercise, p.variation)}. ${setup} ${steps} À retenir: ${words.formCues.slice(0, 2).join(' ')} ${words.mistakes[0] ?? ''}`;
      },
    },
    howToLater: { say: `Je vous guiderai dans chaque exercice le moment venu. Vous pouvez demander comment on fait à tout moment pendant la séance.` },
    why: { say: (p) => (p.exercise ? `${ex[p.exercise].reason} ${w.parts[p.part].why}` : w.parts[p.part].why) },
    whyGeneral: {
      say:
        `Quand les hanches sont raides ou que les fessiers travaillent peu, le bas du dos a tendance à faire leur travail. ` +
        `Cette routine libère les hanches, réveille les fessiers et vous apprend à plier depuis les hanches, pour mieux répartir la charge. ` +
        `Beaucoup de gens sentent une différence en quelques semaines.`,
    },
    askSharp: {
      say: (p) => {
        const sign = p.nerve ? 'est-ce que les symptômes dans la jambe s’étendent ou s’aggravent' : 'descend-elle dans la jambe';
        return p.retry ? `La douleur est-elle vive, ou ${sign}? ${yesNo}` : `On arrête cette série. La douleur est-elle vive, ou ${sign}?`;
      },
      reprompt: `Est-ce une douleur vive, ou qui descend dans la jambe? ${yesNo}`,
    },
    sharpStop: {
      say:
        `Alors ça suffit pour les exercices aujourd’hui. Reposez-vous, et bougez doucement, d’une façon qui reste confortable. ` +
        `Si ça ne se calme pas d’ici un jour ou deux, consultez un ${therapist} ou ${doctor}. Si vous remarquez un engourdissement de l’entrejambe, une faiblesse des jambes ou un changement pour uriner, appelez ${call}.`,
    },
    askHurtsChoice: {
      say: (p) => {
        if (p.exercise) {
          const name = ex[p.exercise].name;
          return p.retry
            ? `Dites passer pour sauter ${name}, continuer pour faire l’exercice en douceur, ou stop pour terminer pour aujourd’hui.`
            : `D’accord, une gêne légère. Voulez-vous sauter ${name}, continuer en douceur, ou arrêter pour aujourd’hui?`;
        }
        const carry = p.nextSet ? 'continuer doucement avec la série suivante' : 'continuer doucement avec l’exercice suivant';
        return p.retry
          ? `Dites passer pour sauter cet exercice, continuer pour ${p.nextSet ? 'faire la série suivante' : 'enchaîner'}, ou stop pour terminer pour aujourd’hui.`
          : `D’accord, une gêne légère. Voulez-vous sauter cet exercice, ${carry}, ou arrêter pour aujourd’hui?`;
      },
      reprompt: `Dites passer, continuer, ou stop pour aujourd’hui.`,
    },
    hurtsBeforeExercise: {
      say: `Merci de me le dire. Répondez aux questions du mieux possible, et je garderai la séance douce si votre douleur est plus forte.`,
    },
    painNoted: {
      say: (p) =>
        `Merci de me le dire. ${p.value} sur 10 ne dépasse pas la limite du jour, qui est de ${p.limit}, tant que la douleur n’est pas vive et ne descend pas dans une jambe.`,
    },
    painTooHigh: { say: (p) => `C’est au-dessus de ${p.limit} sur 10, la limite du jour. C’est notre signal pour arrêter.` },
    confirmSafety: {
      say: (p) => {
        const question = {
          saddle: `Voulez-vous dire un engourdissement ou des fourmillements autour de l’entrejambe, des fesses ou de l’intérieur des cuisses?`,
          bladderBowel: `Voulez-vous dire un nouveau problème pour uriner, ou une perte de contrôle de la vessie ou des intestins?`,
          legs: `S’agit-il d’un engourdissement ou d’une faiblesse dans les deux jambes, ou autour de l’entrejambe ou des fesses?`,
          fall: `Avez-vous fait une chute, ou eu un accident qui a touché votre dos?`,
          chest: `Avez-vous une douleur à la poitrine ou du mal à respirer en ce moment?`,
        }[p.topic];
        return p.retry ? `${question} ${yesNo}` : `Je veux m’assurer d’avoir bien compris. ${question}`;
      },
      reprompt: `${yesNo}`,
    },
    reportPainHint: {
      say: [`Si quelque chose fait mal, dites simplement: j’ai mal.`, `Si ça fait mal, dites: j’ai mal, et on s’arrête.`, `Vous pouvez toujours dire: j’ai mal.`],
    },
    help: {
      say: (p) =>
        ({
          age: `Je vous demande votre âge parce que Hip Coach est conçu pour les 16 ans et plus.`,
          triage: `Ces questions vérifient que vous pouvez faire de l’exercice aujourd’hui en sécurité. Oui, non, ou je ne sais pas: toutes ces réponses conviennent.`,
          painScale: `Donnez à votre douleur une note de 0 à 10. 0, c’est aucune douleur. 10, la pire imaginable.`,
          pattern: `Dites-moi quand votre douleur a tendance à apparaître, pour que j’adapte la séance du jour. Ou dites: ça dépend.`,
          ready: `Je vous guide dans chaque exercice et je compte chaque série pour vous. Dites suivant une fois en position. ${routineOptions}`,
          routine: `Je compte chaque exercice, série après série, avec les repos, puis je prépare le suivant. Dites suivant une fois en position. ${routineOptions} Dites stop pour terminer.`,
          hurts: `Dites-moi si la douleur est vive ou si elle descend dans la jambe, pour que je sache s’il faut arrêter pour aujourd’hui.`,
          closing: `On termine.`,
          confirm: `Répondez simplement par oui ou par non.`,
        })[p.topic],
    },
    notUnderstood: { say: [`Pardon, je n’ai pas compris.`, `Excusez-moi, je n’ai pas saisi.`, `Je n’ai pas bien entendu.`] },
    keepGoingPrompt: {
      say: [`Dites suivant pour continuer.`, `Dites suivant quand vous voulez reprendre.`, `Quand vous voulez, dites suivant.`],
      reprompt: `Dites suivant pour continuer. ${routineOptions}`,
    },

    // ---------- Fin de séance ----------
    askPainAfter: {
      say: (p) => (p.retry ? `Une seule note de 0 à 10, s’il vous plaît. À combien évaluez-vous votre douleur maintenant?` : `Avant de terminer: de 0 à 10, à combien évaluez-vous votre douleur maintenant?`),
      reprompt: `Votre douleur maintenant, de 0 à 10?`,
    },
    painAfter: {
      say: (p) =>
        p.after < p.before
          ? `Vous étiez à ${p.before} au début, et vous êtes à ${p.after} maintenant. Tant mieux.`
          : p.after === p.before
            ? `Vous êtes à ${p.after}, comme au début.`
            : `Vous étiez à ${p.before} au début, et vous êtes à ${p.after} maintenant.`,
    },
    painAfterHigh: {
      say: `Comme votre douleur a augmenté, ménagez-vous pour le reste de la journée. Si c’est toujours pire demain, parlez-en à ${doctor} ou à un ${therapist} avant la prochaine séance.`,
    },
    sessionCounted: {
      say: (p) => {
        if (!p.counted) return `Cette séance ne compte pas pour avancer, car votre douleur a augmenté. On reste en semaine ${p.week}.`;
        if (p.daysNeeded > 0)
          return p.daysNeeded === 1
            ? `Cette séance compte pour la semaine ${p.week}. Encore une séance, un autre jour, et on pourra passer à la suite.`
            : `Cette séance compte pour la semaine ${p.week}. Encore ${p.daysNeeded} séances, sur des jours différents, et on pourra passer à la suite.`;
        return p.daysToWait > 0
          ? `Cette séance compte pour la semaine ${p.week}. ${p.daysToWait === 1 ? 'Dès demain' : `Dans ${p.daysToWait} jours`}, on pourra passer à la semaine suivante.`
          : `Cette séance compte pour la semaine ${p.week}. À la prochaine séance, on pourra passer à la semaine suivante.`;
      },
    },
    weekUp: { say: (p) => `Et cette semaine est terminée. La prochaine fois, on passe à la semaine ${p.week}.` },
    programDone: { say: `Vous avez terminé les six semaines du programme. Gardez ces mouvements dans votre routine pour continuer sur cette lancée.` },
    askPainConsent: {
      say: (p) =>
        p.retry
          ? `Voulez-vous que je garde vos notes de douleur pour vous montrer leur évolution? ${yesNo}`
          : `Je peux garder vos notes de douleur en mémoire pour vous montrer leur évolution. Voulez-vous que je le fasse?`,
      reprompt: `Je garde vos notes de douleur? ${yesNo}`,
    },
    painConsentYes: { say: `D’accord, je garde vos notes. À tout moment, vous pouvez dire: efface mes données.` },
    painConsentNo: { say: `Pas de problème, je ne les garde pas.` },
    goodbye: { say: [`À la prochaine. Prenez soin de votre dos.`, `Beau travail aujourd’hui. À la prochaine séance.`, `C’est tout pour aujourd’hui. Prenez soin de vous.`] },
    stopGoodbye: {
      say: (p) =>
        p.savedAt ? `D’accord, on s’arrête ici. La prochaine fois, on reprendra avec ${ex[p.savedAt].name}. À bientôt.` : `D’accord, à bientôt.`,
    },

    // ---------- Progression et données ----------
    progressSummary: {
      say: (p) => {
        const week = p.sessionsThisWeek === 0 ? 'aucune séance' : p.sessionsThisWeek === 1 ? 'une séance faite' : `${p.sessionsThisWeek} séances faites`;
        return (
          `Vous êtes en semaine ${p.week} sur 6, avec ${week} cette semaine et ${p.totalSessions} au total.` +
          (p.streak > 1 ? ` Vous en êtes à ${p.streak} jours d’affilée.` : '')
        );
      },
    },
    progressNone: { say: `Vous n’avez pas encore terminé de séance. Dès que ce sera fait, je suivrai vos semaines et vos séances.` },
    confirmStartOver: {
      say: (p) =>
        p.retry
          ? `Recommencer le programme à la semaine 1? ${yesNo}`
          : `Voulez-vous recommencer le programme de six semaines depuis la semaine 1? Votre progression sera remise à zéro.`,
      reprompt: `Recommencer à la semaine 1? ${yesNo}`,
    },
    startOverDone: { say: `C’est fait. Vous voilà de retour à la semaine 1.` },
    startOverKept: { say: `D’accord, votre progression reste telle quelle.` },
    confirmDelete: {
      say: (p) =>
        p.retry
          ? `Effacer tout ce que j’ai enregistré sur vous? ${yesNo}`
          : `Voulez-vous que j’efface tout ce que j’ai enregistré sur vous, y compris votre progression?`,
      reprompt: `J’efface vos données enregistrées? ${yesNo}`,
    },
    deleted: { say: `Vos données enregistrées sont effacées. Au revoir.` },
    deleteKept: { say: `D’accord, je garde vos données.` },
  };
}
