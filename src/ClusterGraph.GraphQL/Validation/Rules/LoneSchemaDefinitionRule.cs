using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Schema (https://spec.graphql.org/October2021/#sec-Schema): "A GraphQL schema is defined ... by a
/// single schema definition" (graphql-js's LoneSchemaDefinitionRule, an SDL rule). Every schema
/// definition after the first is reported. Checked for SDL built without a base schema (buildSchema).
/// </summary>
public sealed class LoneSchemaDefinitionRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.SchemaDefinition);
    private int _count;

    public override KindSet EnterKinds => s_enter;

    public override bool Enter(SyntaxNode node)
    {
        if (_count++ > 0)
        {
            Context.Report("Must provide only one schema definition.", node);
        }

        return false;
    }
}
