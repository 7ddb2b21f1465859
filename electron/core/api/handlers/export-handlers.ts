import type { SalesExporter } from '../../exports';
import type { Handlers } from '../dispatch';

type ExportHandlers = Pick<Handlers, 'exports:start' | 'exports:status' | 'exports:cancel' | 'exports:list' | 'exports:settings' | 'exports:setSettings'>;

/** The export channels over the one SalesExporter of this core (its jobs live as long as the core). */
export function exportHandlers(exporter: SalesExporter): ExportHandlers {
  return {
    'exports:start': (input) => exporter.start(input),
    'exports:status': ({ jobId }) => exporter.status(jobId),
    'exports:cancel': ({ jobId }) => exporter.cancel(jobId),
    'exports:list': () => ({ files: exporter.list() }),
    'exports:settings': () => exporter.settings(),
    'exports:setSettings': (patch) => exporter.setSettings(patch),
  };
}
