using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Limits;

/// <summary>
/// Limit: an operation may apply at most <see cref="ValidationOptions.MaxDirectives"/> directives (on the
/// operation, its variables, fields and fragments reached), so a flood of directives cannot make
/// validation and execution slow.
/// </summary>
public sealed class MaxDirectivesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_leave = KindSet.Of(SyntaxKind.OperationDefinition);

    public override KindSet LeaveKinds => s_leave;

    public override void Leave(SyntaxNode node)
    {
        OperationShape shape = Context.GetOperationShape((OperationDefinitionNode)node);
        if (shape.FirstDirectiveOverLimit is { } directive)
        {
            Context.Report($"The operation applies {shape.Directives} directives, more than the limit of {Context.Options.MaxDirectives}.", directive);
        }
    }
}
