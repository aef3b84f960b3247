// Messages between the search service (main thread) and its worker.
import type { GenerationRef } from './index-store.ts';
import type { SearchOptions, SearchResults } from '../../model/search.ts';

export type WorkerRequest =
  | { type: 'open'; id: number; ref: GenerationRef }
  | { type: 'search'; id: number; generationId: string; query: string; options: SearchOptions };

export type WorkerReply =
  | {
      type: 'opened';
      id: number;
      generationId: string;
      rebuiltBecause: string | null;
      writeError: string | null;
      ms: number;
      docs: number;
      heapBytes: number;
    }
  | { type: 'results'; id: number; results: SearchResults }
  | { type: 'error'; id: number; message: string };
