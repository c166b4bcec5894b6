// Lambda entry point for the Alexa skill (serverless.yml: functions.alexa).
// An async handler around skill.invoke: the same call the tests make, and no
// callback-style wrapper (Lambda's nodejs24.x runtime takes promises).
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { createAlexaSkill } from '../platforms/alexa/skill';
import { depsFromEnv } from './deps';

export const skill = createAlexaSkill({ ...depsFromEnv(), skillId: process.env.ALEXA_SKILL_ID || undefined });

export const handler = (event: RequestEnvelope, context?: Context): Promise<ResponseEnvelope> => skill.invoke(event, context);
