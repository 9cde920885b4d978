using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Limits;

/// <summary>
/// Limit: an operation's fields may nest at most <see cref="ValidationOptions.MaxDepth"/> deep, fragments
/// followed. <c>__schema</c> and <c>__type</c> subtrees are exempt (introspection queries are deep by design)
/// and capped instead on <c>ofType</c> nesting by <see cref="ValidationOptions.MaxIntrospectionOfTypeDepth"/>.
/// </summary>
public sealed class MaxDepthRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_leave = KindSet.Of(SyntaxKind.OperationDefinition);

    public override KindSet LeaveKinds => s_leave;

    public override void Leave(SyntaxNode node)
    {
        OperationShape shape = Context.GetOperationShape((OperationDefinitionNode)node);
        if (shape.FirstTooDeep is { } tooDeep)
        {
            Context.Report($"The operation's fields nest {shape.Depth} deep, more than the limit of {Context.Options.MaxDepth}.", tooDeep);
        }

        if (shape.FirstOfTypeTooDeep is { } ofType)
        {
            Context.Report(
                $"The introspection query nests ofType {shape.OfTypeDepth} deep, more than the limit of {Context.Options.MaxIntrospectionOfTypeDepth}.",
                ofType);
        }
    }
}
