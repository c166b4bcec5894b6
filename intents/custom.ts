// Our own intents and their English samples, shared by every locale.
// Samples are Alexa-valid: lowercase, apostrophes only, numbers as words.
import type { IntentDef } from './types';

export const CUSTOM_INTENTS: readonly IntentDef[] = [
  {
    name: 'NotSureIntent',
    samples: [
      "i'm not sure", 'not sure', 'maybe', "i don't know", "don't know", 'dunno', "i'm not certain", 'no idea',
      'i have no idea', 'hard to say', "it's hard to say", "i can't tell", "i can't remember", "i don't remember",
      'possibly', 'perhaps', 'could be', "it's possible", 'not really sure', "i'm unsure", 'unsure',
      "i'm not sure about that", 'sort of', 'kind of',
    ],
  },
  {
    name: 'PainLevelIntent',
    slots: [{ name: 'level', type: 'AMAZON.NUMBER' }],
    samples: [
      '{level}', 'a {level}', "it's {level}", "it's a {level}", "it's about {level}", "it's about a {level}",
      'about {level}', 'about a {level}', 'around {level}', 'around a {level}', 'maybe a {level}',
      'probably a {level}', '{level} out of ten', 'about {level} out of ten', "it's {level} out of ten",
      'my pain is {level}', 'my pain is a {level}', 'my pain is about {level}', 'my back is a {level}',
      'my back is at {level}', "i'd say {level}", "i'd say a {level}", "i'd say it's a {level}",
      'pain level {level}', 'level {level}', '{level} today', 'a {level} today', "it's a {level} today",
      "i'm at {level}", "i'm at a {level}", "i think it's a {level}", 'i think {level}',
    ],
  },
  {
    name: 'PainPatternIntent',
    slots: [{ name: 'pattern', type: 'PainPatternType' }],
    samples: [
      '{pattern}', 'mostly {pattern}', 'mainly {pattern}', 'usually {pattern}', 'normally {pattern}',
      "it's usually {pattern}", 'it hurts {pattern}', 'it hurts most {pattern}', 'it flares up {pattern}',
      'it usually flares up {pattern}', 'it gets worse {pattern}', "it's worse {pattern}", "it's worst {pattern}",
      'it starts {pattern}', 'it comes on {pattern}', 'my back hurts {pattern}', 'my back gets sore {pattern}',
      'it tends to hurt {pattern}', 'i notice it {pattern}',
    ],
  },
  {
    // EMERGENCY (triage.md block 1, and "during exercise": a new numbness, weakness or
    // bladder/bowel change), said at any moment; the app stops and refers to emergency care.
    name: 'RedFlagIntent',
    samples: [
      // Saddle area: numbness or tingling around the genitals, bottom or inner thighs.
      "i've lost feeling in my groin", 'i have no feeling in my groin', "i've got numbness in my groin",
      'my groin is numb', 'my groin feels numb', 'i have numbness in my groin', "i can't feel my groin", "i can't feel my bottom", 'my bottom is numb',
      'numbness between my legs', 'i have saddle numbness', "i've got tingling in my groin", 'i have tingling in my groin',
      'my groin is tingling', "i've got pins and needles in my groin", 'pins and needles down there', 'tingling down there',
      "it's numb down there", "i'm numb down there", "i can't feel anything down there", 'my genitals are numb',
      "i've got tingling in my genitals", 'my bottom is tingling', "i've got pins and needles in my bottom",
      'my inner thighs are numb', "i've got tingling in my inner thighs", 'i have pins and needles in my inner thighs',
      // Bladder or bowel.
      "i can't control my bladder",
      "i can't control my bowels", "i've lost bladder control", "i've lost control of my bladder", "i've lost control of my bowels",
      'i wet myself', "i've wet myself", "i can't pee", "i'm having trouble peeing", "i can't feel when i need the toilet",
      // Legs: both legs, or a new or worsening numbness or weakness.
      'both my legs are weak', 'both my legs are numb',
      'my legs are numb', 'my legs are going numb', 'my legs feel weak', "i can't feel my legs",
      'my legs are giving way', 'my legs gave out', 'my foot keeps dragging', 'my leg went numb', "my leg's gone numb",
      'my leg suddenly feels weak', 'my leg has gone weak', 'my leg gave way', 'my leg is getting weaker',
      "i can't walk", "i can't walk properly", "i can't stand up", "i can't get up",
      // A fall, crash or other serious accident.
      'i fell', 'i fell over', 'i fell down', 'i just fell', 'i just fell over', 'i had a fall', "i've had a fall",
      'the pain started after a fall', "i'm on steroid tablets and i fell", 'i was in a car crash', 'i was in a car accident',
      "i've been in an accident", 'i had a bad accident',
      // Chest pain, and anything the user calls an emergency.
      'i have chest pain', "i've got chest pain", 'my chest hurts', "i can't breathe",
      'this is an emergency',
    ],
  },
  {
    // URGENT (triage.md block 2), said at any moment: speak to a doctor today, no exercise.
    name: 'UrgentFlagIntent',
    samples: [
      // Fever, chills, feeling generally unwell.
      "i've got a fever", 'i have a fever', "i'm running a fever", 'i feel feverish', "i'm feverish", 'i have chills', "i've got the chills",
      "i've got a high temperature", 'i feel really unwell', 'i feel very unwell', 'i feel generally unwell',
      // Weight loss without trying.
      "i've been losing weight without trying", "i've lost weight without trying", "i'm losing weight for no reason",
      // Constant night pain not eased by rest or position.
      "the pain is worse at night and won't ease", 'it hurts all the time even lying down', 'the pain wakes me up at night',
      "the pain doesn't ease when i rest", 'nothing eases the pain',
      // Cancer history.
      'i have cancer', 'i had cancer', "i've had cancer before", "i've been treated for cancer",
      // Osteoporosis or long-term steroids with a knock (a fall is RedFlagIntent: block 1 covers any fall).
      "i'm on steroid tablets and i knocked my back", 'i have osteoporosis and i knocked my back',
      'i have brittle bones and i bumped my back',
      // Weakened immune system, injected drugs.
      'my immune system is weak', 'i have a weak immune system', "i'm on chemotherapy", 'i inject drugs',
    ],
  },
  {
    name: 'HowToIntent',
    samples: [
      'how do i do this', 'how do i do it', 'how do i do that', 'how do i do this exercise', 'show me how',
      'tell me how', 'tell me how to do it', "what's the right form", "what's the correct form",
      "what's the proper form", "what's the technique", 'how should i do this', 'how should i be doing this',
      'explain the exercise', 'explain this exercise', 'describe the exercise', 'walk me through it',
      'talk me through it', 'what am i supposed to do', 'how do i get into position',
      'what position should i be in', 'give me the form cues', 'am i doing it right',
    ],
  },
  {
    name: 'WhyIntent',
    samples: [
      'why does this help', 'why', 'why am i doing this', 'why are we doing this', "what's this for",
      'what is this for', 'what is it for', "what's the point", "what's the point of this", 'why this exercise',
      'why this one', 'how does this help', 'how does this help my back', 'what does this do',
      'what does this exercise do', 'why is this good for my back', 'why do i need to do this',
      "what's the benefit", 'what are the benefits', 'explain why',
    ],
  },
  {
    name: 'HurtsIntent',
    samples: [
      'it hurts', 'that hurts', 'this hurts', 'that really hurts', 'ouch', 'ow', "that's painful",
      'this is painful', "it's painful", 'this is too painful', 'i feel a sharp pain', "i've got a sharp pain",
      'this is hurting my back', "that's hurting my back", 'my back hurts', "it's hurting", "it's hurting me",
      "i'm in pain", 'the pain is getting worse', "it's making my back worse", 'i felt a twinge', 'i feel pain',
    ],
  },
  {
    name: 'SkipIntent',
    samples: [
      'skip', 'skip it', 'skip this', 'skip that', 'skip this one', 'skip this exercise', "i'll skip this one",
      "let's skip this one", 'can we skip this', 'can we skip this one', "i don't want to do this one",
      "i don't want to do this", "i'd rather not do this one", 'not this one', 'leave this one out', 'pass',
      'give me a different one', 'something else',
    ],
  },
  {
    name: 'ProgressIntent',
    samples: [
      'how am i doing', 'how am i getting on', 'what week am i on', 'which week am i on', 'what week is it',
      'show my progress', 'show me my progress', "what's my progress", 'tell me my progress', "how's my progress",
      'my progress', 'progress report', 'give me a progress report', 'how far along am i',
      'how many sessions have i done', "what's my streak", 'am i improving', 'am i getting better',
      'where am i in the program',
    ],
  },
  {
    name: 'DeleteDataIntent',
    samples: [
      'delete my data', 'forget me', 'forget my data', 'erase my progress', 'erase my data', 'delete my progress',
      'delete my history', 'delete everything', 'erase everything', 'remove my data', 'wipe my data',
      'wipe my progress', 'clear my data', 'clear my history', 'forget everything about me',
      'delete all my information', 'remove everything you know about me', 'i want you to forget me',
      'delete my account',
    ],
  },
];
