/** An extra route of the preview server (e.g. answering a generated form), registered in index.ts. */
import type { Services } from '../../../src/server/services';
import type { FakeServices } from '../../../test/fakes/services';

export interface PreviewRequest {
  method: string;
  url: URL;
  body: string;
  match: RegExpMatchArray;
}

export interface PreviewResponse {
  status?: number;
  type?: string;
  body: string;
  headers?: Record<string, string>;
}

/** The in-memory world of the preview: the fakes the server code runs on. */
export interface PreviewWorld {
  services: Services;
  fakes: FakeServices;
}

export interface PreviewRoute {
  method: 'GET' | 'POST';
  pattern: RegExp;
  handle(req: PreviewRequest, world: PreviewWorld): PreviewResponse;
}
