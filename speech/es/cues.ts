// Plantillas en español para cada cue, en el mismo orden que speech/en/cues.ts.
// Frases cortas, una idea cada una, escritas para oírse. Tuteo, tono amable y
// tranquilo, español neutro para España, México y Estados Unidos. Orientamos y
// acompañamos; nunca diagnosticamos ni prometemos curar.
//
// Sin marcas de género hacia quien escucha donde se puede evitar ("cuando
// quieras" en vez de "cuando estés listo"). Los números cuentan con el género
// de lo que cuentan: "una serie", "un segundo". Los nombres de ejercicio van
// sin artículo en content.ts; aquí está el artículo de cada uno.
import type { ExerciseId, VariationId } from '../../src/flow/content/exercises';
import type { ContentWords, LocaleFacts, SpeechPack } from '../types';
import { spanishExtras } from './facts';

const brk = (seconds: number) => `<break time="${seconds}s"/>`;
/** "una vez", "dos veces", "3 veces". */
const veces = (n: number) => (n === 1 ? 'una vez' : n === 2 ? 'dos veces' : `${n} veces`);
/** A count with its noun: "un segundo", "una sesión", "5 sesiones" (Alexa reads the digits in Spanish). */
const count = (n: number, gender: 'm' | 'f', one: string, many: string) =>
  n === 1 ? `${gender === 'm' ? 'un' : 'una'} ${one}` : `${n} ${many}`;
const segundos = (n: number) => count(n, 'm', 'segundo', 'segundos');
const dias = (n: number) => count(n, 'm', 'día', 'días');
const sesiones = (n: number) => count(n, 'f', 'sesión', 'sesiones');
const ejercicios = (n: number) => count(n, 'm', 'ejercicio', 'ejercicios');

type Article = 'el' | 'la';
const EXERCISE_ARTICLE: Record<ExerciseId, Article> = {
  ninetyNinety: 'la', // la rotación
  couchStretch: 'el', // el estiramiento
  pigeon: 'la', // la paloma
  hipFlexorFlow: 'la', // la apertura
  gluteBridge: 'el', // el puente
  clamshell: 'la', // la almeja
  bandedAbduction: 'la', // la abducción
  deadBug: 'el', // el dead bug
  hipHinge: 'la', // la bisagra
  wallTap: 'la', // la bisagra
};
const VARIATION_ARTICLE: Record<Exclude<VariationId, 'standard'>, Article> = {
  fullPigeon: 'la',
  singleLegBridge: 'el',
  bandedClamshell: 'la',
  loadedHinge: 'la',
};

export function spanishCues(f: LocaleFacts, w: ContentWords): SpeechPack {
  const ex = w.exercises;
  const { physio } = spanishExtras(f);
  /** The exercise's spoken name with its article: "el puente de glúteos". */
  const the = (exercise: ExerciseId, variation: VariationId = 'standard') =>
    variation === 'standard'
      ? `${EXERCISE_ARTICLE[exercise]} ${ex[exercise].name}`
      : `${VARIATION_ARTICLE[variation]} ${w.variations[variation].name}`;
  /** "al 112", or the local number when the country is unknown: never a guessed one. */
  const callTo = f.emergencyNumber
    ? `al <say-as interpret-as="digits">${f.emergencyNumber}</say-as>`
    : 'al número de emergencias de tu zona';
  const yesNo = 'Por favor, di sí o no.';
  const routineOptions = 'Puedes decir pausa, repite, saltar, atrás, cómo se hace, por qué ayuda esto, o me duele.';
  const legNerve = 'los síntomas de la pierna se extienden o empeoran';

  return {
    // ---------- Apertura ----------
    welcomeNew: {
      say:
        `Te doy la bienvenida a Hip Coach, tu entrenador de cadera. Te acompañaré en rutinas cortas para que tus caderas hagan su parte del trabajo y tu espalda haga menos. ` +
        `Antes, un aviso: esto es orientación general sobre ejercicio, no consejo médico. En una emergencia, llama ${callTo}.`,
    },
    askAge: {
      say: (p) => (p.retry ? `Solo necesito un sí o un no. ¿Tienes 16 años o más?` : `¿Tienes 16 años o más?`),
      reprompt: `¿Tienes 16 años o más? ${yesNo}`,
    },
    underage: {
      say: `Gracias por tu sinceridad. Hip Coach está pensado para mayores de 16 años. Habla de tu espalda con tus padres o con quien te cuide, y con tu ${f.doctor} o un ${physio}. Cuídate.`,
    },
    welcomeBack: {
      say: (p) => [
        `Hola de nuevo. Semana ${p.week}, sesión ${p.session}.`,
        `Qué bien volver a oírte. Semana ${p.week}, sesión ${p.session}.`,
        `Hola otra vez. Vamos por la semana ${p.week}, sesión ${p.session}.`,
      ],
    },
    newWeek: { say: (p) => `Ya completaste las sesiones de la semana pasada, así que hoy empiezas la semana ${p.week}.` },
    streak: { say: (p) => `Llevas ${dias(p.days)} seguidos. Qué constancia.` },
    painTrend: {
      say: (p) =>
        p.direction === 'down'
          ? `Esta semana, tu dolor después de las sesiones ha bajado de ${p.from} a ${p.to}.`
          : p.direction === 'up'
            ? `Esta semana, tu dolor después de las sesiones ha pasado de ${p.from} a ${p.to}. Hoy ve con calma, y si sigue subiendo, consulta a tu ${f.doctor} o a un ${physio}.`
            : `Esta semana, tu dolor después de las sesiones se ha mantenido más o menos igual.`,
    },
    askRecheck: {
      say: (p) =>
        p.retry
          ? `Te lo pregunto otra vez. Desde la última vez, ¿adormecimiento en la ingle o las nalgas, problemas con la orina o las heces, debilidad en las piernas o dificultad para caminar, una caída, dolor en el pecho, o algo nuevo o peor? ${yesNo}`
          : `Un control rápido de seguridad. Desde la última vez, ¿has notado adormecimiento u hormigueo en la ingle o las nalgas, problemas nuevos con la orina o las heces, debilidad en las piernas o dificultad para caminar, una caída o un accidente, dolor en el pecho, o cualquier otra cosa nueva o peor?`,
      reprompt: `Desde la última vez, ¿ha aparecido algo nuevo o peor, como adormecimiento, debilidad, cambios al orinar, una caída o dolor en el pecho? ${yesNo}`,
    },
    recheckAllClear: { say: [`Gracias. Nada nuevo, así que seguimos.`, `Bien. Empezamos.`, `Gracias. Adelante.`] },
    fullTriageAgain: { say: `Gracias por contármelo. Vamos a repasar el control de seguridad completo, pregunta por pregunta.` },

    // ---------- Triaje ----------
    triageIntro: {
      say: `Primero, unas preguntas rápidas de seguridad. Responde sí o no. Si tienes dudas, di no lo sé.`,
    },
    askTriage: {
      say: (p) => (p.retry ? w.triage[p.question].rephrase : w.triage[p.question].ask),
      reprompt: (p) => w.triage[p.question].rephrase,
    },
    askClearance: {
      say: (p) =>
        p.retry
          ? `¿Te ha visto un médico por el dolor de espalda desde entonces y te ha dicho que puedes hacer ejercicio? ${yesNo}`
          : `Gracias. ¿Te ha visto un médico por este dolor de espalda ${p.item === 'cancer' ? 'desde entonces' : 'desde que tienes las defensas bajas'} y te ha dicho que puedes hacer ejercicio?`,
      reprompt: `¿Un médico te ha visto la espalda y te ha dado permiso para hacer ejercicio? ${yesNo}`,
    },
    clearedAdvice: {
      say: `Bien. Entonces sigue las indicaciones de tu médico, y para enseguida si aparece algo nuevo o peor.`,
    },
    countedAsYes: { say: `No te entendí bien, así que, por seguridad, lo tomo como un sí.` },
    needSafetyAnswer: { say: `Esta pregunta es importante para tu seguridad, así que necesito una respuesta antes de seguir.` },
    outcomeEmergency: {
      say:
        `Vamos a parar aquí. Lo que me describes necesita que te vea un médico ahora mismo. ` +
        `Llama ahora ${callTo}, o ve a ${f.emergencyPlace}. ` +
        `Hoy no hagas ningún ejercicio. Termino la sesión para que puedas pedir ayuda.`,
    },
    outcomeUrgent: {
      say:
        `Gracias. Con esa respuesta, lo más seguro es hablar hoy mismo con un médico. ` +
        `Llama ahora a tu ${f.doctor} o a un servicio de urgencias, y no hagas ejercicio hasta que te revisen. ` +
        `Si de repente te encuentras peor, llama ${callTo}. Por hoy lo dejamos aquí.`,
    },
    outcomeSeePhysio: {
      say: (p) =>
        `Gracias. Por lo que me cuentas, vale la pena que te revise un ${physio}, para que valore tu caso en conjunto. ` +
        (p.nerve ? `Por los síntomas en la pierna, haremos los estiramientos suaves y sin peso. ` : '') +
        `Mientras tanto, podemos hacer la rutina de hoy a un nivel adecuado para tu dolor.`,
    },
    outcomeHighPain: {
      say:
        `Es mucho dolor, así que hoy no hacemos ejercicios. ` +
        `Caminar con calma y cambiar de postura a menudo suele ayudar. ` +
        `Si no mejora en los próximos días, o empeora, consulta a tu ${f.doctor} o a un ${physio}. ` +
        `Vuelve mañana y vemos cómo sigues.`,
    },
    askPainNow: {
      say: (p) =>
        p.retry
          ? `Dime un solo número del 0 al 10. 0 es nada de dolor, 10 el peor que te puedas imaginar.`
          : `En una escala del 0 al 10, donde 0 es nada de dolor y 10 el peor que te puedas imaginar, ¿cuánto te duele la espalda ahora mismo?`,
      reprompt: `¿Cuánto te duele ahora, del 0 al 10?`,
    },
    painOutOfRange: { say: `La escala solo va del 0 al 10.` },
    askBelowKnee: {
      say: (p) =>
        p.retry
          ? `¿Te baja el dolor por debajo de la rodilla, o tienes una pierna dormida o con hormigueo? ${yesNo}`
          : `¿El dolor te baja por la pierna hasta debajo de la rodilla, o notas adormecimiento u hormigueo en una pierna?`,
      reprompt: `¿El dolor pasa de la rodilla, o tienes una pierna dormida o con hormigueo? ${yesNo}`,
    },
    askPattern: {
      say: (p) =>
        p.retry
          ? `¿Cuándo te molesta más la espalda? Después de estar sentado, al agacharte o levantar peso, por la mañana, al entrenar, o tras una semana de estrés. O di que varía.`
          : `Última pregunta. ¿Cuándo suele aparecer el dolor? ¿Después de estar sentado o al volante, al agacharte o levantar peso, por la mañana al despertarte, al entrenar, o después de una semana estresante?`,
      reprompt: `¿Cuándo suele dolerte? ¿Sentado, al agacharte, por la mañana, al entrenar, o con el estrés? O di que varía.`,
    },
    patternAck: { say: (p) => w.patterns[p.pattern].ack },

    // ---------- Preparación de la rutina ----------
    routinePreview: {
      say: (p) => {
        const kind = p.length === 'quick' ? 'una sesión rápida' : p.length === 'full' ? 'la rutina completa' : 'la sesión de hoy';
        const minutes = p.minutes === undefined ? '' : `, unos ${p.minutes} minutos`;
        return (
          `Aquí tienes ${kind} de la semana ${p.week}: ${ejercicios(p.exercises)}${minutes}. Vamos a soltar las caderas, activar los glúteos y practicar la bisagra de cadera.` +
          (p.gentle ? ` Hoy la he hecho más suave, con menos repeticiones y menos tiempo en cada postura.` : '') +
          (p.offerLengths ? ` ¿Tienes poco tiempo? Di sesión rápida. O di rutina completa, para hacer los diez ejercicios.` : '')
        );
      },
    },
    breathing: {
      say: `Antes de movernos, tres respiraciones lentas. Toma aire por la nariz ${brk(4)} y suéltalo por la boca ${brk(5)} Toma aire ${brk(4)} y suelta ${brk(5)} Una más. Toma aire ${brk(4)} y suelta ${brk(5)} Muy bien.`,
    },
    stopRules: {
      say: (p) => {
        const leg = p.nerve ? legNerve : 'te baja por una pierna como una descarga';
        const limit = p.relative ? `o si sube de ${p.limit}, que es donde empezaste hoy` : `o si pasa de ${p.limit} sobre 10`;
        return (
          `Una norma de seguridad para toda la sesión: para el ejercicio si el dolor se vuelve agudo, como un pinchazo, si ${leg}, ${limit}. ` +
          `Una molestia leve, hasta un 3 más o menos, que se pasa en un día, está bien. Puedes decir me duele en cualquier momento.`
        );
      },
    },

    // ---------- Narración ----------
    partIntro: { say: (p) => w.parts[p.part].intro },
    exerciseIntro: {
      say: (p) => {
        const words = ex[p.exercise];
        const variation = p.variation === 'standard' ? null : w.variations[p.variation];
        const name = the(p.exercise, p.variation);
        const side = p.alternating ? ' por lado, alternando' : p.perSide ? ' por lado' : '';
        const dose =
          p.reps !== undefined
            ? `${p.sets === 1 ? '' : `${p.sets} series de `}${p.reps}${side}`
            : `${segundos(p.holdSeconds ?? 0)}${side}${p.sets === 1 ? '' : `, ${veces(p.sets)}`}`;
        if (p.short) {
          return p.first
            ? [`Empezamos con ${name}: ${dose}.`, `Para empezar, ${name}: ${dose}.`, `Primero, ${name}: ${dose}.`]
            : [`Ahora, ${name}: ${dose}.`, `Seguimos con ${name}: ${dose}.`, `Vamos con ${name}: ${dose}.`, `Toca ${name}: ${dose}.`];
        }
        const setup = variation ? variation.setup : words.setup;
        const steps = (variation ? variation.steps : words.steps).join(' ');
        const lead = p.first
          ? [`Primero: ${name}.`, `Empezamos con ${name}.`, `Para empezar: ${name}.`]
          : [`Ahora: ${name}.`, `Seguimos con ${name}.`, `Vamos con ${name}.`];
        return lead.map((l) => `${l} ${setup} ${steps} Haremos ${dose}.`);
      },
    },
    inPositionPrompt: {
      say: (p) =>
        p.first
          ? [`Ponte en posición y, cuando quieras, di siguiente.`, `Tómate tu tiempo para colocarte, y luego di siguiente.`, `Cuando estés en posición, di siguiente.`]
          : [`Di siguiente cuando te hayas colocado.`, `Colócate con calma y di siguiente.`, `Di siguiente cuando estés en posición.`, `¿Todo listo? Di siguiente.`],
      reprompt: `Di siguiente cuando estés en posición, o pregunta cómo se hace.`,
    },
    mark: { say: '' },
    setStart: { say: (p) => [`Serie ${p.set} de ${p.sets}.`, `Vamos con la serie ${p.set}.`, `Serie ${p.set}.`] },
    side: {
      say: (p) =>
        p.side === 'left'
          ? [`Primero, lado izquierdo.`, `Empieza por la izquierda.`, `Lado izquierdo.`]
          : [`Ahora, lado derecho.`, `Lado derecho.`, `Pasamos a la derecha.`],
    },
    switchSides: { say: [`Cambia de lado.`, `Ahora, al otro lado.`, `Cambio de lado, sin prisa.`, `Sal con calma y colócate del otro lado.`] },
    go: { say: [`Y empieza.`, `Allá vamos.`, `Empezamos.`, `Adelante.`] },
    rep: {
      say: (p) =>
        p.n === p.total ? [`${p.n}. Y descansa.`, `${p.n}. Muy bien.`, `${p.n}. Y relájate.`, `${p.n}. Muy bien hecho.`] : `${p.n}.`,
    },
    holdRep: {
      say: (p) => {
        const said = p.n === p.total ? `${p.n}. Y descansa.` : `${p.n}.`;
        return `Sube ${brk(1)} aguanta ${brk(Math.max(1, Math.min(10, p.hold)))} y baja ${brk(1)} ${said}`;
      },
    },
    limbs: {
      say: (p) =>
        p.arm === 'right'
          ? [`Brazo derecho y pierna izquierda.`, `Brazo derecho, pierna izquierda.`, `Estira el brazo derecho y la pierna izquierda.`]
          : [`Brazo izquierdo y pierna derecha.`, `Brazo izquierdo, pierna derecha.`, `Estira el brazo izquierdo y la pierna derecha.`],
    },
    holdStart: {
      say: (p) => [`Aguanta ${segundos(p.seconds)}. Respira despacio.`, `Quédate ahí ${segundos(p.seconds)}.`, `Mantén la postura ${segundos(p.seconds)}.`],
    },
    holdLeft: {
      say: (p) =>
        p.seconds === 1
          ? [`Queda un segundo.`, `Un segundo más.`, `Solo un segundo.`]
          : [`Quedan ${p.seconds} segundos.`, `${p.seconds} más.`, `Otros ${p.seconds} segundos.`],
    },
    countdown: { say: `5 ${brk(1)} 4 ${brk(1)} 3 ${brk(1)} 2 ${brk(1)} 1.` },
    holdEnd: { say: [`Y suelta.`, `Y sal despacio.`, `Y relájate.`] },
    formCue: { say: (p) => ex[p.exercise].formCues[p.index % ex[p.exercise].formCues.length] ?? '' },
    pause: { say: (p) => brk(Math.min(10, Math.max(1, p.seconds))) },
    setDone: {
      say: (p) => [`Serie ${p.set} terminada.`, `Serie ${p.set}, hecha.`, `Bien, serie ${p.set} lista.`, `Muy bien. Serie ${p.set} completa.`],
    },
    rest: {
      say: (p) => [`Descansa ${segundos(p.seconds)}.`, `Tómate ${segundos(p.seconds)} de descanso.`, `Respira y descansa, ${segundos(p.seconds)}.`],
    },
    restLeft: {
      say: (p) =>
        p.seconds === 1
          ? [`Un segundo.`, `Queda un segundo.`, `Ya casi, un segundo.`]
          : [`${p.seconds} segundos.`, `Quedan ${p.seconds} segundos.`, `Ya casi, ${p.seconds} segundos.`],
    },
    exerciseDone: {
      say: (p) => [
        `Buen trabajo. Terminamos ${ex[p.exercise].donePhrase}.`,
        `Muy bien, ya hemos hecho ${ex[p.exercise].donePhrase}.`,
        `Bien. Con esto cerramos ${ex[p.exercise].donePhrase}.`,
      ],
    },
    routineDone: { say: `Rutina de hoy terminada. Gracias por dedicarle este rato a tu espalda.` },
    finishedEarly: { say: `De acuerdo, lo dejamos aquí por hoy. Parar cuando algo duele es lo correcto.` },
    skipped: {
      say: (p) => [`De acuerdo, saltamos ${the(p.exercise)}.`, `Claro, hoy dejamos ${the(p.exercise)}.`, `Sin problema, nos saltamos este ejercicio.`],
    },
    atFirst: { say: `Es el primer ejercicio, así que aquí lo tienes otra vez.` },
    paused: {
      say: (p) =>
        p.exercise && p.set
          ? `En pausa. Cuando quieras, di continuar y retomamos desde el principio de la serie ${p.set}.`
          : `En pausa. Tómate el tiempo que necesites. Di continuar cuando quieras.`,
      reprompt: `Di continuar para seguir, o terminar para dejarlo por hoy.`,
    },
    resumeSet: { say: (p) => (p.sets > 1 ? `De acuerdo, retomamos en la serie ${p.set}.` : `De acuerdo, desde el principio de la serie.`) },

    // ---------- Preguntas durante la rutina ----------
    howTo: {
      say: (p) => {
        const words = ex[p.exercise];
        const variation = p.variation === 'standard' ? null : w.variations[p.variation];
        const setup = variation ? variation.setup : words.setup;
        const steps = (variation ? variation.steps : words.steps).join(' ');
        // La postura, el movimiento, dos indicaciones y el error más común: lo que se puede oír de una vez.
        return `Así se hace ${the(p.exercise, p.variation)}. ${setup} ${steps} Recuerda: ${words.formCues.slice(0, 2).join(' ')} ${words.mistakes[0] ?? ''}`;
      },
    },
    howToLater: { say: `Te explicaré cada ejercicio cuando lleguemos a él. Durante la rutina, puedes preguntar cómo se hace en cualquier momento.` },
    why: { say: (p) => (p.exercise ? `${ex[p.exercise].reason} ${w.parts[p.part].why}` : w.parts[p.part].why) },
    whyGeneral: {
      say:
        `Cuando la cadera está rígida o los glúteos no se activan, la zona lumbar tiende a hacer el trabajo por ellos. ` +
        `Esta rutina suelta la cadera, despierta los glúteos y te enseña a doblarte desde la cadera, para repartir mejor la carga. ` +
        `Mucha gente nota la diferencia en unas semanas.`,
    },
    askSharp: {
      say: (p) =>
        p.retry
          ? `¿Es un dolor agudo, o ${p.nerve ? legNerve : 'te baja por la pierna'}? ${yesNo}`
          : `Paramos esta serie. ¿El dolor es agudo, como un pinchazo, o ${p.nerve ? legNerve : 'te baja por la pierna'}?`,
      reprompt: `¿Es agudo, o te baja por la pierna? ${yesNo}`,
    },
    sharpStop: {
      say:
        `Entonces, por hoy no hacemos más ejercicio. Descansa y muévete con suavidad, como te resulte cómodo. ` +
        `Si no se calma en uno o dos días, consulta a un ${physio} o a tu ${f.doctor}. Si notas adormecimiento en la ingle, debilidad en las piernas o cambios al orinar, llama ${callTo}.`,
    },
    askHurtsChoice: {
      say: (p) => {
        if (p.exercise) {
          const name = the(p.exercise);
          return p.retry
            ? `Di saltar para dejar ${name}, seguir para hacerlo con suavidad, o terminar para dejarlo por hoy.`
            : `De acuerdo, una molestia leve. ¿Quieres saltarte ${name}, seguir con suavidad, o terminar por hoy?`;
        }
        const carry = p.nextSet ? 'seguir con suavidad con la siguiente serie' : 'seguir con suavidad con el siguiente ejercicio';
        return p.retry
          ? `Di saltar para saltarte este ejercicio, seguir para ${p.nextSet ? 'hacer la siguiente serie' : 'pasar al siguiente'}, o terminar para dejarlo por hoy.`
          : `De acuerdo, una molestia leve. ¿Quieres saltarte este ejercicio, ${carry}, o terminar por hoy?`;
      },
      reprompt: `Di saltar, seguir, o terminar por hoy.`,
    },
    hurtsBeforeExercise: {
      say: `Siento que te duela. Responde las preguntas lo mejor que puedas, y si el dolor es fuerte, haré más suave la rutina de hoy.`,
    },
    painNoted: {
      say: (p) => `Gracias por decírmelo. Un ${p.value} sobre 10 está dentro del límite de hoy, que es ${p.limit}, siempre que no sea agudo ni te baje por la pierna.`,
    },
    painTooHigh: { say: (p) => `Eso pasa de ${p.limit} sobre 10, el límite de hoy, y es la señal para parar.` },
    confirmSafety: {
      say: (p) => {
        const question = {
          saddle: `¿Te refieres a adormecimiento u hormigueo en la ingle, las nalgas o la parte interna de los muslos?`,
          bladderBowel: `¿Te refieres a un problema nuevo para orinar, o a perder el control de la vejiga o del intestino?`,
          legs: `¿Es adormecimiento o debilidad en las dos piernas, o en la ingle o las nalgas?`,
          fall: `¿Te has caído, o te has hecho daño en la espalda en un accidente?`,
          chest: `¿Tienes ahora dolor en el pecho o te cuesta respirar?`,
        }[p.topic];
        return p.retry ? `${question} ${yesNo}` : `Quiero asegurarme de que te entendí bien. ${question}`;
      },
      reprompt: `${yesNo}`,
    },
    reportPainHint: { say: [`Si algo te duele, solo di me duele.`, `Si te duele algo, di me duele y paramos.`, `Siempre puedes decir me duele.`] },
    help: {
      say: (p) =>
        ({
          age: `Te pregunto la edad porque Hip Coach está pensado para mayores de 16 años.`,
          triage: `Estas preguntas sirven para comprobar que hoy puedes hacer ejercicio con seguridad. Puedes responder sí, no, o no lo sé.`,
          painScale: `Dale a tu dolor un número del 0 al 10. 0 es nada de dolor, 10 el peor que te puedas imaginar.`,
          pattern: `Dime cuándo suele aparecer tu dolor, y así ajusto la rutina de hoy. O di que varía.`,
          ready: `Te guiaré en cada ejercicio y llevaré la cuenta de cada serie. Di siguiente cuando estés en posición. ${routineOptions}`,
          routine: `Te llevo la cuenta de cada ejercicio, con sus series y descansos, y luego preparo el siguiente. Di siguiente cuando estés en posición. ${routineOptions} Di terminar para acabar.`,
          hurts: `Dime si el dolor es agudo o te baja por la pierna, para saber si hay que parar por hoy.`,
          closing: `Ya estamos terminando.`,
          confirm: `Solo responde sí o no.`,
        })[p.topic],
    },
    notUnderstood: { say: [`Perdona, no te entendí.`, `Perdona, no lo capté.`, `Lo siento, no te entendí bien.`] },
    keepGoingPrompt: {
      say: [`Di siguiente para seguir.`, `Di siguiente cuando quieras retomar.`, `Cuando quieras, di siguiente.`],
      reprompt: `Di siguiente para seguir. ${routineOptions}`,
    },

    // ---------- Cierre ----------
    askPainAfter: {
      say: (p) => (p.retry ? `Un número del 0 al 10, por favor. ¿Cuánto te duele ahora?` : `Antes de irte: del 0 al 10, ¿cuánto te duele la espalda ahora?`),
      reprompt: `¿Cuánto te duele ahora, del 0 al 10?`,
    },
    painAfter: {
      say: (p) =>
        p.after < p.before
          ? `Al empezar tenías un ${p.before} y ahora tienes un ${p.after}. Me alegra oírlo.`
          : p.after === p.before
            ? `Tienes un ${p.after}, igual que al empezar.`
            : `Al empezar tenías un ${p.before} y ahora tienes un ${p.after}.`,
    },
    painAfterHigh: {
      say: `Como el dolor ha subido, tómatelo con calma el resto del día. Si mañana sigue peor, consulta a tu ${f.doctor} o a un ${physio} antes de la próxima sesión.`,
    },
    sessionCounted: {
      say: (p) => {
        if (!p.counted) return `Esta sesión no cuenta para avanzar, porque el dolor ha subido. Seguimos con la semana ${p.week}.`;
        if (p.daysNeeded > 0)
          return `Esta sesión cuenta para la semana ${p.week}. Con ${dias(p.daysNeeded)} más de sesión, podremos avanzar.`;
        if (p.daysToWait <= 0) return `Esta sesión cuenta para la semana ${p.week}. Ya casi podemos pasar a la siguiente semana.`;
        return `Esta sesión cuenta para la semana ${p.week}. Dentro de ${dias(p.daysToWait)} podremos pasar a la siguiente semana.`;
      },
    },
    weekUp: { say: (p) => `Y con esto completas la semana. La próxima vez pasamos a la semana ${p.week}.` },
    programDone: { say: `Con esto completas las seis semanas del programa. Mantén estos ejercicios en tu rutina para seguir cuidando tu espalda.` },
    askPainConsent: {
      say: (p) =>
        p.retry
          ? `¿Guardo tus niveles de dolor para mostrarte cómo evolucionan? ${yesNo}`
          : `Puedo recordar tus niveles de dolor para mostrarte cómo evolucionan. ¿Quieres que lo haga?`,
      reprompt: `¿Guardo tus niveles de dolor? ${yesNo}`,
    },
    painConsentYes: { say: `De acuerdo, los guardaré. Puedes decir borrar mis datos en cualquier momento.` },
    painConsentNo: { say: `Sin problema, no los guardaré.` },
    goodbye: { say: [`Hasta la próxima. Cuida esa espalda.`, `Buen trabajo hoy. Nos vemos en la próxima sesión.`, `Esto es todo por hoy. Cuídate.`] },
    stopGoodbye: {
      say: (p) => (p.savedAt ? `De acuerdo, lo dejamos aquí. La próxima vez retomamos con ${the(p.savedAt)}. Hasta pronto.` : `De acuerdo, hasta pronto.`),
    },

    // ---------- Progreso y datos ----------
    progressSummary: {
      say: (p) =>
        `Estás en la semana ${p.week} de 6, con ${sesiones(p.sessionsThisWeek)} esta semana y ${p.totalSessions} en total.` +
        (p.streak > 1 ? ` Llevas ${dias(p.streak)} seguidos.` : ''),
    },
    progressNone: { say: `Todavía no has terminado ninguna sesión. Cuando termines una, llevaré la cuenta de tus semanas y sesiones.` },
    confirmStartOver: {
      say: (p) =>
        p.retry
          ? `¿Empezamos el programa otra vez desde la semana 1? ${yesNo}`
          : `¿Quieres empezar de nuevo el programa de seis semanas desde la semana 1? Se reiniciarán las sesiones que llevas.`,
      reprompt: `¿Empezar de nuevo desde la semana 1? ${yesNo}`,
    },
    startOverDone: { say: `Listo. Vuelves a estar en la semana 1.` },
    startOverKept: { say: `De acuerdo, tu progreso se queda como está.` },
    confirmDelete: {
      say: (p) =>
        p.retry ? `¿Borro todo lo que tengo guardado sobre ti? ${yesNo}` : `¿Quieres que borre todo lo que he guardado sobre ti, incluido tu progreso?`,
      reprompt: `¿Borro tus datos guardados? ${yesNo}`,
    },
    deleted: { say: `Tus datos guardados se han borrado. Adiós.` },
    deleteKept: { say: `De acuerdo, conservo tus datos.` },
  };
}
