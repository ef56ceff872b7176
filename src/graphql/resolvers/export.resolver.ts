import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { ExportFormatId } from '../../export/formats';
import type { GraphContext } from '../context';
import { ExportDocument, ExportFormatEnum, ExportSelection } from '../types/export.type';
import { exportCost } from '../query-cost';

@Resolver()
export class ExportResolver {
  @Query(() => ExportDocument, {
    name: 'export',
    complexity: exportCost,
    description:
      'A subgraph as a standard graph file (GraphML, GEXF, Cytoscape.js JSON, JSON Graph Format, CSV). The same ' +
      'files download from GET /export/{format}.',
  })
  async exportGraph(
    @Ctx() ctx: GraphContext,
    @Arg('format', () => ExportFormatEnum) format: ExportFormatId,
    @Arg('selection', () => ExportSelection, { nullable: true }) selection?: ExportSelection | null,
  ): Promise<ExportDocument> {
    return ctx.services.exporter.export(format, selection ?? null);
  }
}
