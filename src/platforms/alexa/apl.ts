// Screens on Alexa: only where the request says the device supports APL. The
// layout follows the viewport's own size in pixels and dpi (ask-sdk-core's
// getViewportProfile classes an Echo Show 8 as a phone), and the document is
// linked from the skill package, so a response carries only its datasource.
import type { ResponseBuilder } from 'ask-sdk-core';
import type { Directive, RequestEnvelope } from 'ask-sdk-model';
import type { SessionState } from '../../flow/state';
import type { SpeechLocale } from '../../../speech';
import type { Rendered } from '../../render/render';
import { setCommands } from '../../render/apl/commands';
import { screenInputOf, stampOf } from '../../render/screens/fromEngine';
import { screenOf, type Screen } from '../../render/screens/model';

export const APL_INTERFACE = 'Alexa.Presentation.APL';
/** Our presentation tokens: this prefix, then the state stamp of the screen. */
export const TOKEN_PREFIX = 'hipcoach.';
/** Where the ASK CLI deploys skill-package/response/display/<name>/document.json. */
export const documentLink = (name: string) => `doc://alexa/apl/documents/${name}`;

export interface Layout {
  /** Round or small screens (under 500 dp on the short side): fewer, larger things. */
  compact: boolean;
  round: boolean;
  landscape: boolean;
}

/** The layout for this device, or null when it cannot show APL (voice-only devices get no directive). */
export function aplLayoutOf(envelope: RequestEnvelope): Layout | null {
  const system = envelope.context?.System;
  const interfaces = system?.device?.supportedInterfaces as Record<string, unknown> | undefined;
  if (!interfaces || typeof interfaces !== 'object' || !interfaces[APL_INTERFACE]) return null;
  const viewport = envelope.context?.Viewport;
  const px = (n: unknown, fallback: number) => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : fallback);
  const dpi = px(viewport?.dpi, 160);
  const width = (px(viewport?.currentPixelWidth ?? viewport?.pixelWidth, 1024) * 160) / dpi;
  const height = (px(viewport?.currentPixelHeight ?? viewport?.pixelHeight, 600) * 160) / dpi;
  const round = viewport?.shape === 'ROUND';
  return { round, compact: round || Math.min(width, height) < 500, landscape: width >= height };
}

export const tokenOf = (state: SessionState) => `${TOKEN_PREFIX}${stampOf(state)}`;

/** The screen of a turn, as every display sees it (the terminal's --screen view reads this too). */
export const screenOfTurn = (state: SessionState, rendered: Rendered, locale: SpeechLocale): Screen =>
  screenOf(screenInputOf(state, rendered.pieces, locale), locale);

export function aplDirectives(state: SessionState, rendered: Rendered, locale: SpeechLocale, layout: Layout): Directive[] {
  const input = screenInputOf(state, rendered.pieces, locale);
  const screen = screenOf(input, locale);
  const token = tokenOf(state);
  const commands = setCommands(input, locale);
  // Our Command type is APL's JSON; the SDK's command union is narrower than what the device accepts.
  return [
    {
      type: 'Alexa.Presentation.APL.RenderDocument' as const,
      token,
      document: { type: 'Link', src: documentLink(screen.document) },
      datasources: { screen, layout },
    },
    ...(commands.length ? [{ type: 'Alexa.Presentation.APL.ExecuteCommands', token, commands } as unknown as Directive] : []),
  ];
}

/** Adds the screen to a response when the device supports APL; voice-only responses are left exactly as they were. */
export function withScreen(builder: ResponseBuilder, envelope: RequestEnvelope, state: SessionState, rendered: Rendered, locale: SpeechLocale): ResponseBuilder {
  const layout = aplLayoutOf(envelope);
  if (!layout) return builder;
  for (const directive of aplDirectives(state, rendered, locale, layout)) builder.addDirective(directive);
  return builder;
}

