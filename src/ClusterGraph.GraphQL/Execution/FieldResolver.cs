namespace ClusterGraph.GraphQL.Execution;

/// <summary>Resolves one field of one parent value; a synchronous resolver returns a completed ValueTask.</summary>
public delegate ValueTask<object?> FieldResolver(FieldContext context);

/// <summary>Names the object type of a value of an interface or union (null: let the default resolver decide).</summary>
public delegate string? TypeResolver(object? value, FieldContext context);

/// <summary>Produces the event stream of a subscription root field; each event is the root value of one result.</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscriptionResolver(FieldContext context);
