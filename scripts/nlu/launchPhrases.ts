// virtual-alexa's utter() treats any utterance matching /(ask|open|launch|talk to|tell).*/i as a
// launch ("lifting the laundry basket" becomes a LaunchRequest). The evaluation and the model tests
// speak inside an open session, where Alexa matches the words against the model: this turns that off.
import type { VirtualAlexa } from 'virtual-alexa';

export function withoutLaunchPhrases(alexa: VirtualAlexa): void {
  (alexa as unknown as { parseLaunchRequest: (utterance: string) => undefined }).parseLaunchRequest = () => undefined;
}
