// Building blocks shared by every document: the page, type sizes and the row
// of buttons. Sizes follow the datasource's layout hint (the adapter derives
// it from the device's own viewport in pixels and dpi): round and compact
// screens get fewer, larger things; landscape puts pictures beside the text.
import type { Component, Json } from './types';

export const COLORS = { page: '#10222B', panel: '#1B3440', text: '#F4F7F5', soft: '#B9CCD3', accent: '#7FD1AE', alarm: '#B3261E', warn: '#C77700' } as const;

/** A size that shrinks on compact screens (Echo Spot, small hubs). */
export const size = (compact: number, large: number) => `\${layout.compact ? ${compact} : ${large}}dp`;

export const text = (value: string, props: Record<string, Json> = {}): Component => ({
  type: 'Text',
  text: value,
  color: COLORS.text,
  fontSize: size(22, 30),
  textAlign: 'center',
  ...props,
});

/** The page: full viewport, padded more on round screens so nothing sits in the corners. */
export const page = (items: Component[], background: string = COLORS.page): Component => ({
  type: 'Container',
  width: '100vw',
  height: '100vh',
  justifyContent: 'center',
  alignItems: 'center',
  paddingLeft: '${layout.round ? 12 : 4}vw',
  paddingRight: '${layout.round ? 12 : 4}vw',
  paddingTop: '${layout.round ? 10 : 3}vh',
  paddingBottom: '${layout.round ? 10 : 3}vh',
  items: [{ type: 'Frame', position: 'absolute', width: '100vw', height: '100vh', left: 0, top: 0, backgroundColor: background }, ...items],
});

export const title = (value = '${screen.title}'): Component => text(value, { color: COLORS.soft, fontSize: size(16, 22), maxLines: 1 });

/**
 * One button per entry of `data` (an expression yielding Button[]); a press
 * sends its action and value. APL only forwards the touch: the adapter maps it
 * to an engine event, so no conversation logic lives here.
 */
export const buttonRow = (data = '${screen.buttons}'): Component => ({
  type: 'Container',
  direction: 'row',
  wrap: 'wrap',
  justifyContent: 'center',
  paddingTop: '12dp',
  data,
  items: [
    {
      type: 'TouchWrapper',
      spacing: '12dp',
      onPress: [{ type: 'SendEvent', arguments: ['${data.action}', '${data.value}'] }],
      items: [
        {
          type: 'Frame',
          backgroundColor: '${data.action == "stop" ? "#3A4A52" : data.action == "hurts" ? "#7A3B33" : "#2E6B57"}',
          borderRadius: '40dp',
          paddingLeft: size(16, 28),
          paddingRight: size(16, 28),
          paddingTop: size(8, 14),
          paddingBottom: size(8, 14),
          items: [text('${data.label}', { fontSize: size(20, 28), fontWeight: '700' })],
        },
      ],
    },
  ],
});
