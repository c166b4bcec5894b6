// Dialogflow has no launch request: its welcome intent (the WELCOME event plus
// these phrases) plays the role of Alexa's "open hip coach".
export const WELCOME_SAMPLES: readonly string[] = [
  'open hip coach', 'talk to hip coach', 'start hip coach', 'launch hip coach', 'hi', 'hello', 'hey there',
];
