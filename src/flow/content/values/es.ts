// Spanish value words (see types.ts), for Spain, Mexico and US Spanish. All
// matched on lowercased text with accents folded (á→a, ñ→n) and punctuation
// removed, so every word here is written without accents and with "n" for "ñ".
import type { LanguageValues } from './types';

/** Built on first use (index.ts): a language's words cost nothing at start-up until someone speaks it. */
export function ES_VALUES(): LanguageValues {
  /** One number from zero to ten. "Un" and "una" are left out: they are the article ("un tres", "una semana"), and one is said "uno". */
  const SCORE_WORDS = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez'] as const;
  const NUMBER = String.raw`(?:${SCORE_WORDS.join('|')}|\d{1,2})`;

  /**
   * The scale after a score: "siete de diez", "un siete sobre diez", "7 de 10",
   * "siete de cada diez", "7/10" (typed; the slash is removed). A number must come
   * before, so a lone "sobre diez" ("about ten") stays a ten.
   */
  const SCALE = new RegExp(String.raw`\b${NUMBER}(?: y medio)?(?: puntos?)? (?:de|sobre)(?: cada| un maximo de| un total de)? (?:diez|10)\b|\b\d 10$`);

  /**
   * Zero pain said without a number. Not when the words only soften the pain
   * ("casi nada", "no me duele tanto", "apenas", "no me duele tanto como ayer"),
   * nor "no puedo sentarme sin dolor".
   */
  const NO_PAIN_GUARD = String.raw`^(?!.*\b(?:casi|apenas|tanto|mucho|demasiado|bastante|mas que|menos que|como antes|como ayer|no puedo|no consigo|no logro)\b)(?!.*(?<!\bni )\bun poc(?:o|ito)\b)`;
  const NO_PAIN_ALONE = String.raw`^(?:nada|nadita|ninguno|ninguna|para nada|en absoluto|cero)(?: (?:nada|de nada|de dolor|en absoluto|para nada|ahora|ahora mismo|ahorita|hoy|ya|la verdad|creo|yo creo|pues|de momento|por ahora|por suerte|gracias a dios))*$`;
  const NO_PAIN_SAID = String.raw`\bnada de dolor\b|\bno (?:me )?(?:duele|esta doliendo|molesta)\b|\bya no (?:me )?duele\b|\bnada me duele\b|\bno (?:tengo|siento|hay|noto)(?: nada de| ningun| ninguna)? (?:dolor|molestias?)\b|\bsin (?:nada de |ningun )?(?:dolor|molestias?)\b|\bningun dolor\b|\bninguna molestia\b|\blibre de dolor\b`;
  const NO_PAIN = new RegExp(`${NO_PAIN_GUARD}(?:${NO_PAIN_ALONE}|.*(?:${NO_PAIN_SAID}))`);

  // Pain pattern cues, strongest first within each pattern.
  const STRESS = [
    String.raw`estres(?: laboral)?`, String.raw`estresad[oa]s?`, String.raw`estresantes?`, String.raw`nerviosismo`, String.raw`nervios[oa]s?`,
    String.raw`(?:con|por|de|los|mis) nervios`, String.raw`ansiedad`, String.raw`ansios[oa]s?`, String.raw`agobi(?:o|ad[oa]s?|ante)`,
    String.raw`preocupad[oa]s?`, String.raw`preocupacion(?:es)?`, String.raw`angustia(?:d[oa])?`,
    String.raw`(?:estoy|me pongo|ando|me siento|voy) (?:muy |mas |un poco )?tens[oa]s?`, String.raw`tension(?! (?:muscular|en))`,
    String.raw`(?:bajo|con|mucha|por la|tengo|hay) presion`, String.raw`presion (?:de|del|en el) trabajo`,
    String.raw`(?:mucho|demasiado|cargas? de) trabajo`, String.raw`(?:semanas?|epocas?|dias?|temporadas?) (?:duras?|pesad[oa]s?|dificiles|dificil|complicad[oa]s?|de estres|malas?|malos)`,
    String.raw`(?:dia|dias) (?:duros?|pesados?)`, String.raw`plazos`, String.raw`examen(?:es)?`, String.raw`fechas limite`, String.raw`deadlines?`,
    String.raw`emocional(?:es|mente)?`, String.raw`burnout`,
  ].join('|');

  /** "Mañana" is also "tomorrow": the morning only with an article or preposition, in the plural, or said alone. */
  const MORNING = [
    String.raw`(?:la|las|por|cada|toda|esta|una|en|a) mananas?`, String.raw`mananas`, String.raw`^(?:en |por )?(?:la )?manana$`,
    String.raw`temprano`, String.raw`a primera hora`, String.raw`primera hora`, String.raw`madrugadas?`, String.raw`amanec(?:er|o|iendo)`,
    String.raw`despert(?:ar|arme|ando|andome)`, String.raw`(?:me|nos) despierto`, String.raw`(?:al|cuando) me despierte`,
    String.raw`recien levantad[oa]`, String.raw`nada mas levantarme`, String.raw`(?:al )?salir de la cama`, String.raw`levantarme de la cama`,
    String.raw`despues de dormir`, String.raw`al dormir`, String.raw`durmiendo`, String.raw`(?:cuando|mientras) duermo`,
    String.raw`despues de (?:una|la) noche`, String.raw`colchon`, String.raw`(?<!hacer |tender |tiendo |hago )(?:en|de) la cama`,
  ].join('|');

  const WORKOUT = [
    String.raw`gimnasio`, String.raw`gym`, String.raw`gim`, String.raw`ejercicios?`, String.raw`entren(?:ar|o|as|a|ando|e|amientos?)`,
    String.raw`correr`, String.raw`corriendo`, String.raw`corro`, String.raw`running`, String.raw`trotar`, String.raw`trotando`,
    String.raw`deportes?`, String.raw`actividad fisica`, String.raw`pesas`, String.raw`musculacion`, String.raw`sentadillas?`,
    String.raw`flexiones`, String.raw`abdominales`, String.raw`cardio`, String.raw`crossfit`, String.raw`futbol`, String.raw`tenis`,
    String.raw`padel`, String.raw`golf`, String.raw`baloncesto`, String.raw`basquet`, String.raw`yoga`, String.raw`pilates`,
    String.raw`spinning`, String.raw`bici(?:cleta)?`, String.raw`ciclismo`, String.raw`nadar`, String.raw`nadando`, String.raw`natacion`,
    String.raw`senderismo`, String.raw`caminatas?`, String.raw`boxeo`, String.raw`bailar`, String.raw`zumba`, String.raw`escalada`,
    String.raw`partidos?(?: de)? (?:futbol|tenis|padel|basquet|baloncesto)`,
  ].join('|');

  const LIFT_WHAT = String.raw`(?:peso|pesos|cosas|algo|objetos|cajas|bolsas|cargas|muebles|nada|a|al|la|las|los|el|mi|mis|un|una)`;
  const BENDING = [
    String.raw`agach(?:ar|arme|arse|arte|o|a|as|e|ando|andome|ado|ada)`, String.raw`levantar(?!me|se)`,
    String.raw`(?<!\bme )levant(?:o|as|a|e|ando) ${LIFT_WHAT}`, String.raw`levantamiento`, String.raw`alz(?:ar|o|ando)`,
    String.raw`(?<!se me )carg(?:ar|ando|o)`, String.raw`recog(?:er|iendo)`, String.raw`recojo`,
    String.raw`(?:coger|cojo|cogiendo) (?:peso|algo|cosas|cajas|bolsas|a|al|del suelo|\w+ del suelo)`,
    String.raw`inclin(?:ar|arme|o|ando|andome|ado|ada|acion)`, String.raw`dobl(?:ar|arme|o|ando|andome|ado|ada)(?! (?:la esquina|de))`,
    String.raw`flexion(?:ar|o)`, String.raw`encorvad[oa]`, String.raw`hacia (?:adelante|delante|abajo)`, String.raw`peso muerto`,
    String.raw`(?:cosas|algo|objetos|bolsas|cajas) pesad[oa]s?`, String.raw`(?:ponerme|atarme|amarrarme|quitarme) (?:los|las) \w+`,
    String.raw`zapatos`, String.raw`calcetines`, String.raw`calcetas`, String.raw`cordones`, String.raw`agujetas`,
    String.raw`tareas (?:de|del) (?:la )?(?:casa|hogar)`, String.raw`quehaceres`, String.raw`limpi(?:ar|ando|o) la casa`, String.raw`limpiando`,
    String.raw`aspiradora`, String.raw`barr(?:er|iendo|o)`, String.raw`trapear`, String.raw`trapeando`, String.raw`freg(?:ar|ando)`,
    String.raw`lav(?:ar|ando) (?:los platos|la ropa|el suelo|los trastes)`, String.raw`(?:tender|colgar|doblar) la ropa`, String.raw`lavavajillas`,
    String.raw`jardin`, String.raw`jardineria`, String.raw`(?:hacer|tender|hago|tiendo) la cama`, String.raw`(?:la|las|hacer la|hacer las) compras?`,
    String.raw`el mandado`, String.raw`del suelo`, String.raw`del piso`,
  ].join('|');

  /** "Me siento" is also "I feel": not sitting when a feeling follows. */
  const FEELING = String.raw`mal|bien|fatal|peor|mejor|cansad[oa]|agotad[oa]|rar[oa]|debil|triste|estresad[oa]|nervios[oa]|tens[oa]|ansios[oa]|asi`;
  const SITTING = [
    String.raw`sentad[oa]s?`, String.raw`sentar(?:me|se|te)?`, String.raw`sentandome`, String.raw`(?:me|te|se) sient(?:o|a|as)(?! (?:${FEELING})\b)`,
    String.raw`asientos?`, String.raw`sillas?`, String.raw`sillon`, String.raw`sofa`, String.raw`coche`, String.raw`carro`, String.raw`auto`,
    String.raw`conduc(?:ir|iendo|e)`, String.raw`conduzco`, String.raw`manej(?:ar|ando|o)(?! (?:el|del|la) (?:estres|ansiedad|presion))`,
    String.raw`volante`, String.raw`escritorio`, String.raw`oficina`, String.raw`ordenador`, String.raw`computadora`, String.raw`computador`,
    String.raw`compu`, String.raw`pc`, String.raw`pantallas?`, String.raw`tele`, String.raw`television`, String.raw`tv`, String.raw`avion`,
    String.raw`vuelos?`, String.raw`viajes? largos?`, String.raw`viaj(?:ar|ando)`, String.raw`trayectos?`, String.raw`autobus`, String.raw`camion`,
    String.raw`tren`, String.raw`metro`, String.raw`reunion(?:es)?`, String.raw`despues del trabajo`, String.raw`jornadas? (?:laboral|de trabajo)`,
  ].join('|');

  /** "Al levantarme" is the morning, unless it is getting up from a seat ("al levantarme de la silla") or a lift. */
  const MORNING_WEAK = String.raw`levantarme|levantandome|(?:me|nos) levanto|(?:al|cuando) me levante`;

  const VARIES = [
    String.raw`depende(?:n)?`, String.raw`dependiendo`, String.raw`varia(?:n|ble)?`, String.raw`cambia(?:nte)?`, String.raw`va y viene`,
    String.raw`viene y va`, String.raw`(?:sin|no hay|no tiene|ningun|no sigue) (?:un |ningun )?(?:patron|horario|momento fijo|orden)`,
    String.raw`(?:a|en) cualquier (?:hora|momento)`, String.raw`cualquier (?:cosa|movimiento|situacion)`, String.raw`a todas horas`,
    String.raw`al azar`, String.raw`aleatori[oa](?:mente)?`, String.raw`irregular`, String.raw`cuando (?:le da la gana|quiere|le apetece|sea)`,
    String.raw`un poco de todo`, String.raw`de todo un poco`, String.raw`todas las anteriores`,
    String.raw`cada (?:dia|vez) es (?:distinto|diferente)`, String.raw`(?:distintos|diferentes) momentos`,
    String.raw`a veces\b.*\ba veces`, String.raw`unas veces\b.*\botras`,
  ].join('|');

  /** Said of any time ("siempre", "todo el tiempo", "todas"): varies only when no other pattern is named ("siempre que me siento"). */
  const VARIES_WEAK = String.raw`siempre|todo el tiempo|todo el dia|constante(?:mente)?|a ratos|de todo|todas|todas esas|todo eso|las dos|ambas|sin (?:motivo|razon)|de la nada`;
  const ANY_OTHER = [STRESS, MORNING, MORNING_WEAK, WORKOUT, BENDING, SITTING].join('|');

  const cue = (words: string) => new RegExp(String.raw`\b(?:${words})\b`);

  return {
    scoreWords: SCORE_WORDS.map((word) => [word]),
    noPain: NO_PAIN,
    scale: SCALE,
    patternCues: [
      ['varies', new RegExp(String.raw`\b(?:${VARIES})\b|^(?!.*\b(?:${ANY_OTHER})\b).*\b(?:${VARIES_WEAK})\b`)],
      ['stress', cue(STRESS)],
      ['morning', new RegExp(String.raw`\b(?:${MORNING})\b|^(?!.*\b(?:${SITTING}|${BENDING}|${WORKOUT})\b).*\b(?:${MORNING_WEAK})\b`)],
      ['workout', cue(WORKOUT)],
      ['bending', cue(BENDING)],
      ['sitting', cue(SITTING)],
    ],
  };
}
