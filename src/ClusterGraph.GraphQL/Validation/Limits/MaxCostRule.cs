using System.Globalization;
using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Limits;

/// <summary>
/// Limit: an operation may cost at most <see cref="ValidationOptions.MaxCost"/> (see <see cref="CostAnalyzer"/>).
/// Measured after the whole document was checked and only when it has no other error: cost is defined
/// for valid documents (a fragment cycle, say, has none).
/// </summary>
public sealed class MaxCostRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_leave = KindSet.Of(SyntaxKind.Document);

    public override KindSet LeaveKinds => s_leave;

    public override void Leave(SyntaxNode node)
    {
        if (Context.Options.MaxCost <= 0 || Context.Errors.Count > 0)
        {
            return;
        }

        foreach (DefinitionNode definition in ((DocumentNode)node).Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            double cost = CostAnalyzer.Compute(Context.Schema, Context.Document, operation, Context.Options);
            if (cost > Context.Options.MaxCost)
            {
                string shown = double.IsFinite(cost) ? cost.ToString("0.##", CultureInfo.InvariantCulture) : "more than can be counted";
                Context.Report($"The operation costs {shown}, more than the limit of {Context.Options.MaxCost}.", operation);
            }
        }
    }
}
