import { setupServer } from 'msw/node';
import { sampleApiHandlers } from './sample-api';

export const server = setupServer(...sampleApiHandlers);
