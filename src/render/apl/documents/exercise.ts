// An exercise's setup: the name, its part, "exercise 3 of 5", the steps and
// a line drawing of the position; side by side in landscape, stacked in
// portrait, the drawing and name only on round and compact screens.
import { illustrationGraphics } from '../illustrations';
import { buttonRow, COLORS, size, text, title } from '../parts';
import type { Component } from '../types';
import { documentOf, lines } from './base';

export const picture = (box: string): Component => ({
  type: 'VectorGraphic',
  source: '${screen.illustration}',
  width: box,
  height: box,
  scale: 'best-fit',
  align: 'center',
});

export const exerciseDocument = documentOf(
  'Hip Coach: an exercise, before its first set',
  [
    {
      type: 'Container',
      width: '100vw',
      height: '100vh',
      direction: '${layout.landscape ? "row" : "column"}',
      alignItems: 'center',
      justifyContent: 'center',
      paddingLeft: '${layout.round ? 12 : 4}vw',
      paddingRight: '${layout.round ? 12 : 4}vw',
      paddingTop: '${layout.round ? 8 : 3}vh',
      paddingBottom: '${layout.round ? 8 : 3}vh',
      items: [
        { type: 'Frame', position: 'absolute', width: '100vw', height: '100vh', left: 0, top: 0, backgroundColor: COLORS.page },
        picture('${layout.compact ? 30 : layout.landscape ? 40 : 30}vh'),
        {
          type: 'Container',
          grow: 1,
          shrink: 1,
          alignItems: 'center',
          paddingLeft: '16dp',
          items: [
            title(),
            text('${screen.headline}', { fontSize: size(26, 44), fontWeight: '700', paddingTop: '6dp', maxLines: 2 }),
            { ...lines({ maxLines: 2 }), display: '${layout.compact ? "none" : "normal"}' },
            text('${screen.detail}', { color: COLORS.soft, fontSize: size(16, 22), paddingTop: '8dp', maxLines: 2 }),
            buttonRow(),
          ],
        },
      ],
    },
  ],
  illustrationGraphics(),
);
