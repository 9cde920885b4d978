using System.Globalization;
using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Limits;

/// <summary>
/// Limit: an operation may cost at most <see cref="ValidationOptions.MaxCost"/> (see <see cref="CostAnalyzer"/>).
/// Measured only when the document has no other error, since cost is defined for valid documents.
/// </summary>
public sealed class MaxCostRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_leave = KindSet.Of(SyntaxKind.OperationDefinition);

    public override KindSet LeaveKinds => s_leave;

    public override void Leave(SyntaxNode node)
    {
        if (Context.Options.MaxCost <= 0 || Context.Errors.Count > 0)
        {
            return;
        }

        var operation = (OperationDefinitionNode)node;
        double cost = CostAnalyzer.Compute(Context.Schema, Context.Document, operation, Context.Options);
        if (cost > Context.Options.MaxCost)
        {
            string shown = double.IsFinite(cost) ? cost.ToString("0.##", CultureInfo.InvariantCulture) : "unbounded";
            Context.Report($"The operation costs {shown}, more than the limit of {Context.Options.MaxCost}.", operation);
        }
    }
}
