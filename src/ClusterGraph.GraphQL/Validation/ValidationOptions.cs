namespace ClusterGraph.GraphQL.Validation;

/// <summary>
/// Switches and limits for <see cref="DocumentValidator"/>. The defaults suit an API open to untrusted
/// clients; every limit can be raised or turned off (0 or less means "no limit").
/// </summary>
public sealed class ValidationOptions
{
    /// <summary>The options used when none are given: limits on, suggestions on.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>
    /// graphql-js's behaviour: specified rules only (no limit rules), suggestions on, stop after 100 errors.
    /// </summary>
    public static ValidationOptions SpecifiedOnly { get; } = new() { EnableLimits = false };

    /// <summary>
    /// After this many errors validation stops and adds "Too many validation errors, error limit reached.
    /// Validation aborted." (graphql-js's <c>maxErrors</c>, 100).
    /// </summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>
    /// Whether messages end with graphql-js's "Did you mean …?" hints. They reveal schema names a client
    /// did not ask for, so production turns them off.
    /// </summary>
    public bool IncludeSuggestions { get; init; } = true;

    /// <summary>Whether the limit rules (depth, aliases, directives, fragment visits, cost) run after the spec rules.</summary>
    public bool EnableLimits { get; init; } = true;

    /// <summary>
    /// The deepest field nesting an operation may have, counted in fields from the root (a root field is
    /// depth 1). 12 by default: a Relay connection spends two levels per hop (<c>edges</c>, <c>node</c>).
    /// Introspection fields (<c>__schema</c>, <c>__type</c>) are exempt; see <see cref="MaxIntrospectionOfTypeDepth"/>.
    /// </summary>
    public int MaxDepth { get; init; } = 12;

    /// <summary>
    /// The most <c>ofType</c> fields nested inside one another under an introspection field. graphql-js's and
    /// GraphiQL's introspection query nest eight; 10 leaves room and still stops a client asking for more.
    /// </summary>
    public int MaxIntrospectionOfTypeDepth { get; init; } = 10;

    /// <summary>The most aliased fields a document may hold (graphql-armor's default, 15).</summary>
    public int MaxAliases { get; init; } = 15;

    /// <summary>The most directives a document may hold (graphql-armor's default, 50).</summary>
    public int MaxDirectives { get; init; } = 50;

    /// <summary>
    /// The most tokens a document may hold; enforced by the parser in <see cref="ValidatedDocumentCache"/>
    /// (graphql-armor's default, 1,000, kept: the typical contract query is 143 tokens, the validation
    /// kitchen-sink query 545 and graphql-js's introspection query 163).
    /// </summary>
    public int MaxTokens { get; init; } = 1_000;

    /// <summary>
    /// The most fragment spreads the limit rules follow while walking an operation through its fragments
    /// (each spread followed counts once, however often its fragment was visited before).
    /// </summary>
    public int MaxFragmentVisits { get; init; } = 1_000;

    /// <summary>
    /// The most field pairs the field-merge check (OverlappingFieldsCanBeMerged) may compare in full for
    /// one document; past it the document is rejected. Identical leaf fields are grouped and cost nothing,
    /// so a realistic document stays far below.
    /// </summary>
    public int MaxOverlapComparisons { get; init; } = 100_000;

    /// <summary>The most an operation may cost (graphql-armor's default, 5,000); see <see cref="CostAnalyzer"/>.</summary>
    public int MaxCost { get; init; } = 5_000;

    /// <summary>The size assumed for a list field when neither <c>@listSize</c> nor a slicing argument says otherwise.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>The most nested work steps (selection sets, fragments) a rule's own descent may take.</summary>
    internal int MaxNesting { get; init; } = 2_000;
}
