// GET /api/export?format=json|gexf|graphml|csv — the filtered graph as a file, through the
// exporter registry; sent as an attachment with an ETag.
import { Router } from 'express';
import { EXPORT_FORMATS, findExporter } from '../../export/index.js';
import { graphView } from '../../graph/queries/index.js';
import { badParam } from '../middleware/http-error.js';
import type { RouteModule } from './support/context.js';
import { requestFilter } from './support/filter.js';
import { FILTER_PARAMS, onlyParams, required } from './support/params.js';
import { sendWithEtag } from './support/send.js';
import { viewParam } from './graph.js';

/** File exports. */
export const exportRoute: RouteModule = {
  name: 'export',
  path: '/api/export',
  create: (ctx) => Router().get('/', (req, res) => {
    onlyParams(req.query, [...FILTER_PARAMS, 'format', 'view']);
    const format = required(req.query, 'format');
    const exporter = findExporter(format);
    if (!exporter) throw badParam('format', `must be one of ${EXPORT_FORMATS.join(', ')}, got "${format}".`);
    const view = viewParam(req.query);
    const body = exporter.write(graphView(ctx.graph, requestFilter(req, ctx), view));
    res.attachment(`diplograph${view === 'states' ? '-states' : ''}.${exporter.extension}`);
    sendWithEtag(req, res, body, exporter.mediaType);
  }),
};
