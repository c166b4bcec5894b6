// A document around one page: the version, the parameters every document
// takes (the Screen datasource and the layout hint) and optional graphics.
import { APL_VERSION, type AplDocument, type AvgGraphic, type Component, type Json } from '../types';

export const PARAMETERS = ['screen', 'layout'];

export const documentOf = (description: string, items: Component[], graphics?: Record<string, AvgGraphic>): AplDocument => ({
  type: 'APL',
  version: APL_VERSION,
  theme: 'dark',
  description,
  ...(graphics ? { graphics } : {}),
  mainTemplate: { parameters: PARAMETERS, items },
});

/** A vertical list of short lines (steps, groups, stats). */
export const lines = (props: Record<string, Json> = {}): Component => ({
  type: 'Container',
  alignItems: 'start',
  paddingTop: '8dp',
  data: '${screen.lines}',
  items: [{ type: 'Text', text: '• ${data}', color: '#F4F7F5', fontSize: '${layout.compact ? 18 : 24}dp', spacing: '6dp', ...props }],
});
