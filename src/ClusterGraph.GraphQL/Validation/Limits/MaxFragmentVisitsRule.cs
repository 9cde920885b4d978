using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Limits;

/// <summary>
/// Limit: measuring an operation may follow at most <see cref="ValidationOptions.MaxFragmentVisits"/>
/// fragment spreads. A few fragments each spreading the next twice reach 2^n spreads; this stops them.
/// </summary>
public sealed class MaxFragmentVisitsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_leave = KindSet.Of(SyntaxKind.OperationDefinition);

    public override KindSet LeaveKinds => s_leave;

    public override void Leave(SyntaxNode node)
    {
        OperationShape shape = Context.GetOperationShape((OperationDefinitionNode)node);
        if (shape.FirstSpreadOverBudget is { } spread)
        {
            Context.Report($"The operation spreads fragments more than {Context.Options.MaxFragmentVisits} times.", spread);
        }
    }
}
