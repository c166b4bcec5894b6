// A set in progress: side, set, and the rep count or the hold countdown, then
// the rest countdown. The counter's values are bound variables that the
// response's ExecuteCommands set at the narration's own times (commands.ts,
// from the same timeline as the SSML); countdowns run on the device clock.
import { illustrationGraphics } from '../illustrations';
import { buttonRow, COLORS, page, size, text } from '../parts';
import { SET_ROOT_ID } from '../commands';
import { documentOf } from './base';
import { picture } from './exercise';

/** Seconds left of the running countdown, or the count when none runs. */
const BIG = '${until > 0 ? Math.max(0, Math.ceil((until - elapsedTime) / 1000)) : count}';
const BAR = '${until > 0 && span > 0 ? Math.min(100, Math.max(0, (until - elapsedTime) * 100 / span)) : 0}%';

export const setDocument = documentOf(
  'Hip Coach: a set in progress, counted in step with the narration',
  [
    {
      ...page([
        text('${screen.headline}', { fontSize: size(20, 30), fontWeight: '700', maxLines: 1 }),
        text("${side == '' || setLabel == '' ? side + setLabel : side + ' · ' + setLabel}", { color: COLORS.soft, fontSize: size(16, 24) }),
        {
          type: 'Container',
          direction: 'row',
          alignItems: 'center',
          justifyContent: 'center',
          items: [
            { ...picture('${layout.landscape ? 30 : 22}vh'), display: '${layout.compact ? "none" : "normal"}' },
            {
              type: 'Container',
              alignItems: 'center',
              paddingLeft: '16dp',
              items: [
                text(BIG, { fontSize: '${layout.compact ? 26 : 24}vh', fontWeight: '900' }),
                text('${caption}', { color: COLORS.accent, fontSize: size(18, 26) }),
              ],
            },
          ],
        },
        {
          type: 'Frame',
          width: '60vw',
          height: '10dp',
          borderRadius: '5dp',
          backgroundColor: COLORS.panel,
          items: [{ type: 'Frame', width: BAR, height: '10dp', borderRadius: '5dp', backgroundColor: COLORS.accent }],
        },
        text('${screen.detail}', { color: COLORS.warn, fontSize: size(18, 26), display: "${screen.detail == '' ? 'none' : 'normal'}" }),
        buttonRow(),
      ]),
      id: SET_ROOT_ID,
      bind: [
        { name: 'count', value: '${screen.counter.value}' },
        { name: 'caption', value: '${screen.counter.caption}' },
        { name: 'side', value: '${screen.counter.side}' },
        { name: 'setLabel', value: '${screen.counter.set}' },
        { name: 'until', type: 'number', value: 0 },
        { name: 'span', type: 'number', value: 0 },
      ],
    },
  ],
  illustrationGraphics(),
);
