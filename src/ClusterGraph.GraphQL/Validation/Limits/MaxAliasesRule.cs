using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Limits;

/// <summary>
/// Limit: an operation may use at most <see cref="ValidationOptions.MaxAliases"/> aliases, counted on every
/// field reached (a fragment spread twice counts twice): aliases are how one request repeats expensive work.
/// </summary>
public sealed class MaxAliasesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_leave = KindSet.Of(SyntaxKind.OperationDefinition);

    public override KindSet LeaveKinds => s_leave;

    public override void Leave(SyntaxNode node)
    {
        OperationShape shape = Context.GetOperationShape((OperationDefinitionNode)node);
        if (shape.FirstAliasOverLimit is { } alias)
        {
            Context.Report($"The operation uses {shape.Aliases} aliases, more than the limit of {Context.Options.MaxAliases}.", alias);
        }
    }
}
