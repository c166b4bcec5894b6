// The spoken words for the routine's content: exercises, variations, parts,
// triage questions and pain-pattern acknowledgements. Facts come from
// ../shared/content/seed-article.txt and ../shared/clinical/triage.md; every
// line here is our own wording, short enough to say aloud. Plain text only:
// no markup, no characters that need escaping in SSML.
import type { ContentWords, LocaleFacts } from '../types';

export function contentWords(facts: LocaleFacts): ContentWords {
  return {
    exercises: {
      ninetyNinety: {
        name: 'ninety ninety hip rotation',
        donePhrase: 'your ninety ninety hip rotations',
        setup:
          'Sit on the floor with both knees bent and your feet flat, a little wider than your hips. Rest your hands on the floor behind you for support.',
        steps: [
          'Let both knees fall to one side, so each leg makes a right angle.',
          'Sit tall and pause there for two or three seconds.',
          'Lift your knees back through the middle and let them fall to the other side.',
          'Each switch counts as one.',
        ],
        formCues: [
          'Sit tall through your chest.',
          'Move slowly from side to side.',
          'Let your knees lead the turn.',
          'Lean on your hands if you need to.',
          'Breathe out as you switch.',
        ],
        mistakes: [
          'Try not to force your knees down. Go only as far as feels comfortable.',
          'Avoid slumping or rounding your back as you turn.',
          'Don’t rush the switch. Slow is the point.',
        ],
        reason:
          'When your hips can turn freely, your low back often has less twisting to do to make up for them.',
      },
      couchStretch: {
        name: 'couch stretch',
        donePhrase: 'your couch stretches',
        setup:
          'Kneel with your back to a couch or a wall, with a cushion under your knees. Slide one knee back so that shin rests up against it, and plant your other foot flat in front of you.',
        steps: [
          'Squeeze the glute of your back leg and gently tuck your tailbone under.',
          'Slowly lift your chest until you feel a stretch at the front of that hip and thigh.',
          'Stay there and breathe slowly. If it feels too strong, lean forward a little.',
        ],
        formCues: [
          'Tuck your tailbone under.',
          'Squeeze the glute of your back leg.',
          'Keep your ribs down.',
          'Breathe slowly and let it ease.',
          'Ease off if your knee complains.',
        ],
        mistakes: [
          'Avoid arching your low back to go deeper. Tuck your tailbone instead.',
          'Don’t push through knee pain. Add more padding or move a little further from the couch.',
          'Try not to hold your breath.',
        ],
        reason:
          'Tight muscles at the front of your hip can tip your pelvis forward and add load to your low back, so easing them can give your back some room.',
      },
      pigeon: {
        name: 'reclined pigeon stretch',
        donePhrase: 'your pigeon stretches',
        setup:
          'Lie on your back with your knees bent and your feet flat. Cross one ankle over the opposite knee, so your legs make a figure four.',
        steps: [
          'Reach through and hold the back of your lower thigh, then draw it gently toward your chest.',
          'Stop when you feel a stretch deep in the back of the crossed hip.',
          'Keep your head and shoulders relaxed on the floor and breathe slowly.',
        ],
        formCues: [
          'Breathe into the stretch.',
          'Let your shoulders rest on the floor.',
          'Press the crossed knee gently away.',
          'A stretch, never a pain.',
          'Keep your tailbone down.',
        ],
        mistakes: [
          'Avoid pulling hard. A gentle draw is enough.',
          'Try not to lift your head or tense your neck.',
          'Don’t bounce. Hold still and breathe.',
        ],
        reason:
          'When the muscles at the back of your hip let go, they tend to tug less on your low back.',
      },
      hipFlexorFlow: {
        name: 'hip flexor opener flow',
        donePhrase: 'your hip flexor flow',
        setup:
          'Kneel on one knee with a cushion under it and your other foot flat in front of you. Stand tall through your body with your hands on your hips.',
        steps: [
          'Tuck your tailbone and shift your weight gently forward until the front of your back hip opens.',
          'Reach the arm on your kneeling side up and slightly over toward the other side.',
          'Take a breath there, then come back to the start slowly.',
        ],
        formCues: [
          'Tuck your tailbone first.',
          'Shift forward, don’t lean back.',
          'Reach long through your fingertips.',
          'Move with your breath.',
          'Keep your ribs soft and down.',
        ],
        mistakes: [
          'Avoid arching your low back as you reach. The stretch belongs at the front of your hip.',
          'Don’t lunge too far. A small shift forward is enough.',
          'Try not to rush. Each rep is slow and smooth.',
        ],
        reason:
          'After long hours of sitting, opening the front of your hips helps them straighten again, so your back is less likely to arch to do it for them.',
      },
      gluteBridge: {
        name: 'glute bridge',
        donePhrase: 'your glute bridges',
        setup:
          'Lie on your back with your knees bent and your feet flat, about hip width apart. Rest your arms by your sides.',
        steps: [
          'Press through your heels and lift your hips until your knees, hips and shoulders line up.',
          'Squeeze your glutes and hold at the top for a slow count of three.',
          'Lower back down with control.',
        ],
        formCues: [
          'Press through your heels.',
          'Squeeze your glutes at the top.',
          'Keep your ribs down.',
          'Knees in line with your feet.',
          'Lower slowly.',
        ],
        mistakes: [
          'Avoid arching your low back to lift higher. Stop where your glutes do the work.',
          'Try not to let your knees fall in or drift apart.',
          'Don’t push up through your toes. Keep your heels down.',
        ],
        reason:
          'Bridges teach your glutes to drive your hips, a job your back tends to take over when they stay quiet.',
      },
      clamshell: {
        name: 'clamshell',
        donePhrase: 'your clamshells',
        setup:
          'Lie on your side with your hips and knees bent and your heels together, resting your head on your arm. Stack your hips one on top of the other.',
        steps: [
          'Keep your heels touching and slowly lift your top knee.',
          'Go only as high as you can without rolling your hips back.',
          'Pause, then lower it slowly.',
        ],
        formCues: [
          'Keep your heels together.',
          'Hips stacked, don’t roll back.',
          'Slow up, slow down.',
          'Feel it at the side of your hip.',
          'Keep your waist long.',
        ],
        mistakes: [
          'Avoid rolling your top hip backward to lift the knee higher.',
          'Try not to let your feet come apart.',
          'Don’t rush the reps.',
        ],
        reason:
          'Clamshells wake up the muscles at the side of your hip that help keep your pelvis steady, so your back has less of that to do.',
      },
      bandedAbduction: {
        name: 'banded hip abduction',
        donePhrase: 'your hip abductions',
        setup:
          'Stand tall beside a wall or a sturdy chair and rest one hand on it for balance. If you have a resistance band, loop it around your ankles, but the move works well without one too.',
        steps: [
          'Shift your weight onto the leg nearest the support.',
          'Keep your toes pointing forward and lift your other leg out to the side a short way.',
          'Pause, then lower it slowly.',
        ],
        formCues: [
          'Stand tall, don’t lean.',
          'Toes point forward.',
          'A small lift is plenty.',
          'Lower slowly with control.',
          'Feel it at the side of your hip.',
        ],
        mistakes: [
          'Avoid leaning your body away to lift the leg higher.',
          'Try not to turn your foot out as you lift.',
          'Don’t swing the leg. Move slowly.',
        ],
        reason:
          'These build the side hip muscles that help keep your pelvis level as you move, so your low back has less steadying to do.',
      },
      deadBug: {
        name: 'dead bug',
        donePhrase: 'your dead bugs',
        setup:
          'Lie on your back and reach both arms straight up toward the ceiling. Lift your knees over your hips, bent at a right angle.',
        steps: [
          'Breathe out and gently press your low back toward the floor.',
          'Slowly reach one arm back past your head as the opposite leg stretches out, just above the floor.',
          'Bring them back to the start with control. That’s one.',
        ],
        formCues: [
          'Keep your low back down.',
          'Breathe out as you reach.',
          'Slow and steady.',
          'Ribs down, belly firm.',
          'Only go as low as you control.',
        ],
        mistakes: [
          'Avoid letting your low back arch off the floor. Shorten the reach if it does.',
          'Try not to hold your breath.',
          'Don’t rush. Slower is harder, and better.',
        ],
        reason:
          'Your core learns to keep your trunk still while your arms and legs move, a steadying job your back often ends up covering.',
      },
      hipHinge: {
        name: 'hip hinge',
        donePhrase: 'your hip hinges',
        setup:
          'Stand tall with your feet about hip width apart and your knees soft. Rest your hands on your hips.',
        steps: [
          `Send your hips back, as if nudging a car door shut with your ${facts.behind}.`,
          'Let your body tip forward with your chest tall and your spine long and neutral.',
          'Go down slowly until you feel the backs of your thighs working.',
          'Then squeeze your glutes and stand tall again.',
        ],
        formCues: [
          'Soft knees.',
          'Hips back, like nudging a door shut.',
          'Keep your chest tall.',
          'Spine long and neutral.',
          'Feel it in your glutes and hamstrings.',
          'Glutes working, low back quiet.',
        ],
        mistakes: [
          'Avoid rounding your back to reach lower. Stop where your spine stays long.',
          'Try not to bend your knees into a squat. The hips move back, not down.',
          'If you feel it in your low back, make the movement smaller.',
        ],
        reason:
          'Bending from your hips hands more of the work to your glutes and hamstrings, so your low back can hold steady instead of doing the lifting.',
      },
      wallTap: {
        name: 'wall tap drill',
        donePhrase: 'your wall taps',
        setup: `Stand with your back to a wall, about ${facts.wallDistance} away, with your feet hip width apart and your knees soft.`,
        steps: [
          'Push your hips straight back until they tap the wall.',
          'Keep your spine long the whole way, without rounding.',
          'Squeeze your glutes to stand tall again.',
        ],
        formCues: [
          'Hips back to the wall.',
          'Keep your spine long.',
          'Chest tall as you tap.',
          'Soft knees.',
          'Squeeze your glutes to stand.',
        ],
        mistakes: [
          'Avoid rounding your back to reach the wall. If you can’t reach, step a little closer.',
          'Try not to drop straight down into a squat.',
          'Don’t bump the wall hard. Just a light tap.',
        ],
        reason:
          'The wall gives your hips a clear target, so they learn to move back while your spine stays long.',
      },
    },

    variations: {
      fullPigeon: {
        name: 'pigeon stretch',
        setup:
          'Start on your hands and knees. Bring one knee forward toward your hand, with that shin angled across, and slide your other leg straight back.',
        steps: [
          'Lower your hips until you feel a stretch deep in the back of the front hip.',
          'Keep your hips level and rest on your hands or forearms.',
          'If your knee or back complains, go back to the version lying on your back.',
        ],
      },
      singleLegBridge: {
        name: 'single leg glute bridge',
        setup:
          'Lie on your back with your knees bent and your feet flat. Straighten one leg and hold it up, in line with the other thigh.',
        steps: [
          'Press through the heel on the floor and lift your hips, keeping them level.',
          'Hold at the top, then lower with control.',
          'Each leg gets its own set of reps.',
        ],
      },
      bandedClamshell: {
        name: 'banded clamshell',
        setup:
          'Lie on your side with your hips and knees bent and your heels together. Loop a light band just above your knees. No band? Go slower and pause longer at the top.',
        steps: [
          'Keep your heels touching and open your top knee against the band.',
          'Go only as high as you can without rolling your hips back.',
          'Pause, then lower it slowly.',
        ],
      },
      loadedHinge: {
        name: 'hip hinge with a light weight',
        setup:
          'Stand tall with your feet about hip width apart and your knees soft. Hold something light close to your body with both hands, like a kettlebell or a full shopping bag.',
        steps: [
          `Send your hips back, as if nudging a car door shut with your ${facts.behind}.`,
          'Keep the weight close and your chest tall as you tip forward.',
          'Stop when the backs of your thighs are working, then squeeze your glutes to stand tall.',
        ],
      },
    },

    parts: {
      mobility: {
        intro: 'First, let’s unlock your hips with some gentle mobility work.',
        why:
          'Long hours of sitting and driving can leave your hips stiff. When they don’t move freely, your low back can end up picking up the slack as you bend or walk. Loosening them often helps your hips share the work again.',
      },
      activation: {
        intro: 'Now let’s switch on the muscles that can share the work.',
        why:
          'Your glutes and your deep core are built for the heavy jobs. If they’re underused, your back can end up covering for them and get tired and irritated. Waking them up helps your hips do more of the moving while your core holds you steady.',
      },
      hinge: {
        intro: 'Last part: time for some hip hinge practice.',
        why:
          'Bending strain often comes from rounding your back to reach down. The hinge teaches you to fold at the hips instead, so your glutes and hamstrings can take more of the load and your back can support the movement rather than drive it.',
      },
    },

    triage: {
      saddleNumbness: {
        ask: 'Do you have any numbness or tingling around your genitals, your bottom or your inner thighs?',
        rephrase:
          'Is the skin around your private parts, your bottom or the inside of your thighs numb or tingly? Please say yes or no.',
      },
      bladderBowel: {
        ask: 'Have you had any new trouble passing urine, or any loss of control of your bladder or bowels?',
        rephrase:
          'Is it newly hard to pass urine, or have you had accidents with your bladder or bowels that you could not control? Please say yes or no.',
      },
      legWeakness: {
        ask: 'Do you have weakness, numbness or tingling in both legs, or leg weakness that is getting worse, or trouble walking?',
        rephrase:
          'Are both legs weak, numb or tingly, or are your legs getting weaker, or is walking getting hard? Please say yes or no.',
      },
      traumaOrChestPain: {
        ask: 'Did this pain start after a fall, a crash or another serious accident, or do you have any chest pain?',
        rephrase:
          'Did a fall, a crash or an accident bring on this pain, or does your chest hurt at all? Please say yes or no.',
      },
      feverUnwell: {
        ask: 'Along with your back pain, do you have a fever, chills, or feel generally unwell?',
        rephrase: 'Do you feel hot, shivery or unwell in general right now? Please say yes or no.',
      },
      weightLoss: {
        ask: 'Have you been losing weight without trying?',
        rephrase: 'Have you lost weight recently without meaning to? Please say yes or no.',
      },
      constantNightPain: {
        ask: 'Is your pain there all the time, worse at night, and not eased by resting or changing position?',
        rephrase:
          'Does the pain never let up, even when you rest or shift position, and get worse at night? Please say yes or no.',
      },
      fractureOrDrugs: {
        ask: 'Do either of these apply: a recent fall or knock while you have osteoporosis or take long-term steroid tablets, or injecting drugs?',
        rephrase:
          'Is either of these true? Thin bones or long-term steroid tablets, plus a recent fall or knock. Or injecting drugs. Please say yes or no.',
      },
      cancerHistory: {
        ask: 'Have you ever had cancer?',
        rephrase: 'Have you had cancer at any time in the past? Please say yes or no.',
      },
      weakImmune: {
        ask: 'Do you have a weakened immune system, for example from medicines or treatment?',
        rephrase: 'Is your immune system weakened, for instance by treatment or long-term medicines? Please say yes or no.',
      },
      longOrRecurring: {
        ask: 'Has this pain lasted more than two weeks, or do flare-ups keep coming back, for instance after lifting or sitting?',
        rephrase: 'Have you had this pain for over two weeks, or does it keep returning? Please say yes or no.',
      },
      stiffness: {
        ask: 'Do you have morning stiffness that does not ease, or tightness that stretching has not helped?',
        rephrase: 'Are you stiff each morning without it easing, or do you stay tight even when you stretch? Please say yes or no.',
      },
      oneLegNumbness: {
        ask: 'Do you have numbness or tingling in one leg?',
        rephrase: 'Is one of your legs numb or tingly? Please say yes or no.',
      },
    },

    patterns: {
      sitting: {
        ack: 'Long spells of sitting and driving can stiffen the front of your hips, so we’ll open up your hip flexors first.',
      },
      bending: {
        ack: 'Since bending and lifting bring it on, learning to bend from your hips is a good focus for you.',
      },
      morning: {
        ack: 'Mornings can feel stiff, so we’ll begin with the gentle flow to ease you in.',
      },
      workout: {
        ack: 'Since workouts set it off, bridges will lead the glute work, with an extra set.',
      },
      stress: {
        ack: 'A tough week often shows up as tension, so we’ll start with some slow breathing and put the dead bug first.',
      },
      varies: {
        ack: 'That’s very common, so today we’ll keep to the balanced routine.',
      },
    },
  };
}
