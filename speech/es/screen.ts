// Palabras que solo salen en pantalla (Echo Show, tarjetas de Dialogflow, la
// vista --screen del terminal): botones y títulos cortos. Mismo tipo que
// englishScreen, así que una etiqueta que falte no compila.
import type { ScreenLabels } from '../en/screen';

export const spanishScreen: ScreenLabels = {
  buttons: {
    yes: 'Sí',
    no: 'No',
    notSure: 'No lo sé',
    next: 'Siguiente',
    back: 'Atrás',
    start: 'Empezar',
    pause: 'Pausa',
    resume: 'Continuar',
    hurts: 'Me duele',
    skip: 'Saltar',
    howTo: 'Cómo se hace',
    end: 'Terminar',
  },
  parts: { mobility: 'Suelta las caderas', activation: 'Activa los glúteos', hinge: 'Domina la bisagra de cadera' },
  patterns: {
    sitting: 'Después de estar sentado',
    bending: 'Al agacharte o levantar peso',
    morning: 'Por la mañana',
    workout: 'Al entrenar',
    stress: 'Con el estrés',
    varies: 'Varía',
  },
  sides: { left: 'Lado izquierdo', right: 'Lado derecho' },
  title: 'Hip Coach',
  exerciseOf: (n, of) => `Ejercicio ${n} de ${of}`,
  setOf: (n, of) => `Serie ${n} de ${of}`,
  minutes: (n) => `Unos ${n} min`,
  weekOf: (n, of) => `Semana ${n} de ${of}`,
  reps: 'Repeticiones',
  hold: 'Aguanta',
  rest: 'Descanso',
  paused: 'En pausa',
  sessionsThisWeek: (n, of) => `${n} de ${of} sesiones esta semana`,
  streak: (days) => (days === 1 ? '1 día seguido' : `${days} días seguidos`),
  totalSessions: (n) => (n === 1 ? '1 sesión en total' : `${n} sesiones en total`),
  painTrend: 'Dolor después de las sesiones',
  painScale: { low: 'Sin dolor', high: 'El peor imaginable' },
  emergencyCall: 'Llama al',
};
