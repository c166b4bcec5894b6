// The conversation every load connection plays, over and over: the whole
// clear-triage session of tests/support/scenarios.ts ("clear, the whole
// routine"), which ends the session each time, also for returning users.
export const SCRIPT: readonly string[] = ['launch', 'yes', ...Array<string>(10).fill('no'), 'pain 3', 'no', 'pattern varies', ...Array<string>(30).fill('next'), 'pain 2'];

/** A simulated user; a connection holds one for a whole conversation. */
export interface LoadUser {
  id: string;
  sessions: number;
  /** Dialogflow: the user storage the Assistant keeps between conversations. */
  userStorage?: string;
}

/**
 * Users go back to the pool when their conversation ends, so each connection
 * plays one user at a time and the store holds one record per connection
 * (autocannon clears a connection's context when the script starts over).
 */
export function userPool(prefix: string) {
  const free: LoadUser[] = [];
  let made = 0;
  return {
    take: (): LoadUser => free.pop() ?? { id: `${prefix}-${String(++made).padStart(4, '0')}`, sessions: 0 },
    give: (user: LoadUser) => void free.push(user),
    get made() {
      return made;
    },
  };
}

export interface ConversationStats {
  /** Conversations played to the last line. */
  played: number;
  /** ... whose last turn ended the session, as the script should. */
  completed: number;
  /** Responses that were not 200 or not readable. */
  unreadable: number;
}

export const newStats = (): ConversationStats => ({ played: 0, completed: 0, unreadable: 0 });

/**
 * Reads one response into a connection's context (the platform's part in
 * `read`), and at the script's last line counts the conversation and frees its user.
 */
export function onTurnResponse<C extends { user?: LoadUser; ended?: boolean }>(
  stats: ConversationStats,
  users: ReturnType<typeof userPool>,
  last: boolean,
  read: (response: any, context: C) => void,
) {
  return (status: number, body: string, context: C) => {
    try {
      if (status !== 200) throw new Error(String(status));
      read(JSON.parse(body), context);
    } catch {
      stats.unreadable++;
      context.ended = false;
    }
    if (!last || !context.user) return;
    stats.played++;
    if (context.ended) stats.completed++;
    users.give(context.user);
  };
}
