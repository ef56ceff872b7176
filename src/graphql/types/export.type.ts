import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EXPORT_FORMATS, FORMAT_SPECS, type ExportFormatId } from '../../export/formats';

/** GraphQL names of the export formats (GRAPHML, GEXF_1_2…) → their URL names (graphml, gexf-1.2…). */
export const ExportFormatEnum = Object.fromEntries(
  EXPORT_FORMATS.map((id) => [FORMAT_SPECS[id].enumName, id]),
) as Record<string, ExportFormatId>;

registerEnumType(ExportFormatEnum, {
  name: 'ExportFormat',
  description: 'A standard graph file format.',
  valuesConfig: Object.fromEntries(
    EXPORT_FORMATS.map((id) => [FORMAT_SPECS[id].enumName, { description: FORMAT_SPECS[id].description }]),
  ),
});

@InputType({
  description:
    'Which subgraph to export: nothing for the whole graph; `ids` (with `depth`, `limit`) for a neighbourhood; ' +
    '`fromId` and `toId` (with `maxHops`, `first`) for the paths between two actors. `from`/`to` limit any of them ' +
    'to a time window.',
})
export class ExportSelection {
  @Field(() => [ID], { nullable: true, description: 'Actors or events whose neighbourhood to export.' })
  ids?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Neighbourhood depth in relationship hops (default 1, max 3).',
  })
  depth?: number | null;

  @Field(() => Int, { nullable: true, description: 'Neighbourhood node limit (default 500, max 2000).' })
  limit?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'YYYY-MM-DD: events overlapping the window from this day (undated ones excluded), ties in force.',
  })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive.' })
  to?: string | null;

  @Field(() => ID, { nullable: true, description: 'Paths: the actor they start from.' })
  fromId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Paths: the actor they lead to.' })
  toId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Paths: at most this many relationship hops (default 4, max 6).',
  })
  maxHops?: number | null;

  @Field(() => Int, { nullable: true, description: 'Paths: how many paths (default 3, max 20).' })
  first?: number | null;
}

@ObjectType({ description: 'A graph file: its format, media type, a suggested file name and its text.' })
export class ExportDocument {
  @Field(() => ExportFormatEnum)
  format!: ExportFormatId;

  @Field(() => String, { description: 'application/graphml+xml, application/gexf+xml, text/csv…' })
  mediaType!: string;

  @Field(() => String, {
    description: 'A file name that says what is inside: polgraph-alexander-lukashenko-depth2.graphml.',
  })
  fileName!: string;

  @Field(() => String, { description: 'The file itself (UTF-8 text).' })
  content!: string;

  @Field(() => Int, { description: 'Nodes (actors and events) in the file.' })
  nodeCount!: number;

  @Field(() => Int, { description: 'Edges (participations and ties) in the file.' })
  edgeCount!: number;

  @Field(() => Boolean, { description: 'True when the neighbourhood node limit cut the selection short.' })
  truncated!: boolean;
}
