import { join } from 'node:path';
import { startBenchDynamo, warmStoreTurns, type FirstTurnTarget } from './firstTurn';
import { ROOT } from './size';
(async () => {
  const alexa = join(ROOT, 'dist/alexa.js');
  const dynamo = await startBenchDynamo();
  try {
    for (const args of [[], ['--max-semi-space-size=32'], [], ['--max-semi-space-size=32']]) {
      const t: FirstTurnTarget = { name: 'aws4', label: '', bundle: alexa, store: true, execArgv: args };
      const n = { name: 'no', label: '', bundle: alexa, store: false, execArgv: args };
      console.log(args.join(' ') || 'default', 'store', JSON.stringify(warmStoreTurns(t, dynamo, 200, 2000)), 'nostore', JSON.stringify(warmStoreTurns(n, dynamo, 200, 2000)));
    }
  } finally { dynamo.stop(); }
  process.exit(0);
})();
