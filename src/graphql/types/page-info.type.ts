import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export const UNDATED_DESCRIPTION =
  'With a window (`from`/`to`): how many matching events have no date at all, so are not in the window (list them with `includeUndated`). Null without a window, where they are listed last.';

/** A Relay connection type (`XConnection` with `XEdge`) for a node type. */
export function connectionOf<T extends object>(
  name: string,
  node: ClassType<T>,
  options: { undated?: boolean } = {},
) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String, { description: 'Opaque; pass as `after` to continue after this edge.' })
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match the filter, across all pages.' })
    totalCount!: number;
  }
  // Event lists say how many undated events a date window leaves out.
  if (options.undated === true) {
    Field(() => Int, { nullable: true, description: UNDATED_DESCRIPTION })(Connection.prototype, 'undated');
  }
  return Connection;
}
