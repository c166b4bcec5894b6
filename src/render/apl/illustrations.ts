// One simple line drawing per exercise, beside the exercise as data: a few
// strokes of AVG in a 100 × 100 box (floor at y = 90), head as a circle. Not
// clip art: enough to recognise the position from across the room.
import { EXERCISE_IDS, type ExerciseId } from '../../flow/content/exercises';
import type { AvgGraphic } from './types';
import { COLORS } from './parts';

const head = (x: number, y: number, r = 6) => `M${x - r},${y} a${r},${r} 0 1,0 ${2 * r},0 a${r},${r} 0 1,0 ${-2 * r},0`;
const FLOOR = 'M4,90 L96,90';

/** Body strokes (head aside) per exercise. */
export const ILLUSTRATIONS: Record<ExerciseId, { head: [number, number]; body: string[] }> = {
  // Seated, both knees dropped to one side at right angles.
  ninetyNinety: { head: [40, 30], body: ['M40,37 L42,72', 'M42,72 L62,72 L62,88', 'M42,72 L26,80 L14,70', 'M40,48 L26,66'] },
  // Back knee on the floor, shin up the wall (couch), front foot planted.
  couchStretch: { head: [52, 22], body: ['M52,29 L50,58', 'M50,58 L30,88 L24,52', 'M50,58 L70,66 L72,88', 'M90,40 L90,90', 'M50,38 L62,50'] },
  // Front shin across the floor, back leg long behind, chest tall.
  pigeon: { head: [40, 36], body: ['M40,43 L44,72', 'M44,72 L24,84 L50,88', 'M44,72 L92,86', 'M40,54 L30,84'] },
  // Half kneeling, hips forward, one arm reaching up.
  hipFlexorFlow: { head: [46, 22], body: ['M46,29 L48,60', 'M48,60 L30,88 L16,88', 'M48,60 L68,66 L70,88', 'M46,36 L40,10', 'M46,38 L58,52'] },
  // On the back, knees bent, hips lifted into a line from shoulders to knees.
  gluteBridge: { head: [12, 82], body: ['M18,84 L50,66', 'M50,66 L66,56 L76,88', 'M20,86 L40,88'] },
  // On the side, knees bent, top knee opened like a shell.
  clamshell: { head: [14, 70], body: ['M20,74 L50,80', 'M50,80 L68,72 L72,86', 'M50,80 L70,86 L74,88', 'M20,74 L16,88'] },
  // Standing tall on one leg, the other leg pushing out to the side against a band.
  bandedAbduction: { head: [44, 14], body: ['M44,21 L44,54', 'M44,54 L40,88', 'M44,54 L66,84', 'M44,30 L30,48', 'M44,30 L58,48', 'M42,74 L56,72'] },
  // On the back, one arm reaching back, the opposite leg long; the others up.
  deadBug: { head: [30, 82], body: ['M36,84 L62,84', 'M62,84 L62,64 L78,64', 'M62,84 L92,80', 'M40,84 L40,58', 'M40,84 L14,76'] },
  // Hips back, chest forward with a long flat back, knees soft.
  hipHinge: { head: [24, 34], body: ['M30,38 L62,50', 'M62,50 L58,70 L60,90', 'M36,42 L40,64'] },
  // The same hinge, reaching the hips back to tap a wall behind.
  wallTap: { head: [22, 38], body: ['M28,42 L62,52', 'M62,52 L56,70 L58,90', 'M34,46 L38,66', 'M70,20 L70,90'] },
};

export function illustrationGraphic(id: ExerciseId): AvgGraphic {
  const { head: [x, y], body } = ILLUSTRATIONS[id];
  const stroke = { type: 'path', fill: 'none', strokeLineCap: 'round', strokeLineJoin: 'round' } as const;
  return {
    type: 'AVG',
    version: '1.2',
    width: 100,
    height: 100,
    items: [
      { ...stroke, pathData: FLOOR, stroke: COLORS.soft, strokeWidth: 2 },
      { ...stroke, pathData: [head(x, y), ...body].join(' '), stroke: COLORS.accent, strokeWidth: 5 },
    ],
  };
}

/** Every illustration, keyed by ExerciseId, for a document's graphics. */
export const illustrationGraphics = (): Record<string, AvgGraphic> =>
  Object.fromEntries(EXERCISE_IDS.map((id) => [id, illustrationGraphic(id)]));
