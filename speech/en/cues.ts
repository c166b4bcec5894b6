// English templates for every cue. Short lines, one idea each, written to be
// heard rather than read. We coach and point to care; we never diagnose.
// Lines said many times a session come in several variants; the renderer
// never says the same variant twice in a row.
import type { ContentWords, LocaleFacts, SpeechPack } from '../types';

const brk = (seconds: number) => `<break time="${seconds}s"/>`;
const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function englishCues(f: LocaleFacts, w: ContentWords): SpeechPack {
  const ex = w.exercises;
  const nameOf = (exercise: keyof typeof ex, variation: string) =>
    variation === 'standard' ? ex[exercise].name : w.variations[variation as keyof typeof w.variations].name;
  const emergencyNumber = f.emergencyNumber ? `<say-as interpret-as="digits">${f.emergencyNumber}</say-as>` : 'your local emergency number';
  const yesNo = 'Please say yes or no.';
  const routineOptions = 'You can say pause, repeat, skip, back, how do I do this, why does this help, or it hurts.';

  return {
    // ---------- Opening ----------
    welcomeNew: {
      say:
        `Welcome to Hip Coach. I'll coach you through short daily routines that get your hips doing their share of the work, so your back can do less. ` +
        `Quick note first: this is general exercise guidance, not medical advice. In an emergency, call ${emergencyNumber}.`,
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
        `Good to hear from you again. Week ${p.week}, session ${p.session}.`,
        `Hello again. We're on week ${p.week}, session ${p.session}.`,
      ],
    },
    newWeek: { say: (p) => `Last week's sessions are all in, so today we start week ${p.week}.` },
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
          ? `Let me ask again. Since last time, any numbness around your groin or bottom, bladder or bowel changes, leg weakness or trouble walking, a fall, chest pain, or anything new or worse? ${yesNo}`
          : `Quick safety check. Since last time, have you had any numbness or tingling around your groin or bottom, bladder or bowel changes, leg weakness or trouble walking, a fall or accident, chest pain, or anything else new or worse?`,
      reprompt: `Since last time, has anything new or worse come up, like numbness, weakness, bladder changes, a fall or chest pain? ${yesNo}`,
    },
    recheckAllClear: { say: [`Thanks. Nothing new, so let's carry on.`, `Good. Let's get going.`, `Thanks. On we go.`] },
    fullTriageAgain: { say: `Thanks for telling me. Let's go through the full safety check, one question at a time.` },

    // ---------- Triage ----------
    triageIntro: {
      say: `First, a few quick safety questions. Just answer yes or no. If you're not sure, say not sure.`,
    },
    askTriage: {
      say: (p) => (p.retry ? w.triage[p.question].rephrase : w.triage[p.question].ask),
      reprompt: (p) => w.triage[p.question].rephrase,
    },
    askClearance: {
      say: (p) =>
        p.retry
          ? `Has a ${f.doctor} looked at your back pain since then and told you exercise is fine? ${yesNo}`
          : `Thanks. Has a ${f.doctor} checked your back pain since ${p.item === 'cancer' ? 'then' : 'that began'} and said exercise is okay for you?`,
      reprompt: `Has a ${f.doctor} checked your back pain and said exercise is okay? ${yesNo}`,
    },
    clearedAdvice: {
      say: `Good. Then follow your ${f.doctor}'s advice, and stop straight away if anything new or worse shows up.`,
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
      say: (p) =>
        `Thanks. What you've told me is worth having assessed by a physiotherapist, who can look at the whole picture. ` +
        (p.nerve
          ? `Because of the leg symptoms, I'll keep the stretches gentle and leave out any weights. `
          : '') +
        `Meanwhile, we can do today's routine at a level that suits your pain.`,
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
      say: (p) =>
        p.retry
          ? `Does your pain travel down past your knee, or is one leg numb or tingly? ${yesNo}`
          : `Does the pain spread down your leg below the knee, or do you have numbness or tingling in a leg?`,
      reprompt: `Does the pain spread below your knee, or is a leg numb or tingly? ${yesNo}`,
    },
    askPattern: {
      say: (p) =>
        p.retry
          ? `When does your back bother you most? After sitting, when bending or lifting, in the morning, during workouts, or after a stressful week. Or say it varies.`
          : `Last question. When does your pain usually show up? After sitting or driving, when bending or lifting, first thing in the morning, during workouts, or after a stressful week?`,
      reprompt: `When does it usually hurt? After sitting, bending, in the morning, during workouts, or after stress? Or say it varies.`,
    },
    patternAck: { say: (p) => w.patterns[p.pattern].ack },

    // ---------- Routine set-up ----------
    routinePreview: {
      say: (p) => {
        const kind = p.length === 'quick' ? 'a quick session' : p.length === 'full' ? 'the full routine' : 'today’s session';
        const minutes = p.minutes === undefined ? '' : `, about ${p.minutes} minutes`;
        return (
          `Here's ${kind} for week ${p.week}: ${plural(p.exercises, 'exercise', 'exercises')}${minutes}, for your hips, your glutes and the hip hinge.` +
          (p.gentle ? ` I've made it gentler today, with fewer reps and shorter holds.` : '') +
          (p.offerLengths ? ` Short on time? Say quick one. Or say full routine for all ten.` : '')
        );
      },
    },
    breathing: {
      say: `Before we move, three slow breaths. In through your nose ${brk(4)} and out through your mouth ${brk(5)} In ${brk(4)} and out ${brk(5)} One more. In ${brk(4)} and out ${brk(5)} Good.`,
    },
    stopRules: {
      say: (p) => {
        const leg = p.nerve ? 'your leg symptoms spread further or get worse' : 'it shoots down a leg';
        const limit = p.relative ? `or rises above ${p.limit}, where you started today` : `or goes above ${p.limit} out of 10`;
        return (
          `One safety rule for the whole session: stop if the pain turns sharp, ${leg}, ${limit}. ` +
          `Mild discomfort, up to about 3, that settles within a day is okay. Say it hurts at any time.`
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
        const side = p.alternating ? ' on each side, alternating' : p.perSide ? ' on each side' : '';
        const dose =
          p.reps !== undefined
            ? `${p.sets === 1 ? '' : `${p.sets} sets of `}${p.reps}${side}`
            : `${p.holdSeconds} seconds${side}${p.sets === 1 ? '' : `, ${times(p.sets)}`}`;
        if (p.short) {
          return p.first
            ? [`First up, the ${name}: ${dose}.`, `We'll start with the ${name}: ${dose}.`, `To begin, the ${name}: ${dose}.`]
            : [`Next, the ${name}: ${dose}.`, `Now for the ${name}: ${dose}.`, `On to the ${name}: ${dose}.`, `Time for the ${name}: ${dose}.`];
        }
        const setup = variation ? variation.setup : words.setup;
        const steps = (variation ? variation.steps : words.steps).join(' ');
        const lead = p.first ? [`First up: the ${name}.`, `We'll start with the ${name}.`, `To begin: the ${name}.`] : [`Next up: the ${name}.`, `Now for the ${name}.`, `On to the ${name}.`];
        return lead.map((l) => `${l} ${setup} ${steps} We'll do ${dose}.`);
      },
    },
    inPositionPrompt: {
      say: (p) =>
        p.first
          ? [`Get into position, and say next when you're ready.`, `Take your time getting set, then say next.`, `When you're in position, say next.`]
          : [`Say next when you're set.`, `Get settled, then say next.`, `Say next when you're in position.`, `Ready? Say next.`],
      reprompt: `Say next when you're in position, or ask how do I do this.`,
    },
    mark: { say: '' },
    setStart: { say: (p) => [`Set ${p.set} of ${p.sets}.`, `Here's set ${p.set}.`, `Set ${p.set}.`] },
    side: { say: (p) => (p.side === 'left' ? [`Left side first.`, `Start on your left.`, `Left side.`] : [`Now the right side.`, `Right side.`, `Over to the right.`]) },
    switchSides: { say: [`Switch sides.`, `Now swap to the other side.`, `Change sides, no rush.`, `Ease out, and set up on the other side.`] },
    go: { say: [`Ready, and begin.`, `Here we go.`, `And start.`, `Off you go.`] },
    rep: {
      say: (p) =>
        p.n === p.total ? [`${p.n}. And relax.`, `${p.n}. And ease off.`, `${p.n}, and let go.`] : `${p.n}.`,
    },
    holdRep: {
      say: (p) => {
        const count = p.n === p.total ? `${p.n}, and rest there.` : `${p.n}.`;
        return `Lift ${brk(1)} hold ${brk(Math.max(1, Math.min(10, p.hold)))} and lower ${brk(1)} ${count}`;
      },
    },
    limbs: {
      say: (p) =>
        p.arm === 'right'
          ? [`Right arm and left leg.`, `Right arm, left leg.`, `Reach with the right arm and the left leg.`]
          : [`Left arm and right leg.`, `Left arm, right leg.`, `Reach with the left arm and the right leg.`],
    },
    holdStart: { say: (p) => [`Hold for ${p.seconds} seconds. Breathe slowly.`, `Settle in for ${p.seconds} seconds.`, `Hold it there, ${p.seconds} seconds.`] },
    holdLeft: { say: (p) => [`${p.seconds} seconds left.`, `${p.seconds} to go.`, `Another ${p.seconds} seconds.`] },
    countdown: { say: `5 ${brk(1)} 4 ${brk(1)} 3 ${brk(1)} 2 ${brk(1)} 1.` },
    holdEnd: { say: [`And release.`, `And ease out of it.`, `And let it go.`] },
    formCue: { say: (p) => ex[p.exercise].formCues[p.index % ex[p.exercise].formCues.length] ?? '' },
    pause: { say: (p) => brk(Math.min(10, Math.max(1, p.seconds))) },
    setDone: { say: (p) => [`That's set ${p.set} done.`, `Set ${p.set}, done.`, `That's set ${p.set}.`, `Set ${p.set} finished.`] },
    rest: { say: (p) => [`Rest for ${p.seconds} seconds.`, `Take ${p.seconds} seconds to rest.`, `Breathe and rest, ${p.seconds} seconds.`] },
    restLeft: { say: (p) => [`${p.seconds} seconds.`, `${p.seconds} seconds to go.`, `Nearly there, ${p.seconds} seconds.`] },
    exerciseDone: {
      say: (p) => [
        `Nice work. That's ${ex[p.exercise].donePhrase} done.`,
        `Well done, that's ${ex[p.exercise].donePhrase} finished.`,
        `Good. ${ex[p.exercise].donePhrase[0]!.toUpperCase()}${ex[p.exercise].donePhrase.slice(1)} are done.`,
      ],
    },
    routineDone: { say: `That's today's routine done. Well done for showing up for your back.` },
    finishedEarly: { say: `Okay, we'll finish there for today. Stopping when something hurts is the right call.` },
    skipped: { say: (p) => [`Okay, skipping the ${ex[p.exercise].name}.`, `Sure, we'll leave the ${ex[p.exercise].name} for today.`, `No problem, skipping that one.`] },
    atFirst: { say: `That's the first exercise, so here it is again.` },
    paused: {
      say: (p) =>
        p.exercise && p.set
          ? `Paused. When you're ready, say resume and we'll pick up at the start of set ${p.set}.`
          : `Paused. Take the time you need. Say resume when you're ready.`,
      reprompt: `Say resume to carry on, or stop to finish for today.`,
    },
    resumeSet: { say: (p) => (p.sets > 1 ? `Okay, picking up at set ${p.set}.` : `Okay, from the top of the set.`) },

    // ---------- Questions during the routine ----------
    howTo: {
      say: (p) => {
        const words = ex[p.exercise];
        const variation = p.variation === 'standard' ? null : w.variations[p.variation];
        const setup = variation ? variation.setup : words.setup;
        const steps = (variation ? variation.steps : words.steps).join(' ');
        // Setup, the movement, two cues and the most common slip: enough to hear in one go.
        return `Here's how to do the ${nameOf(p.exercise, p.variation)}. ${setup} ${steps} Keep in mind: ${words.formCues.slice(0, 2).join(' ')} ${words.mistakes[0] ?? ''}`;
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
    askSharp: {
      say: (p) =>
        p.retry
          ? `Is the pain sharp, or ${p.nerve ? 'are your leg symptoms spreading or getting worse' : 'going down your leg'}? ${yesNo}`
          : `Let's stop this set. Is the pain sharp, or ${p.nerve ? 'are your leg symptoms spreading or getting worse' : 'is it going down your leg'}?`,
      reprompt: `Is it sharp, or going down your leg? ${yesNo}`,
    },
    sharpStop: {
      say:
        `Then that's enough exercise for today. Rest, and move gently in ways that feel comfortable. ` +
        `If it doesn't settle within a day or two, see a physiotherapist or your ${f.doctor}. If you notice numbness around your groin, weakness in your legs, or bladder changes, call ${emergencyNumber}.`,
    },
    askHurtsChoice: {
      say: (p) => {
        if (p.exercise) {
          const name = ex[p.exercise].name;
          return p.retry
            ? `Say skip to leave out the ${name}, carry on to do it gently, or stop to finish for today.`
            : `Okay, mild discomfort. Do you want to skip the ${name}, carry on with it gently, or stop for today?`;
        }
        const carry = p.nextSet ? 'carry on gently with the next set' : 'carry on gently with the next exercise';
        return p.retry
          ? `Say skip to skip this exercise, carry on to ${p.nextSet ? 'do the next set' : 'move on'}, or stop to finish for today.`
          : `Okay, mild discomfort. Do you want to skip this exercise, ${carry}, or stop for today?`;
      },
      reprompt: `Say skip, carry on, or stop for today.`,
    },
    hurtsBeforeExercise: {
      say: `I'm sorry it hurts. Answer the questions as best you can, and I'll keep today's routine gentle if your pain is higher.`,
    },
    painNoted: {
      say: (p) => `Thanks for telling me. ${p.value} out of 10 is within today's limit of ${p.limit}, as long as it isn't sharp and doesn't shoot down a leg.`,
    },
    painTooHigh: { say: (p) => `That's above ${p.limit} out of 10, today's limit, which is our signal to stop.` },
    confirmSafety: {
      say: (p) => {
        const question = {
          saddle: `Do you mean numbness or tingling around your groin, your bottom or your inner thighs?`,
          bladderBowel: `Do you mean a new problem passing urine, or losing control of your bladder or bowels?`,
          legs: `Is that numbness or weakness in both legs, or around your groin or bottom?`,
          fall: `Did you have a fall, or hurt your back in an accident?`,
          chest: `Do you have chest pain or trouble breathing right now?`,
        }[p.topic];
        return p.retry ? `${question} ${yesNo}` : `I want to be sure I heard that right. ${question}`;
      },
      reprompt: `${yesNo}`,
    },
    reportPainHint: { say: [`If something hurts, just say it hurts.`, `If anything hurts, say it hurts and we'll stop.`, `You can always say it hurts.`] },
    help: {
      say: (p) =>
        ({
          age: `I ask your age because Hip Coach is made for people 16 and over.`,
          triage: `These questions check that exercise is safe for you today. Yes, no, or not sure are all fine answers.`,
          painScale: `Give your pain a number from 0 to 10. 0 means no pain, 10 the worst you can imagine.`,
          pattern: `Tell me when your pain tends to show up, so I can shape today's routine. Or say it varies.`,
          ready: `I'll talk you through each exercise and count every set for you. Say next once you're in position. ${routineOptions}`,
          routine: `I count each exercise through all its sets and rests, then set up the next one. Say next once you're in position. ${routineOptions} Say stop to finish.`,
          hurts: `Tell me whether the pain is sharp or going down your leg, so I know whether to stop for today.`,
          closing: `We're finishing up.`,
          confirm: `Just answer yes or no.`,
        })[p.topic],
    },
    notUnderstood: { say: [`Sorry, I didn't catch that.`, `Sorry, I missed that.`, `I didn't quite get that.`] },
    keepGoingPrompt: {
      say: [`Say next to carry on.`, `Say next when you want to pick up again.`, `Whenever you're ready, say next.`],
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
      say: (p) => {
        if (!p.counted) return `This one doesn't count toward moving up, since your pain wasn't lower or the same. We'll keep week ${p.week} going.`;
        if (p.daysNeeded > 0) return `That counts toward week ${p.week}. ${plural(p.daysNeeded, 'more day', 'more days')} with a session, and we can move on.`;
        return `That counts toward week ${p.week}. In ${plural(p.daysToWait, 'more day', 'more days')}, we can move up.`;
      },
    },
    weekUp: { say: (p) => `And that completes the week. Next time, we move up to week ${p.week}.` },
    programDone: { say: `You've completed all six weeks of the program. Keep these moves in your routine to stay on top of it.` },
    askPainConsent: {
      say: (p) => (p.retry ? `Shall I remember your pain scores to show you your trend? ${yesNo}` : `I can remember your pain scores to show you your trend. Shall I?`),
      reprompt: `Shall I remember your pain scores? ${yesNo}`,
    },
    painConsentYes: { say: `Okay, I'll keep track of your scores. You can say delete my data at any time.` },
    painConsentNo: { say: `No problem, I won't keep them.` },
    goodbye: { say: [`See you next time. Look after that back.`, `Great work today. See you next session.`, `That's it for today. Take care.`] },
    stopGoodbye: {
      say: (p) => (p.savedAt ? `Okay, stopping here. Next time we'll pick up with the ${ex[p.savedAt].name}. Bye for now.` : `Okay, goodbye for now.`),
    },

    // ---------- Progress and data ----------
    progressSummary: {
      say: (p) =>
        `You're in week ${p.week} of 6, with ${plural(p.sessionsThisWeek, 'session', 'sessions')} done this week and ${p.totalSessions} in total.` +
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
