// English templates for every cue. Short lines, one idea each, written to be
// heard rather than read. We coach and point to care; we never diagnose.
import type { ContentWords, LocaleFacts, SpeechPack } from '../types';

const brk = (seconds: number) => `<break time="${seconds}s"/>`;
const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

export function englishCues(f: LocaleFacts, w: ContentWords): SpeechPack {
  const ex = w.exercises;
  const emergencyNumber = f.emergencyNumber ? `<say-as interpret-as="digits">${f.emergencyNumber}</say-as>` : 'your local emergency number';
  const yesNo = 'Please say yes or no.';
  const routineOptions =
    'You can say next, back, repeat, pause, skip, how do I do this, why does this help, or it hurts.';

  return {
    // ---------- Opening ----------
    welcomeNew: {
      say: [
        `Welcome to Hip Coach. I'll guide you through short routines that get your hips doing their share of the work, so your back can do less. ` +
          `Quick note first: this is general exercise guidance, not medical advice. In an emergency, call ${emergencyNumber}.`,
      ],
    },
    askAge: {
      say: (p) => (p.retry ? `I just need a yes or a no. Are you 16 or older?` : `Are you 16 or older?`),
      reprompt: `Are you 16 or older? ${yesNo}`,
    },
    underage: {
      say: `Thanks for being honest. Hip Coach is made for people 16 and over. Please talk to a parent, and to a ${f.doctor} or physiotherapist, about your back. Take care.`,
    },
    welcomeBack: {
      say: (p) => [
        `Welcome back. This is week ${p.week}, session ${p.session}.`,
        `Good to hear from you again. We're in week ${p.week}, and this is session ${p.session}.`,
      ],
    },
    streak: { say: (p) => `That's ${p.days} days in a row. Nice consistency.` },
    painTrend: {
      say: (p) =>
        p.direction === 'down'
          ? `Your pain after sessions has dropped from ${p.from} to ${p.to} this week.`
          : p.direction === 'up'
            ? `Your pain after sessions has gone from ${p.from} to ${p.to} this week. Go easy today, and if it keeps rising, check in with a ${f.doctor} or physiotherapist.`
            : `Your pain after sessions has stayed about the same this week.`,
    },
    askRecheck: {
      say: (p) =>
        p.retry
          ? `Let me ask again. Since last time, any numbness or tingling around your groin or bottom, bladder or bowel changes, leg weakness or trouble walking, a fall, chest pain, or anything new or worse? ${yesNo}`
          : `Since last time, have you had any numbness or tingling around your groin or bottom, bladder or bowel changes, leg weakness or trouble walking, a fall or accident, chest pain, or anything else new or worse?`,
      reprompt: `Since last time, has anything new or worse come up, like numbness, weakness, bladder changes, a fall or chest pain? ${yesNo}`,
    },
    recheckAllClear: { say: `Thanks. Nothing new, so let's carry on.` },
    fullTriageAgain: { say: `Thanks for telling me. Let's go through the full safety check, one question at a time.` },

    // ---------- Triage ----------
    triageIntro: {
      say: `First, a few quick safety questions. Just answer yes or no. If you're not sure, say not sure.`,
    },
    askTriage: {
      say: (p) => (p.retry ? w.triage[p.question].rephrase : w.triage[p.question].ask),
      reprompt: (p) => w.triage[p.question].rephrase,
    },
    countedAsYes: { say: `I couldn't catch that, so to be safe I'll treat it as a yes.` },
    needSafetyAnswer: { say: `This one matters for your safety, so I need an answer before we move on.` },
    outcomeEmergency: {
      say:
        `Please stop here. What you've described needs a medical check right away. ` +
        `Call ${emergencyNumber} now, or go to ${f.emergencyPlace}. ` +
        `Don't do any exercises today. I'm ending our session so you can get help.`,
    },
    outcomeUrgent: {
      say:
        `Thank you. With that answer, the safest step is to speak to a ${f.doctor} today. ` +
        `Please call your ${f.doctor} or an urgent care service now, and skip exercise until you've been checked. ` +
        `If things get worse quickly, call ${emergencyNumber}. I'll stop here for today.`,
    },
    outcomeSeePhysio: {
      say:
        `Thanks. Those signs are worth getting assessed by a physiotherapist, who can look at the whole picture. ` +
        `In the meantime, we can still do a gentle routine today.`,
    },
    outcomeHighPain: {
      say:
        `That's a lot of pain, so no exercises today. ` +
        `Gentle walking and changing position often help. ` +
        `If it doesn't ease over the next few days, or it gets worse, see a ${f.doctor} or physiotherapist. ` +
        `Come back tomorrow and we'll check in again.`,
    },
    askPainNow: {
      say: (p) =>
        p.retry
          ? `Please give me one number from 0 to 10. 0 is no pain, 10 is the worst you can imagine.`
          : `On a scale of 0 to 10, where 0 is no pain and 10 is the worst you can imagine, how is your back right now?`,
      reprompt: `How is your pain right now, from 0 to 10?`,
    },
    painOutOfRange: { say: `The scale only goes from 0 to 10.` },
    askBelowKnee: {
      say: (p) => (p.retry ? `Does your pain travel down past your knee? ${yesNo}` : `Does the pain spread down your leg, below the knee?`),
      reprompt: `Does the pain spread below your knee? ${yesNo}`,
    },
    askPattern: {
      say: (p) =>
        p.retry
          ? `When does your back bother you most? For example after sitting, when bending or lifting, in the morning, during workouts, or after a stressful week. Or say it varies.`
          : `Last question. When does your pain usually show up? After sitting or driving, when bending or lifting, first thing in the morning, during workouts, or after a stressful week?`,
      reprompt: `When does it usually hurt? After sitting, bending, in the morning, during workouts, or after stress? Or say it varies.`,
    },
    patternAck: {
      say: (p) =>
        p.pattern === 'bending' && !p.includeHinge
          ? `Bending and lifting bring it on, so the hip hinge will matter for you, once your back is ready for it. Today we'll stick to hips and glutes.`
          : w.patterns[p.pattern].ack,
    },

    // ---------- Routine set-up ----------
    offerResume: {
      say: (p) => `Last time you stopped at the ${ex[p.exercise].name}. Shall we pick up there?`,
      reprompt: (p) => `Say yes to pick up at the ${ex[p.exercise].name}, or no to start from the beginning.`,
    },
    routinePreview: {
      say: (p) =>
        `Here's today's plan for week ${p.week}: ${p.exercises} exercises, about ${p.minutes} minutes. ` +
        (p.includesHinge ? `We'll unlock your hips, switch on your glutes, then practise the hip hinge.` : `We'll unlock your hips and switch on your glutes, and leave the hinge work for another day.`) +
        (p.gentle ? ` I've made it gentler today, with fewer reps and shorter holds.` : ''),
    },
    breathing: {
      say: `Before we move, three slow breaths. In through your nose ${brk(4)} and out through your mouth ${brk(5)} In ${brk(4)} and out ${brk(5)} One more. In ${brk(4)} and out ${brk(5)} Good.`,
    },
    stopRules: {
      say:
        `One safety rule for the whole session: stop if the pain turns sharp, shoots down a leg, or goes above 5 out of 10. ` +
        `Mild discomfort, up to about 3, that settles within a day is okay. Just say it hurts at any time.`,
    },
    readyPrompt: {
      say: `Say next when you're ready to begin.`,
      reprompt: `Say next to start the first exercise, or help to hear what you can say.`,
    },

    // ---------- Narration ----------
    partIntro: { say: (p) => w.parts[p.part].intro },
    exerciseIntro: {
      say: (p) => {
        const words = ex[p.exercise];
        const variation = p.variation === 'standard' ? null : w.variations[p.variation];
        const side = p.perSide ? ' on each side' : '';
        const dose =
          p.reps !== undefined
            ? `We'll do ${p.sets === 1 ? '' : `${p.sets} sets of `}${p.reps}${side}.`
            : `We'll hold for ${p.holdSeconds} seconds${side}${p.sets === 1 ? '' : `, ${times(p.sets)}`}.`;
        return (
          `Next up: ${variation ? variation.name : words.name}. ${words.setup} ${words.steps.join(' ')}` +
          (variation ? ` ${variation.change}` : '') +
          ` ${dose}`
        );
      },
    },
    inPositionPrompt: {
      say: [`Get into position and say next when you're ready.`, `Take your time getting set, then say next.`],
      reprompt: `Say next when you're in position, or ask how do I do this.`,
    },
    setStart: { say: (p) => `Set ${p.set} of ${p.sets}.` },
    side: { say: (p) => `${p.side === 'left' ? 'Left' : 'Right'} side.` },
    switchSides: { say: [`Switch sides.`, `Now swap to the other side.`] },
    go: { say: [`Ready, and begin.`, `Here we go.`, `And start.`] },
    rep: { say: (p) => (p.n === p.total ? `${p.n}. And relax.` : `${p.n}.`) },
    holdStart: { say: (p) => `Hold for ${p.seconds} seconds. Breathe slowly.` },
    holdLeft: { say: (p) => `${p.seconds} seconds left.` },
    countdown: { say: `5 ${brk(1)} 4 ${brk(1)} 3 ${brk(1)} 2 ${brk(1)} 1.` },
    holdEnd: { say: [`And release.`, `And ease out of it.`] },
    formCue: { say: (p) => ex[p.exercise].formCues[p.index % ex[p.exercise].formCues.length] ?? '' },
    pause: { say: (p) => brk(Math.min(10, Math.max(1, p.seconds))) },
    setDone: { say: (p) => `That's set ${p.set} done.` },
    rest: { say: (p) => `Rest for ${p.seconds} seconds.` },
    restOver: { say: [`Rest is over.`, `Okay.`] },
    nextSetPrompt: {
      say: (p) => `Say next for set ${p.set}.`,
      reprompt: (p) => `Say next when you're ready for set ${p.set}, or pause if you need longer.`,
    },
    exerciseDone: { say: (p) => [`Nice work. That's ${ex[p.exercise].donePhrase} done.`, `Well done, that's ${ex[p.exercise].donePhrase} finished.`] },
    nextExercisePrompt: {
      say: (p) => `Say next for the ${ex[p.exercise].name}.`,
      reprompt: (p) => `Say next to move on to the ${ex[p.exercise].name}, or repeat to do that set again.`,
    },
    routineDone: { say: `That's the whole routine. Well done for showing up for your back today.` },
    finishedEarly: { say: `Okay, we'll finish there for today. Stopping when something hurts is the right call.` },
    skipped: { say: (p) => `Okay, skipping the ${ex[p.exercise].name}.` },
    atFirst: { say: `That's the first exercise, so here it is again.` },
    paused: {
      say: `Paused. Take the time you need. Say resume when you're ready.`,
      reprompt: `Say resume to carry on, or stop to finish for today.`,
    },

    // ---------- Questions during the routine ----------
    howTo: {
      say: (p) => {
        const words = ex[p.exercise];
        // Setup, the movement, two cues and the most common slip: enough to hear in one go.
        return `Here's how to do the ${words.name}. ${words.setup} ${words.steps.join(' ')} Keep in mind: ${words.formCues.slice(0, 2).join(' ')} ${words.mistakes[0] ?? ''}`;
      },
    },
    howToLater: { say: `I'll talk you through each exercise as we get to it. You can ask how do I do this any time during the routine.` },
    why: { say: (p) => (p.exercise ? `${ex[p.exercise].reason} ${w.parts[p.part].why}` : w.parts[p.part].why) },
    whyGeneral: {
      say:
        `When your hips are stiff or your glutes are quiet, your lower back tends to pick up their work. ` +
        `This routine frees up the hips, wakes up the glutes, and practises bending from the hips, so the load is shared better. ` +
        `Many people notice a difference within a few weeks.`,
    },
    hurts: {
      say:
        `Let's ease off. Stop any movement that gives you sharp pain, pain that shoots down a leg, or pain above 5 out of 10. ` +
        `If you notice new numbness, weakness in your legs, or bladder or bowel changes, tell me straight away.`,
    },
    painNoted: {
      say: (p) =>
        `Thanks for telling me. ${p.value} out of 10 is okay to carry on with, as long as it isn't sharp and doesn't shoot down a leg.`,
    },
    painTooHigh: { say: `That's above 5 out of 10, which is our signal to stop.` },
    hurtsBeforeExercise: {
      say: `I'm sorry it hurts. Answer the questions as best you can, and I'll keep today's routine gentle if your pain is higher.`,
    },
    offerSkip: {
      say: (p) => (p.retry ? `Do you want to skip this exercise? ${yesNo}` : `Do you want to skip this exercise and carry on? Or say no to finish for today.`),
      reprompt: `Say yes to skip this exercise, or no to finish for today.`,
    },
    help: {
      say: (p) =>
        ({
          age: `I ask your age because Hip Coach is made for people 16 and over.`,
          triage: `These questions check that exercise is safe for you today. Yes, no, or not sure are all fine answers.`,
          painScale: `Give your pain a number from 0 to 10. 0 means no pain, 10 the worst you can imagine.`,
          pattern: `Tell me when your pain tends to show up, so I can shape today's routine. Or say it varies.`,
          ready: `I'll guide you through each exercise and count for you. ${routineOptions}`,
          routine: `I'm counting you through each set. ${routineOptions} Say stop to finish.`,
          closing: `We're finishing up.`,
          confirm: `Just answer yes or no.`,
        })[p.topic],
    },
    notUnderstood: { say: [`Sorry, I didn't catch that.`, `Sorry, I missed that.`] },
    keepGoingPrompt: {
      say: `Say next to carry on, or repeat to hear that again.`,
      reprompt: `Say next to carry on. ${routineOptions}`,
    },

    // ---------- Closing ----------
    askPainAfter: {
      say: (p) => (p.retry ? `One number from 0 to 10, please. How's your back now?` : `Before you go: from 0 to 10, how is your back feeling now?`),
      reprompt: `How is your pain now, from 0 to 10?`,
    },
    painAfter: {
      say: (p) =>
        p.after < p.before
          ? `You started at ${p.before} and you're at ${p.after} now. Good to hear.`
          : p.after === p.before
            ? `You're at ${p.after}, the same as when we started.`
            : `You started at ${p.before} and you're at ${p.after} now.`,
    },
    painAfterHigh: {
      say: `Since your pain is higher, go easy for the rest of the day. If it's still worse tomorrow, check in with a ${f.doctor} or physiotherapist before your next session.`,
    },
    sessionCounted: {
      say: (p) => `That's ${p.sessionsThisWeek} of ${p.sessionsToAdvance} sessions done for week ${p.week}.`,
    },
    weekUp: { say: (p) => `And that completes the week. Next time, we move up to week ${p.week}.` },
    programDone: { say: `You've completed all six weeks of the program. Keep these moves in your routine to stay on top of it.` },
    askPainConsent: {
      say: (p) => (p.retry ? `Shall I remember your pain scores to show you your trend? ${yesNo}` : `I can remember your pain scores to show you your trend. Shall I?`),
      reprompt: `Shall I remember your pain scores? ${yesNo}`,
    },
    painConsentYes: { say: `Okay, I'll keep track of your scores. You can say delete my data at any time.` },
    painConsentNo: { say: `No problem, I won't keep them.` },
    goodbye: { say: [`See you next time. Look after that back.`, `Great work today. See you next session.`] },
    stopGoodbye: {
      say: (p) => (p.savedAt ? `Okay, stopping here. Next time we can pick up at the ${ex[p.savedAt].name}. Bye for now.` : `Okay, goodbye for now.`),
    },

    // ---------- Progress and data ----------
    progressSummary: {
      say: (p) =>
        `You're in week ${p.week} of 6, with ${p.sessionsThisWeek} ${p.sessionsThisWeek === 1 ? 'session' : 'sessions'} done this week and ${p.totalSessions} in total.` +
        (p.streak > 1 ? ` You're on a ${p.streak} day streak.` : ''),
    },
    progressNone: { say: `You haven't finished a session yet. Once you do, I'll keep track of your weeks and sessions.` },
    confirmStartOver: {
      say: (p) => (p.retry ? `Start the program again from week 1? ${yesNo}` : `Do you want to start the six-week program over from week 1? Your sessions so far will be reset.`),
      reprompt: `Start over from week 1? ${yesNo}`,
    },
    startOverDone: { say: `Done. You're back at week 1.` },
    startOverKept: { say: `Okay, your progress stays as it is.` },
    confirmDelete: {
      say: (p) => (p.retry ? `Delete everything I've saved about you? ${yesNo}` : `Do you want me to delete everything I've saved about you, including your progress?`),
      reprompt: `Should I delete your saved data? ${yesNo}`,
    },
    deleted: { say: `Your saved data is deleted. Goodbye.` },
    deleteKept: { say: `Okay, I've kept your data.` },
  };
}
