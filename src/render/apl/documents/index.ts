// Every APL document by name: the generator writes them to
// skill-package/response/display/<name>/document.json, and responses link to them.
import type { DocumentName } from '../../screens/model';
import type { AplDocument } from '../types';
import { exerciseDocument } from './exercise';
import { goodbyeDocument } from './goodbye';
import { outcomeDocument } from './outcome';
import { painScaleDocument } from './painScale';
import { previewDocument } from './preview';
import { progressDocument } from './progress';
import { questionDocument } from './question';
import { setDocument } from './set';

export const APL_DOCUMENTS: Record<DocumentName, AplDocument> = {
  question: questionDocument,
  outcome: outcomeDocument,
  preview: previewDocument,
  exercise: exerciseDocument,
  set: setDocument,
  painScale: painScaleDocument,
  progress: progressDocument,
  goodbye: goodbyeDocument,
};
