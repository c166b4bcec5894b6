// Les mots qui n’apparaissent qu’à l’écran (Echo Show, cartes Dialogflow, vue
// --screen du terminal), en français : boutons et titres courts. Mirrors
// englishScreen in speech/en/screen.ts; a missing label fails tsc.
import type { ScreenLabels } from '../en/screen';

const plural = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many}`;

export const frenchScreen: ScreenLabels = {
  buttons: {
    yes: 'Oui',
    no: 'Non',
    notSure: 'Je ne sais pas',
    next: 'Suivant',
    back: 'Retour',
    start: 'Commencer',
    pause: 'Pause',
    resume: 'Reprendre',
    hurts: 'J’ai mal',
    skip: 'Passer',
    howTo: 'Comment faire',
    end: 'Terminer',
  },
  parts: { mobility: 'Débloquer les hanches', activation: 'Réveiller les fessiers', hinge: 'Maîtriser la charnière de hanche' },
  patterns: {
    sitting: 'En position assise',
    bending: 'En se penchant ou en soulevant',
    morning: 'Le matin',
    workout: 'Pendant le sport',
    stress: 'Après du stress',
    varies: 'Ça dépend',
  },
  sides: { left: 'Côté gauche', right: 'Côté droit' },
  title: 'Hip Coach',
  exerciseOf: (n, of) => `Exercice ${n} sur ${of}`,
  setOf: (n, of) => `Série ${n} sur ${of}`,
  minutes: (n) => `Environ ${n} min`,
  weekOf: (n, of) => `Semaine ${n} sur ${of}`,
  reps: 'Répétitions',
  hold: 'Maintien',
  rest: 'Repos',
  paused: 'En pause',
  sessionsThisWeek: (n, of) => `${n} séance${n <= 1 ? '' : 's'} sur ${of} cette semaine`,
  streak: (days) => `${plural(days, 'jour', 'jours')} d’affilée`,
  totalSessions: (n) => `${plural(n, 'séance', 'séances')} au total`,
  painTrend: 'Douleur après les séances',
  painScale: { low: 'Aucune douleur', high: 'Pire imaginable' },
  emergencyCall: 'Appeler',
};
