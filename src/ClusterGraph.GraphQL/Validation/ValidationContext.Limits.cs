using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Validation.Limits;

namespace ClusterGraph.GraphQL.Validation;

public sealed partial class ValidationContext
{
    private readonly Dictionary<OperationDefinitionNode, OperationShape> _shapes = new(ReferenceEqualityComparer.Instance);

    /// <summary>The measurements the limit rules share, made once per operation.</summary>
    internal OperationShape GetOperationShape(OperationDefinitionNode operation)
    {
        if (!_shapes.TryGetValue(operation, out OperationShape? shape))
        {
            shape = OperationShape.Measure(this, operation);
            _shapes[operation] = shape;
        }

        return shape;
    }
}
